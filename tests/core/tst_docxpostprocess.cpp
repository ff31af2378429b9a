#include "core/docxpackage.h"
#include "core/docxpostprocess.h"
#include "core/draftio.h"
#include "core/libraryloader.h"
#include "support/testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace klausul;

class TestDocxPostProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headerXml_hostileText_staysLiteralText();
    void header_draftWithoutVersions_saysDraft();
    void footerXml_hasPageAndNumPagesFields();
    void keepRowsTogether_everyRowGetsCantSplit();
    void apply_referenceDocx_replacesHeaderAndFooter();
    void apply_notAZip_failsWithMessage();
    void apply_stamp_isFirstHeaderLine();
    void apply_review_internalNoticeInHeaderAndUniqueChangeIds();

private:
    static QString textOf(const QByteArray &xml, QString *error = nullptr);
    LibraryPtr m_library;
    Annex m_annex;
};

QString TestDocxPostProcess::textOf(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("t"))
            text += reader.readElementText();
        else if (reader.isStartElement() && reader.name() == QLatin1String("tab"))
            text += u'\t';
        else if (reader.isEndElement() && reader.name() == QLatin1String("p"))
            text += u'\n';
    }
    if (error && reader.hasError())
        *error = reader.errorString();
    return text;
}

void TestDocxPostProcess::initTestCase()
{
    m_library = LibraryLoader::load({test::dataPath(QStringLiteral("clauses/valid"))});
    IssueList issues;
    const auto draft =
        DraftIo::read(test::dataPath(QStringLiteral("drafts/full.klausul")), &issues);
    QVERIFY(draft);
    m_annex = AnnexBuilder::build(*m_library, *draft, Language::Danish);
}

void TestDocxPostProcess::headerXml_hostileText_staysLiteralText()
{
    Annex annex = m_annex;
    annex.metadata.tender = QStringLiteral("</w:t></w:r><w:r><w:t>INJ & <b>\"x\"</b>");
    annex.metadata.caseNumber = QStringLiteral("26/0001]]>");
    const QByteArray xml =
        DocxPostProcess::headerXml(DocxPostProcess::header(annex, Edition::Tender));
    QString error;
    const QString text = textOf(xml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(text,
        QStringLiteral("Bilag 9 – Informationssikkerhed\tSagsnr. 26/0001]]>\n"
                       "</w:t></w:r><w:r><w:t>INJ & <b>\"x\"</b>\tVersion 1.1 · 26. november "
                       "2026\n"));
    QVERIFY(!xml.contains("<w:t>INJ"));
}

void TestDocxPostProcess::header_draftWithoutVersions_saysDraft()
{
    Annex annex = m_annex;
    annex.versions.clear();
    QCOMPARE(DocxPostProcess::header(annex, Edition::Tender).version, QStringLiteral("Udkast"));
    annex.language = Language::English;
    QCOMPARE(DocxPostProcess::header(annex, Edition::Review).version, QStringLiteral("Draft"));
    QVERIFY(DocxPostProcess::header(annex, Edition::Review)
                .title.endsWith(QStringLiteral(" – Review edition")));
}

void TestDocxPostProcess::footerXml_hasPageAndNumPagesFields()
{
    const QByteArray da = DocxPostProcess::footerXml(Language::Danish);
    QVERIFY(da.contains(" PAGE \\* MERGEFORMAT "));
    QVERIFY(da.contains(" NUMPAGES \\* MERGEFORMAT "));
    QCOMPARE(da.count("fldCharType=\"begin\""), 2);
    QCOMPARE(da.count("fldCharType=\"end\""), 2);
    // The placeholders ("1") between the fields: "Side 1 af 1".
    QCOMPARE(textOf(da), QStringLiteral("Side 1 af 1\n"));
    QCOMPARE(
        textOf(DocxPostProcess::footerXml(Language::English)), QStringLiteral("Page 1 of 1\n"));
}

void TestDocxPostProcess::keepRowsTogether_everyRowGetsCantSplit()
{
    const QByteArray in = "<w:tbl><w:tr><w:trPr><w:tblHeader w:val=\"true\" /></w:trPr><w:tc/>"
                          "</w:tr><w:tr><w:tc><w:p><w:r><w:t>&lt;w:tr&gt;</w:t></w:r></w:p>"
                          "</w:tc></w:tr></w:tbl>";
    const QByteArray out = DocxPostProcess::keepRowsTogether(in);
    QCOMPARE(out.count("<w:cantSplit />"), 2);
    QVERIFY(out.contains("<w:trPr><w:cantSplit /><w:tblHeader"));
    QVERIFY(out.contains("<w:t>&lt;w:tr&gt;</w:t>")); // text untouched
}

void TestDocxPostProcess::apply_referenceDocx_replacesHeaderAndFooter()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.docx"));
    QVERIFY(QFile::copy(QStringLiteral(":/klausul/export/reference.docx"), in));
    const QString out = dir.filePath(QStringLiteral("out.docx"));
    QString error;
    QVERIFY2(
        DocxPostProcess::apply(in, out, m_annex, Edition::Tender, {}, &error), qPrintable(error));
    const auto before = DocxPackage::read(in, &error);
    const auto after = DocxPackage::read(out, &error);
    QVERIFY2(before && after, qPrintable(error));
    const QStringList beforeNames = before->names();
    const QStringList afterNames = after->names();
    QCOMPARE(afterNames.first(), QStringLiteral("[Content_Types].xml"));
    QCOMPARE(QSet<QString>(afterNames.cbegin(), afterNames.cend()),
        QSet<QString>(beforeNames.cbegin(), beforeNames.cend()));
    QVERIFY(textOf(after->part(QStringLiteral("word/header1.xml")))
                .contains(QStringLiteral("Sagsnr. 26/0001")));
    QVERIFY(after->part(QStringLiteral("word/footer1.xml")).contains("NUMPAGES"));
    QCOMPARE(after->part(QStringLiteral("word/styles.xml")),
        before->part(QStringLiteral("word/styles.xml")));
}

