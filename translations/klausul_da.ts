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
        <source>the requirement&apos;s own wording exists only in the other language; this language uses the standard text</source>
        <translation>kravets egen formulering findes kun på det andet sprog; på dette sprog anvendes standardteksten</translation>
    </message>
    <message>
        <source>the draft&apos;s details contain an invisible Unicode direction control that makes them print differently from what they say; remove it</source>
        <translation>udkastets oplysninger indeholder et usynligt Unicode-retningstegn, som får dem til at blive vist anderledes, end der står; fjern det</translation>
    </message>
    <message>
        <source>contains an invisible Unicode direction control that makes it print differently from what it says; remove it</source>
        <translation>indeholder et usynligt Unicode-retningstegn, som får teksten til at blive vist anderledes, end der står; fjern det</translation>
    </message>
    <message>
        <source>the value of %1 %2</source>
        <translation>værdien af %1 %2</translation>
    </message>
    <message>
        <source>the title %1</source>
        <translation>titlen %1</translation>
    </message>
    <message>
        <source>the own wording %1</source>
        <translation>den egne formulering %1</translation>
    </message>
    <message>
        <source>a comment %1</source>
        <translation>en kommentar %1</translation>
    </message>
    <message>
        <source>the authority&apos;s own requirement still holds the placeholder text &quot;%1&quot;</source>
        <translation>Myndighedens eget krav indeholder stadig pladsholderteksten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; refers to this annex by its number; write &quot;dette bilag&quot; or use a requirement reference</source>
        <translation>værdien af &quot;%1&quot; henviser til dette bilag med dets nummer; skriv &quot;dette bilag&quot; eller brug en henvisning til et krav</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points to a requirement based on %2, but %2 is not in the annex</source>
        <translation>&quot;%1&quot; henviser til et krav baseret på %2, men %2 er ikke i bilaget</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points to the annex with the role &quot;%2&quot;, which the contract map does not list</source>
        <translation>&quot;%1&quot; henviser til bilaget med rollen &quot;%2&quot;, som kontraktoversigten ikke indeholder</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points to the annex &quot;%2&quot;, which has no number in the contract map</source>
        <translation>&quot;%1&quot; henviser til bilaget &quot;%2&quot;, som ikke har et nummer i kontraktoversigten</translation>
    </message>
    <message>
        <source>the contract map lists an annex with the unknown role &quot;%1&quot;</source>
        <translation>kontraktoversigten har et bilag med den ukendte rolle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the contract map lists the customer&apos;s security requirements as another annex; they are this annex</source>
        <translation>kontraktoversigten angiver Kundens sikkerhedskrav som et andet bilag; de er dette bilag</translation>
    </message>
    <message>
        <source>the contract map lists the role &quot;%1&quot; twice</source>
        <translation>kontraktoversigten har rollen &quot;%1&quot; to gange</translation>
    </message>
    <message>
        <source>the contract map gives &quot;%1&quot; the number %2, which is this annex&apos;s number</source>
        <translation>kontraktoversigten giver &quot;%1&quot; nummeret %2, som er dette bilags nummer</translation>
    </message>
    <message>
        <source>the risk profile answers the question &quot;%1&quot;, which the library %2 does not have</source>
        <translation>risikoprofilen besvarer spørgsmålet &quot;%1&quot;, som biblioteket %2 ikke har</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer to the risk-profile question &quot;%2&quot;</source>
        <translation>&quot;%1&quot; er ikke et svar på risikoprofilspørgsmålet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>requirement %1: &quot;%2&quot; is %3 here but %4 in requirement %5; it is one value</source>
        <translation>krav %1: &quot;%2&quot; er %3 her, men %4 i krav %5; det er én værdi</translation>
    </message>
    <message>
        <source>requirement %1 (%2 %3)</source>
        <translation>krav %1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; (%3) must not exceed &quot;%4&quot; (%5) of %6. %7</source>
        <translation>%1: &quot;%2&quot; (%3) må ikke være større end &quot;%4&quot; (%5) i %6. %7</translation>
    </message>
    <message>
        <source>%1 conflicts with %2. %3</source>
        <translation>%1 er i strid med %2. %3</translation>
    </message>
    <message>
        <source>%1 conflicts with the risk-profile answer &quot;%2&quot;: %3. %4</source>
        <translation>%1 er i strid med risikoprofilens svar &quot;%2&quot;: %3. %4</translation>
    </message>
    <message>
        <source>the contract is said to define the terms, but the contract map lists no definitions annex</source>
        <translation>kontrakten angives at definere begreberne, men kontraktoversigten har intet definitionsbilag</translation>
    </message>
</context>
<context>
    <name>klausul::AnnexModel</name>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>unfilled</source>
        <translation>udfyld</translation>
    </message>
    <message>
        <source>own wording</source>
        <translation>egen tekst</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>kommentar</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>forældet</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>godkendt</translation>
    </message>
    <message>
        <source>for review</source>
        <translation>til gennemgang</translation>
    </message>
    <message>
        <source>Clause %1, version %2</source>
        <translation>Klausul %1, version %2</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>klausul::BadgeDelegate</name>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>fill in</source>
        <translation>udfyld</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>forældet</translation>
    </message>
    <message>
        <source>own wording</source>
        <translation>egen tekst</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>kommentar</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>godkendt</translation>
    </message>
    <message>
        <source>for review</source>
        <translation>til gennemgang</translation>
    </message>
    <message>
        <source>changed since approval</source>
        <translation>ændret efter godkendelse</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>udkast</translation>
    </message>
</context>
<context>
    <name>klausul::ClauseEditorWindow</name>
    <message>
        <source>New version</source>
        <translation>Ny version</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausul</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Clause editor</source>
        <translation>Klausulredigering</translation>
    </message>
    <message>
        <source>&amp;New clause…</source>
        <translation>&amp;Ny klausul…</translation>
    </message>
    <message>
        <source>&amp;Duplicate clause…</source>
        <translation>&amp;Kopiér klausul…</translation>
    </message>
    <message>
        <source>&amp;Withdraw clause</source>
        <translation>&amp;Markér klausulen som udgået</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>Search id or title</source>
        <translation>Søg på id eller titel</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametre</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianter</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencer</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Afløst af</translation>
    </message>
    <message>
        <source>Requirement type</source>
        <translation>Kravtype</translation>
    </message>
    <message>
        <source>DIGST option</source>
        <translation>DIGST-option</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Contract types</source>
        <translation>Kontrakttyper</translation>
    </message>
    <message>
        <source>Applies when (one &quot;question: value value&quot; line per condition, all must hold)</source>
        <translation>Gælder når (én linje &quot;spørgsmål: værdi værdi&quot; pr. betingelse; alle skal være opfyldt)</translation>
    </message>
    <message>
        <source>Titles and bodies side by side. Paragraphs are separated by a blank line, list items start with &quot;- &quot; or &quot;1. &quot;, a parameter is written {name} and a cross-reference {ref:ID}.</source>
        <translation>Titler og tekster side om side. Afsnit adskilles af en tom linje, listepunkter begynder med &quot;- &quot; eller &quot;1. &quot;, en parameter skrives {navn} og en krydshenvisning {ref:ID}.</translation>
    </message>
    <message>
        <source>Choices: value=Dansk|English; separated by semicolons. Required: the procurement officer must fill the value in (no default).</source>
        <translation>Valgmuligheder: værdi=Dansk|English; adskilt af semikolon. Påkrævet: indkøberen skal selv udfylde værdien (ingen standardværdi).</translation>
    </message>
    <message>
        <source>Variant id</source>
        <translation>Variantens id</translation>
    </message>
    <message>
        <source>Requirement type of the variant</source>
        <translation>Variantens kravtype</translation>
    </message>
    <message>
        <source>References of the clause</source>
        <translation>Klausulens referencer</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Udkast</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Udgået</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Maks.</translation>
    </message>
    <message>
        <source>Several</source>
        <translation>Flere</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>Kombination</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardværdi</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Påkrævet</translation>
    </message>
    <message>
        <source>Label (da)</source>
        <translation>Betegnelse (da)</translation>
    </message>
    <message>
        <source>Label (en)</source>
        <translation>Betegnelse (en)</translation>
    </message>
    <message>
        <source>Guidance (da)</source>
        <translation>Vejledning (da)</translation>
    </message>
    <message>
        <source>Guidance (en)</source>
        <translation>Vejledning (en)</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Valgmuligheder</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Tilføj parameter</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Fjern parameter</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Tilføj variant</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Fjern variant</translation>
    </message>
    <message>
        <source>Add reference</source>
        <translation>Tilføj reference</translation>
    </message>
    <message>
        <source>Remove reference</source>
        <translation>Fjern reference</translation>
    </message>
    <message>
        <source>Search ISO 27001, CIS, NIS2, GDPR, Top 4 …</source>
        <translation>Søg i ISO 27001, CIS, NIS2, GDPR, Top 4 …</translation>
    </message>
    <message>
        <source>(any/all/not groups: kept as written, edit them in the XML file)</source>
        <translation>(any/all/not-grupper: bevares som skrevet; rediger dem i XML-filen)</translation>
    </message>
    <message>
        <source>Kept as written, not edited here: %1.</source>
        <translation>Bevares som skrevet og redigeres ikke her: %1.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by another clause</source>
        <translation>id&apos;et &quot;%1&quot; bruges allerede af en anden klausul</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linje %1: %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Ingen problemer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clause id (capitals, digits and dashes, e.g. ADG-20).</source>
        <translation>&quot;%1&quot; er ikke et klausul-id (store bogstaver, cifre og bindestreger, f.eks. ADG-20).</translation>
    </message>
    <message>
        <source>The library already has a clause &quot;%1&quot;.</source>
        <translation>Biblioteket har allerede en klausul &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No clause is selected.</source>
        <translation>Der er ikke valgt nogen klausul.</translation>
    </message>
    <message>
        <source>The wording of the approved clause %1 has changed. Save it as version %2?</source>
        <translation>Ordlyden af den godkendte klausul %1 er ændret. Vil du gemme den som version %2?</translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation>Gemningen blev annulleret.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Mappen %1 kan ikke oprettes.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kan ikke gemmes: %2</translation>
    </message>
    <message>
        <source>Clause editor – %1</source>
        <translation>Klausulredigering – %1</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>Ny klausul</translation>
    </message>
    <message>
        <source>Id of the new clause (e.g. ADG-20):</source>
        <translation>Den nye klausuls id (f.eks. ADG-20):</translation>
    </message>
    <message>
        <source>Duplicate clause</source>
        <translation>Kopiér klausul</translation>
    </message>
    <message>
        <source>Id of the copy:</source>
        <translation>Kopiens id:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save the changed clauses before closing?</source>
        <translation>Vil du gemme de ændrede klausuler, før vinduet lukkes?</translation>
    </message>
</context>
<context>
    <name>klausul::ClauseReport</name>
    <message>
        <source>approved</source>
        <translation>godkendt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>udgået</translation>
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
        <source>References:</source>
        <translation>Referencer:</translation>
    </message>
    <message>
        <source>Source file: %1</source>
        <translation>Kildefil: %1</translation>
    </message>
