#include "core/annexmodel.h"
#include "core/clausefiltermodel.h"
#include "core/draftdocument.h"
#include "core/draftio.h"
#include "core/libraryloader.h"
#include "core/librarymodel.h"
#include "core/problemsmodel.h"
#include "core/recovery.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace klausul;

/** DraftDocument's undo commands and the item models over it, each under QAbstractItemModelTester.
 */
class TestDraftDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addClause_undoRedo_restoresDraft();
    void addClause_themePlaceNextNumber_renumberOnlyBeforePublication();
    void setParameter_consecutiveEdits_mergeIntoOneStep();
    void setWording_ownText_isDeviation_andResetReturnsToStandard();
    void removeItem_recordsWithdrawn_andUndoRestores();
    void modified_followsCleanState();
    void acceptClauseVersion_clearsOutdatedProblem_andUndoRestoresIt();
    void annexModel_structureAndBadges_passModelTester();
    void annexModel_dropClauseAndMoveItem_goThroughUndo();
    void filterModel_searchAndFacets_passModelTester();
    void problemsModel_listsIssuesWithNavigation();
    void recovery_orphanedFileOfDeadProcess_isOffered();
    void setParameter_sharedValue_setsEveryRequirementInOneUndoStep();
    void setContract_isOneUndoStep();

private:
    LibraryPtr m_library;
};

void TestDraftDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_library = LibraryLoader::load({test::dataPath(QStringLiteral("clauses/valid"))});
}

void TestDraftDocument::addClause_undoRedo_restoresDraft()
{
    DraftDocument document(m_library, Draft());
    const QString uid = document.addClause(QStringLiteral("VAL-01"));
    QCOMPARE(document.draft().itemCount(), 1);
    QCOMPARE(document.draft().sections.first().theme, QStringLiteral("haendelser"));
    QCOMPARE(document.draft().item(uid)->clauseVersion, 3);
    QCOMPARE(document.draft().item(uid)->number, 1);
    document.addClause(QStringLiteral("VAL-04")); // theme styring comes first in the library
    QCOMPARE(document.draft().sections.first().theme, QStringLiteral("styring"));
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.draft().itemCount(), 0);
    document.undoStack()->redo();
    QCOMPARE(document.draft().item(uid)->clauseId, QStringLiteral("VAL-01"));
    // A clause the library does not have is not added: no uid, no item, no undo step.
    QVERIFY(document.addClause(QStringLiteral("NOPE-01")).isEmpty());
    QCOMPARE(document.draft().itemCount(), 1);
    QCOMPARE(document.undoStack()->index(), 1);
    QVERIFY(document.undoStack()->canRedo()); // nothing was pushed over the undone VAL-04
}

void TestDraftDocument::addClause_themePlaceNextNumber_renumberOnlyBeforePublication()
{
    DraftDocument document(m_library, Draft());
    const QString incident = document.addClause(QStringLiteral("VAL-01")); // haendelser
    const QString personal = document.addClause(QStringLiteral("VAL-03")); // persondata
    QVERIFY(document.draft().numberedInOrder());
    QVERIFY(!document.offersRenumbering());
    // Styring comes first in the library: its section goes first, its number is the next free.
    const QString governance = document.addClause(QStringLiteral("VAL-04"));
    QCOMPARE(document.draft().locate(governance), std::make_pair(0, 0));
    QCOMPARE(document.draft().locate(incident), std::make_pair(1, 0));
    QCOMPARE(document.draft().locate(personal), std::make_pair(2, 0));
    QCOMPARE(document.draft().item(governance)->number, 3);
    QVERIFY(!document.draft().numberedInOrder());
    QVERIFY(document.offersRenumbering());

    // Before the first publication: renumbered in annex order, one undo step.
    const int steps = document.undoStack()->count();
    QString error;
    QVERIFY(document.renumberBeforePublication(&error));
    QVERIFY(error.isEmpty());
    QCOMPARE(document.draft().item(governance)->number, 1);
    QCOMPARE(document.draft().item(incident)->number, 2);
    QCOMPARE(document.draft().item(personal)->number, 3);
    QVERIFY(!document.offersRenumbering());
    QCOMPARE(document.undoStack()->count(), steps + 1);
    document.undoStack()->undo();
    QCOMPARE(document.draft().item(governance)->number, 3);

    // After a publication the numbers are referred to: refused, nothing changes.
    QVERIFY(document.publishVersion(
        QStringLiteral("1.0"), QStringLiteral("Udbud"), QStringLiteral("Anne"), &error));
    QVERIFY(!document.offersRenumbering());
    const Draft before = document.draft();
    QVERIFY(!document.renumberBeforePublication(&error));
    QVERIFY2(error.contains(QStringLiteral("1.0")), qPrintable(error));
    QCOMPARE(document.draft(), before);
    QCOMPARE(document.draft().item(governance)->number, 3);
}

