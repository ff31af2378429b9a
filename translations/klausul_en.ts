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
        <source>the authority&apos;s own requirement has no title</source>
        <translation>the authority&apos;s own requirement has no title</translation>
    </message>
    <message>
        <source>the authority&apos;s own requirement has no text</source>
        <translation>the authority&apos;s own requirement has no text</translation>
    </message>
    <message>
        <source>the clause %1 is not in the library %2</source>
        <translation>the clause %1 is not in the library %2</translation>
    </message>
    <message>
        <source>the clause %1 has no variant &quot;%2&quot;; the standard text is used</source>
        <translation>the clause %1 has no variant &quot;%2&quot;; the standard text is used</translation>
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
        <source>the value for &quot;%1&quot; is ignored: the clause has no such parameter</source>
        <translation>the value for &quot;%1&quot; is ignored: the clause has no such parameter</translation>
    </message>
    <message>
        <source>the text refers to the parameter &quot;%1&quot;, which the clause does not have</source>
        <translation>the text refers to the parameter &quot;%1&quot;, which the clause does not have</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has no value</source>
        <translation>the parameter &quot;%1&quot; has no value</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; is invalid: %2</source>
        <translation>the value of &quot;%1&quot; is invalid: %2</translation>
    </message>
    <message>
        <source>the requirement&apos;s own wording exists only in the other language; this language uses the standard text</source>
        <translation>the requirement&apos;s own wording exists only in the other language; this language uses the standard text</translation>
    </message>
    <message>
        <source>the draft&apos;s details contain an invisible Unicode direction control that makes them print differently from what they say; remove it</source>
        <translation>the draft&apos;s details contain an invisible Unicode direction control that makes them print differently from what they say; remove it</translation>
    </message>
    <message>
        <source>contains an invisible Unicode direction control that makes it print differently from what it says; remove it</source>
        <translation>contains an invisible Unicode direction control that makes it print differently from what it says; remove it</translation>
    </message>
    <message>
        <source>the value of %1 %2</source>
        <translation>the value of %1 %2</translation>
    </message>
    <message>
        <source>the title %1</source>
        <translation>the title %1</translation>
    </message>
    <message>
        <source>the own wording %1</source>
        <translation>the own wording %1</translation>
    </message>
    <message>
        <source>a comment %1</source>
        <translation>a comment %1</translation>
    </message>
    <message>
        <source>the authority&apos;s own requirement still holds the placeholder text &quot;%1&quot;</source>
        <translation>the authority&apos;s own requirement still holds the placeholder text &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; refers to this annex by its number; write &quot;dette bilag&quot; or use a requirement reference</source>
        <translation>the value of &quot;%1&quot; refers to this annex by its number; write &quot;dette bilag&quot; or use a requirement reference</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points to a requirement based on %2, but %2 is not in the annex</source>
        <translation>&quot;%1&quot; points to a requirement based on %2, but %2 is not in the annex</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points to the annex with the role &quot;%2&quot;, which the contract map does not list</source>
        <translation>&quot;%1&quot; points to the annex with the role &quot;%2&quot;, which the contract map does not list</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points to the annex &quot;%2&quot;, which has no number in the contract map</source>
        <translation>&quot;%1&quot; points to the annex &quot;%2&quot;, which has no number in the contract map</translation>
    </message>
    <message>
        <source>the contract map lists an annex with the unknown role &quot;%1&quot;</source>
        <translation>the contract map lists an annex with the unknown role &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the contract map lists the customer&apos;s security requirements as another annex; they are this annex</source>
        <translation>the contract map lists the customer&apos;s security requirements as another annex; they are this annex</translation>
    </message>
    <message>
        <source>the contract map lists the role &quot;%1&quot; twice</source>
        <translation>the contract map lists the role &quot;%1&quot; twice</translation>
    </message>
    <message>
        <source>the contract map gives &quot;%1&quot; the number %2, which is this annex&apos;s number</source>
        <translation>the contract map gives &quot;%1&quot; the number %2, which is this annex&apos;s number</translation>
    </message>
    <message>
        <source>the risk profile answers the question &quot;%1&quot;, which the library %2 does not have</source>
        <translation>the risk profile answers the question &quot;%1&quot;, which the library %2 does not have</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer to the risk-profile question &quot;%2&quot;</source>
        <translation>&quot;%1&quot; is not an answer to the risk-profile question &quot;%2&quot;</translation>
    </message>
    <message>
        <source>requirement %1: &quot;%2&quot; is %3 here but %4 in requirement %5; it is one value</source>
        <translation>requirement %1: &quot;%2&quot; is %3 here but %4 in requirement %5; it is one value</translation>
    </message>
    <message>
        <source>requirement %1 (%2 %3)</source>
        <translation>requirement %1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; (%3) must not exceed &quot;%4&quot; (%5) of %6. %7</source>
        <translation>%1: &quot;%2&quot; (%3) must not exceed &quot;%4&quot; (%5) of %6. %7</translation>
    </message>
    <message>
        <source>%1 conflicts with %2. %3</source>
        <translation>%1 conflicts with %2. %3</translation>
    </message>
    <message>
        <source>%1 conflicts with the risk-profile answer &quot;%2&quot;: %3. %4</source>
        <translation>%1 conflicts with the risk-profile answer &quot;%2&quot;: %3. %4</translation>
    </message>
    <message>
        <source>the contract is said to define the terms, but the contract map lists no definitions annex</source>
        <translation>the contract is said to define the terms, but the contract map lists no definitions annex</translation>
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
        <translation>unfilled</translation>
    </message>
    <message>
        <source>own wording</source>
        <translation>own wording</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>outdated</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>for review</source>
        <translation>for review</translation>
    </message>
    <message>
        <source>Clause %1, version %2</source>
        <translation>Clause %1, version %2</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
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
        <translation>fill in</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>outdated</translation>
    </message>
    <message>
        <source>own wording</source>
        <translation>own wording</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>for review</source>
        <translation>for review</translation>
    </message>
    <message>
        <source>changed since approval</source>
        <translation>changed since approval</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
</context>
<context>
    <name>klausul::ClauseEditorWindow</name>
    <message>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Clause editor</source>
        <translation>Clause editor</translation>
    </message>
    <message>
        <source>&amp;New clause…</source>
        <translation>&amp;New clause…</translation>
    </message>
    <message>
        <source>&amp;Duplicate clause…</source>
        <translation>&amp;Duplicate clause…</translation>
    </message>
    <message>
        <source>&amp;Withdraw clause</source>
        <translation>&amp;Withdraw clause</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Search id or title</source>
        <translation>Search id or title</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variants</translation>
    </message>
    <message>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
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
        <translation>Replaced by</translation>
    </message>
    <message>
        <source>Requirement type</source>
        <translation>Requirement type</translation>
    </message>
    <message>
        <source>DIGST option</source>
        <translation>DIGST option</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Contract types</source>
        <translation>Contract types</translation>
    </message>
    <message>
        <source>Applies when (one &quot;question: value value&quot; line per condition, all must hold)</source>
        <translation>Applies when (one &quot;question: value value&quot; line per condition, all must hold)</translation>
    </message>
    <message>
        <source>Titles and bodies side by side. Paragraphs are separated by a blank line, list items start with &quot;- &quot; or &quot;1. &quot;, a parameter is written {name} and a cross-reference {ref:ID}.</source>
        <translation>Titles and bodies side by side. Paragraphs are separated by a blank line, list items start with &quot;- &quot; or &quot;1. &quot;, a parameter is written {name} and a cross-reference {ref:ID}.</translation>
    </message>
    <message>
        <source>Choices: value=Dansk|English; separated by semicolons. Required: the procurement officer must fill the value in (no default).</source>
        <translation>Choices: value=Dansk|English; separated by semicolons. Required: the procurement officer must fill the value in (no default).</translation>
    </message>
    <message>
        <source>Variant id</source>
        <translation>Variant id</translation>
    </message>
    <message>
        <source>Requirement type of the variant</source>
        <translation>Requirement type of the variant</translation>
    </message>
    <message>
        <source>References of the clause</source>
        <translation>References of the clause</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Several</source>
        <translation>Several</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>Combine</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Label (da)</source>
        <translation>Label (da)</translation>
    </message>
    <message>
        <source>Label (en)</source>
        <translation>Label (en)</translation>
    </message>
    <message>
        <source>Guidance (da)</source>
        <translation>Guidance (da)</translation>
    </message>
    <message>
        <source>Guidance (en)</source>
        <translation>Guidance (en)</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choices</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Add parameter</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Remove parameter</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Add variant</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Remove variant</translation>
    </message>
    <message>
        <source>Add reference</source>
        <translation>Add reference</translation>
    </message>
    <message>
        <source>Remove reference</source>
        <translation>Remove reference</translation>
    </message>
    <message>
        <source>Search ISO 27001, CIS, NIS2, GDPR, Top 4 …</source>
        <translation>Search ISO 27001, CIS, NIS2, GDPR, Top 4 …</translation>
    </message>
    <message>
        <source>(any/all/not groups: kept as written, edit them in the XML file)</source>
        <translation>(any/all/not groups: kept as written, edit them in the XML file)</translation>
    </message>
    <message>
        <source>Kept as written, not edited here: %1.</source>
        <translation>Kept as written, not edited here: %1.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by another clause</source>
        <translation>the id &quot;%1&quot; is already used by another clause</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>No problems.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clause id (capitals, digits and dashes, e.g. ADG-20).</source>
        <translation>&quot;%1&quot; is not a clause id (capitals, digits and dashes, e.g. ADG-20).</translation>
    </message>
    <message>
        <source>The library already has a clause &quot;%1&quot;.</source>
        <translation>The library already has a clause &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No clause is selected.</source>
        <translation>No clause is selected.</translation>
    </message>
    <message>
        <source>The wording of the approved clause %1 has changed. Save it as version %2?</source>
        <translation>The wording of the approved clause %1 has changed. Save it as version %2?</translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation>Saving was cancelled.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>Clause editor – %1</source>
        <translation>Clause editor – %1</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>New clause</translation>
    </message>
    <message>
        <source>Id of the new clause (e.g. ADG-20):</source>
        <translation>Id of the new clause (e.g. ADG-20):</translation>
    </message>
    <message>
        <source>Duplicate clause</source>
        <translation>Duplicate clause</translation>
    </message>
    <message>
        <source>Id of the copy:</source>
        <translation>Id of the copy:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the changed clauses before closing?</source>
        <translation>Save the changed clauses before closing?</translation>
    </message>
</context>
<context>
    <name>klausul::ClauseReport</name>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
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
        <source>Replaced by %1</source>
        <translation>Replaced by %1</translation>
    </message>
    <message>
        <source>Variant &quot;%1&quot;: %2</source>
        <translation>Variant &quot;%1&quot;: %2</translation>
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
        <source>References:</source>
        <translation>References:</translation>
    </message>
    <message>
        <source>Source file: %1</source>
        <translation>Source file: %1</translation>
    </message>
