#include "core/draftio.h"
#include "core/exportjob.h"
#include "core/exportplan.h"
#include "core/libraryloader.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
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
    void tender_forcedPastGate_stampOnEveryPageAndInProperties();
    void tender_headerFooterTocAndPages_areFilledIn();
    void tender_english_hasNoDanishLabel();
    void injection_textStaysLiteral_andNothingIsRead();
    void missingPandoc_isToolMissingNamingThePackage();
    void missingLibreOffice_isToolMissingNamingThePackage();
    void docxOnly_withoutLibreOffice_stillHasHeaderAndFooter();
    void killedPandoc_isToolFailed_andLeavesExistingFileUntouched();
    void hangingPandoc_timesOut();
    void unwritableDestination_isWriteFailed_andWritesNothing();
    void pdf_preparedProfile_keptWithoutTheDocumentAndRepairedWhenDamaged();
    void docxOnly_tocFilledWithoutLibreOffice_andLibreOfficeReadsIt();
    void pdf_pandocKilledWhileLibreOfficeWaits_leavesNoLibreOfficeRunning();

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
    /** The text of every part whose name starts with `prefix` ("word/header"), concatenated. */
    static QString partsText(const QString &docx, const QString &prefix, QString *xml = nullptr);

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

QString TestExport::partsText(const QString &docx, const QString &prefix, QString *xml)
{
    QString text;
    const QStringList names =
        run(QStringLiteral("unzip"), {QStringLiteral("-Z1"), docx}).split(u'\n');
    for (const QString &name : names) {
        if (!name.startsWith(prefix))
            continue;
        const QString part = run(QStringLiteral("unzip"), {QStringLiteral("-p"), docx, name});
        if (xml)
            *xml += part;
        QXmlStreamReader reader(part);
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == QLatin1String("t"))
                text += reader.readElementText();
            else if (reader.isEndElement() && reader.name() == QLatin1String("p"))
                text += u'\n';
        }
        if (reader.hasError())
            return QStringLiteral("XML ERROR in ") + name + QStringLiteral(": ") +
                reader.errorString();
    }
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
    QVERIFY(text.contains(QStringLiteral("Tilbudsgivers beskrivelse")));
    QVERIFY(text.contains(QStringLiteral("Krav 9.2 fjernet")));
    // Styles from reference.docx: title, headings, requirement blocks, tables, a real TOC field.
    for (const char *style :
        {"Title", "Heading1", "Heading2", "Kravtype", "Kravtekst", "Vejledning"})
        QVERIFY2(
            xml.contains(QStringLiteral("w:pStyle w:val=\"%1\"").arg(QLatin1String(style))), style);
    QVERIFY(xml.contains(QRegularExpression(QStringLiteral("<w:tblStyle w:val=\"Table\" ?/>"))));
    QVERIFY(xml.contains(QStringLiteral("TOC \\")));
    QVERIFY(xml.contains(QRegularExpression(QStringLiteral("<w:pgSz[^>]* w:h=\"16838\"[^>]*/>"))));
    QVERIFY(xml.contains(QRegularExpression(QStringLiteral("<w:pgSz[^>]* w:w=\"11906\"[^>]*/>"))));
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
    QVERIFY(pdfText.contains(QStringLiteral("Bilag 9 – Informationssikkerhed")));
    // Withdrawn numbers stay visible; a tender-only paragraph is in the tender edition.
    QVERIFY2(text.contains(QStringLiteral("9.2 Udgået")), qPrintable(text));
    QVERIFY(pdfText.contains(QStringLiteral("9.2 Udgået")));
    QVERIFY(text.contains(QStringLiteral("skal i sit tilbud beskrive")));
    // Typography: en dash in ranges, Danish quotes, the type next to the number.
    QVERIFY2(
        text.contains(QStringLiteral("»alvorlige« hændelser efter nr. 1–3")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("9.3 Kryptering af persondata [PK]")));
    QVERIFY(text.contains(QStringLiteral("Kravene er nummereret 9.1–9.4")));
    // The guidance has no note addressed to the authority.
    QVERIFY(!text.contains(QStringLiteral("skal udfyldes af Kunden")));
    // The schedule says what "nej" / "delvis" means.
    QVERIFY(text.contains(QStringLiteral("er tilbuddet ikke konditionsmæssigt")));
    QVERIFY(text.contains(QStringLiteral("forbehold")));
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