</context>
<context>
    <name>klausul::ClauseUpgrade</name>
    <message>
        <source>The value &quot;%1&quot; of %2 is dropped: version %3 has no parameter &quot;%2&quot;</source>
        <translation>Værdien »%1« for %2 udgår: version %3 har ingen parameter »%2«</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; is not valid in version %3: %4</source>
        <translation>%1 = »%2« er ikke gyldig i version %3: %4</translation>
    </message>
    <message>
        <source>Version %1 needs a value for %2 (%3)</source>
        <translation>Version %1 kræver en værdi for %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2): version %3 → %4</source>
        <translation>%1 (%2): version %3 → %4</translation>
    </message>
    <message>
        <source>The clause is withdrawn from the library.</source>
        <translation>Klausulen er udgået af biblioteket.</translation>
    </message>
    <message>
        <source>The clause is withdrawn; the library replaces it by %1.</source>
        <translation>Klausulen er udgået; biblioteket erstatter den med %1.</translation>
    </message>
    <message>
        <source>Version %1 (%2): %3</source>
        <translation>Version %1 (%2): %3</translation>
    </message>
    <message>
        <source>The text of version %1 is not recorded in this draft (it was saved by an older Klausul or before the clause was added here): the changes below compare with the new version only.</source>
        <translation>Teksten i version %1 er ikke gemt i dette udkast (det blev gemt af en ældre Klausul, eller før klausulen blev tilføjet her): ændringerne nedenfor sammenligner kun med den nye version.</translation>
    </message>
    <message>
        <source>Own wording (%1):</source>
        <translation>Egen formulering (%1):</translation>
    </message>
    <message>
        <source>old standard text: %1</source>
        <translation>gammel standardtekst: %1</translation>
    </message>
    <message>
        <source>new standard text: %1</source>
        <translation>ny standardtekst: %1</translation>
    </message>
    <message>
        <source>own wording: %1</source>
        <translation>egen formulering: %1</translation>
    </message>
    <message>
        <source>the library changed: %1</source>
        <translation>biblioteket ændrede: %1</translation>
    </message>
    <message>
        <source>the authority changed: %1</source>
        <translation>myndigheden ændrede: %1</translation>
    </message>
    <message>
        <source>own wording → new standard text: %1</source>
        <translation>egen formulering → ny standardtekst: %1</translation>
    </message>
    <message>
        <source>decide: the own wording does not have the library&apos;s change</source>
        <translation>tag stilling: den egne formulering har ikke bibliotekets ændring</translation>
    </message>
    <message>
        <source>the library did not change the text the own wording replaces</source>
        <translation>biblioteket ændrede ikke den tekst, som den egne formulering erstatter</translation>
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
        <source>error: %1</source>
        <translation>fejl: %1</translation>
    </message>
    <message>
        <source>print the library&apos;s content and framework coverage</source>
        <translation>vis bibliotekets indhold og dækning af rammeværkerne</translation>
    </message>
    <message>
        <source>suggest clauses from a draft&apos;s risk profile, with reasons</source>
        <translation>foreslå klausuler ud fra et udkasts risikoprofil, med begrundelser</translation>
    </message>
    <message>
        <source>show which framework controls a draft covers</source>
        <translation>vis, hvilke kontroller i rammeværkerne et udkast dækker</translation>
    </message>
    <message>
        <source>create a draft, optionally from a risk profile</source>
        <translation>opret et udkast, evt. ud fra en risikoprofil</translation>
    </message>
    <message>
        <source>answer risk-profile questions</source>
        <translation>besvar risikoprofilens spørgsmål</translation>
    </message>
    <message>
        <source>add the suggested clauses as the wizard does, keeping your own</source>
        <translation>tilføj de foreslåede klausuler som guiden gør, og behold dine egne</translation>
    </message>
    <message>
        <source>add a clause</source>
        <translation>tilføj en klausul</translation>
    </message>
    <message>
        <source>remove a requirement (its number is withdrawn)</source>
        <translation>fjern et krav (dets nummer udgår)</translation>
    </message>
    <message>
        <source>set parameter values</source>
        <translation>angiv parameterværdier</translation>
    </message>
    <message>
        <source>choose a requirement&apos;s variant</source>
        <translation>vælg et kravs variant</translation>
    </message>
    <message>
        <source>give a requirement your own wording, or reset it</source>
        <translation>giv et krav egen formulering, eller nulstil den</translation>
    </message>
    <message>
        <source>set a requirement&apos;s type (MK, PK or K)</source>
        <translation>angiv et kravs type (MK, PK eller K)</translation>
    </message>
    <message>
        <source>explain why a clause is left out</source>
        <translation>forklar hvorfor en klausul er udeladt</translation>
    </message>
    <message>
        <source>record why a framework control is not covered</source>
        <translation>begrund hvorfor en kontrol i en ramme ikke er dækket</translation>
    </message>
    <message>
        <source>add a review comment to a requirement</source>
        <translation>tilføj en reviewkommentar til et krav</translation>
    </message>
    <message>
        <source>approve requirements in review</source>
        <translation>godkend krav i review</translation>
    </message>
    <message>
        <source>number the requirements 1..N again</source>
        <translation>nummerér kravene 1..N igen</translation>
    </message>
    <message>
        <source>record a version in the annex&apos;s version table</source>
        <translation>registrér en version i bilagets versionstabel</translation>
    </message>
    <message>
        <source>Editing commands print what they change (or JSON with --json), write the draft atomically, leave it untouched with --dry-run, and refuse a draft that is open in Klausul or read-only.</source>
        <translation>Redigeringskommandoer udskriver hvad de ændrer (eller JSON med --json), gemmer udkastet atomart, lader det være urørt med --dry-run og afviser et udkast, der er åbent i Klausul eller skrivebeskyttet.</translation>
    </message>
    <message>
        <source>usage: klausul-cli %1 %2</source>
        <translation>brug: klausul-cli %1 %2</translation>
    </message>
    <message>
        <source>Your name, recorded with the change (default: your login).</source>
        <translation>Dit navn, som registreres med ændringen (standard: dit brugernavn).</translation>
    </message>
    <message>
        <source>%1: nothing changed</source>
        <translation>%1: intet ændret</translation>
    </message>
    <message>
        <source>%1: not written (dry run)</source>
        <translation>%1: ikke gemt (prøvekørsel)</translation>
    </message>
    <message>
        <source>%1: written</source>
        <translation>%1: gemt</translation>
    </message>
    <message>
        <source>%1 is open in Klausul (locked by %2); close it there first</source>
        <translation>%1 er åben i Klausul (låst af %2); luk den der først</translation>
    </message>
    <message>
        <source>%1 cannot be locked for writing (%2)</source>
        <translation>%1 kan ikke låses til skrivning (%2)</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 er skrivebeskyttet</translation>
    </message>
    <message>
        <source>Only add suggestions of these requirement types (comma-separated, e.g. MK,PK); clauses already in the draft are always kept.</source>
        <translation>Tilføj kun forslag af disse kravtyper (kommasepareret, fx MK,PK); klausuler, der allerede er i udkastet, bevares altid.</translation>
    </message>
    <message>
        <source>Apply the risk profile</source>
        <translation>Anvend risikoprofilen</translation>
    </message>
    <message>
        <source>no question &quot;%1&quot; (questions: %2)</source>
        <translation>intet spørgsmål &quot;%1&quot; (spørgsmål: %2)</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no answer &quot;%2&quot; (answers: %3)</source>
        <translation>spørgsmålet &quot;%1&quot; har ikke svaret &quot;%2&quot; (svar: %3)</translation>
    </message>
    <message>
        <source>Read risk-profile answers from FILE, a JSON object {&quot;question&quot;: &quot;answer&quot;, ...}.</source>
        <translation>Læs risikoprofilens svar fra FILE, et JSON-objekt {&quot;spørgsmål&quot;: &quot;svar&quot;, ...}.</translation>
    </message>
    <message>
        <source>Answer question Q with A (repeatable; see &quot;klausul-cli new --help&quot; and questions.xml for the questions).</source>
        <translation>Besvar spørgsmål Q med A (kan gentages; se &quot;klausul-cli new --help&quot; og questions.xml for spørgsmålene).</translation>
    </message>
    <message>
        <source>expected a JSON object of answers</source>
        <translation>forventede et JSON-objekt med svar</translation>
    </message>
    <message>
        <source>expected Q=A</source>
        <translation>forventede Q=A</translation>
    </message>
    <message>
        <source>edit the contract map (the other annexes)</source>
        <translation>redigér kontraktoversigten (de andre bilag)</translation>
    </message>
    <message>
        <source>Add suggestions of these tiers (comma-separated: core, recommended, optional); default core,recommended, as the wizard ticks them.</source>
        <translation>Tilføj forslag på disse niveauer (kommasepareret: core, recommended, optional); standard er core,recommended, som guiden sætter flueben.</translation>
    </message>
    <message>
        <source>lay library XML files out in the canonical form</source>
        <translation>sæt biblioteks-XML-filer op i den faste form</translation>
    </message>
    <message>
        <source>check the drafting of library folders</source>
        <translation>kontrollér formuleringen i biblioteksmapper</translation>
    </message>
    <message>
        <source>show what changed between two drafts or two library folders</source>
        <translation>vis, hvad der er ændret mellem to udkast eller to biblioteksmapper</translation>
    </message>
    <message>
        <source>review and accept newer clause versions (three-way with own wording)</source>
        <translation>gennemgå og accepter nyere klausulversioner (tre tekster med egen formulering)</translation>
    </message>
</context>
<context>
    <name>klausul::ContractDialog</name>
    <message>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Use &amp;template</source>
        <translation>Brug &amp;skabelon</translation>
    </message>
    <message>
        <source>Replace the list by the usual annexes of the contract type; fill in the numbers of your contract.</source>
        <translation>Erstat listen med kontrakttypens sædvanlige bilag; udfyld numrene fra jeres kontrakt.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Add annex</source>
        <translation>&amp;Tilføj bilag</translation>
    </message>
    <message>
        <source>&amp;Remove annex</source>
        <translation>&amp;Fjern bilag</translation>
    </message>
    <message>
        <source>The contract&apos;s &amp;definitions annex defines the terms</source>
        <translation>Kontraktens &amp;definitionsbilag definerer begreberne</translation>
    </message>
    <message>
        <source>Contract &amp;type:</source>
        <translation>Kontrakt&amp;type:</translation>
    </message>
    <message>
        <source>References in the requirements name a role (e.g. the data processing agreement) and show the number and title given here. This annex itself is the customer&apos;s security requirements.</source>
        <translation>Henvisninger i kravene angiver en rolle (fx databehandleraftalen) og viser det nummer og den titel, der står her. Dette bilag er selv Kundens sikkerhedskrav.</translation>
    </message>
    <message>
        <source>Use template</source>
        <translation>Brug skabelon</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n annex(es) in the list by the template?</source>
        <translation>
            <numerusform>Erstat det %n bilag på listen med skabelonen?</numerusform>
            <numerusform>Erstat de %n bilag på listen med skabelonen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>klausul::CoverageDialog</name>
    <message>
        <source>Coverage (Statement of Applicability)</source>
        <translation>Dækning – anvendelseserklæring (SoA)</translation>
    </message>
    <message>
        <source>&amp;Exclude with justification…</source>
        <translation>&amp;Fravælg med begrundelse…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Gem som &amp;CSV…</translation>
    </message>
    <message>
        <source>Framework:</source>
        <translation>Rammeværk:</translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation>Fravælg %1</translation>
    </message>
    <message>
        <source>Save Statement of Applicability</source>
        <translation>Gem anvendelseserklæring (SoA)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Filen kan ikke gemmes</translation>
    </message>
    <message>
        <source>covered: %1 of %2 (%3 %) · excluded: %4 · open: %5</source>
        <translation>dækket: %1 af %2 (%3 %) · fravalgt: %4 · åbne: %5</translation>
    </message>
    <message>
        <source>Why is %1 not covered by this contract? (Leave it empty to cancel the exclusion.)</source>
        <translation>Hvorfor er %1 ikke dækket af denne kontrakt? (Lad feltet stå tomt for at ophæve fravalget.)</translation>
    </message>
</context>
<context>
    <name>klausul::CoverageModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>fravalgt</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Omfattet</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>through option %1</source>
        <translation>gennem option %1</translation>
    </message>
</context>
<context>
    <name>klausul::DocxPackage</name>
    <message>
        <source>%1 is not a readable DOCX (ZIP) file</source>
        <translation>%1 er ikke en læsbar DOCX-fil (ZIP)</translation>
    </message>
    <message>
        <source>%1 is a damaged DOCX (ZIP) file</source>
        <translation>%1 er en beskadiget DOCX-fil (ZIP)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>kan ikke skrive %1</translation>
    </message>
</context>
<context>
    <name>klausul::DocxPostProcess</name>
    <message>
        <source>the DOCX from pandoc has no header or footer part (is reference.docx current?)</source>
        <translation>DOCX-filen fra pandoc har ingen sidehoved- eller sidefoddel (er reference.docx opdateret?)</translation>
    </message>
</context>
<context>
    <name>klausul::DraftDiff</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>annex detail %1: %2 → %3</source>
        <translation>bilagsoplysning %1: %2 → %3</translation>
    </message>
    <message>
        <source>answer %1: %2 → %3</source>
        <translation>svar %1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation>%1: tilføjet</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1: fjernet</translation>
    </message>
    <message>
        <source>%1: renumbered from %2</source>
        <translation>%1: omnummereret fra %2</translation>
    </message>
    <message>
        <source>%1: value %2: %3 → %4</source>
        <translation>%1: værdi %2: %3 → %4</translation>
    </message>
    <message>
        <source>%1: variant %2 → %3</source>
        <translation>%1: variant %2 → %3</translation>
    </message>
    <message>
        <source>%1: requirement type %2 → %3</source>
        <translation>%1: kravtype %2 → %3</translation>
    </message>
    <message>
        <source>%1: wording (%2): %3</source>
        <translation>%1: formulering (%2): %3</translation>
    </message>
    <message>
        <source>back to the standard text</source>
        <translation>tilbage til standardteksten</translation>
    </message>
    <message>
        <source>%1: title (%2): %3 → %4</source>
        <translation>%1: titel (%2): %3 → %4</translation>
    </message>
    <message>
        <source>%1: review %2 → %3</source>
        <translation>%1: review %2 → %3</translation>
    </message>
    <message>
        <source>%1: comment by %2: %3</source>
        <translation>%1: kommentar fra %2: %3</translation>
    </message>
    <message>
        <source>explanation for %1: %2 → %3</source>
        <translation>forklaring for %1: %2 → %3</translation>
    </message>
    <message>
        <source>exclusion of %1: %2 → %3</source>
        <translation>fravalg af %1: %2 → %3</translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation>version %1: %2</translation>
    </message>
</context>
<context>
    <name>klausul::DraftDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unavngivet</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Tilføj %1</translation>
    </message>
    <message>
        <source>Add own requirement</source>
        <translation>Tilføj eget krav</translation>
    </message>
    <message>
        <source>Remove requirement %1</source>
        <translation>Fjern krav %1</translation>
    </message>
    <message>
        <source>Move requirement %1</source>
        <translation>Flyt krav %1</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Angiv %1</translation>
    </message>
    <message>
        <source>Change variant</source>
        <translation>Skift variant</translation>
    </message>
    <message>
        <source>Change requirement type</source>
        <translation>Skift kravtype</translation>
    </message>
    <message>
        <source>Edit wording</source>
        <translation>Redigér formulering</translation>
    </message>
    <message>
        <source>Reset to the standard text</source>
        <translation>Nulstil til standardteksten</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Redigér titel</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Tilføj kommentar</translation>
    </message>
    <message>
        <source>Change review status</source>
        <translation>Skift gennemgangsstatus</translation>
    </message>
    <message>
        <source>Edit annex details</source>
        <translation>Redigér bilagsoplysninger</translation>
    </message>
    <message>
        <source>Change the risk profile</source>
        <translation>Skift risikoprofil</translation>
    </message>
    <message>
        <source>Explain %1</source>
        <translation>Forklar %1</translation>
    </message>
    <message>
        <source>Add version %1</source>
        <translation>Tilføj version %1</translation>
    </message>
    <message>
        <source>Renumber requirements</source>
        <translation>Omnummerér krav</translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation>Fravælg %1</translation>
    </message>
    <message>
        <source>Accept version %1 of %2</source>
        <translation>Godkend version %1 af %2</translation>
    </message>
    <message>
        <source>Edit contract map</source>
        <translation>Rediger kontraktoversigt</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkend</translation>
    </message>
    <message>
        <source>Approve the explanation of %1</source>
        <translation>Godkend forklaringen for %1</translation>
    </message>
    <message>
        <source>the version needs a number</source>
        <translation>versionen skal have et nummer</translation>
    </message>
    <message>
        <source>version %1 is already published</source>
        <translation>version %1 er allerede offentliggjort</translation>
    </message>
    <message>
        <source>publishing needs the name of the approver</source>
        <translation>offentliggørelse kræver godkenderens navn</translation>
    </message>
    <message>
        <source>Require approval before publishing</source>
        <translation>Kræv godkendelse før offentliggørelse</translation>
    </message>
    <message>
        <source>Allow publishing without approval</source>
        <translation>Tillad offentliggørelse uden godkendelse</translation>
    </message>
    <message>
        <source>version %1 is published, and its requirement numbers may be referred to: they are not renumbered</source>
        <translation>version %1 er offentliggjort, og der kan være henvist til dens kravnumre: de omnummereres ikke</translation>
    </message>
</context>
<context>
    <name>klausul::DraftGuard</name>
    <message>
        <source>process %1 on %2</source>
        <translation>proces %1 på %2</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>et andet program</translation>
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
    <name>klausul::EditableClause</name>
    <message>
        <source>The file could not be read as XML.</source>
        <translation>Filen kan ikke læses som XML.</translation>
    </message>
</context>
<context>
    <name>klausul::ExportDialog</name>
    <message>
        <source>Export annex</source>
        <translation>Eksportér bilag</translation>
    </message>
    <message>
        <source>&amp;DOCX (Word)</source>
        <translation>&amp;DOCX (Word)</translation>
    </message>
    <message>
        <source>&amp;PDF (PDF/A-2b)</source>
        <translation>&amp;PDF (PDF/A-2b)</translation>
    </message>
    <message>
        <source>Tender: with guidance for tenderers and compliance schedule</source>
        <translation>Udbud: med vejledning til tilbudsgivere og complianceskema</translation>
    </message>
    <message>
        <source>Contract: the requirements only</source>
        <translation>Kontrakt: kun kravene</translation>
    </message>
    <message>
        <source>Review (internal): deviations as tracked changes, comments, problems</source>
        <translation>Gennemgang (intern): afvigelser som registrerede ændringer, kommentarer, problemer</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formater:</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Udgave:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Gem s&amp;om:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Eksportér til</translation>
    </message>
    <message>
        <source>Word and PDF documents (*.docx *.pdf)</source>
        <translation>Word- og PDF-dokumenter (*.docx *.pdf)</translation>
    </message>
    <message>
        <source>The annex has problems</source>
        <translation>Bilaget har problemer</translation>
    </message>
    <message>
        <source>The tender and contract editions are made only from an annex without errors. Fix these problems first, or export the review edition:

