#include "core/docxreview.h"
#include "core/draftdocument.h"
#include "core/draftio.h"
#include "core/libraryloader.h"
#include "core/pandocast.h"
#include "core/publication.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace klausul;

/**
 * Legal review that binds: the approval fingerprint (every field, undo), the publication gate,
 * published versions with snapshots, and what the review edition's AST makes of them (Word
 * comments, tracked changes with the recorded author, the redline against a version).
 */
class TestPublication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void approve_changeField_isChangedSinceApproval_andUndoRestores_data();
    void approve_changeField_isChangedSinceApproval_andUndoRestores();
    void approve_withoutApprover_isRefused();
    void changedSinceApproval_annex_hasWordDiffOfApprovedText();
    void blockers_unapprovedItemsAndExplanations_areListed();
    void blockers_approvalNotRequired_isEmpty();
    void explanation_changedAfterApproval_isBlockerAgain();
    void publishVersion_recordsSnapshot_andRefusesDuplicates();
    void draftIo_fingerprintSnapshotAndSetting_roundTrip();
    void draftIo_oldApprovedDraft_staysApproved();
    void pandocAst_review_commentsAreWordCommentSpans();
    void pandocAst_review_trackedChangesCarryWordingAuthor();
    void pandocAst_stamp_inBodyAndProperties();
    void pandocAst_compareVersion_showsAddedRemovedChanged();
    void uniqueChangeIds_pandocOutput_everyChangeHasItsOwnId();
    void example_redlineSinceHearing_showsAddedRemovedChanged();

private:
    LibraryPtr m_library;
};

namespace {

const QString Approver = QStringLiteral("Anne Holm (jurist)");

/** Every Span with class `cls` in the AST, as its attribute map. */
QList<QMap<QString, QString>> spans(const QJsonValue &value, const QString &cls)
{
    QList<QMap<QString, QString>> found;
    std::function<void(const QJsonValue &)> walk = [&](const QJsonValue &v) {
        if (v.isArray()) {
            for (const QJsonValue &child : v.toArray())
                walk(child);
            return;
        }
        if (!v.isObject())
            return;
        const QJsonObject object = v.toObject();
        if (object.value(QStringLiteral("t")) == QLatin1String("Span")) {
            const QJsonArray attr = object.value(QStringLiteral("c")).toArray().at(0).toArray();
            if (attr.at(1).toArray().contains(cls)) {
                QMap<QString, QString> map;
                for (const QJsonValue &kv : attr.at(2).toArray())
                    map.insert(kv.toArray().at(0).toString(), kv.toArray().at(1).toString());
                found << map;
            }
        }
        for (const QJsonValue &child : object)
            walk(child);
    };
    walk(value);
    return found;
}

QString astText(const QJsonObject &ast)
{
    return QString::fromUtf8(QJsonDocument(ast).toJson(QJsonDocument::Compact));
}

} // namespace

void TestPublication::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_library = LibraryLoader::load({test::dataPath(QStringLiteral("clauses/valid"))});
    QVERIFY(m_library);
}

void TestPublication::approve_changeField_isChangedSinceApproval_andUndoRestores_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("value") << QStringLiteral("value:deadline");
    QTest::newRow("variant") << QStringLiteral("variant");
    QTest::newRow("type") << QStringLiteral("type");
    QTest::newRow("wording") << QStringLiteral("wording:da");
    QTest::newRow("title") << QStringLiteral("title");
    QTest::newRow("clause version") << QStringLiteral("version");
}

