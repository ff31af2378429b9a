#include "core/draftio.h"
#include "core/safesave.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace klausul;

class TestDraftIo : public QObject
{
    Q_OBJECT

private slots:
    void read_fullDraft_readsEveryField();
    void roundTrip_everyDraft_isLossless_data();
    void roundTrip_everyDraft_isLossless();
    void parse_badDraft_isRefusedWithLocation_data();
    void parse_badDraft_isRefusedWithLocation();
    void write_failingWriter_leavesOriginalByteIdentical();
    void write_missingFolder_failsWithMessage();
    void removeItem_recordsWithdrawnNumber_andNumbersAreNeverReused();
    void renumber_compactsAndForgetsWithdrawn();
};

void TestDraftIo::read_fullDraft_readsEveryField()
{
    IssueList issues;
    const auto draft =
        DraftIo::read(test::dataPath(QStringLiteral("drafts/full.klausul")), &issues);
    QVERIFY2(draft, qPrintable(test::describe(issues)));
    QCOMPARE(draft->metadata.authority, QStringLiteral("Testkommune"));
    QCOMPARE(draft->metadata.caseNumber, QStringLiteral("26/0001"));
    QCOMPARE(draft->metadata.annexNumber, QStringLiteral("9"));
    QCOMPARE(draft->metadata.annexTitle, QStringLiteral("Informationssikkerhed"));
    QCOMPARE(draft->metadata.category, QStringLiteral("B"));
    QCOMPARE(draft->metadata.language, Language::Danish);
    QCOMPARE(draft->metadata.libraryVersion, QStringLiteral("1.2"));
    QCOMPARE(draft->answers.value(QStringLiteral("criticality")), QStringLiteral("high"));
    QCOMPARE(draft->sections.size(), 2);
    QCOMPARE(draft->sections.at(1).title.en, QStringLiteral("Personal data and encryption"));
    QCOMPARE(draft->itemCount(), 3);
    const DraftItem *first = draft->item(QStringLiteral("i1"));
    QVERIFY(first);
    QCOMPARE(first->clauseId, QStringLiteral("VAL-01"));
    QCOMPARE(first->clauseVersion, 3);
    QCOMPARE(first->variant, QStringLiteral("skaerpet"));
    QCOMPARE(first->values.value(QStringLiteral("penalty")), QStringLiteral("1000000"));
    QCOMPARE(first->reviewStatus, ReviewStatus::Approved);
    QCOMPARE(first->approver, QStringLiteral("Anne Holm"));
    QCOMPARE(first->approved, QDateTime(QDate(2026, 11, 24), QTime(14, 5)));
    QCOMPARE(first->comments.size(), 1);
    QCOMPARE(first->line, 21);
    QCOMPARE(draft->contract.type, QStringLiteral("k04"));
    QCOMPARE(draft->contract.annexes.size(), 2);
    QCOMPARE(draft->contract.annex(QStringLiteral("dpa"))->number, QStringLiteral("12"));
    QCOMPARE(draft->contract.annex(QStringLiteral("organisation"))->title,
        QStringLiteral("Samarbejdsorganisation"));
    // A draft written before the contract map existed still opens, with an empty map.
    const auto old = DraftIo::parse(
        "<?xml version=\"1.0\"?>\n<draft xmlns=\"urn:klausul:draft:1\" format=\"1\">"
        "<metadata><authority>A</authority><tender>T</tender><annex number=\"9\">X</annex>"
        "<language>da</language></metadata><section id=\"s1\"><item uid=\"i1\" number=\"1\" "
        "clause=\"VAL-01\" version=\"3\"/></section></draft>",
        QStringLiteral("old.klausul"), &issues);
    QVERIFY2(old, qPrintable(test::describe(issues)));
    QVERIFY(old->contract.isEmpty());
    const DraftItem *own = draft->item(QStringLiteral("i3"));
    QVERIFY(own && own->isOwnRequirement());
    QCOMPARE(own->type, std::optional<RequirementType>(RequirementType::MK));
    QCOMPARE(own->wording.en.first().inlines.at(1).kind, Inline::Kind::Emphasis);
    QCOMPARE(draft->explanations.size(), 1);
    QCOMPARE(draft->versions.size(), 2);
    QCOMPARE(draft->currentVersion(), QStringLiteral("1.1"));
    QCOMPARE(draft->withdrawn.size(), 1);
    QCOMPARE(draft->withdrawn.first().number, 2);
    QCOMPARE(draft->numberLabel(3), QStringLiteral("9.3"));
    QCOMPARE(draft->nextNumber(), 5);
}

void TestDraftIo::roundTrip_everyDraft_isLossless_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &folder : {test::dataPath(QStringLiteral("drafts")),
             test::sourcePath(QStringLiteral("clauses/examples"))}) {
        const QDir dir(folder);
        for (const QString &file : dir.entryList({QStringLiteral("*.klausul")}, QDir::Files))
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
}

void TestDraftIo::roundTrip_everyDraft_isLossless()
{
    QFETCH(QString, path);
    IssueList issues;
    const auto original = DraftIo::read(path, &issues);
    QVERIFY2(original, qPrintable(test::describe(issues)));
    const QByteArray xml = DraftIo::serialize(*original);
    const auto reread = DraftIo::parse(xml, QStringLiteral("memory.klausul"), &issues);
    QVERIFY2(
        reread, qPrintable(test::describe(issues) + QStringLiteral("\n") + QString::fromUtf8(xml)));
    QCOMPARE(*reread, *original);
    QCOMPARE(DraftIo::serialize(*reread), xml); // stable: saving twice gives the same bytes

    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("saved.klausul"));
    QString error;
    QVERIFY2(DraftIo::write(*original, saved, &error), qPrintable(error));
    QCOMPARE(*DraftIo::read(saved, &issues), *original);
}