void TestExport::tender_forcedPastGate_stampOnEveryPageAndInProperties()
{
    IssueList issues;
    const auto draft =
        DraftIo::read(test::dataPath(QStringLiteral("drafts/full.klausul")), &issues);
    QVERIFY(draft);
    ExportRequest request;
    request.annex = AnnexBuilder::build(*m_library, *draft, Language::Danish);
    request.edition = Edition::Tender;
    // full.klausul is not approved: what the CLI and the dialog stamp when forced.
    const IssueList blockers = ExportPlan::blockers(Edition::Tender, *draft, request.annex);
    QVERIFY(!blockers.isEmpty());
    QVERIFY(ExportPlan::refuses(Edition::Tender, request.annex.issues, blockers, false));
    request.stamp =
        ExportPlan::stamp(Edition::Tender, request.annex.issues, blockers, Language::Danish);
    QCOMPARE(request.stamp, QStringLiteral("UDKAST – ikke godkendt"));
    const QString folder = m_dir.filePath(QStringLiteral("stamped"));
    QDir().mkpath(folder);
    request.docxPath = QDir(folder).filePath(QStringLiteral("annex.docx"));
    request.pdfPath = QDir(folder).filePath(QStringLiteral("annex.pdf"));
    ExportJob job(request);
    QVERIFY2(job.run() == ExportJob::Result::Success, qPrintable(job.errorString()));

    const QString info = run(QStringLiteral("pdfinfo"), {request.pdfPath});
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY2(pages.hasMatch(), qPrintable(info));
    const int count = pages.captured(1).toInt();
    QVERIFY(count >= 2);
    for (int page = 1; page <= count; ++page) {
        const QString pageText = run(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                QString::number(page), request.pdfPath, QStringLiteral("-")});
        QVERIFY2(pageText.contains(QStringLiteral("UDKAST – ikke godkendt")),
            qPrintable(QString::number(page) + u'\n' + pageText));
    }
    QVERIFY(partsText(request.docxPath, QStringLiteral("word/header"))
                .contains(QStringLiteral("UDKAST – ikke godkendt")));
    const QString properties =
        run(QStringLiteral("unzip"),
            {QStringLiteral("-p"), request.docxPath, QStringLiteral("docProps/core.xml")}) +
        run(QStringLiteral("unzip"),
            {QStringLiteral("-p"), request.docxPath, QStringLiteral("docProps/custom.xml")});
    QVERIFY2(properties.contains(QStringLiteral("UDKAST – ikke godkendt")), qPrintable(properties));
    QVERIFY(run(QStringLiteral("pdfinfo"), {request.pdfPath})
                .contains(QStringLiteral("UDKAST – ikke godkendt")));
}

void TestExport::contract_english_hasNoGuidanceOrSchedule()
{
    const QString folder = m_dir.filePath(QStringLiteral("contract"));
    const Output out = exportDraft(
        QStringLiteral("full.klausul"), Edition::Contract, Language::English, folder, false);
    QVERIFY2(out.result == ExportJob::Result::Success, qPrintable(out.error));
    QVERIFY(!QFile::exists(out.pdf));
    const QString text = documentText(out.docx);
    QVERIFY(text.contains(QStringLiteral("Annex 9 – Information security")));
    QVERIFY(text.contains(QStringLiteral("9.2 Withdrawn")));
    // The tender-only paragraph of VAL-01 is left out of the contract.
    QVERIFY2(!text.contains(QStringLiteral("in its tender")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("response plan")));
    QVERIFY(text.contains(QStringLiteral("Requirement type: Minimum requirement (MK)")));
    QVERIFY(text.contains(QStringLiteral("no later than 6\u00a0hours")));
    QVERIFY(!text.contains(QStringLiteral("Guidance for tenderers")));
    QVERIFY(!text.contains(QStringLiteral("Compliance schedule")));
    const QString styles = run(QStringLiteral("unzip"),
        {QStringLiteral("-p"), out.docx, QStringLiteral("word/styles.xml")});
    QVERIFY(styles.contains(QStringLiteral("w:val=\"en-GB\"")));
}