%1</source>
        <translation>Udbudsudgaven og kontraktudgaven kan kun dannes ud fra et bilag uden fejl. Ret først disse problemer, eller eksportér gennemgangsudgaven:

%1</translation>
    </message>
    <message numerus="yes">
        <source>Not exported: the annex has %n error(s).</source>
        <translation>
            <numerusform>Ikke eksporteret: bilaget har %n fejl.</numerusform>
            <numerusform>Ikke eksporteret: bilaget har %n fejl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Eksporteret: %1</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Eksporten er færdig</translation>
    </message>
    <message>
        <source>The annex was exported:
%1</source>
        <translation>Bilaget er eksporteret:
%1</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Åbn &amp;fil</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>Åbn &amp;mappe</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Eksporten blev annulleret.</translation>
    </message>
    <message>
        <source>A program is missing</source>
        <translation>Der mangler et program</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (View ▸ Review lists them all)</source>
        <translation>
            <numerusform>… og %n mere (Vis ▸ Gennemgang viser alle)</numerusform>
            <numerusform>… og %n mere (Vis ▸ Gennemgang viser alle)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Ikke godkendt</translation>
    </message>
    <message numerus="yes">
        <source>Approval is required before publishing, and %n item(s) are not approved:

%1

Export a draft stamped &quot;%2&quot; instead?</source>
        <translation>
            <numerusform>Godkendelse kræves før offentliggørelse, og %n punkt er ikke godkendt:

%1

Vil du i stedet eksportere et udkast stemplet &quot;%2&quot;?</numerusform>
            <numerusform>Godkendelse kræves før offentliggørelse, og %n punkter er ikke godkendt:

%1

Vil du i stedet eksportere et udkast stemplet &quot;%2&quot;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not exported: %n item(s) not approved.</source>
        <translation>
            <numerusform>Ikke eksporteret: %n punkt er ikke godkendt.</numerusform>
            <numerusform>Ikke eksporteret: %n punkter er ikke godkendt.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xcel schedule (XLSX)</source>
        <translation>E&amp;xcel-skema (XLSX)</translation>
    </message>
    <message>
        <source>The compliance schedule as a workbook for the tenderer to fill in, with drop-down answers</source>
        <translation>Complianceskemaet som regneark, som tilbudsgiveren udfylder, med svar i rullelister</translation>
    </message>
    <message>
        <source>Compliance schedule: for the tenderer to fill in</source>
        <translation>Complianceskema: til udfyldelse af tilbudsgiveren</translation>
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
        <source>Preparing LibreOffice</source>
        <translation>Klargør LibreOffice</translation>
    </message>
    <message>
        <source>Making the PDF with LibreOffice</source>
        <translation>Danner PDF-filen med LibreOffice</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>the DOCX file is missing or cannot be read</source>
        <translation>DOCX-filen mangler eller kan ikke læses</translation>
    </message>
    <message>
        <source>the DOCX file is not a readable ZIP archive with word/document.xml</source>
        <translation>DOCX-filen er ikke et læsbart ZIP-arkiv med word/document.xml</translation>
    </message>
    <message>
        <source>word/document.xml in the DOCX file is not well-formed XML: %1</source>
        <translation>word/document.xml i DOCX-filen er ikke velformet XML: %1</translation>
    </message>
    <message>
        <source>LibreOffice failed to start (exit code %1): %2</source>
        <translation>LibreOffice kunne ikke starte (slutkode %1): %2</translation>
    </message>
    <message>
        <source>pandoc reported success but did not create a valid DOCX file: %1</source>
        <translation>pandoc meldte succes, men lavede ikke en gyldig DOCX-fil: %1</translation>
    </message>
    <message>
        <source>LibreOffice exited without creating its user profile; %1</source>
        <translation>LibreOffice sluttede uden at oprette sin brugerprofil; %1</translation>
    </message>
    <message>
        <source>LibreOffice exited without producing the PDF; %1</source>
        <translation>LibreOffice sluttede uden at lave PDF-filen; %1</translation>
    </message>
    <message>
        <source>check that the Debian package libreoffice-writer-nogui (or LibreOffice Writer) is installed and starts</source>
        <translation>kontrollér at Debian-pakken libreoffice-writer-nogui (eller LibreOffice Writer) er installeret og kan starte</translation>
    </message>
    <message>
        <source>cannot finish the DOCX: %1</source>
        <translation>kan ikke færdiggøre DOCX-filen: %1</translation>
    </message>
    <message>
        <source>LibreOffice did not save the DOCX with its table of contents (%1); %2</source>
        <translation>LibreOffice gemte ikke DOCX-filen med indholdsfortegnelse (%1); %2</translation>
    </message>
    <message>
        <source>word/document.xml in the DOCX file is larger than this annex can make (%1 MiB at most) or compressed like a ZIP bomb</source>
        <translation>word/document.xml i DOCX-filen er større, end dette bilag kan give (højst %1 MiB), eller pakket som en ZIP-bombe</translation>
    </message>
</context>
<context>
    <name>klausul::ExportPlan</name>
    <message>
        <source>%1 is a PDF name, but the format is DOCX; use a .docx name or --format pdf</source>
        <translation>%1 er et PDF-navn, men formatet er DOCX; brug et .docx-navn eller --format pdf</translation>
    </message>
    <message>
        <source>%1 is a DOCX name, but the format is PDF; use a .pdf name or --format docx</source>
        <translation>%1 er et DOCX-navn, men formatet er PDF; brug et .pdf-navn eller --format docx</translation>
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
    <name>klausul::FollowOrExplainDialog</name>
    <message>
        <source>Follow or explain</source>
        <translation>Følg eller forklar</translation>
    </message>
    <message>
        <source>For a society-critical system every provision of the catalogue must be in the annex, or the authority must explain why it is left out of this contract. Explanations are listed in the review edition.</source>
        <translation>For et samfundskritisk system skal hver bestemmelse i kataloget enten være med i bilaget, eller også skal myndigheden forklare, hvorfor den er udeladt af denne kontrakt. Forklaringerne er anført i gennemgangsudgaven.</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Bestemmelse</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why is this provision left out of this contract?</source>
        <translation>Hvorfor er denne bestemmelse udeladt af denne kontrakt?</translation>
    </message>
    <message>
        <source>&amp;Save explanation</source>
        <translation>&amp;Gem forklaring</translation>
    </message>
    <message>
        <source>&amp;Add to annex instead</source>
        <translation>&amp;Tilføj til bilaget i stedet</translation>
    </message>
    <message>
        <source>in the annex</source>
        <translation>med i bilaget</translation>
    </message>
    <message>
        <source>explained</source>
        <translation>forklaret</translation>
    </message>
    <message>
        <source>explanation missing</source>
        <translation>forklaring mangler</translation>
    </message>
    <message>
        <source>A&amp;pprove explanation</source>
        <translation>&amp;Godkend forklaring</translation>
    </message>
    <message>
        <source>explained, approved</source>
        <translation>forklaret, godkendt</translation>
    </message>
</context>
<context>
    <name>klausul::Frameworks</name>
    <message>
        <source>ISO/IEC 27001:2022 Annex A</source>
        <translation>ISO/IEC 27001:2022 Anneks A</translation>
    </message>
    <message>
        <source>CIS Controls v8</source>
        <translation>CIS Controls v8</translation>
    </message>
    <message>
        <source>NIS2 art. 21(2)</source>
        <translation>NIS2 art. 21, stk. 2</translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation>GDPR</translation>
    </message>
</context>
<context>
    <name>klausul::Guidance</name>
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
</context>
<context>
    <name>klausul::HelpDialog</name>
    <message>
        <source>Down</source>
        <translation>Pil ned</translation>
    </message>
    <message>
        <source>From the search field: go to the results</source>
        <translation>Fra søgefeltet: gå til resultaterne</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Skift+Tab</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Næste eller forrige felt</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>Next tab of the inspector</source>
        <translation>Næste fane i inspektøren</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
</context>
<context>
    <name>klausul::HtmlRender</name>
    <message>
        <source>draft</source>
        <translation>udkast</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>godkendt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>udgået</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencer</translation>
    </message>
    <message>
        <source>%1 · DIGST option %2 · version %3 · %4 · %5</source>
        <translation>%1 · DIGST-option %2 · version %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Withdrawn; replaced by %1</source>
        <translation>Udgået; afløst af %1</translation>
    </message>
    <message>
        <source>Variant: %1</source>
        <translation>Variant: %1</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametre</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardværdi</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grænser</translation>
    </message>
    <message>
        <source>(to be filled in)</source>
        <translation>(udfyldes)</translation>
    </message>
    <message numerus="yes">
        <source>Deviates from the standard text: %n word(s) changed</source>
        <translation>
            <numerusform>Afviger fra standardteksten: %n ord ændret</numerusform>
            <numerusform>Afviger fra standardteksten: %n ord ændret</numerusform>
        </translation>
    </message>
    <message>
        <source>The annex has no requirements yet.</source>
        <translation>Bilaget indeholder endnu ingen krav.</translation>
    </message>
</context>
<context>
    <name>klausul::Inspector</name>
    <message>
        <source>Select a requirement of the annex to see and adapt it here.

Add clauses from the library by double-clicking them, dragging them here or with Ctrl+Return.</source>
        <translation>Vælg et krav i bilaget for at se og tilpasse det her.

Tilføj klausuler fra biblioteket ved at dobbeltklikke på dem, trække dem hertil eller med Ctrl+Return.</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>V&amp;ariant:</translation>
    </message>
    <message>
        <source>Requirement &amp;type:</source>
        <translation>&amp;Kravtype:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parametre</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>Ve&amp;jledning</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Gennemgang</translation>
    </message>
    <message>
        <source>&amp;Own wording (values as {parameter}; blank lines separate paragraphs, &quot;- &quot; starts a bullet):</source>
        <translation>&amp;Egen formulering (værdier som {parameter}; tomme linjer adskiller afsnit, &quot;- &quot; indleder et punkt i en opstilling):</translation>
    </message>
    <message>
        <source>Reset to &amp;standard text</source>
        <translation>&amp;Nulstil til standardtekst</translation>
    </message>
    <message>
        <source>Discard the own wording and use the library&apos;s text</source>
        <translation>Kassér kravets egen formulering, og brug bibliotekets tekst</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Tilføj k&amp;ommentar</translation>
    </message>
    <message>
        <source>Write a comment for the review…</source>
        <translation>Skriv en kommentar til gennemgangen…</translation>
    </message>
    <message>
        <source>Requirement text</source>
        <translation>Kravtekst</translation>
    </message>
    <message>
        <source>Own wording</source>
        <translation>Egen formulering</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Ny kommentar</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>The authority&apos;s own requirement</source>
        <translation>Myndighedens eget krav</translation>
    </message>
    <message>
        <source>Clause %1, version %2 · DIGST option %3</source>
        <translation>Klausul %1, version %2 · DIGST-option %3</translation>
    </message>
    <message>
        <source>Clause %1 is not in the library</source>
        <translation>Klausul %1 findes ikke i biblioteket</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>As the clause (%1)</source>
        <translation>Som klausulen (%1)</translation>
    </message>
    <message>
        <source>MK – minimum requirement</source>
        <translation>MK – mindstekrav</translation>
    </message>
    <message>
        <source>PK – prioritised requirement</source>
        <translation>PK – prioriteret krav</translation>
    </message>
    <message>
        <source>K – requirement</source>
        <translation>K – krav</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>Klar til gennemgang</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Godkendt af %1 den %2</translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation>%1, %2:
%3</translation>
    </message>
    <message>
        <source>&amp;Review (%1)</source>
        <translation>&amp;Gennemgang (%1)</translation>
    </message>
    <message>
        <source>Version %1 (%2): %3</source>
        <translation>Version %1 (%2): %3</translation>
    </message>
    <message>
        <source>Changed since approval: %1</source>
        <translation>Ændret efter godkendelse: %1</translation>
    </message>
    <message>
        <source>Review the new &amp;version…</source>
        <translation>Gennemgå den nye &amp;version …</translation>
    </message>
    <message>
        <source>This requirement is based on version %1 of %2; the library now has version %3. Review what it changes, then accept it.</source>
        <translation>Kravet bygger på version %1 af %2; biblioteket har nu version %3. Gennemgå, hvad den ændrer, og accepter den derefter.</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>ikke udfyldt</translation>
    </message>
