#include "core/clauseupgrade.h"
#include "core/draftdocument.h"
#include "core/draftio.h"
#include "core/libraryloader.h"
#include "core/richtext.h"
#include "support/testsupport.h"

#include <QTest>

using namespace klausul;

/**
 * The per-draft upgrade on tests/data/librarydiff/{old,new} (see tst_librarydiff): a draft made
 * with the old library records the standard text of each clause version it uses
 * (Draft::bases), and ClauseUpgrade shows what the new library changes in each requirement,
 * with old standard, new standard and own wording side by side.
 */
class TestClauseUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addClause_recordsBasis_savedAndReadBack();
    void ownWording_onChangedText_threeTextsAndDecision();
    void ownWording_onUnchangedText_noDecision();
    void variant_comparesThePrintedVariantBody();
    void values_invalidInNewVersion_areListed();
    void withoutBasis_saysSoAndAsksForDecision();
    void accept_takeStandard_oneUndoStep();
    void bases_unusedDropped_oldKeptAfterLibraryUpdate();
    void basis_malformed_isLocatedError();

private:
    /** A draft made with the old library holding `clauses`; returns the document's draft. */
    Draft makeDraft(const QStringList &clauses, QStringList *uids = nullptr);
    LibraryPtr m_old;
    LibraryPtr m_new;
};

void TestClauseUpgrade::initTestCase()
{
    m_old = LibraryLoader::load({test::dataPath(QStringLiteral("librarydiff/old"))});
    m_new = LibraryLoader::load({test::dataPath(QStringLiteral("librarydiff/new"))});
    QVERIFY2(m_old->issues().isEmpty(), qPrintable(test::describe(m_old->issues())));
    QVERIFY2(m_new->issues().isEmpty(), qPrintable(test::describe(m_new->issues())));
}

Draft TestClauseUpgrade::makeDraft(const QStringList &clauses, QStringList *uids)
{
    DraftDocument document(m_old, Draft {});
    for (const QString &id : clauses) {
        const QString uid = document.addClause(id);
        if (uids)
            uids->append(uid);
    }
    return document.draft();
}

void TestClauseUpgrade::addClause_recordsBasis_savedAndReadBack()
{
    const Draft draft = makeDraft({QStringLiteral("DIF-07"), QStringLiteral("DIF-10")});
    QCOMPARE(
        draft.bases.keys(), (QStringList {QStringLiteral("DIF-07@1"), QStringLiteral("DIF-10@1")}));
    const ClauseBasis &basis = draft.bases.value(QStringLiteral("DIF-07@1"));
    QVERIFY(RichText::toEditableText(basis.body.da).contains(QStringLiteral("efter aftalen.")));
    QCOMPARE(basis.parameters.size(), 1);
    QCOMPARE(basis.parameters.constFirst().minimum, std::optional<double>(1));

    IssueList issues;
    const std::optional<Draft> read =
        DraftIo::parse(DraftIo::serialize(draft), QStringLiteral("mem.klausul"), &issues);
    QVERIFY2(read, qPrintable(test::describe(issues)));
    QCOMPARE(read->bases.keys(), draft.bases.keys());
    const ClauseBasis &back = read->bases.value(QStringLiteral("DIF-07@1"));
    QCOMPARE(back.body, basis.body);
    QCOMPARE(back.title, basis.title);
    QCOMPARE(back.parameters.constFirst().maximum, std::optional<double>(30));
    QCOMPARE(
        back.parameters.constFirst().defaultValue, std::optional<QString>(QStringLiteral("10")));
    const ClauseBasis &variants = read->bases.value(QStringLiteral("DIF-10@1"));
    QCOMPARE(variants.variants.size(), 1);
    QCOMPARE(variants.variants.constFirst().body,
        draft.bases.value(QStringLiteral("DIF-10@1")).variants.constFirst().body);
}