void TestExport::tender_headerFooterTocAndPages_areFilledIn()
{
    const QString folder = m_dir.filePath(QStringLiteral("pages"));
    const Output out =
        exportDraft(QStringLiteral("full.klausul"), Edition::Tender, Language::Danish, folder);
    QVERIFY2(out.result == ExportJob::Result::Success, qPrintable(out.error));

    // Header: title with the dash, case number, tender, version and date.
    const QString header = partsText(out.docx, QStringLiteral("word/header"));
    for (const QString &expected : {QStringLiteral("Bilag 9 – Informationssikkerhed"),
             QStringLiteral("Sagsnr. 26/0001"), QStringLiteral("Drift af testsystemet"),
             QStringLiteral("Version 1.1"), QStringLiteral("26. november 2026")})
        QVERIFY2(header.contains(expected), qPrintable(expected + QStringLiteral(" in ") + header));
    // Footer: "Side x af y" made of PAGE and NUMPAGES fields.
    QString footerXml;
    const QString footer = partsText(out.docx, QStringLiteral("word/footer"), &footerXml);
    QVERIFY2(footer.contains(QStringLiteral("Side ")) && footer.contains(QStringLiteral(" af ")),
        qPrintable(footer));
    QVERIFY2(footerXml.contains(QRegularExpression(QStringLiteral("instrText[^>]*>\\s*PAGE\\b"))),
        qPrintable(footerXml));
    QVERIFY(
        footerXml.contains(QRegularExpression(QStringLiteral("instrText[^>]*>\\s*NUMPAGES\\b"))));

    // The TOC field of the DOCX has entries (each heading twice: entry and heading).
    const QString xml = documentXml(out.docx);
    const qsizetype toc = xml.indexOf(QStringLiteral("TOC \\"));
    QVERIFY(toc > 0);
    const QString text = documentText(out.docx);
    QVERIFY2(text.count(QStringLiteral("9.1 Underretning om Sikkerhedshændelser [MK]")) >= 2,
        qPrintable(text));
    QVERIFY(text.count(QStringLiteral("9.2 Udgået")) >= 2);
    // No table row splits across pages.
    QCOMPARE(xml.count(QStringLiteral("<w:tr>")) + xml.count(QStringLiteral("<w:tr ")),
        xml.count(QStringLiteral("<w:cantSplit")));

    // Every PDF page says "Side N af M"; the DOCX has the PDF's page count.
    const QString info = run(QStringLiteral("pdfinfo"), {out.pdf});
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY2(pages.hasMatch(), qPrintable(info));
    const int count = pages.captured(1).toInt();
    QVERIFY(count >= 2);
    for (int page = 1; page <= count; ++page) {
        const QString pageText = run(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                QString::number(page), out.pdf, QStringLiteral("-")});
        const QString expected = QStringLiteral("Side %1 af %2").arg(page).arg(count);
        QVERIFY2(pageText.contains(expected), qPrintable(expected + u'\n' + pageText));
        QVERIFY2(pageText.contains(QStringLiteral("Sagsnr. 26/0001")), qPrintable(pageText));
    }
    // The DOCX opened in LibreOffice (converted again, own profile) has the same pages.
    QTemporaryDir again;
    const QString profile =
        QUrl::fromLocalFile(again.filePath(QStringLiteral("profile"))).toString(QUrl::FullyEncoded);
    run(ExternalTools::soffice(),
        {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
            QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
            again.path(), out.docx});
    const QString againInfo =
        run(QStringLiteral("pdfinfo"), {again.filePath(QStringLiteral("annex.pdf"))});
    QVERIFY2(againInfo.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(count))),
        qPrintable(againInfo));
}

