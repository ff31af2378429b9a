; Klausul's Windows installer: tell the user when pandoc or LibreOffice is missing.
SearchPath $0 pandoc.exe
StrCmp $0 "" 0 +2
  MessageBox MB_OK|MB_ICONINFORMATION "Klausul uses pandoc to make DOCX files. Install it from https://pandoc.org/installing.html (or run: winget install JohnMacFarlane.Pandoc)."
ReadRegStr $1 HKLM "SOFTWARE\LibreOffice\UNO\InstallPath" ""
StrCmp $1 "" 0 +2
  MessageBox MB_OK|MB_ICONINFORMATION "Klausul uses LibreOffice to make PDF files. Install it from https://www.libreoffice.org/download/ (or run: winget install TheDocumentFoundation.LibreOffice)."
