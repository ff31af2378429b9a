#include "core/draftio.h"
#include "core/exportjob.h"
#include "core/libraryloader.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace klausul;

/**
 * The real export pipeline: pandoc makes the DOCX, LibreOffice the PDF, and the results are read
 * back (unzip + XML, pdfinfo, pdftotext). CI installs every tool; a missing one fails the test with
 * the package to install, never skips it.
 */
class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tender_danish_docxAndPdfHaveTheAnnex();
    void review_docxHasTrackedChangesAndComments();
    void review_wordCommentsAndChangeAuthors_surviveLibreOffice();
    void contract_english_hasNoGuidanceOrSchedule();
    void injection_textStaysLiteral_andNothingIsRead();
    void missingPandoc_isToolMissingNamingThePackage();
    void missingLibreOffice_isToolMissingNamingThePackage();
    void killedPandoc_isToolFailed_andLeavesExistingFileUntouched();
    void hangingPandoc_timesOut();
    void unwritableDestination_isWriteFailed_andWritesNothing();

private:
    struct Output
    {
        ExportJob::Result result;
        QString error;
        QString docx;
        QString pdf;
    };
    Output exportDraft(const QString &draft, Edition edition, Language language,
        const QString &folder, bool pdf = true);
    static QString run(
        const QString &program, const QStringList &arguments, QByteArray *raw = nullptr);
    static QString documentXml(const QString &docx);
    static QString documentText(const QString &docx);

    LibraryPtr m_library;
    QTemporaryDir m_dir;
};

QString TestExport::run(const QString &program, const QStringList &arguments, QByteArray *raw)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    const QByteArray out = process.readAllStandardOutput();
    if (raw)
        *raw = out;
    return QString::fromUtf8(out);
}

QString TestExport::documentXml(const QString &docx)
{
    return run(
        QStringLiteral("unzip"), {QStringLiteral("-p"), docx, QStringLiteral("word/document.xml")});
}

/** The text of every w:t and w:delText of document.xml, parsed as XML (so it must be well-formed).
 */
QString TestExport::documentText(const QString &docx)
{
    QXmlStreamReader reader(documentXml(docx));
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() &&
            (reader.name() == QLatin1String("t") || reader.name() == QLatin1String("delText")))
            text += reader.readElementText();
        else if (reader.isEndElement() && reader.name() == QLatin1String("p"))
            text += u'\n';
    }
    if (reader.hasError())
        return QStringLiteral("XML ERROR: ") + reader.errorString();
    return text;
}

void TestExport::initTestCase()
{
    QVERIFY2(!ExternalTools::pandoc().isEmpty(), "pandoc is missing: apt-get install pandoc");
    QVERIFY2(!ExternalTools::soffice().isEmpty(),
        "LibreOffice is missing: apt-get install libreoffice-writer-nogui");
    for (const char *tool : {"unzip", "pdftotext", "pdfinfo"})
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
            qPrintable(QStringLiteral("%1 is missing: apt-get install unzip poppler-utils")
                           .arg(QLatin1String(tool))));
    m_library = LibraryLoader::load({test::dataPath(QStringLiteral("clauses/valid"))});
    QVERIFY(m_dir.isValid());
}

TestExport::Output TestExport::exportDraft(
    const QString &draftFile, Edition edition, Language language, const QString &folder, bool pdf)
{
    IssueList issues;
    const auto draft =
        DraftIo::read(test::dataPath(QStringLiteral("drafts/") + draftFile), &issues);
    if (!draft)
        return {ExportJob::Result::WriteFailed, test::describe(issues), {}, {}};
    ExportRequest request;
    request.annex = AnnexBuilder::build(*m_library, *draft, language);
    request.edition = edition;
    QDir().mkpath(folder);
    request.docxPath = QDir(folder).filePath(QStringLiteral("annex.docx"));
    if (pdf)
        request.pdfPath = QDir(folder).filePath(QStringLiteral("annex.pdf"));
    ExportJob job(request);
    const ExportJob::Result result = job.run();
    return {result, job.errorString(), request.docxPath, request.pdfPath};
}

