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
#include <QTemporaryDir>
#include <QTest>

using namespace klausul;

/** DraftDocument's undo commands and the item models over it, each under QAbstractItemModelTester.
 */
namespace {

/** The first field in which two annexes differ, or empty: every field of Annex is compared. */
QString annexDifference(const Annex &a, const Annex &b)
{
    if (!(a.metadata == b.metadata) || a.language != b.language || a.title != b.title)
        return QStringLiteral("metadata, language or title");
    if (a.versions != b.versions || a.withdrawn != b.withdrawn || a.explanations != b.explanations)
        return QStringLiteral("versions, withdrawn or explanations");
    if (Coverage::json(a.coverage) != Coverage::json(b.coverage))
        return QStringLiteral("coverage");
    if (a.definitions.size() != b.definitions.size())
        return QStringLiteral("definition count");
    for (qsizetype i = 0; i < a.definitions.size(); ++i) {
        if (a.definitions.at(i).term != b.definitions.at(i).term ||
            a.definitions.at(i).text != b.definitions.at(i).text)
            return QStringLiteral("definition %1").arg(i);
    }
    if (a.definitionsPointer != b.definitionsPointer || a.libraryId != b.libraryId ||
        a.libraryVersion != b.libraryVersion)
        return QStringLiteral("definitions pointer or library");
    if (a.issues.size() != b.issues.size())
        return QStringLiteral("issue count %1 vs %2").arg(a.issues.size()).arg(b.issues.size());
    for (qsizetype i = 0; i < a.issues.size(); ++i) {
        if (!(a.issues.at(i) == b.issues.at(i)))
            return QStringLiteral("issue %1: %2 vs %3")
                .arg(i)
                .arg(a.issues.at(i).message, b.issues.at(i).message);
    }
    if (a.requirementIssuesEnd != b.requirementIssuesEnd)
        return QStringLiteral("requirementIssuesEnd");
    if (a.sections.size() != b.sections.size())
        return QStringLiteral("section count");
    for (qsizetype s = 0; s < a.sections.size(); ++s) {
        const AnnexSection &x = a.sections.at(s);
        const AnnexSection &y = b.sections.at(s);
        if (x.id != y.id || x.theme != y.theme || x.title != y.title ||
            x.requirements.size() != y.requirements.size())
            return QStringLiteral("section %1").arg(x.id);
        for (qsizetype r = 0; r < x.requirements.size(); ++r) {
            const AnnexRequirement &p = x.requirements.at(r);
            const AnnexRequirement &q = y.requirements.at(r);
            const QString where = QStringLiteral("requirement %1: ").arg(p.uid);
            if (p.uid != q.uid || p.number != q.number || p.numberLabel != q.numberLabel ||
                p.clauseId != q.clauseId || p.basedOnVersion != q.basedOnVersion ||
                p.libraryVersion != q.libraryVersion || p.theme != q.theme || p.title != q.title ||
                p.type != q.type || p.variantId != q.variantId || p.variantLabel != q.variantLabel)
                return where + QStringLiteral("identity, title, type or variant");
            if (p.text != q.text || p.standardText != q.standardText || p.redline != q.redline ||
                p.approvalRedline != q.approvalRedline)
                return where + QStringLiteral("a text");
            if (p.deviates != q.deviates || p.changedWords != q.changedWords ||
                p.ownRequirement != q.ownRequirement || p.unfilled != q.unfilled)
                return where + QStringLiteral("deviation or unfilled");
            if (p.reviewStatus != q.reviewStatus || p.approver != q.approver ||
                p.approved != q.approved || p.comments != q.comments ||
                p.reviewState != q.reviewState || p.changedSinceApproval != q.changedSinceApproval)
                return where + QStringLiteral("review");
            if (p.references != q.references || p.societyCritical != q.societyCritical ||
                p.wordingAuthor != q.wordingAuthor || p.wordingDate != q.wordingDate)
                return where + QStringLiteral("references or wording author");
        }
    }
    if (a.requirementCount() != b.requirementCount())
        return QStringLiteral("requirement count");
    for (const AnnexRequirement *requirement : a.requirements()) {
        if (b.requirement(requirement->uid) == nullptr ||
            a.requirement(requirement->uid) != requirement)
            return QStringLiteral("index of %1").arg(requirement->uid);
    }
    return {};
}

/** The document's (cached, updated) annex must read exactly as one built afresh. */
#define COMPARE_WITH_FRESH_BUILD(document)                                                         \
    do {                                                                                           \
        const QString difference = annexDifference((document).annex(),                             \
            AnnexBuilder::build(                                                                   \
                *(document).library(), (document).draft(), (document).filePath()));                \
        QVERIFY2(difference.isEmpty(), qPrintable(difference));                                    \
    } while (false)

} // namespace

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
    void perRequirementEdits_updateAnnexInPlace_equalToFreshBuild();
    void perRequirementEdits_approvedDraft_equalToFreshBuild();
    void setExclusion_reason_isOneUndoStepSavedAndReadBack();

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

