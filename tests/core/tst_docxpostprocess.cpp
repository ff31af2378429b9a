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
    void fillTableOfContents_pandocField_entriesLinkedToLevelOneAndTwoHeadings();
    void fillTableOfContents_noTocOrNoHeadings_unchanged();

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

void TestDocxPostProcess::fillTableOfContents_pandocField_entriesLinkedToLevelOneAndTwoHeadings()
{
    // What pandoc writes: the empty, dirty field in one paragraph; bookmarks before headings.
    const QByteArray toc = "<w:sdt><w:sdtContent><w:p><w:pPr><w:pStyle w:val=\"TOCHeading\" "
                           "/></w:pPr><w:r><w:t xml:space=\"preserve\">Indholdsfortegnelse</w:t>"
                           "</w:r></w:p><w:p><w:r><w:fldChar w:fldCharType=\"begin\" "
                           "w:dirty=\"true\" /><w:instrText xml:space=\"preserve\">TOC \\o "
                           "&quot;1-2&quot; \\h \\z \\u</w:instrText><w:fldChar "
                           "w:fldCharType=\"separate\" /><w:fldChar w:fldCharType=\"end\" />"
                           "</w:r></w:p></w:sdtContent></w:sdt>";
    auto heading = [](const char *bookmark, int level, const QByteArray &runs) {
        QByteArray xml;
        if (bookmark)
            xml += QByteArray("<w:bookmarkStart w:id=\"7\" w:name=\"") + bookmark + "\" />";
        return xml + "<w:p><w:pPr><w:pStyle w:val=\"Heading" + QByteArray::number(level) +
            "\" /></w:pPr>" + runs + "</w:p>";
    };
    const QByteArray body = heading("afsnit-s1", 1,
                                "<w:r><w:t xml:space=\"preserve\">Styring</w:t></w:r><w:r><w:t "
                                "xml:space=\"preserve\"> </w:t></w:r><w:r><w:t>&amp; "
                                "&lt;w:p&gt;</w:t></w:r>") +
        "<w:p><w:r><w:t>Brødtekst</w:t></w:r></w:p>" +
        heading("krav-12-1", 2,
            "<w:r><w:t>12.1 Logning [MK]</w:t></w:r><w:del><w:r><w:delText>slettet</w:delText>"
            "</w:r></w:del>") +
        heading("krav-12-1-a", 3, "<w:r><w:t>Niveau tre</w:t></w:r>") +
        heading(nullptr, 2, "<w:r><w:t>Uden bogmærke</w:t></w:r>");
    const QByteArray xml = "<w:body>" + toc + body + "</w:body>";

    const QByteArray filled = DocxPostProcess::fillTableOfContents(xml);
    QVERIFY(!filled.contains("w:dirty"));
    QVERIFY(filled.endsWith(body + "</w:body>")); // the document after the table is unchanged
    // Well-formed once the prefixes are declared, and read as a person would.
    QXmlStreamReader reader(
        QByteArray("<w:document xmlns:w=\"urn:w\">") + filled + "</w:document>");
    QStringList entries;
    QStringList anchors;
    QString styleOf;
    QString text;
    bool inEntries = false;
    int fieldChars = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("pStyle")) {
            styleOf = reader.attributes().value(QLatin1String("w:val")).toString();
            inEntries =
                styleOf.startsWith(QLatin1String("TOC")) && styleOf != QLatin1String("TOCHeading");
        } else if (reader.isStartElement() && reader.name() == QLatin1String("fldChar")) {
            ++fieldChars;
        } else if (reader.isStartElement() && reader.name() == QLatin1String("hyperlink") &&
            inEntries) {
            anchors << reader.attributes().value(QLatin1String("w:anchor")).toString();
        } else if (reader.isStartElement() && reader.name() == QLatin1String("t") && inEntries) {
            text += reader.readElementText();
        } else if (reader.isEndElement() && reader.name() == QLatin1String("p")) {
            if (inEntries)
                entries << styleOf + u' ' + text;
            inEntries = false;
            text.clear();
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(entries,
        QStringList({QStringLiteral("TOC1 Styring & <w:p>"),
            QStringLiteral("TOC2 12.1 Logning [MK]"), QStringLiteral("TOC2 Uden bogmærke")}));
    QCOMPARE(anchors, QStringList({QStringLiteral("afsnit-s1"), QStringLiteral("krav-12-1")}));
    QCOMPARE(fieldChars, 3); // begin, separate, end: one field around the entries
    QVERIFY(filled.contains("<w:instrText xml:space=\"preserve\">TOC \\o &quot;1-2&quot;"));
}

void TestDocxPostProcess::fillTableOfContents_noTocOrNoHeadings_unchanged()
{
    const QByteArray noToc = "<w:body><w:p><w:pPr><w:pStyle w:val=\"Heading1\" /></w:pPr><w:r>"
                             "<w:t>Titel</w:t></w:r></w:p></w:body>";
    QCOMPARE(DocxPostProcess::fillTableOfContents(noToc), noToc);
    const QByteArray noHeadings = "<w:body><w:p><w:r><w:fldChar w:fldCharType=\"begin\" "
                                  "w:dirty=\"true\" /><w:instrText xml:space=\"preserve\">TOC "
                                  "\\o</w:instrText><w:fldChar w:fldCharType=\"separate\" "
                                  "/><w:fldChar w:fldCharType=\"end\" /></w:r></w:p></w:body>";
    QCOMPARE(DocxPostProcess::fillTableOfContents(noHeadings), noHeadings);
}

QTEST_GUILESS_MAIN(TestDocxPostProcess)
#include "tst_docxpostprocess.moc"
