#include "core/draftio.h"
#include "core/safesave.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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
    void serialize_directionControlFromTheApp_isDroppedSoTheDraftReopens();
    void read_fifoOrDevice_refusedAtOnce_data();
    void read_fifoOrDevice_refusedAtOnce();
    void parse_tenThousandItems_oneClearMessage();
    void write_missingFolder_failsWithMessage();
    void removeItem_recordsWithdrawnNumber_andNumbersAreNeverReused();
    void renumber_compactsAndForgetsWithdrawn();
    void roundTrip_strayClauseVersion_readsAsWritten();
    void readMetadata_everyExample_sameDetailsAsAFullRead();
    void readMetadata_notADraft_refusedWithLocation_data();
    void readMetadata_notADraft_refusedWithLocation();
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
    // Found by fuzz_draft: xs:dateTime accepts a five-digit year that Qt cannot read back, so
    // the draft was saved with date="" and no longer opened.
    QTest::newRow("five-digit year") << head +
            "<section id=\"s1\"><item uid=\"i1\" number=\"1\"><review status=\"ready\">\n"
            "<comment author=\"A\" date=\"12026-01-01T10:00:00\">x</comment></review></item>"
            "</section></draft>" << 5 << QStringLiteral("12026-01-01T10:00:00");
    QTest::newRow("hour 24") << head +
            "<section id=\"s1\"><item uid=\"i1\" number=\"1\"><review "
            "status=\"ready\">\n<comment author=\"A\" date=\"2026-01-01T24:00:00\">x</comment>"
            "</review></item></section></draft>"
                             << 5 << QStringLiteral("2026-01-01T24:00:00");
    QTest::newRow("bidi override in a value") << head +
            "<section id=\"s1\"><item uid=\"i1\" number=\"1\" clause=\"VAL-01\" version=\"1\">\n"
            "<value param=\"deadline\">senest \xE2\x80\xAE"
            "27\xE2\x80\xAC timer</value></item>"
            "</section></draft>" << 5 << QStringLiteral("direction control");
    QTest::newRow("bidi isolate as a reference in the metadata")
        << QByteArray(head).replace("<tender>T</tender>", "<tender>T&#x2067;x</tender>") +
            "</draft>"
        << 3 << QStringLiteral("direction control");
    QTest::newRow("bidi in an own wording") << head +
            "<section id=\"s1\"><item uid=\"i1\" number=\"1\" type=\"K\"><title lang=\"da\">T"
            "</title><wording lang=\"da\">\n<p>inden &#8238;72 timer</p></wording></item>"
            "</section></draft>" << 5 << QStringLiteral("direction control");
    QTest::newRow("EBCDIC") << QByteArray::fromHex("4c6fa7949340a58599a28996957e7ff14bf07f408595839"
                                                   "6848995877e7fc9c2d4f0f3f77f6f6e254c8499"
                                                   "8186a3616e")
                            << 1 << QStringLiteral("this is not an XML file");
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

void TestDraftIo::serialize_directionControlFromTheApp_isDroppedSoTheDraftReopens()
{
    IssueList issues;
    Draft draft = *DraftIo::read(test::dataPath(QStringLiteral("drafts/full.klausul")), &issues);
    draft.item(QStringLiteral("i1"))
        ->values.insert(QStringLiteral("deadline"), QStringLiteral("\u202E27\u202C"));
    const auto reread =
        DraftIo::parse(DraftIo::serialize(draft), QStringLiteral("saved.klausul"), &issues);
    QVERIFY2(reread, qPrintable(test::describe(issues)));
    QCOMPARE(reread->item(QStringLiteral("i1"))->values.value(QStringLiteral("deadline")),
        QStringLiteral("27"));
}

void TestDraftIo::read_fifoOrDevice_refusedAtOnce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("fifo") << QStringLiteral("fifo");
    QTest::newRow("symlink to a fifo") << QStringLiteral("link");
    QTest::newRow("device") << QStringLiteral("device");
}

void TestDraftIo::read_fifoOrDevice_refusedAtOnce()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.klausul"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QString path = fifo;
    if (kind == QLatin1String("link")) {
        path = dir.filePath(QStringLiteral("link.klausul"));
        QVERIFY(QFile::link(fifo, path));
    } else if (kind == QLatin1String("device")) {
        path = QStringLiteral("/dev/zero");
    }
    IssueList issues;
    QVERIFY(!DraftIo::read(path, &issues)); // returns at once instead of waiting for a writer
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().file, path);
    QVERIFY2(issues.first().message.contains(QStringLiteral("not a regular file")),
        qPrintable(test::describe(issues)));
}

