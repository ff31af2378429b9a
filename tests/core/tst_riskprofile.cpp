#include "core/annex.h"
#include "core/coverage.h"
#include "core/draftdocument.h"
#include "core/draftio.h"
#include "core/libraryloader.h"
#include "core/riskprofile.h"
#include "support/testsupport.h"

#include <QTest>

using namespace klausul;

/** Risk rules, DIGST's option logic, suggestions, follow-or-explain and coverage. */
class TestRiskProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void evaluate_conditions_data();
    void evaluate_conditions();
    void optionAdvice_followsCertificationAndSoa_data();
    void optionAdvice_followsCertificationAndSoa();
    void suggest_exampleDrafts_explainEverySuggestion_data();
    void suggest_exampleDrafts_explainEverySuggestion();
    void followOrExplain_missingProvisions_areErrors_untilExplained();
    void coverage_smallLibrary_matchesHandCount();
    void coverage_csv_readsBack();
    void defaultSelection_keepsOwnChoices_addsSuggestionsOfTypes();

private:
    static Condition when(const QString &question, const QStringList &values)
    {
        Condition c;
        c.kind = Condition::Kind::When;
        c.question = question;
        c.values = values;
        return c;
    }
    static Condition group(Condition::Kind kind, const QList<Condition> &children)
    {
        Condition c;
        c.kind = kind;
        c.children = children;
        return c;
    }
    static QList<QStringList> parseCsv(const QString &text);

    LibraryPtr m_valid;
    LibraryPtr m_bundled;
};

void TestRiskProfile::initTestCase()
{
    m_valid = LibraryLoader::load({test::dataPath(QStringLiteral("clauses/valid"))});
    m_bundled = LibraryLoader::load();
}

void TestRiskProfile::evaluate_conditions_data()
{
    QTest::addColumn<Condition>("condition");
    QTest::addColumn<QStringList>("answers"); // question=value pairs
    QTest::addColumn<int>("expected");
    const Condition high = when(QStringLiteral("criticality"), {QStringLiteral("high")});
    const Condition sensitive =
        when(QStringLiteral("personal-data"), {QStringLiteral("sensitive")});
    const Condition anyData = when(
        QStringLiteral("personal-data"), {QStringLiteral("ordinary"), QStringLiteral("sensitive")});
    QTest::newRow("in: match") << high << QStringList {QStringLiteral("criticality=high")}
                               << int(RiskProfile::Truth::True);
    QTest::newRow("in: no match") << high << QStringList {QStringLiteral("criticality=low")}
                                  << int(RiskProfile::Truth::False);
    QTest::newRow("in: one of several")
        << anyData << QStringList {QStringLiteral("personal-data=ordinary")}
        << int(RiskProfile::Truth::True);
    QTest::newRow("default answer used")
        << high << QStringList() << int(RiskProfile::Truth::False); // default: medium
    QTest::newRow("unknown answer") << high << QStringList {QStringLiteral("criticality=unknown")}
                                    << int(RiskProfile::Truth::Unknown);
    QTest::newRow("all: both") << group(Condition::Kind::All, {high, sensitive})
                               << QStringList {QStringLiteral("criticality=high"),
                                      QStringLiteral("personal-data=sensitive")}
                               << int(RiskProfile::Truth::True);
    QTest::newRow("all: one false wins over unknown")
        << group(Condition::Kind::All, {high, sensitive})
        << QStringList {QStringLiteral("criticality=unknown"), QStringLiteral("personal-data=none")}
        << int(RiskProfile::Truth::False);
    QTest::newRow("all: unknown") << group(Condition::Kind::All, {high, sensitive})
                                  << QStringList {QStringLiteral("criticality=unknown"),
                                         QStringLiteral("personal-data=sensitive")}
                                  << int(RiskProfile::Truth::Unknown);
    QTest::newRow("any: one true wins over unknown")
        << group(Condition::Kind::Any, {high, sensitive})
        << QStringList {QStringLiteral("criticality=unknown"),
               QStringLiteral("personal-data=sensitive")}
        << int(RiskProfile::Truth::True);
    QTest::newRow("any: none") << group(Condition::Kind::Any, {high, sensitive})
                               << QStringList {QStringLiteral("criticality=low"),
                                      QStringLiteral("personal-data=none")}
                               << int(RiskProfile::Truth::False);
    QTest::newRow("not") << group(Condition::Kind::Not, {high})
                         << QStringList {QStringLiteral("criticality=low")}
                         << int(RiskProfile::Truth::True);
    QTest::newRow("not unknown") << group(Condition::Kind::Not, {high})
                                 << QStringList {QStringLiteral("criticality=unknown")}
                                 << int(RiskProfile::Truth::Unknown);
    QTest::newRow("unknown named explicitly")
        << when(QStringLiteral("criticality"), {QStringLiteral("unknown")})
        << QStringList {QStringLiteral("criticality=unknown")} << int(RiskProfile::Truth::True);
    QTest::newRow("unknown question") << when(QStringLiteral("colour"), {QStringLiteral("red")})
                                      << QStringList() << int(RiskProfile::Truth::Unknown);
}

