#include "core/clausejson.h"
#include "core/libraryloader.h"
#include "support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace klausul;

class TestLibraryLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void load_validLibrary_hasNoIssues();
    void load_validLibrary_readsEveryField();
    void checkFile_brokenOrHostile_isRefusedWithLocatedMessage_data();
    void checkFile_brokenOrHostile_isRefusedWithLocatedMessage();
    void checkFile_hostile_leaksNoFileContent();
    void checkFile_allHostile_staysInBoundedMemory();
    void load_folderWithBadFiles_loadsTheOthers();
    void load_duplicateId_isErrorNamingBothFiles();
    void load_organisationLayer_addsClausesButCannotChangeBase();
    void load_missingManifest_isError();
    void load_layerFolderNamePrefix_saysLowerLayer();
    void load_fifoDeviceAndOutsideLinks_refusedWithLocatedError();
    void load_missingFolder_isIoError();
    void load_bundledLibrary_isClean();
    void load_trustCompiledIn_sameLibraryAsFullValidation();
    void load_trustCompiledIn_folderOnDiskStillValidated();

private:
    QString m_valid;
    LibraryPtr m_library;
};

void TestLibraryLoader::initTestCase()
{
    m_valid = test::dataPath(QStringLiteral("clauses/valid"));
    m_library = LibraryLoader::load({m_valid});
}

void TestLibraryLoader::load_validLibrary_hasNoIssues()
{
    QVERIFY2(m_library->issues().isEmpty(), qPrintable(test::describe(m_library->issues())));
    QCOMPARE(m_library->clauses().size(), 4);
    QCOMPARE(m_library->themes().size(), 3);
    QCOMPARE(m_library->questions().size(), 2);
    QCOMPARE(m_library->referenceLists().size(), 6);
    QCOMPARE(m_library->info().id, QStringLiteral("test.klausul.valid"));
    QCOMPARE(m_library->info().version, QStringLiteral("1.2"));
    QCOMPARE(m_library->info().released, QDate(2026, 1, 15));
    // Ordered by theme (manifest order), then id.
    QCOMPARE(m_library->clauses().at(0).id, QStringLiteral("VAL-04"));
    QCOMPARE(m_library->clauses().at(1).id, QStringLiteral("VAL-01"));
}

