#include "docxpostprocess.h"

#include "documenttext.h"
#include "docxpackage.h"
#include "docxreview.h"
#include "parameterformat.h"
#include "publication.h"

#include <QXmlStreamWriter>

namespace klausul::DocxPostProcess {

using DocumentText::Phrase;

namespace {

const QString WordNs =
    QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString RelNs =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

class PartWriter
{
public:
    explicit PartWriter(QByteArray *out)
        : w(out)
    {
        w.writeStartDocument();
        w.writeNamespace(WordNs, QStringLiteral("w"));
        w.writeNamespace(RelNs, QStringLiteral("r"));
    }

    void start(const char *name) { w.writeStartElement(WordNs, QLatin1String(name)); }
    void end() { w.writeEndElement(); }
    void empty(const char *name, const char *attribute = nullptr, const QString &value = {})
    {
        w.writeEmptyElement(WordNs, QLatin1String(name));
        if (attribute)
            w.writeAttribute(WordNs, QLatin1String(attribute), value);
    }
    void paragraph(const char *style)
    {
        start("p");
        start("pPr");
        empty("pStyle", "val", QLatin1String(style));
        end();
    }
    void run(const QString &text, bool bold = false)
    {
        if (text.isEmpty())
            return;
        start("r");
        if (bold) {
            start("rPr");
            empty("b");
            end();
        }
        w.writeStartElement(WordNs, QStringLiteral("t"));
        w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        w.writeCharacters(text);
        w.writeEndElement();
        end();
    }
    void tab()
    {
        start("r");
        empty("tab");
        end();
    }
    /** A complex field: begin, instruction, separate, a placeholder result, end. */
    void field(const QString &instruction)
    {
        start("r");
        empty("fldChar", "fldCharType", QStringLiteral("begin"));
        end();
        start("r");
        w.writeStartElement(WordNs, QStringLiteral("instrText"));
        w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        w.writeCharacters(u' ' + instruction + QStringLiteral(" \\* MERGEFORMAT "));
        w.writeEndElement();
        end();
        start("r");
        empty("fldChar", "fldCharType", QStringLiteral("separate"));
        end();
        run(QStringLiteral("1"));
        start("r");
        empty("fldChar", "fldCharType", QStringLiteral("end"));
        end();
    }
    void finish() { w.writeEndDocument(); }