</context>
<context>
    <name>klausul::ClauseUpgrade</name>
    <message>
        <source>The value &quot;%1&quot; of %2 is dropped: version %3 has no parameter &quot;%2&quot;</source>
        <translation>The value &quot;%1&quot; of %2 is dropped: version %3 has no parameter &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; is not valid in version %3: %4</source>
        <translation>%1 = &quot;%2&quot; is not valid in version %3: %4</translation>
    </message>
    <message>
        <source>Version %1 needs a value for %2 (%3)</source>
        <translation>Version %1 needs a value for %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2): version %3 → %4</source>
        <translation>%1 (%2): version %3 → %4</translation>
    </message>
    <message>
        <source>The clause is withdrawn from the library.</source>
        <translation>The clause is withdrawn from the library.</translation>
    </message>
    <message>
        <source>The clause is withdrawn; the library replaces it by %1.</source>
        <translation>The clause is withdrawn; the library replaces it by %1.</translation>
    </message>
    <message>
        <source>Version %1 (%2): %3</source>
        <translation>Version %1 (%2): %3</translation>
    </message>
    <message>
        <source>The text of version %1 is not recorded in this draft (it was saved by an older Klausul or before the clause was added here): the changes below compare with the new version only.</source>
        <translation>The text of version %1 is not recorded in this draft (it was saved by an older Klausul or before the clause was added here): the changes below compare with the new version only.</translation>
    </message>
    <message>
        <source>Own wording (%1):</source>
        <translation>Own wording (%1):</translation>
    </message>
    <message>
        <source>old standard text: %1</source>
        <translation>old standard text: %1</translation>
    </message>
    <message>
        <source>new standard text: %1</source>
        <translation>new standard text: %1</translation>
    </message>
    <message>
        <source>own wording: %1</source>
        <translation>own wording: %1</translation>
    </message>
    <message>
        <source>the library changed: %1</source>
        <translation>the library changed: %1</translation>
    </message>
    <message>
        <source>the authority changed: %1</source>
        <translation>the authority changed: %1</translation>
    </message>
    <message>
        <source>own wording → new standard text: %1</source>
        <translation>own wording → new standard text: %1</translation>
    </message>
    <message>
        <source>decide: the own wording does not have the library&apos;s change</source>
        <translation>decide: the own wording does not have the library&apos;s change</translation>
    </message>
    <message>
        <source>the library did not change the text the own wording replaces</source>
        <translation>the library did not change the text the own wording replaces</translation>
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
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
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
        <source>Run &quot;klausul-cli COMMAND --help&quot; for the options of a command.</source>
        <translation>Run &quot;klausul-cli COMMAND --help&quot; for the options of a command.</translation>
    </message>
    <message>
        <source>Run &quot;klausul-cli --help&quot; for usage.</source>
        <translation>Run &quot;klausul-cli --help&quot; for usage.</translation>
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
        <source>list the clauses, or search them</source>
        <translation>list the clauses, or search them</translation>
    </message>
    <message>
        <source>list the problems of a draft&apos;s annex</source>
        <translation>list the problems of a draft&apos;s annex</translation>
    </message>
    <message>
        <source>export a draft&apos;s annex to DOCX and PDF</source>
        <translation>export a draft&apos;s annex to DOCX and PDF</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 invalid input or problems found, 2 usage error, 3 an external tool is missing or failed, 4 a file cannot be read or written.</source>
        <translation>Exit codes: 0 success, 1 invalid input or problems found, 2 usage error, 3 an external tool is missing or failed, 4 a file cannot be read or written.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>print the library&apos;s content and framework coverage</source>
        <translation>print the library&apos;s content and framework coverage</translation>
    </message>
    <message>
        <source>suggest clauses from a draft&apos;s risk profile, with reasons</source>
        <translation>suggest clauses from a draft&apos;s risk profile, with reasons</translation>
    </message>
    <message>
        <source>show which framework controls a draft covers</source>
        <translation>show which framework controls a draft covers</translation>
    </message>
    <message>
        <source>create a draft, optionally from a risk profile</source>
        <translation>create a draft, optionally from a risk profile</translation>
    </message>
    <message>
        <source>answer risk-profile questions</source>
        <translation>answer risk-profile questions</translation>
    </message>
    <message>
        <source>add the suggested clauses as the wizard does, keeping your own</source>
        <translation>add the suggested clauses as the wizard does, keeping your own</translation>
    </message>
    <message>
        <source>add a clause</source>
        <translation>add a clause</translation>
    </message>
    <message>
        <source>remove a requirement (its number is withdrawn)</source>
        <translation>remove a requirement (its number is withdrawn)</translation>
    </message>
    <message>
        <source>set parameter values</source>
        <translation>set parameter values</translation>
    </message>
    <message>
        <source>choose a requirement&apos;s variant</source>
        <translation>choose a requirement&apos;s variant</translation>
    </message>
    <message>
        <source>give a requirement your own wording, or reset it</source>
        <translation>give a requirement your own wording, or reset it</translation>
    </message>
    <message>
        <source>set a requirement&apos;s type (MK, PK or K)</source>
        <translation>set a requirement&apos;s type (MK, PK or K)</translation>
    </message>
    <message>
        <source>explain why a clause is left out</source>
        <translation>explain why a clause is left out</translation>
    </message>
    <message>
        <source>record why a framework control is not covered</source>
        <translation>record why a framework control is not covered</translation>
    </message>
    <message>
        <source>add a review comment to a requirement</source>
        <translation>add a review comment to a requirement</translation>
    </message>
    <message>
        <source>approve requirements in review</source>
        <translation>approve requirements in review</translation>
    </message>
    <message>
        <source>number the requirements 1..N again</source>
        <translation>number the requirements 1..N again</translation>
    </message>
    <message>
        <source>record a version in the annex&apos;s version table</source>
        <translation>record a version in the annex&apos;s version table</translation>
    </message>
    <message>
        <source>Editing commands print what they change (or JSON with --json), write the draft atomically, leave it untouched with --dry-run, and refuse a draft that is open in Klausul or read-only.</source>
        <translation>Editing commands print what they change (or JSON with --json), write the draft atomically, leave it untouched with --dry-run, and refuse a draft that is open in Klausul or read-only.</translation>
    </message>
    <message>
        <source>usage: klausul-cli %1 %2</source>
        <translation>usage: klausul-cli %1 %2</translation>
    </message>
    <message>
        <source>Your name, recorded with the change (default: your login).</source>
        <translation>Your name, recorded with the change (default: your login).</translation>
    </message>
    <message>
        <source>%1: nothing changed</source>
        <translation>%1: nothing changed</translation>
    </message>
    <message>
        <source>%1: not written (dry run)</source>
        <translation>%1: not written (dry run)</translation>
    </message>
    <message>
        <source>%1: written</source>
        <translation>%1: written</translation>
    </message>
    <message>
        <source>%1 is open in Klausul (locked by %2); close it there first</source>
        <translation>%1 is open in Klausul (locked by %2); close it there first</translation>
    </message>
    <message>
        <source>%1 cannot be locked for writing (%2)</source>
        <translation>%1 cannot be locked for writing (%2)</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 is read-only</translation>
    </message>
    <message>
        <source>Only add suggestions of these requirement types (comma-separated, e.g. MK,PK); clauses already in the draft are always kept.</source>
        <translation>Only add suggestions of these requirement types (comma-separated, e.g. MK,PK); clauses already in the draft are always kept.</translation>
    </message>
    <message>
        <source>Apply the risk profile</source>
        <translation>Apply the risk profile</translation>
    </message>
    <message>
        <source>no question &quot;%1&quot; (questions: %2)</source>
        <translation>no question &quot;%1&quot; (questions: %2)</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no answer &quot;%2&quot; (answers: %3)</source>
        <translation>question &quot;%1&quot; has no answer &quot;%2&quot; (answers: %3)</translation>
    </message>
    <message>
        <source>Read risk-profile answers from FILE, a JSON object {&quot;question&quot;: &quot;answer&quot;, ...}.</source>
        <translation>Read risk-profile answers from FILE, a JSON object {&quot;question&quot;: &quot;answer&quot;, ...}.</translation>
    </message>
    <message>
        <source>Answer question Q with A (repeatable; see &quot;klausul-cli new --help&quot; and questions.xml for the questions).</source>
        <translation>Answer question Q with A (repeatable; see &quot;klausul-cli new --help&quot; and questions.xml for the questions).</translation>
    </message>
    <message>
        <source>expected a JSON object of answers</source>
        <translation>expected a JSON object of answers</translation>
    </message>
    <message>
        <source>expected Q=A</source>
        <translation>expected Q=A</translation>
    </message>
    <message>
        <source>edit the contract map (the other annexes)</source>
        <translation>edit the contract map (the other annexes)</translation>
    </message>
    <message>
        <source>Add suggestions of these tiers (comma-separated: core, recommended, optional); default core,recommended, as the wizard ticks them.</source>
        <translation>Add suggestions of these tiers (comma-separated: core, recommended, optional); default core,recommended, as the wizard ticks them.</translation>
    </message>
    <message>
        <source>lay library XML files out in the canonical form</source>
        <translation>lay library XML files out in the canonical form</translation>
    </message>
    <message>
        <source>check the drafting of library folders</source>
        <translation>check the drafting of library folders</translation>
    </message>
    <message>
        <source>show what changed between two drafts or two library folders</source>
        <translation>show what changed between two drafts or two library folders</translation>
    </message>
    <message>
        <source>review and accept newer clause versions (three-way with own wording)</source>
        <translation>review and accept newer clause versions (three-way with own wording)</translation>
    </message>
</context>
<context>
    <name>klausul::ContractDialog</name>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Use &amp;template</source>
        <translation>Use &amp;template</translation>
    </message>
    <message>
        <source>Replace the list by the usual annexes of the contract type; fill in the numbers of your contract.</source>
        <translation>Replace the list by the usual annexes of the contract type; fill in the numbers of your contract.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Add annex</source>
        <translation>&amp;Add annex</translation>
    </message>
    <message>
        <source>&amp;Remove annex</source>
        <translation>&amp;Remove annex</translation>
    </message>
    <message>
        <source>The contract&apos;s &amp;definitions annex defines the terms</source>
        <translation>The contract&apos;s &amp;definitions annex defines the terms</translation>
    </message>
    <message>
        <source>Contract &amp;type:</source>
        <translation>Contract &amp;type:</translation>
    </message>
    <message>
        <source>References in the requirements name a role (e.g. the data processing agreement) and show the number and title given here. This annex itself is the customer&apos;s security requirements.</source>
        <translation>References in the requirements name a role (e.g. the data processing agreement) and show the number and title given here. This annex itself is the customer&apos;s security requirements.</translation>
    </message>
    <message>
        <source>Use template</source>
        <translation>Use template</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n annex(es) in the list by the template?</source>
        <translation>
            <numerusform>Replace the %n annex(es) in the list by the template?</numerusform>
            <numerusform>Replace the %n annex(es) in the list by the template?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>klausul::CoverageDialog</name>
    <message>
        <source>Coverage (Statement of Applicability)</source>
        <translation>Coverage (Statement of Applicability)</translation>
    </message>
    <message>
        <source>&amp;Exclude with justification…</source>
        <translation>&amp;Exclude with justification…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Save as &amp;CSV…</translation>
    </message>
    <message>
        <source>Framework:</source>
        <translation>Framework:</translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation>Exclude %1</translation>
    </message>
    <message>
        <source>Save Statement of Applicability</source>
        <translation>Save Statement of Applicability</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>covered: %1 of %2 (%3 %) · excluded: %4 · open: %5</source>
        <translation>covered: %1 of %2 (%3 %) · excluded: %4 · open: %5</translation>
    </message>
    <message>
        <source>Why is %1 not covered by this contract? (Leave it empty to cancel the exclusion.)</source>
        <translation>Why is %1 not covered by this contract? (Leave it empty to cancel the exclusion.)</translation>
    </message>
</context>
<context>
    <name>klausul::CoverageModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluded</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Included</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>through option %1</source>
        <translation>through option %1</translation>
    </message>
</context>
<context>
    <name>klausul::DocxPackage</name>
    <message>
        <source>%1 is not a readable DOCX (ZIP) file</source>
        <translation>%1 is not a readable DOCX (ZIP) file</translation>
    </message>
    <message>
        <source>%1 is a damaged DOCX (ZIP) file</source>
        <translation>%1 is a damaged DOCX (ZIP) file</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
</context>
<context>
    <name>klausul::DocxPostProcess</name>
    <message>
        <source>the DOCX from pandoc has no header or footer part (is reference.docx current?)</source>
        <translation>the DOCX from pandoc has no header or footer part (is reference.docx current?)</translation>
    </message>
</context>
<context>
    <name>klausul::DraftDiff</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>annex detail %1: %2 → %3</source>
        <translation>annex detail %1: %2 → %3</translation>
    </message>
    <message>
        <source>answer %1: %2 → %3</source>
        <translation>answer %1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation>%1: added</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1: removed</translation>
    </message>
    <message>
        <source>%1: renumbered from %2</source>
        <translation>%1: renumbered from %2</translation>
    </message>
    <message>
        <source>%1: value %2: %3 → %4</source>
        <translation>%1: value %2: %3 → %4</translation>
    </message>
    <message>
        <source>%1: variant %2 → %3</source>
        <translation>%1: variant %2 → %3</translation>
    </message>
    <message>
        <source>%1: requirement type %2 → %3</source>
        <translation>%1: requirement type %2 → %3</translation>
    </message>
    <message>
        <source>%1: wording (%2): %3</source>
        <translation>%1: wording (%2): %3</translation>
    </message>
    <message>
        <source>back to the standard text</source>
        <translation>back to the standard text</translation>
    </message>
    <message>
        <source>%1: title (%2): %3 → %4</source>
        <translation>%1: title (%2): %3 → %4</translation>
    </message>
    <message>
        <source>%1: review %2 → %3</source>
        <translation>%1: review %2 → %3</translation>
    </message>
    <message>
        <source>%1: comment by %2: %3</source>
        <translation>%1: comment by %2: %3</translation>
    </message>
    <message>
        <source>explanation for %1: %2 → %3</source>
        <translation>explanation for %1: %2 → %3</translation>
    </message>
    <message>
        <source>exclusion of %1: %2 → %3</source>
        <translation>exclusion of %1: %2 → %3</translation>
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
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Add own requirement</source>
        <translation>Add own requirement</translation>
    </message>
    <message>
        <source>Remove requirement %1</source>
        <translation>Remove requirement %1</translation>
    </message>
    <message>
        <source>Move requirement %1</source>
        <translation>Move requirement %1</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Set %1</translation>
    </message>
    <message>
        <source>Change variant</source>
        <translation>Change variant</translation>
    </message>
    <message>
        <source>Change requirement type</source>
        <translation>Change requirement type</translation>
    </message>
    <message>
        <source>Edit wording</source>
        <translation>Edit wording</translation>
    </message>
    <message>
        <source>Reset to the standard text</source>
        <translation>Reset to the standard text</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Edit title</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <source>Change review status</source>
        <translation>Change review status</translation>
    </message>
    <message>
        <source>Edit annex details</source>
        <translation>Edit annex details</translation>
    </message>
    <message>
        <source>Change the risk profile</source>
        <translation>Change the risk profile</translation>
    </message>
    <message>
        <source>Explain %1</source>
        <translation>Explain %1</translation>
    </message>
    <message>
        <source>Add version %1</source>
        <translation>Add version %1</translation>
    </message>
    <message>
        <source>Renumber requirements</source>
        <translation>Renumber requirements</translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation>Exclude %1</translation>
    </message>
    <message>
        <source>Accept version %1 of %2</source>
        <translation>Accept version %1 of %2</translation>
    </message>
    <message>
        <source>Edit contract map</source>
        <translation>Edit contract map</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approve the explanation of %1</source>
        <translation>Approve the explanation of %1</translation>
    </message>
    <message>
        <source>the version needs a number</source>
        <translation>the version needs a number</translation>
    </message>
    <message>
        <source>version %1 is already published</source>
        <translation>version %1 is already published</translation>
    </message>
    <message>
        <source>publishing needs the name of the approver</source>
        <translation>publishing needs the name of the approver</translation>
    </message>
    <message>
        <source>Require approval before publishing</source>
        <translation>Require approval before publishing</translation>
    </message>
    <message>
        <source>Allow publishing without approval</source>
        <translation>Allow publishing without approval</translation>
    </message>
    <message>
        <source>version %1 is published, and its requirement numbers may be referred to: they are not renumbered</source>
        <translation>version %1 is published, and its requirement numbers may be referred to: they are not renumbered</translation>
    </message>
</context>
<context>
    <name>klausul::DraftGuard</name>
    <message>
        <source>process %1 on %2</source>
        <translation>process %1 on %2</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>another program</translation>
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
    <name>klausul::EditableClause</name>
    <message>
        <source>The file could not be read as XML.</source>
        <translation>The file could not be read as XML.</translation>
    </message>
