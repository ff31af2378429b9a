<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>klausul::AnnexBuilder</name>
    <message>
        <source>requirement %1: %2</source>
        <translation>requirement %1: %2</translation>
    </message>
    <message>
        <source>the authority's own requirement has no title</source>
        <translation>the authority's own requirement has no title</translation>
    </message>
    <message>
        <source>the authority's own requirement has no text</source>
        <translation>the authority's own requirement has no text</translation>
    </message>
    <message>
        <source>the clause %1 is not in the library %2</source>
        <translation>the clause %1 is not in the library %2</translation>
    </message>
    <message>
        <source>the clause %1 has no variant "%2"; the standard text is used</source>
        <translation>the clause %1 has no variant "%2"; the standard text is used</translation>
    </message>
    <message>
        <source>the clause %1 is withdrawn; it is replaced by %2 %3</source>
        <translation>the clause %1 is withdrawn; it is replaced by %2 %3</translation>
    </message>
    <message>
        <source>the clause %1 is withdrawn without a replacement</source>
        <translation>the clause %1 is withdrawn without a replacement</translation>
    </message>
    <message>
        <source>based on version %1 of %2, but the library has version %3; review the changes and update the requirement</source>
        <translation>based on version %1 of %2, but the library has version %3; review the changes and update the requirement</translation>
    </message>
    <message>
        <source>the clause %1 is in the annex %2 times</source>
        <translation>the clause %1 is in the annex %2 times</translation>
    </message>
    <message>
        <source>the clause %1 has no text in this language; the Danish text is used</source>
        <translation>the clause %1 has no text in this language; the Danish text is used</translation>
    </message>
    <message>
        <source>the value for "%1" is ignored: the clause has no such parameter</source>
        <translation>the value for "%1" is ignored: the clause has no such parameter</translation>
    </message>
    <message>
        <source>the text refers to the parameter "%1", which the clause does not have</source>
        <translation>the text refers to the parameter "%1", which the clause does not have</translation>
    </message>
    <message>
        <source>the parameter "%1" has no value</source>
        <translation>the parameter "%1" has no value</translation>
    </message>
    <message>
        <source>the value of "%1" is invalid: %2</source>
        <translation>the value of "%1" is invalid: %2</translation>
    </message>
    <message>
        <source>the own wording exists only in the other language; this language uses the standard text</source>
        <translation>the own wording exists only in the other language; this language uses the standard text</translation>
    </message>