void TestPublication::approve_changeField_isChangedSinceApproval_andUndoRestores()
{
    QFETCH(QString, field);
    Draft start;
    DraftDocument document(m_library, start);
    const QString uid = document.addClause(QStringLiteral("VAL-01"));
    document.setParameter(uid, QStringLiteral("deadline"), QStringLiteral("8"));
    if (field == QLatin1String("version")) {
        // Based on an older clause version; accepting the library's version changes it.
        Draft older = document.draft();
        older.item(uid)->clauseVersion = 2;
        document.replaceDraft(older, QStringLiteral("older"));
    }
    QVERIFY(document.setReviewStatus(uid, ReviewStatus::Approved, Approver));
    const DraftItem *item = document.draft().item(uid);
    QCOMPARE(item->reviewState(), ReviewState::Approved);
    QCOMPARE(item->approver, Approver);
    QVERIFY(item->approved.isValid());
    QVERIFY(item->approvedContent);
    QCOMPARE(item->approvedContent->values.value(QStringLiteral("deadline")), QStringLiteral("8"));
    const int approvedIndex = document.undoStack()->index();

    if (field == QLatin1String("value:deadline"))
        document.setParameter(uid, QStringLiteral("deadline"), QStringLiteral("12"));
    else if (field == QLatin1String("variant"))
        document.setVariant(uid, QStringLiteral("skaerpet"));
    else if (field == QLatin1String("type"))
        document.setRequirementType(uid, RequirementType::Option);
    else if (field == QLatin1String("wording:da"))
        document.setWording(uid, Language::Danish,
            RichText::fromEditableText(QStringLiteral("Leverandøren skal straks underrette.")));
    else if (field == QLatin1String("title"))
        document.setItemTitle(uid, Language::Danish, QStringLiteral("Hurtig underretning"));
    else if (field == QLatin1String("version"))
        document.acceptClauseVersion(uid);

    item = document.draft().item(uid);
    QCOMPARE(item->reviewState(), ReviewState::ChangedSinceApproval);
    QCOMPARE(item->changedSinceApproval(), QStringList {field});
    QCOMPARE(item->reviewStatus, ReviewStatus::Approved); // the stored approval is untouched
    QCOMPARE(document.annex().requirement(uid)->reviewState, ReviewState::ChangedSinceApproval);

    // Undo back to the approved content: approved again, with the same approval.
    while (document.undoStack()->index() > approvedIndex)
        document.undoStack()->undo();
    item = document.draft().item(uid);
    QCOMPARE(item->reviewState(), ReviewState::Approved);
    QCOMPARE(item->approver, Approver);
    QVERIFY(document.annex().requirement(uid)->changedSinceApproval.isEmpty());
}

void TestPublication::approve_withoutApprover_isRefused()
{
    DraftDocument document(m_library, Draft());
    const QString uid = document.addClause(QStringLiteral("VAL-01"));
    const int steps = document.undoStack()->count();
    QVERIFY(!document.setReviewStatus(uid, ReviewStatus::Approved, QStringLiteral("  ")));
    QCOMPARE(document.draft().item(uid)->reviewState(), ReviewState::Draft);
    QCOMPARE(document.undoStack()->count(), steps);
    // A comment without an author is not recorded either.
    document.addComment(uid, QString(), QStringLiteral("Hvorfor 12 timer?"));
    QVERIFY(document.draft().item(uid)->comments.isEmpty());
}

void TestPublication::changedSinceApproval_annex_hasWordDiffOfApprovedText()
{
    DraftDocument document(m_library, Draft());
    const QString uid = document.addClause(QStringLiteral("VAL-01"));
    document.setParameter(uid, QStringLiteral("deadline"), QStringLiteral("8"));
    QVERIFY(document.setReviewStatus(uid, ReviewStatus::Approved, Approver));
    document.setParameter(uid, QStringLiteral("deadline"), QStringLiteral("12"));
    const AnnexRequirement *requirement = document.annex().requirement(uid);
    QCOMPARE(requirement->reviewState, ReviewState::ChangedSinceApproval);
    QStringList inserted;
    QStringList deleted;
    for (const Block &block : requirement->approvalRedline) {
        for (const Inline &i : block.inlines) {
            if (i.kind == Inline::Kind::Inserted)
                inserted << RichText::toPlainText(i.children);
            if (i.kind == Inline::Kind::Deleted)
                deleted << RichText::toPlainText(i.children);
        }
    }
    QVERIFY2(inserted.join(u' ').contains(QStringLiteral("12")), qPrintable(inserted.join(u'|')));
    QVERIFY2(deleted.join(u' ').contains(QStringLiteral("8")), qPrintable(deleted.join(u'|')));
}

