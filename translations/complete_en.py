#!/usr/bin/env python3
"""Completes translations/klausul_en.ts after `cmake --build --preset dev --target update_translations`.

English is the source language, so every message translates to itself; plural forms are made
from the "(s)" convention of the sources ("%n error(s)" -> "%n error" / "%n errors").
Run it from anywhere: python3 translations/complete_en.py
"""
import os
import re
import xml.etree.ElementTree as ET

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "klausul_en.ts")


def plural_forms(source):
    singular = re.sub(r"\(s\)", "", source)
    singular = singular.replace("problem(s)", "problem")
    plural = re.sub(r"\(s\)", "s", source)
    return singular, plural


def main():
    tree = ET.parse(PATH)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in plural_forms(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(PATH, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(body)
        out.write("\n")


if __name__ == "__main__":
    main()
