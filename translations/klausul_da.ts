<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>klausul::AnnexBuilder</name>
    <message>
        <source>requirement %1: %2</source>
        <translation>krav %1: %2</translation>
    </message>
    <message>
        <source>the authority&apos;s own requirement has no title</source>
        <translation>myndighedens eget krav har ingen titel</translation>
    </message>
    <message>
        <source>the authority&apos;s own requirement has no text</source>
        <translation>myndighedens eget krav har ingen tekst</translation>
    </message>
    <message>
        <source>the clause %1 is not in the library %2</source>
        <translation>klausulen %1 findes ikke i biblioteket %2</translation>
    </message>
    <message>
        <source>the clause %1 has no variant &quot;%2&quot;; the standard text is used</source>
        <translation>klausulen %1 har ingen variant &quot;%2&quot;; standardteksten anvendes</translation>
    </message>
    <message>
        <source>the clause %1 is withdrawn; it is replaced by %2 %3</source>
        <translation>klausulen %1 er udgået; den er afløst af %2 %3</translation>
    </message>
    <message>
        <source>the clause %1 is withdrawn without a replacement</source>
        <translation>klausulen %1 er udgået og har ingen afløser</translation>
    </message>
    <message>
        <source>based on version %1 of %2, but the library has version %3; review the changes and update the requirement</source>
        <translation>bygger på version %1 af %2, men biblioteket har version %3; gennemgå ændringerne, og opdatér kravet</translation>
    </message>
    <message>
        <source>the clause %1 is in the annex %2 times</source>
        <translation>klausulen %1 indgår %2 gange i bilaget</translation>
    </message>
    <message>
        <source>the clause %1 has no text in this language; the Danish text is used</source>
        <translation>klausulen %1 har ingen tekst på dette sprog; den danske tekst anvendes</translation>
    </message>
    <message>
        <source>the value for &quot;%1&quot; is ignored: the clause has no such parameter</source>
        <translation>værdien for &quot;%1&quot; ignoreres: klausulen har ingen parameter med det navn</translation>
    </message>
    <message>
        <source>the text refers to the parameter &quot;%1&quot;, which the clause does not have</source>
        <translation>teksten henviser til parameteren &quot;%1&quot;, som klausulen ikke har</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has no value</source>
        <translation>parameteren &quot;%1&quot; har ingen værdi</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; is invalid: %2</source>
        <translation>værdien for &quot;%1&quot; er ugyldig: %2</translation>
    </message>
    <message>
        <source>the own wording exists only in the other language; this language uses the standard text</source>
        <translation>den egne formulering findes kun på det andet sprog; på dette sprog anvendes standardteksten</translation>
    </message>
