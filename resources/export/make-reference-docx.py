#!/usr/bin/env python3
"""Builds resources/export/reference.docx: the Word styles of Klausul's exported annexes.

It starts from pandoc's own default reference document (so every style pandoc uses exists) and
changes the page (A4, margins, page number in the footer), the default language (da-DK) and the
styles: title block, headings, body text, tables and Klausul's custom styles (Kravtype, Kravtekst,
Vejledning, Gennemgang, Kommentar). Run it after changing a style and commit the result:

    python3 resources/export/make-reference-docx.py
"""
import io
import os
import re
import subprocess
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reference.docx")
ACCENT = "1F3864"

STYLES = {
    "Title": f'''<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/>
<w:pPr><w:keepNext/><w:keepLines/><w:suppressAutoHyphens/><w:spacing w:before="0" w:after="120"/></w:pPr>
<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:b/><w:bCs/><w:color w:val="{ACCENT}"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>''',
    "Subtitle": '''<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/>
<w:pPr><w:keepNext/><w:suppressAutoHyphens/><w:spacing w:before="0" w:after="120"/></w:pPr>
<w:rPr><w:color w:val="404040"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>''',
    "Author": '''<w:style w:type="paragraph" w:customStyle="1" w:styleId="Author"><w:name w:val="Author"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/>
<w:pPr><w:keepNext/><w:spacing w:before="0" w:after="60"/></w:pPr>
<w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>''',
    "Date": '''<w:style w:type="paragraph" w:styleId="Date"><w:name w:val="Date"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/>
<w:pPr><w:keepNext/><w:spacing w:before="0" w:after="240"/></w:pPr>
<w:rPr><w:color w:val="595959"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>''',
    "Abstract": '''<w:style w:type="paragraph" w:customStyle="1" w:styleId="Abstract"><w:name w:val="Abstract"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/>
<w:pPr><w:spacing w:before="240" w:after="60"/></w:pPr>
<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>''',
    "BodyText": '''<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:link w:val="BodyTextChar"/><w:qFormat/>
<w:pPr><w:spacing w:before="0" w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:style>''',
    "Heading1": f'''<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:uiPriority w:val="9"/><w:qFormat/>
<w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="2" w:color="{ACCENT}"/></w:pBdr><w:suppressAutoHyphens/><w:spacing w:before="480" w:after="160"/><w:outlineLvl w:val="0"/></w:pPr>
<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:b/><w:bCs/><w:color w:val="{ACCENT}"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>''',
    "Heading2": f'''<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
<w:pPr><w:keepNext/><w:keepLines/><w:suppressAutoHyphens/><w:spacing w:before="320" w:after="40"/><w:outlineLvl w:val="1"/></w:pPr>
<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:b/><w:bCs/><w:color w:val="{ACCENT}"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>''',
    "Heading3": f'''<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
<w:pPr><w:keepNext/><w:keepLines/><w:suppressAutoHyphens/><w:spacing w:before="200" w:after="40"/><w:outlineLvl w:val="2"/></w:pPr>
<w:rPr><w:b/><w:bCs/><w:color w:val="{ACCENT}"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>''',
    "TOCHeading": f'''<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/><w:next w:val="BodyText"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/>
<w:pPr><w:pageBreakBefore w:val="0"/><w:outlineLvl w:val="9"/></w:pPr></w:style>''',
    "Table": f'''<w:style w:type="table" w:default="1" w:styleId="Table"><w:name w:val="Table"/><w:basedOn w:val="TableNormal"/><w:qFormat/>
<w:pPr><w:spacing w:before="20" w:after="20"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/></w:tblBorders>
<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>
<w:trPr><w:cantSplit/></w:trPr>
<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr></w:style>''',
    "TOC1": '''<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>
<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9402"/></w:tabs><w:spacing w:before="120" w:after="20"/></w:pPr><w:rPr><w:b/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>''',
    "TOC2": '''<w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>
<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9402"/></w:tabs><w:spacing w:before="0" w:after="20"/><w:ind w:left="284"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>''',
    "Header": '''<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
<w:pPr><w:tabs><w:tab w:val="right" w:pos="9412"/></w:tabs><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:suppressAutoHyphens/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>''',
    "Footer": '''<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
<w:pPr><w:jc w:val="center"/><w:spacing w:before="0" w:after="0"/><w:suppressAutoHyphens/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>''',
    "Compact": '''<w:style w:type="paragraph" w:customStyle="1" w:styleId="Compact"><w:name w:val="Compact"/><w:basedOn w:val="BodyText"/><w:qFormat/>
<w:pPr><w:suppressAutoHyphens/><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr></w:style>''',
}