</context>
<context>
    <name>klausul::LibraryBrowser</name>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>DIGST option:</source>
        <translation>DIGST-option:</translation>
    </message>
    <message>
        <source>A – ISO 27001 certification</source>
        <translation>A – ISO 27001-certificering</translation>
    </message>
    <message>
        <source>B – documented compliance</source>
        <translation>B – dokumenteret overholdelse</translation>
    </message>
    <message>
        <source>C – specific clause</source>
        <translation>C – specifik klausul</translation>
    </message>
    <message>
        <source>Requirement type:</source>
        <translation>Kravtype:</translation>
    </message>
    <message>
        <source>MK – minimum requirement</source>
        <translation>MK – mindstekrav</translation>
    </message>
    <message>
        <source>PK – prioritised requirement</source>
        <translation>PK – prioriteret krav</translation>
    </message>
    <message>
        <source>K – requirement</source>
        <translation>K – krav</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>ISO 27001:</source>
        <translation>ISO 27001:</translation>
    </message>
    <message>
        <source>CIS v8:</source>
        <translation>CIS v8:</translation>
    </message>
    <message>
        <source>NIS2:</source>
        <translation>NIS2:</translation>
    </message>
    <message>
        <source>GDPR:</source>
        <translation>GDPR:</translation>
    </message>
    <message>
        <source>Contract type:</source>
        <translation>Kontrakttype:</translation>
    </message>
    <message>
        <source>IT operation</source>
        <translation>It-drift</translation>
    </message>
    <message>
        <source>Cloud and SaaS</source>
        <translation>Cloud og SaaS</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Udvikling</translation>
    </message>
    <message>
        <source>Maintenance and support</source>
        <translation>Vedligeholdelse og support</translation>
    </message>
    <message>
        <source>Consultancy</source>
        <translation>Konsulentydelser</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Udgået</translation>
    </message>
    <message>
        <source>Search clauses, e.g. hændelse, 5.24, backup…</source>
        <translation>Søg i klausuler, f.eks. hændelse, 5.24, backup…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Søg i biblioteket</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Ryd filtre</translation>
    </message>
    <message>
        <source>Clause library</source>
        <translation>Klausulbibliotek</translation>
    </message>
    <message>
        <source>&amp;Add to annex</source>
        <translation>Tilføj til &amp;bilaget</translation>
    </message>
    <message>
        <source>Add the selected clause to the annex (Ctrl+Return)</source>
        <translation>Tilføj den valgte klausul til bilaget (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Clause preview</source>
        <translation>Forhåndsvisning af klausulen</translation>
    </message>
    <message>
        <source>Select a clause to read it here: its text, parameters, variants, guidance and references.</source>
        <translation>Vælg en klausul for at læse den her: tekst, parametre, varianter, vejledning og referencer.</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n klausul</numerusform>
            <numerusform>%n klausuler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>klausul::LibraryDiff</name>
    <message>
        <source>changed</source>
        <translation>ændret</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>variant &quot;%1&quot;</source>
        <translation>variant &quot;%1&quot;</translation>
    </message>
    <message>
        <source>guidance (%1) changed</source>
        <translation>vejledningen (%1) er ændret</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 tilføjet: %2</translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>%1 fjernet (var %2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: the wording changed but the version is still %2; raise it to %3</source>
        <translation>%1: ordlyden er ændret, men versionen er stadig %2; hæv den til %3</translation>
    </message>
    <message>
        <source>%1: the version went down from %2 to %3</source>
        <translation>%1: versionen er sænket fra %2 til %3</translation>
    </message>
    <message>
        <source>%1: the version was raised from %2 to %3 but nothing changed; drafts based on it will be flagged for review for nothing</source>
        <translation>%1: versionen er hævet fra %2 til %3, men intet er ændret; udkast, der bygger på den, markeres til gennemgang uden grund</translation>
    </message>
    <message>
        <source>%1 was removed; a clause id stays in the library for ever: withdraw it (status=&quot;withdrawn&quot;) instead</source>
        <translation>%1 er fjernet; et klausul-id bliver i biblioteket for altid: lad det udgå (status=&quot;withdrawn&quot;) i stedet</translation>
    </message>
    <message>
        <source>Library %1 %2 → %3: %4 added, %5 withdrawn, %6 removed, %7 changed</source>
        <translation>Bibliotek %1 %2 → %3: %4 nye, %5 udgået, %6 fjernet, %7 ændret</translation>
    </message>
    <message>
        <source>+ %1 (version %2): %3</source>
        <translation>+ %1 (version %2): %3</translation>
    </message>
    <message>
        <source>- %1 withdrawn: %2</source>
        <translation>- %1 udgået: %2</translation>
    </message>
    <message>
        <source>- %1 withdrawn, replaced by %2: %3</source>
        <translation>- %1 udgået, erstattes af %2: %3</translation>
    </message>
    <message>
        <source>- %1 removed: %2</source>
        <translation>- %1 fjernet: %2</translation>
    </message>
    <message>
        <source>~ %1 (version %2 → %3): %4</source>
        <translation>~ %1 (version %2 → %3): %4</translation>
    </message>
    <message>
        <source>Changes in %1 %2 (from %3)</source>
        <translation>Ændringer i %1 %2 (fra %3)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Nye</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Udgået</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Version %1 → %2.</source>
        <translation>Version %1 → %2.</translation>
    </message>
    <message>
        <source>Replaced by %1.</source>
        <translation>Erstattes af %1.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 tilføjet</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 fjernet</translation>
    </message>
</context>
<context>
    <name>klausul::LibraryLoader</name>
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
    <message>
        <source>is a symbolic link to %1, outside the library folder; refused</source>
        <translation>er et symbolsk link til %1 uden for biblioteksmappen; afvist</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket, device or broken link); refused</source>
        <translation>er ikke en almindelig fil (et rør, en socket, en enhed eller et brudt link); afvist</translation>
    </message>
    <message>
        <source>unknown document &lt;%1&gt;: a library file must be a &lt;clause&gt;, &lt;library&gt;, &lt;questions&gt;, &lt;reference-list&gt;, &lt;consistency&gt; or &lt;definitions&gt; in the namespace %2</source>
        <translation>ukendt dokument &lt;%1&gt;: en biblioteksfil skal være &lt;clause&gt;, &lt;library&gt;, &lt;questions&gt;, &lt;reference-list&gt;, &lt;consistency&gt; eller &lt;definitions&gt; i navnerummet %2</translation>
    </message>
    <message>
        <source>the default of the parameter &quot;%1&quot; names an annex number; only the authority knows it: make the parameter a reference with a role</source>
        <translation>standardværdien af parameteren &quot;%1&quot; nævner et bilagsnummer; kun myndigheden kender det: gør parameteren til en henvisning med en rolle</translation>
    </message>
    <message>
        <source>the date parameter &quot;%1&quot; has a default; only the authority knows the date: leave the default out</source>
        <translation>datoparameteren &quot;%1&quot; har en standardværdi; kun myndigheden kender datoen: udelad standardværdien</translation>
    </message>
    <message>
        <source>the amount parameter &quot;%1&quot; has a default; only the authority knows the amount: leave the default out</source>
        <translation>beløbsparameteren &quot;%1&quot; har en standardværdi; kun myndigheden kender beløbet: udelad standardværdien</translation>
    </message>
    <message>
        <source>the multiple-choice parameter &quot;%1&quot; must say whether its values are cumulative (combine=&quot;and&quot;) or alternatives (combine=&quot;or&quot;)</source>
        <translation>flervalgsparameteren &quot;%1&quot; skal angive, om værdierne gælder samlet (combine=&quot;and&quot;) eller er alternativer (combine=&quot;or&quot;)</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has combine but is not multiple</source>
        <translation>parameteren &quot;%1&quot; har combine, men er ikke flervalg</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has a role or target but is not of type reference</source>
        <translation>parameteren &quot;%1&quot; har role eller target, men er ikke af typen reference</translation>
    </message>
    <message>
        <source>the reference parameter &quot;%1&quot; names no role (roles: %2)</source>
        <translation>henvisningsparameteren &quot;%1&quot; angiver ingen rolle (roller: %2)</translation>
    </message>
    <message>
        <source>the reference parameter &quot;%1&quot; names the unknown role &quot;%2&quot; (roles: %3)</source>
        <translation>henvisningsparameteren &quot;%1&quot; angiver den ukendte rolle &quot;%2&quot; (roller: %3)</translation>
    </message>
    <message>
        <source>the reference parameter &quot;%1&quot; has a default; its value comes from the draft&apos;s contract map</source>
        <translation>henvisningsparameteren &quot;%1&quot; har en standardværdi; værdien kommer fra udkastets kontraktoversigt</translation>
    </message>
    <message>
        <source>the reference parameter &quot;%1&quot; points to the clause %2, which is not in the library</source>
        <translation>henvisningsparameteren &quot;%1&quot; peger på klausulen %2, som ikke er i biblioteket</translation>
    </message>
    <message>
        <source>the reference parameter &quot;%1&quot; has a target but its role is not &quot;requirement&quot;</source>
        <translation>henvisningsparameteren &quot;%1&quot; har target, men rollen er ikke &quot;requirement&quot;</translation>
    </message>
    <message>
        <source>%1 is not a clause of the library</source>
        <translation>%1 er ikke en klausul i biblioteket</translation>
    </message>
    <message>
        <source>the clause %1 has no parameter &quot;%2&quot;</source>
        <translation>klausulen %1 har ingen parameter &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the clause %1 has no variant &quot;%2&quot;</source>
        <translation>klausulen %1 har ingen variant &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is already part of the shared value &quot;%2&quot;</source>
        <translation>%1 indgår allerede i den fælles værdi &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 and %2 cannot share a value: their types or units differ</source>
        <translation>%1 og %2 kan ikke have fælles værdi: deres typer eller enheder er forskellige</translation>
    </message>
    <message>
        <source>%1 and %2 share a value but have different defaults</source>
        <translation>%1 og %2 har fælles værdi, men forskellige standardværdier</translation>
    </message>
    <message>
        <source>at-most compares numbers, but a parameter is not a number</source>
        <translation>at-most sammenligner tal, men en parameter er ikke et tal</translation>
    </message>
    <message>
        <source>at-most cannot compare %1 with %2: the units differ</source>
        <translation>at-most kan ikke sammenligne %1 med %2: enhederne er forskellige</translation>
    </message>
    <message>
        <source>a conflict names either with-clause or question, not both</source>
        <translation>en konflikt angiver enten with-clause eller question, ikke begge</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a risk-profile question of the library</source>
        <translation>&quot;%1&quot; er ikke et risikoprofilspørgsmål i biblioteket</translation>
    </message>
    <message>
        <source>the conflict names a question but no answers</source>
        <translation>konflikten angiver et spørgsmål, men ingen svar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer to the question &quot;%2&quot;</source>
        <translation>&quot;%1&quot; er ikke et svar på spørgsmålet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a conflict needs with-clause or question</source>
        <translation>en konflikt skal have with-clause eller question</translation>
    </message>
    <message>
        <source>the suggestion rule names the variant &quot;%1&quot;, which the clause does not have</source>
        <translation>forslagsreglen nævner varianten &quot;%1&quot;, som klausulen ikke har</translation>
    </message>
    <message>
        <source>the market restriction names the variant &quot;%1&quot;, which the clause does not have</source>
        <translation>markedsbegrænsningen nævner varianten &quot;%1&quot;, som klausulen ikke har</translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; of the question &quot;%2&quot; assumes &quot;%3&quot;, which is not another of its options</source>
        <translation>svaret &quot;%1&quot; på spørgsmålet &quot;%2&quot; antager &quot;%3&quot;, som ikke er en anden af dets svarmuligheder</translation>
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
    <name>klausul::Lint</name>
    <message>
        <source>the text</source>
        <translation>teksten</translation>
    </message>
    <message>
        <source>variant &quot;%1&quot;</source>
        <translation>variant &quot;%1&quot;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>%1: the Danish text uses the parameters %2, the English text %3</source>
        <translation>%1: den danske tekst bruger parametrene %2, den engelske %3</translation>
    </message>
    <message>
        <source>%1: the Danish and English texts differ in paragraphs or lists (Danish: %2; English: %3)</source>
        <translation>%1: den danske og den engelske tekst har forskellige afsnit eller lister (dansk: %2; engelsk: %3)</translation>
    </message>
    <message>
        <source>%1: numbers only in the Danish text: %2; only in the English text: %3</source>
        <translation>%1: tal kun i den danske tekst: %2; kun i den engelske tekst: %3</translation>
    </message>
    <message>
        <source>%1: the vague word(s) %2 need a measure, a parameter or a defined term</source>
        <translation>%1: de(t) vage ord %2 kræver et mål, en parameter eller et defineret begreb</translation>
    </message>
    <message>
        <source>%1 (%2): the number(s) %3 are fixed in the text; make them parameters or cite their source</source>
        <translation>%1 (%2): tallet/tallene %3 står fast i teksten; gør dem til parametre eller angiv deres kilde</translation>
    </message>
    <message>
        <source>%1 (%2): %3 written in lower case is not the defined term; mark it as a term or rephrase</source>
        <translation>%1 (%2): %3 med lille begyndelsesbogstav er ikke det definerede begreb; markér det som begreb eller omformulér</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; has no guidance on choosing its value</source>
        <translation>parameteren &quot;%1&quot; har ingen vejledning i at vælge værdien</translation>
    </message>
    <message>
        <source>guidance (%1, %2) repeats %3 word for word; say what is particular to this clause</source>
        <translation>vejledningen (%1, %2) gentager %3 ord for ord; skriv, hvad der gælder særligt for denne klausul</translation>
    </message>
    <message>
        <source>withdrawn without replaced-by and without a history entry for version %1 saying why</source>
        <translation>udgået uden replaced-by og uden en historikpost for version %1, der siger hvorfor</translation>
    </message>
</context>
<context>
    <name>klausul::MainWindow</name>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n krav</numerusform>
            <numerusform>%n krav</numerusform>
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
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemer (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Seneste &amp;filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;New draft…</source>
        <translation>&amp;Nyt udkast…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <source>Annex &amp;details…</source>
        <translation>&amp;Bilagsoplysninger…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Add clause to annex</source>
        <translation>&amp;Tilføj klausul til bilaget</translation>
    </message>
    <message>
        <source>Add &amp;own requirement</source>
        <translation>Tilføj &amp;eget krav</translation>
    </message>
    <message>
        <source>Re&amp;move requirement</source>
        <translation>Fjern &amp;krav</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <source>Re&amp;number requirements…</source>
        <translation>O&amp;mnummerér krav…</translation>
    </message>
    <message>
        <source>&amp;Find in library</source>
        <translation>&amp;Søg i biblioteket</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;About Klausul</source>
        <translation>&amp;Om Klausul</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Requirements of the annex</source>
        <translation>Bilagets krav</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Annex preview</source>
        <translation>Forhåndsvisning af bilaget</translation>
    </message>
    <message>
        <source>%1[*] – Klausul</source>
        <translation>%1[*] – Klausul</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Fortryd: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Gentag: %1</translation>
    </message>
    <message>
        <source>%1 is already in the annex</source>
        <translation>%1 er allerede med i bilaget</translation>
    </message>
    <message>
        <source>New requirement</source>
        <translation>Nyt krav</translation>
    </message>
    <message>
        <source>Requirement removed; its number is kept as withdrawn. Undo with Ctrl+Z.</source>
        <translation>Kravet er fjernet; dets nummer bevares som udgået. Fortryd med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Renumber requirements</source>
        <translation>Omnummerér krav</translation>
    </message>
    <message>
        <source>Give every requirement a new number in the order of the annex, and forget withdrawn numbers? Numbers that tenderers or the contract already refer to will change.</source>
        <translation>Vil du give alle krav nye numre i bilagets rækkefølge og frigive de udgåede numre? Numre, som tilbudsgivere eller kontrakten allerede henviser til, bliver ændret.</translation>
    </message>
    <message>
        <source>Cannot open the draft</source>
        <translation>Udkastet kan ikke åbnes</translation>
    </message>
    <message>
        <source>%1 cannot be opened:

%2</source>
        <translation>%1 kan ikke åbnes:

%2</translation>
    </message>
    <message>
        <source>The draft was made with library version %1; this is version %2. See the problems panel for clauses that changed.</source>
        <translation>Udkastet er lavet med biblioteksversion %1; dette er version %2. Se panelet Problemer for klausuler, der er ændret.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Udkastet kan ikke gemmes</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Gem udkast</translation>
    </message>
    <message>
        <source>Klausul drafts (*.klausul)</source>
        <translation>Klausul-udkast (*.klausul)</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>Åbn udkast</translation>
    </message>
    <message>
        <source>About Klausul</source>
        <translation>Om Klausul</translation>
    </message>
    <message numerus="yes">
        <source>Klausul %1 (%2)

Information-security requirements for Danish public IT tenders and contracts.

Library: %3, version %4 (%5), %n clause(s).</source>
        <translation>
            <numerusform>Klausul %1 (%2)

Krav til informationssikkerhed i offentlige danske it-udbud og it-kontrakter.

Bibliotek: %3, version %4 (%5), %n klausul.</numerusform>
            <numerusform>Klausul %1 (%2)

Krav til informationssikkerhed i offentlige danske it-udbud og it-kontrakter.

Bibliotek: %3, version %4 (%5), %n klausuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 indeholder ændringer, der ikke er gemt. Vil du gemme dem?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisk lagring mislykkedes: %1</translation>
    </message>
    <message>
        <source>an unsaved draft</source>
        <translation>et ikke-gemt udkast</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Vil du gendanne ikke-gemte ændringer?</translation>
    </message>
    <message>
        <source>Klausul was not closed properly. Unsaved changes to %1 from %2 were kept.

Restore them?</source>
        <translation>Klausul blev ikke lukket korrekt. Ikke-gemte ændringer i %1 fra %2 er bevaret.

Vil du gendanne dem?</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Ændringerne kan ikke gendannes</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Gendan ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>Risk &amp;profile and suggestions…</source>
        <translation>Risiko&amp;profil og forslag…</translation>
    </message>
    <message>
        <source>Follow or e&amp;xplain…</source>
        <translation>Følg eller fo&amp;rklar…</translation>
    </message>
    <message>
        <source>Co&amp;verage (Statement of Applicability)…</source>
        <translation>&amp;Dækning – anvendelseserklæring (SoA)…</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Åbnet skrivebeskyttet</translation>
    </message>
    <message>
        <source>%1 is open in another Klausul window (%2).

It is opened read-only here, so neither window overwrites the other&apos;s changes. Use Save as to keep changes made here under another name.</source>
        <translation>%1 er åben i et andet Klausul-vindue (%2).

Den er åbnet skrivebeskyttet her, så intet vindue overskriver det andets ændringer. Brug Gem som for at gemme ændringer herfra under et andet navn.</translation>
    </message>
    <message>
        <source>%1 is open in another Klausul window, so it was opened read-only. Nothing was saved: use Save as to keep your changes under another name.</source>
        <translation>%1 er åben i et andet Klausul-vindue og blev derfor åbnet skrivebeskyttet. Intet blev gemt: brug Gem som for at gemme dine ændringer under et andet navn.</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program after it was opened here. Nothing was saved, so those changes are not overwritten: use Save as to keep your version under another name, then compare the two.</source>
        <translation>%1 er blevet ændret på disken af et andet program, efter den blev åbnet her. Intet blev gemt, så de ændringer overskrives ikke: brug Gem som for at gemme din udgave under et andet navn, og sammenlign så de to.</translation>
    </message>
    <message>
        <source>%1 is open in another Klausul window (%2). Nothing was saved: choose another name.</source>
        <translation>%1 er åben i et andet Klausul-vindue (%2). Intet blev gemt: vælg et andet navn.</translation>
    </message>
    <message>
        <source>%1

Your changes are not saved; they are kept in this window and in the recovery file. Free some space or choose another place with Save as.</source>
        <translation>%1

Dine ændringer er ikke gemt; de bevares i dette vindue og i gendannelsesfilen. Frigør plads, eller vælg et andet sted med Gem som.</translation>
    </message>
    <message>
        <source>C&amp;ontract and other annexes…</source>
        <translation>K&amp;ontrakt og andre bilag…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;Next panel</source>
        <translation>&amp;Næste panel</translation>
    </message>
    <message>
        <source>Pre&amp;vious panel</source>
        <translation>F&amp;orrige panel</translation>
    </message>
    <message>
        <source>Go to the &amp;library</source>
        <translation>Gå til &amp;biblioteket</translation>
    </message>
    <message>
        <source>Go to the &amp;requirements</source>
        <translation>Gå til &amp;kravlisten</translation>
    </message>
    <message>
        <source>Go to the &amp;inspector</source>
        <translation>Gå til &amp;inspektøren</translation>
    </message>
    <message>
        <source>Go to the pre&amp;view</source>
        <translation>Gå til &amp;forhåndsvisningen</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Brugervejledning</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>&amp;Publish version…</source>
        <translation>&amp;Offentliggør version…</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Gennemgang…</translation>
    </message>
    <message>
        <source>Open library for editing</source>
        <translation>Åbn bibliotek til redigering</translation>
    </message>
    <message>
        <source>Open &amp;library for editing…</source>
        <translation>Åbn bibliotek til &amp;redigering…</translation>
    </message>
    <message>
        <source>Version %1 is published, and the contract and tenderers may refer to its requirement numbers. Renumber anyway? The next version&apos;s change notes will list every new number.</source>
        <translation>Version %1 er offentliggjort, og kontrakten og tilbudsgiverne kan henvise til dens kravnumre. Omnummerér alligevel? Den næste versions ændringsnoter vil vise hvert nyt nummer.</translation>
    </message>
</context>
<context>
    <name>klausul::MetadataDialog</name>
    <message>
        <source>New draft</source>
        <translation>Nyt udkast</translation>
    </message>
    <message>
        <source>Annex details</source>
        <translation>Bilagsoplysninger</translation>
    </message>
    <message>
        <source>e.g. Eksempel Kommune</source>
        <translation>f.eks. Eksempel Kommune</translation>
    </message>
    <message>
        <source>e.g. Operation of the case management system</source>
        <translation>f.eks. Drift af sagsbehandlingssystemet</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>A – used as is</source>
        <translation>A – anvendes uændret</translation>
    </message>
    <message>
        <source>B – completed by the customer</source>
        <translation>B – udfyldes af kunden</translation>
    </message>
    <message>
        <source>C – drafted by the customer</source>
        <translation>C – udarbejdes af kunden</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Myndighed:</translation>
    </message>
    <message>
        <source>&amp;Tender:</source>
        <translation>&amp;Udbud:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Sagsnummer:</translation>
    </message>
    <message>
        <source>Annex &amp;number:</source>
        <translation>Bilags&amp;nummer:</translation>
    </message>
    <message>
        <source>Annex t&amp;itle:</source>
        <translation>Bilags&amp;titel:</translation>
    </message>
    <message>
        <source>K04 annex &amp;category:</source>
        <translation>K04-bilags&amp;kategori:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Dokumentsp&amp;rog:</translation>
    </message>
    <message>
        <source>The annex is titled &quot;Bilag &lt;number&gt; &lt;title&gt;&quot; and its requirements are numbered &lt;number&gt;.1, &lt;number&gt;.2, …</source>
        <translation>Bilaget får titlen &quot;Bilag &lt;nummer&gt; &lt;titel&gt;&quot;, og kravene nummereres &lt;nummer&gt;.1, &lt;nummer&gt;.2, …</translation>
    </message>
</context>
<context>
    <name>klausul::ParameterChipEdit</name>
    <message>
        <source>%1: %2</source>
        <comment>parameter chip: label, value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (the parameter {%2}; change its value on the Parameters tab)</source>
        <translation>%1 (parameteren {%2}; ændr værdien under fanen Parametre)</translation>
    </message>
</context>
<context>
    <name>klausul::ParameterForm</name>
    <message>
        <source>This requirement has no parameters.</source>
        <translation>Dette krav har ingen parametre.</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2</source>
        <translation>Tilladt: %1 til %2</translation>
    </message>
    <message>
        <source>Allowed: %1 or more</source>
        <translation>Tilladt: %1 eller mere</translation>
    </message>
    <message>
        <source>Allowed: up to %1</source>
        <translation>Tilladt: højst %1</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>Et helt tal</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Et tal</translation>
    </message>
    <message>
        <source>(fill in)</source>
        <translation>(udfyld)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(vælg)</translation>
    </message>
    <message>
        <source>(as the clause says)</source>
        <translation>(som klausulen angiver)</translation>
    </message>
    <message>
        <source>This annex</source>
        <translation>Dette bilag</translation>
    </message>
    <message>
        <source>%1 (not in the contract map)</source>
        <translation>%1 (ikke i kontraktoversigten)</translation>
    </message>
    <message>
        <source>%1 (no number yet)</source>
        <translation>%1 (intet nummer endnu)</translation>
    </message>
    <message>
        <source>Annex %1, %2</source>
        <translation>Bilag %1, %2</translation>
    </message>
    <message>
        <source>As the clause says: %1</source>
        <translation>Som klausulen angiver: %1</translation>
    </message>
    <message>
        <source>One value with requirement(s) %1: changing it here changes it there.</source>
        <translation>Én værdi med krav %1: en ændring her ændrer den også dér.</translation>
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
    <message>
        <source>&quot;%1&quot; is not a clause id such as HAE-01</source>
        <translation>&quot;%1&quot; er ikke et klausul-id som HAE-01</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an annex role of the contract map</source>
        <translation>&quot;%1&quot; er ikke en bilagsrolle i kontraktoversigten</translation>
    </message>
</context>
<context>
    <name>klausul::ProblemsModel</name>
    <message>
        <source>Error: %1</source>
        <translation>Fejl: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Bemærk: %1</translation>
    </message>
</context>
<context>
    <name>klausul::Publication</name>
    <message>
        <source>requirement %1 was changed since it was approved (%2)</source>
        <translation>krav %1 er ændret efter godkendelsen (%2)</translation>
    </message>
    <message>
        <source>requirement %1 is ready for review, not approved</source>
        <translation>krav %1 er klar til gennemgang, ikke godkendt</translation>
    </message>
    <message>
        <source>the authority&apos;s own requirement %1 is not approved</source>
        <translation>myndighedens eget krav %1 er ikke godkendt</translation>
    </message>
    <message>
        <source>requirement %1 is not approved</source>
        <translation>krav %1 er ikke godkendt</translation>
    </message>
    <message>
        <source>the explanation for %1 is not approved</source>
        <translation>forklaringen for %1 er ikke godkendt</translation>
    </message>
    <message>
        <source>the explanation for %1 was changed since it was approved</source>
        <translation>forklaringen for %1 er ændret efter godkendelsen</translation>
    </message>
</context>
<context>
    <name>klausul::PublishVersionDialog</name>
    <message>
        <source>Publish version</source>
        <translation>Offentliggør version</translation>
    </message>
    <message>
        <source>e.g. 1.0</source>
        <translation>f.eks. 1.0</translation>
    </message>
    <message>
        <source>e.g. Tender version</source>
        <translation>f.eks. Udbudsversion</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation>Æ&amp;ndringer:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Godkendt af:</translation>
    </message>
    <message>
        <source>Every requirement and explanation is approved.</source>
        <translation>Alle krav og forklaringer er godkendt.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not approved; see View ▸ Review.</source>
        <translation>
            <numerusform>%n punkt er ikke godkendt; se Vis ▸ Gennemgang.</numerusform>
            <numerusform>%n punkter er ikke godkendt; se Vis ▸ Gennemgang.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Offentliggør</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Ikke offentliggjort</translation>
    </message>
</context>
<context>
    <name>klausul::RenumberBar</name>
    <message>
        <source>&amp;Renumber</source>
        <translation>&amp;Omnummerér</translation>
    </message>
    <message>
        <source>Number every requirement again in the order of the annex</source>
        <translation>Nummerér alle krav igen i bilagets rækkefølge</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
    <message>
        <source>The requirement numbers are not in the order of the annex.</source>
        <translation>Kravnumrene følger ikke bilagets rækkefølge.</translation>
    </message>
    <message>
        <source>The new requirement %1 is out of number order. Nothing is published yet, so you can renumber in the order of the annex.</source>
        <translation>Det nye krav %1 står uden for nummerrækkefølgen. Intet er offentliggjort endnu, så du kan omnummerere i bilagets rækkefølge.</translation>
    </message>
</context>
<context>
    <name>klausul::ReviewDialog</name>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>Klar til gennemgang</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <source>Changed since approval</source>
        <translation>Ændret efter godkendelse</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gennemgang</translation>
    </message>
    <message>
        <source>Everything not approved</source>
        <translation>Alt, der ikke er godkendt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Godkendt af</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>Forklaring: %1</translation>
    </message>
</context>
<context>
    <name>klausul::ReviewerDialog</name>
    <message>
        <source>Who is reviewing?</source>
        <translation>Hvem gennemgår?</translation>
    </message>
    <message>
        <source>e.g. Lawyer, Procurement officer</source>
        <translation>f.eks. Jurist, Udbudskonsulent</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Approvals and comments are recorded with your name and the time. The name is kept in the settings.</source>
        <translation>Godkendelser og kommentarer registreres med dit navn og tidspunktet. Navnet gemmes i indstillingerne.</translation>
    </message>
</context>
<context>
    <name>klausul::RiskProfile</name>
    <message>
        <source>Option A: the relevant suppliers are typically ISO/IEC 27001 certified, so the contract can require certification or equivalent.</source>
        <translation>Option A: de relevante leverandører er typisk ISO/IEC 27001-certificerede, så kontrakten kan stille krav om certificering eller tilsvarende.</translation>
    </message>
    <message>
        <source>Option B: certification cannot be expected of the suppliers, but the authority has its own Statement of Applicability, so the contract can require documented compliance with ISO/IEC 27001 including the relevant controls of that statement.</source>
        <translation>Option B: certificering kan ikke forventes af leverandørerne, men myndigheden har sin egen anvendelseserklæring (SoA), så kontrakten kan stille krav om dokumenteret overholdelse af ISO/IEC 27001, herunder de relevante kontroller i anvendelseserklæringen.</translation>
    </message>
    <message>
        <source>Option C: neither certification nor the authority&apos;s own Statement of Applicability can be relied on, so specific clauses are combined to cover the authority&apos;s concrete security needs.</source>
        <translation>Option C: hverken certificering eller myndighedens egen anvendelseserklæring (SoA) kan lægges til grund, så der kombineres specifikke klausuler, som dækker myndighedens konkrete sikkerhedsbehov.</translation>
    </message>
    <message>
        <source>Applies to every contract.</source>
        <translation>Gælder for alle kontrakter.</translation>
    </message>
    <message>
        <source>A provision of the society-critical catalogue: follow or explain.</source>
        <translation>En bestemmelse i kataloget for samfundskritiske systemer: følg eller forklar.</translation>
    </message>
    <message>
        <source>follow or explain: the society-critical provision %1 &quot;%2&quot; is neither in the annex nor explained</source>
        <translation>følg eller forklar: den samfundskritiske bestemmelse %1 &quot;%2&quot; er hverken med i bilaget eller forklaret</translation>
    </message>
    <message>
        <source>Based on the answers: %1.</source>
        <translation>Ud fra svarene: %1.</translation>
    </message>
    <message>
        <source>A provision of the society-critical catalogue, which municipalities and regions may use as inspiration.</source>
        <translation>En bestemmelse i kataloget for samfundskritiske it-systemer, som kommuner og regioner kan bruge som inspiration.</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Anbefalet</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfri</translation>
    </message>
    <message>
        <source>requires data or operation in named countries</source>
        <translation>kræver data eller drift i bestemte lande</translation>
    </message>
    <message>
        <source>forbids remote access from third countries</source>
        <translation>forbyder fjernadgang fra tredjelande</translation>
    </message>
    <message>
        <source>requires a named certification</source>
        <translation>kræver en bestemt certificering</translation>
    </message>
    <message>
        <source>sets a deadline shorter than market practice</source>
        <translation>fastsætter en kortere frist end markedspraksis</translation>
    </message>
    <message>
        <source>Restricts competition: as a minimum requirement (MK) %1 %2. It excludes: %3 Consider it as %4 instead, so that bidders who cannot meet it are scored, not rejected.</source>
        <translation>Begrænser konkurrencen: som mindstekrav (MK) %1 %2. Det udelukker: %3 Overvej det som %4 i stedet, så tilbudsgivere, der ikke kan opfylde det, bliver vurderet og ikke afvist.</translation>
    </message>
    <message>
        <source>Optional: the library gives this clause no tier.</source>
        <translation>Valgfri: biblioteket angiver intet niveau for denne klausul.</translation>
    </message>
    <message>
        <source>%1 because of the answers: %2.</source>
        <translation>%1 på grund af svarene: %2.</translation>
    </message>
    <message>
        <source>Optional: it applies, but nothing in the profile calls for it.</source>
        <translation>Valgfri: den er relevant, men intet i profilen tilsiger den.</translation>
    </message>
    <message>
        <source>%1 for every profile it applies to.</source>
        <translation>%1 for alle profiler, den er relevant for.</translation>
    </message>
    <message>
        <source>%1: option %2 already covers ISO/IEC 27001 %3, so it moves down from %4. (%5)</source>
        <translation>%1: option %2 dækker allerede ISO/IEC 27001 %3, så den rykker ned fra %4. (%5)</translation>
    </message>
    <message>
        <source>The variant &quot;%1&quot; is not suggested: %2</source>
        <translation>Varianten &quot;%1&quot; foreslås ikke: %2</translation>
    </message>
    <message>
        <source>The stricter variant is suggested because of the answers: %1.</source>
        <translation>Den skærpede variant foreslås på grund af svarene: %1.</translation>
    </message>
    <message>
        <source>%1 (assumed: %2)</source>
        <translation>%1 (antaget: %2)</translation>
    </message>
    <message>
        <source>Recommended, not core: it rests on an answer of &quot;Don&apos;t know&quot; (%1).</source>
        <translation>Anbefalet, ikke kerne: den bygger på svaret &quot;Ved ikke&quot; (%1).</translation>
    </message>
    <message>
        <source>the risk-profile question &quot;%1&quot; is answered &quot;%2&quot;: the suggestions assume &quot;%3&quot;. Settle the answer before the tender is published.</source>
        <translation>risikoprofilens spørgsmål &quot;%1&quot; er besvaret &quot;%2&quot;: forslagene går ud fra &quot;%3&quot;. Afklar svaret, før udbuddet offentliggøres.</translation>
    </message>
</context>
<context>
    <name>klausul::RiskWizard</name>
    <message>
        <source>Risk profile</source>
        <translation>Risikoprofil</translation>
    </message>
    <message>
        <source>Suggested clauses</source>
        <translation>Foreslåede klausuler</translation>
    </message>
    <message>
        <source>Untick what you leave out. Requirements already in the annex are listed too; untick one to remove it.</source>
        <translation>Fjern markeringen ved det, du vil udelade. Krav, der allerede er med i bilaget, vises også; fjern markeringen ved et krav for at fjerne det.</translation>
    </message>
    <message>
        <source>Follow or explain</source>
        <translation>Følg eller forklar</translation>
    </message>
    <message>
        <source>The system is society-critical: every provision of the catalogue must be in the annex, or you must explain why it is left out.</source>
        <translation>Systemet er samfundskritisk: hver bestemmelse i kataloget skal enten være med i bilaget, eller også skal du forklare, hvorfor den er udeladt.</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausul</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) will be added</source>
        <translation>
            <numerusform>%n klausul tilføjes</numerusform>
            <numerusform>%n klausuler tilføjes</numerusform>
        </translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behold</translation>
    </message>
    <message>
        <source>add</source>
        <translation>tilføj</translation>
    </message>
    <message>
        <source>keep (not suggested)</source>
        <translation>behold (ikke foreslået)</translation>
    </message>
    <message>
        <source>Not called for by the answers. It has your own wording, values or comments: untick it only if you want to remove them too.</source>
        <translation>Svarene giver ikke anledning til kravet. Det har din egen formulering, dine værdier eller kommentarer: fjern kun markeringen, hvis du også vil fjerne dem.</translation>
    </message>
    <message>
        <source>Not called for by the answers; untick to remove it.</source>
        <translation>Svarene giver ikke anledning til kravet; fjern markeringen for at fjerne det.</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>uafklaret</translation>
    </message>
    <message>
        <source>Depends on a question answered &quot;Don&apos;t know&quot;.</source>
        <translation>Afhænger af et spørgsmål, der er besvaret med &quot;Ved ikke&quot;.</translation>
    </message>
    <message>
        <source>Why is this provision left out of this contract?</source>
        <translation>Hvorfor er denne bestemmelse udeladt af denne kontrakt?</translation>
    </message>
    <message>
        <source>Every provision of the catalogue is in the annex.</source>
        <translation>Alle katalogets bestemmelser er med i bilaget.</translation>
    </message>
    <message>
        <source>Apply the risk profile</source>
        <translation>Anvend risikoprofilen</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) will be removed</source>
        <translation>
            <numerusform>%n krav fjernes</numerusform>
            <numerusform>%n krav fjernes</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Answer every question about the service (&quot;Don&apos;t know&quot; where offered, if you must). Klausul suggests the clauses the answers call for, and tells you why.</source>
        <translation>Besvar alle spørgsmål om ydelsen (&quot;Ved ikke&quot;, hvor det tilbydes, hvis det er nødvendigt). Klausul foreslår de klausuler, svarene kalder på, og fortæller hvorfor.</translation>
    </message>
    <message>
        <source>Choose an answer</source>
        <translation>Vælg et svar</translation>
    </message>
    <message>
        <source>If you answer &quot;%1&quot;: %2</source>
        <translation>Hvis du svarer &quot;%1&quot;: %2</translation>
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
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 er ikke en almindelig fil</translation>
    </message>
    <message>
        <source>the data could not be written</source>
        <translation>dataene kunne ikke skrives</translation>
    </message>
    <message>
        <source>cannot read %1: it is not a regular file</source>
        <translation>kan ikke læse %1: det er ikke en almindelig fil</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>læsning af %1 mislykkedes: %2</translation>
    </message>
    <message>
        <source>reading the data for %1 failed: %2</source>
        <translation>læsning af dataene til %1 mislykkedes: %2</translation>
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
    <message>
        <source>the text contains an invisible Unicode direction control (U+202A–U+202E or U+2066–U+2069) that makes it display differently from what it says; remove it</source>
        <translation>teksten indeholder et usynligt Unicode-retningstegn (U+202A–U+202E eller U+2066–U+2069), som får den til at blive vist anderledes, end der står; fjern det</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket or device); refused</source>
        <translation>er ikke en almindelig fil (et rør, en socket eller en enhed); afvist</translation>
    </message>