void TestDraftDocument::perRequirementEdits_updateAnnexInPlace_equalToFreshBuild()
{
    // The bundled library and its example draft, with more requirements: cross-references,
    // defined terms, shared values, variants, parameters of every type.
    const LibraryPtr library = LibraryLoader::load();
    IssueList issues;
    std::optional<Draft> draft = DraftIo::read(
        QStringLiteral(":/klausul/library/examples/kommune-sagsbehandling.klausul"), &issues);
    QVERIFY(draft);
    DraftDocument document(library, *draft);
    for (const Clause &clause : library->clauses()) {
        if (document.draft().itemCount() >= 24)
            break;
        if (document.draft().itemsForClause(clause.id).isEmpty())
            document.addClause(clause.id);
    }
    COMPARE_WITH_FRESH_BUILD(document);
    const int builds = document.annexBuilds();

    const QList<const DraftItem *> items = document.draft().items();
    QVERIFY(items.size() >= 20);
    int parameters = 0;
    int edits = 0;
    int variants = 0;
    int values = 0;
    for (int i = 1; i < items.size(); i += 7) {
        const QString uid = items.at(i)->uid;
        const DraftItem item = *document.draft().item(uid);
        const Clause *clause = library->clause(item.clauseId);
        const Language language = document.draft().metadata.language;
        // Own wording, key by key, as the editor sends it.
        QString text = RichText::toEditableText(document.annex().requirement(uid)->text);
        for (const QString &typed : {QStringLiteral(" Og"), QStringLiteral(" Kundens Data"),
                 QStringLiteral(" …"), QStringLiteral(" \u202Eomvendt")}) {
            text += typed;
            document.setWording(uid, language, RichText::fromEditableText(text));
            COMPARE_WITH_FRESH_BUILD(document);
            ++edits;
        }
        document.setItemTitle(uid, language, QStringLiteral("Egen titel %1").arg(i));
        COMPARE_WITH_FRESH_BUILD(document);
        document.setRequirementType(uid, RequirementType::MK);
        COMPARE_WITH_FRESH_BUILD(document);
        document.addComment(uid, QStringLiteral("Tester"), QStringLiteral("Bemærkning"));
        COMPARE_WITH_FRESH_BUILD(document);
        edits += 3;
        if (clause) {
            for (const Parameter &parameter : clause->parameters) {
                if (library->sharedValue(clause->id, parameter.id) || ++parameters > 4)
                    continue; // a shared value changes other requirements: built afresh
                for (const QString &value : {QStringLiteral("7"), QStringLiteral("ugyldig")}) {
                    document.setParameter(uid, parameter.id, value);
                    COMPARE_WITH_FRESH_BUILD(document);
                    ++values;
                }
            }
            for (const Variant &variant : clause->variants) {
                document.setVariant(uid, variant.id);
                COMPARE_WITH_FRESH_BUILD(document);
                ++variants;
            }
            document.setVariant(uid, QStringLiteral("findes-ikke"));
            COMPARE_WITH_FRESH_BUILD(document);
            document.resetWording(uid);
            COMPARE_WITH_FRESH_BUILD(document);
        }
        // Approved, then changed: the approval redline is made for this requirement too.
        QVERIFY(document.setReviewStatus(uid, ReviewStatus::Approved, QStringLiteral("Jurist")));
        COMPARE_WITH_FRESH_BUILD(document);
        document.setWording(
            uid, language, RichText::fromEditableText(text + QStringLiteral(" Nyt")));
        COMPARE_WITH_FRESH_BUILD(document);
        QCOMPARE(document.annex().requirement(uid)->reviewState, ReviewState::ChangedSinceApproval);
        QVERIFY(!document.annex().requirement(uid)->approvalRedline.isEmpty());
        edits += 2;
    }
    QVERIFY(edits > 20);
    QVERIFY(values > 0);
    QVERIFY(variants > 0);
    // None of these edits built the annex afresh: each updated its requirement in place.
    QCOMPARE(document.annexBuilds(), builds);

    // Undo and redo of such edits are per-requirement edits as well.
    for (int step = 0; step < 8; ++step) {
        document.undoStack()->undo();
        COMPARE_WITH_FRESH_BUILD(document);
    }
    for (int step = 0; step < 8; ++step) {
        document.undoStack()->redo();
        COMPARE_WITH_FRESH_BUILD(document);
    }
    QCOMPARE(document.annexBuilds(), builds);

    // A shared value and a structural edit build it afresh, and stay right afterwards.
    bool sharedSet = false;
    for (const DraftItem *item : document.draft().items()) {
        const Clause *clause = library->clause(item->clauseId);
        for (const Parameter &parameter : clause ? clause->parameters : QList<Parameter>()) {
            if (!sharedSet && library->sharedValue(clause->id, parameter.id)) {
                document.setParameter(item->uid, parameter.id, QStringLiteral("3"));
                sharedSet = true;
            }
        }
    }
    QVERIFY(sharedSet);
    COMPARE_WITH_FRESH_BUILD(document);
    QVERIFY(document.annexBuilds() > builds);
    const int afterShared = document.annexBuilds();
    document.removeItem(items.constFirst()->uid);
    COMPARE_WITH_FRESH_BUILD(document);
    QCOMPARE(document.annexBuilds(), afterShared + 1);
    document.setWording(items.constLast()->uid, document.draft().metadata.language,
        RichText::fromEditableText(QStringLiteral("Til sidst.")));
    COMPARE_WITH_FRESH_BUILD(document);
    QCOMPARE(document.annexBuilds(), afterShared + 1);
}