void TestDraftIo::parse_badDraft_isRefusedWithLocation_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QByteArray head =
        "<?xml version=\"1.0\"?>\n<draft xmlns=\"urn:klausul:draft:1\" format=\"1\">\n"
        "<metadata><authority>A</authority><tender>T</tender>"
        "<annex number=\"9\">X</annex><language>da</language></metadata>\n";
    QTest::newRow("duplicate number") << head +
            "<section id=\"s1\"><item uid=\"i1\" number=\"1\"/>\n<item uid=\"i2\" "
            "number=\"1\"/></section></draft>"
                                      << 5 << QStringLiteral("Duplicate key-sequence ['1']");
    QTest::newRow("bad language") << QByteArray(head).replace("<language>da", "<language>de") +
            "</draft>" << 3 << QStringLiteral("language");
    QTest::newRow("newer format") << QByteArray(head).replace("format=\"1\"", "format=\"7\"") +
            "</draft>" << 2 << QStringLiteral("format 7 by a newer Klausul");
    QTest::newRow("a clause file is not a draft")
        << QByteArray("<?xml version=\"1.0\"?>\n<clause xmlns=\"urn:klausul:library:1\"/>") << 2
        << QStringLiteral("not a Klausul draft");
    QTest::newRow("xxe") << QByteArray(
                                "<?xml version=\"1.0\"?>\n<!DOCTYPE draft [<!ENTITY x SYSTEM "
                                "\"file:///etc/passwd\">]><draft>&x;</draft>")
                         << 2 << QStringLiteral("DOCTYPE");
    QTest::newRow("contract annex without role")
        << head + "<contract type=\"k04\">\n<annex number=\"3\">Krav</annex></contract></draft>"
        << 5 << QStringLiteral("role");
    QTest::newRow("truncated") << head + "<section id=\"s1\">" << 4
                               << QStringLiteral("Premature end of data");
}

void TestDraftIo::parse_badDraft_isRefusedWithLocation()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, message);
    IssueList issues;
    QVERIFY(!DraftIo::parse(data, QStringLiteral("bad.klausul"), &issues));
    QVERIFY(!issues.isEmpty());
    const bool found = std::any_of(issues.cbegin(), issues.cend(), [&](const Issue &i) {
        return i.line == line && i.column >= 1 && i.message.contains(message) &&
            i.file == QLatin1String("bad.klausul");
    });
    QVERIFY2(found, qPrintable(test::describe(issues)));
}

void TestDraftIo::write_failingWriter_leavesOriginalByteIdentical()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("draft.klausul"));
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("drafts/full.klausul")), path));
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    // A device that fails half-way through the write.
    QString error;
    const bool ok = SafeSave::write(
        path,
        [](QIODevice &device) {
            device.write(
                "<?xml version=\"1.0\"?>\n<draft xmlns=\"urn:klausul:draft:1\" format=\"1\">");
            return false;
        },
        &error);
    QVERIFY(!ok);
    QVERIFY(error.contains(QStringLiteral("failed")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("draft.klausul")});
}

void TestDraftIo::write_missingFolder_failsWithMessage()
{
    IssueList issues;
    const auto draft =
        DraftIo::read(test::dataPath(QStringLiteral("drafts/full.klausul")), &issues);
    QString error;
    QVERIFY(!DraftIo::write(*draft, QStringLiteral("/nonexistent/folder/x.klausul"), &error));
    QVERIFY(error.contains(QStringLiteral("does not exist")));
}

void TestDraftIo::removeItem_recordsWithdrawnNumber_andNumbersAreNeverReused()
{
    IssueList issues;
    auto draft = DraftIo::read(test::dataPath(QStringLiteral("drafts/full.klausul")), &issues);
    QVERIFY(draft);
    QCOMPARE(draft->nextNumber(), 5);
    const auto removed = draft->removeItem(QStringLiteral("i3"), QStringLiteral("MitID"));
    QVERIFY(removed);
    QCOMPARE(removed->number, 4);
    QCOMPARE(draft->itemCount(), 2);
    QCOMPARE(draft->withdrawn.size(), 2);
    QCOMPARE(draft->withdrawn.last().number, 4);
    QCOMPARE(draft->withdrawn.last().version, QStringLiteral("1.1"));
    QCOMPARE(draft->nextNumber(), 5); // 4 is withdrawn, not free
    QVERIFY(!draft->removeItem(QStringLiteral("nope"), QString()));
}

void TestDraftIo::renumber_compactsAndForgetsWithdrawn()
{
    IssueList issues;
    auto draft = DraftIo::read(test::dataPath(QStringLiteral("drafts/full.klausul")), &issues);
    QVERIFY(draft);
    draft->renumber();
    QList<int> numbers;
    for (const DraftItem *item : draft->items())
        numbers << item->number;
    QCOMPARE(numbers, (QList<int> {1, 2, 3}));
    QVERIFY(draft->withdrawn.isEmpty());
    QCOMPARE(draft->nextNumber(), 4);
}

QTEST_GUILESS_MAIN(TestDraftIo)
#include "tst_draftio.moc"