void TestExport::tender_english_hasNoDanishLabel()
{
    const QString folder = m_dir.filePath(QStringLiteral("english"));
    const Output out =
        exportDraft(QStringLiteral("full.klausul"), Edition::Tender, Language::English, folder);
    QVERIFY2(out.result == ExportJob::Result::Success, qPrintable(out.error));
    const QString all = documentText(out.docx) +
        partsText(out.docx, QStringLiteral("word/header")) +
        partsText(out.docx, QStringLiteral("word/footer")) +
        run(QStringLiteral("pdftotext"), {out.pdf, QStringLiteral("-")});
    QVERIFY(all.contains(QStringLiteral("Annex 9 – Information security")));
    QVERIFY(all.contains(QStringLiteral("Page 1 of")));
    QVERIFY(all.contains(QStringLiteral("Case no. 26/0001")));
    // Danish labels of the document itself (user data such as the tender name may be Danish).
    const QStringList danish {QStringLiteral("Bilag"), QStringLiteral("Informationssikkerhed"),
        QStringLiteral("Sagsnr"), QStringLiteral("Side "), QStringLiteral("Kravtype"),
        QStringLiteral("Mindstekrav"), QStringLiteral("Udgået"), QStringLiteral("Udkast"),
        QStringLiteral("Versionshistorik"), QStringLiteral("Ændringer"), QStringLiteral("Dato"),
        QStringLiteral("Indholdsfortegnelse"), QStringLiteral("Indledning"),
        QStringLiteral("Vejledning"), QStringLiteral("Complianceskema"), QStringLiteral("Opfyldt"),
        QStringLiteral("Kravnr"), QStringLiteral("Tilbudsgiver"), QStringLiteral("Henvisning"),
        QStringLiteral("Kunden"), QStringLiteral("Leverandøren"), QStringLiteral("Kontrakten"),
        QStringLiteral("fjernet"), QStringLiteral("forbehold"), QStringLiteral("delvis"),
        QStringLiteral("K04-bilagskategori"), QStringLiteral("Sikkerhedshændelser")};
    for (const QString &label : danish)
        QVERIFY2(!all.contains(label), qPrintable(label));
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

void TestExport::docxOnly_withoutLibreOffice_stillHasHeaderAndFooter()
{
    // LibreOffice only fills the table of contents of a DOCX: without it the DOCX is still made.
    qputenv("KLAUSUL_SOFFICE", "/nonexistent/soffice");
    const Output out = exportDraft(QStringLiteral("full.klausul"), Edition::Contract,
        Language::Danish, m_dir.filePath(QStringLiteral("nooffice-docx")), false);
    qunsetenv("KLAUSUL_SOFFICE");
    QVERIFY2(out.result == ExportJob::Result::Success, qPrintable(out.error));
    QVERIFY(partsText(out.docx, QStringLiteral("word/header"))
                .contains(QStringLiteral("Sagsnr. 26/0001")));
    QString footerXml;
    partsText(out.docx, QStringLiteral("word/footer"), &footerXml);
    QVERIFY(footerXml.contains(QStringLiteral("NUMPAGES")));
    QVERIFY(documentText(out.docx).contains(QStringLiteral("9.2 Udgået")));
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

void TestExport::pdf_preparedProfile_keptWithoutTheDocumentAndRepairedWhenDamaged()
{
    QTemporaryDir cache;
    const QByteArray oldCache = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", cache.path().toUtf8());
    const QString prepared = ExportJob::preparedProfilePath(ExternalTools::soffice());
    QVERIFY2(prepared.startsWith(cache.path()), qPrintable(prepared));
    QVERIFY(!QFileInfo::exists(prepared));

    // The first PDF prepares the profile and keeps it, as it was before the document was opened.
    const Output first = exportDraft(QStringLiteral("full.klausul"), Edition::Contract,
        Language::Danish, m_dir.filePath(QStringLiteral("profile-first")));
    QVERIFY2(first.result == ExportJob::Result::Success, qPrintable(first.error));
    QVERIFY(QFileInfo(prepared + QStringLiteral("/user/basic/Standard")).isDir());
    QDirIterator files(prepared, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains("annex.docx") && !bytes.contains("klausul-export-"),
            qPrintable(file.fileName()));
    }

    // Damaged (its Basic folder gone): the export still succeeds and the profile is made again.
    QVERIFY(QDir(prepared + QStringLiteral("/user/basic")).removeRecursively());
    const Output second = exportDraft(QStringLiteral("full.klausul"), Edition::Contract,
        Language::Danish, m_dir.filePath(QStringLiteral("profile-damaged")));
    QVERIFY2(second.result == ExportJob::Result::Success, qPrintable(second.error));
    QVERIFY(run(QStringLiteral("pdftotext"), {second.pdf, QStringLiteral("-")})
                .contains(QStringLiteral("Underretning om")));
    QVERIFY(QFileInfo(prepared + QStringLiteral("/user/basic/Standard")).isDir());

    // Not a folder at all: replaced by a profile again.
    QVERIFY(QDir(prepared).removeRecursively());
    QFile stray(prepared);
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.write("not a profile");
    stray.close();
    const Output third = exportDraft(QStringLiteral("full.klausul"), Edition::Contract,
        Language::Danish, m_dir.filePath(QStringLiteral("profile-file")));
    QVERIFY2(third.result == ExportJob::Result::Success, qPrintable(third.error));
    QVERIFY(QFileInfo(prepared + QStringLiteral("/user")).isDir());

    if (oldCache.isNull())
        qunsetenv("XDG_CACHE_HOME");
    else
        qputenv("XDG_CACHE_HOME", oldCache);
}

void TestExport::docxOnly_tocFilledWithoutLibreOffice_andLibreOfficeReadsIt()
{
    // A LibreOffice that leaves a mark if it is started at all.
    QTemporaryDir bin;
    const QString fake = bin.filePath(QStringLiteral("soffice"));
    const QString mark = bin.filePath(QStringLiteral("started"));
    QFile script(fake);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho started > '" + mark.toUtf8() + "'\nexit 1\n");
    script.close();
    QVERIFY(script.setPermissions(
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    qputenv("KLAUSUL_SOFFICE", fake.toUtf8());
    const Output out = exportDraft(QStringLiteral("full.klausul"), Edition::Tender,
        Language::Danish, m_dir.filePath(QStringLiteral("docx-toc")), false);
    qunsetenv("KLAUSUL_SOFFICE");
    QVERIFY2(out.result == ExportJob::Result::Success, qPrintable(out.error));
    QVERIFY(!QFile::exists(mark));

    // The table of contents has entries (each heading twice: entry and heading), linked to the
    // headings, in a field Word does not ask to update.
    const QString xml = documentXml(out.docx);
    QVERIFY(xml.contains(QStringLiteral("TOC \\")));
    QVERIFY(!xml.contains(QStringLiteral("w:dirty")));
    QVERIFY(xml.contains(QStringLiteral("<w:pStyle w:val=\"TOC2\" />")));
    QVERIFY(xml.contains(QStringLiteral("w:anchor=\"")));
    const QString text = documentText(out.docx);
    QVERIFY2(text.count(QStringLiteral("9.1 Underretning om Sikkerhedshændelser [MK]")) == 2,
        qPrintable(text));

    // LibreOffice (standing in for Word) reads it: the entries are in its PDF before the text.
    QTemporaryDir profile;
    const QString pdfDir = m_dir.filePath(QStringLiteral("docx-toc-pdf"));
    run(ExternalTools::soffice(),
        {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile.path()).toString(),
            QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
            QStringLiteral("--outdir"), pdfDir, out.docx});
    const QString pdfText = run(QStringLiteral("pdftotext"),
        {QDir(pdfDir).filePath(QStringLiteral("annex.pdf")), QStringLiteral("-")});
    const qsizetype contents = pdfText.indexOf(QStringLiteral("Indholdsfortegnelse"));
    QVERIFY2(contents >= 0, qPrintable(pdfText));
    QVERIFY(pdfText.indexOf(QStringLiteral("Underretning om Sikkerhedshændelser"), contents) > 0);
    QCOMPARE(pdfText.count(QStringLiteral("Underretning om Sikkerhedshændelser [MK]")), 2);
}

/** Processes whose command line contains `needle` (LibreOffice's macro call, for example). */
static int processesWith(const QByteArray &needle)
{
    int count = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (pid.toInt() > 0 && cmdline.open(QIODevice::ReadOnly) &&
            cmdline.readAll().contains(needle))
            ++count;
    }
    return count;
}

void TestExport::pdf_pandocKilledWhileLibreOfficeWaits_leavesNoLibreOfficeRunning()
{
    // With a prepared profile LibreOffice starts beside pandoc and waits for the DOCX.
    QTemporaryDir cache;
    const QByteArray oldCache = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", cache.path().toUtf8());
    const Output prepared = exportDraft(QStringLiteral("full.klausul"), Edition::Contract,
        Language::Danish, m_dir.filePath(QStringLiteral("early-prepare")));
    QVERIFY2(prepared.result == ExportJob::Result::Success, qPrintable(prepared.error));
    QVERIFY(QFileInfo(
        ExportJob::preparedProfilePath(ExternalTools::soffice()) + QStringLiteral("/user/basic"))
                .isDir());

    // pandoc dies after LibreOffice has started (a second): LibreOffice must not be left waiting.
    QTemporaryDir bin;
    const QString fake = bin.filePath(QStringLiteral("pandoc"));
    QFile script(fake);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nsleep 1\nkill -9 $$\n");
    script.close();
    QVERIFY(script.setPermissions(
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QVERIFY(!ExportJob::cachedApiVersion().isEmpty()); // so the fake is only asked for the DOCX
    const int before = processesWith("ConvertWhenReady");
    qputenv("KLAUSUL_PANDOC", fake.toUtf8());
    const Output out = exportDraft(QStringLiteral("full.klausul"), Edition::Contract,
        Language::Danish, m_dir.filePath(QStringLiteral("early-killed")));
    qunsetenv("KLAUSUL_PANDOC");
    QCOMPARE(out.result, ExportJob::Result::ToolFailed);
    QVERIFY2(out.error.contains(QStringLiteral("crashed or was killed")), qPrintable(out.error));
    QVERIFY(!QFile::exists(out.pdf));
    QCOMPARE(processesWith("ConvertWhenReady"), before);

    if (oldCache.isNull())
        qunsetenv("XDG_CACHE_HOME");
    else
        qputenv("XDG_CACHE_HOME", oldCache);
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