void TestDraftDocument::setParameter_consecutiveEdits_mergeIntoOneStep()
{
    DraftDocument document(m_library, Draft());
    const QString uid = document.addClause(QStringLiteral("VAL-01"));
    QSignalSpy changed(&document, &DraftDocument::changed);
    for (const QString &value : {QStringLiteral("1"), QStringLiteral("12"), QStringLiteral("18")})
        document.setParameter(uid, QStringLiteral("deadline"), value);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(document.undoStack()->count(), 2); // add + one merged parameter edit
    QCOMPARE(
        document.draft().item(uid)->values.value(QStringLiteral("deadline")), QStringLiteral("18"));
    QVERIFY(RichText::toPlainText(document.annex().requirement(uid)->text)
                .contains(QStringLiteral("18\u00a0timer")));
    document.undoStack()->undo();
    QVERIFY(!document.draft().item(uid)->values.contains(QStringLiteral("deadline")));
    // Another field starts a new step.
    document.setParameter(uid, QStringLiteral("deadline"), QStringLiteral("4"));
    document.setParameter(uid, QStringLiteral("penalty"), QStringLiteral("5000"));
    QCOMPARE(document.undoStack()->count(), 3);
    document.undoStack()->undo();
    QVERIFY(!document.draft().item(uid)->values.contains(QStringLiteral("penalty")));
    QCOMPARE(
        document.draft().item(uid)->values.value(QStringLiteral("deadline")), QStringLiteral("4"));
}

void TestDraftDocument::setWording_ownText_isDeviation_andResetReturnsToStandard()
{
    DraftDocument document(m_library, Draft());
    const QString uid = document.addClause(QStringLiteral("VAL-03"));
    QVERIFY(!document.annex().requirement(uid)->deviates);
    document.setWording(uid, Language::Danish,
        RichText::fromEditableText(
            QStringLiteral("Leverandøren skal altid kryptere Kundens Data.")));
    QVERIFY(document.annex().requirement(uid)->deviates);
    document.resetWording(uid);
    QVERIFY(!document.annex().requirement(uid)->deviates);
    QVERIFY(document.draft().item(uid)->wording.isEmpty());
}

void TestDraftDocument::removeItem_recordsWithdrawn_andUndoRestores()
{
    DraftDocument document(m_library, Draft());
    const QString first = document.addClause(QStringLiteral("VAL-01"));
    document.addClause(QStringLiteral("VAL-03"));
    document.removeItem(first);
    QCOMPARE(document.draft().itemCount(), 1);
    QCOMPARE(document.draft().withdrawn.size(), 1);
    QCOMPARE(document.draft().withdrawn.first().title,
        QStringLiteral("Underretning om Sikkerhedshændelser"));
    QCOMPARE(document.draft().sections.size(), 1); // the emptied section went too
    const QString third = document.addClause(QStringLiteral("VAL-04"));
    QCOMPARE(document.draft().item(third)->number, 3); // 1 is withdrawn, never reused
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.draft().itemCount(), 2);
    QVERIFY(document.draft().withdrawn.isEmpty());
}

void TestDraftDocument::acceptClauseVersion_clearsOutdatedProblem_andUndoRestoresIt()
{
    IssueList issues;
    const auto draft =
        DraftIo::read(test::dataPath(QStringLiteral("drafts/problems.klausul")), &issues);
    DraftDocument document(m_library, *draft);
    auto outdated = [&] {
        return std::count_if(document.annex().issues.cbegin(), document.annex().issues.cend(),
            [](const Issue &i) { return i.field == QLatin1String("version"); });
    };
    QCOMPARE(outdated(), 1);
    document.acceptClauseVersion(QStringLiteral("i1"));
    QCOMPARE(document.draft().item(QStringLiteral("i1"))->clauseVersion, 3);
    QCOMPARE(outdated(), 0);
    document.undoStack()->undo();
    QCOMPARE(outdated(), 1);
}

void TestDraftDocument::modified_followsCleanState()
{
    DraftDocument document(m_library, Draft());
    QSignalSpy modified(&document, &DraftDocument::modifiedChanged);
    QVERIFY(!document.isModified());
    document.addClause(QStringLiteral("VAL-01"));
    QVERIFY(document.isModified());
    document.markSaved();
    QVERIFY(!document.isModified());
    document.undoStack()->undo();
    QVERIFY(document.isModified());
    QCOMPARE(modified.count(), 3);
}