</context>
<context>
    <name>klausul::Cli</name>
    <message>
        <source>check library folders, clause files or drafts</source>
        <translation>kontrollér biblioteksmapper, klausulfiler eller udkast</translation>
    </message>
    <message>
        <source>show one clause in full</source>
        <translation>vis én klausul i sin helhed</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>ukendt kommando &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Usage: klausul-cli COMMAND [OPTIONS]</source>
        <translation>Brug: klausul-cli KOMMANDO [TILVALG]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>Run &quot;klausul-cli COMMAND --help&quot; for the options of a command.</source>
        <translation>Kør &quot;klausul-cli KOMMANDO --help&quot; for at se en kommandos tilvalg.</translation>
    </message>
    <message>
        <source>Run &quot;klausul-cli --help&quot; for usage.</source>
        <translation>Kør &quot;klausul-cli --help&quot; for at få hjælp.</translation>
    </message>
    <message>
        <source>Load the library in DIR instead of the bundled one (repeat to layer organisation libraries on top).</source>
        <translation>Indlæs biblioteket i DIR i stedet for det medfølgende (gentag for at lægge organisationsbiblioteker ovenpå).</translation>
    </message>
    <message>
        <source>Language of clause texts: da (default) or en.</source>
        <translation>Sprog for klausulteksterne: da (standard) eller en.</translation>
    </message>
    <message>
        <source>Print JSON (see README.md for its form).</source>
        <translation>Udskriv JSON (formatet er beskrevet i README.md).</translation>
    </message>
    <message>
        <source>Check library folders, clause files or drafts. Without PATH: the library itself.</source>
        <translation>Kontrollér biblioteksmapper, klausulfiler eller udkast. Uden PATH: selve biblioteket.</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>filen eller mappen findes ikke</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) checked</source>
        <translation>
            <numerusform>%n klausul kontrolleret</numerusform>
            <numerusform>%n klausuler kontrolleret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or clause(s) checked</source>
        <translation>
            <numerusform>%n fil eller klausul kontrolleret</numerusform>
            <numerusform>%n filer eller klausuler kontrolleret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fejl</numerusform>
            <numerusform>%n fejl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <source>Only clauses of theme T.</source>
        <translation>Kun klausuler under temaet T.</translation>
    </message>
    <message>
        <source>Only clauses referring to ID, e.g. 5.24, cis:17 or gdpr:33.</source>
        <translation>Kun klausuler, der henviser til ID, f.eks. 5.24, cis:17 eller gdpr:33.</translation>
    </message>
    <message>
        <source>Only clauses of requirement type MK, PK, K or option.</source>
        <translation>Kun klausuler af kravtypen MK, PK, K eller option.</translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation>--lang skal være da eller en</translation>
    </message>
    <message>
        <source>--type must be MK, PK, K or option</source>
        <translation>--type skal være MK, PK, K eller option</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>udgået</translation>
    </message>
    <message numerus="yes">
        <source>klausul-cli: the library has %n error(s); run &quot;klausul-cli validate&quot; to see them</source>
        <translation>
            <numerusform>klausul-cli: biblioteket har %n fejl; kør &quot;klausul-cli validate&quot; for at se den</numerusform>
            <numerusform>klausul-cli: biblioteket har %n fejl; kør &quot;klausul-cli validate&quot; for at se dem</numerusform>
        </translation>
    </message>
    <message>
        <source>Show one clause in full.</source>
        <translation>Vis én klausul i sin helhed.</translation>
    </message>
    <message>
        <source>show takes exactly one clause id</source>
        <translation>show tager præcis ét klausul-id</translation>
    </message>
    <message>
        <source>error: no clause with id &quot;%1&quot;</source>
        <translation>fejl: der findes ingen klausul med id&apos;et &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>Afløst af %1</translation>
    </message>
    <message>
        <source>Variant &quot;%1&quot;: %2</source>
        <translation>Variant &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parametre:</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>standardværdi %1</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Suitable contract types</source>
        <translation>Kontrakttyper, hvor bestemmelsen kan bruges</translation>
    </message>
    <message>
        <source>Pros and cons</source>
        <translation>Fordele og ulemper</translation>
    </message>
    <message>
        <source>Follow-up during operation</source>
        <translation>Opfølgning i driftsfasen</translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation>Bod og misligholdelse</translation>
    </message>
    <message>
        <source>Note for legal review</source>
        <translation>Note til juridisk gennemgang</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Referencer:</translation>
    </message>
    <message>
        <source>list the clauses, or search them</source>
        <translation>vis klausulerne, eller søg i dem</translation>
    </message>
    <message>
        <source>list the problems of a draft&apos;s annex</source>
        <translation>vis problemerne i et udkasts bilag</translation>
    </message>
    <message>
        <source>export a draft&apos;s annex to DOCX and PDF</source>
        <translation>eksportér et udkasts bilag til DOCX og PDF</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 invalid input or problems found, 2 usage error, 3 an external tool is missing or failed, 4 a file cannot be read or written.</source>
        <translation>Afslutningskoder: 0 gennemført, 1 ugyldigt input eller problemer fundet, 2 forkert brug, 3 et eksternt værktøj mangler eller fejlede, 4 en fil kan ikke læses eller skrives.</translation>
    </message>
    <message>
        <source>Only clauses matching TEXT, best matches first.</source>
        <translation>Kun klausuler, der matcher TEXT, med de bedste match først.</translation>
    </message>
    <message>
        <source>List the clauses of the library, or search them.</source>
        <translation>Vis bibliotekets klausuler, eller søg i dem.</translation>
    </message>
    <message>
        <source>list takes no arguments other than options</source>
        <translation>list tager ingen andre argumenter end tilvalg</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>godkendt</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>udkast</translation>
    </message>
    <message>
        <source>Version %1, %2. DIGST option %3. Requirement type %4. Theme: %5.</source>
        <translation>Version %1, %2. DIGST-option %3. Kravtype %4. Tema: %5.</translation>
    </message>
    <message>
        <source>Source file: %1</source>
        <translation>Kildefil: %1</translation>
    </message>
    <message>
        <source>List the problems of a draft&apos;s annex: unfilled or invalid values, missing or withdrawn clauses, outdated clause versions.</source>
        <translation>Vis problemerne i et udkasts bilag: ikke-udfyldte eller ugyldige værdier, manglende eller udgåede klausuler, forældede klausulversioner.</translation>
    </message>
    <message>
        <source>check takes exactly one draft</source>
        <translation>check tager præcis ét udkast</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n krav</numerusform>
            <numerusform>%n krav</numerusform>
        </translation>
    </message>
    <message>
        <source>What to make: docx, pdf or all (both).</source>
        <translation>Hvad der skal dannes: docx, pdf eller all (begge).</translation>
    </message>
    <message>
        <source>tender (with guidance and compliance schedule), contract, or review (internal: deviations as tracked changes, comments, problems).</source>
        <translation>tender (udbudsudgave med vejledning og complianceskema), contract (kontraktudgave) eller review (intern gennemgangsudgave: afvigelser som registrerede ændringer, kommentarer, problemer).</translation>
    </message>
    <message>
        <source>Language of the document: da or en (default: the draft&apos;s language).</source>
        <translation>Dokumentets sprog: da eller en (standard: udkastets sprog).</translation>
    </message>
    <message>
        <source>Output file, or a folder. With --format all, OUT.docx and OUT.pdf are written.</source>
        <translation>Outputfil eller -mappe. Med --format all skrives OUT.docx og OUT.pdf.</translation>
    </message>
    <message>
        <source>Export the tender or contract edition even when the annex has errors.</source>
        <translation>Eksportér udbudsudgaven eller kontraktudgaven, selv om bilaget har fejl.</translation>
    </message>
    <message>
        <source>Export a draft&apos;s annex to DOCX and PDF.</source>
        <translation>Eksportér et udkasts bilag til DOCX og PDF.</translation>
    </message>
    <message>
        <source>export takes exactly one draft</source>
        <translation>export tager præcis ét udkast</translation>
    </message>
    <message>
        <source>--format must be docx, pdf or all</source>
        <translation>--format skal være docx, pdf eller all</translation>
    </message>
    <message>
        <source>--edition must be tender, contract or review</source>
        <translation>--edition skal være tender, contract eller review</translation>
    </message>
    <message>
        <source>export needs an output: -o OUT</source>
        <translation>export kræver en outputfil eller -mappe: -o OUT</translation>
    </message>
    <message numerus="yes">
        <source>error: the annex has %n error(s); fix them, export the review edition, or use --force</source>
        <translation>
            <numerusform>fejl: bilaget har %n fejl; ret den, eksportér gennemgangsudgaven, eller brug --force</numerusform>
            <numerusform>fejl: bilaget har %n fejl; ret dem, eksportér gennemgangsudgaven, eller brug --force</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>fejl: %1</translation>
    </message>
