#include "core/draftdiff.h"
#include "core/draftio.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace klausul;

/** What DraftDiff reports between two drafts (klausul-cli diff and the editing commands). */
class TestDraftDiff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compare_sameDraft_isEmpty();
    void compare_eachKindOfEdit_reportsExactlyIt();
    void compare_differentUids_matchesByClause();
    void toText_wordingAndValues_readable();

private:
    Draft m_example;
};

void TestDraftDiff::initTestCase()
{
    IssueList issues;
    const auto draft = DraftIo::read(
        test::sourcePath(QStringLiteral("clauses/examples/kommune-sagsbehandling.klausul")),
        &issues);
    QVERIFY2(draft, qPrintable(test::describe(issues)));
    m_example = *draft;
}

void TestDraftDiff::compare_sameDraft_isEmpty()
{
    QVERIFY(DraftDiff::compare(m_example, m_example).isEmpty());
}

void TestDraftDiff::compare_eachKindOfEdit_reportsExactlyIt()
{
    using Kind = DraftDifference::Kind;
    Draft after = m_example;
    after.metadata.tender = QStringLiteral("Nyt udbud");
    after.answers.insert(QStringLiteral("criticality"), QStringLiteral("low"));
    DraftItem *first = &after.sections[0].items[0];
    first->title.da = QStringLiteral("Egen titel");
    after.explanations.append(
        {QStringLiteral("SAM-01"), QStringLiteral("A"), {}, QStringLiteral("x")});
    after.exclusions.append({QStringLiteral("iso27001:2022"), QStringLiteral("7.4"),
        QStringLiteral("A"), {}, QStringLiteral("ingen lokaler")});
    after.versions.append({QStringLiteral("2.0"), QDate(2027, 1, 2), QStringLiteral("Kontrakt")});
    after.renumber(); // no-op numbers stay: the example is numbered 1..N already
    const QList<DraftDifference> d = DraftDiff::compare(m_example, after);
    QList<Kind> kinds;
    for (const DraftDifference &each : d)
        kinds << each.kind;
    QCOMPARE(kinds,
        (QList<Kind> {Kind::Metadata, Kind::Answer, Kind::Title, Kind::Explanation, Kind::Exclusion,
            Kind::Version}));
    QCOMPARE(d.at(0).field, QStringLiteral("tender"));
    QCOMPARE(d.at(1).before, QStringLiteral("high"));
    QCOMPARE(d.at(1).after, QStringLiteral("low"));
    QCOMPARE(d.at(2).number, QStringLiteral("9.1"));
    QCOMPARE(d.at(4).field, QStringLiteral("iso27001:2022 7.4"));
    QCOMPARE(d.at(5).after, QStringLiteral("2027-01-02: Kontrakt"));
    const QJsonArray json = DraftDiff::toJson(d);
    QCOMPARE(json.size(), d.size());
    QCOMPARE(
        json.at(5).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("version"));
}

void TestDraftDiff::compare_differentUids_matchesByClause()
{
    // Two drafts made separately: the same clause under another uid is the same requirement.
    Draft after = m_example;
    for (DraftSection &section : after.sections) {
        for (DraftItem &item : section.items)
            item.uid = QStringLiteral("x") + item.uid;
    }
    QVERIFY(DraftDiff::compare(m_example, after).isEmpty());
    // A move to another number is a renumbering, not a removal and an addition.
    after.sections[0].items[0].number = 40;
    const QList<DraftDifference> d = DraftDiff::compare(m_example, after);
    QCOMPARE(d.size(), 1);
    QCOMPARE(d.at(0).kind, DraftDifference::Kind::Renumbered);
    QCOMPARE(d.at(0).before, QStringLiteral("9.1"));
    QCOMPARE(d.at(0).after, QStringLiteral("9.40"));
}

void TestDraftDiff::toText_wordingAndValues_readable()
{
    Draft before = m_example;
    Draft after = m_example;
    before.sections[0].items[0].wording.da =
        RichText::fromEditableText(QStringLiteral("Svar inden for fem dage."));
    after.sections[0].items[0].wording.da =
        RichText::fromEditableText(QStringLiteral("Svar inden for tre dage."));
    after.sections[0].items[0].values.insert(
        QStringLiteral("delivery-deadline"), QStringLiteral("30"));
    QCOMPARE(DraftDiff::toText(DraftDiff::compare(before, after)),
        QStringLiteral("9.1 STY-01: value delivery-deadline: \"20\" → \"30\"\n"
                       "9.1 STY-01: wording (da): Svar inden for [-fem-]{+tre+} dage.\n"));
}

QTEST_GUILESS_MAIN(TestDraftDiff)
#include "tst_draftdiff.moc"