</context>
<context>
    <name>klausul::ExportDialog</name>
    <message>
        <source>Export annex</source>
        <translation>Export annex</translation>
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
        <translation>Tender: with guidance for tenderers and compliance schedule</translation>
    </message>
    <message>
        <source>Contract: the requirements only</source>
        <translation>Contract: the requirements only</translation>
    </message>
    <message>
        <source>Review (internal): deviations as tracked changes, comments, problems</source>
        <translation>Review (internal): deviations as tracked changes, comments, problems</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formats:</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Edition:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Word and PDF documents (*.docx *.pdf)</source>
        <translation>Word and PDF documents (*.docx *.pdf)</translation>
    </message>
    <message>
        <source>The annex has problems</source>
        <translation>The annex has problems</translation>
    </message>
    <message>
        <source>The tender and contract editions are made only from an annex without errors. Fix these problems first, or export the review edition:

%1</source>
        <translation>The tender and contract editions are made only from an annex without errors. Fix these problems first, or export the review edition:

%1</translation>
    </message>
    <message numerus="yes">
        <source>Not exported: the annex has %n error(s).</source>
        <translation>
            <numerusform>Not exported: the annex has %n error.</numerusform>
            <numerusform>Not exported: the annex has %n errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>The annex was exported:
%1</source>
        <translation>The annex was exported:
%1</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Open &amp;file</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>Open f&amp;older</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>A program is missing</source>
        <translation>A program is missing</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (View ▸ Review lists them all)</source>
        <translation>
            <numerusform>… and %n more (View ▸ Review lists them all)</numerusform>
            <numerusform>… and %n more (View ▸ Review lists them all)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message numerus="yes">
        <source>Approval is required before publishing, and %n item(s) are not approved:

%1

Export a draft stamped &quot;%2&quot; instead?</source>
        <translation>
            <numerusform>Approval is required before publishing, and %n item are not approved:

%1

Export a draft stamped &quot;%2&quot; instead?</numerusform>
            <numerusform>Approval is required before publishing, and %n items are not approved:

%1

Export a draft stamped &quot;%2&quot; instead?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not exported: %n item(s) not approved.</source>
        <translation>
            <numerusform>Not exported: %n item not approved.</numerusform>
            <numerusform>Not exported: %n items not approved.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xcel schedule (XLSX)</source>
        <translation>E&amp;xcel schedule (XLSX)</translation>
    </message>
    <message>
        <source>The compliance schedule as a workbook for the tenderer to fill in, with drop-down answers</source>
        <translation>The compliance schedule as a workbook for the tenderer to fill in, with drop-down answers</translation>
    </message>
    <message>
        <source>Compliance schedule: for the tenderer to fill in</source>
        <translation>Compliance schedule: for the tenderer to fill in</translation>
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
        <source>Preparing LibreOffice</source>
        <translation>Preparing LibreOffice</translation>
    </message>
    <message>
        <source>Making the PDF with LibreOffice</source>
        <translation>Making the PDF with LibreOffice</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>the DOCX file is missing or cannot be read</source>
        <translation>the DOCX file is missing or cannot be read</translation>
    </message>
    <message>
        <source>the DOCX file is not a readable ZIP archive with word/document.xml</source>
        <translation>the DOCX file is not a readable ZIP archive with word/document.xml</translation>
    </message>
    <message>
        <source>word/document.xml in the DOCX file is not well-formed XML: %1</source>
        <translation>word/document.xml in the DOCX file is not well-formed XML: %1</translation>
    </message>
    <message>
        <source>LibreOffice failed to start (exit code %1): %2</source>
        <translation>LibreOffice failed to start (exit code %1): %2</translation>
    </message>
    <message>
        <source>pandoc reported success but did not create a valid DOCX file: %1</source>
        <translation>pandoc reported success but did not create a valid DOCX file: %1</translation>
    </message>
    <message>
        <source>LibreOffice exited without creating its user profile; %1</source>
        <translation>LibreOffice exited without creating its user profile; %1</translation>
    </message>
    <message>
        <source>LibreOffice exited without producing the PDF; %1</source>
        <translation>LibreOffice exited without producing the PDF; %1</translation>
    </message>
    <message>
        <source>check that the Debian package libreoffice-writer-nogui (or LibreOffice Writer) is installed and starts</source>
        <translation>check that the Debian package libreoffice-writer-nogui (or LibreOffice Writer) is installed and starts</translation>
    </message>
    <message>
        <source>cannot finish the DOCX: %1</source>
        <translation>cannot finish the DOCX: %1</translation>
    </message>
    <message>
        <source>LibreOffice did not save the DOCX with its table of contents (%1); %2</source>
        <translation>LibreOffice did not save the DOCX with its table of contents (%1); %2</translation>
    </message>
    <message>
        <source>word/document.xml in the DOCX file is larger than this annex can make (%1 MiB at most) or compressed like a ZIP bomb</source>
        <translation>word/document.xml in the DOCX file is larger than this annex can make (%1 MiB at most) or compressed like a ZIP bomb</translation>
    </message>
</context>
<context>
    <name>klausul::ExportPlan</name>
    <message>
        <source>%1 is a PDF name, but the format is DOCX; use a .docx name or --format pdf</source>
        <translation>%1 is a PDF name, but the format is DOCX; use a .docx name or --format pdf</translation>
    </message>
    <message>
        <source>%1 is a DOCX name, but the format is PDF; use a .pdf name or --format docx</source>
        <translation>%1 is a DOCX name, but the format is PDF; use a .pdf name or --format docx</translation>
    </message>