void TestRiskProfile::evaluate_conditions()
{
    QFETCH(Condition, condition);
    QFETCH(QStringList, answers);
    QFETCH(int, expected);
    QMap<QString, QString> map;
    for (const QString &pair : answers)
        map.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    QStringList reasons;
    QCOMPARE(int(RiskProfile::evaluate(condition, *m_valid, map, &reasons)), expected);
    if (expected == int(RiskProfile::Truth::True) && condition.kind != Condition::Kind::Not)
        QVERIFY(!reasons.isEmpty()); // a negation has no answer to point at
}

void TestRiskProfile::optionAdvice_followsCertificationAndSoa_data()
{
    QTest::addColumn<QString>("certified");
    QTest::addColumn<QString>("soa");
    QTest::addColumn<int>("option");
    QTest::addColumn<QString>("clause");
    QTest::newRow("certified market") << QStringLiteral("yes") << QStringLiteral("no")
                                      << int(DigstOption::A) << QStringLiteral("STY-01");
    QTest::newRow("own SoA") << QStringLiteral("no") << QStringLiteral("yes") << int(DigstOption::B)
                             << QStringLiteral("STY-02");
    QTest::newRow("unknown market, SoA") << QStringLiteral("unknown") << QStringLiteral("yes")
                                         << int(DigstOption::B) << QStringLiteral("STY-02");
    QTest::newRow("neither") << QStringLiteral("no") << QStringLiteral("no") << int(DigstOption::C)
                             << QString();
}

void TestRiskProfile::optionAdvice_followsCertificationAndSoa()
{
    QFETCH(QString, certified);
    QFETCH(QString, soa);
    QFETCH(int, option);
    QFETCH(QString, clause);
    const QMap<QString, QString> answers {
        {QStringLiteral("supplier-certified"), certified}, {QStringLiteral("own-soa"), soa}};
    const OptionAdvice advice = RiskProfile::optionAdvice(*m_bundled, answers);
    QCOMPARE(int(advice.option), option);
    QVERIFY(advice.reason.startsWith(QStringLiteral("Option ")));
    if (!clause.isEmpty())
        QCOMPARE(advice.clauseIds, QStringList {clause});
    // The suggestions carry the same logic: the option's clause is suggested, the others not.
    Draft draft;
    draft.answers = answers;
    QStringList suggested;
    for (const Suggestion &s : RiskProfile::suggest(*m_bundled, draft))
        suggested << s.clauseId;
    QCOMPARE(suggested.contains(QStringLiteral("STY-01")), option == int(DigstOption::A));
    QCOMPARE(suggested.contains(QStringLiteral("STY-02")), option == int(DigstOption::B));
    QCOMPARE(suggested.contains(QStringLiteral("STY-03")), option == int(DigstOption::C));
}