</context>
<context>
    <name>klausul::Cli</name>
    <message>
        <source>check library folders, clause files or drafts</source>
        <translation>check library folders, clause files or drafts</translation>
    </message>
    <message>
        <source>show one clause in full</source>
        <translation>show one clause in full</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>unknown command "%1"</translation>
    </message>
    <message>
        <source>Usage: klausul-cli COMMAND [OPTIONS]</source>
        <translation>Usage: klausul-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run "klausul-cli COMMAND --help" for the options of a command.</source>
        <translation>Run "klausul-cli COMMAND --help" for the options of a command.</translation>
    </message>
    <message>
        <source>Run "klausul-cli --help" for usage.</source>
        <translation>Run "klausul-cli --help" for usage.</translation>
    </message>
    <message>
        <source>Load the library in DIR instead of the bundled one (repeat to layer organisation libraries on top).</source>
        <translation>Load the library in DIR instead of the bundled one (repeat to layer organisation libraries on top).</translation>
    </message>
    <message>
        <source>Language of clause texts: da (default) or en.</source>
        <translation>Language of clause texts: da (default) or en.</translation>
    </message>
    <message>
        <source>Print JSON (see README.md for its form).</source>
        <translation>Print JSON (see README.md for its form).</translation>
    </message>
    <message>
        <source>Check library folders, clause files or drafts. Without PATH: the library itself.</source>
        <translation>Check library folders, clause files or drafts. Without PATH: the library itself.</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) checked</source>
        <translation><numerusform>%n clause checked</numerusform><numerusform>%n clauses checked</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or clause(s) checked</source>
        <translation><numerusform>%n file or clause checked</numerusform><numerusform>%n files or clauses checked</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message>
        <source>Only clauses of theme T.</source>
        <translation>Only clauses of theme T.</translation>
    </message>
    <message>
        <source>Only clauses referring to ID, e.g. 5.24, cis:17 or gdpr:33.</source>
        <translation>Only clauses referring to ID, e.g. 5.24, cis:17 or gdpr:33.</translation>
    </message>
    <message>
        <source>Only clauses of requirement type MK, PK, K or option.</source>
        <translation>Only clauses of requirement type MK, PK, K or option.</translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation>--lang must be da or en</translation>
    </message>
    <message>
        <source>--type must be MK, PK, K or option</source>
        <translation>--type must be MK, PK, K or option</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message numerus="yes">
        <source>klausul-cli: the library has %n error(s); run "klausul-cli validate" to see them</source>
        <translation><numerusform>klausul-cli: the library has %n error; run "klausul-cli validate" to see them</numerusform><numerusform>klausul-cli: the library has %n errors; run "klausul-cli validate" to see them</numerusform></translation>
    </message>
    <message>
        <source>Show one clause in full.</source>
        <translation>Show one clause in full.</translation>
    </message>
    <message>
        <source>show takes exactly one clause id</source>
        <translation>show takes exactly one clause id</translation>
    </message>
    <message>
        <source>error: no clause with id "%1"</source>
        <translation>error: no clause with id "%1"</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>Replaced by %1</translation>
    </message>
    <message>
        <source>Variant "%1": %2</source>
        <translation>Variant "%1": %2</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameters:</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>default %1</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Suitable contract types</source>
        <translation>Suitable contract types</translation>
    </message>
    <message>
        <source>Pros and cons</source>
        <translation>Pros and cons</translation>
    </message>
    <message>
        <source>Follow-up during operation</source>
        <translation>Follow-up during operation</translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation>Remedies</translation>
    </message>
    <message>
        <source>Note for legal review</source>
        <translation>Note for legal review</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>References:</translation>
    </message>
    <message>
        <source>list the clauses, or search them</source>
        <translation>list the clauses, or search them</translation>
    </message>
    <message>
        <source>list the problems of a draft's annex</source>
        <translation>list the problems of a draft's annex</translation>
    </message>
    <message>
        <source>export a draft's annex to DOCX and PDF</source>
        <translation>export a draft's annex to DOCX and PDF</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 invalid input or problems found, 2 usage error, 3 an external tool is missing or failed, 4 a file cannot be read or written.</source>
        <translation>Exit codes: 0 success, 1 invalid input or problems found, 2 usage error, 3 an external tool is missing or failed, 4 a file cannot be read or written.</translation>
    </message>
    <message>
        <source>Only clauses matching TEXT, best matches first.</source>
        <translation>Only clauses matching TEXT, best matches first.</translation>
    </message>
    <message>
        <source>List the clauses of the library, or search them.</source>
        <translation>List the clauses of the library, or search them.</translation>
    </message>
    <message>
        <source>list takes no arguments other than options</source>
        <translation>list takes no arguments other than options</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Version %1, %2. DIGST option %3. Requirement type %4. Theme: %5.</source>
        <translation>Version %1, %2. DIGST option %3. Requirement type %4. Theme: %5.</translation>
    </message>
    <message>
        <source>Source file: %1</source>
        <translation>Source file: %1</translation>
    </message>
    <message>
        <source>List the problems of a draft's annex: unfilled or invalid values, missing or withdrawn clauses, outdated clause versions.</source>
        <translation>List the problems of a draft's annex: unfilled or invalid values, missing or withdrawn clauses, outdated clause versions.</translation>
    </message>
    <message>
        <source>check takes exactly one draft</source>
        <translation>check takes exactly one draft</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation><numerusform>%n requirement</numerusform><numerusform>%n requirements</numerusform></translation>
    </message>
    <message>
        <source>What to make: docx, pdf or all (both).</source>
        <translation>What to make: docx, pdf or all (both).</translation>
    </message>
    <message>
        <source>tender (with guidance and compliance schedule), contract, or review (internal: deviations as tracked changes, comments, problems).</source>
        <translation>tender (with guidance and compliance schedule), contract, or review (internal: deviations as tracked changes, comments, problems).</translation>
    </message>
    <message>
        <source>Language of the document: da or en (default: the draft's language).</source>
        <translation>Language of the document: da or en (default: the draft's language).</translation>
    </message>
    <message>
        <source>Output file, or a folder. With --format all, OUT.docx and OUT.pdf are written.</source>
        <translation>Output file, or a folder. With --format all, OUT.docx and OUT.pdf are written.</translation>
    </message>
    <message>
        <source>Export the tender or contract edition even when the annex has errors.</source>
        <translation>Export the tender or contract edition even when the annex has errors.</translation>
    </message>
    <message>
        <source>Export a draft's annex to DOCX and PDF.</source>
        <translation>Export a draft's annex to DOCX and PDF.</translation>
    </message>
    <message>
        <source>export takes exactly one draft</source>
        <translation>export takes exactly one draft</translation>
    </message>
    <message>
        <source>--format must be docx, pdf or all</source>
        <translation>--format must be docx, pdf or all</translation>
    </message>
    <message>
        <source>--edition must be tender, contract or review</source>
        <translation>--edition must be tender, contract or review</translation>
    </message>
    <message>
        <source>export needs an output: -o OUT</source>
        <translation>export needs an output: -o OUT</translation>
    </message>
    <message numerus="yes">
        <source>error: the annex has %n error(s); fix them, export the review edition, or use --force</source>
        <translation><numerusform>error: the annex has %n error; fix them, export the review edition, or use --force</numerusform><numerusform>error: the annex has %n errors; fix them, export the review edition, or use --force</numerusform></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
</context>
<context>
    <name>klausul::DraftIo</name>
    <message>
        <source>not a Klausul draft: expected &lt;draft&gt; in the namespace %1</source>
        <translation>not a Klausul draft: expected &lt;draft&gt; in the namespace %1</translation>
    </message>
    <message>
        <source>the draft was written in format %1 by a newer Klausul; this version reads format %2</source>
        <translation>the draft was written in format %1 by a newer Klausul; this version reads format %2</translation>
    </message>
</context>
<context>
    <name>klausul::ExportJob</name>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>cannot write %1: the folder %2 does not exist</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>cannot write %1: it is a folder</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>Starting pandoc</source>
        <translation>Starting pandoc</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>the export was cancelled</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 could not be started: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was stopped</source>
        <translation>%1 did not finish within %2 seconds and was stopped</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly (it crashed or was killed)</source>
        <translation>%1 stopped unexpectedly (it crashed or was killed)</translation>
    </message>
    <message>
        <source>pandoc did not report its API version (exit code %1): %2</source>
        <translation>pandoc did not report its API version (exit code %1): %2</translation>
    </message>
    <message>
        <source>pandoc failed (exit code %1): %2</source>
        <translation>pandoc failed (exit code %1): %2</translation>
    </message>
    <message>
        <source>cannot prepare the Word styles: %1</source>
        <translation>cannot prepare the Word styles: %1</translation>
    </message>
    <message>
        <source>Making the DOCX with pandoc</source>
        <translation>Making the DOCX with pandoc</translation>
    </message>
    <message>
        <source>pandoc reported success but made no DOCX</source>
        <translation>pandoc reported success but made no DOCX</translation>
    </message>
    <message>
        <source>Preparing LibreOffice</source>
        <translation>Preparing LibreOffice</translation>
    </message>
    <message>
        <source>LibreOffice did not create its profile: %1</source>
        <translation>LibreOffice did not create its profile: %1</translation>
    </message>
    <message>
        <source>Making the PDF with LibreOffice</source>
        <translation>Making the PDF with LibreOffice</translation>
    </message>
    <message>
        <source>LibreOffice did not produce the PDF (is libreoffice-writer installed?)</source>
        <translation>LibreOffice did not produce the PDF (is libreoffice-writer installed?)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>klausul::ExternalTools</name>
    <message>
        <source>pandoc is not installed; it makes the DOCX. Install it (Debian and Ubuntu: "sudo apt install pandoc"; Windows and macOS: https://pandoc.org/installing.html).</source>
        <translation>pandoc is not installed; it makes the DOCX. Install it (Debian and Ubuntu: "sudo apt install pandoc"; Windows and macOS: https://pandoc.org/installing.html).</translation>
    </message>
    <message>
        <source>LibreOffice is not installed; it makes the PDF. Install it (Debian and Ubuntu: "sudo apt install libreoffice-writer-nogui fonts-crosextra-carlito fonts-crosextra-caladea"; Windows and macOS: https://www.libreoffice.org).</source>
        <translation>LibreOffice is not installed; it makes the PDF. Install it (Debian and Ubuntu: "sudo apt install libreoffice-writer-nogui fonts-crosextra-carlito fonts-crosextra-caladea"; Windows and macOS: https://www.libreoffice.org).</translation>
    </message>
</context>
<context>
    <name>klausul::LibraryLoader</name>
    <message>
        <source>unknown document &lt;%1&gt;: a library file must be a &lt;clause&gt;, &lt;library&gt;, &lt;questions&gt; or &lt;reference-list&gt; in the namespace %2</source>
        <translation>unknown document &lt;%1&gt;: a library file must be a &lt;clause&gt;, &lt;library&gt;, &lt;questions&gt; or &lt;reference-list&gt; in the namespace %2</translation>
    </message>
    <message>
        <source>no such library folder</source>
        <translation>no such library folder</translation>
    </message>
    <message>
        <source>the folder has no library.xml manifest (library id, version, release date and themes)</source>
        <translation>the folder has no library.xml manifest (library id, version, release date and themes)</translation>
    </message>
    <message>
        <source>the applicability condition asks about "%1", which is not a risk-profile question of the library</source>
        <translation>the applicability condition asks about "%1", which is not a risk-profile question of the library</translation>
    </message>
    <message>
        <source>"%1" is not an answer to the question "%2" (answers: %3)</source>
        <translation>"%1" is not an answer to the question "%2" (answers: %3)</translation>
    </message>
    <message>
        <source>the text refers to the parameter "%1", which the clause does not define</source>
        <translation>the text refers to the parameter "%1", which the clause does not define</translation>
    </message>
    <message>
        <source>the clause refers to itself</source>
        <translation>the clause refers to itself</translation>
    </message>
    <message>
        <source>the text refers to the clause %1, which is not in the library</source>
        <translation>the text refers to the clause %1, which is not in the library</translation>
    </message>
    <message>
        <source>the theme "%1" is not declared in library.xml</source>
        <translation>the theme "%1" is not declared in library.xml</translation>
    </message>
    <message>
        <source>the clause has no Danish title or text</source>
        <translation>the clause has no Danish title or text</translation>
    </message>
    <message>
        <source>the clause has no English title or text</source>
        <translation>the clause has no English title or text</translation>
    </message>
    <message>
        <source>the clause has no Danish guidance</source>
        <translation>the clause has no Danish guidance</translation>
    </message>
    <message>
        <source>the clause has no English guidance</source>
        <translation>the clause has no English guidance</translation>
    </message>
    <message>
        <source>the clause names itself as its replacement</source>
        <translation>the clause names itself as its replacement</translation>
    </message>
    <message>
        <source>the replacement %1 is itself withdrawn</source>
        <translation>the replacement %1 is itself withdrawn</translation>
    </message>
    <message>
        <source>replaced-by names %1, which is not in the library</source>
        <translation>replaced-by names %1, which is not in the library</translation>
    </message>
    <message>
        <source>replaced-by is set, but the clause is not withdrawn</source>
        <translation>replaced-by is set, but the clause is not withdrawn</translation>
    </message>
    <message>
        <source>the parameter "%1" has a minimum above its maximum</source>
        <translation>the parameter "%1" has a minimum above its maximum</translation>
    </message>
    <message>
        <source>the choice parameter "%1" needs at least two choices</source>
        <translation>the choice parameter "%1" needs at least two choices</translation>
    </message>
    <message>
        <source>the parameter "%1" has choices but is not of type choice</source>
        <translation>the parameter "%1" has choices but is not of type choice</translation>
    </message>
    <message>
        <source>the parameter "%1" has a unit but is not a number</source>
        <translation>the parameter "%1" has a unit but is not a number</translation>
    </message>
    <message>
        <source>the default of the parameter "%1" is invalid: %2</source>
        <translation>the default of the parameter "%1" is invalid: %2</translation>
    </message>
    <message>
        <source>the parameter "%1" has no Danish label</source>
        <translation>the parameter "%1" has no Danish label</translation>
    </message>
    <message>
        <source>the variant "%1" has no Danish text</source>
        <translation>the variant "%1" has no Danish text</translation>
    </message>
    <message>
        <source>the parameter "%1" is not used in the Danish text</source>
        <translation>the parameter "%1" is not used in the Danish text</translation>
    </message>
    <message>
        <source>the parameter "%1" is used in the Danish text but not in the English one</source>
        <translation>the parameter "%1" is used in the Danish text but not in the English one</translation>
    </message>
    <message>
        <source>the reference %1 is listed twice</source>
        <translation>the reference %1 is listed twice</translation>
    </message>
    <message>
        <source>the library has no reference list for %1</source>
        <translation>the library has no reference list for %1</translation>
    </message>
    <message>
        <source>%1 has no item "%2"</source>
        <translation>%1 has no item "%2"</translation>
    </message>
    <message>
        <source>the history mentions version %1, but the clause is version %2</source>
        <translation>the history mentions version %1, but the clause is version %2</translation>
    </message>
    <message>
        <source>the theme "%1" is declared twice</source>
        <translation>the theme "%1" is declared twice</translation>
    </message>
    <message>
        <source>the question "%1" is already defined in %2</source>
        <translation>the question "%1" is already defined in %2</translation>
    </message>
    <message>
        <source>the default answer "%1" of the question "%2" is not one of its options</source>
        <translation>the default answer "%1" of the question "%2" is not one of its options</translation>
    </message>
    <message>
        <source>the reference list %1 is already defined in %2</source>
        <translation>the reference list %1 is already defined in %2</translation>
    </message>
    <message>
        <source>duplicate clause id %1: %2 already defines it</source>
        <translation>duplicate clause id %1: %2 already defines it</translation>
    </message>
    <message>
        <source>the clause %1 is already defined by a lower library layer (%2); an organisation library may add clauses but not change existing ones</source>
        <translation>the clause %1 is already defined by a lower library layer (%2); an organisation library may add clauses but not change existing ones</translation>
    </message>
    <message>
        <source>a folder may have only one library manifest; %1 is already its manifest</source>
        <translation>a folder may have only one library manifest; %1 is already its manifest</translation>
    </message>
    <message>
        <source>the parameter "%1" has a minimum or maximum but is not a number</source>
        <translation>the parameter "%1" has a minimum or maximum but is not a number</translation>
    </message>
    <message>
        <source>without version</source>
        <translation>without version</translation>
    </message>
    <message>
        <source>the library has no reference list for %1 (known versions: %2)</source>
        <translation>the library has no reference list for %1 (known versions: %2)</translation>
    </message>
</context>
<context>
    <name>klausul::LibraryModel</name>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
</context>
<context>
    <name>klausul::MainWindow</name>
    <message>
        <source>Klausul</source>
        <translation>Klausul</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) loaded</source>
        <translation><numerusform>%n clause loaded</numerusform><numerusform>%n clauses loaded</numerusform></translation>
    </message>
</context>
<context>
    <name>klausul::ParameterFormat</name>
    <message>
        <source>the value %1 is below the minimum %2</source>
        <translation>the value %1 is below the minimum %2</translation>
    </message>
    <message>
        <source>the value %1 is above the maximum %2</source>
        <translation>the value %1 is above the maximum %2</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>"%1" is not a whole number</source>
        <translation>"%1" is not a whole number</translation>
    </message>
    <message>
        <source>"%1" is not a number (use a point for decimals)</source>
        <translation>"%1" is not a number (use a point for decimals)</translation>
    </message>
    <message>
        <source>choose exactly one value</source>
        <translation>choose exactly one value</translation>
    </message>
    <message>
        <source>"%1" is not one of the choices</source>
        <translation>"%1" is not one of the choices</translation>
    </message>
    <message>
        <source>"%1" is chosen twice</source>
        <translation>"%1" is chosen twice</translation>
    </message>
    <message>
        <source>"%1" is not a date of the form YYYY-MM-DD</source>
        <translation>"%1" is not a date of the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the text is longer than 1,000 characters</source>
        <translation>the text is longer than 1,000 characters</translation>
    </message>
</context>
<context>
    <name>klausul::SafeSave</name>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 is a folder</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>writing %1 failed: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>cannot save %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>klausul::SafeXml</name>
    <message>
        <source>invalid UTF-8: the file must be encoded as UTF-8</source>
        <translation>invalid UTF-8: the file must be encoded as UTF-8</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>the document is empty</translation>
    </message>
    <message>
        <source>this is not an XML file: no start tag found</source>
        <translation>this is not an XML file: no start tag found</translation>
    </message>
    <message>
        <source>unexpected content after the root element</source>
        <translation>unexpected content after the root element</translation>
    </message>
    <message>
        <source>the elements are nested too deeply (more than 256 levels)</source>
        <translation>the elements are nested too deeply (more than 256 levels)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file must be encoded as UTF-8 (it looks like UTF-16 or a binary file)</source>
        <translation>the file must be encoded as UTF-8 (it looks like UTF-16 or a binary file)</translation>
    </message>
    <message>
        <source>the file must be encoded as UTF-8, not "%1"</source>
        <translation>the file must be encoded as UTF-8, not "%1"</translation>
    </message>
    <message>
        <source>document type declarations (DOCTYPE) are not allowed; remove the DOCTYPE and any entity definitions</source>
        <translation>document type declarations (DOCTYPE) are not allowed; remove the DOCTYPE and any entity definitions</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>is a folder, not a file</translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB; the limit is %2 MiB)</source>
        <translation>the file is too large (%1 MiB; the limit is %2 MiB)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>the file is too large (the limit is %1 MiB)</source>
        <translation>the file is too large (the limit is %1 MiB)</translation>
    </message>
    <message>
        <source>the document is too large (the limit is %1 MiB)</source>
        <translation>the document is too large (the limit is %1 MiB)</translation>
    </message>
    <message>
        <source>the file is not well-formed XML</source>
        <translation>the file is not well-formed XML</translation>
    </message>
    <message>
        <source>document type declarations (DOCTYPE) are not allowed</source>
        <translation>document type declarations (DOCTYPE) are not allowed</translation>
    </message>
    <message>
        <source>the document has no root element</source>
        <translation>the document has no root element</translation>
    </message>
    <message>
        <source>internal error: the compiled-in schema could not be loaded</source>
        <translation>internal error: the compiled-in schema could not be loaded</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this file not shown</source>
        <translation><numerusform>%n more problem in this file not shown</numerusform><numerusform>%n more problems in this file not shown</numerusform></translation>
    </message>
    <message>
        <source>the document does not match the schema</source>
        <translation>the document does not match the schema</translation>
    </message>
</context>
</TS>