void TestDraftDocument::annexModel_structureAndBadges_passModelTester()
{
    DraftDocument document(m_library, Draft());
    AnnexModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&document);
    QCOMPARE(model.rowCount(), 0);
    const QString uid = document.addClause(QStringLiteral("VAL-01"));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex item = model.indexOfItem(uid);
    QVERIFY(item.isValid());
    QCOMPARE(item.data().toString(), QStringLiteral("9.1  Underretning om Sikkerhedshændelser"));
    // VAL-01's penalty has no default: the requirement has a problem and an unfilled value.
    const int badges = item.data(AnnexModel::BadgesRole).toInt();
    QVERIFY(badges & AnnexModel::Unfilled);
    QVERIFY(badges & AnnexModel::Problem);
    document.setParameter(uid, QStringLiteral("penalty"), QStringLiteral("1000"));
    QVERIFY(model.indexOfItem(uid).data(AnnexModel::BadgesRole).toInt() & AnnexModel::Unfilled);
    // The first report date has no default and the contact points into the contract map.
    document.setParameter(uid, QStringLiteral("first-report"), QStringLiteral("2027-03-01"));
    ContractMap map;
    map.annexes.append(
        {QStringLiteral("organisation"), QStringLiteral("2"), QStringLiteral("Samarbejde")});
    document.setContract(map);
    QVERIFY(!(model.indexOfItem(uid).data(AnnexModel::BadgesRole).toInt() & AnnexModel::Unfilled));
    document.addComment(uid, QStringLiteral("Tester"), QStringLiteral("Se her"));
    document.setReviewStatus(uid, ReviewStatus::Approved, QStringLiteral("Jurist"));
    const int after = model.indexOfItem(uid).data(AnnexModel::BadgesRole).toInt();
    QVERIFY(after & AnnexModel::Commented);
    QVERIFY(after & AnnexModel::Approved);
    document.addClause(QStringLiteral("VAL-04"));
    document.removeItem(uid);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(model.rowCount(), 1);
}

void TestDraftDocument::annexModel_dropClauseAndMoveItem_goThroughUndo()
{
    DraftDocument document(m_library, Draft());
    AnnexModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&document);
    const QString a = document.addClause(QStringLiteral("VAL-01"));
    QMimeData clauses;
    clauses.setData(LibraryModel::clauseMimeType(), QByteArrayLiteral("VAL-03"));
    QVERIFY(model.dropMimeData(&clauses, Qt::CopyAction, 0, 0, model.index(0, 0)));
    QCOMPARE(document.draft().sections.first().items.first().clauseId, QStringLiteral("VAL-03"));
    // Move a below the dropped clause: dropped on the section at row 2.
    QMimeData move;
    move.setData(AnnexModel::itemMimeType(), a.toUtf8());
    model.dropMimeData(&move, Qt::MoveAction, 0, 0, model.index(0, 0));
    QCOMPARE(document.draft().sections.first().items.first().uid, a);
    QCOMPARE(document.undoStack()->count(), 3);
    document.undoStack()->undo();
    QCOMPARE(document.draft().sections.first().items.first().clauseId, QStringLiteral("VAL-03"));
}

void TestDraftDocument::filterModel_searchAndFacets_passModelTester()
{
    LibraryModel library;
    library.setLibrary(m_library);
    QAbstractItemModelTester libraryTester(
        &library, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ClauseFilterModel filter;
    QAbstractItemModelTester tester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setLibraryModel(&library);
    QCOMPARE(filter.matchCount(), 4);
    filter.setSearchText(QStringLiteral("haendelse"));
    QCOMPARE(filter.matchCount(), 1);
    QCOMPARE(filter.rowCount(), 1); // only the theme with a match stays
    filter.setSearchText(QString());
    filter.setFacet(ClauseFilterModel::Facet::Gdpr, QStringLiteral("28(3)(c)"));
    QCOMPARE(filter.matchCount(), 1);
    filter.setFacet(ClauseFilterModel::Facet::Type, QStringLiteral("MK"));
    QCOMPARE(filter.matchCount(), 0);
    filter.clearFilters();
    filter.setFacet(ClauseFilterModel::Facet::Status, QStringLiteral("withdrawn"));
    QCOMPARE(filter.matchCount(), 1);
    filter.clearFilters();
    library.setLanguage(Language::English);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Governance"));
}

void TestDraftDocument::problemsModel_listsIssuesWithNavigation()
{
    IssueList issues;
    const auto draft =
        DraftIo::read(test::dataPath(QStringLiteral("drafts/problems.klausul")), &issues);
    DraftDocument document(m_library, *draft);
    ProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIssues(document.annex().issues);
    QCOMPARE(model.rowCount(), 6);
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(ProblemsModel::FieldRole).toString() == QLatin1String("param:penalty")) {
            QCOMPARE(index.data(ProblemsModel::ItemRole).toString(), QStringLiteral("i1"));
            QVERIFY(index.data().toString().startsWith(QStringLiteral("Error: requirement 7.1")));
            found = true;
        }
    }
    QVERIFY(found);
    model.setIssues({});
    QCOMPARE(model.rowCount(), 0);
}

