<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>klausul::Cli</name>
    <message>
        <source>check library folders, clause files or drafts</source>
        <translation>check library folders, clause files or drafts</translation>
    </message>
    <message>
        <source>list or search the clauses</source>
        <translation>list or search the clauses</translation>
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
        <source>Exit codes: 0 success, 1 invalid input or problems found, 2 usage error, 3 external tool missing or failed, 4 cannot read or write a file.</source>
        <translation>Exit codes: 0 success, 1 invalid input or problems found, 2 usage error, 3 external tool missing or failed, 4 cannot read or write a file.</translation>
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
        <source>Only clauses matching TEXT (ranked).</source>
        <translation>Only clauses matching TEXT (ranked).</translation>
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
        <source>List or search the clauses of the library.</source>
        <translation>List or search the clauses of the library.</translation>
    </message>
    <message>
        <source>list takes no positional arguments</source>
        <translation>list takes no positional arguments</translation>
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
        <source>Version %1 · %2 · option %3 · %4 · %5</source>
        <translation>Version %1 · %2 · option %3 · %4 · %5</translation>
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
        <source>Source: %1</source>
        <translation>Source: %1</translation>
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
        <source>a second library manifest; %1 is the manifest of this folder</source>
        <translation>a second library manifest; %1 is the manifest of this folder</translation>
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
        <source>the parameter "%1" has bounds but is not a number</source>
        <translation>the parameter "%1" has bounds but is not a number</translation>
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
        <source>no version</source>
        <translation>no version</translation>
    </message>
    <message>
        <source>the library has no reference list for %1</source>
        <translation>the library has no reference list for %1</translation>
    </message>
    <message>
        <source>the library has no reference list for %1 (known: %2)</source>
        <translation>the library has no reference list for %1 (known: %2)</translation>
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
        <source>malformed XML</source>
        <translation>malformed XML</translation>
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