void TestLibraryLoader::load_validLibrary_readsEveryField()
{
    const Clause *clause = m_library->clause(QStringLiteral("VAL-01"));
    QVERIFY(clause);
    QCOMPARE(clause->version, 3);
    QCOMPARE(clause->status, ClauseStatus::Approved);
    QCOMPARE(clause->option, DigstOption::C);
    QCOMPARE(clause->type, RequirementType::MK);
    QCOMPARE(clause->theme, QStringLiteral("haendelser"));
    QCOMPARE(clause->title.da, QStringLiteral("Underretning om Sikkerhedshændelser"));
    QCOMPARE(clause->title.en, QStringLiteral("Notification of Security Incidents"));
    QCOMPARE(clause->languages(), (QStringList {QStringLiteral("da"), QStringLiteral("en")}));

    // Body: paragraph with term, param, emphasis, strong; then a bullet and a numbered list.
    const Flow &body = clause->body.da;
    QCOMPARE(body.size(), 3);
    QCOMPARE(body.at(0).kind, Block::Kind::Paragraph);
    QCOMPARE(body.at(1).kind, Block::Kind::BulletList);
    QCOMPARE(body.at(1).items.size(), 2);
    QCOMPARE(body.at(2).kind, Block::Kind::OrderedList);
    const Inlines &first = body.at(0).inlines;
    QCOMPARE(first.at(0).kind, Inline::Kind::Text);
    QCOMPARE(first.at(0).text, QStringLiteral("Leverandøren skal underrette "));
    QCOMPARE(first.at(1).kind, Inline::Kind::Term);
    QCOMPARE(first.at(1).text, QStringLiteral("Kunden"));
    QCOMPARE(first.at(3).kind, Inline::Kind::Param);
    QCOMPARE(first.at(3).text, QStringLiteral("deadline"));
    QCOMPARE(RichText::toPlainText(body).section(u'\n', 0, 0),
        QStringLiteral("Leverandøren skal underrette Kunden senest {deadline} efter en "
                       "væsentlig Sikkerhedshændelse."));

    QCOMPARE(clause->variants.size(), 1);
    QCOMPARE(clause->variants.first().id, QStringLiteral("skaerpet"));
    QCOMPARE(clause->variants.first().type, std::optional<RequirementType>(RequirementType::MK));
    QCOMPARE(clause->variants.first().label.da, QStringLiteral("Skærpet"));

    QCOMPARE(clause->parameters.size(), 7);
    const Parameter *deadline = clause->parameter(QStringLiteral("deadline"));
    QVERIFY(deadline);
    QCOMPARE(deadline->type, ParameterType::Integer);
    QCOMPARE(deadline->unit, Unit::Hours);
    QCOMPARE(deadline->minimum, std::optional<double>(1));
    QCOMPARE(deadline->maximum, std::optional<double>(24));
    QCOMPARE(deadline->defaultValue, std::optional<QString>(QStringLiteral("12")));
    QCOMPARE(deadline->guidance.en, QStringLiteral("Shorter than 24 hours."));
    const Parameter *location = clause->parameter(QStringLiteral("location"));
    QVERIFY(location && location->multiple);
    QCOMPARE(location->choices.size(), 3);
    QCOMPARE(location->choice(QStringLiteral("eu-eea"))->label.da, QStringLiteral("EU/EØS"));
    QVERIFY(!clause->parameter(QStringLiteral("penalty"))->defaultValue);

    QCOMPARE(clause->guidance.da.purpose.unpack().size(), 1);
    QCOMPARE(RichText::toPlainText(clause->guidance.en.legalNote),
        QStringLiteral("English legal note."));

    QCOMPARE(clause->references.size(), 6);
    QCOMPARE(clause->references.at(0).schemeKey(), QStringLiteral("iso27001:2022"));
    QCOMPARE(clause->references.at(2).schemeKey(), QStringLiteral("cis:8"));
    QCOMPARE(clause->references.at(3).id, QStringLiteral("21(2)(b)"));
    QCOMPARE(m_library->referenceTitle(clause->references.at(2), Language::Danish),
        QStringLiteral("Håndtering af hændelser"));
    QCOMPARE(clause->contractTypes,
        (QStringList {QStringLiteral("operation"), QStringLiteral("cloud")}));

    QVERIFY(clause->applies);
    QCOMPARE(clause->applies->kind, Condition::Kind::All);
    QCOMPARE(clause->applies->children.size(), 1);
    const Condition &any = clause->applies->children.first();
    QCOMPARE(any.kind, Condition::Kind::Any);
    QCOMPARE(any.children.at(0).question, QStringLiteral("criticality"));
    QCOMPARE(any.children.at(0).values,
        (QStringList {QStringLiteral("medium"), QStringLiteral("high")}));
    QCOMPARE(any.children.at(1).children.at(1).kind, Condition::Kind::Not);

    QCOMPARE(clause->history.size(), 1);
    QCOMPARE(clause->history.first().date, QDate(2026, 1, 10));

    const Clause *withdrawn = m_library->clause(QStringLiteral("VAL-02"));
    QVERIFY(withdrawn);
    QCOMPARE(withdrawn->status, ClauseStatus::Withdrawn);
    QCOMPARE(withdrawn->replacedBy, QStringLiteral("VAL-03"));
    QVERIFY(m_library->clause(QStringLiteral("VAL-04"))->isSocietyCritical());
    QVERIFY(!clause->isSocietyCritical());
}

void TestLibraryLoader::checkFile_brokenOrHostile_isRefusedWithLocatedMessage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    QHash<QString, test::Expectation> expectations;
    for (const test::Expectation &e : test::readExpectations())
        expectations.insert(e.fixture, e);
    const QDir root(test::dataPath(QStringLiteral("clauses")));
    for (const QString &folder : {QStringLiteral("broken"), QStringLiteral("hostile")}) {
        QDirIterator it(root.filePath(folder), {QStringLiteral("*.xml")}, QDir::Files);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort();
        for (const QString &file : std::as_const(files)) {
            const QString key = root.relativeFilePath(file);
            // Every fixture must say what it expects; a fixture without a row fails here.
            const test::Expectation e = expectations.value(key);
            QTest::newRow(qPrintable(key)) << file << e.line << e.message;
        }
    }
}