void TestRiskProfile::suggest_exampleDrafts_explainEverySuggestion_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QStringList>("mustSuggest");
    QTest::addColumn<QStringList>("mustNotSuggest");
    QTest::newRow("municipality, sensitive data in the cloud")
        << QStringLiteral("kommune-sagsbehandling")
        << QStringList {QStringLiteral("STY-01"), QStringLiteral("PDA-09"),
               QStringLiteral("PDA-11"), QStringLiteral("HAE-01")}
        << QStringList {
               QStringLiteral("STY-02"), QStringLiteral("SAM-01"), QStringLiteral("UDV-01")};
    QTest::newRow("state agency, society-critical, K04")
        << QStringLiteral("stat-k04-samfundskritisk")
        << QStringList {QStringLiteral("STY-02"), QStringLiteral("SAM-01"),
               QStringLiteral("SAM-11"), QStringLiteral("HAE-01")}
        << QStringList {QStringLiteral("STY-01"), QStringLiteral("PDA-11")};
    QTest::newRow("small SaaS, no personal data")
        << QStringLiteral("saas-moedebooking")
        << QStringList {QStringLiteral("STY-01"), QStringLiteral("OPH-02")}
        << QStringList {
               QStringLiteral("PDA-01"), QStringLiteral("SAM-01"), QStringLiteral("BER-05")};
}

void TestRiskProfile::suggest_exampleDrafts_explainEverySuggestion()
{
    QFETCH(QString, example);
    QFETCH(QStringList, mustSuggest);
    QFETCH(QStringList, mustNotSuggest);
    IssueList issues;
    const auto draft = DraftIo::read(
        test::sourcePath(QStringLiteral("clauses/examples/%1.klausul").arg(example)), &issues);
    QVERIFY(draft);
    const QList<Suggestion> suggestions = RiskProfile::suggest(*m_bundled, *draft);
    QStringList ids;
    for (const Suggestion &s : suggestions) {
        ids << s.clauseId;
        QVERIFY2(!s.reason.isEmpty(), qPrintable(s.clauseId));
        const Clause *clause = m_bundled->clause(s.clauseId);
        if (clause->applies && clause->option == DigstOption::C)
            QVERIFY2(
                !s.because.isEmpty(), qPrintable(s.clauseId + QStringLiteral(" has no reason")));
        QCOMPARE(s.inDraft, !draft->itemsForClause(s.clauseId).isEmpty());
    }
    for (const QString &id : mustSuggest)
        QVERIFY2(ids.contains(id), qPrintable(id));
    for (const QString &id : mustNotSuggest)
        QVERIFY2(!ids.contains(id), qPrintable(id));
}