    QXmlStreamWriter w;
};

} // namespace

Header header(const Annex &annex, Edition edition, const QString &stamp)
{
    const Language language = annex.language;
    Header h;
    h.title = annex.title;
    if (edition == Edition::Review)
        h.title += QStringLiteral(" – ") + DocumentText::text(Phrase::ReviewTitle, language);
    else if (edition == Edition::Schedule)
        h.title += QStringLiteral(" – ") + DocumentText::text(Phrase::ComplianceSchedule, language);
    if (!annex.metadata.caseNumber.isEmpty())
        h.caseNumber =
            DocumentText::text(Phrase::CaseNumber, language).arg(annex.metadata.caseNumber);
    h.tender = annex.metadata.tender;
    if (annex.versions.isEmpty()) {
        h.version = DocumentText::text(Phrase::DraftVersion, language);
    } else {
        const VersionEntry &last = annex.versions.constLast();
        h.version = DocumentText::text(Phrase::Version, language) + u' ' + last.number;
        if (last.date.isValid())
            h.version += QStringLiteral(" · ") + ParameterFormat::formatDate(last.date, language);
    }
    h.notice = stamp;
    if (h.notice.isEmpty() && edition == Edition::Review)
        h.notice = Publication::internalNotice(language);
    return h;
}

QByteArray headerXml(const Header &header)
{
    QByteArray out;
    PartWriter p(&out);
    p.start("hdr");
    if (!header.notice.isEmpty()) {
        p.paragraph("Header");
        p.run(header.notice, true);
        p.end();
    }
    p.paragraph("Header");
    p.run(header.title, true);
    if (!header.caseNumber.isEmpty()) {
        p.tab();
        p.run(header.caseNumber);
    }
    p.end();
    p.paragraph("Header");
    p.run(header.tender);
    p.tab();
    p.run(header.version);
    p.end();
    p.end();
    p.finish();
    return out;
}

QByteArray footerXml(Language language)
{
    // "Side %1 af %2": text around the two fields.
    const QString pattern = DocumentText::text(Phrase::PageOf, language);
    const qsizetype first = pattern.indexOf(QStringLiteral("%1"));
    const qsizetype second = pattern.indexOf(QStringLiteral("%2"));
    QByteArray out;
    PartWriter p(&out);
    p.start("ftr");
    p.paragraph("Footer");
    p.run(pattern.left(first));
    p.field(QStringLiteral("PAGE"));
    p.run(pattern.mid(first + 2, second - first - 2));
    p.field(QStringLiteral("NUMPAGES"));
    p.run(pattern.mid(second + 2));
    p.end();
    p.end();
    p.finish();
    return out;
}

QByteArray keepRowsTogether(const QByteArray &documentXml)
{
    // pandoc writes rows as "<w:tr>" followed by either properties (header rows) or a cell. User
    // text cannot contain these sequences: it is escaped ("&lt;w:tr>") by pandoc's writer.
    QByteArray xml = documentXml;
    xml.replace("<w:tr><w:trPr>", "<w:tr><w:trPr><w:cantSplit />");
    xml.replace("<w:tr><w:tc>", "<w:tr><w:trPr><w:cantSplit /></w:trPr><w:tc>");
    return xml;
}

namespace {

/** The escaped text of the w:t elements of `paragraph` (no w:delText: deleted text is not shown).
 */
QByteArray paragraphText(QByteArrayView paragraph)
{
    QByteArray text;
    qsizetype pos = 0;
    while ((pos = paragraph.indexOf("<w:t", pos)) >= 0) {
        const qsizetype nameEnd = pos + 4;
        if (nameEnd >= paragraph.size() ||
            (paragraph.at(nameEnd) != '>' && paragraph.at(nameEnd) != ' ')) {
            pos = nameEnd; // <w:tab/>, <w:tbl>, <w:tc> ...
            continue;
        }
        const qsizetype open = paragraph.indexOf('>', nameEnd);
        if (open < 0 || paragraph.at(open - 1) == '/') {
            pos = nameEnd; // <w:t/>: empty
            continue;
        }
        const qsizetype close = paragraph.indexOf("</w:t>", open);
        if (close < 0)
            break;
        text += paragraph.sliced(open + 1, close - open - 1);
        pos = close + 6;
    }
    return text;
}

/** The w:name of a `<w:bookmarkStart ... />` that ends exactly at `end`, or empty. */
QByteArray bookmarkEndingAt(const QByteArray &xml, qsizetype end)
{
    const qsizetype start = xml.lastIndexOf("<w:bookmarkStart ", end);
    if (start < 0)
        return {};
    const QByteArrayView element(xml.constData() + start, end - start);
    if (!element.endsWith("/>") || element.indexOf('<', 1) >= 0)
        return {};
    const qsizetype name = element.indexOf("w:name=\"");
    if (name < 0)
        return {};
    const qsizetype quote = element.indexOf('"', name + 8);
    return quote < 0 ? QByteArray() : element.sliced(name + 8, quote - name - 8).toByteArray();
}

} // namespace

QByteArray fillTableOfContents(const QByteArray &documentXml)
{
    // pandoc's table of contents: one paragraph holding the whole (empty, dirty) field.
    static const QByteArray begin = "<w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\" />";
    static const QByteArray field = begin + "<w:instrText xml:space=\"preserve\">TOC ";
    const qsizetype fieldAt = documentXml.indexOf(field);
    if (fieldAt < 0)
        return documentXml;
    const qsizetype paragraphStart = documentXml.lastIndexOf("<w:p>", fieldAt);
    const qsizetype instrStart = fieldAt + begin.size();
    const qsizetype instrEnd = documentXml.indexOf("</w:instrText>", instrStart);
    const qsizetype paragraphEnd = documentXml.indexOf("</w:p>", fieldAt);
    if (paragraphStart < 0 || instrEnd < 0 || paragraphEnd < 0 || instrEnd > paragraphEnd)
        return documentXml;
    const QByteArray instruction =
        documentXml.mid(instrStart, instrEnd + 14 - instrStart); // <w:instrText ...>...</...>

    // Its entries: the level-1 and level-2 headings after it, with the bookmark before each.
    QByteArray entries;
    bool first = true;
    static const QByteArray style = "<w:pStyle w:val=\"Heading";
    qsizetype pos = paragraphEnd;
    while ((pos = documentXml.indexOf(style, pos)) >= 0) {
        const qsizetype level = pos + style.size();
        pos = level;
        if (level + 1 >= documentXml.size() || documentXml.at(level + 1) != '"' ||
            (documentXml.at(level) != '1' && documentXml.at(level) != '2'))
            continue;
        const qsizetype start = documentXml.lastIndexOf("<w:p>", pos);
        const qsizetype end = documentXml.indexOf("</w:p>", pos);
        if (start < 0 || end < 0)
            break;
        const QByteArray text =
            paragraphText(QByteArrayView(documentXml.constData() + start, end - start));
        if (text.trimmed().isEmpty())
            continue;
        const QByteArray anchor = bookmarkEndingAt(documentXml, start);
        QByteArray entry = "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
        if (!anchor.isEmpty())
            entry = "<w:hyperlink w:anchor=\"" + anchor + "\" w:history=\"1\">" + entry +
                "</w:hyperlink>";
        entries += "<w:p><w:pPr><w:pStyle w:val=\"TOC" + QByteArray(1, documentXml.at(level)) +
            "\" /></w:pPr>";
        if (first) // the field begins in the first entry's paragraph
            entries += "<w:r><w:fldChar w:fldCharType=\"begin\" /></w:r><w:r>" + instruction +
                "</w:r><w:r><w:fldChar w:fldCharType=\"separate\" /></w:r>";
        entries += entry + "</w:p>";
        first = false;
        pos = end;
    }
    if (entries.isEmpty())
        return documentXml;
    entries += "<w:p><w:r><w:fldChar w:fldCharType=\"end\" /></w:r></w:p>";
    QByteArray xml = documentXml;
    xml.replace(paragraphStart, paragraphEnd + 6 - paragraphStart, entries);
    return xml;
}

bool apply(const QString &in, const QString &out, const Annex &annex, Edition edition,
    const QString &stamp, QString *error, bool fillToc)
{
    std::optional<DocxPackage> package = DocxPackage::read(in, error);
    if (!package)
        return false;
    const QString document = QStringLiteral("word/document.xml");
    if (!package->has(document) || !package->has(QStringLiteral("word/header1.xml")) ||
        !package->has(QStringLiteral("word/footer1.xml"))) {
        if (error)
            *error = QCoreApplication::translate("klausul::DocxPostProcess",
                "the DOCX from pandoc has no header or footer part (is reference.docx current?)");
        return false;
    }
    package->setPart(QStringLiteral("word/header1.xml"), headerXml(header(annex, edition, stamp)));
    package->setPart(QStringLiteral("word/footer1.xml"), footerXml(annex.language));
    QByteArray documentXml = keepRowsTogether(package->part(document));
    if (edition == Edition::Review)
        documentXml = DocxReview::uniqueChangeIds(documentXml);
    if (fillToc)
        documentXml = fillTableOfContents(documentXml);
    package->setPart(document, documentXml);
    return package->write(out, error);
}

} // namespace klausul::DocxPostProcess