</context>
<context>
    <name>klausul::ExternalTools</name>
    <message>
        <source>pandoc is not installed; it makes the DOCX. Install it (Debian and Ubuntu: &quot;sudo apt install pandoc&quot;; Windows and macOS: https://pandoc.org/installing.html).</source>
        <translation>pandoc is not installed; it makes the DOCX. Install it (Debian and Ubuntu: &quot;sudo apt install pandoc&quot;; Windows and macOS: https://pandoc.org/installing.html).</translation>
    </message>
    <message>
        <source>LibreOffice is not installed; it makes the PDF. Install it (Debian and Ubuntu: &quot;sudo apt install libreoffice-writer-nogui fonts-crosextra-carlito fonts-crosextra-caladea&quot;; Windows and macOS: https://www.libreoffice.org).</source>
        <translation>LibreOffice is not installed; it makes the PDF. Install it (Debian and Ubuntu: &quot;sudo apt install libreoffice-writer-nogui fonts-crosextra-carlito fonts-crosextra-caladea&quot;; Windows and macOS: https://www.libreoffice.org).</translation>
    </message>
</context>
<context>
    <name>klausul::FollowOrExplainDialog</name>
    <message>
        <source>Follow or explain</source>
        <translation>Follow or explain</translation>
    </message>
    <message>
        <source>For a society-critical system every provision of the catalogue must be in the annex, or the authority must explain why it is left out of this contract. Explanations are listed in the review edition.</source>
        <translation>For a society-critical system every provision of the catalogue must be in the annex, or the authority must explain why it is left out of this contract. Explanations are listed in the review edition.</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Why is this provision left out of this contract?</source>
        <translation>Why is this provision left out of this contract?</translation>
    </message>
    <message>
        <source>&amp;Save explanation</source>
        <translation>&amp;Save explanation</translation>
    </message>
    <message>
        <source>&amp;Add to annex instead</source>
        <translation>&amp;Add to annex instead</translation>
    </message>
    <message>
        <source>in the annex</source>
        <translation>in the annex</translation>
    </message>
    <message>
        <source>explained</source>
        <translation>explained</translation>
    </message>
    <message>
        <source>explanation missing</source>
        <translation>explanation missing</translation>
    </message>
    <message>
        <source>A&amp;pprove explanation</source>
        <translation>A&amp;pprove explanation</translation>
    </message>
    <message>
        <source>explained, approved</source>
        <translation>explained, approved</translation>
    </message>
</context>
<context>
    <name>klausul::Frameworks</name>
    <message>
        <source>ISO/IEC 27001:2022 Annex A</source>
        <translation>ISO/IEC 27001:2022 Annex A</translation>
    </message>
    <message>
        <source>CIS Controls v8</source>
        <translation>CIS Controls v8</translation>
    </message>
    <message>
        <source>NIS2 art. 21(2)</source>
        <translation>NIS2 art. 21(2)</translation>
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
</context>
<context>
    <name>klausul::HelpDialog</name>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>From the search field: go to the results</source>
        <translation>From the search field: go to the results</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Next or previous field</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>Next tab of the inspector</source>
        <translation>Next tab of the inspector</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>klausul::HtmlRender</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <source>%1 · DIGST option %2 · version %3 · %4 · %5</source>
        <translation>%1 · DIGST option %2 · version %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Withdrawn; replaced by %1</source>
        <translation>Withdrawn; replaced by %1</translation>
    </message>
    <message>
        <source>Variant: %1</source>
        <translation>Variant: %1</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>(to be filled in)</source>
        <translation>(to be filled in)</translation>
    </message>
    <message numerus="yes">
        <source>Deviates from the standard text: %n word(s) changed</source>
        <translation>
            <numerusform>Deviates from the standard text: %n word changed</numerusform>
            <numerusform>Deviates from the standard text: %n words changed</numerusform>
        </translation>
    </message>
    <message>
        <source>The annex has no requirements yet.</source>
        <translation>The annex has no requirements yet.</translation>
    </message>
</context>
<context>
    <name>klausul::Inspector</name>
    <message>
        <source>Select a requirement of the annex to see and adapt it here.

Add clauses from the library by double-clicking them, dragging them here or with Ctrl+Return.</source>
        <translation>Select a requirement of the annex to see and adapt it here.

Add clauses from the library by double-clicking them, dragging them here or with Ctrl+Return.</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>&amp;Variant:</translation>
    </message>
    <message>
        <source>Requirement &amp;type:</source>
        <translation>Requirement &amp;type:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parameters</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>&amp;Guidance</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>&amp;Own wording (values as {parameter}; blank lines separate paragraphs, &quot;- &quot; starts a bullet):</source>
        <translation>&amp;Own wording (values as {parameter}; blank lines separate paragraphs, &quot;- &quot; starts a bullet):</translation>
    </message>
    <message>
        <source>Reset to &amp;standard text</source>
        <translation>Reset to &amp;standard text</translation>
    </message>
    <message>
        <source>Discard the own wording and use the library&apos;s text</source>
        <translation>Discard the own wording and use the library&apos;s text</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Add &amp;comment</translation>
    </message>
    <message>
        <source>Write a comment for the review…</source>
        <translation>Write a comment for the review…</translation>
    </message>
    <message>
        <source>Requirement text</source>
        <translation>Requirement text</translation>
    </message>
    <message>
        <source>Own wording</source>
        <translation>Own wording</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>New comment</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>The authority&apos;s own requirement</source>
        <translation>The authority&apos;s own requirement</translation>
    </message>
    <message>
        <source>Clause %1, version %2 · DIGST option %3</source>
        <translation>Clause %1, version %2 · DIGST option %3</translation>
    </message>
    <message>
        <source>Clause %1 is not in the library</source>
        <translation>Clause %1 is not in the library</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>As the clause (%1)</source>
        <translation>As the clause (%1)</translation>
    </message>
    <message>
        <source>MK – minimum requirement</source>
        <translation>MK – minimum requirement</translation>
    </message>
    <message>
        <source>PK – prioritised requirement</source>
        <translation>PK – prioritised requirement</translation>
    </message>
    <message>
        <source>K – requirement</source>
        <translation>K – requirement</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>Ready for review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Approved by %1 on %2</translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation>%1, %2:
%3</translation>
    </message>
    <message>
        <source>&amp;Review (%1)</source>
        <translation>&amp;Review (%1)</translation>
    </message>
    <message>
        <source>Version %1 (%2): %3</source>
        <translation>Version %1 (%2): %3</translation>
    </message>
    <message>
        <source>Changed since approval: %1</source>
        <translation>Changed since approval: %1</translation>
    </message>
    <message>
        <source>Review the new &amp;version…</source>
        <translation>Review the new &amp;version…</translation>
    </message>
    <message>
        <source>This requirement is based on version %1 of %2; the library now has version %3. Review what it changes, then accept it.</source>
        <translation>This requirement is based on version %1 of %2; the library now has version %3. Review what it changes, then accept it.</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>not filled in</translation>
    </message>
</context>
<context>
    <name>klausul::LibraryBrowser</name>
    <message>
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <source>DIGST option:</source>
        <translation>DIGST option:</translation>
    </message>
    <message>
        <source>A – ISO 27001 certification</source>
        <translation>A – ISO 27001 certification</translation>
    </message>
    <message>
        <source>B – documented compliance</source>
        <translation>B – documented compliance</translation>
    </message>
    <message>
        <source>C – specific clause</source>
        <translation>C – specific clause</translation>
    </message>
    <message>
        <source>Requirement type:</source>
        <translation>Requirement type:</translation>
    </message>
    <message>
        <source>MK – minimum requirement</source>
        <translation>MK – minimum requirement</translation>
    </message>
    <message>
        <source>PK – prioritised requirement</source>
        <translation>PK – prioritised requirement</translation>
    </message>
    <message>
        <source>K – requirement</source>
        <translation>K – requirement</translation>
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
        <translation>Contract type:</translation>
    </message>
    <message>
        <source>IT operation</source>
        <translation>IT operation</translation>
    </message>
    <message>
        <source>Cloud and SaaS</source>
        <translation>Cloud and SaaS</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>Maintenance and support</source>
        <translation>Maintenance and support</translation>
    </message>
    <message>
        <source>Consultancy</source>
        <translation>Consultancy</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Search clauses, e.g. hændelse, 5.24, backup…</source>
        <translation>Search clauses, e.g. hændelse, 5.24, backup…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Clause library</source>
        <translation>Clause library</translation>
    </message>
    <message>
        <source>&amp;Add to annex</source>
        <translation>&amp;Add to annex</translation>
    </message>
    <message>
        <source>Add the selected clause to the annex (Ctrl+Return)</source>
        <translation>Add the selected clause to the annex (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Clause preview</source>
        <translation>Clause preview</translation>
    </message>
    <message>
        <source>Select a clause to read it here: its text, parameters, variants, guidance and references.</source>
        <translation>Select a clause to read it here: its text, parameters, variants, guidance and references.</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(all)</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n clause</numerusform>
            <numerusform>%n clauses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>klausul::LibraryDiff</name>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>variant &quot;%1&quot;</source>
        <translation>variant &quot;%1&quot;</translation>
    </message>
    <message>
        <source>guidance (%1) changed</source>
        <translation>guidance (%1) changed</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 added: %2</translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>%1 removed (was %2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: the wording changed but the version is still %2; raise it to %3</source>
        <translation>%1: the wording changed but the version is still %2; raise it to %3</translation>
    </message>
    <message>
        <source>%1: the version went down from %2 to %3</source>
        <translation>%1: the version went down from %2 to %3</translation>
    </message>
    <message>
        <source>%1: the version was raised from %2 to %3 but nothing changed; drafts based on it will be flagged for review for nothing</source>
        <translation>%1: the version was raised from %2 to %3 but nothing changed; drafts based on it will be flagged for review for nothing</translation>
    </message>
    <message>
        <source>%1 was removed; a clause id stays in the library for ever: withdraw it (status=&quot;withdrawn&quot;) instead</source>
        <translation>%1 was removed; a clause id stays in the library for ever: withdraw it (status=&quot;withdrawn&quot;) instead</translation>
    </message>
    <message>
        <source>Library %1 %2 → %3: %4 added, %5 withdrawn, %6 removed, %7 changed</source>
        <translation>Library %1 %2 → %3: %4 added, %5 withdrawn, %6 removed, %7 changed</translation>
    </message>
    <message>
        <source>+ %1 (version %2): %3</source>
        <translation>+ %1 (version %2): %3</translation>
    </message>
    <message>
        <source>- %1 withdrawn: %2</source>
        <translation>- %1 withdrawn: %2</translation>
    </message>
    <message>
        <source>- %1 withdrawn, replaced by %2: %3</source>
        <translation>- %1 withdrawn, replaced by %2: %3</translation>
    </message>
    <message>
        <source>- %1 removed: %2</source>
        <translation>- %1 removed: %2</translation>
    </message>
    <message>
        <source>~ %1 (version %2 → %3): %4</source>
        <translation>~ %1 (version %2 → %3): %4</translation>
    </message>
    <message>
        <source>Changes in %1 %2 (from %3)</source>
        <translation>Changes in %1 %2 (from %3)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Version %1 → %2.</source>
        <translation>Version %1 → %2.</translation>
    </message>
    <message>
        <source>Replaced by %1.</source>
        <translation>Replaced by %1.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 removed</translation>
    </message>
</context>
<context>
    <name>klausul::LibraryLoader</name>
    <message>
        <source>no such library folder</source>
        <translation>no such library folder</translation>
    </message>
    <message>
        <source>the folder has no library.xml manifest (library id, version, release date and themes)</source>
        <translation>the folder has no library.xml manifest (library id, version, release date and themes)</translation>
    </message>
    <message>
        <source>the applicability condition asks about &quot;%1&quot;, which is not a risk-profile question of the library</source>
        <translation>the applicability condition asks about &quot;%1&quot;, which is not a risk-profile question of the library</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer to the question &quot;%2&quot; (answers: %3)</source>
        <translation>&quot;%1&quot; is not an answer to the question &quot;%2&quot; (answers: %3)</translation>
    </message>
    <message>
        <source>the text refers to the parameter &quot;%1&quot;, which the clause does not define</source>
        <translation>the text refers to the parameter &quot;%1&quot;, which the clause does not define</translation>
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
        <source>the theme &quot;%1&quot; is not declared in library.xml</source>
        <translation>the theme &quot;%1&quot; is not declared in library.xml</translation>
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
        <source>the parameter &quot;%1&quot; has a minimum above its maximum</source>
        <translation>the parameter &quot;%1&quot; has a minimum above its maximum</translation>
    </message>
    <message>
        <source>the choice parameter &quot;%1&quot; needs at least two choices</source>
        <translation>the choice parameter &quot;%1&quot; needs at least two choices</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has choices but is not of type choice</source>
        <translation>the parameter &quot;%1&quot; has choices but is not of type choice</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has a unit but is not a number</source>
        <translation>the parameter &quot;%1&quot; has a unit but is not a number</translation>
    </message>
    <message>
        <source>the default of the parameter &quot;%1&quot; is invalid: %2</source>
        <translation>the default of the parameter &quot;%1&quot; is invalid: %2</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has no Danish label</source>
        <translation>the parameter &quot;%1&quot; has no Danish label</translation>
    </message>
    <message>
        <source>the variant &quot;%1&quot; has no Danish text</source>
        <translation>the variant &quot;%1&quot; has no Danish text</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not used in the Danish text</source>
        <translation>the parameter &quot;%1&quot; is not used in the Danish text</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is used in the Danish text but not in the English one</source>
        <translation>the parameter &quot;%1&quot; is used in the Danish text but not in the English one</translation>
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
        <source>%1 has no item &quot;%2&quot;</source>
        <translation>%1 has no item &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the history mentions version %1, but the clause is version %2</source>
        <translation>the history mentions version %1, but the clause is version %2</translation>
    </message>
    <message>
        <source>the theme &quot;%1&quot; is declared twice</source>
        <translation>the theme &quot;%1&quot; is declared twice</translation>
    </message>
    <message>
        <source>the question &quot;%1&quot; is already defined in %2</source>
        <translation>the question &quot;%1&quot; is already defined in %2</translation>
    </message>
    <message>
        <source>the default answer &quot;%1&quot; of the question &quot;%2&quot; is not one of its options</source>
        <translation>the default answer &quot;%1&quot; of the question &quot;%2&quot; is not one of its options</translation>
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
        <source>the parameter &quot;%1&quot; has a minimum or maximum but is not a number</source>
        <translation>the parameter &quot;%1&quot; has a minimum or maximum but is not a number</translation>
    </message>
    <message>
        <source>without version</source>
        <translation>without version</translation>
    </message>
    <message>
        <source>the library has no reference list for %1 (known versions: %2)</source>
        <translation>the library has no reference list for %1 (known versions: %2)</translation>
    </message>
    <message>
        <source>is a symbolic link to %1, outside the library folder; refused</source>
        <translation>is a symbolic link to %1, outside the library folder; refused</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket, device or broken link); refused</source>
        <translation>is not a regular file (a pipe, socket, device or broken link); refused</translation>
    </message>
    <message>
        <source>unknown document &lt;%1&gt;: a library file must be a &lt;clause&gt;, &lt;library&gt;, &lt;questions&gt;, &lt;reference-list&gt;, &lt;consistency&gt; or &lt;definitions&gt; in the namespace %2</source>
        <translation>unknown document &lt;%1&gt;: a library file must be a &lt;clause&gt;, &lt;library&gt;, &lt;questions&gt;, &lt;reference-list&gt;, &lt;consistency&gt; or &lt;definitions&gt; in the namespace %2</translation>
    </message>
    <message>
        <source>the default of the parameter &quot;%1&quot; names an annex number; only the authority knows it: make the parameter a reference with a role</source>
        <translation>the default of the parameter &quot;%1&quot; names an annex number; only the authority knows it: make the parameter a reference with a role</translation>
    </message>
    <message>
        <source>the date parameter &quot;%1&quot; has a default; only the authority knows the date: leave the default out</source>
        <translation>the date parameter &quot;%1&quot; has a default; only the authority knows the date: leave the default out</translation>
    </message>
    <message>
        <source>the amount parameter &quot;%1&quot; has a default; only the authority knows the amount: leave the default out</source>
        <translation>the amount parameter &quot;%1&quot; has a default; only the authority knows the amount: leave the default out</translation>
    </message>
    <message>
        <source>the multiple-choice parameter &quot;%1&quot; must say whether its values are cumulative (combine=&quot;and&quot;) or alternatives (combine=&quot;or&quot;)</source>
        <translation>the multiple-choice parameter &quot;%1&quot; must say whether its values are cumulative (combine=&quot;and&quot;) or alternatives (combine=&quot;or&quot;)</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has combine but is not multiple</source>
        <translation>the parameter &quot;%1&quot; has combine but is not multiple</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has a role or target but is not of type reference</source>
        <translation>the parameter &quot;%1&quot; has a role or target but is not of type reference</translation>
    </message>
    <message>
        <source>the reference parameter &quot;%1&quot; names no role (roles: %2)</source>
        <translation>the reference parameter &quot;%1&quot; names no role (roles: %2)</translation>
    </message>
    <message>
        <source>the reference parameter &quot;%1&quot; names the unknown role &quot;%2&quot; (roles: %3)</source>
        <translation>the reference parameter &quot;%1&quot; names the unknown role &quot;%2&quot; (roles: %3)</translation>
    </message>
    <message>
        <source>the reference parameter &quot;%1&quot; has a default; its value comes from the draft&apos;s contract map</source>
        <translation>the reference parameter &quot;%1&quot; has a default; its value comes from the draft&apos;s contract map</translation>
    </message>
    <message>
        <source>the reference parameter &quot;%1&quot; points to the clause %2, which is not in the library</source>
        <translation>the reference parameter &quot;%1&quot; points to the clause %2, which is not in the library</translation>
    </message>
    <message>
        <source>the reference parameter &quot;%1&quot; has a target but its role is not &quot;requirement&quot;</source>
        <translation>the reference parameter &quot;%1&quot; has a target but its role is not &quot;requirement&quot;</translation>
    </message>
    <message>
        <source>%1 is not a clause of the library</source>
        <translation>%1 is not a clause of the library</translation>
    </message>
    <message>
        <source>the clause %1 has no parameter &quot;%2&quot;</source>
        <translation>the clause %1 has no parameter &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the clause %1 has no variant &quot;%2&quot;</source>
        <translation>the clause %1 has no variant &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is already part of the shared value &quot;%2&quot;</source>
        <translation>%1 is already part of the shared value &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 and %2 cannot share a value: their types or units differ</source>
        <translation>%1 and %2 cannot share a value: their types or units differ</translation>
    </message>
    <message>
        <source>%1 and %2 share a value but have different defaults</source>
        <translation>%1 and %2 share a value but have different defaults</translation>
    </message>
    <message>
        <source>at-most compares numbers, but a parameter is not a number</source>
        <translation>at-most compares numbers, but a parameter is not a number</translation>
    </message>
    <message>
        <source>at-most cannot compare %1 with %2: the units differ</source>
        <translation>at-most cannot compare %1 with %2: the units differ</translation>
    </message>
    <message>
        <source>a conflict names either with-clause or question, not both</source>
        <translation>a conflict names either with-clause or question, not both</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a risk-profile question of the library</source>
        <translation>&quot;%1&quot; is not a risk-profile question of the library</translation>
    </message>
    <message>
        <source>the conflict names a question but no answers</source>
        <translation>the conflict names a question but no answers</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer to the question &quot;%2&quot;</source>
        <translation>&quot;%1&quot; is not an answer to the question &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a conflict needs with-clause or question</source>
        <translation>a conflict needs with-clause or question</translation>
    </message>
    <message>
        <source>the suggestion rule names the variant &quot;%1&quot;, which the clause does not have</source>
        <translation>the suggestion rule names the variant &quot;%1&quot;, which the clause does not have</translation>
    </message>
    <message>
        <source>the market restriction names the variant &quot;%1&quot;, which the clause does not have</source>
        <translation>the market restriction names the variant &quot;%1&quot;, which the clause does not have</translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; of the question &quot;%2&quot; assumes &quot;%3&quot;, which is not another of its options</source>
        <translation>the answer &quot;%1&quot; of the question &quot;%2&quot; assumes &quot;%3&quot;, which is not another of its options</translation>
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
    <name>klausul::Lint</name>
    <message>
        <source>the text</source>
        <translation>the text</translation>
    </message>
    <message>
        <source>variant &quot;%1&quot;</source>
        <translation>variant &quot;%1&quot;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1: the Danish text uses the parameters %2, the English text %3</source>
        <translation>%1: the Danish text uses the parameters %2, the English text %3</translation>
    </message>
    <message>
        <source>%1: the Danish and English texts differ in paragraphs or lists (Danish: %2; English: %3)</source>
        <translation>%1: the Danish and English texts differ in paragraphs or lists (Danish: %2; English: %3)</translation>
    </message>
    <message>
        <source>%1: numbers only in the Danish text: %2; only in the English text: %3</source>
        <translation>%1: numbers only in the Danish text: %2; only in the English text: %3</translation>
    </message>
    <message>
        <source>%1: the vague word(s) %2 need a measure, a parameter or a defined term</source>
        <translation>%1: the vague word(s) %2 need a measure, a parameter or a defined term</translation>
    </message>
    <message>
        <source>%1 (%2): the number(s) %3 are fixed in the text; make them parameters or cite their source</source>
        <translation>%1 (%2): the number(s) %3 are fixed in the text; make them parameters or cite their source</translation>
    </message>
    <message>
        <source>%1 (%2): %3 written in lower case is not the defined term; mark it as a term or rephrase</source>
        <translation>%1 (%2): %3 written in lower case is not the defined term; mark it as a term or rephrase</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; has no guidance on choosing its value</source>
        <translation>parameter &quot;%1&quot; has no guidance on choosing its value</translation>
    </message>
    <message>
        <source>guidance (%1, %2) repeats %3 word for word; say what is particular to this clause</source>
        <translation>guidance (%1, %2) repeats %3 word for word; say what is particular to this clause</translation>
    </message>
    <message>
        <source>withdrawn without replaced-by and without a history entry for version %1 saying why</source>
        <translation>withdrawn without replaced-by and without a history entry for version %1 saying why</translation>
    </message>
</context>
<context>
    <name>klausul::MainWindow</name>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n requirement</numerusform>
            <numerusform>%n requirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New draft…</source>
        <translation>&amp;New draft…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>Annex &amp;details…</source>
        <translation>Annex &amp;details…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Add clause to annex</source>
        <translation>&amp;Add clause to annex</translation>
    </message>
    <message>
        <source>Add &amp;own requirement</source>
        <translation>Add &amp;own requirement</translation>
    </message>
    <message>
        <source>Re&amp;move requirement</source>
        <translation>Re&amp;move requirement</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Re&amp;number requirements…</source>
        <translation>Re&amp;number requirements…</translation>
    </message>
    <message>
        <source>&amp;Find in library</source>
        <translation>&amp;Find in library</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;About Klausul</source>
        <translation>&amp;About Klausul</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Requirements of the annex</source>
        <translation>Requirements of the annex</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Annex preview</source>
        <translation>Annex preview</translation>
    </message>
    <message>
        <source>%1[*] – Klausul</source>
        <translation>%1[*] – Klausul</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <source>%1 is already in the annex</source>
        <translation>%1 is already in the annex</translation>
    </message>
    <message>
        <source>New requirement</source>
        <translation>New requirement</translation>
    </message>
    <message>
        <source>Requirement removed; its number is kept as withdrawn. Undo with Ctrl+Z.</source>
        <translation>Requirement removed; its number is kept as withdrawn. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Renumber requirements</source>
        <translation>Renumber requirements</translation>
    </message>
    <message>
        <source>Give every requirement a new number in the order of the annex, and forget withdrawn numbers? Numbers that tenderers or the contract already refer to will change.</source>
        <translation>Give every requirement a new number in the order of the annex, and forget withdrawn numbers? Numbers that tenderers or the contract already refer to will change.</translation>
    </message>
    <message>
        <source>Cannot open the draft</source>
        <translation>Cannot open the draft</translation>
    </message>
    <message>
        <source>%1 cannot be opened:

%2</source>
        <translation>%1 cannot be opened:

%2</translation>
    </message>
    <message>
        <source>The draft was made with library version %1; this is version %2. See the problems panel for clauses that changed.</source>
        <translation>The draft was made with library version %1; this is version %2. See the problems panel for clauses that changed.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Klausul drafts (*.klausul)</source>
        <translation>Klausul drafts (*.klausul)</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>Open draft</translation>
    </message>
    <message>
        <source>About Klausul</source>
        <translation>About Klausul</translation>
    </message>
    <message numerus="yes">
        <source>Klausul %1 (%2)

Information-security requirements for Danish public IT tenders and contracts.

Library: %3, version %4 (%5), %n clause(s).</source>
        <translation>
            <numerusform>Klausul %1 (%2)

Information-security requirements for Danish public IT tenders and contracts.

Library: %3, version %4 (%5), %n clause.</numerusform>
            <numerusform>Klausul %1 (%2)

Information-security requirements for Danish public IT tenders and contracts.

Library: %3, version %4 (%5), %n clauses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <source>an unsaved draft</source>
        <translation>an unsaved draft</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Restore unsaved changes?</translation>
    </message>
    <message>
        <source>Klausul was not closed properly. Unsaved changes to %1 from %2 were kept.

Restore them?</source>
        <translation>Klausul was not closed properly. Unsaved changes to %1 from %2 were kept.

Restore them?</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restore unsaved changes</translation>
    </message>
    <message>
        <source>Risk &amp;profile and suggestions…</source>
        <translation>Risk &amp;profile and suggestions…</translation>
    </message>
    <message>
        <source>Follow or e&amp;xplain…</source>
        <translation>Follow or e&amp;xplain…</translation>
    </message>
    <message>
        <source>Co&amp;verage (Statement of Applicability)…</source>
        <translation>Co&amp;verage (Statement of Applicability)…</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Opened read-only</translation>
    </message>
    <message>
        <source>%1 is open in another Klausul window (%2).

It is opened read-only here, so neither window overwrites the other&apos;s changes. Use Save as to keep changes made here under another name.</source>
        <translation>%1 is open in another Klausul window (%2).

It is opened read-only here, so neither window overwrites the other&apos;s changes. Use Save as to keep changes made here under another name.</translation>
    </message>
    <message>
        <source>%1 is open in another Klausul window, so it was opened read-only. Nothing was saved: use Save as to keep your changes under another name.</source>
        <translation>%1 is open in another Klausul window, so it was opened read-only. Nothing was saved: use Save as to keep your changes under another name.</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program after it was opened here. Nothing was saved, so those changes are not overwritten: use Save as to keep your version under another name, then compare the two.</source>
        <translation>%1 was changed on disk by another program after it was opened here. Nothing was saved, so those changes are not overwritten: use Save as to keep your version under another name, then compare the two.</translation>
    </message>
    <message>
        <source>%1 is open in another Klausul window (%2). Nothing was saved: choose another name.</source>
        <translation>%1 is open in another Klausul window (%2). Nothing was saved: choose another name.</translation>
    </message>
    <message>
        <source>%1

Your changes are not saved; they are kept in this window and in the recovery file. Free some space or choose another place with Save as.</source>
        <translation>%1

Your changes are not saved; they are kept in this window and in the recovery file. Free some space or choose another place with Save as.</translation>
    </message>
    <message>
        <source>C&amp;ontract and other annexes…</source>
        <translation>C&amp;ontract and other annexes…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Next panel</source>
        <translation>&amp;Next panel</translation>
    </message>
    <message>
        <source>Pre&amp;vious panel</source>
        <translation>Pre&amp;vious panel</translation>
    </message>
    <message>
        <source>Go to the &amp;library</source>
        <translation>Go to the &amp;library</translation>
    </message>
    <message>
        <source>Go to the &amp;requirements</source>
        <translation>Go to the &amp;requirements</translation>
    </message>
    <message>
        <source>Go to the &amp;inspector</source>
        <translation>Go to the &amp;inspector</translation>
    </message>
    <message>
        <source>Go to the pre&amp;view</source>
        <translation>Go to the pre&amp;view</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>&amp;Publish version…</source>
        <translation>&amp;Publish version…</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Review…</translation>
    </message>
    <message>
        <source>Open library for editing</source>
        <translation>Open library for editing</translation>
    </message>
    <message>
        <source>Open &amp;library for editing…</source>
        <translation>Open &amp;library for editing…</translation>
    </message>
    <message>
        <source>Version %1 is published, and the contract and tenderers may refer to its requirement numbers. Renumber anyway? The next version&apos;s change notes will list every new number.</source>
        <translation>Version %1 is published, and the contract and tenderers may refer to its requirement numbers. Renumber anyway? The next version&apos;s change notes will list every new number.</translation>
    </message>
</context>
<context>
    <name>klausul::MetadataDialog</name>
    <message>
        <source>New draft</source>
        <translation>New draft</translation>
    </message>
    <message>
        <source>Annex details</source>
        <translation>Annex details</translation>
    </message>
    <message>
        <source>e.g. Eksempel Kommune</source>
        <translation>e.g. Eksempel Kommune</translation>
    </message>
    <message>
        <source>e.g. Operation of the case management system</source>
        <translation>e.g. Operation of the case management system</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>A – used as is</source>
        <translation>A – used as is</translation>
    </message>
    <message>
        <source>B – completed by the customer</source>
        <translation>B – completed by the customer</translation>
    </message>
    <message>
        <source>C – drafted by the customer</source>
        <translation>C – drafted by the customer</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Authority:</translation>
    </message>
    <message>
        <source>&amp;Tender:</source>
        <translation>&amp;Tender:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Case number:</translation>
    </message>
    <message>
        <source>Annex &amp;number:</source>
        <translation>Annex &amp;number:</translation>
    </message>
    <message>
        <source>Annex t&amp;itle:</source>
        <translation>Annex t&amp;itle:</translation>
    </message>
    <message>
        <source>K04 annex &amp;category:</source>
        <translation>K04 annex &amp;category:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Document &amp;language:</translation>
    </message>
    <message>
        <source>The annex is titled &quot;Bilag &lt;number&gt; &lt;title&gt;&quot; and its requirements are numbered &lt;number&gt;.1, &lt;number&gt;.2, …</source>
        <translation>The annex is titled &quot;Bilag &lt;number&gt; &lt;title&gt;&quot; and its requirements are numbered &lt;number&gt;.1, &lt;number&gt;.2, …</translation>
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
        <translation>%1 (the parameter {%2}; change its value on the Parameters tab)</translation>
    </message>
</context>
<context>
    <name>klausul::ParameterForm</name>
    <message>
        <source>This requirement has no parameters.</source>
        <translation>This requirement has no parameters.</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2</source>
        <translation>Allowed: %1 to %2</translation>
    </message>
    <message>
        <source>Allowed: %1 or more</source>
        <translation>Allowed: %1 or more</translation>
    </message>
    <message>
        <source>Allowed: up to %1</source>
        <translation>Allowed: up to %1</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>A whole number</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>A number</translation>
    </message>
    <message>
        <source>(fill in)</source>
        <translation>(fill in)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>(as the clause says)</source>
        <translation>(as the clause says)</translation>
    </message>
    <message>
        <source>This annex</source>
        <translation>This annex</translation>
    </message>
    <message>
        <source>%1 (not in the contract map)</source>
        <translation>%1 (not in the contract map)</translation>
    </message>
    <message>
        <source>%1 (no number yet)</source>
        <translation>%1 (no number yet)</translation>
    </message>
    <message>
        <source>Annex %1, %2</source>
        <translation>Annex %1, %2</translation>
    </message>
    <message>
        <source>As the clause says: %1</source>
        <translation>As the clause says: %1</translation>
    </message>
    <message>
        <source>One value with requirement(s) %1: changing it here changes it there.</source>
        <translation>One value with requirement(s) %1: changing it here changes it there.</translation>
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
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; is not a whole number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use a point for decimals)</source>
        <translation>&quot;%1&quot; is not a number (use a point for decimals)</translation>
    </message>
    <message>
        <source>choose exactly one value</source>
        <translation>choose exactly one value</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices</source>
        <translation>&quot;%1&quot; is not one of the choices</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is chosen twice</source>
        <translation>&quot;%1&quot; is chosen twice</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; is not a date of the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the text is longer than 1,000 characters</source>
        <translation>the text is longer than 1,000 characters</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clause id such as HAE-01</source>
        <translation>&quot;%1&quot; is not a clause id such as HAE-01</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an annex role of the contract map</source>
        <translation>&quot;%1&quot; is not an annex role of the contract map</translation>
    </message>
</context>
<context>
    <name>klausul::ProblemsModel</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>klausul::Publication</name>
    <message>
        <source>requirement %1 was changed since it was approved (%2)</source>
        <translation>requirement %1 was changed since it was approved (%2)</translation>
    </message>
    <message>
        <source>requirement %1 is ready for review, not approved</source>
        <translation>requirement %1 is ready for review, not approved</translation>
    </message>
    <message>
        <source>the authority&apos;s own requirement %1 is not approved</source>
        <translation>the authority&apos;s own requirement %1 is not approved</translation>
    </message>
    <message>
        <source>requirement %1 is not approved</source>
        <translation>requirement %1 is not approved</translation>
    </message>
    <message>
        <source>the explanation for %1 is not approved</source>
        <translation>the explanation for %1 is not approved</translation>
    </message>
    <message>
        <source>the explanation for %1 was changed since it was approved</source>
        <translation>the explanation for %1 was changed since it was approved</translation>
    </message>
</context>
<context>
    <name>klausul::PublishVersionDialog</name>
    <message>
        <source>Publish version</source>
        <translation>Publish version</translation>
    </message>
    <message>
        <source>e.g. 1.0</source>
        <translation>e.g. 1.0</translation>
    </message>
    <message>
        <source>e.g. Tender version</source>
        <translation>e.g. Tender version</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation>&amp;Changes:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <source>Every requirement and explanation is approved.</source>
        <translation>Every requirement and explanation is approved.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not approved; see View ▸ Review.</source>
        <translation>
            <numerusform>%n item are not approved; see View ▸ Review.</numerusform>
            <numerusform>%n items are not approved; see View ▸ Review.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Not published</translation>
    </message>
</context>
<context>
    <name>klausul::RenumberBar</name>
    <message>
        <source>&amp;Renumber</source>
        <translation>&amp;Renumber</translation>
    </message>
    <message>
        <source>Number every requirement again in the order of the annex</source>
        <translation>Number every requirement again in the order of the annex</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>The requirement numbers are not in the order of the annex.</source>
        <translation>The requirement numbers are not in the order of the annex.</translation>
    </message>
    <message>
        <source>The new requirement %1 is out of number order. Nothing is published yet, so you can renumber in the order of the annex.</source>
        <translation>The new requirement %1 is out of number order. Nothing is published yet, so you can renumber in the order of the annex.</translation>
    </message>
</context>
<context>
    <name>klausul::ReviewDialog</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>Ready for review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Changed since approval</source>
        <translation>Changed since approval</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Everything not approved</source>
        <translation>Everything not approved</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>Explanation: %1</translation>
    </message>
</context>
<context>
    <name>klausul::ReviewerDialog</name>
    <message>
        <source>Who is reviewing?</source>
        <translation>Who is reviewing?</translation>
    </message>
    <message>
        <source>e.g. Lawyer, Procurement officer</source>
        <translation>e.g. Lawyer, Procurement officer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Approvals and comments are recorded with your name and the time. The name is kept in the settings.</source>
        <translation>Approvals and comments are recorded with your name and the time. The name is kept in the settings.</translation>
    </message>
</context>
<context>
    <name>klausul::RiskProfile</name>
    <message>
        <source>Option A: the relevant suppliers are typically ISO/IEC 27001 certified, so the contract can require certification or equivalent.</source>
        <translation>Option A: the relevant suppliers are typically ISO/IEC 27001 certified, so the contract can require certification or equivalent.</translation>
    </message>
    <message>
        <source>Option B: certification cannot be expected of the suppliers, but the authority has its own Statement of Applicability, so the contract can require documented compliance with ISO/IEC 27001 including the relevant controls of that statement.</source>
        <translation>Option B: certification cannot be expected of the suppliers, but the authority has its own Statement of Applicability, so the contract can require documented compliance with ISO/IEC 27001 including the relevant controls of that statement.</translation>
    </message>
    <message>
        <source>Option C: neither certification nor the authority&apos;s own Statement of Applicability can be relied on, so specific clauses are combined to cover the authority&apos;s concrete security needs.</source>
        <translation>Option C: neither certification nor the authority&apos;s own Statement of Applicability can be relied on, so specific clauses are combined to cover the authority&apos;s concrete security needs.</translation>
    </message>
    <message>
        <source>Applies to every contract.</source>
        <translation>Applies to every contract.</translation>
    </message>
    <message>
        <source>A provision of the society-critical catalogue: follow or explain.</source>
        <translation>A provision of the society-critical catalogue: follow or explain.</translation>
    </message>
    <message>
        <source>follow or explain: the society-critical provision %1 &quot;%2&quot; is neither in the annex nor explained</source>
        <translation>follow or explain: the society-critical provision %1 &quot;%2&quot; is neither in the annex nor explained</translation>
    </message>
    <message>
        <source>Based on the answers: %1.</source>
        <translation>Based on the answers: %1.</translation>
    </message>
    <message>
        <source>A provision of the society-critical catalogue, which municipalities and regions may use as inspiration.</source>
        <translation>A provision of the society-critical catalogue, which municipalities and regions may use as inspiration.</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>requires data or operation in named countries</source>
        <translation>requires data or operation in named countries</translation>
    </message>
    <message>
        <source>forbids remote access from third countries</source>
        <translation>forbids remote access from third countries</translation>
    </message>
    <message>
        <source>requires a named certification</source>
        <translation>requires a named certification</translation>
    </message>
    <message>
        <source>sets a deadline shorter than market practice</source>
        <translation>sets a deadline shorter than market practice</translation>
    </message>
    <message>
        <source>Restricts competition: as a minimum requirement (MK) %1 %2. It excludes: %3 Consider it as %4 instead, so that bidders who cannot meet it are scored, not rejected.</source>
        <translation>Restricts competition: as a minimum requirement (MK) %1 %2. It excludes: %3 Consider it as %4 instead, so that bidders who cannot meet it are scored, not rejected.</translation>
    </message>
    <message>
        <source>Optional: the library gives this clause no tier.</source>
        <translation>Optional: the library gives this clause no tier.</translation>
    </message>
    <message>
        <source>%1 because of the answers: %2.</source>
        <translation>%1 because of the answers: %2.</translation>
    </message>
    <message>
        <source>Optional: it applies, but nothing in the profile calls for it.</source>
        <translation>Optional: it applies, but nothing in the profile calls for it.</translation>
    </message>
    <message>
        <source>%1 for every profile it applies to.</source>
        <translation>%1 for every profile it applies to.</translation>
    </message>
    <message>
        <source>%1: option %2 already covers ISO/IEC 27001 %3, so it moves down from %4. (%5)</source>
        <translation>%1: option %2 already covers ISO/IEC 27001 %3, so it moves down from %4. (%5)</translation>
    </message>
    <message>
        <source>The variant &quot;%1&quot; is not suggested: %2</source>
        <translation>The variant &quot;%1&quot; is not suggested: %2</translation>
    </message>
    <message>
        <source>The stricter variant is suggested because of the answers: %1.</source>
        <translation>The stricter variant is suggested because of the answers: %1.</translation>
    </message>
    <message>
        <source>%1 (assumed: %2)</source>
        <translation>%1 (assumed: %2)</translation>
    </message>
    <message>
        <source>Recommended, not core: it rests on an answer of &quot;Don&apos;t know&quot; (%1).</source>
        <translation>Recommended, not core: it rests on an answer of &quot;Don&apos;t know&quot; (%1).</translation>
    </message>
    <message>
        <source>the risk-profile question &quot;%1&quot; is answered &quot;%2&quot;: the suggestions assume &quot;%3&quot;. Settle the answer before the tender is published.</source>
        <translation>the risk-profile question &quot;%1&quot; is answered &quot;%2&quot;: the suggestions assume &quot;%3&quot;. Settle the answer before the tender is published.</translation>
    </message>
</context>
<context>
    <name>klausul::RiskWizard</name>
    <message>
        <source>Risk profile</source>
        <translation>Risk profile</translation>
    </message>
    <message>
        <source>Suggested clauses</source>
        <translation>Suggested clauses</translation>
    </message>
    <message>
        <source>Untick what you leave out. Requirements already in the annex are listed too; untick one to remove it.</source>
        <translation>Untick what you leave out. Requirements already in the annex are listed too; untick one to remove it.</translation>
    </message>
    <message>
        <source>Follow or explain</source>
        <translation>Follow or explain</translation>
    </message>
    <message>
        <source>The system is society-critical: every provision of the catalogue must be in the annex, or you must explain why it is left out.</source>
        <translation>The system is society-critical: every provision of the catalogue must be in the annex, or you must explain why it is left out.</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) will be added</source>
        <translation>
            <numerusform>%n clause will be added</numerusform>
            <numerusform>%n clauses will be added</numerusform>
        </translation>
    </message>
    <message>
        <source>keep</source>
        <translation>keep</translation>
    </message>
    <message>
        <source>add</source>
        <translation>add</translation>
    </message>
    <message>
        <source>keep (not suggested)</source>
        <translation>keep (not suggested)</translation>
    </message>
    <message>
        <source>Not called for by the answers. It has your own wording, values or comments: untick it only if you want to remove them too.</source>
        <translation>Not called for by the answers. It has your own wording, values or comments: untick it only if you want to remove them too.</translation>
    </message>
    <message>
        <source>Not called for by the answers; untick to remove it.</source>
        <translation>Not called for by the answers; untick to remove it.</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>undecided</translation>
    </message>
    <message>
        <source>Depends on a question answered &quot;Don&apos;t know&quot;.</source>
        <translation>Depends on a question answered &quot;Don&apos;t know&quot;.</translation>
    </message>
    <message>
        <source>Why is this provision left out of this contract?</source>
        <translation>Why is this provision left out of this contract?</translation>
    </message>
    <message>
        <source>Every provision of the catalogue is in the annex.</source>
        <translation>Every provision of the catalogue is in the annex.</translation>
    </message>
    <message>
        <source>Apply the risk profile</source>
        <translation>Apply the risk profile</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) will be removed</source>
        <translation>
            <numerusform>%n requirement will be removed</numerusform>
            <numerusform>%n requirements will be removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Answer every question about the service (&quot;Don&apos;t know&quot; where offered, if you must). Klausul suggests the clauses the answers call for, and tells you why.</source>
        <translation>Answer every question about the service (&quot;Don&apos;t know&quot; where offered, if you must). Klausul suggests the clauses the answers call for, and tells you why.</translation>
    </message>
    <message>
        <source>Choose an answer</source>
        <translation>Choose an answer</translation>
    </message>
    <message>
        <source>If you answer &quot;%1&quot;: %2</source>
        <translation>If you answer &quot;%1&quot;: %2</translation>
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
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 is not a regular file</translation>
    </message>
    <message>
        <source>the data could not be written</source>
        <translation>the data could not be written</translation>
    </message>
    <message>
        <source>cannot read %1: it is not a regular file</source>
        <translation>cannot read %1: it is not a regular file</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>reading %1 failed: %2</translation>
    </message>
    <message>
        <source>reading the data for %1 failed: %2</source>
        <translation>reading the data for %1 failed: %2</translation>
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
        <source>the file must be encoded as UTF-8, not &quot;%1&quot;</source>
        <translation>the file must be encoded as UTF-8, not &quot;%1&quot;</translation>
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
        <translation>
            <numerusform>%n more problem in this file not shown</numerusform>
            <numerusform>%n more problems in this file not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>the document does not match the schema</source>
        <translation>the document does not match the schema</translation>
    </message>
    <message>
        <source>the text contains an invisible Unicode direction control (U+202A–U+202E or U+2066–U+2069) that makes it display differently from what it says; remove it</source>
        <translation>the text contains an invisible Unicode direction control (U+202A–U+202E or U+2066–U+2069) that makes it display differently from what it says; remove it</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket or device); refused</source>
        <translation>is not a regular file (a pipe, socket or device); refused</translation>
    </message>
</context>
<context>
    <name>klausul::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Organisation libraries</source>
        <translation>Organisation libraries</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Add folder…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Library folder</translation>
    </message>
    <message>
        <source>Folders with the authority&apos;s own clauses, layered on top of the national library. They take effect at the next start.</source>
        <translation>Folders with the authority&apos;s own clauses, layered on top of the national library. They take effect at the next start.</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Tender</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Your &amp;name (for comments):</source>
        <translation>Your &amp;name (for comments):</translation>
    </message>
    <message>
        <source>Default &amp;edition:</source>
        <translation>Default &amp;edition:</translation>
    </message>
    <message>
        <source>Default document &amp;language:</source>
        <translation>Default document &amp;language:</translation>
    </message>
    <message>
        <source>&amp;User interface language:</source>
        <translation>&amp;User interface language:</translation>
    </message>
</context>
<context>
    <name>klausul::StartPage</name>
    <message>
        <source>Start a security annex</source>
        <translation>Start a security annex</translation>
    </message>
    <message>
        <source>Answer a few questions about the contract to get suggested requirements, open a draft, or add clauses from the library on the left (search, then Ctrl+Return).</source>
        <translation>Answer a few questions about the contract to get suggested requirements, open a draft, or add clauses from the library on the left (search, then Ctrl+Return).</translation>
    </message>
    <message>
        <source>New annex from a &amp;risk profile…</source>
        <translation>New annex from a &amp;risk profile…</translation>
    </message>
    <message>
        <source>&amp;Open a draft…</source>
        <translation>&amp;Open a draft…</translation>
    </message>
    <message>
        <source>&amp;Browse the library</source>
        <translation>&amp;Browse the library</translation>
    </message>
    <message>
        <source>Recent drafts</source>
        <translation>Recent drafts</translation>
    </message>
    <message>
        <source>No recent drafts yet.</source>
        <translation>No recent drafts yet.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Example by %1; opens as an untitled copy</source>
        <translation>Example by %1; opens as an untitled copy</translation>
    </message>
</context>
<context>
    <name>klausul::SuggestionReport</name>
    <message>
        <source>In the draft but not suggested by the profile: %1</source>
        <translation>In the draft but not suggested by the profile: %1</translation>
    </message>
    <message>
        <source>Undecided until more questions are answered: %1</source>
        <translation>Undecided until more questions are answered: %1</translation>
    </message>
    <message>
        <source>%1 core, %2 recommended, %3 optional</source>
        <translation>%1 core, %2 recommended, %3 optional</translation>
    </message>
    <message numerus="yes">
        <source>%n core or recommended not yet in the draft (marked +)</source>
        <translation>
            <numerusform>%n core or recommended not yet in the draft (marked +)</numerusform>
            <numerusform>%n core or recommended not yet in the draft (marked +)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>klausul::UpgradeDialog</name>
    <message>
        <source>The text of version %1 is not recorded in this draft (it was saved by an older Klausul or before the clause was added here): what the library changed cannot be shown word by word; compare with the new text below.</source>
        <translation>The text of version %1 is not recorded in this draft (it was saved by an older Klausul or before the clause was added here): what the library changed cannot be shown word by word; compare with the new text below.</translation>
    </message>
    <message>
        <source>What the library changed</source>
        <translation>What the library changed</translation>
    </message>
    <message>
        <source>Own wording (%1)</source>
        <translation>Own wording (%1)</translation>
    </message>
    <message>
        <source>Old standard text (version %1)</source>
        <translation>Old standard text (version %1)</translation>
    </message>
    <message>
        <source>New standard text (version %1)</source>
        <translation>New standard text (version %1)</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>Your own wording</translation>
    </message>
    <message>
        <source>The library changed the text your own wording replaces: your wording does not have that change. Keep it (and edit it afterwards if needed) or take the new standard text.</source>
        <translation>The library changed the text your own wording replaces: your wording does not have that change. Keep it (and edit it afterwards if needed) or take the new standard text.</translation>
    </message>
    <message>
        <source>The library did not change the text your own wording replaces.</source>
        <translation>The library did not change the text your own wording replaces.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation>New version of %1</translation>
    </message>
    <message>
        <source>What the new version changes</source>
        <translation>What the new version changes</translation>
    </message>
    <message>
        <source>Accept, &amp;keep my wording</source>
        <translation>Accept, &amp;keep my wording</translation>
    </message>
    <message>
        <source>&amp;Accept the new version</source>
        <translation>&amp;Accept the new version</translation>
    </message>
    <message>
        <source>Accept and &amp;take the new standard text</source>
        <translation>Accept and &amp;take the new standard text</translation>
    </message>
</context>
<context>
    <name>klausul::XlsxSchedule</name>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>cannot write %1: the folder %2 does not exist</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>cannot create the workbook %1</source>
        <translation>cannot create the workbook %1</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>cannot write the workbook: %1</translation>
    </message>
</context>
<context>
    <name>klausul::XmlFormat</name>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
</context>
<context>
    <name>klausul::cli::DraftCommand</name>
    <message>
        <source>no requirement numbered &quot;%1&quot; in the draft</source>
        <translation>no requirement numbered &quot;%1&quot; in the draft</translation>
    </message>
</context>
<context>
    <name>klausul::cli::EditCommand</name>
    <message>
        <source>Print the change without writing the draft.</source>
        <translation>Print the change without writing the draft.</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Add</name>
    <message>
        <source>Add a library clause to the draft, in the section of its theme (made when missing) or at the end of section S.</source>
        <translation>Add a library clause to the draft, in the section of its theme (made when missing) or at the end of section S.</translation>
    </message>
    <message>
        <source>Use variant V of the clause.</source>
        <translation>Use variant V of the clause.</translation>
    </message>
    <message>
        <source>Add to section S (its id, e.g. s3, or its theme, e.g. adgang).</source>
        <translation>Add to section S (its id, e.g. s3, or its theme, e.g. adgang).</translation>
    </message>
    <message>
        <source>no clause with id &quot;%1&quot;</source>
        <translation>no clause with id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is already in the draft as %2</source>
        <translation>%1 is already in the draft as %2</translation>
    </message>
    <message>
        <source>%1 has no variant &quot;%2&quot;</source>
        <translation>%1 has no variant &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the draft has no section &quot;%1&quot;</source>
        <translation>the draft has no section &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Apply</name>
    <message>
        <source>--types must list MK, PK or K, comma-separated</source>
        <translation>--types must list MK, PK or K, comma-separated</translation>
    </message>
    <message>
        <source>Add the core and recommended clauses the draft&apos;s risk profile suggests, with their suggested variants, as accepting the wizard does: clauses already in the draft stay with your values, variants, wording and comments; nothing is removed.</source>
        <translation>Add the core and recommended clauses the draft&apos;s risk profile suggests, with their suggested variants, as accepting the wizard does: clauses already in the draft stay with your values, variants, wording and comments; nothing is removed.</translation>
    </message>
    <message>
        <source>--tiers must list core, recommended or optional, comma-separated</source>
        <translation>--tiers must list core, recommended or optional, comma-separated</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Approve</name>
    <message>
        <source>The review status to set: approved (default), ready or draft.</source>
        <translation>The review status to set: approved (default), ready or draft.</translation>
    </message>
    <message>
        <source>--status must be approved, ready or draft</source>
        <translation>--status must be approved, ready or draft</translation>
    </message>
    <message>
        <source>approve needs the approver: --as NAME</source>
        <translation>approve needs the approver: --as NAME</translation>
    </message>
    <message>
        <source>Set the review status of a requirement (or of every requirement with --all): approved by NAME, or ready/draft with --status. Approving records what was approved; a later change makes it &quot;changed since approval&quot;. With --explanation ID the follow-or-explain explanation of ID is approved.</source>
        <translation>Set the review status of a requirement (or of every requirement with --all): approved by NAME, or ready/draft with --status. Approving records what was approved; a later change makes it &quot;changed since approval&quot;. With --explanation ID the follow-or-explain explanation of ID is approved.</translation>
    </message>
    <message>
        <source>Every requirement and follow-or-explain explanation of the draft.</source>
        <translation>Every requirement and follow-or-explain explanation of the draft.</translation>
    </message>
    <message>
        <source>Approve the explanation of why clause ID is not in the annex.</source>
        <translation>Approve the explanation of why clause ID is not in the annex.</translation>
    </message>
    <message>
        <source>approve needs either a NUMBER or --all (or --explanation ID)</source>
        <translation>approve needs either a NUMBER or --all (or --explanation ID)</translation>
    </message>
    <message>
        <source>the draft has no explanation for %1</source>
        <translation>the draft has no explanation for %1</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Check</name>
    <message>
        <source>List the problems of a draft&apos;s annex: unfilled or invalid values, missing or withdrawn clauses, outdated clause versions.</source>
        <translation>List the problems of a draft&apos;s annex: unfilled or invalid values, missing or withdrawn clauses, outdated clause versions.</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n requirement</numerusform>
            <numerusform>%n requirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::CommentCommand</name>
    <message>
        <source>Add a review comment to a requirement.</source>
        <translation>Add a review comment to a requirement.</translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation>The comment.</translation>
    </message>
    <message>
        <source>comment needs --text T</source>
        <translation>comment needs --text T</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Contract</name>
    <message>
        <source>Edit the contract map: the contract type and the other annexes (number, title and role) that reference parameters point to.</source>
        <translation>Edit the contract map: the contract type and the other annexes (number, title and role) that reference parameters point to.</translation>
    </message>
    <message>
        <source>The contract type: %1.</source>
        <translation>The contract type: %1.</translation>
    </message>
    <message>
        <source>Replace the annex list with the contract type&apos;s template (numbers left empty).</source>
        <translation>Replace the annex list with the contract type&apos;s template (numbers left empty).</translation>
    </message>
    <message>
        <source>Set the annex that plays ROLE (one of %1): its number and, optionally, title.</source>
        <translation>Set the annex that plays ROLE (one of %1): its number and, optionally, title.</translation>
    </message>
    <message>
        <source>Remove the annex that plays ROLE.</source>
        <translation>Remove the annex that plays ROLE.</translation>
    </message>
    <message>
        <source>yes: the main contract defines the terms (the annex points there); no: the annex lists the library&apos;s definitions.</source>
        <translation>yes: the main contract defines the terms (the annex points there); no: the annex lists the library&apos;s definitions.</translation>
    </message>
    <message>
        <source>--type must be one of %1</source>
        <translation>--type must be one of %1</translation>
    </message>
    <message>
        <source>--template needs --type</source>
        <translation>--template needs --type</translation>
    </message>
    <message>
        <source>--definitions-in-contract must be yes or no</source>
        <translation>--definitions-in-contract must be yes or no</translation>
    </message>
    <message>
        <source>the contract map has no annex with role &quot;%1&quot;</source>
        <translation>the contract map has no annex with role &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--annex %1: the role must be one of %2</source>
        <translation>--annex %1: the role must be one of %2</translation>
    </message>
    <message>
        <source>--annex %1: the annex number is missing</source>
        <translation>--annex %1: the annex number is missing</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::CoverageCommand</name>
    <message>
        <source>Show which requirements of the draft cover each framework control, which controls are not covered and which are excluded.</source>
        <translation>Show which requirements of the draft cover each framework control, which controls are not covered and which are excluded.</translation>
    </message>
    <message>
        <source>Print the Statement of Applicability as CSV.</source>
        <translation>Print the Statement of Applicability as CSV.</translation>
    </message>
    <message>
        <source>covered: %1 of %2 (%3 %) · excluded: %4 · open: %5</source>
        <translation>covered: %1 of %2 (%3 %) · excluded: %4 · open: %5</translation>
    </message>
    <message>
        <source>excluded: %1</source>
        <translation>excluded: %1</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>not covered</translation>
    </message>
    <message>
        <source>Only this framework: %1.</source>
        <translation>Only this framework: %1.</translation>
    </message>
    <message>
        <source>--framework must be one of %1</source>
        <translation>--framework must be one of %1</translation>
    </message>
    <message>
        <source>through option %1 (%2)</source>
        <translation>through option %1 (%2)</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Diff</name>
    <message>
        <source>Show what changed from DRAFT to OTHER: requirements added, removed and renumbered, values, variants, types, wording word by word ([-deleted-] {+inserted+}), review status and comments, answers, annex details, explanations, exclusions and versions.</source>
        <translation>Show what changed from DRAFT to OTHER: requirements added, removed and renumbered, values, variants, types, wording word by word ([-deleted-] {+inserted+}), review status and comments, answers, annex details, explanations, exclusions and versions.</translation>
    </message>
    <message>
        <source>Show what changed from OLD to NEW. Two drafts: requirements added, removed and renumbered, values, variants, types, wording word by word ([-deleted-] {+inserted+}), review status and comments, answers, annex details, explanations, exclusions and versions. Two library folders: the release notes (clauses added, withdrawn, removed and changed: wording in both languages word by word, parameters, defaults, references, applicability); a wording change without a version bump is an error (exit 1), a bump without a change a warning. --markdown or --docx -o FILE (the Danish &quot;Ændringsliste&quot;) for libraries only.</source>
        <translation>Show what changed from OLD to NEW. Two drafts: requirements added, removed and renumbered, values, variants, types, wording word by word ([-deleted-] {+inserted+}), review status and comments, answers, annex details, explanations, exclusions and versions. Two library folders: the release notes (clauses added, withdrawn, removed and changed: wording in both languages word by word, parameters, defaults, references, applicability); a wording change without a version bump is an error (exit 1), a bump without a change a warning. --markdown or --docx -o FILE (the Danish &quot;Ændringsliste&quot;) for libraries only.</translation>
    </message>
    <message>
        <source>Libraries: print Markdown.</source>
        <translation>Libraries: print Markdown.</translation>
    </message>
    <message>
        <source>Libraries: write the change list as DOCX to the file of --output.</source>
        <translation>Libraries: write the change list as DOCX to the file of --output.</translation>
    </message>
    <message>
        <source>The DOCX file to write.</source>
        <translation>The DOCX file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>choose one of --json, --markdown and --docx</source>
        <translation>choose one of --json, --markdown and --docx</translation>
    </message>
    <message>
        <source>--markdown, --docx and --output compare library folders</source>
        <translation>--markdown, --docx and --output compare library folders</translation>
    </message>
    <message>
        <source>--docx needs --output FILE</source>
        <translation>--docx needs --output FILE</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 written</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Exclude</name>
    <message>
        <source>Record why a framework control is not covered (Statement of Applicability). CONTROL is FRAMEWORK:ID, e.g. iso27001:7.4, cis:17, nis2:21(2)(b) or gdpr:32; an empty reason removes the exclusion.</source>
        <translation>Record why a framework control is not covered (Statement of Applicability). CONTROL is FRAMEWORK:ID, e.g. iso27001:7.4, cis:17, nis2:21(2)(b) or gdpr:32; an empty reason removes the exclusion.</translation>
    </message>
    <message>
        <source>Why it is not covered.</source>
        <translation>Why it is not covered.</translation>
    </message>
    <message>
        <source>exclude needs --reason T</source>
        <translation>exclude needs --reason T</translation>
    </message>
    <message>
        <source>no framework control &quot;%1&quot; (use FRAMEWORK:ID with FRAMEWORK one of %2)</source>
        <translation>no framework control &quot;%1&quot; (use FRAMEWORK:ID with FRAMEWORK one of %2)</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Explain</name>
    <message>
        <source>Explain why a clause (e.g. a society-critical catalogue provision) is not in the annex; an empty text removes the explanation.</source>
        <translation>Explain why a clause (e.g. a society-critical catalogue provision) is not in the annex; an empty text removes the explanation.</translation>
    </message>
    <message>
        <source>The explanation.</source>
        <translation>The explanation.</translation>
    </message>
    <message>
        <source>explain needs --text T</source>
        <translation>explain needs --text T</translation>
    </message>
    <message>
        <source>no clause with id &quot;%1&quot;</source>
        <translation>no clause with id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is in the draft as %2; only a clause left out is explained</source>
        <translation>%1 is in the draft as %2; only a clause left out is explained</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Export</name>
    <message>
        <source>Export a draft&apos;s annex to DOCX and PDF.</source>
        <translation>Export a draft&apos;s annex to DOCX and PDF.</translation>
    </message>
    <message>
        <source>Language of the document: da or en (default: the draft&apos;s language).</source>
        <translation>Language of the document: da or en (default: the draft&apos;s language).</translation>
    </message>
    <message>
        <source>Output file, or a folder. With --format all, OUT.docx and OUT.pdf are written.</source>
        <translation>Output file, or a folder. With --format all, OUT.docx and OUT.pdf are written.</translation>
    </message>
    <message>
        <source>export needs an output: -o OUT</source>
        <translation>export needs an output: -o OUT</translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation>--lang must be da or en</translation>
    </message>
    <message numerus="yes">
        <source>error: the annex has %n error(s); fix them, export the review edition, or use --force</source>
        <translation>
            <numerusform>error: the annex has %n error; fix them, export the review edition, or use --force</numerusform>
            <numerusform>error: the annex has %n errors; fix them, export the review edition, or use --force</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: docx, pdf, all (both), or xlsx (the compliance schedule as a workbook for the tenderer to fill in).</source>
        <translation>Output format: docx, pdf, all (both), or xlsx (the compliance schedule as a workbook for the tenderer to fill in).</translation>
    </message>
    <message>
        <source>tender (with guidance and compliance schedule), contract, review (internal: deviations as tracked changes, comments, problems), or schedule (the compliance schedule on its own, to fill in).</source>
        <translation>tender (with guidance and compliance schedule), contract, review (internal: deviations as tracked changes, comments, problems), or schedule (the compliance schedule on its own, to fill in).</translation>
    </message>
    <message>
        <source>--format must be docx, pdf, all or xlsx</source>
        <translation>--format must be docx, pdf, all or xlsx</translation>
    </message>
    <message>
        <source>--edition must be tender, contract, review or schedule</source>
        <translation>--edition must be tender, contract, review or schedule</translation>
    </message>
    <message>
        <source>Export the tender or contract edition even when the annex has errors or is not approved; the document is then stamped &quot;DRAFT – not approved&quot;.</source>
        <translation>Export the tender or contract edition even when the annex has errors or is not approved; the document is then stamped &quot;DRAFT – not approved&quot;.</translation>
    </message>
    <message>
        <source>Review edition: show the changes since the published version V as tracked changes.</source>
        <translation>Review edition: show the changes since the published version V as tracked changes.</translation>
    </message>
    <message>
        <source>--compare is for the review edition</source>
        <translation>--compare is for the review edition</translation>
    </message>
    <message numerus="yes">
        <source>error: %n item(s) not approved; approval is required before publishing (export the review edition, or use --force for a stamped draft)</source>
        <translation>
            <numerusform>error: %n item not approved; approval is required before publishing (export the review edition, or use --force for a stamped draft)</numerusform>
            <numerusform>error: %n items not approved; approval is required before publishing (export the review edition, or use --force for a stamped draft)</numerusform>
        </translation>
    </message>
    <message>
        <source>the draft has no published version %1 with a snapshot</source>
        <translation>the draft has no published version %1 with a snapshot</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Fmt</name>
    <message>
        <source>Rewrite library XML files (folders: every *.xml below them) in the one canonical layout: attribute order, two-space indentation, text filled to %1 columns. With --check nothing is written: the files that differ are listed and the exit code is 1.</source>
        <translation>Rewrite library XML files (folders: every *.xml below them) in the one canonical layout: attribute order, two-space indentation, text filled to %1 columns. With --check nothing is written: the files that differ are listed and the exit code is 1.</translation>
    </message>
    <message>
        <source>Only list the files whose layout differs; exit 1 if there are any.</source>
        <translation>Only list the files whose layout differs; exit 1 if there are any.</translation>
    </message>
    <message>
        <source>%1: not in the canonical layout</source>
        <translation>%1: not in the canonical layout</translation>
    </message>
    <message>
        <source>%1: formatted</source>
        <translation>%1: formatted</translation>
    </message>
    <message>
        <source>%1 of %2 files to format</source>
        <translation>%1 of %2 files to format</translation>
    </message>
    <message>
        <source>%1 of %2 files formatted</source>
        <translation>%1 of %2 files formatted</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Lint</name>
    <message numerus="yes">
        <source>%n clause(s) checked</source>
        <translation>
            <numerusform>%n clause checked</numerusform>
            <numerusform>%n clauses checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Check library folders or single clause files as validate does, and their drafting: Danish and English that differ in parameters, lists or numbers, vague words, numbers that are not parameters, parameters without guidance, guidance repeated from another clause, defined terms in lower case, withdrawn clauses without a successor or reason. Each message ends with its rule in brackets. With --library the folders are layered on top of those libraries.</source>
        <translation>Check library folders or single clause files as validate does, and their drafting: Danish and English that differ in parameters, lists or numbers, vague words, numbers that are not parameters, parameters without guidance, guidance repeated from another clause, defined terms in lower case, withdrawn clauses without a successor or reason. Each message ends with its rule in brackets. With --library the folders are layered on top of those libraries.</translation>
    </message>
    <message>
        <source>not a library folder or clause file</source>
        <translation>not a library folder or clause file</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::List</name>
    <message>
        <source>List the clauses of the library, or search them.</source>
        <translation>List the clauses of the library, or search them.</translation>
    </message>
    <message>
        <source>Only clauses matching TEXT, best matches first.</source>
        <translation>Only clauses matching TEXT, best matches first.</translation>
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
        <source>list takes no arguments other than options</source>
        <translation>list takes no arguments other than options</translation>
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
        <source>klausul-cli: the library has %n error(s); run &quot;klausul-cli validate&quot; to see them</source>
        <translation>
            <numerusform>klausul-cli: the library has %n error; run &quot;klausul-cli validate&quot; to see them</numerusform>
            <numerusform>klausul-cli: the library has %n errors; run &quot;klausul-cli validate&quot; to see them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::New</name>
    <message>
        <source>Create a new draft with the annex details given, optionally answering the risk profile and applying its suggestions.</source>
        <translation>Create a new draft with the annex details given, optionally answering the risk profile and applying its suggestions.</translation>
    </message>
    <message>
        <source>The draft file to create.</source>
        <translation>The draft file to create.</translation>
    </message>
    <message>
        <source>Add the clauses the risk profile suggests (as &quot;klausul-cli apply&quot;).</source>
        <translation>Add the clauses the risk profile suggests (as &quot;klausul-cli apply&quot;).</translation>
    </message>
    <message>
        <source>The contracting authority.</source>
        <translation>The contracting authority.</translation>
    </message>
    <message>
        <source>The tender (procurement) title.</source>
        <translation>The tender (procurement) title.</translation>
    </message>
    <message>
        <source>The authority&apos;s case number.</source>
        <translation>The authority&apos;s case number.</translation>
    </message>
    <message>
        <source>The annex number in the contract (default 9).</source>
        <translation>The annex number in the contract (default 9).</translation>
    </message>
    <message>
        <source>The annex title.</source>
        <translation>The annex title.</translation>
    </message>
    <message>
        <source>The K04 annex category: A, B or C.</source>
        <translation>The K04 annex category: A, B or C.</translation>
    </message>
    <message>
        <source>The annex language: da (default) or en.</source>
        <translation>The annex language: da (default) or en.</translation>
    </message>
    <message>
        <source>Print the draft without writing it.</source>
        <translation>Print the draft without writing it.</translation>
    </message>
    <message>
        <source>Overwrite DRAFT when it exists.</source>
        <translation>Overwrite DRAFT when it exists.</translation>
    </message>
    <message>
        <source>new takes no arguments other than options</source>
        <translation>new takes no arguments other than options</translation>
    </message>
    <message>
        <source>new needs the draft to create: -o DRAFT</source>
        <translation>new needs the draft to create: -o DRAFT</translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation>--lang must be da or en</translation>
    </message>
    <message>
        <source>--category must be A, B or C</source>
        <translation>--category must be A, B or C</translation>
    </message>
    <message>
        <source>--types must list MK, PK or K, comma-separated</source>
        <translation>--types must list MK, PK or K, comma-separated</translation>
    </message>
    <message>
        <source>%1 exists; use --force to replace it</source>
        <translation>%1 exists; use --force to replace it</translation>
    </message>
    <message>
        <source>--tiers must list core, recommended or optional, comma-separated</source>
        <translation>--tiers must list core, recommended or optional, comma-separated</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Profile</name>
    <message>
        <source>Answer risk-profile questions of the draft (the wizard&apos;s first page). Run &quot;klausul-cli apply&quot; afterwards to take the suggestions.</source>
        <translation>Answer risk-profile questions of the draft (the wizard&apos;s first page). Run &quot;klausul-cli apply&quot; afterwards to take the suggestions.</translation>
    </message>
    <message>
        <source>profile needs --answer Q=A or --profile FILE</source>
        <translation>profile needs --answer Q=A or --profile FILE</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Publish</name>
    <message>
        <source>The version number, e.g. 1.0.</source>
        <translation>The version number, e.g. 1.0.</translation>
    </message>
    <message>
        <source>What changed in this version.</source>
        <translation>What changed in this version.</translation>
    </message>
    <message>
        <source>publish needs --version V</source>
        <translation>publish needs --version V</translation>
    </message>
    <message>
        <source>publish needs --note T</source>
        <translation>publish needs --note T</translation>
    </message>
    <message>
        <source>version %1 is already published</source>
        <translation>version %1 is already published</translation>
    </message>
    <message numerus="yes">
        <source>the annex has %n error(s); fix them before publishing, or use --force</source>
        <translation>
            <numerusform>the annex has %n error; fix them before publishing, or use --force</numerusform>
            <numerusform>the annex has %n errors; fix them before publishing, or use --force</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish a version of the annex: records version V with today&apos;s date, the approver NAME and the note in the annex&apos;s version table, and keeps the requirements as published (for --compare V). Refused while the annex has errors or items that are not approved (unless --force), or when V is already in the table.</source>
        <translation>Publish a version of the annex: records version V with today&apos;s date, the approver NAME and the note in the annex&apos;s version table, and keeps the requirements as published (for --compare V). Refused while the annex has errors or items that are not approved (unless --force), or when V is already in the table.</translation>
    </message>
    <message>
        <source>Publish even when the annex has errors or items that are not approved.</source>
        <translation>Publish even when the annex has errors or items that are not approved.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not approved; approve them before publishing, or use --force</source>
        <translation>
            <numerusform>%n item not approved; approve them before publishing, or use --force</numerusform>
            <numerusform>%n items not approved; approve them before publishing, or use --force</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Remove</name>
    <message>
        <source>Remove a requirement. Its number is withdrawn (listed in the version table, never reused) until &quot;klausul-cli renumber&quot;.</source>
        <translation>Remove a requirement. Its number is withdrawn (listed in the version table, never reused) until &quot;klausul-cli renumber&quot;.</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Renumber</name>
    <message>
        <source>Number the requirements 1..N in document order again and forget the withdrawn numbers. Refused once a version is published (its numbers may be referred to) unless --after-publication is given; the next version&apos;s change notes then list every new number.</source>
        <translation>Number the requirements 1..N in document order again and forget the withdrawn numbers. Refused once a version is published (its numbers may be referred to) unless --after-publication is given; the next version&apos;s change notes then list every new number.</translation>
    </message>
    <message>
        <source>Renumber even though a version is published.</source>
        <translation>Renumber even though a version is published.</translation>
    </message>
    <message>
        <source>(use --after-publication to renumber anyway)</source>
        <translation>(use --after-publication to renumber anyway)</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Report</name>
    <message>
        <source>Print the library&apos;s content: clauses per theme, type and option, and which framework controls no clause refers to.</source>
        <translation>Print the library&apos;s content: clauses per theme, type and option, and which framework controls no clause refers to.</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Set</name>
    <message>
        <source>Set parameter values of a requirement. Values are checked against the parameter (type, range, choices); an empty VALUE clears it. If one value is wrong, nothing is changed.</source>
        <translation>Set parameter values of a requirement. Values are checked against the parameter (type, range, choices); an empty VALUE clears it. If one value is wrong, nothing is changed.</translation>
    </message>
    <message>
        <source>expected PARAM=VALUE, not &quot;%1&quot;</source>
        <translation>expected PARAM=VALUE, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has no parameter &quot;%2&quot; (parameters: %3)</source>
        <translation>%1 has no parameter &quot;%2&quot; (parameters: %3)</translation>
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
        <translation>Show one clause in full.</translation>
    </message>
    <message>
        <source>show takes exactly one clause id</source>
        <translation>show takes exactly one clause id</translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation>--lang must be da or en</translation>
    </message>
    <message>
        <source>no clause with id &quot;%1&quot;</source>
        <translation>no clause with id &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Suggest</name>
    <message>
        <source>Suggest the clauses that the draft&apos;s risk profile calls for, each with the answers that call for it.</source>
        <translation>Suggest the clauses that the draft&apos;s risk profile calls for, each with the answers that call for it.</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Type</name>
    <message>
        <source>Set the requirement type of a requirement: MK (minimum requirement), PK, K, or default (the clause&apos;s own type).</source>
        <translation>Set the requirement type of a requirement: MK (minimum requirement), PK, K, or default (the clause&apos;s own type).</translation>
    </message>
    <message>
        <source>the type must be MK, PK, K or default, not &quot;%1&quot;</source>
        <translation>the type must be MK, PK, K or default, not &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Upgrade</name>
    <message>
        <source>Show what the library&apos;s newer clause versions change in the requirements (old standard text, new standard text and own wording), and accept them.</source>
        <translation>Show what the library&apos;s newer clause versions change in the requirements (old standard text, new standard text and own wording), and accept them.</translation>
    </message>
    <message>
        <source>Accept the new versions of the given requirements (all outdated ones when no number is given).</source>
        <translation>Accept the new versions of the given requirements (all outdated ones when no number is given).</translation>
    </message>
    <message>
        <source>With --accept: keep own wording the library changed under.</source>
        <translation>With --accept: keep own wording the library changed under.</translation>
    </message>
    <message>
        <source>With --accept: replace such own wording by the new standard text.</source>
        <translation>With --accept: replace such own wording by the new standard text.</translation>
    </message>
    <message>
        <source>--keep-wording and --take-standard exclude each other</source>
        <translation>--keep-wording and --take-standard exclude each other</translation>
    </message>
    <message>
        <source>--keep-wording and --take-standard need --accept</source>
        <translation>--keep-wording and --take-standard need --accept</translation>
    </message>
    <message>
        <source>%1 is already based on the library&apos;s version of its clause</source>
        <translation>%1 is already based on the library&apos;s version of its clause</translation>
    </message>
    <message>
        <source>%1: every requirement is based on the library&apos;s current version</source>
        <translation>%1: every requirement is based on the library&apos;s current version</translation>
    </message>
    <message>
        <source>%1: the library changed the standard text under own wording; run without --accept to see the three texts, then add --keep-wording or --take-standard</source>
        <translation>%1: the library changed the standard text under own wording; run without --accept to see the three texts, then add --keep-wording or --take-standard</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Validate</name>
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
        <translation>
            <numerusform>%n clause checked</numerusform>
            <numerusform>%n clauses checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or clause(s) checked</source>
        <translation>
            <numerusform>%n file or clause checked</numerusform>
            <numerusform>%n files or clauses checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Variant</name>
    <message>
        <source>Choose the variant of a requirement; &quot;standard&quot; for the standard text.</source>
        <translation>Choose the variant of a requirement; &quot;standard&quot; for the standard text.</translation>
    </message>
    <message>
        <source>%1 has no variant &quot;%2&quot; (variants: %3)</source>
        <translation>%1 has no variant &quot;%2&quot; (variants: %3)</translation>
    </message>
</context>
<context>
    <name>klausul::cli::commands::Wording</name>
    <message>
        <source>Give a requirement your own wording from a text file (paragraphs separated by blank lines, &quot;- &quot; for list items, {parameter} for values), or --reset it to the standard text.</source>
        <translation>Give a requirement your own wording from a text file (paragraphs separated by blank lines, &quot;- &quot; for list items, {parameter} for values), or --reset it to the standard text.</translation>
    </message>
    <message>
        <source>Read the wording from FILE (UTF-8).</source>
        <translation>Read the wording from FILE (UTF-8).</translation>
    </message>
    <message>
        <source>Go back to the standard text.</source>
        <translation>Go back to the standard text.</translation>
    </message>
    <message>
        <source>The language of the wording (default: the draft&apos;s language).</source>
        <translation>The language of the wording (default: the draft&apos;s language).</translation>
    </message>
    <message>
        <source>wording needs either --file F or --reset</source>
        <translation>wording needs either --file F or --reset</translation>
    </message>
    <message>
        <source>--lang must be da or en</source>
        <translation>--lang must be da or en</translation>
    </message>
    <message>
        <source>%1 is your own requirement; it has no standard text</source>
        <translation>%1 is your own requirement; it has no standard text</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty; use --reset for the standard text</source>
        <translation>%1 is empty; use --reset for the standard text</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Information-security clauses for Danish public IT contracts</source>
        <translation>Information-security clauses for Danish public IT contracts</translation>
    </message>
    <message>
        <source>A draft (*.klausul) to open.</source>
        <translation>A draft (*.klausul) to open.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Save a picture of the window to FILE and quit.</translation>
    </message>
    <message>
        <source>Also save a picture of the export dialog to FILE.</source>
        <translation>Also save a picture of the export dialog to FILE.</translation>
    </message>
    <message>
        <source>Open the bundled example draft (a municipality&apos;s cloud case-management system).</source>
        <translation>Open the bundled example draft (a municipality&apos;s cloud case-management system).</translation>
    </message>
</context>
</TS>