void TestDraftDocument::perRequirementEdits_approvedDraft_equalToFreshBuild()
{
    // The test library's full draft: an approved requirement with values, own requirements,
    // a contract map, explanations, exclusions, versions and withdrawn numbers.
    IssueList issues;
    std::optional<Draft> draft =
        DraftIo::read(test::dataPath(QStringLiteral("drafts/full.klausul")), &issues);
    QVERIFY(draft);
    DraftDocument document(m_library, *draft);
    document.setFilePath(test::dataPath(QStringLiteral("drafts/full.klausul")));
    COMPARE_WITH_FRESH_BUILD(document);
    const int builds = document.annexBuilds();
    document.setParameter(QStringLiteral("i1"), QStringLiteral("penalty"), QStringLiteral("5"));
    COMPARE_WITH_FRESH_BUILD(document);
    QCOMPARE(document.annex().requirement(QStringLiteral("i1"))->reviewState,
        ReviewState::ChangedSinceApproval);
    document.setVariant(QStringLiteral("i1"), QString());
    COMPARE_WITH_FRESH_BUILD(document);
    document.setWording(QStringLiteral("i3"), Language::Danish, Flow());
    COMPARE_WITH_FRESH_BUILD(document); // an own requirement without text: a problem
    document.setWording(QStringLiteral("i3"), Language::Danish,
        RichText::fromEditableText(QStringLiteral("Se bilag 9 og dette bilag.")));
    COMPARE_WITH_FRESH_BUILD(document);
    document.setWording(QStringLiteral("i2"), Language::English,
        RichText::fromEditableText(QStringLiteral("Only in English.")));
    COMPARE_WITH_FRESH_BUILD(document);
    QCOMPARE(document.annexBuilds(), builds);
}

void TestDraftDocument::setExclusion_reason_isOneUndoStepSavedAndReadBack()
{
    // A draft that differed only in its exclusions compared equal, so the change was dropped:
    // the app's exclusion dialog and `klausul-cli exclude` ("nothing changed") lost the reason.
    DraftDocument document(m_library, Draft());
    document.setExclusion(QStringLiteral("iso27001:2022"), QStringLiteral("7.4"),
        QStringLiteral("Anne"), QStringLiteral("Ingen fysiske lokaler"));
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.isModified());
    QCOMPARE(document.draft().exclusions.size(), 1);
    QCOMPARE(
        document.draft().exclusions.constFirst().text, QStringLiteral("Ingen fysiske lokaler"));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("exclusion.klausul"));
    QString error;
    QVERIFY2(DraftIo::write(document.draft(), file, &error), qPrintable(error));
    IssueList issues;
    const std::optional<Draft> read = DraftIo::read(file, &issues);
    QVERIFY2(read, qPrintable(test::describe(issues)));
    QCOMPARE(read->exclusions.size(), 1);
    QCOMPARE(read->exclusions.constFirst().control, QStringLiteral("7.4"));
    QCOMPARE(read->exclusions.constFirst().text, QStringLiteral("Ingen fysiske lokaler"));

    // Clearing the reason removes the exclusion; undo brings the draft back to none.
    document.setExclusion(
        QStringLiteral("iso27001:2022"), QStringLiteral("7.4"), QStringLiteral("Anne"), QString());
    QVERIFY(document.draft().exclusions.isEmpty());
    document.undoStack()->setIndex(0);
    QVERIFY(document.draft().exclusions.isEmpty());
    QVERIFY(!document.isModified());
}

QTEST_GUILESS_MAIN(TestDraftDocument)
#include "tst_draftdocument.moc"