void TestClauseUpgrade::ownWording_onChangedText_threeTextsAndDecision()
{
    QStringList uids;
    Draft draft = makeDraft({QStringLiteral("DIF-07")}, &uids);
    draft.item(uids.first())->wording.da = RichText::fromEditableText(QStringLiteral(
        "Leverandøren leverer en plan for DIF-07 senest {deadline} efter aftalen, godkendt af "
        "kunden."));
    const std::optional<ClauseUpgrade> upgrade =
        ClauseUpgrade::forItem(draft, uids.first(), *m_new);
    QVERIFY(upgrade);
    QCOMPARE(upgrade->fromVersion, 1);
    QCOMPARE(upgrade->toVersion, 2);
    QVERIFY(upgrade->basisKnown);
    QCOMPARE(upgrade->ownWording.size(), 1);
    const ClauseUpgrade::ThreeWay &three = upgrade->ownWording.constFirst();
    QCOMPARE(three.language, Language::Danish);
    QVERIFY(three.oldStandard.endsWith(QStringLiteral("{deadline} efter aftalen.")));
    QVERIFY(three.newStandard.contains(QStringLiteral("i formatet {format}")));
    QVERIFY(three.ownWording.contains(QStringLiteral("godkendt af kunden")));
    QVERIFY(three.needsDecision);
    QVERIFY(upgrade->needsDecision());
    QString inserted;
    for (const TextDiff::Segment &s : three.libraryChange) {
        if (s.kind == TextDiff::Segment::Kind::Inserted)
            inserted += s.text;
    }
    QCOMPARE(inserted.trimmed(), QStringLiteral("i formatet {format}"));
    QString own;
    for (const TextDiff::Segment &s : three.ownChange) {
        if (s.kind == TextDiff::Segment::Kind::Inserted)
            own += s.text;
    }
    QCOMPARE(own.trimmed(), QStringLiteral(", godkendt af kunden"));
    // The library diff of the clause: the new parameter and the changed bounds and default.
    QStringList fields;
    for (const ClauseFieldChange &f : upgrade->delta.fields)
        fields << f.name + u'=' + f.before + u'>' + f.after;
    QVERIFY2(fields.contains(QStringLiteral("deadline min=1>2")), qPrintable(fields.join(u';')));
    QVERIFY2(
        fields.contains(QStringLiteral("deadline default=10>14")), qPrintable(fields.join(u';')));
    QVERIFY2(fields.contains(QStringLiteral("format=>Format")), qPrintable(fields.join(u';')));
    // The history note of version 2 and a readable report naming all three texts.
    QCOMPARE(upgrade->history.size(), 1);
    const QString text = upgrade->toText();
    QVERIFY(text.contains(QStringLiteral("{+ i formatet {format}+}")));
    QVERIFY(text.contains(QStringLiteral("godkendt af kunden")));
}

void TestClauseUpgrade::ownWording_onUnchangedText_noDecision()
{
    // DIF-10's standard body did not change (only its variant did): own wording on the standard
    // text needs no decision.
    QStringList uids;
    Draft draft = makeDraft({QStringLiteral("DIF-10")}, &uids);
    draft.item(uids.first())->wording.en = RichText::fromEditableText(QStringLiteral("Our text."));
    const std::optional<ClauseUpgrade> upgrade =
        ClauseUpgrade::forItem(draft, uids.first(), *m_new);
    QVERIFY(upgrade);
    QCOMPARE(upgrade->ownWording.size(), 1);
    QCOMPARE(upgrade->ownWording.constFirst().language, Language::English);
    QVERIFY(!upgrade->ownWording.constFirst().needsDecision);
    QVERIFY(!upgrade->needsDecision());
    for (const ClauseWordingChange &w : upgrade->delta.wording)
        QVERIFY2(w.part != QLatin1String("variant:skaerpet"), "the variant is not printed");
}

void TestClauseUpgrade::variant_comparesThePrintedVariantBody()
{
    QStringList uids;
    Draft draft = makeDraft({QStringLiteral("DIF-10")}, &uids);
    draft.item(uids.first())->variant = QStringLiteral("skaerpet");
    const std::optional<ClauseUpgrade> upgrade =
        ClauseUpgrade::forItem(draft, uids.first(), *m_new);
    QVERIFY(upgrade);
    QCOMPARE(upgrade->delta.wording.size(), 2); // da and en of the variant
    for (const ClauseWordingChange &w : upgrade->delta.wording)
        QCOMPARE(w.part, QStringLiteral("variant:skaerpet"));
    QVERIFY(upgrade->toText().contains(QStringLiteral("[-hurtigst muligt-]{+straks+}")));
}

void TestClauseUpgrade::values_invalidInNewVersion_areListed()
{
    QStringList uids;
    Draft draft = makeDraft({QStringLiteral("DIF-07")}, &uids);
    draft.item(uids.first())->values.insert(QStringLiteral("deadline"), QStringLiteral("1"));
    draft.item(uids.first())->values.insert(QStringLiteral("gone"), QStringLiteral("x"));
    const std::optional<ClauseUpgrade> upgrade =
        ClauseUpgrade::forItem(draft, uids.first(), *m_new);
    QVERIFY(upgrade);
    QCOMPARE(upgrade->valueProblems.size(), 2);
    QVERIFY2(upgrade->valueProblems.join(u'\n').contains(QStringLiteral("deadline = \"1\"")),
        qPrintable(upgrade->valueProblems.join(u'\n')));
    QVERIFY(upgrade->valueProblems.join(u'\n').contains(QStringLiteral("\"gone\"")));
    // An item already at the library's version has nothing to upgrade.
    QVERIFY(!ClauseUpgrade::forItem(draft, uids.first(), *m_old));
}

