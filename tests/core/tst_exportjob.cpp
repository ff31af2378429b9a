// ExportJob's check of the DOCX it made: word/document.xml of any size its own annex can make,
// read as it inflates, and still refused when it is too large, a ZIP bomb or not well-formed.

#include "core/docxpackage.h"
#include "core/exportjob.h"
#include "core/safexml.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace klausul;

namespace {

/** A DOCX-like ZIP with `document` as word/document.xml. */
QString writeDocx(const QTemporaryDir &dir, const QString &name, const QByteArray &document)
{
    DocxPackage package;
    package.setPart(QStringLiteral("[Content_Types].xml"),
        QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types/>"));
    package.setPart(QStringLiteral("word/document.xml"), document);
    const QString path = dir.filePath(name);
    QString error;
    if (!package.write(path, &error))
        qFatal("cannot write the test DOCX: %s", qPrintable(error));
    return path;
}

/** Well-formed WordprocessingML-like XML of at least `bytes`, with text that packs like prose. */
QByteArray largeDocument(qsizetype bytes, bool closed = true)
{
    static const char *const words[] = {"leverandøren", "skal", "sikre", "at", "adgang", "til",
        "systemet", "logges", "og", "gennemgås", "mindst", "hver", "måned", "data", "krypteres"};
    QRandomGenerator random(19);
    QByteArray out;
    out.reserve(bytes + 4096);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
           "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    int paragraph = 0;
    while (out.size() < bytes) {
        out += "<w:p><w:r><w:t xml:space=\"preserve\">";
        out += QByteArray::number(++paragraph);
        for (int i = 0; i < 24; ++i) {
            out += ' ';
            out += words[random.bounded(int(std::size(words)))];
            out += QByteArray::number(random.bounded(1000));
        }
        out += "</w:t></w:r></w:p>";
    }
    if (closed)
        out += "</w:body></w:document>";
    return out;
}

} // namespace

class TestExportJob : public QObject
{
    Q_OBJECT

private slots:
    void documentLimit_smallAnnex_isTheXmlFileLimit()
    {
        QCOMPARE(ExportJob::documentLimit(0), SafeXml::MaxFileSize);
        QCOMPARE(ExportJob::documentLimit(1024 * 1024), SafeXml::MaxFileSize);
    }

    void documentLimit_largeAnnex_growsWithTheAst()
    {
        const qint64 ast = 60 * 1024 * 1024;
        QVERIFY(ExportJob::documentLimit(ast) > ast);
        QVERIFY(ExportJob::documentLimit(2 * ast) > ExportJob::documentLimit(ast));
    }

    void memberSizeAllowed_sizes_boundedByLimitAndRatio()
    {
        const qint64 limit = 64 * 1024 * 1024;
        // Up to the XML file limit always, whatever the ratio (a small part may pack well).
        QVERIFY(ExportJob::memberSizeAllowed(SafeXml::MaxFileSize, 1, SafeXml::MaxFileSize));
        // Above it: only within the annex's limit…
        QVERIFY(ExportJob::memberSizeAllowed(20 * 1024 * 1024, 2 * 1024 * 1024, limit));
        QVERIFY(!ExportJob::memberSizeAllowed(20 * 1024 * 1024, 2 * 1024 * 1024, 0));
        QVERIFY(!ExportJob::memberSizeAllowed(limit + 1, limit, limit));
        // …and not packed like a ZIP bomb.
        QVERIFY(!ExportJob::memberSizeAllowed(20 * 1024 * 1024, 20 * 1024, limit));
        QVERIFY(!ExportJob::memberSizeAllowed(20 * 1024 * 1024, 0, limit));
    }

    void checkDocx_documentAboveXmlFileLimit_acceptedWithinTheAnnexLimit()
    {
        QTemporaryDir dir;
        const QString path = writeDocx(
            dir, QStringLiteral("big.docx"), largeDocument(SafeXml::MaxFileSize + 1024 * 1024));
        QString reason;
        QVERIFY2(ExportJob::checkDocx(path, &reason, 32 * 1024 * 1024), qPrintable(reason));
        // Without the annex's own limit it is refused, as a file from elsewhere would be.
        QVERIFY(!ExportJob::checkDocx(path, &reason));
        QVERIFY2(reason.contains(QStringLiteral("larger")), qPrintable(reason));
    }

    void checkDocx_zipBomb_refusedWhateverTheLimit()
    {
        QTemporaryDir dir;
        QByteArray bomb = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><d>";
        bomb += QByteArray(SafeXml::MaxFileSize + 4 * 1024 * 1024, ' ');
        bomb += "</d>";
        const QString path = writeDocx(dir, QStringLiteral("bomb.docx"), bomb);
        QString reason;
        QVERIFY(!ExportJob::checkDocx(path, &reason, 1024LL * 1024 * 1024));
        QVERIFY2(reason.contains(QStringLiteral("ZIP bomb")), qPrintable(reason));
    }

    void checkDocx_largeDocumentNotWellFormed_refusedWithTheParserMessage()
    {
        QTemporaryDir dir;
        const QString path = writeDocx(dir, QStringLiteral("cut.docx"),
            largeDocument(SafeXml::MaxFileSize + 1024 * 1024, false));
        QString reason;
        QVERIFY(!ExportJob::checkDocx(path, &reason, 32 * 1024 * 1024));
        QVERIFY2(reason.contains(QStringLiteral("not well-formed")), qPrintable(reason));
    }

    void checkDocx_doctype_refused()
    {
        QTemporaryDir dir;
        const QString path = writeDocx(dir, QStringLiteral("doctype.docx"),
            QByteArrayLiteral(
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaa\">]><d>&a;</d>"));
        QString reason;
        QVERIFY(!ExportJob::checkDocx(path, &reason, 32 * 1024 * 1024));
        QVERIFY2(reason.contains(QStringLiteral("DOCTYPE")), qPrintable(reason));
    }

    void checkDocx_smallWellFormedDocument_accepted()
    {
        QTemporaryDir dir;
        const QString path = writeDocx(dir, QStringLiteral("small.docx"), largeDocument(10000));
        QString reason;
        QVERIFY2(ExportJob::checkDocx(path, &reason), qPrintable(reason));
    }

    void checkDocx_noDocumentPart_refused()
    {
        QTemporaryDir dir;
        DocxPackage package;
        package.setPart(QStringLiteral("word/other.xml"), QByteArrayLiteral("<a/>"));
        const QString path = dir.filePath(QStringLiteral("none.docx"));
        QString error;
        QVERIFY(package.write(path, &error));
        QString reason;
        QVERIFY(!ExportJob::checkDocx(path, &reason, 32 * 1024 * 1024));
        QVERIFY2(reason.contains(QStringLiteral("word/document.xml")), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
