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

bool apply(const QString &in, const QString &out, const Annex &annex, Edition edition,
    const QString &stamp, QString *error)
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
    package->setPart(document, documentXml);
    return package->write(out, error);
}

} // namespace klausul::DocxPostProcess