void TestPublication::blockers_unapprovedItemsAndExplanations_areListed()
{
    DraftDocument document(m_library, Draft());
    const QString a = document.addClause(QStringLiteral("VAL-01"));
    const QString b = document.addClause(QStringLiteral("VAL-03"));
    document.setExplanation(QStringLiteral("VAL-02"), Approver, QStringLiteral("Ikke relevant."));
    QVERIFY(document.setReviewStatus(a, ReviewStatus::Approved, Approver));
    const IssueList blockers = Publication::blockers(document.draft(), document.annex());
    QCOMPARE(blockers.size(), 2);
    QCOMPARE(blockers.at(0).itemId, b);
    QCOMPARE(blockers.at(0).field, QStringLiteral("review"));
    QVERIFY(blockers.at(0).isError());
    QCOMPARE(blockers.at(1).clauseId, QStringLiteral("VAL-02"));
    QCOMPARE(blockers.at(1).field, QStringLiteral("explanation"));
    QVERIFY(Publication::refuses(Edition::Tender, document.draft(), document.annex()));
    QVERIFY(Publication::refuses(Edition::Contract, document.draft(), document.annex()));
    QVERIFY(!Publication::refuses(Edition::Review, document.draft(), document.annex()));

    QVERIFY(document.setReviewStatus(b, ReviewStatus::Approved, Approver));
    QVERIFY(document.approveExplanation(QStringLiteral("VAL-02"), Approver));
    QCOMPARE(Publication::blockers(document.draft(), document.annex()), IssueList());
    // A change after approval closes the gate again, naming the field.
    document.setParameter(a, QStringLiteral("deadline"), QStringLiteral("4"));
    const IssueList again = Publication::blockers(document.draft(), document.annex());
    QCOMPARE(again.size(), 1);
    QVERIFY2(again.first().message.contains(QStringLiteral("value:deadline")),
        qPrintable(again.first().message));
}

void TestPublication::blockers_approvalNotRequired_isEmpty()
{
    DraftDocument document(m_library, Draft());
    document.addClause(QStringLiteral("VAL-01"));
    QVERIFY(!Publication::blockers(document.draft(), document.annex()).isEmpty());
    document.setApprovalRequired(false);
    QVERIFY(Publication::blockers(document.draft(), document.annex()).isEmpty());
    document.undoStack()->undo();
    QVERIFY(document.draft().metadata.approvalRequired);
}

void TestPublication::explanation_changedAfterApproval_isBlockerAgain()
{
    DraftDocument document(m_library, Draft());
    document.setExplanation(QStringLiteral("VAL-02"), Approver, QStringLiteral("Ikke relevant."));
    QVERIFY(document.approveExplanation(QStringLiteral("VAL-02"), Approver));
    QVERIFY(document.draft().explanation(QStringLiteral("VAL-02"))->isApproved());
    document.setExplanation(
        QStringLiteral("VAL-02"), Approver, QStringLiteral("Ikke relevant for denne kontrakt."));
    QVERIFY(!document.draft().explanation(QStringLiteral("VAL-02"))->isApproved());
    document.undoStack()->undo();
    QVERIFY(document.draft().explanation(QStringLiteral("VAL-02"))->isApproved());
}