</context>
<context>
    <name>klausul::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Organisation libraries</source>
        <translation>Organisationsbiblioteker</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Tilføj mappe…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Biblioteksmappe</translation>
    </message>
    <message>
        <source>Folders with the authority&apos;s own clauses, layered on top of the national library. They take effect at the next start.</source>
        <translation>Mapper med myndighedens egne klausuler, som lægges oven på det nationale bibliotek. Ændringerne træder i kraft, næste gang Klausul startes.</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Udbud</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gennemgang</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Your &amp;name (for comments):</source>
        <translation>Dit &amp;navn (til kommentarer):</translation>
    </message>
    <message>
        <source>Default &amp;edition:</source>
        <translation>Standard&amp;udgave:</translation>
    </message>
    <message>
        <source>Default document &amp;language:</source>
        <translation>Standardsprog for &amp;dokumenter:</translation>
    </message>
    <message>
        <source>&amp;User interface language:</source>
        <translation>Sprog i &amp;brugerfladen:</translation>
    </message>
</context>
<context>
    <name>klausul::StartPage</name>
    <message>
        <source>Start a security annex</source>
        <translation>Start et sikkerhedsbilag</translation>
    </message>
    <message>
        <source>Answer a few questions about the contract to get suggested requirements, open a draft, or add clauses from the library on the left (search, then Ctrl+Return).</source>
        <translation>Besvar nogle få spørgsmål om kontrakten for at få forslag til krav, åbn et udkast, eller tilføj klausuler fra biblioteket til venstre (søg, og tryk derefter Ctrl+Retur).</translation>
    </message>
    <message>
        <source>New annex from a &amp;risk profile…</source>
        <translation>Nyt bilag fra en &amp;risikoprofil…</translation>
    </message>
    <message>
        <source>&amp;Open a draft…</source>
        <translation>&amp;Åbn et udkast…</translation>
    </message>
    <message>
        <source>&amp;Browse the library</source>
        <translation>&amp;Gennemse biblioteket</translation>
    </message>
    <message>
        <source>Recent drafts</source>
        <translation>Seneste udkast</translation>
    </message>
    <message>
        <source>No recent drafts yet.</source>
        <translation>Ingen seneste udkast endnu.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Eksempler</translation>
    </message>
    <message>
        <source>Example by %1; opens as an untitled copy</source>
        <translation>Eksempel fra %1; åbnes som en kopi uden navn</translation>
    </message>
