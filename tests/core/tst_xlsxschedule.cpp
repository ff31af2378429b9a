#include "core/draftio.h"
#include "core/libraryloader.h"
#include "core/xlsxschedule.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace klausul;

/** The workbook is read back with unzip and parsed as XML: cells by reference ("A9"). */
class TestXlsxSchedule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void save_fullDraft_listsEveryNumberOnce();
    void save_english_hasEnglishHeadings();
    void save_missingFolder_failsAndWritesNothing();

private:
    static QByteArray unzip(const QString &file, const QString &part);
    static QMap<QString, QString> cells(const QString &file, QString *error);
    Annex annex(Language language) const;

    LibraryPtr m_library;
    std::optional<Draft> m_draft;
};

QByteArray TestXlsxSchedule::unzip(const QString &file, const QString &part)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), file, part});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

QMap<QString, QString> TestXlsxSchedule::cells(const QString &file, QString *error)
{
    QStringList shared;
    QXmlStreamReader strings(unzip(file, QStringLiteral("xl/sharedStrings.xml")));
    while (!strings.atEnd()) {
        strings.readNext();
        if (strings.isStartElement() && strings.name() == QLatin1String("si"))
            shared << QString();
        else if (strings.isStartElement() && strings.name() == QLatin1String("t"))
            shared.last() += strings.readElementText();
    }
    QMap<QString, QString> result;
    QXmlStreamReader sheet(unzip(file, QStringLiteral("xl/worksheets/sheet1.xml")));
    QString reference;
    bool isShared = false;
    while (!sheet.atEnd()) {
        sheet.readNext();
        if (sheet.isStartElement() && sheet.name() == QLatin1String("c")) {
            reference = sheet.attributes().value(QLatin1String("r")).toString();
            isShared = sheet.attributes().value(QLatin1String("t")) == QLatin1String("s");
        } else if (sheet.isStartElement() && sheet.name() == QLatin1String("v")) {
            const QString value = sheet.readElementText();
            result.insert(reference, isShared ? shared.value(value.toInt()) : value);
        }
    }
    if (error && (strings.hasError() || sheet.hasError() || result.isEmpty()))
        *error = QStringLiteral("unreadable workbook: ") + strings.errorString() + u' ' +
            sheet.errorString();
    return result;
}

Annex TestXlsxSchedule::annex(Language language) const
{
    return AnnexBuilder::build(*m_library, *m_draft, language);
}

void TestXlsxSchedule::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty(),
        "unzip is missing: apt-get install unzip");
    m_library = LibraryLoader::load({test::dataPath(QStringLiteral("clauses/valid"))});
    IssueList issues;
    m_draft = DraftIo::read(test::dataPath(QStringLiteral("drafts/full.klausul")), &issues);
    QVERIFY(m_draft);
}

void TestXlsxSchedule::save_fullDraft_listsEveryNumberOnce()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("schedule.xlsx"));
    QString error;
    QVERIFY2(XlsxSchedule::save(annex(Language::Danish), file, &error), qPrintable(error));
    const QMap<QString, QString> sheet = cells(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const int heading = XlsxSchedule::headingRow() + 1; // 1-based row of the headings
    QCOMPARE(sheet.value(QStringLiteral("A%1").arg(heading)), QStringLiteral("Kravnr."));
    QCOMPARE(sheet.value(QStringLiteral("D%1").arg(heading)),
        QStringLiteral("Opfyldt (ja / nej / delvis)"));
    QCOMPARE(
        sheet.value(QStringLiteral("F%1").arg(heading)), QStringLiteral("Henvisning i tilbuddet"));
    QVERIFY(sheet.value(QStringLiteral("A1")).startsWith(QStringLiteral("Bilag 9 – ")));

    // Column A below the headings: every number once, in order, the withdrawn one included.
    QMap<int, QString> byRow;
    for (auto it = sheet.cbegin(); it != sheet.cend(); ++it) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^A(\\d+)$")).match(it.key());
        if (m.hasMatch() && m.captured(1).toInt() > heading)
            byRow.insert(m.captured(1).toInt(), it.value());
    }
    const QStringList numbers = byRow.values();
    QCOMPARE(numbers,
        (QStringList {QStringLiteral("9.1"), QStringLiteral("9.2"), QStringLiteral("9.3"),
            QStringLiteral("9.4")}));
    QCOMPARE(sheet.value(QStringLiteral("B%1").arg(heading + 2)), QStringLiteral("Udgået"));
    QCOMPARE(sheet.value(QStringLiteral("C%1").arg(heading + 1)), QStringLiteral("MK"));
    QCOMPARE(sheet.value(QStringLiteral("C%1").arg(heading + 3)), QStringLiteral("PK"));
    // What "nej" means for a minimum requirement is stated above the table.
    bool explained = false;
    for (const QString &value : sheet)
        explained = explained || value.contains(QStringLiteral("ikke konditionsmæssigt"));
    QVERIFY(explained);
    // "Opfyldt" offers ja / nej / delvis.
    const QByteArray xml = unzip(file, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(xml.contains("\"ja,nej,delvis\""), xml.constData());
}

void TestXlsxSchedule::save_english_hasEnglishHeadings()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("schedule.xlsx"));
    QString error;
    QVERIFY2(XlsxSchedule::save(annex(Language::English), file, &error), qPrintable(error));
    const QMap<QString, QString> sheet = cells(file, &error);
    const int heading = XlsxSchedule::headingRow() + 1;
    QCOMPARE(
        sheet.value(QStringLiteral("D%1").arg(heading)), QStringLiteral("Met (yes / no / partly)"));
    QCOMPARE(sheet.value(QStringLiteral("B%1").arg(heading + 2)), QStringLiteral("Withdrawn"));
}

void TestXlsxSchedule::save_missingFolder_failsAndWritesNothing()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("missing/schedule.xlsx"));
    QString error;
    QVERIFY(!XlsxSchedule::save(annex(Language::Danish), file, &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

QTEST_GUILESS_MAIN(TestXlsxSchedule)
#include "tst_xlsxschedule.moc"