void TestDraftDocument::recovery_orphanedFileOfDeadProcess_isOffered()
{
    QDir(Recovery::folder()).removeRecursively();
    IssueList issues;
    const auto draft =
        DraftIo::read(test::dataPath(QStringLiteral("drafts/full.klausul")), &issues);
    QString error;
    const QString key = Recovery::newKey();
    QVERIFY2(Recovery::save(key, *draft, QStringLiteral("/tmp/original.klausul"), &error),
        qPrintable(error));
    QVERIFY(Recovery::orphaned().isEmpty()); // our own process is alive
    // Pretend a crashed process wrote it.
    QFile info(QDir(Recovery::folder()).filePath(key + QStringLiteral(".json")));
    QVERIFY(info.open(QIODevice::ReadWrite));
    QByteArray json = info.readAll();
    json.replace(QByteArray::number(QCoreApplication::applicationPid()), "2147483646");
    info.resize(0);
    info.write(json);
    info.close();
    const QList<Recovery::Entry> entries = Recovery::orphaned();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().originalPath, QStringLiteral("/tmp/original.klausul"));
    QCOMPARE(*DraftIo::read(entries.first().recoveryFile, &issues), *draft);
    Recovery::remove(key);
    QVERIFY(Recovery::orphaned().isEmpty());
}

void TestDraftDocument::setParameter_sharedValue_setsEveryRequirementInOneUndoStep()
{
    const auto bundled = LibraryLoader::load();
    DraftDocument document(bundled, Draft());
    const QString hae01 = document.addClause(QStringLiteral("HAE-01"));
    const QString hae06 = document.addClause(QStringLiteral("HAE-06"));
    const QString other = document.addClause(QStringLiteral("ADG-02"));
    ContractMap map;
    map.annexes.append(
        {QStringLiteral("organisation"), QStringLiteral("2"), QStringLiteral("Samarbejde")});
    document.setContract(map);
    const int before = document.undoStack()->count();
    document.setParameter(hae01, QStringLiteral("early-warning"), QStringLiteral("4"));
    QCOMPARE(document.undoStack()->count(), before + 1);
    QCOMPARE(document.draft().item(hae01)->values.value(QStringLiteral("early-warning")),
        QStringLiteral("4"));
    QCOMPARE(document.draft().item(hae06)->values.value(QStringLiteral("deadline")),
        QStringLiteral("4"));
    QVERIFY(document.draft().item(other)->values.isEmpty());
    // Changed in the other requirement: changed everywhere.
    document.setParameter(hae06, QStringLiteral("deadline"), QStringLiteral("6"));
    QCOMPARE(document.draft().item(hae01)->values.value(QStringLiteral("early-warning")),
        QStringLiteral("6"));
    QVERIFY2(
        !hasErrors(document.annex().issues), qPrintable(test::describe(document.annex().issues)));
    // The inspector can say where else the value is used.
    QCOMPARE(document.sharedElsewhere(hae01, QStringLiteral("early-warning")),
        QStringList {document.draft().numberLabel(document.draft().item(hae06)->number)});
    QVERIFY(document.sharedElsewhere(hae01, QStringLiteral("notification")).isEmpty());
    // One undo step takes it back in both requirements.
    document.undoStack()->undo();
    document.undoStack()->undo();
    QVERIFY(!document.draft().item(hae01)->values.contains(QStringLiteral("early-warning")));
    QVERIFY(!document.draft().item(hae06)->values.contains(QStringLiteral("deadline")));
    QCOMPARE(document.undoStack()->count() - document.undoStack()->index(), 2);
}

void TestDraftDocument::setContract_isOneUndoStep()
{
    DraftDocument document(m_library, Draft());
    ContractMap map = ContractMap::templateFor(QStringLiteral("k04"), Language::Danish);
    QVERIFY(map.annex(QStringLiteral("dpa")));
    QVERIFY(map.annex(QStringLiteral("dpa"))->number.isEmpty()); // only the authority knows it
    map.annexes.first().number = QStringLiteral("1");
    document.setContract(map);
    QCOMPARE(document.draft().contract, map);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY(document.draft().contract.isEmpty());
}

QTEST_GUILESS_MAIN(TestDraftDocument)
#include "tst_draftdocument.moc"