</context>
<context>
    <name>klausul::DraftIo</name>
    <message>
        <source>not a Klausul draft: expected &lt;draft&gt; in the namespace %1</source>
        <translation>ikke et Klausul-udkast: forventede &lt;draft&gt; i navnerummet %1</translation>
    </message>
    <message>
        <source>the draft was written in format %1 by a newer Klausul; this version reads format %2</source>
        <translation>udkastet er skrevet i format %1 af en nyere version af Klausul; denne version læser format %2</translation>
    </message>
</context>
<context>
    <name>klausul::ExportJob</name>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 kan ikke skrives: mappen %2 findes ikke</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>%1 kan ikke skrives: det er en mappe</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>der kan ikke oprettes en midlertidig mappe: %1</translation>
    </message>
    <message>
        <source>Starting pandoc</source>
        <translation>Starter pandoc</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>eksporten blev annulleret</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 kunne ikke startes: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was stopped</source>
        <translation>%1 blev ikke færdig inden for %2 sekunder og blev stoppet</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly (it crashed or was killed)</source>
        <translation>%1 stoppede uventet (programmet gik ned eller blev afbrudt)</translation>
    </message>
    <message>
        <source>pandoc did not report its API version (exit code %1): %2</source>
        <translation>pandoc oplyste ikke sin API-version (afslutningskode %1): %2</translation>
    </message>
    <message>
        <source>pandoc failed (exit code %1): %2</source>
        <translation>pandoc fejlede (afslutningskode %1): %2</translation>
    </message>
    <message>
        <source>cannot prepare the Word styles: %1</source>
        <translation>Word-typograferne kan ikke klargøres: %1</translation>
    </message>
    <message>
        <source>Making the DOCX with pandoc</source>
        <translation>Danner DOCX-filen med pandoc</translation>
    </message>
    <message>
        <source>pandoc reported success but made no DOCX</source>
        <translation>pandoc meldte, at det lykkedes, men dannede ingen DOCX-fil</translation>
    </message>
    <message>
        <source>Preparing LibreOffice</source>
        <translation>Klargør LibreOffice</translation>
    </message>
    <message>
        <source>LibreOffice did not create its profile: %1</source>
        <translation>LibreOffice oprettede ikke sin profil: %1</translation>
    </message>
    <message>
        <source>Making the PDF with LibreOffice</source>
        <translation>Danner PDF-filen med LibreOffice</translation>
    </message>
    <message>
        <source>LibreOffice did not produce the PDF (is libreoffice-writer installed?)</source>
        <translation>LibreOffice dannede ikke PDF-filen (er libreoffice-writer installeret?)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