</context>
<context>
    <name>klausul::SuggestionReport</name>
    <message>
        <source>In the draft but not suggested by the profile: %1</source>
        <translation>Med i udkastet, men ikke foreslået ud fra risikoprofilen: %1</translation>
    </message>
    <message>
        <source>Undecided until more questions are answered: %1</source>
        <translation>Uafklaret, indtil flere spørgsmål er besvaret: %1</translation>
    </message>
    <message>
        <source>%1 core, %2 recommended, %3 optional</source>
        <translation>%1 kerne, %2 anbefalede, %3 valgfrie</translation>
    </message>
    <message numerus="yes">
        <source>%n core or recommended not yet in the draft (marked +)</source>
        <translation>
            <numerusform>%n kerne- eller anbefalet krav er endnu ikke i udkastet (markeret +)</numerusform>
            <numerusform>%n kerne- eller anbefalede krav er endnu ikke i udkastet (markeret +)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>klausul::UpgradeDialog</name>
    <message>
        <source>The text of version %1 is not recorded in this draft (it was saved by an older Klausul or before the clause was added here): what the library changed cannot be shown word by word; compare with the new text below.</source>
        <translation>Teksten i version %1 er ikke gemt i dette udkast (det blev gemt af en ældre Klausul, eller før klausulen blev tilføjet her): bibliotekets ændringer kan ikke vises ord for ord; sammenlign med den nye tekst nedenfor.</translation>
    </message>
    <message>
        <source>What the library changed</source>
        <translation>Hvad biblioteket ændrede</translation>
    </message>
    <message>
        <source>Own wording (%1)</source>
        <translation>Egen formulering (%1)</translation>
    </message>
    <message>
        <source>Old standard text (version %1)</source>
        <translation>Gammel standardtekst (version %1)</translation>
    </message>
    <message>
        <source>New standard text (version %1)</source>
        <translation>Ny standardtekst (version %1)</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>Jeres egen formulering</translation>
    </message>
    <message>
        <source>The library changed the text your own wording replaces: your wording does not have that change. Keep it (and edit it afterwards if needed) or take the new standard text.</source>
        <translation>Biblioteket ændrede den tekst, som jeres egen formulering erstatter: jeres formulering har ikke ændringen. Behold den (og ret den bagefter, hvis det er nødvendigt), eller tag den nye standardtekst.</translation>
    </message>
    <message>
        <source>The library did not change the text your own wording replaces.</source>
        <translation>Biblioteket ændrede ikke den tekst, som jeres egen formulering erstatter.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Værdier</translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation>Ny version af %1</translation>
    </message>
    <message>
        <source>What the new version changes</source>
        <translation>Hvad den nye version ændrer</translation>
    </message>
    <message>
        <source>Accept, &amp;keep my wording</source>
        <translation>Accepter, &amp;behold min formulering</translation>
    </message>
    <message>
        <source>&amp;Accept the new version</source>
        <translation>&amp;Accepter den nye version</translation>
    </message>
    <message>
        <source>Accept and &amp;take the new standard text</source>
        <translation>Accepter, og &amp;tag den nye standardtekst</translation>
    </message>
</context>
<context>
    <name>klausul::XlsxSchedule</name>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 kan ikke skrives: mappen %2 findes ikke</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>der kan ikke oprettes en midlertidig mappe: %1</translation>
    </message>
    <message>
        <source>cannot create the workbook %1</source>
        <translation>kan ikke oprette regnearket %1</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>kan ikke skrive regnearket: %1</translation>
    </message>
</context>
<context>
    <name>klausul::XmlFormat</name>
    <message>
        <source>no such file or folder</source>
        <translation>filen eller mappen findes ikke</translation>
    </message>
</context>
<context>
    <name>klausul::cli::DraftCommand</name>
    <message>
        <source>no requirement numbered &quot;%1&quot; in the draft</source>
        <translation>intet krav med nummer &quot;%1&quot; i udkastet</translation>
    </message>