void TestLibraryLoader::checkFile_brokenOrHostile_isRefusedWithLocatedMessage()
{
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(QString, message);
    QVERIFY2(!message.isEmpty(), "no row in tests/data/clauses/expectations.tsv for this fixture");

    const IssueList issues = LibraryLoader::checkFile(path, *m_library);
    QVERIFY2(hasErrors(issues), "a broken or hostile file was accepted");
    bool found = false;
    for (const Issue &issue : issues) {
        QCOMPARE(issue.file, path);
        if (issue.isError()) {
            QVERIFY2(issue.line >= 1 && issue.column >= 1,
                qPrintable(QStringLiteral("unlocated: ") + issue.toString()));
        }
        if (issue.isError() && issue.line == line && issue.message.contains(message))
            found = true;
    }
    QVERIFY2(found,
        qPrintable(QStringLiteral("expected line %1 \"%2\", got:\n%3")
                       .arg(line)
                       .arg(message, test::describe(issues))));
}

void TestLibraryLoader::checkFile_hostile_leaksNoFileContent()
{
    QDirIterator it(
        test::dataPath(QStringLiteral("clauses/hostile")), {QStringLiteral("*.xml")}, QDir::Files);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const IssueList issues = LibraryLoader::checkFile(path, *m_library);
        const QString output = test::describe(issues);
        for (const QString &marker : test::secretMarkers())
            QVERIFY2(
                !output.contains(marker), qPrintable(path + QStringLiteral(" leaked ") + marker));
        ++files;
    }
    QVERIFY(files >= 15);
}

void TestLibraryLoader::checkFile_allHostile_staysInBoundedMemory()
{
    // The quadratic blow-up alone would take about 400 MB if its entities were ever expanded.
    const long before = test::peakRssKiB();
    for (int round = 0; round < 3; ++round) {
        QDirIterator it(test::dataPath(QStringLiteral("clauses/hostile")),
            {QStringLiteral("*.xml")}, QDir::Files);
        while (it.hasNext())
            QVERIFY(hasErrors(LibraryLoader::checkFile(it.next(), *m_library)));
    }
    const long grown = test::peakRssKiB() - before;
    QVERIFY2(
        grown < 64 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 KiB").arg(grown)));
}

void TestLibraryLoader::load_folderWithBadFiles_loadsTheOthers()
{
    QTemporaryDir dir;
    QVERIFY(test::copyTree(m_valid, dir.path()));
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("clauses/hostile/billion-laughs.xml")),
        dir.filePath(QStringLiteral("themes/AAA-evil.xml"))));
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("clauses/broken/mismatched-tags.xml")),
        dir.filePath(QStringLiteral("themes/ZZZ-broken.xml"))));
    const auto library = LibraryLoader::load({dir.path()});
    QCOMPARE(library->clauses().size(), 4);
    QCOMPARE(countIssues(library->issues(), Issue::Severity::Error), 2);
    QVERIFY(library->issues().at(0).file.endsWith(QStringLiteral("AAA-evil.xml")));
    QVERIFY(library->issues().at(1).file.endsWith(QStringLiteral("ZZZ-broken.xml")));
}

void TestLibraryLoader::load_duplicateId_isErrorNamingBothFiles()
{
    QTemporaryDir dir;
    QVERIFY(test::copyTree(m_valid, dir.path()));
    QVERIFY(QFile::copy(dir.filePath(QStringLiteral("themes/VAL-03.xml")),
        dir.filePath(QStringLiteral("themes/zz-copy.xml"))));
    const auto library = LibraryLoader::load({dir.path()});
    QCOMPARE(library->clauses().size(), 4);
    const IssueList &issues = library->issues();
    QCOMPARE(countIssues(issues, Issue::Severity::Error), 1);
    QVERIFY(issues.first().file.endsWith(QStringLiteral("zz-copy.xml")));
    QVERIFY2(issues.first().message.contains(QStringLiteral("duplicate clause id VAL-03")) &&
            issues.first().message.contains(QStringLiteral("VAL-03.xml")),
        qPrintable(test::describe(issues)));
    QCOMPARE(issues.first().line, 2);
}