void TestExport::tender_danish_docxAndPdfHaveTheAnnex()
{
    const QString folder = m_dir.filePath(QStringLiteral("tender"));
    const Output out =
        exportDraft(QStringLiteral("full.klausul"), Edition::Tender, Language::Danish, folder);
    QVERIFY2(out.result == ExportJob::Result::Success, qPrintable(out.error));

    const QString xml = documentXml(out.docx);
    const QString text = documentText(out.docx);
    QVERIFY2(!text.startsWith(QStringLiteral("XML ERROR")), qPrintable(text));
    // Requirement numbers in order, with filled values and Danish letters.
    const qsizetype first = text.indexOf(QStringLiteral("9.1 Underretning om Sikkerhedshændelser"));
    const qsizetype third = text.indexOf(QStringLiteral("9.3 Kryptering af persondata"));
    const qsizetype fourth = text.indexOf(QStringLiteral("9.4 Log-ind med MitID Erhverv"));
    QVERIFY2(first > 0 && first < third && third < fourth, qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("senest 6\u00a0timer underrette Kunden")));
    QVERIFY(text.contains(QStringLiteral("Kravtype: Mindstekrav (MK)")));
    QVERIFY(text.contains(QStringLiteral("Vejledning til tilbudsgiver")));
    QVERIFY(text.contains(QStringLiteral("Dette afsnit er ikke en del af Kontrakten")));
    QVERIFY(text.contains(QStringLiteral("Complianceskema")));
    QVERIFY(text.contains(QStringLiteral("Leverandørens besvarelse")));
    QVERIFY(text.contains(QStringLiteral("Krav 9.2 fjernet")));
    // Styles from reference.docx: title, headings, requirement blocks, tables, a real TOC field.
    for (const char *style :
        {"Title", "Heading1", "Heading2", "Kravtype", "Kravtekst", "Vejledning"})
        QVERIFY2(
            xml.contains(QStringLiteral("w:pStyle w:val=\"%1\"").arg(QLatin1String(style))), style);
    QVERIFY(xml.contains(QStringLiteral("<w:tblStyle w:val=\"Table\" />")));
    QVERIFY(xml.contains(QStringLiteral("TOC \\o")));
    QVERIFY(xml.contains(QStringLiteral("<w:pgSz w:h=\"16838\" w:w=\"11906\" />"))); // A4
    const QString styles = run(QStringLiteral("unzip"),
        {QStringLiteral("-p"), out.docx, QStringLiteral("word/styles.xml")});
    QVERIFY(styles.contains(QStringLiteral("w:val=\"da-DK\"")));

    const QString info = run(QStringLiteral("pdfinfo"), {out.pdf});
    QVERIFY2(info.contains(QRegularExpression(
                 QStringLiteral("Page size:\\s+595\\.\\d+ x 841\\.\\d+ pts \\(A4\\)"))),
        qPrintable(info));
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Tagged:\\s+yes"))));
    const QString pdfText =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), out.pdf, QStringLiteral("-")});
    QVERIFY(pdfText.contains(QStringLiteral("Bilag 9 Informationssikkerhed")));
    QVERIFY(pdfText.contains(QStringLiteral("Indholdsfortegnelse")));
    // The table of contents is filled in the PDF: the requirement appears there and in the text.
    QVERIFY2(pdfText.count(QStringLiteral("9.1 Underretning om Sikkerhedshændelser")) >= 2,
        qPrintable(pdfText));
    QVERIFY(pdfText.contains(QStringLiteral("Sikkerhedshændelser")));
}