void TestPublication::publishVersion_recordsSnapshot_andRefusesDuplicates()
{
    DraftDocument document(m_library, Draft());
    const QString uid = document.addClause(QStringLiteral("VAL-01"));
    QString error;
    QVERIFY(!document.publishVersion(QStringLiteral("0.9"), QStringLiteral("Høring"), {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(document.publishVersion(
        QStringLiteral("0.9"), QStringLiteral("Intern høring"), Approver, &error));
    const VersionEntry *entry = document.draft().version(QStringLiteral("0.9"));
    QVERIFY(entry);
    QCOMPARE(entry->approver, Approver);
    QCOMPARE(entry->date, QDate::currentDate());
    QCOMPARE(entry->changes, QStringLiteral("Intern høring"));
    QCOMPARE(entry->snapshot, document.draft().sections);
    error.clear();
    QVERIFY(
        !document.publishVersion(QStringLiteral("0.9"), QStringLiteral("igen"), Approver, &error));
    QVERIFY(error.contains(QStringLiteral("0.9")));
    // Later edits do not touch the snapshot.
    document.setParameter(uid, QStringLiteral("deadline"), QStringLiteral("4"));
    const std::optional<Draft> published = document.draft().publishedDraft(QStringLiteral("0.9"));
    QVERIFY(published);
    QVERIFY(!published->item(uid)->values.contains(QStringLiteral("deadline")));
    QVERIFY(!document.draft().publishedDraft(QStringLiteral("1.0")));
}

void TestPublication::draftIo_fingerprintSnapshotAndSetting_roundTrip()
{
    DraftDocument document(m_library, Draft());
    document.setReviewer(Approver);
    const QString uid = document.addClause(QStringLiteral("VAL-01"));
    document.setParameter(uid, QStringLiteral("deadline"), QStringLiteral("8"));
    QVERIFY(document.setReviewStatus(uid, ReviewStatus::Approved, Approver));
    QString error;
    QVERIFY(
        document.publishVersion(QStringLiteral("1.0"), QStringLiteral("Udbud"), Approver, &error));
    document.setParameter(uid, QStringLiteral("deadline"), QStringLiteral("12"));
    document.setWording(uid, Language::Danish,
        RichText::fromEditableText(QStringLiteral("Leverandøren skal straks underrette.")));
    document.setExplanation(QStringLiteral("VAL-02"), Approver, QStringLiteral("Ikke relevant."));
    QVERIFY(document.approveExplanation(QStringLiteral("VAL-02"), Approver));
    document.setExplanation(QStringLiteral("VAL-02"), Approver, QStringLiteral("Ændret."));
    document.setApprovalRequired(false);

    const QByteArray xml = DraftIo::serialize(document.draft());
    IssueList issues;
    const std::optional<Draft> reread = DraftIo::parse(xml, QStringLiteral("memory"), &issues);
    QVERIFY2(reread, qPrintable(test::describe(issues) + QString::fromUtf8(xml)));
    QVERIFY(*reread == document.draft());
    const DraftItem *item = reread->item(uid);
    QCOMPARE(item->reviewState(), ReviewState::ChangedSinceApproval);
    QCOMPARE(item->wordingAuthor, Approver);
    QVERIFY(item->wordingDate.isValid());
    QCOMPARE(reread->versions.first().approver, Approver);
    QVERIFY(reread->versions.first().hasSnapshot());
    QVERIFY(!reread->metadata.approvalRequired);
    QCOMPARE(reread->explanations.first().approvedText, QStringLiteral("Ikke relevant."));
    QVERIFY(!reread->explanations.first().isApproved());
    QVERIFY(!xml.contains("\"?\""));
}

void TestPublication::draftIo_oldApprovedDraft_staysApproved()
{
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<draft xmlns="urn:klausul:draft:1" format="1">
  <metadata><authority>K</authority><tender>T</tender><annex number="9">I</annex>
    <language>da</language></metadata>
  <section id="s1" theme="haendelser">
    <item uid="i1" number="1" clause="VAL-01" version="3">
      <value param="deadline">8</value>
      <review status="approved" approver="Anne Holm" approved="2026-11-20T10:00:00"/>
    </item>
  </section>
  <versions><version number="1.0" date="2026-11-20">Udbud</version></versions>
</draft>)";
    IssueList issues;
    const std::optional<Draft> draft = DraftIo::parse(xml, QStringLiteral("old"), &issues);
    QVERIFY2(draft, qPrintable(test::describe(issues)));
    QCOMPARE(draft->item(QStringLiteral("i1"))->reviewState(), ReviewState::Approved);
    QVERIFY(draft->metadata.approvalRequired);
    QVERIFY(!draft->versions.first().hasSnapshot());
    Draft changed = *draft;
    changed.item(QStringLiteral("i1"))
        ->values.insert(QStringLiteral("deadline"), QStringLiteral("12"));
    QCOMPARE(changed.item(QStringLiteral("i1"))->reviewState(), ReviewState::ChangedSinceApproval);
}

void TestPublication::pandocAst_review_commentsAreWordCommentSpans()
{
    DraftDocument document(m_library, Draft());
    const QString uid = document.addClause(QStringLiteral("VAL-01"));
    document.addComment(uid, QStringLiteral("Anne Holm"), QStringLiteral("Er 12 timer nok?"));
    document.addComment(uid, QStringLiteral("Per Berg"), QStringLiteral("Ja, jf. NIS2."));
    const QString other = document.addClause(QStringLiteral("VAL-03"));
    document.addComment(other, QStringLiteral("Per Berg"), QStringLiteral("OK"));
    PandocAst::Options options;
    options.edition = Edition::Review;
    const QJsonObject ast = PandocAst::build(document.annex(), options);
    const auto starts = spans(ast, QStringLiteral("comment-start"));
    const auto ends = spans(ast, QStringLiteral("comment-end"));
    QCOMPARE(starts.size(), 3);
    QCOMPARE(ends.size(), 3);
    QSet<QString> ids;
    for (const auto &start : starts) {
        QVERIFY(!start.value(QStringLiteral("author")).isEmpty());
        QVERIFY(start.contains(QStringLiteral("date")));
        ids.insert(start.value(QStringLiteral("id")));
    }
    QCOMPARE(ids.size(), 3);
    QCOMPARE(starts.at(0).value(QStringLiteral("author")), QStringLiteral("Anne Holm"));
    // The tender edition has no comments.
    options.edition = Edition::Tender;
    QVERIFY(spans(PandocAst::build(document.annex(), options), QStringLiteral("comment-start"))
                .isEmpty());
}

void TestPublication::pandocAst_review_trackedChangesCarryWordingAuthor()
{
    DraftDocument document(m_library, Draft());
    document.setReviewer(QStringLiteral("Anne Holm"));
    const QString uid = document.addClause(QStringLiteral("VAL-03"));
    document.setWording(uid, Language::Danish,
        RichText::fromEditableText(
            QStringLiteral("Leverandøren skal altid kryptere Kundens Data.")));
    const QDateTime when = document.draft().item(uid)->wordingDate;
    PandocAst::Options options;
    options.edition = Edition::Review;
    options.changeDate = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    const QJsonObject ast = PandocAst::build(document.annex(), options);
    const auto changes =
        spans(ast, QStringLiteral("insertion")) + spans(ast, QStringLiteral("deletion"));
    QVERIFY(!changes.isEmpty());
    for (const auto &change : changes) {
        QCOMPARE(change.value(QStringLiteral("author")), QStringLiteral("Anne Holm"));
        QCOMPARE(change.value(QStringLiteral("date")), when.toUTC().toString(Qt::ISODate));
    }
}

void TestPublication::pandocAst_stamp_inBodyAndProperties()
{
    DraftDocument document(m_library, Draft());
    document.addClause(QStringLiteral("VAL-01"));
    PandocAst::Options options;
    options.edition = Edition::Tender;
    QVERIFY(!astText(PandocAst::build(document.annex(), options))
                 .contains(Publication::draftStamp(Language::Danish)));
    options.stamp = Publication::draftStamp(Language::Danish);
    const QJsonObject ast = PandocAst::build(document.annex(), options);
    const QJsonObject meta = ast.value(QStringLiteral("meta")).toObject();
    QCOMPARE(meta.value(QStringLiteral("klausul-status")).toObject().value(QStringLiteral("c")),
        QJsonValue(QStringLiteral("UDKAST – ikke godkendt")));
    QVERIFY(meta.contains(QStringLiteral("subject")));
    QVERIFY(QJsonDocument(ast.value(QStringLiteral("blocks")).toArray().first().toObject())
                .toJson()
                .contains("UDKAST"));
}

void TestPublication::pandocAst_compareVersion_showsAddedRemovedChanged()
{
    DraftDocument document(m_library, Draft());
    const QString kept = document.addClause(QStringLiteral("VAL-01"));
    const QString removed = document.addClause(QStringLiteral("VAL-03"));
    document.setParameter(kept, QStringLiteral("deadline"), QStringLiteral("8"));
    QString error;
    QVERIFY(
        document.publishVersion(QStringLiteral("1.0"), QStringLiteral("Udbud"), Approver, &error));
    document.setParameter(kept, QStringLiteral("deadline"), QStringLiteral("12"));
    document.removeItem(removed);
    const QString added = document.addClause(QStringLiteral("VAL-04"));
    QVERIFY(!added.isEmpty());

    PandocAst::Options options;
    options.edition = Edition::Review;
    options.comparedVersion = QStringLiteral("1.0");
    options.compared =
        AnnexBuilder::build(*m_library, *document.draft().publishedDraft(QStringLiteral("1.0")));
    const QJsonObject ast = PandocAst::build(document.annex(), options);
    const QString json = astText(ast);
    // Text is Str nodes word by word.
    QVERIFY(json.contains(QStringLiteral("\"Ændringer\"")));
    QVERIFY(json.contains(QStringLiteral("\"Nyt\"")));
    QVERIFY(json.contains(QStringLiteral("\"Udgået\"")));
    QVERIFY(json.contains(QStringLiteral("aendringer-siden")));
    QVERIFY(!spans(ast, QStringLiteral("insertion")).isEmpty());
    QVERIFY(!spans(ast, QStringLiteral("deletion")).isEmpty());
    for (const auto &change : spans(ast, QStringLiteral("insertion")))
        QVERIFY(!change.value(QStringLiteral("author")).isEmpty());
}

void TestPublication::uniqueChangeIds_pandocOutput_everyChangeHasItsOwnId()
{
    // As pandoc 2.17 writes it: insertions and deletions counted separately, comments from 0.
    const QByteArray xml =
        R"(<w:body><w:p><w:commentRangeStart w:id="0" /><w:r><w:t>K</w:t></w:r>)"
        R"(<w:commentRangeEnd w:id="0" /><w:r><w:commentReference w:id="0" /></w:r>)"
        R"(<w:ins w:id="1" w:author="A" w:date="2026-11-25T10:15:00Z"><w:r/></w:ins>)"
        R"(<w:del w:id="1" w:author="A" w:date="2026-11-25T10:15:00Z"><w:r/></w:del>)"
        R"(<w:ins w:id="2" w:author="B" w:date="2026-11-25T10:15:00Z"><w:r/></w:ins>)"
        R"(</w:p></w:body>)";
    const QString fixed = QString::fromUtf8(DocxReview::uniqueChangeIds(xml));
    const QRegularExpression id(QStringLiteral("<w:(?:ins|del) w:id=\"([0-9]+)\""));
    QStringList ids;
    for (auto it = id.globalMatch(fixed); it.hasNext();)
        ids << it.next().captured(1);
    QCOMPARE(ids, (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    QCOMPARE(fixed.count(QStringLiteral("w:id=\"0\"")), 3); // the comment keeps its id
    QVERIFY(fixed.contains(QStringLiteral("w:author=\"B\"")));
    QCOMPARE(fixed.size(), QString::fromUtf8(xml).size());
}

void TestPublication::example_redlineSinceHearing_showsAddedRemovedChanged()
{
    // The municipal example: 0.9 (internal hearing) and 1.0 (tender) were published.
    const auto library = LibraryLoader::load();
    IssueList issues;
    const auto draft = DraftIo::read(
        test::sourcePath(QStringLiteral("clauses/examples/kommune-sagsbehandling.klausul")),
        &issues);
    QVERIFY2(draft, qPrintable(test::describe(issues)));
    QCOMPARE(draft->versions.size(), 2);
    QCOMPARE(draft->versions.at(0).number, QStringLiteral("0.9"));
    QCOMPARE(draft->versions.at(1).number, QStringLiteral("1.0"));
    QVERIFY(draft->versions.at(0).hasSnapshot() && draft->versions.at(1).hasSnapshot());
    QVERIFY(!draft->versions.at(1).approver.isEmpty());
    // Everything is approved: the tender edition passes the gate.
    const Annex annex = AnnexBuilder::build(*library, *draft, Language::Danish);
    QVERIFY2(Publication::blockers(*draft, annex).isEmpty(),
        qPrintable(test::describe(Publication::blockers(*draft, annex))));

    PandocAst::Options options;
    options.edition = Edition::Review;
    options.comparedVersion = QStringLiteral("0.9");
    options.compared = AnnexBuilder::build(
        *library, *draft->publishedDraft(QStringLiteral("0.9")), Language::Danish);
    const QJsonObject ast = PandocAst::build(annex, options);
    const QString json = astText(ast);
    QVERIFY(json.contains(QStringLiteral("\"Nyt\""))); // the own requirement 9.17
    QVERIFY(json.contains(QStringLiteral("\"Udgået\""))); // KRY-03, dropped after the hearing
    // HAE-01: 48 hours at the hearing, 24 in the tender: deleted and inserted text.
    QVERIFY(!spans(ast, QStringLiteral("deletion")).isEmpty());
    QVERIFY(!spans(ast, QStringLiteral("insertion")).isEmpty());
    QVERIFY(json.contains(QStringLiteral("48")));
}

QTEST_GUILESS_MAIN(TestPublication)
#include "tst_publication.moc"