void TestLibraryLoader::load_organisationLayer_addsClausesButCannotChangeBase()
{
    QTemporaryDir dir;
    const QString org = dir.filePath(QStringLiteral("org"));
    QVERIFY(QDir().mkpath(org));
    QFile manifest(org + QStringLiteral("/library.xml"));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write(
        "<?xml version=\"1.0\"?>\n<library xmlns=\"urn:klausul:library:1\" "
        "id=\"dk.example.kommune\" version=\"1.0\" released=\"2026-02-01\" "
        "extends=\"test.klausul.valid\">\n<title lang=\"da\">Kommunens klausuler</title>\n"
        "<theme id=\"egne\"><name lang=\"da\">Egne krav</name></theme>\n</library>\n");
    manifest.close();
    QFile own(test::dataPath(QStringLiteral("clauses/valid/themes/VAL-03.xml")));
    QVERIFY(own.open(QIODevice::ReadOnly));
    QByteArray text = own.readAll();
    QFile ownCopy(org + QStringLiteral("/ORG-01.xml"));
    QVERIFY(ownCopy.open(QIODevice::WriteOnly));
    ownCopy.write(QByteArray(text)
                      .replace("VAL-03", "ORG-01")
                      .replace("theme=\"persondata\"", "theme=\"egne\""));
    ownCopy.close();
    QFile clash(org + QStringLiteral("/VAL-03.xml"));
    QVERIFY(clash.open(QIODevice::WriteOnly));
    clash.write(text.replace("kryptere", "ikke kryptere"));
    clash.close();

    const auto library = LibraryLoader::load({m_valid, org});
    QCOMPARE(library->layers().size(), 2);
    QCOMPARE(library->clauses().size(), 5);
    QVERIFY(library->clause(QStringLiteral("ORG-01")));
    QVERIFY(library->theme(QStringLiteral("egne")));
    // The base clause is kept unchanged; the organisation's redefinition is refused.
    QVERIFY(RichText::toPlainText(library->clause(QStringLiteral("VAL-03"))->body.da)
                .startsWith(QStringLiteral("Leverandøren skal kryptere")));
    QCOMPARE(countIssues(library->issues(), Issue::Severity::Error), 1);
    QVERIFY(library->issues().first().message.contains(QStringLiteral("lower library layer")));
}

void TestLibraryLoader::load_layerFolderNamePrefix_saysLowerLayer()
{
    // The organisation's folder "lib" is a prefix of the base folder "lib-national": the clash
    // is still between layers, not within one.
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("lib-national"));
    const QString org = dir.filePath(QStringLiteral("lib"));
    QVERIFY(test::copyTree(m_valid, base));
    QVERIFY(QDir().mkpath(org));
    QFile manifest(org + QStringLiteral("/library.xml"));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write(
        "<?xml version=\"1.0\"?>\n<library xmlns=\"urn:klausul:library:1\" "
        "id=\"dk.example.kommune\" version=\"1.0\" released=\"2026-02-01\" "
        "extends=\"test.klausul.valid\">\n<title lang=\"da\">Kommunens klausuler</title>\n"
        "<theme id=\"egne\"><name lang=\"da\">Egne krav</name></theme>\n</library>\n");
    manifest.close();
    QVERIFY(QFile::copy(
        base + QStringLiteral("/themes/VAL-03.xml"), org + QStringLiteral("/VAL-03.xml")));
    const auto library = LibraryLoader::load({base, org});
    QVERIFY2(countIssues(library->issues(), Issue::Severity::Error) == 1,
        qPrintable(test::describe(library->issues())));
    QVERIFY2(library->issues().first().message.contains(QStringLiteral("lower library layer")),
        qPrintable(test::describe(library->issues())));
}

void TestLibraryLoader::load_fifoDeviceAndOutsideLinks_refusedWithLocatedError()
{
    QTemporaryDir dir;
    QVERIFY(test::copyTree(m_valid, dir.path()));
    const QString fifo = dir.filePath(QStringLiteral("themes/pipe.xml"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(QFile::link(fifo, dir.filePath(QStringLiteral("themes/link-to-pipe.xml"))));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("zero.xml"))));
    QTemporaryDir elsewhere;
    const QString outside = elsewhere.filePath(QStringLiteral("VAL-99.xml"));
    QVERIFY(QFile::copy(dir.filePath(QStringLiteral("themes/VAL-03.xml")), outside));
    QVERIFY(QFile::link(outside, dir.filePath(QStringLiteral("themes/outside.xml"))));

    const auto library = LibraryLoader::load({dir.path()}); // returns: nothing blocks
    QCOMPARE(library->clauses().size(), 4);
    const IssueList &issues = library->issues();
    QCOMPARE(countIssues(issues, Issue::Severity::Error), 4);
    QStringList messages;
    for (const Issue &issue : issues)
        messages << QFileInfo(issue.file).fileName() + QStringLiteral(": ") + issue.message;
    messages.sort();
    QVERIFY2(messages.at(0).startsWith(QStringLiteral("link-to-pipe.xml: is not a regular file")),
        qPrintable(messages.join(u'\n')));
    QVERIFY2(messages.at(1).startsWith(QStringLiteral("outside.xml: is a symbolic link to")) &&
            messages.at(1).contains(QStringLiteral("outside the library folder")),
        qPrintable(messages.join(u'\n')));
    QVERIFY2(messages.at(2).startsWith(QStringLiteral("pipe.xml: is not a regular file")),
        qPrintable(messages.join(u'\n')));
    QVERIFY2(messages.at(3).startsWith(QStringLiteral("zero.xml: is a symbolic link to")),
        qPrintable(messages.join(u'\n')));
}