void TestRiskProfile::followOrExplain_missingProvisions_areErrors_untilExplained()
{
    IssueList issues;
    auto draft = DraftIo::read(
        test::dataPath(QStringLiteral("drafts/stat-k04-incomplete.klausul")), &issues);
    QVERIFY(draft);
    QVERIFY(RiskProfile::isSocietyCritical(*m_bundled, *draft));
    QList<const Clause *> missing = RiskProfile::unexplained(*m_bundled, *draft);
    QStringList ids;
    for (const Clause *clause : missing)
        ids << clause->id;
    QCOMPARE(ids,
        (QStringList {QStringLiteral("SAM-07"), QStringLiteral("SAM-09"), QStringLiteral("SAM-10"),
            QStringLiteral("SAM-13"), QStringLiteral("SAM-14")}));
    Annex annex = AnnexBuilder::build(*m_bundled, *draft);
    QCOMPARE(countIssues(annex.issues, Issue::Severity::Error), 5);
    QCOMPARE(annex.issues.first().field, QStringLiteral("explanation"));
    // Explaining them unblocks: no errors left.
    for (const QString &id : std::as_const(ids))
        draft->explanations.append({id, QStringLiteral("Lars Berg"), QDateTime::currentDateTime(),
            QStringLiteral("Dækket af hovedkontrakten.")});
    annex = AnnexBuilder::build(*m_bundled, *draft);
    QVERIFY2(!hasErrors(annex.issues), qPrintable(test::describe(annex.issues)));
    // A municipality or region may use the catalogue as inspiration: no duty to explain.
    draft->explanations.clear();
    QVERIFY(!RiskProfile::unexplained(*m_bundled, *draft).isEmpty());
    for (const char *kind : {"municipality", "region"}) {
        draft->answers.insert(QStringLiteral("authority-kind"), QLatin1String(kind));
        QVERIFY2(!RiskProfile::followOrExplainApplies(*m_bundled, *draft), kind);
        QVERIFY2(RiskProfile::unexplained(*m_bundled, *draft).isEmpty(), kind);
        QVERIFY2(!hasErrors(AnnexBuilder::build(*m_bundled, *draft).issues), kind);
    }
    draft->answers.insert(QStringLiteral("authority-kind"), QStringLiteral("state"));
    QVERIFY(RiskProfile::followOrExplainApplies(*m_bundled, *draft));
    // Not society-critical: no follow-or-explain at all.
    draft->answers.insert(QStringLiteral("society-critical"), QStringLiteral("no"));
    draft->explanations.clear();
    QVERIFY(RiskProfile::unexplained(*m_bundled, *draft).isEmpty());
}

void TestRiskProfile::coverage_smallLibrary_matchesHandCount()
{
    // The test library lists ISO 5.24, 5.26, 8.24; CIS 17; NIS2 21(2)(b); GDPR 33, 28(3)(c).
    Draft draft;
    DraftItem item;
    item.uid = QStringLiteral("i1");
    item.number = 4;
    item.clauseId = QStringLiteral("VAL-03"); // refers to ISO 8.24 and GDPR 28(3)(c)
    draft.sections.append({QStringLiteral("s1"), QStringLiteral("persondata"), {}, {item}});
    draft.exclusions.append(
        {QStringLiteral("iso27001:2022"), QStringLiteral("5.24"), QStringLiteral("Anne"),
            QDateTime::currentDateTime(), QStringLiteral("Handled by the customer's SOC")});
    const QList<FrameworkStatement> all = Coverage::compute(*m_valid, draft);
    QCOMPARE(all.size(), 4);
    const FrameworkStatement &iso = all.at(0);
    QCOMPARE(iso.scheme, QStringLiteral("iso27001:2022"));
    QCOMPARE(iso.controls.size(), 3);
    QCOMPARE(iso.coveredCount(), 1);
    QCOMPARE(iso.excludedCount(), 1);
    QCOMPARE(iso.openCount(), 1);
    QCOMPARE(iso.controls.at(2).requirements, QStringList {QStringLiteral("9.4")});
    QCOMPARE(iso.controls.at(0).justification, QStringLiteral("Handled by the customer's SOC"));
    QCOMPARE(all.at(1).coveredCount(), 0); // CIS 17 only through VAL-01
    QCOMPARE(all.at(3).coveredCount(), 1); // GDPR 28(3)(c)
    QCOMPARE(qRound(all.at(3).coveredPercent()), 50);
    const QList<FrameworkStatement> gdpr =
        Coverage::compute(*m_valid, draft, QStringLiteral("gdpr"));
    QCOMPARE(gdpr.size(), 1);

    // The bundled municipality example covers most of ISO 27001 Annex A's relevant controls.
    IssueList issues;
    const auto example = DraftIo::read(
        test::sourcePath(QStringLiteral("clauses/examples/kommune-sagsbehandling.klausul")),
        &issues);
    const QList<FrameworkStatement> bundled =
        Coverage::compute(*m_bundled, *example, QStringLiteral("iso27001"));
    QCOMPARE(bundled.first().controls.size(), 93);
    QVERIFY(bundled.first().coveredCount() >= 20);
}