</context>
<context>
    <name>klausul::ExternalTools</name>
    <message>
        <source>pandoc is not installed; it makes the DOCX. Install it (Debian and Ubuntu: &quot;sudo apt install pandoc&quot;; Windows and macOS: https://pandoc.org/installing.html).</source>
        <translation>pandoc er ikke installeret; det bruges til at danne DOCX-filen. Installér det (Debian og Ubuntu: &quot;sudo apt install pandoc&quot;; Windows og macOS: https://pandoc.org/installing.html).</translation>
    </message>
    <message>
        <source>LibreOffice is not installed; it makes the PDF. Install it (Debian and Ubuntu: &quot;sudo apt install libreoffice-writer-nogui fonts-crosextra-carlito fonts-crosextra-caladea&quot;; Windows and macOS: https://www.libreoffice.org).</source>
        <translation>LibreOffice er ikke installeret; det bruges til at danne PDF-filen. Installér det (Debian og Ubuntu: &quot;sudo apt install libreoffice-writer-nogui fonts-crosextra-carlito fonts-crosextra-caladea&quot;; Windows og macOS: https://www.libreoffice.org).</translation>
    </message>
</context>
<context>
    <name>klausul::LibraryLoader</name>
    <message>
        <source>unknown document &lt;%1&gt;: a library file must be a &lt;clause&gt;, &lt;library&gt;, &lt;questions&gt; or &lt;reference-list&gt; in the namespace %2</source>
        <translation>ukendt dokument &lt;%1&gt;: en biblioteksfil skal have rodelementet &lt;clause&gt;, &lt;library&gt;, &lt;questions&gt; eller &lt;reference-list&gt; i navnerummet %2</translation>
    </message>
    <message>
        <source>no such library folder</source>
        <translation>biblioteksmappen findes ikke</translation>
    </message>
    <message>
        <source>the folder has no library.xml manifest (library id, version, release date and themes)</source>
        <translation>mappen har intet library.xml-manifest (bibliotekets id, version, udgivelsesdato og temaer)</translation>
    </message>
    <message>
        <source>the applicability condition asks about &quot;%1&quot;, which is not a risk-profile question of the library</source>
        <translation>anvendelsesbetingelsen spørger til &quot;%1&quot;, som ikke er et af bibliotekets spørgsmål i risikoprofilen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer to the question &quot;%2&quot; (answers: %3)</source>
        <translation>&quot;%1&quot; er ikke et svar på spørgsmålet &quot;%2&quot; (svarmuligheder: %3)</translation>
    </message>
    <message>
        <source>the text refers to the parameter &quot;%1&quot;, which the clause does not define</source>
        <translation>teksten henviser til parameteren &quot;%1&quot;, som klausulen ikke definerer</translation>
    </message>
    <message>
        <source>the clause refers to itself</source>
        <translation>klausulen henviser til sig selv</translation>
    </message>
    <message>
        <source>the text refers to the clause %1, which is not in the library</source>
        <translation>teksten henviser til klausulen %1, som ikke findes i biblioteket</translation>
    </message>
    <message>
        <source>the theme &quot;%1&quot; is not declared in library.xml</source>
        <translation>temaet &quot;%1&quot; er ikke angivet i library.xml</translation>
    </message>
    <message>
        <source>the clause has no Danish title or text</source>
        <translation>klausulen mangler dansk titel eller tekst</translation>
    </message>
    <message>
        <source>the clause has no English title or text</source>
        <translation>klausulen mangler engelsk titel eller tekst</translation>
    </message>
    <message>
        <source>the clause has no Danish guidance</source>
        <translation>klausulen mangler dansk vejledning</translation>
    </message>
    <message>
        <source>the clause has no English guidance</source>
        <translation>klausulen mangler engelsk vejledning</translation>
    </message>
    <message>
        <source>the clause names itself as its replacement</source>
        <translation>klausulen angiver sig selv som sin afløser</translation>
    </message>
    <message>
        <source>the replacement %1 is itself withdrawn</source>
        <translation>afløseren %1 er selv udgået</translation>
    </message>
    <message>
        <source>replaced-by names %1, which is not in the library</source>
        <translation>replaced-by angiver %1, som ikke findes i biblioteket</translation>
    </message>
    <message>
        <source>replaced-by is set, but the clause is not withdrawn</source>
        <translation>replaced-by er angivet, men klausulen er ikke udgået</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has a minimum above its maximum</source>
        <translation>parameteren &quot;%1&quot; har en minimumsværdi, der er større end maksimumsværdien</translation>
    </message>
    <message>
        <source>the choice parameter &quot;%1&quot; needs at least two choices</source>
        <translation>valgparameteren &quot;%1&quot; skal have mindst to valgmuligheder</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has choices but is not of type choice</source>
        <translation>parameteren &quot;%1&quot; har valgmuligheder, men er ikke af typen choice</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has a unit but is not a number</source>
        <translation>parameteren &quot;%1&quot; har en enhed, men er ikke et tal</translation>
    </message>
    <message>
        <source>the default of the parameter &quot;%1&quot; is invalid: %2</source>
        <translation>standardværdien for parameteren &quot;%1&quot; er ugyldig: %2</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has no Danish label</source>
        <translation>parameteren &quot;%1&quot; mangler en dansk betegnelse</translation>
    </message>
    <message>
        <source>the variant &quot;%1&quot; has no Danish text</source>
        <translation>varianten &quot;%1&quot; mangler dansk tekst</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not used in the Danish text</source>
        <translation>parameteren &quot;%1&quot; bruges ikke i den danske tekst</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is used in the Danish text but not in the English one</source>
        <translation>parameteren &quot;%1&quot; bruges i den danske tekst, men ikke i den engelske</translation>
    </message>
    <message>
        <source>the reference %1 is listed twice</source>
        <translation>referencen %1 er angivet to gange</translation>
    </message>
    <message>
        <source>the library has no reference list for %1</source>
        <translation>biblioteket har ingen referenceliste for %1</translation>
    </message>
    <message>
        <source>%1 has no item &quot;%2&quot;</source>
        <translation>%1 indeholder ikke punktet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the history mentions version %1, but the clause is version %2</source>
        <translation>historikken nævner version %1, men klausulen har version %2</translation>
    </message>
    <message>
        <source>the theme &quot;%1&quot; is declared twice</source>
        <translation>temaet &quot;%1&quot; er angivet to gange</translation>
    </message>
    <message>
        <source>the question &quot;%1&quot; is already defined in %2</source>
        <translation>spørgsmålet &quot;%1&quot; er allerede defineret i %2</translation>
    </message>
    <message>
        <source>the default answer &quot;%1&quot; of the question &quot;%2&quot; is not one of its options</source>
        <translation>standardsvaret &quot;%1&quot; på spørgsmålet &quot;%2&quot; er ikke en af spørgsmålets svarmuligheder</translation>
    </message>
    <message>
        <source>the reference list %1 is already defined in %2</source>
        <translation>referencelisten %1 er allerede defineret i %2</translation>
    </message>
    <message>
        <source>duplicate clause id %1: %2 already defines it</source>
        <translation>klausul-id&apos;et %1 findes flere gange: det er allerede defineret i %2</translation>
    </message>
    <message>
        <source>the clause %1 is already defined by a lower library layer (%2); an organisation library may add clauses but not change existing ones</source>
        <translation>klausulen %1 er allerede defineret i et underliggende bibliotekslag (%2); et organisationsbibliotek må tilføje klausuler, men ikke ændre eksisterende</translation>
    </message>
    <message>
        <source>a folder may have only one library manifest; %1 is already its manifest</source>
        <translation>en mappe må kun have ét biblioteksmanifest; %1 er allerede mappens manifest</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has a minimum or maximum but is not a number</source>
        <translation>parameteren &quot;%1&quot; har en minimums- eller maksimumsværdi, men er ikke et tal</translation>
    </message>
    <message>
        <source>without version</source>
        <translation>uden version</translation>
    </message>
    <message>
        <source>the library has no reference list for %1 (known versions: %2)</source>
        <translation>biblioteket har ingen referenceliste for %1 (kendte versioner: %2)</translation>
    </message>
</context>
<context>
    <name>klausul::LibraryModel</name>
    <message>
        <source>Clause</source>
        <translation>Klausul</translation>
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
        <translation>
            <numerusform>%n klausul indlæst</numerusform>
            <numerusform>%n klausuler indlæst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>klausul::ParameterFormat</name>
    <message>
        <source>the value %1 is below the minimum %2</source>
        <translation>værdien %1 er under minimumsværdien %2</translation>
    </message>
    <message>
        <source>the value %1 is above the maximum %2</source>
        <translation>værdien %1 er over maksimumsværdien %2</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>ingen værdi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; er ikke et helt tal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use a point for decimals)</source>
        <translation>&quot;%1&quot; er ikke et tal (brug punktum som decimaltegn)</translation>
    </message>
    <message>
        <source>choose exactly one value</source>
        <translation>vælg præcis én værdi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices</source>
        <translation>&quot;%1&quot; er ikke en af valgmulighederne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is chosen twice</source>
        <translation>&quot;%1&quot; er valgt to gange</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; er ikke en dato på formen ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>the text is longer than 1,000 characters</source>
        <translation>teksten er længere end 1.000 tegn</translation>
    </message>
</context>
<context>
    <name>klausul::SafeSave</name>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 er en mappe</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>mappen %1 findes ikke</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>skrivning af %1 mislykkedes: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 kan ikke gemmes: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
</context>
<context>
    <name>klausul::SafeXml</name>
    <message>
        <source>invalid UTF-8: the file must be encoded as UTF-8</source>
        <translation>ugyldig UTF-8: filen skal være kodet som UTF-8</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>dokumentet er tomt</translation>
    </message>
    <message>
        <source>this is not an XML file: no start tag found</source>
        <translation>dette er ikke en XML-fil: der blev ikke fundet noget starttag</translation>
    </message>
    <message>
        <source>unexpected content after the root element</source>
        <translation>uventet indhold efter rodelementet</translation>
    </message>
    <message>
        <source>the elements are nested too deeply (more than 256 levels)</source>
        <translation>elementerne er indlejret for dybt (mere end 256 niveauer)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>the file must be encoded as UTF-8 (it looks like UTF-16 or a binary file)</source>
        <translation>filen skal være kodet som UTF-8 (den ligner UTF-16 eller en binær fil)</translation>
    </message>
    <message>
        <source>the file must be encoded as UTF-8, not &quot;%1&quot;</source>
        <translation>filen skal være kodet som UTF-8, ikke &quot;%1&quot;</translation>
    </message>
    <message>
        <source>document type declarations (DOCTYPE) are not allowed; remove the DOCTYPE and any entity definitions</source>
        <translation>dokumenttypeerklæringer (DOCTYPE) er ikke tilladt; fjern DOCTYPE og eventuelle entitetsdefinitioner</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB; the limit is %2 MiB)</source>
        <translation>filen er for stor (%1 MiB; grænsen er %2 MiB)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>filen kan ikke læses: %1</translation>
    </message>
    <message>
        <source>the file is too large (the limit is %1 MiB)</source>
        <translation>filen er for stor (grænsen er %1 MiB)</translation>
    </message>
    <message>
        <source>the document is too large (the limit is %1 MiB)</source>
        <translation>dokumentet er for stort (grænsen er %1 MiB)</translation>
    </message>
    <message>
        <source>the file is not well-formed XML</source>
        <translation>filen er ikke velformet XML</translation>
    </message>
    <message>
        <source>document type declarations (DOCTYPE) are not allowed</source>
        <translation>dokumenttypeerklæringer (DOCTYPE) er ikke tilladt</translation>
    </message>
    <message>
        <source>the document has no root element</source>
        <translation>dokumentet har intet rodelement</translation>
    </message>
    <message>
        <source>internal error: the compiled-in schema could not be loaded</source>
        <translation>intern fejl: det indbyggede skema kunne ikke indlæses</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this file not shown</source>
        <translation>
            <numerusform>%n yderligere problem i denne fil vises ikke</numerusform>
            <numerusform>%n yderligere problemer i denne fil vises ikke</numerusform>
        </translation>
    </message>
    <message>
        <source>the document does not match the schema</source>
        <translation>dokumentet er ikke i overensstemmelse med skemaet</translation>
    </message>
</context>
</TS>