void TestClauseUpgrade::withoutBasis_saysSoAndAsksForDecision()
{
    QStringList uids;
    Draft draft = makeDraft({QStringLiteral("DIF-07")}, &uids);
    draft.bases.clear(); // as a draft saved by Klausul 0.1
    draft.item(uids.first())->wording.da =
        RichText::fromEditableText(QStringLiteral("Egen tekst."));
    const std::optional<ClauseUpgrade> upgrade =
        ClauseUpgrade::forItem(draft, uids.first(), *m_new);
    QVERIFY(upgrade);
    QVERIFY(!upgrade->basisKnown);
    QVERIFY(upgrade->delta.wording.isEmpty()); // nothing invented
    QVERIFY(upgrade->ownWording.constFirst().oldStandard.isEmpty());
    QVERIFY(upgrade->needsDecision());
    QVERIFY(upgrade->toText().contains(QStringLiteral("not recorded")));
}

void TestClauseUpgrade::accept_takeStandard_oneUndoStep()
{
    QStringList uids;
    Draft draft = makeDraft({QStringLiteral("DIF-07")}, &uids);
    draft.item(uids.first())->wording.da =
        RichText::fromEditableText(QStringLiteral("Egen tekst."));
    DraftDocument document(m_new, draft);
    document.acceptClauseVersion(uids.first(), true);
    QCOMPARE(document.draft().item(uids.first())->clauseVersion, 2);
    QVERIFY(!document.draft().item(uids.first())->hasOwnWording(Language::Danish));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.draft().item(uids.first())->clauseVersion, 1);
    QVERIFY(document.draft().item(uids.first())->hasOwnWording(Language::Danish));
    // The old version's basis survived the round trip, so the review can be shown again.
    QVERIFY(ClauseUpgrade::forItem(document.draft(), uids.first(), *m_new)->basisKnown);

    // Keeping the wording: the own text stays, the version moves.
    document.acceptClauseVersion(uids.first(), false);
    QCOMPARE(document.draft().item(uids.first())->clauseVersion, 2);
    QVERIFY(document.draft().item(uids.first())->hasOwnWording(Language::Danish));
}

void TestClauseUpgrade::bases_unusedDropped_oldKeptAfterLibraryUpdate()
{
    QStringList uids;
    const Draft draft = makeDraft({QStringLiteral("DIF-07"), QStringLiteral("DIF-04")}, &uids);
    // Opened with the new library: version 1 is no longer in the library, but the draft keeps
    // its recorded text for as long as an item is based on it.
    DraftDocument document(m_new, draft);
    QVERIFY(document.draft().bases.contains(QStringLiteral("DIF-07@1")));
    QVERIFY(document.draft().bases.contains(QStringLiteral("DIF-04@1")));
    document.acceptClauseVersion(uids.at(0));
    QVERIFY(!document.draft().bases.contains(QStringLiteral("DIF-07@1")));
    QVERIFY(document.draft().bases.contains(QStringLiteral("DIF-07@2")));
    document.removeItem(uids.at(1));
    QVERIFY(!document.draft().bases.contains(QStringLiteral("DIF-04@1")));
    // Bases are not content: the draft with and without them is the same draft.
    Draft without = document.draft();
    without.bases.clear();
    QVERIFY(without == document.draft());
}

void TestClauseUpgrade::basis_malformed_isLocatedError()
{
    const Draft draft = makeDraft({QStringLiteral("DIF-07")});
    QByteArray data = DraftIo::serialize(draft);
    // A basis without its clause id, as a hand edit might leave it.
    data.replace("<basis clause=\"DIF-07\" ", "<basis ");
    IssueList issues;
    const std::optional<Draft> read = DraftIo::parse(data, QStringLiteral("bad.klausul"), &issues);
    QVERIFY(!read);
    QVERIFY(!issues.isEmpty());
    QCOMPARE(issues.constFirst().file, QStringLiteral("bad.klausul"));
    QVERIFY(issues.constFirst().line > 0);
}

QTEST_GUILESS_MAIN(TestClauseUpgrade)
#include "tst_clauseupgrade.moc"