void TestDraftIo::parse_tenThousandItems_oneClearMessage()
{
    QByteArray data =
        "<?xml version=\"1.0\"?>\n<draft xmlns=\"urn:klausul:draft:1\" format=\"1\">\n"
        "<metadata><authority>A</authority><tender>T</tender>"
        "<annex number=\"9\">X</annex><language>da</language></metadata>\n"
        "<section id=\"s1\">\n";
    for (int i = 1; i <= 10'000; ++i)
        data +=
            QStringLiteral("<item uid=\"i%1\" number=\"%1\" clause=\"VAL-01\" version=\"1\"/>\n")
                .arg(i)
                .toUtf8();
    data += "</section></draft>\n";
    IssueList issues;
    QVERIFY(!DraftIo::parse(data, QStringLiteral("big.klausul"), &issues));
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues.first().message.contains(QStringLiteral("9999")) &&
            !issues.first().message.contains(QStringLiteral("precomputed")),
        qPrintable(test::describe(issues)));
    QCOMPARE(issues.first().line, 10'004);
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

void TestDraftIo::roundTrip_strayClauseVersion_readsAsWritten()
{
    // Found by fuzz_draft: an own requirement (no clause) with a version was read with that
    // version, which is never written, so saving and reopening changed the draft.
    QFile file(test::dataPath(QStringLiteral("drafts/full.klausul")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("clause=\"VAL-01\" version=\"3\""));
    bytes.replace("clause=\"VAL-01\" version=\"3\"", "version=\"3\"");
    IssueList issues;
    const auto original = DraftIo::parse(bytes, QStringLiteral("stray.klausul"), &issues);
    QVERIFY2(original, qPrintable(test::describe(issues)));
    const QByteArray xml = DraftIo::serialize(*original);
    const auto reread = DraftIo::parse(xml, QStringLiteral("memory.klausul"), &issues);
    QVERIFY2(reread, qPrintable(test::describe(issues)));
    QCOMPARE(*reread, *original);
    for (const DraftItem *item : original->items()) {
        if (item->clauseId.isEmpty())
            QCOMPARE(item->clauseVersion, 0);
    }
}

void TestDraftIo::readMetadata_everyExample_sameDetailsAsAFullRead()
{
    const QString folder = QStringLiteral(":/klausul/library/examples");
    const QStringList names = QDir(folder).entryList({QStringLiteral("*.klausul")}, QDir::Files);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names) {
        const QString path = folder + u'/' + name;
        IssueList issues;
        const std::optional<Draft> draft = DraftIo::read(path, &issues);
        const std::optional<DraftMetadata> metadata = DraftIo::readMetadata(path, &issues);
        QVERIFY2(draft && metadata, qPrintable(test::describe(issues)));
        QVERIFY(!metadata->tender.isEmpty());
        QCOMPARE(metadata->tender, draft->metadata.tender);
        QCOMPARE(metadata->authority, draft->metadata.authority);
        QCOMPARE(metadata->annexNumber, draft->metadata.annexNumber);
        QCOMPARE(metadata->language, draft->metadata.language);
        QCOMPARE(metadata->libraryVersion, draft->metadata.libraryVersion);
    }
}

void TestDraftIo::readMetadata_notADraft_refusedWithLocation_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("a clause file")
        << QByteArray("<?xml version=\"1.0\"?>\n<clause xmlns=\"urn:klausul:library:1\">"
                      "<metadata/></clause>")
        << 2 << QStringLiteral("not a Klausul draft");
    QTest::newRow("no details") << QByteArray("<?xml version=\"1.0\"?>\n<draft "
                                              "xmlns=\"urn:klausul:draft:1\" format=\"1\"/>")
                                << 1 << QStringLiteral("not a Klausul draft");
    QTest::newRow("newer format")
        << QByteArray("<?xml version=\"1.0\"?>\n<draft xmlns=\"urn:klausul:draft:1\" "
                      "format=\"7\"><metadata/></draft>")
        << 2 << QStringLiteral("format 7 by a newer Klausul");
    QTest::newRow("broken before the details")
        << QByteArray("<?xml version=\"1.0\"?>\n<draft xmlns=\"urn:klausul:draft:1\" "
                      "format=\"1\">\n<contract></annex>\n<metadata/></draft>")
        << 3 << QStringLiteral("mismatch");
    QTest::newRow("xxe") << QByteArray(
                                "<?xml version=\"1.0\"?>\n<!DOCTYPE draft [<!ENTITY x SYSTEM "
                                "\"file:///etc/passwd\">]><draft>&x;</draft>")
                         << 2 << QStringLiteral("DOCTYPE");
}

void TestDraftIo::readMetadata_notADraft_refusedWithLocation()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.klausul"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    IssueList issues;
    QVERIFY(!DraftIo::readMetadata(path, &issues));
    const bool found = std::any_of(issues.cbegin(), issues.cend(), [&](const Issue &i) {
        return i.line == line && i.column >= 1 && i.message.contains(message) && i.file == path;
    });
    QVERIFY2(found, qPrintable(test::describe(issues)));
}

QTEST_GUILESS_MAIN(TestDraftIo)
#include "tst_draftio.moc"
