#pragma once

#include "annex.h"
#include "pandocast.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace klausul {

/**
 * What pandoc cannot put into the DOCX from the AST: the running header and footer, and rows that
 * never split across pages. pandoc copies header1.xml and footer1.xml from reference.docx
 * unchanged; they are replaced here by parts written with QXmlStreamWriter, so every text from the
 * draft (tender name, case number, title, version) is escaped by the writer and can never become
 * markup. The page numbers are PAGE and NUMPAGES fields, which Word and LibreOffice compute.
 *
 * Chosen over DOCPROPERTY fields filled from pandoc's document properties: Word shows a field's
 * stored result until fields are updated (it would show the reference document's placeholder), and
 * LibreOffice's import of DOCPROPERTY fields in headers differs between versions. Literal text is
 * right in every reader, also when the DOCX is made without LibreOffice.
 */
namespace DocxPostProcess {

/** The header's two lines, each with a left and a right (tab) part. */
struct Header
{
    QString title; ///< "Bilag 9 – Informationssikkerhed"
    QString caseNumber; ///< "Sagsnr. 26/04711"
    QString tender;
    QString version; ///< "Version 1.0 · 24. november 2026" or "Udkast"
    /**
     * A bold first line on every page: the stamp of an export forced past the publication gate
     * ("UDKAST – ikke godkendt"), or the review edition's "Til intern brug – ikke til
     * tilbudsgivere"; empty for a finished edition.
     */
    QString notice = {};
};

/** The header of `edition`; a non-empty `stamp` (ExportPlan::stamp) becomes its notice. */
Header header(const Annex &annex, Edition edition, const QString &stamp = {});
QByteArray headerXml(const Header &header);
/** "Side x af y" / "Page x of y" with PAGE and NUMPAGES fields. */
QByteArray footerXml(Language language);
/** Every table row gets w:cantSplit (a row is never split across pages). */
QByteArray keepRowsTogether(const QByteArray &documentXml);

/**
 * Fills pandoc's empty table-of-contents field with one entry per level-1 and level-2 heading
 * (styles TOC1/TOC2, each a link to the heading's bookmark) and clears its "dirty" flag, so Word
 * neither shows an empty table nor asks to update fields on opening. The entries have no page
 * numbers: those need a page layout, which only LibreOffice (when a PDF is made in the same run)
 * or Word (updating the field) computes; the field code is kept, so updating it adds them. Heading
 * texts are copied as the escaped text of their w:t elements, never unescaped.
 */
QByteArray fillTableOfContents(const QByteArray &documentXml);

/**
 * Reads the DOCX `in`, applies all of the above and writes `out` (a temporary file). In the review
 * edition every tracked change also gets a unique id (DocxReview::uniqueChangeIds). With
 * `fillToc` the table of contents is filled here (no LibreOffice pass follows).
 */
bool apply(const QString &in, const QString &out, const Annex &annex, Edition edition,
    const QString &stamp, QString *error, bool fillToc = false);

} // namespace DocxPostProcess
} // namespace klausul