void TestRiskProfile::defaultSelection_keepsOwnChoices_addsSuggestionsOfTypes()
{
    IssueList issues;
    auto draft = DraftIo::read(
        test::sourcePath(QStringLiteral("clauses/examples/kommune-sagsbehandling.klausul")),
        &issues);
    QVERIFY(draft);
    // STY-02 is not suggested for this profile: the user added it, so it stays ticked.
    DraftDocument::insertClause(*draft, *m_bundled, QStringLiteral("STY-02"));
    const ProfileSelection all = RiskProfile::defaultSelection(*m_bundled, *draft, draft->answers);
    QVERIFY(all.keep.contains(QStringLiteral("STY-02")));
    QVERIFY(all.keep.contains(QStringLiteral("PDA-11"))); // suggested, not in the draft yet
    QVERIFY(!all.keep.contains(QStringLiteral("SAM-01"))); // neither suggested nor in the draft
    for (const Suggestion &s : RiskProfile::suggest(*m_bundled, *draft)) {
        QVERIFY2(all.keep.contains(s.clauseId), qPrintable(s.clauseId));
        QCOMPARE(all.variants.value(s.clauseId), s.variant);
    }
    // Only MK suggestions are added, but every clause of the draft stays whatever its type.
    const ProfileSelection mk =
        RiskProfile::defaultSelection(*m_bundled, *draft, draft->answers, {RequirementType::MK});
    for (const Suggestion &s : RiskProfile::suggest(*m_bundled, *draft)) {
        const bool expected = s.inDraft || s.type == RequirementType::MK;
        QVERIFY2(mk.keep.contains(s.clauseId) == expected, qPrintable(s.clauseId));
    }
    QVERIFY(mk.keep.contains(QStringLiteral("STY-02")));
    QVERIFY(mk.keep.size() < all.keep.size());
    // Applied, nothing of the draft is lost: the user's values and variants are as they were.
    const Draft after = RiskProfile::apply(
        *m_bundled, *draft, draft->answers, all.keep, all.variants, {}, QStringLiteral("t"));
    for (const DraftItem *item : draft->items()) {
        const DraftItem *same = after.item(item->uid);
        QVERIFY2(same && *same == *item, qPrintable(item->clauseId));
    }
}

QList<QStringList> TestRiskProfile::parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

void TestRiskProfile::coverage_csv_readsBack()
{
    Draft draft;
    DraftItem item;
    item.uid = QStringLiteral("i1");
    item.number = 1;
    item.clauseId = QStringLiteral("VAL-01");
    draft.sections.append({QStringLiteral("s1"), QStringLiteral("haendelser"), {}, {item}});
    draft.exclusions.append(
        {QStringLiteral("iso27001:2022"), QStringLiteral("8.24"), QStringLiteral("Anne"),
            QDateTime::currentDateTime(), QStringLiteral("No \"crypto\", see 9.2,\nline two")});
    const QString csv = Coverage::csv(Coverage::compute(*m_valid, draft), Language::Danish);
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.size(), 1 + 3 + 1 + 1 + 2);
    QCOMPARE(rows.first(),
        (QStringList {QStringLiteral("Rammeværk"), QStringLiteral("Kontrol"),
            QStringLiteral("Titel"), QStringLiteral("Omfattet"), QStringLiteral("Krav"),
            QStringLiteral("Begrundelse")}));
    QCOMPARE(rows.at(1),
        (QStringList {QStringLiteral("iso27001:2022"), QStringLiteral("5.24"),
            QStringLiteral("Information security incident management planning and preparation"),
            QStringLiteral("ja"), QStringLiteral("9.1"), QString()}));
    QCOMPARE(rows.at(3).at(5), QStringLiteral("No \"crypto\", see 9.2,\nline two"));
    QCOMPARE(rows.at(3).at(3), QStringLiteral("nej"));
}

QTEST_GUILESS_MAIN(TestRiskProfile)
#include "tst_riskprofile.moc"