CUSTOM = f'''
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Kravtype"><w:name w:val="Kravtype"/><w:basedOn w:val="BodyText"/><w:next w:val="Kravtekst"/><w:qFormat/>
<w:pPr><w:keepNext/><w:spacing w:before="0" w:after="80"/></w:pPr><w:rPr><w:color w:val="404040"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Kravtekst"><w:name w:val="Kravtekst"/><w:basedOn w:val="BodyText"/><w:qFormat/>
<w:pPr><w:spacing w:before="0" w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Vejledning"><w:name w:val="Vejledning"/><w:basedOn w:val="BodyText"/><w:qFormat/>
<w:pPr><w:pBdr><w:left w:val="single" w:sz="24" w:space="8" w:color="{ACCENT}"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="EEF2F8"/><w:spacing w:before="0" w:after="100"/><w:ind w:left="227" w:right="113"/></w:pPr>
<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Gennemgang"><w:name w:val="Gennemgang"/><w:basedOn w:val="BodyText"/><w:qFormat/>
<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="FFF4D6"/><w:spacing w:before="0" w:after="80"/></w:pPr>
<w:rPr><w:color w:val="5C4400"/><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Kommentar"><w:name w:val="Kommentar"/><w:basedOn w:val="BodyText"/><w:qFormat/>
<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="EAF3E6"/><w:spacing w:before="0" w:after="60"/><w:ind w:left="284"/></w:pPr>
<w:rPr><w:color w:val="2E4A24"/><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>
'''

FOOTER = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>1</w:t></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>
'''

HEADER = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>
'''

# Klausul replaces header1.xml and footer1.xml of every exported DOCX (app/core/docxpostprocess.cpp)
# with the annex's running header (tender, case number, annex title, version) and "Side x af y".
SECTION = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdKlausulHeader"/>'
           '<w:footerReference w:type="default" r:id="rIdKlausulFooter"/>'
           '<w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1418" w:right="1247" w:bottom="1304" w:left="1247" w:header="709" w:footer="567" w:gutter="0"/>'
           '</w:sectPr>')


def replace_style(styles, style_id, replacement):
    pattern = re.compile(r'<w:style [^>]*w:styleId="%s".*?</w:style>' % style_id, re.S)
    if pattern.search(styles):
        return pattern.sub(lambda _: replacement, styles, count=1)
    return styles.replace("</w:styles>", replacement + "</w:styles>")


def main():
    default = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                             check=True, capture_output=True).stdout
    source = zipfile.ZipFile(io.BytesIO(default))
    files = {name: source.read(name) for name in source.namelist()}

    styles = files["word/styles.xml"].decode("utf-8")
    styles = re.sub(r'<w:sz w:val="24" />\s*<w:szCs w:val="24" />\s*<w:lang w:val="en-US"[^>]*/>',
                    '<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="da-DK" w:eastAsia="en-US" w:bidi="ar-SA"/>',
                    styles, count=1)
    for style_id, xml in STYLES.items():
        styles = replace_style(styles, style_id, xml)
    styles = styles.replace("</w:styles>", CUSTOM + "</w:styles>")
    files["word/styles.xml"] = styles.encode("utf-8")

    document = files["word/document.xml"].decode("utf-8")
    if 'xmlns:r=' not in document.split(">", 2)[1]:
        document = document.replace("<w:document ", '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
    document = re.sub(r"<w:sectPr\s*/>|<w:sectPr>.*?</w:sectPr>", SECTION, document, flags=re.S)
    files["word/document.xml"] = document.encode("utf-8")

    files["word/footer1.xml"] = FOOTER.encode("utf-8")
    files["word/header1.xml"] = HEADER.encode("utf-8")
    rels = files["word/_rels/document.xml.rels"].decode("utf-8")
    rels = rels.replace("</Relationships>",
                        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Id="rIdKlausulFooter" Target="footer1.xml" />'
                        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Id="rIdKlausulHeader" Target="header1.xml" /></Relationships>')
    # Hyphenation (Word: automatic hyphenation; LibreOffice reads it too); in schema order,
    # right after w:defaultTabStop.
    settings = files["word/settings.xml"].decode("utf-8")
    settings = re.sub(r'(<w:defaultTabStop [^>]*/>)', r'\1<w:autoHyphenation/>', settings, count=1)
    files["word/settings.xml"] = settings.encode("utf-8")
    files["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    types = files["[Content_Types].xml"].decode("utf-8")
    types = types.replace("</Types>",
                          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" />'
                          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml" /></Types>')
    files["[Content_Types].xml"] = types.encode("utf-8")

    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as out:
        for name in source.namelist() + ["word/footer1.xml", "word/header1.xml"]:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, files[name])
    print("wrote", OUT)


if __name__ == "__main__":
    main()