void TestExport::review_docxHasTrackedChangesAndComments()
{
    const QString folder = m_dir.filePath(QStringLiteral("review"));
    const Output out =
        exportDraft(QStringLiteral("full.klausul"), Edition::Review, Language::Danish, folder);
    QVERIFY2(out.result == ExportJob::Result::Success, qPrintable(out.error));
    const QString xml = documentXml(out.docx);
    QVERIFY(xml.contains(QStringLiteral("<w:ins ")));
    QVERIFY(xml.contains(QRegularExpression(QStringLiteral("<w:ins [^>]*w:author=\"Klausul\""))));
    const QString text = documentText(out.docx);
    QVERIFY(text.contains(QStringLiteral("altid")));
    QVERIFY(text.contains(QStringLiteral("Skærpet med AES-256.")));
    QVERIFY(text.contains(
        QStringLiteral("Status: Godkendt (godkendt af Anne Holm, 24. november 2026)")));
    QVERIFY(text.contains(QStringLiteral("Afviger fra standardteksten (5 ord ændret)")));
    QVERIFY(text.contains(QStringLiteral("Kontrol er dækket af hovedkontraktens punkt 14.")));
    QVERIFY(text.contains(QStringLiteral("Der er ingen problemer.")));
    const QString pdfText = run(QStringLiteral("pdftotext"), {out.pdf, QStringLiteral("-")});
    QVERIFY(pdfText.contains(QStringLiteral("Gennemgangsudgave")));
}

void TestExport::review_wordCommentsAndChangeAuthors_surviveLibreOffice()
{
    IssueList issues;
    auto draft = DraftIo::read(test::dataPath(QStringLiteral("drafts/full.klausul")), &issues);
    QVERIFY(draft);
    // The wording change as the draft records it when the wording is edited.
    int comments = 0;
    for (DraftSection &section : draft->sections) {
        for (DraftItem &item : section.items) {
            item.wordingAuthor = QStringLiteral("Per Berg (jurist)");
            item.wordingDate = QDateTime(QDate(2026, 11, 25), QTime(10, 15), Qt::UTC);
            comments += int(item.comments.size());
        }
    }
    QVERIFY(comments >= 1);
    ExportRequest request;
    request.annex = AnnexBuilder::build(*m_library, *draft, Language::Danish);
    request.edition = Edition::Review;
    const QString folder = m_dir.filePath(QStringLiteral("word-review"));
    QDir().mkpath(folder);
    request.docxPath = QDir(folder).filePath(QStringLiteral("review.docx"));
    ExportJob job(request);
    QVERIFY2(job.run() == ExportJob::Result::Success, qPrintable(job.errorString()));

    // One w:comment per review comment, with its author.
    const QString commentsXml = run(QStringLiteral("unzip"),
        {QStringLiteral("-p"), request.docxPath, QStringLiteral("word/comments.xml")});
    const QRegularExpression comment(QStringLiteral("<w:comment [^>]*w:author=\"([^\"]+)\""));
    QStringList authors;
    for (auto it = comment.globalMatch(commentsXml); it.hasNext();)
        authors << it.next().captured(1);
    QStringList expected;
    for (const DraftItem *item : draft->items()) {
        for (const ReviewComment &c : item->comments)
            expected << c.author;
    }
    QCOMPARE(authors, expected);
    // The comments are anchored in the text.
    const QString xml = documentXml(request.docxPath);
    QCOMPARE(xml.count(QStringLiteral("<w:commentRangeStart ")), comments);
    // Every tracked change carries the recorded author and time of the wording change.
    const QRegularExpression change(
        QStringLiteral("<w:(ins|del) w:id=\"([0-9]+)\" w:author=\"([^\"]*)\" w:date=\"([^\"]*)\""));
    int changes = 0;
    for (auto it = change.globalMatch(xml); it.hasNext();) {
        const auto match = it.next();
        QCOMPARE(match.captured(3), QStringLiteral("Per Berg (jurist)"));
        QCOMPARE(match.captured(4), QStringLiteral("2026-11-25T10:15:00Z"));
        ++changes;
    }
    QVERIFY(changes >= 2);

    // LibreOffice keeps comments and tracked changes (DOCX -> ODT, content.xml).
    QTemporaryDir profile;
    QProcess soffice;
    soffice.start(ExternalTools::soffice(),
        {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile.path()).toString(),
            QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("odt"),
            QStringLiteral("--outdir"), folder, request.docxPath});
    QVERIFY(soffice.waitForFinished(180000));
    const QString odt = QDir(folder).filePath(QStringLiteral("review.odt"));
    QVERIFY2(QFile::exists(odt), soffice.readAllStandardError().constData());
    const QString content =
        run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    QCOMPARE(content.count(QStringLiteral("<office:annotation>")) +
            content.count(QStringLiteral("<office:annotation ")),
        comments);
    QVERIFY(content.contains(QStringLiteral("<text:tracked-changes")));
    QVERIFY(content.contains(QStringLiteral("Per Berg (jurist)")));
}

