<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>klausul::Cli</name>
    <message>
        <source>check library folders, clause files or drafts</source>
        <translation>kontrollér biblioteksmapper, klausulfiler eller udkast</translation>
    </message>
    <message>
        <source>list or search the clauses</source>
        <translation>oplist klausulerne, eller søg i dem</translation>
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
        <source>Exit codes: 0 success, 1 invalid input or problems found, 2 usage error, 3 external tool missing or failed, 4 cannot read or write a file.</source>
        <translation>Returkoder: 0 udført, 1 ugyldige data eller fundne problemer, 2 forkert brug, 3 eksternt værktøj mangler eller fejlede, 4 en fil kan ikke læses eller skrives.</translation>
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
        <source>Only clauses matching TEXT (ranked).</source>
        <translation>Kun klausuler, der passer til TEXT (sorteret efter relevans).</translation>
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
        <source>List or search the clauses of the library.</source>
        <translation>Oplist bibliotekets klausuler, eller søg i dem.</translation>
    </message>
    <message>
        <source>list takes no positional arguments</source>
        <translation>list tager ingen positionsargumenter</translation>
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
        <translation>fejl: der findes ingen klausul med id'et &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Version %1 · %2 · option %3 · %4 · %5</source>
        <translation>Version %1 · %2 · option %3 · %4 · %5</translation>
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
        <source>Source: %1</source>
        <translation>Kildefil: %1</translation>
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
        <source>a second library manifest; %1 is the manifest of this folder</source>
        <translation>endnu et biblioteksmanifest; %1 er manifestet for denne mappe</translation>
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
        <source>the parameter &quot;%1&quot; has bounds but is not a number</source>
        <translation>parameteren &quot;%1&quot; har grænseværdier, men er ikke et tal</translation>
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
        <source>no version</source>
        <translation>uden version</translation>
    </message>
    <message>
        <source>the library has no reference list for %1</source>
        <translation>biblioteket har ingen referenceliste for %1</translation>
    </message>
    <message>
        <source>the library has no reference list for %1 (known: %2)</source>
        <translation>biblioteket har ingen referenceliste for %1 (kendte versioner: %2)</translation>
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
        <translation>klausul-id'et %1 findes flere gange: det er allerede defineret i %2</translation>
    </message>
    <message>
        <source>the clause %1 is already defined by a lower library layer (%2); an organisation library may add clauses but not change existing ones</source>
        <translation>klausulen %1 er allerede defineret i et underliggende bibliotekslag (%2); et organisationsbibliotek må tilføje klausuler, men ikke ændre eksisterende</translation>
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
        <source>malformed XML</source>
        <translation>XML er ikke velformet</translation>
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