void TestDocxPostProcess::apply_notAZip_failsWithMessage()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("broken.docx"));
    QFile file(in);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 but not really a zip file");
    file.close();
    const QString out = dir.filePath(QStringLiteral("out.docx"));
    QString error;
    QVERIFY(!DocxPostProcess::apply(in, out, m_annex, Edition::Tender, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("broken.docx")), qPrintable(error));
    QVERIFY(!QFile::exists(out));
}

void TestDocxPostProcess::apply_stamp_isFirstHeaderLine()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.docx"));
    QVERIFY(QFile::copy(QStringLiteral(":/klausul/export/reference.docx"), in));
    const QString out = dir.filePath(QStringLiteral("out.docx"));
    QString error;
    QVERIFY2(DocxPostProcess::apply(in, out, m_annex, Edition::Tender,
                 QStringLiteral("UDKAST – ikke godkendt"), &error),
        qPrintable(error));
    const auto after = DocxPackage::read(out, &error);
    QVERIFY2(after, qPrintable(error));
    const QString header = textOf(after->part(QStringLiteral("word/header1.xml")));
    QVERIFY2(header.startsWith(QStringLiteral("UDKAST – ikke godkendt\n")), qPrintable(header));
    // Without a stamp the tender header has no such line.
    QVERIFY(DocxPostProcess::header(m_annex, Edition::Tender).notice.isEmpty());
}

void TestDocxPostProcess::apply_review_internalNoticeInHeaderAndUniqueChangeIds()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.docx"));
    QVERIFY(QFile::copy(QStringLiteral(":/klausul/export/reference.docx"), in));
    QString error;
    auto package = DocxPackage::read(in, &error);
    QVERIFY2(package, qPrintable(error));
    // pandoc 2.17 numbers w:ins and w:del with separate counters: both start at 0 here.
    package->setPart(QStringLiteral("word/document.xml"),
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body><w:p><w:commentRangeStart w:id=\"0\" /><w:del w:id=\"0\" w:author=\"A\">"
        "<w:r><w:delText>8</w:delText></w:r></w:del><w:ins w:id=\"0\" w:author=\"A\"><w:r>"
        "<w:t>12</w:t></w:r></w:ins><w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t>x</w:t></w:r>"
        "</w:ins><w:commentRangeEnd w:id=\"0\" /></w:p></w:body></w:document>");
    QVERIFY2(package->write(in, &error), qPrintable(error));
    const QString out = dir.filePath(QStringLiteral("out.docx"));
    QVERIFY2(
        DocxPostProcess::apply(in, out, m_annex, Edition::Review, {}, &error), qPrintable(error));
    const auto after = DocxPackage::read(out, &error);
    QVERIFY2(after, qPrintable(error));
    QVERIFY(textOf(after->part(QStringLiteral("word/header1.xml")))
                .startsWith(QStringLiteral("Til intern brug – ikke til tilbudsgivere\n")));
    const QString document = QString::fromUtf8(after->part(QStringLiteral("word/document.xml")));
    QStringList ids;
    static const QRegularExpression change(QStringLiteral("<w:(?:ins|del) w:id=\"([0-9]+)\""));
    for (auto it = change.globalMatch(document); it.hasNext();)
        ids << it.next().captured(1);
    QCOMPARE(ids, (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    QVERIFY(document.contains(QStringLiteral("<w:commentRangeStart w:id=\"0\" />")));
}

QTEST_GUILESS_MAIN(TestDocxPostProcess)
#include "tst_docxpostprocess.moc"