void TestExport::contract_english_hasNoGuidanceOrSchedule()
{
    const QString folder = m_dir.filePath(QStringLiteral("contract"));
    const Output out = exportDraft(
        QStringLiteral("full.klausul"), Edition::Contract, Language::English, folder, false);
    QVERIFY2(out.result == ExportJob::Result::Success, qPrintable(out.error));
    QVERIFY(!QFile::exists(out.pdf));
    const QString text = documentText(out.docx);
    QVERIFY(text.contains(QStringLiteral("Annex 9 Informationssikkerhed")));
    QVERIFY(text.contains(QStringLiteral("Requirement type: Minimum requirement (MK)")));
    QVERIFY(text.contains(QStringLiteral("no later than 6\u00a0hours")));
    QVERIFY(!text.contains(QStringLiteral("Guidance for tenderers")));
    QVERIFY(!text.contains(QStringLiteral("Compliance schedule")));
    const QString styles = run(QStringLiteral("unzip"),
        {QStringLiteral("-p"), out.docx, QStringLiteral("word/styles.xml")});
    QVERIFY(styles.contains(QStringLiteral("w:val=\"en-GB\"")));
}

void TestExport::injection_textStaysLiteral_andNothingIsRead()
{
    const QString folder = m_dir.filePath(QStringLiteral("injection"));
    const Output out =
        exportDraft(QStringLiteral("injection.klausul"), Edition::Tender, Language::Danish, folder);
    QVERIFY2(out.result == ExportJob::Result::Success, qPrintable(out.error));
    const QString text = documentText(out.docx);
    QVERIFY2(!text.startsWith(QStringLiteral("XML ERROR")), qPrintable(text)); // OpenXML not broken
    const QStringList literals {QStringLiteral("\\input{/etc/hostname}"),
        QStringLiteral("</w:t></w:r><w:r><w:t>XMLINJ"),
        QStringLiteral("</w:t></w:r><w:r><w:t>OWNINJ"), QStringLiteral("<script>alert(1)</script>"),
        QStringLiteral("**fed**"), QStringLiteral("$x$"), QStringLiteral("{=openxml}"),
        QStringLiteral("![billede](/etc/hostname)"), QStringLiteral("[lenke](file:///etc/passwd)")};
    for (const QString &literal : literals)
        QVERIFY2(text.contains(literal), qPrintable(literal));
    const QString listing = run(QStringLiteral("unzip"), {QStringLiteral("-l"), out.docx});
    QVERIFY2(
        !listing.contains(QStringLiteral("media/")), qPrintable(listing)); // no file was embedded

    const QString pdfText = run(QStringLiteral("pdftotext"), {out.pdf, QStringLiteral("-")});
    for (const QString &literal : {QStringLiteral("\\input{/etc/hostname}"),
             QStringLiteral("<script>alert(1)</script>"), QStringLiteral("{=openxml}")})
        QVERIFY2(pdfText.contains(literal), qPrintable(literal));
    for (const QString &marker : test::secretMarkers()) {
        QVERIFY2(!text.contains(marker), qPrintable(marker));
        QVERIFY2(!pdfText.contains(marker), qPrintable(marker));
    }
}