void TestLibraryLoader::load_missingManifest_isError()
{
    QTemporaryDir dir;
    QVERIFY(test::copyTree(m_valid, dir.path()));
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("library.xml"))));
    const auto library = LibraryLoader::load({dir.path()});
    QVERIFY(hasErrors(library->issues()));
    const bool mentionsManifest =
        std::any_of(library->issues().cbegin(), library->issues().cend(), [](const Issue &i) {
            return i.message.contains(QStringLiteral("no library.xml manifest"));
        });
    QVERIFY2(mentionsManifest, qPrintable(test::describe(library->issues())));
}

void TestLibraryLoader::load_missingFolder_isIoError()
{
    const auto library = LibraryLoader::load({QStringLiteral("/nonexistent/klausul-library")});
    QVERIFY(library->clauses().isEmpty());
    QVERIFY(hasIoErrors(library->issues()));
}

void TestLibraryLoader::load_bundledLibrary_isClean()
{
    const auto library = LibraryLoader::load();
    QVERIFY2(library->issues().isEmpty(), qPrintable(test::describe(library->issues())));
    QVERIFY(library->clauses().size() >= 5);
    QCOMPARE(library->info().id, QStringLiteral("dk.klausul.national"));
    const ReferenceList *iso =
        library->referenceList(QStringLiteral("iso27001"), QStringLiteral("2022"));
    QVERIFY(iso);
    QCOMPARE(iso->items.size(), 93);
    QCOMPARE(library->referenceList(QStringLiteral("cis"), QStringLiteral("8"))->items.size(), 18);
    QCOMPARE(library->referenceList(QStringLiteral("nis2"))->items.size(), 11); // 21(2)(a)-(j), 23
    QCOMPARE(library->referenceList(QStringLiteral("cfcs-top4"))->items.size(), 4);
    QCOMPARE(library->referenceList(QStringLiteral("society-critical"))->items.size(), 4);
}

void TestLibraryLoader::load_trustCompiledIn_sameLibraryAsFullValidation()
{
    // The app's start skips the schemas for the compiled-in files only (the build validated
    // them): what it reads must be the library a full validation reads, clause by clause.
    const auto full = LibraryLoader::load();
    const auto trusted = LibraryLoader::load({}, LibraryLoader::Validation::TrustCompiledIn);
    QVERIFY2(trusted->issues().isEmpty(), qPrintable(test::describe(trusted->issues())));
    QCOMPARE(trusted->clauses().size(), full->clauses().size());
    for (qsizetype i = 0; i < full->clauses().size(); ++i) {
        const Clause &clause = full->clauses().at(i);
        QCOMPARE(
            ClauseJson::full(trusted->clauses().at(i), *trusted), ClauseJson::full(clause, *full));
    }
    QCOMPARE(trusted->themes().size(), full->themes().size());
    QCOMPARE(trusted->questions().size(), full->questions().size());
    QCOMPARE(trusted->info().version, full->info().version);
}

void TestLibraryLoader::load_trustCompiledIn_folderOnDiskStillValidated()
{
    QTemporaryDir dir;
    QVERIFY(test::copyTree(m_valid, dir.path()));
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("clauses/broken/unknown-element.xml")),
        dir.filePath(QStringLiteral("themes/ZZZ-unknown-element.xml"))));
    for (const auto validation :
        {LibraryLoader::Validation::Full, LibraryLoader::Validation::TrustCompiledIn}) {
        const auto library = LibraryLoader::load({dir.path()}, validation);
        const IssueList &issues = library->issues();
        QCOMPARE(countIssues(issues, Issue::Severity::Error), 1);
        QVERIFY2(issues.constFirst().file.endsWith(QStringLiteral("ZZZ-unknown-element.xml")) &&
                issues.constFirst().message.contains(QStringLiteral("not expected")),
            qPrintable(test::describe(issues)));
        QCOMPARE(library->clauses().size(), 4);
    }
}

QTEST_GUILESS_MAIN(TestLibraryLoader)
#include "tst_libraryloader.moc"