</context>
<context>
    <name>klausul::cli::EditCommand</name>
    <message>
        <source>Print the change without writing the draft.</source>
        <translation>Udskriv ændringen uden at gemme udkastet.</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Add</name>
    <message>
        <source>Add a library clause to the draft, in the section of its theme (made when missing) or at the end of section S.</source>
        <translation>Tilføj en klausul fra biblioteket til udkastet, i afsnittet for dens tema (oprettes hvis det mangler) eller sidst i afsnit S.</translation>
    </message>
    <message>
        <source>Use variant V of the clause.</source>
        <translation>Brug klausulens variant V.</translation>
    </message>
    <message>
        <source>Add to section S (its id, e.g. s3, or its theme, e.g. adgang).</source>
        <translation>Tilføj til afsnit S (dets id, fx s3, eller dets tema, fx adgang).</translation>
    </message>
    <message>
        <source>no clause with id &quot;%1&quot;</source>
        <translation>ingen klausul med id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is already in the draft as %2</source>
        <translation>%1 er allerede i udkastet som %2</translation>
    </message>
    <message>
        <source>%1 has no variant &quot;%2&quot;</source>
        <translation>%1 har ingen variant &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the draft has no section &quot;%1&quot;</source>
        <translation>udkastet har intet afsnit &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Apply</name>
    <message>
        <source>--types must list MK, PK or K, comma-separated</source>
        <translation>--types skal angive MK, PK eller K, kommasepareret</translation>
    </message>
    <message>
        <source>Add the core and recommended clauses the draft&apos;s risk profile suggests, with their suggested variants, as accepting the wizard does: clauses already in the draft stay with your values, variants, wording and comments; nothing is removed.</source>
        <translation>Tilføj de kerne- og anbefalede klausuler, udkastets risikoprofil foreslår, med de foreslåede varianter, som når guiden godkendes: klausuler i udkastet bliver med dine værdier, varianter, formuleringer og kommentarer; intet fjernes.</translation>
    </message>
    <message>
        <source>--tiers must list core, recommended or optional, comma-separated</source>
        <translation>--tiers skal angive core, recommended eller optional, kommasepareret</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Approve</name>
    <message>
        <source>The review status to set: approved (default), ready or draft.</source>
        <translation>Reviewstatus, der skal angives: approved (standard), ready eller draft.</translation>
    </message>
    <message>
        <source>--status must be approved, ready or draft</source>
        <translation>--status skal være approved, ready eller draft</translation>
    </message>
    <message>
        <source>approve needs the approver: --as NAME</source>
        <translation>approve kræver godkenderen: --as NAME</translation>
    </message>
    <message>
        <source>Set the review status of a requirement (or of every requirement with --all): approved by NAME, or ready/draft with --status. Approving records what was approved; a later change makes it &quot;changed since approval&quot;. With --explanation ID the follow-or-explain explanation of ID is approved.</source>
        <translation>Sæt gennemgangsstatus for et krav (eller for alle krav med --all): godkendt af NAVN, eller klar/kladde med --status. En godkendelse registrerer, hvad der blev godkendt; en senere ændring gør det &quot;ændret siden godkendelsen&quot;. Med --explanation ID godkendes følg-eller-forklar-forklaringen for ID.</translation>
    </message>
    <message>
        <source>Every requirement and follow-or-explain explanation of the draft.</source>
        <translation>Alle kladdens krav og følg-eller-forklar-forklaringer.</translation>
    </message>
    <message>
        <source>Approve the explanation of why clause ID is not in the annex.</source>
        <translation>Godkend forklaringen på, hvorfor klausul ID ikke er med i bilaget.</translation>
    </message>
    <message>
        <source>approve needs either a NUMBER or --all (or --explanation ID)</source>
        <translation>approve kræver enten et NUMMER eller --all (eller --explanation ID)</translation>
    </message>
    <message>
        <source>the draft has no explanation for %1</source>
        <translation>kladden har ingen forklaring for %1</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Check</name>
    <message>
        <source>List the problems of a draft&apos;s annex: unfilled or invalid values, missing or withdrawn clauses, outdated clause versions.</source>
        <translation>Vis problemerne i et udkasts bilag: ikke-udfyldte eller ugyldige værdier, manglende eller udgåede klausuler, forældede klausulversioner.</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n krav</numerusform>
            <numerusform>%n krav</numerusform>
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
</context>
<context>
    <name>klausul::cli::commands::CommentCommand</name>
    <message>
        <source>Add a review comment to a requirement.</source>
        <translation>Tilføj en reviewkommentar til et krav.</translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation>Kommentaren.</translation>
    </message>
    <message>
        <source>comment needs --text T</source>
        <translation>comment kræver --text T</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Contract</name>
    <message>
        <source>Edit the contract map: the contract type and the other annexes (number, title and role) that reference parameters point to.</source>
        <translation>Redigér kontraktoversigten: kontrakttypen og de andre bilag (nummer, titel og rolle), som henvisningsparametre peger på.</translation>
    </message>
    <message>
        <source>The contract type: %1.</source>
        <translation>Kontrakttypen: %1.</translation>
    </message>
    <message>
        <source>Replace the annex list with the contract type&apos;s template (numbers left empty).</source>
        <translation>Erstat bilagslisten med kontrakttypens skabelon (numrene efterlades tomme).</translation>
    </message>
    <message>
        <source>Set the annex that plays ROLE (one of %1): its number and, optionally, title.</source>
        <translation>Angiv bilaget med rollen ROLE (en af %1): dets nummer og eventuelt titel.</translation>
    </message>
    <message>
        <source>Remove the annex that plays ROLE.</source>
        <translation>Fjern bilaget med rollen ROLE.</translation>
    </message>
    <message>
        <source>yes: the main contract defines the terms (the annex points there); no: the annex lists the library&apos;s definitions.</source>
        <translation>yes: hovedkontrakten definerer begreberne (bilaget henviser dertil); no: bilaget opregner bibliotekets definitioner.</translation>
    </message>
    <message>
        <source>--type must be one of %1</source>
        <translation>--type skal være en af %1</translation>
    </message>
    <message>
        <source>--template needs --type</source>
        <translation>--template kræver --type</translation>
    </message>
    <message>
        <source>--definitions-in-contract must be yes or no</source>
        <translation>--definitions-in-contract skal være yes eller no</translation>
    </message>
    <message>
        <source>the contract map has no annex with role &quot;%1&quot;</source>
        <translation>kontraktoversigten har intet bilag med rollen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--annex %1: the role must be one of %2</source>
        <translation>--annex %1: rollen skal være en af %2</translation>
    </message>
    <message>
        <source>--annex %1: the annex number is missing</source>
        <translation>--annex %1: bilagsnummeret mangler</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::CoverageCommand</name>
    <message>
        <source>Show which requirements of the draft cover each framework control, which controls are not covered and which are excluded.</source>
        <translation>Vis, hvilke af udkastets krav der dækker de enkelte kontroller i rammeværkerne, hvilke kontroller der ikke er dækket, og hvilke der er fravalgt.</translation>
    </message>
    <message>
        <source>Print the Statement of Applicability as CSV.</source>
        <translation>Udskriv anvendelseserklæringen (SoA) som CSV.</translation>
    </message>
    <message>
        <source>covered: %1 of %2 (%3 %) · excluded: %4 · open: %5</source>
        <translation>dækket: %1 af %2 (%3 %) · fravalgt: %4 · åbne: %5</translation>
    </message>
    <message>
        <source>excluded: %1</source>
        <translation>fravalgt: %1</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>ikke dækket</translation>
    </message>
    <message>
        <source>Only this framework: %1.</source>
        <translation>Kun dette rammeværk: %1.</translation>
    </message>
    <message>
        <source>--framework must be one of %1</source>
        <translation>--framework skal være en af %1</translation>
    </message>
    <message>
        <source>through option %1 (%2)</source>
        <translation>gennem option %1 (%2)</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Diff</name>
    <message>
        <source>Show what changed from DRAFT to OTHER: requirements added, removed and renumbered, values, variants, types, wording word by word ([-deleted-] {+inserted+}), review status and comments, answers, annex details, explanations, exclusions and versions.</source>
        <translation>Vis hvad der er ændret fra DRAFT til OTHER: krav tilføjet, fjernet og omnummereret, værdier, varianter, typer, formulering ord for ord ([-slettet-] {+indsat+}), reviewstatus og kommentarer, svar, bilagsoplysninger, forklaringer, fravalg og versioner.</translation>
    </message>
    <message>
        <source>Show what changed from OLD to NEW. Two drafts: requirements added, removed and renumbered, values, variants, types, wording word by word ([-deleted-] {+inserted+}), review status and comments, answers, annex details, explanations, exclusions and versions. Two library folders: the release notes (clauses added, withdrawn, removed and changed: wording in both languages word by word, parameters, defaults, references, applicability); a wording change without a version bump is an error (exit 1), a bump without a change a warning. --markdown or --docx -o FILE (the Danish &quot;Ændringsliste&quot;) for libraries only.</source>
        <translation>Vis, hvad der er ændret fra OLD til NEW. To udkast: krav tilføjet, fjernet og omnummereret, værdier, varianter, typer, ordlyd ord for ord ([-slettet-] {+indsat+}), gennemgangsstatus og kommentarer, svar, bilagsoplysninger, forklaringer, undtagelser og versioner. To biblioteksmapper: udgivelsesnoterne (klausuler tilføjet, udgået, fjernet og ændret: ordlyd på begge sprog ord for ord, parametre, standardværdier, referencer, anvendelse); en ændret ordlyd uden ny version er en fejl (afslutningskode 1), en ny version uden ændring en advarsel. --markdown eller --docx -o FIL (den danske &quot;Ændringsliste&quot;) kun for biblioteker.</translation>
    </message>
    <message>
        <source>Libraries: print Markdown.</source>
        <translation>Biblioteker: skriv Markdown.</translation>
    </message>
    <message>
        <source>Libraries: write the change list as DOCX to the file of --output.</source>
        <translation>Biblioteker: skriv ændringslisten som DOCX til filen i --output.</translation>
    </message>
    <message>
        <source>The DOCX file to write.</source>
        <translation>DOCX-filen, der skal skrives.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>choose one of --json, --markdown and --docx</source>
        <translation>vælg én af --json, --markdown og --docx</translation>
    </message>
    <message>
        <source>--markdown, --docx and --output compare library folders</source>
        <translation>--markdown, --docx og --output sammenligner biblioteksmapper</translation>
    </message>
    <message>
        <source>--docx needs --output FILE</source>
        <translation>--docx kræver --output FIL</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>fejl: %1</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 skrevet</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Exclude</name>
    <message>
        <source>Record why a framework control is not covered (Statement of Applicability). CONTROL is FRAMEWORK:ID, e.g. iso27001:7.4, cis:17, nis2:21(2)(b) or gdpr:32; an empty reason removes the exclusion.</source>
        <translation>Begrund hvorfor en kontrol ikke er dækket (Statement of Applicability). CONTROL er RAMME:ID, fx iso27001:7.4, cis:17, nis2:21(2)(b) eller gdpr:32; en tom begrundelse fjerner fravalget.</translation>
    </message>
    <message>
        <source>Why it is not covered.</source>
        <translation>Hvorfor den ikke er dækket.</translation>
    </message>
    <message>
        <source>exclude needs --reason T</source>
        <translation>exclude kræver --reason T</translation>
    </message>
    <message>
        <source>no framework control &quot;%1&quot; (use FRAMEWORK:ID with FRAMEWORK one of %2)</source>
        <translation>ingen kontrol &quot;%1&quot; i et rammeværk (brug RAMME:ID med RAMME en af %2)</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Explain</name>
    <message>
        <source>Explain why a clause (e.g. a society-critical catalogue provision) is not in the annex; an empty text removes the explanation.</source>
        <translation>Forklar hvorfor en klausul (fx en bestemmelse i kataloget for samfundskritiske systemer) ikke er i bilaget; en tom tekst fjerner forklaringen.</translation>
    </message>
    <message>
        <source>The explanation.</source>
        <translation>Forklaringen.</translation>
    </message>
    <message>
        <source>explain needs --text T</source>
        <translation>explain kræver --text T</translation>
    </message>
    <message>
        <source>no clause with id &quot;%1&quot;</source>
        <translation>ingen klausul med id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is in the draft as %2; only a clause left out is explained</source>
        <translation>%1 er i udkastet som %2; kun en udeladt klausul forklares</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Export</name>
    <message>
        <source>Export a draft&apos;s annex to DOCX and PDF.</source>
        <translation>Eksportér et udkasts bilag til DOCX og PDF.</translation>
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
        <source>export needs an output: -o OUT</source>
        <translation>export kræver en outputfil eller -mappe: -o OUT</translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation>--lang skal være da eller en</translation>
    </message>
    <message numerus="yes">
        <source>error: the annex has %n error(s); fix them, export the review edition, or use --force</source>
        <translation>
            <numerusform>fejl: bilaget har %n fejl; ret den, eksportér gennemgangsudgaven, eller brug --force</numerusform>
            <numerusform>fejl: bilaget har %n fejl; ret dem, eksportér gennemgangsudgaven, eller brug --force</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: docx, pdf, all (both), or xlsx (the compliance schedule as a workbook for the tenderer to fill in).</source>
        <translation>Uddataformat: docx, pdf, all (begge) eller xlsx (complianceskemaet som regneark, som tilbudsgiver udfylder).</translation>
    </message>
    <message>
        <source>tender (with guidance and compliance schedule), contract, review (internal: deviations as tracked changes, comments, problems), or schedule (the compliance schedule on its own, to fill in).</source>
        <translation>tender (med vejledning og complianceskema), contract, review (internt: afvigelser som registrerede ændringer, kommentarer, problemer) eller schedule (complianceskemaet alene, til udfyldning).</translation>
    </message>
    <message>
        <source>--format must be docx, pdf, all or xlsx</source>
        <translation>--format skal være docx, pdf, all eller xlsx</translation>
    </message>
    <message>
        <source>--edition must be tender, contract, review or schedule</source>
        <translation>--edition skal være tender, contract, review eller schedule</translation>
    </message>
    <message>
        <source>Export the tender or contract edition even when the annex has errors or is not approved; the document is then stamped &quot;DRAFT – not approved&quot;.</source>
        <translation>Eksportér udbuds- eller kontraktudgaven, selv om bilaget har fejl eller ikke er godkendt; dokumentet stemples da &quot;UDKAST – ikke godkendt&quot;.</translation>
    </message>
    <message>
        <source>Review edition: show the changes since the published version V as tracked changes.</source>
        <translation>Gennemgangsudgave: vis ændringerne siden den offentliggjorte version V som registrerede ændringer.</translation>
    </message>
    <message>
        <source>--compare is for the review edition</source>
        <translation>--compare gælder kun gennemgangsudgaven</translation>
    </message>
    <message numerus="yes">
        <source>error: %n item(s) not approved; approval is required before publishing (export the review edition, or use --force for a stamped draft)</source>
        <translation>
            <numerusform>fejl: %n punkt er ikke godkendt; godkendelse kræves før offentliggørelse (eksportér gennemgangsudgaven, eller brug --force til et stemplet udkast)</numerusform>
            <numerusform>fejl: %n punkter er ikke godkendt; godkendelse kræves før offentliggørelse (eksportér gennemgangsudgaven, eller brug --force til et stemplet udkast)</numerusform>
        </translation>
    </message>
    <message>
        <source>the draft has no published version %1 with a snapshot</source>
        <translation>kladden har ingen udgivet version %1 med et øjebliksbillede</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Fmt</name>
    <message>
        <source>Rewrite library XML files (folders: every *.xml below them) in the one canonical layout: attribute order, two-space indentation, text filled to %1 columns. With --check nothing is written: the files that differ are listed and the exit code is 1.</source>
        <translation>Skriv biblioteks-XML-filer (mapper: alle *.xml under dem) om i den ene faste opsætning: attributternes rækkefølge, indrykning med to mellemrum, tekst fyldt ud til %1 tegn. Med --check skrives intet: de filer, der afviger, vises, og afslutningskoden er 1.</translation>
    </message>
    <message>
        <source>Only list the files whose layout differs; exit 1 if there are any.</source>
        <translation>Vis kun de filer, hvis opsætning afviger; afslut med 1, hvis der er nogen.</translation>
    </message>
    <message>
        <source>%1: not in the canonical layout</source>
        <translation>%1: ikke i den faste opsætning</translation>
    </message>
    <message>
        <source>%1: formatted</source>
        <translation>%1: sat op</translation>
    </message>
    <message>
        <source>%1 of %2 files to format</source>
        <translation>%1 af %2 filer skal sættes op</translation>
    </message>
    <message>
        <source>%1 of %2 files formatted</source>
        <translation>%1 af %2 filer sat op</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Lint</name>
    <message numerus="yes">
        <source>%n clause(s) checked</source>
        <translation>
            <numerusform>%n klausul kontrolleret</numerusform>
            <numerusform>%n klausuler kontrolleret</numerusform>
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
        <source>Check library folders or single clause files as validate does, and their drafting: Danish and English that differ in parameters, lists or numbers, vague words, numbers that are not parameters, parameters without guidance, guidance repeated from another clause, defined terms in lower case, withdrawn clauses without a successor or reason. Each message ends with its rule in brackets. With --library the folders are layered on top of those libraries.</source>
        <translation>Kontrollér biblioteksmapper eller enkelte klausulfiler som validate og deres formulering: dansk og engelsk med forskellige parametre, lister eller tal, vage ord, tal, der ikke er parametre, parametre uden vejledning, vejledning gentaget fra en anden klausul, definerede begreber med lille begyndelsesbogstav, udgåede klausuler uden afløser eller begrundelse. Hver meddelelse slutter med sin regel i kantede parenteser. Med --library lægges mapperne oven på de biblioteker.</translation>
    </message>
    <message>
        <source>not a library folder or clause file</source>
        <translation>hverken en biblioteksmappe eller en klausulfil</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::List</name>
    <message>
        <source>List the clauses of the library, or search them.</source>
        <translation>Vis bibliotekets klausuler, eller søg i dem.</translation>
    </message>
    <message>
        <source>Only clauses matching TEXT, best matches first.</source>
        <translation>Kun klausuler, der matcher TEXT, med de bedste match først.</translation>
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
        <source>list takes no arguments other than options</source>
        <translation>list tager ingen andre argumenter end tilvalg</translation>
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
</context>
<context>
    <name>klausul::cli::commands::New</name>
    <message>
        <source>Create a new draft with the annex details given, optionally answering the risk profile and applying its suggestions.</source>
        <translation>Opret et nyt udkast med de angivne bilagsoplysninger, evt. med svar på risikoprofilen og dens forslag taget med.</translation>
    </message>
    <message>
        <source>The draft file to create.</source>
        <translation>Udkastfilen, der skal oprettes.</translation>
    </message>
    <message>
        <source>Add the clauses the risk profile suggests (as &quot;klausul-cli apply&quot;).</source>
        <translation>Tilføj de klausuler, risikoprofilen foreslår (som &quot;klausul-cli apply&quot;).</translation>
    </message>
    <message>
        <source>The contracting authority.</source>
        <translation>Den ordregivende myndighed.</translation>
    </message>
    <message>
        <source>The tender (procurement) title.</source>
        <translation>Udbuddets titel.</translation>
    </message>
    <message>
        <source>The authority&apos;s case number.</source>
        <translation>Myndighedens sagsnummer.</translation>
    </message>
    <message>
        <source>The annex number in the contract (default 9).</source>
        <translation>Bilagsnummeret i kontrakten (standard 9).</translation>
    </message>
    <message>
        <source>The annex title.</source>
        <translation>Bilagets titel.</translation>
    </message>
    <message>
        <source>The K04 annex category: A, B or C.</source>
        <translation>K04-bilagskategorien: A, B eller C.</translation>
    </message>
    <message>
        <source>The annex language: da (default) or en.</source>
        <translation>Bilagets sprog: da (standard) eller en.</translation>
    </message>
    <message>
        <source>Print the draft without writing it.</source>
        <translation>Udskriv udkastet uden at gemme det.</translation>
    </message>
    <message>
        <source>Overwrite DRAFT when it exists.</source>
        <translation>Overskriv DRAFT, hvis den findes.</translation>
    </message>
    <message>
        <source>new takes no arguments other than options</source>
        <translation>new tager ingen argumenter ud over tilvalg</translation>
    </message>
    <message>
        <source>new needs the draft to create: -o DRAFT</source>
        <translation>new kræver udkastet, der skal oprettes: -o DRAFT</translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation>--lang skal være da eller en</translation>
    </message>
    <message>
        <source>--category must be A, B or C</source>
        <translation>--category skal være A, B eller C</translation>
    </message>
    <message>
        <source>--types must list MK, PK or K, comma-separated</source>
        <translation>--types skal angive MK, PK eller K, kommasepareret</translation>
    </message>
    <message>
        <source>%1 exists; use --force to replace it</source>
        <translation>%1 findes; brug --force for at erstatte den</translation>
    </message>
    <message>
        <source>--tiers must list core, recommended or optional, comma-separated</source>
        <translation>--tiers skal angive core, recommended eller optional, kommasepareret</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Profile</name>
    <message>
        <source>Answer risk-profile questions of the draft (the wizard&apos;s first page). Run &quot;klausul-cli apply&quot; afterwards to take the suggestions.</source>
        <translation>Besvar udkastets risikoprofilspørgsmål (guidens første side). Kør &quot;klausul-cli apply&quot; bagefter for at tage forslagene med.</translation>
    </message>
    <message>
        <source>profile needs --answer Q=A or --profile FILE</source>
        <translation>profile kræver --answer Q=A eller --profile FILE</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Publish</name>
    <message>
        <source>The version number, e.g. 1.0.</source>
        <translation>Versionsnummeret, fx 1.0.</translation>
    </message>
    <message>
        <source>What changed in this version.</source>
        <translation>Hvad der er ændret i denne version.</translation>
    </message>
    <message>
        <source>publish needs --version V</source>
        <translation>publish kræver --version V</translation>
    </message>
    <message>
        <source>publish needs --note T</source>
        <translation>publish kræver --note T</translation>
    </message>
    <message>
        <source>version %1 is already published</source>
        <translation>version %1 er allerede udgivet</translation>
    </message>
    <message numerus="yes">
        <source>the annex has %n error(s); fix them before publishing, or use --force</source>
        <translation>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Publish a version of the annex: records version V with today&apos;s date, the approver NAME and the note in the annex&apos;s version table, and keeps the requirements as published (for --compare V). Refused while the annex has errors or items that are not approved (unless --force), or when V is already in the table.</source>
        <translation>Udgiv en version af bilaget: registrerer version V med dags dato, godkenderen NAVN og noten i bilagets versionstabel og gemmer kravene, som de blev udgivet (til --compare V). Afvises, mens bilaget har fejl eller punkter, der ikke er godkendt (medmindre --force), eller når V allerede står i tabellen.</translation>
    </message>
    <message>
        <source>Publish even when the annex has errors or items that are not approved.</source>
        <translation>Udgiv, selv om bilaget har fejl eller punkter, der ikke er godkendt.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not approved; approve them before publishing, or use --force</source>
        <translation>
            <numerusform>%n punkt er ikke godkendt; godkend det før udgivelse, eller brug --force</numerusform>
            <numerusform>%n punkter er ikke godkendt; godkend dem før udgivelse, eller brug --force</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Remove</name>
    <message>
        <source>Remove a requirement. Its number is withdrawn (listed in the version table, never reused) until &quot;klausul-cli renumber&quot;.</source>
        <translation>Fjern et krav. Dets nummer udgår (står i versionstabellen og genbruges aldrig) indtil &quot;klausul-cli renumber&quot;.</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Renumber</name>
    <message>
        <source>Number the requirements 1..N in document order again and forget the withdrawn numbers. Refused once a version is published (its numbers may be referred to) unless --after-publication is given; the next version&apos;s change notes then list every new number.</source>
        <translation>Nummerér kravene 1..N i dokumentets rækkefølge igen og glem de udgåede numre. Afvises, når en version er offentliggjort (der kan være henvist til dens numre), medmindre --after-publication er angivet; den næste versions ændringsnoter viser så hvert nyt nummer.</translation>
    </message>
    <message>
        <source>Renumber even though a version is published.</source>
        <translation>Omnummerér, selv om en version er offentliggjort.</translation>
    </message>
    <message>
        <source>(use --after-publication to renumber anyway)</source>
        <translation>(brug --after-publication for at omnummerere alligevel)</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Report</name>
    <message>
        <source>Print the library&apos;s content: clauses per theme, type and option, and which framework controls no clause refers to.</source>
        <translation>Vis bibliotekets indhold: klausuler pr. tema, kravtype og option, og hvilke kontroller i rammeværkerne ingen klausul henviser til.</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Set</name>
    <message>
        <source>Set parameter values of a requirement. Values are checked against the parameter (type, range, choices); an empty VALUE clears it. If one value is wrong, nothing is changed.</source>
        <translation>Angiv parameterværdier for et krav. Værdierne kontrolleres mod parameteren (type, interval, valgmuligheder); en tom VALUE rydder den. Er én værdi forkert, ændres intet.</translation>
    </message>
    <message>
        <source>expected PARAM=VALUE, not &quot;%1&quot;</source>
        <translation>forventede PARAM=VALUE, ikke &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has no parameter &quot;%2&quot; (parameters: %3)</source>
        <translation>%1 har ingen parameter &quot;%2&quot; (parametre: %3)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Show</name>
    <message>
        <source>Show one clause in full.</source>
        <translation>Vis én klausul i sin helhed.</translation>
    </message>
    <message>
        <source>show takes exactly one clause id</source>
        <translation>show tager præcis ét klausul-id</translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation>--lang skal være da eller en</translation>
    </message>
    <message>
        <source>no clause with id &quot;%1&quot;</source>
        <translation>ingen klausul med id &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Suggest</name>
    <message>
        <source>Suggest the clauses that the draft&apos;s risk profile calls for, each with the answers that call for it.</source>
        <translation>Foreslå de klausuler, som udkastets risikoprofil gør relevante, hver med de svar, der gør klausulen relevant.</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Type</name>
    <message>
        <source>Set the requirement type of a requirement: MK (minimum requirement), PK, K, or default (the clause&apos;s own type).</source>
        <translation>Angiv et kravs kravtype: MK (mindstekrav), PK, K eller default (klausulens egen type).</translation>
    </message>
    <message>
        <source>the type must be MK, PK, K or default, not &quot;%1&quot;</source>
        <translation>typen skal være MK, PK, K eller default, ikke &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Upgrade</name>
    <message>
        <source>Show what the library&apos;s newer clause versions change in the requirements (old standard text, new standard text and own wording), and accept them.</source>
        <translation>Vis, hvad bibliotekets nyere klausulversioner ændrer i kravene (gammel standardtekst, ny standardtekst og egen formulering), og accepter dem.</translation>
    </message>
    <message>
        <source>Accept the new versions of the given requirements (all outdated ones when no number is given).</source>
        <translation>Accepter de nye versioner af de angivne krav (alle forældede, når der ikke er angivet et nummer).</translation>
    </message>
    <message>
        <source>With --accept: keep own wording the library changed under.</source>
        <translation>Med --accept: behold egen formulering, selv om biblioteket har ændret teksten under den.</translation>
    </message>
    <message>
        <source>With --accept: replace such own wording by the new standard text.</source>
        <translation>Med --accept: erstat sådan egen formulering med den nye standardtekst.</translation>
    </message>
    <message>
        <source>--keep-wording and --take-standard exclude each other</source>
        <translation>--keep-wording og --take-standard udelukker hinanden</translation>
    </message>
    <message>
        <source>--keep-wording and --take-standard need --accept</source>
        <translation>--keep-wording og --take-standard kræver --accept</translation>
    </message>
    <message>
        <source>%1 is already based on the library&apos;s version of its clause</source>
        <translation>%1 bygger allerede på bibliotekets version af sin klausul</translation>
    </message>
    <message>
        <source>%1: every requirement is based on the library&apos;s current version</source>
        <translation>%1: alle krav bygger på bibliotekets nuværende version</translation>
    </message>
    <message>
        <source>%1: the library changed the standard text under own wording; run without --accept to see the three texts, then add --keep-wording or --take-standard</source>
        <translation>%1: biblioteket har ændret standardteksten under egen formulering; kør uden --accept for at se de tre tekster, og tilføj så --keep-wording eller --take-standard</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Validate</name>
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
</context>
<context>
    <name>klausul::cli::commands::Variant</name>
    <message>
        <source>Choose the variant of a requirement; &quot;standard&quot; for the standard text.</source>
        <translation>Vælg et kravs variant; &quot;standard&quot; for standardteksten.</translation>
    </message>
    <message>
        <source>%1 has no variant &quot;%2&quot; (variants: %3)</source>
        <translation>%1 har ingen variant &quot;%2&quot; (varianter: %3)</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Wording</name>
    <message>
        <source>Give a requirement your own wording from a text file (paragraphs separated by blank lines, &quot;- &quot; for list items, {parameter} for values), or --reset it to the standard text.</source>
        <translation>Giv et krav egen formulering fra en tekstfil (afsnit adskilt af tomme linjer, &quot;- &quot; for punkter, {parameter} for værdier), eller nulstil den til standardteksten med --reset.</translation>
    </message>
    <message>
        <source>Read the wording from FILE (UTF-8).</source>
        <translation>Læs formuleringen fra FILE (UTF-8).</translation>
    </message>
    <message>
        <source>Go back to the standard text.</source>
        <translation>Gå tilbage til standardteksten.</translation>
    </message>
    <message>
        <source>The language of the wording (default: the draft&apos;s language).</source>
        <translation>Formuleringens sprog (standard: udkastets sprog).</translation>
    </message>
    <message>
        <source>wording needs either --file F or --reset</source>
        <translation>wording kræver enten --file F eller --reset</translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation>--lang skal være da eller en</translation>
    </message>
    <message>
        <source>%1 is your own requirement; it has no standard text</source>
        <translation>%1 er et af jeres egne krav; det har ingen standardtekst</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty; use --reset for the standard text</source>
        <translation>%1 er tom; brug --reset for standardteksten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Information-security clauses for Danish public IT contracts</source>
        <translation>Klausuler om informationssikkerhed til offentlige danske it-kontrakter</translation>
    </message>
    <message>
        <source>A draft (*.klausul) to open.</source>
        <translation>Et udkast (*.klausul), der skal åbnes.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Gem et billede af vinduet i FILE, og afslut.</translation>
    </message>
    <message>
        <source>Also save a picture of the export dialog to FILE.</source>
        <translation>Gem også et billede af eksportdialogen i FILE.</translation>
    </message>
    <message>
        <source>Open the bundled example draft (a municipality&apos;s cloud case-management system).</source>
        <translation>Åbn det medfølgende eksempeludkast (en kommunes cloudbaserede sagsbehandlingssystem).</translation>
    </message>
</context>
</TS>