void TestExport::missingPandoc_isToolMissingNamingThePackage()
{
    const QByteArray path = qgetenv("PATH");
    QTemporaryDir empty;
    qputenv("PATH", empty.path().toUtf8());
    const Output out = exportDraft(QStringLiteral("full.klausul"), Edition::Tender,
        Language::Danish, m_dir.filePath(QStringLiteral("nopandoc")));
    qputenv("PATH", path);
    QCOMPARE(out.result, ExportJob::Result::ToolMissing);
    QVERIFY2(out.error.contains(QStringLiteral("apt install pandoc")), qPrintable(out.error));
    QVERIFY(!QFile::exists(out.docx));
}

void TestExport::missingLibreOffice_isToolMissingNamingThePackage()
{
    qputenv("KLAUSUL_SOFFICE", "/nonexistent/soffice");
    const Output out = exportDraft(QStringLiteral("full.klausul"), Edition::Tender,
        Language::Danish, m_dir.filePath(QStringLiteral("nooffice")));
    qunsetenv("KLAUSUL_SOFFICE");
    QCOMPARE(out.result, ExportJob::Result::ToolMissing);
    QVERIFY2(out.error.contains(QStringLiteral("libreoffice-writer-nogui")), qPrintable(out.error));
    QVERIFY(!QFile::exists(out.docx));
}

void TestExport::killedPandoc_isToolFailed_andLeavesExistingFileUntouched()
{
    QTemporaryDir bin;
    const QString fake = bin.filePath(QStringLiteral("pandoc"));
    QFile script(fake);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nkill -9 $$\n");
    script.close();
    QVERIFY(script.setPermissions(
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

    const QString folder = m_dir.filePath(QStringLiteral("killed"));
    QDir().mkpath(folder);
    const QString existing = QDir(folder).filePath(QStringLiteral("annex.docx"));
    QFile old(existing);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the previous export");
    old.close();

    qputenv("KLAUSUL_PANDOC", fake.toUtf8());
    const Output out =
        exportDraft(QStringLiteral("full.klausul"), Edition::Tender, Language::Danish, folder);
    qunsetenv("KLAUSUL_PANDOC");
    QCOMPARE(out.result, ExportJob::Result::ToolFailed);
    QVERIFY2(out.error.contains(QStringLiteral("crashed or was killed")), qPrintable(out.error));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the previous export"));
    QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("annex.pdf"))));
}

void TestExport::hangingPandoc_timesOut()
{
    QTemporaryDir bin;
    const QString fake = bin.filePath(QStringLiteral("pandoc"));
    QFile script(fake);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nexec sleep 30\n");
    script.close();
    QVERIFY(script.setPermissions(
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    qputenv("KLAUSUL_PANDOC", fake.toUtf8());
    IssueList issues;
    const auto draft =
        DraftIo::read(test::dataPath(QStringLiteral("drafts/full.klausul")), &issues);
    ExportRequest request;
    request.annex = AnnexBuilder::build(*m_library, *draft);
    request.docxPath = m_dir.filePath(QStringLiteral("hang.docx"));
    request.pandocTimeoutMs = 500;
    ExportJob job(request);
    const ExportJob::Result result = job.run();
    qunsetenv("KLAUSUL_PANDOC");
    QCOMPARE(result, ExportJob::Result::ToolFailed);
    QVERIFY2(job.errorString().contains(QStringLiteral("did not finish within")),
        qPrintable(job.errorString()));
    QVERIFY(!QFile::exists(request.docxPath));
}

void TestExport::unwritableDestination_isWriteFailed_andWritesNothing()
{
    const Output missing = exportDraft(QStringLiteral("full.klausul"), Edition::Tender,
        Language::Danish, QStringLiteral("/proc/klausul-cannot-exist"));
    QCOMPARE(missing.result, ExportJob::Result::WriteFailed);
    QVERIFY2(missing.error.contains(QStringLiteral("does not exist")), qPrintable(missing.error));

    // A destination that is a folder.
    IssueList issues;
    const auto draft =
        DraftIo::read(test::dataPath(QStringLiteral("drafts/full.klausul")), &issues);
    ExportRequest request;
    request.annex = AnnexBuilder::build(*m_library, *draft);
    request.docxPath = m_dir.path();
    ExportJob job(request);
    QCOMPARE(job.run(), ExportJob::Result::WriteFailed);
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
