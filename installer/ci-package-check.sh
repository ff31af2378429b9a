#!/bin/sh
# Builds the Debian package and proves it: validates the desktop file and the AppStream metainfo,
# installs the package, runs the installed programs (validate, export to DOCX and PDF, the app
# offscreen), removes it and checks that nothing is left behind. Run as root on Debian 12 (CI).
set -eu
cd "$(dirname "$0")/.."

echo "== package: build"
cmake --preset release
cmake --build --preset release
(cd build/release && rm -f klausul_*.deb && cpack -G DEB)
deb=$(ls build/release/klausul_*.deb)
ls -l "$deb"
dpkg-deb --info "$deb"

echo "== package: validate desktop file and metainfo"
desktop-file-validate installer/dk.klausul.Klausul.desktop
appstreamcli validate --no-net --explain build/release/installer/dk.klausul.Klausul.metainfo.xml

echo "== package: install"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "./$deb"
dpkg -L klausul > /tmp/klausul-files.txt
test "$(command -v klausul-cli)" = /usr/bin/klausul-cli

echo "== package: run the installed programs"
work=$(mktemp -d)
cd "$work"
klausul-cli --version
klausul-cli validate
klausul-cli validate --library /usr/share/klausul/library
klausul-cli check /usr/share/klausul/library/examples/kommune-sagsbehandling.klausul
klausul-cli export /usr/share/klausul/library/examples/kommune-sagsbehandling.klausul --format all -o "$work/bilag9"
pdfinfo "$work/bilag9.pdf" | grep -E "Pages|Page size"
unzip -p "$work/bilag9.docx" word/document.xml | grep -q "Informationssikkerhed"
pdftotext -layout "$work/bilag9.pdf" - | grep -q "Bilag 9 – Informationssikkerhed"
QT_QPA_PLATFORM=offscreen HOME="$work" klausul --example --screenshot "$work/window.png"
test -s "$work/window.png"
man -w klausul-cli >/dev/null 2>&1 || test -f /usr/share/man/man1/klausul-cli.1.gz
cd /
rm -rf "$work"

echo "== package: remove and check nothing is left"
apt-get purge -y -qq klausul
left=0
while read -r path; do
    if [ -f "$path" ] || [ -L "$path" ]; then
        echo "left behind: $path"
        left=1
    fi
done < /tmp/klausul-files.txt
test -d /usr/share/klausul && { echo "left behind: /usr/share/klausul"; left=1; }
test "$left" -eq 0
echo "package check passed"
