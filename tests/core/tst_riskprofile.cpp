#include "core/annex.h"
#include "core/coverage.h"
#include "core/draftdocument.h"
#include "core/draftio.h"
#include "core/libraryloader.h"
#include "core/riskprofile.h"
#include "core/suggestionreport.h"
#include "support/testsupport.h"

#include <QJsonArray>
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
    void suggest_profiles_meetSizeTargets_data();
    void suggest_profiles_meetSizeTargets();
    void suggest_anyProfile_incidentNoticeIsCore();
    void suggest_optionA_movesCoveredClausesDown_keepsThemAvailable();
    void suggest_cloud_noPhysicalDataCentreClauses();
    void suggest_thirdCountryPossible_withholdsConflictingStricterVariants();
    void suggest_dontKnow_assumesCautiously_neverCore_flaggedOpen_data();
    void suggest_dontKnow_assumesCautiously_neverCore_flaggedOpen();
    void suggest_restrictiveMk_warnsWithAlternative();
    void suggestJson_everySuggestion_hasTierReasonAndWarnings();
    void suggest_clauseWithoutTierData_isOptional();
    void coverage_optionA_marksControlsThroughOption();

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
    Draft profile(const QString &name) const;
    static QStringList idsOf(const QList<Suggestion> &suggestions, bool coreOrRecommended);

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
    QTest::newRow("small SaaS booking tool, names and e-mails")
        << QStringLiteral("saas-moedebooking")
        << QStringList {QStringLiteral("STY-01"), QStringLiteral("OPH-02"),
               QStringLiteral("HAE-01"), QStringLiteral("PDA-01")}
        << QStringList {
               QStringLiteral("SAM-01"), QStringLiteral("BER-05"), QStringLiteral("PDA-11")};
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
    const QList<Tier> every {Tier::Core, Tier::Recommended, Tier::Optional};
    const ProfileSelection all =
        RiskProfile::defaultSelection(*m_bundled, *draft, draft->answers, {}, every);
    QVERIFY(all.keep.contains(QStringLiteral("STY-02")));
    QVERIFY(all.keep.contains(QStringLiteral("PDA-11"))); // suggested, not in the draft yet
    QVERIFY(!all.keep.contains(QStringLiteral("SAM-01"))); // neither suggested nor in the draft
    for (const Suggestion &s : RiskProfile::suggest(*m_bundled, *draft)) {
        QVERIFY2(all.keep.contains(s.clauseId), qPrintable(s.clauseId));
        QCOMPARE(all.variants.value(s.clauseId), s.variant);
    }
    // By default (as the wizard ticks) a new optional suggestion is not added; the draft's own
    // clauses stay whatever their tier.
    const ProfileSelection ticked =
        RiskProfile::defaultSelection(*m_bundled, *draft, draft->answers);
    int optionalLeftOut = 0;
    for (const Suggestion &s : RiskProfile::suggest(*m_bundled, *draft)) {
        const bool expected = s.inDraft || s.tier != Tier::Optional;
        QVERIFY2(ticked.keep.contains(s.clauseId) == expected, qPrintable(s.clauseId));
        optionalLeftOut += !expected;
    }
    QVERIFY(optionalLeftOut > 0);
    // Only MK suggestions are added, but every clause of the draft stays whatever its type.
    const ProfileSelection mk = RiskProfile::defaultSelection(
        *m_bundled, *draft, draft->answers, {RequirementType::MK}, every);
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

Draft TestRiskProfile::profile(const QString &name) const
{
    IssueList issues;
    const auto draft =
        DraftIo::read(test::dataPath(QStringLiteral("profiles/%1.klausul").arg(name)), &issues);
    if (!draft)
        qFatal("cannot read profile %s", qPrintable(name));
    return *draft;
}

QStringList TestRiskProfile::idsOf(const QList<Suggestion> &suggestions, bool coreOrRecommended)
{
    QStringList ids;
    for (const Suggestion &s : suggestions) {
        if (!coreOrRecommended || s.tier != Tier::Optional)
            ids << s.clauseId;
    }
    return ids;
}

void TestRiskProfile::suggest_profiles_meetSizeTargets_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("maximum"); // core + recommended
    QTest::addColumn<QStringList>("mustBeCoreOrRecommended");
    QTest::addColumn<QString>("forbiddenPrefix");
    QTest::newRow("small SaaS, low criticality, no personal data")
        << QStringLiteral("small-saas") << 12
        << QStringList {QStringLiteral("HAE-01"), QStringLiteral("BER-03"),
               QStringLiteral("BER-04"), QStringLiteral("OPH-01"), QStringLiteral("OPH-02"),
               QStringLiteral("DRI-01"), QStringLiteral("ADG-05")}
        << QStringLiteral("PDA-");
    QTest::newRow("certified municipal SaaS case system")
        << QStringLiteral("municipal-certified-saas") << 45
        << QStringList {QStringLiteral("STY-01"), QStringLiteral("HAE-01"),
               QStringLiteral("PDA-01"), QStringLiteral("PDA-11"), QStringLiteral("LEV-08")}
        << QStringLiteral("SAM-");
    QStringList catalogue;
    for (const Clause &clause : m_bundled->clauses()) {
        if (clause.isSocietyCritical() && clause.status != ClauseStatus::Withdrawn)
            catalogue << clause.id;
    }
    QTest::newRow("state society-critical operations")
        << QStringLiteral("state-society-critical") << 70
        << (catalogue + QStringList {QStringLiteral("STY-02"), QStringLiteral("HAE-01")})
        << QStringLiteral("STY-01");
}

void TestRiskProfile::suggest_profiles_meetSizeTargets()
{
    QFETCH(QString, profile);
    QFETCH(int, maximum);
    QFETCH(QStringList, mustBeCoreOrRecommended);
    QFETCH(QString, forbiddenPrefix);
    const QList<Suggestion> suggestions = RiskProfile::suggest(*m_bundled, this->profile(profile));
    const QStringList applied = idsOf(suggestions, true);
    QVERIFY2(applied.size() <= maximum,
        qPrintable(QStringLiteral("%1 core+recommended: %2")
                       .arg(applied.size())
                       .arg(applied.join(QStringLiteral(" ")))));
    for (const QString &id : mustBeCoreOrRecommended)
        QVERIFY2(applied.contains(id), qPrintable(id));
    for (const QString &id : idsOf(suggestions, false))
        QVERIFY2(!id.startsWith(forbiddenPrefix), qPrintable(id));
    for (const Suggestion &s : suggestions)
        QVERIFY2(!s.tierReason.isEmpty(), qPrintable(s.clauseId));
}

void TestRiskProfile::suggest_anyProfile_incidentNoticeIsCore()
{
    // Every combination of the answers that shape the annex most.
    int profiles = 0;
    for (const QString &criticality :
        {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")}) {
        for (const QString &data :
            {QStringLiteral("none"), QStringLiteral("ordinary"), QStringLiteral("sensitive")}) {
            for (const QString &hosting : {QStringLiteral("cloud"), QStringLiteral("supplier"),
                     QStringLiteral("on-premises")}) {
                for (const QString &certified :
                    {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("unknown")}) {
                    Draft draft;
                    draft.answers = {{QStringLiteral("criticality"), criticality},
                        {QStringLiteral("personal-data"), data},
                        {QStringLiteral("hosting"), hosting},
                        {QStringLiteral("supplier-certified"), certified}};
                    const QList<Suggestion> suggestions = RiskProfile::suggest(*m_bundled, draft);
                    const auto notice = std::find_if(suggestions.cbegin(), suggestions.cend(),
                        [](const Suggestion &s) { return s.clauseId == QStringLiteral("HAE-01"); });
                    QVERIFY2(notice != suggestions.cend(),
                        qPrintable(draft.answers.values().join(u' ')));
                    QCOMPARE(notice->tier, Tier::Core);
                    ++profiles;
                }
            }
        }
    }
    QCOMPARE(profiles, 81);
}

void TestRiskProfile::suggest_optionA_movesCoveredClausesDown_keepsThemAvailable()
{
    Draft certified = profile(QStringLiteral("municipal-certified-saas"));
    Draft specific = certified;
    specific.answers.insert(QStringLiteral("supplier-certified"), QStringLiteral("no"));
    specific.answers.insert(QStringLiteral("own-soa"), QStringLiteral("no"));
    const QList<Suggestion> withA = RiskProfile::suggest(*m_bundled, certified);
    const QList<Suggestion> withC = RiskProfile::suggest(*m_bundled, specific);
    // Option A lowers the annex; every clause stays available as a suggestion.
    QVERIFY(idsOf(withA, true).size() < idsOf(withC, true).size());
    QStringList cIds = idsOf(withC, false);
    cIds.removeAll(QStringLiteral("STY-03"));
    for (const QString &id : cIds)
        QVERIFY2(idsOf(withA, false).contains(id), qPrintable(id));
    auto find = [](const QList<Suggestion> &list, const QString &id) {
        return *std::find_if(
            list.cbegin(), list.cend(), [&](const Suggestion &s) { return s.clauseId == id; });
    };
    // ADG-04 (privileged access) only repeats ISO 27001 8.2: core under C, recommended under A.
    QCOMPARE(find(withC, QStringLiteral("ADG-04")).tier, Tier::Core);
    const Suggestion adg04 = find(withA, QStringLiteral("ADG-04"));
    QCOMPARE(adg04.tier, Tier::Recommended);
    QVERIFY(adg04.coveredByOption);
    QVERIFY(!adg04.optionControls.isEmpty());
    QVERIFY(adg04.tierReason.contains(QStringLiteral("option A")));
    // Contractual substance beyond the certification keeps its tier.
    QCOMPARE(find(withA, QStringLiteral("HAE-01")).tier, Tier::Core);
    QVERIFY(!find(withA, QStringLiteral("HAE-01")).coveredByOption);
    QCOMPARE(find(withA, QStringLiteral("PDA-01")).tier, Tier::Core);
}

void TestRiskProfile::suggest_cloud_noPhysicalDataCentreClauses()
{
    for (const QString &name :
        {QStringLiteral("small-saas"), QStringLiteral("municipal-certified-saas")}) {
        const QStringList ids = idsOf(RiskProfile::suggest(*m_bundled, profile(name)), false);
        for (const QString &id :
            {QStringLiteral("FYS-01"), QStringLiteral("FYS-02"), QStringLiteral("FYS-03")})
            QVERIFY2(!ids.contains(id), qPrintable(name + u' ' + id));
    }
    // An outsourcing contract in the supplier's own data centre still gets them.
    Draft outsourcing = profile(QStringLiteral("state-society-critical"));
    QVERIFY(idsOf(RiskProfile::suggest(*m_bundled, outsourcing), false)
                .contains(QStringLiteral("FYS-01")));
}

void TestRiskProfile::suggest_thirdCountryPossible_withholdsConflictingStricterVariants()
{
    const Draft draft = profile(QStringLiteral("municipal-certified-saas"));
    QCOMPARE(draft.answers.value(QStringLiteral("third-country")), QStringLiteral("possible"));
    int stricter = 0;
    for (const Suggestion &s : RiskProfile::suggest(*m_bundled, draft)) {
        if (s.clauseId == QStringLiteral("PDA-11") || s.clauseId == QStringLiteral("LEV-08")) {
            QVERIFY2(s.variant.isEmpty(), qPrintable(s.clauseId));
            QVERIFY2(!s.variantWithheld.isEmpty(), qPrintable(s.clauseId));
        }
        if (!s.variant.isEmpty()) {
            ++stricter;
            // Every stricter variant names the answers that call for it.
            QVERIFY2(!s.variantBecause.isEmpty(), qPrintable(s.clauseId));
            QVERIFY(s.reason.contains(s.variantBecause.constFirst()));
        }
    }
    QVERIFY2(stricter <= 5, qPrintable(QString::number(stricter)));
    // Without third-country processing the stricter PDA-11 is called for by sensitive data.
    Draft domestic = draft;
    domestic.answers.insert(QStringLiteral("third-country"), QStringLiteral("no"));
    Draft withPda11 = domestic;
    for (const Suggestion &s : RiskProfile::suggest(*m_bundled, domestic))
        QVERIFY2(s.clauseId != QStringLiteral("PDA-11"),
            "PDA-11 applies only with third-country processing");
}

void TestRiskProfile::suggest_dontKnow_assumesCautiously_neverCore_flaggedOpen_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("assumed");
    QTest::addColumn<QString>("no");
    QTest::newRow("third-country")
        << QStringLiteral("third-country") << QStringLiteral("possible") << QStringLiteral("no");
    QTest::newRow("nis2-entity") << QStringLiteral("nis2-entity") << QStringLiteral("important")
                                 << QStringLiteral("no");
}

void TestRiskProfile::suggest_dontKnow_assumesCautiously_neverCore_flaggedOpen()
{
    QFETCH(QString, question);
    QFETCH(QString, assumed);
    QFETCH(QString, no);
    const Question *q = m_bundled->question(question);
    QVERIFY(q);
    const QuestionOption *unknown = q->option(QStringLiteral("unknown"));
    QVERIFY(unknown);
    QCOMPARE(unknown->assume, assumed);
    QVERIFY(!unknown->effect.get(Language::Danish).isEmpty());
    QVERIFY(!unknown->effect.get(Language::English).isEmpty());

    Draft base;
    base.answers = {{QStringLiteral("criticality"), QStringLiteral("low")},
        {QStringLiteral("personal-data"), QStringLiteral("ordinary")},
        {QStringLiteral("society-critical"), QStringLiteral("no")}};
    auto run = [&](const QString &value) {
        Draft draft = base;
        draft.answers.insert(question, value);
        return RiskProfile::suggest(*m_bundled, draft);
    };
    const QList<Suggestion> dontKnow = run(QStringLiteral("unknown"));
    const QList<Suggestion> cautious = run(assumed);
    const QList<Suggestion> without = run(no);
    // The same clauses as for the cautious answer: nothing is left out for lack of knowledge.
    QCOMPARE(idsOf(dontKnow, false), idsOf(cautious, false));
    QVERIFY(idsOf(dontKnow, false).size() > idsOf(without, false).size());
    auto find = [](const QList<Suggestion> &list, const QString &id) -> const Suggestion * {
        for (const Suggestion &s : list) {
            if (s.clauseId == id)
                return &s;
        }
        return nullptr;
    };
    int lowered = 0;
    for (const Suggestion &s : dontKnow) {
        const Suggestion *known = find(without, s.clauseId);
        // A guess never makes a clause core nor calls for a stricter variant.
        if (s.tier == Tier::Core)
            QVERIFY2(known && known->tier == Tier::Core, qPrintable(s.clauseId));
        if (!s.variant.isEmpty())
            QVERIFY2(known && known->variant == s.variant, qPrintable(s.clauseId));
        if (find(cautious, s.clauseId)->tier == Tier::Core && s.tier != Tier::Core) {
            ++lowered;
            QCOMPARE(s.tier, Tier::Recommended);
            QVERIFY2(s.tierReason.contains(QStringLiteral("Don't know")), qPrintable(s.tierReason));
        }
    }
    if (question == QLatin1String("third-country")) // PDA-11 is core for "Possibly"
        QVERIFY(lowered > 0);

    // Check reports the open question, naming the assumption; a real answer clears it.
    Draft open = base;
    open.answers.insert(question, QStringLiteral("unknown"));
    const IssueList issues = RiskProfile::openAnswerIssues(*m_bundled, open, QStringLiteral("d"));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Issue::Severity::Warning);
    QCOMPARE(issues.first().field, QStringLiteral("answer:") + question);
    QVERIFY(issues.first().message.contains(q->option(assumed)->label.get(Language::English)));
    Draft settled = base;
    settled.answers.insert(question, assumed);
    QVERIFY(RiskProfile::openAnswerIssues(*m_bundled, settled, QStringLiteral("d")).isEmpty());
    // The annex (what check and the Problems list show) carries the warning.
    const IssueList annexIssues = AnnexBuilder::build(*m_bundled, open).issues;
    QVERIFY(std::any_of(annexIssues.cbegin(), annexIssues.cend(),
        [&](const Issue &i) { return i.field == QLatin1String("answer:") + question; }));
}

void TestRiskProfile::suggest_restrictiveMk_warnsWithAlternative()
{
    const QList<Suggestion> suggestions =
        RiskProfile::suggest(*m_bundled, profile(QStringLiteral("state-society-critical")));
    const auto sam03 = std::find_if(suggestions.cbegin(), suggestions.cend(),
        [](const Suggestion &s) { return s.clauseId == QStringLiteral("SAM-03"); });
    QVERIFY(sam03 != suggestions.cend());
    QCOMPARE(sam03->warnings.size(), 1);
    QCOMPARE(sam03->warnings.first().kind, QStringLiteral("data-location"));
    QCOMPARE(sam03->warnings.first().alternative, RequirementType::K);
    QVERIFY(!sam03->warnings.first().excludes.isEmpty());
    QVERIFY(sam03->warnings.first().text.contains(QStringLiteral("K")));
    // Only an MK restricts: the same clause as K, or the standard PDA-11, carries no warning.
    const Clause *clause = m_bundled->clause(QStringLiteral("SAM-03"));
    QVERIFY(RiskProfile::competitionWarnings(*clause, {}, RequirementType::K, Language::English)
                .isEmpty());
    const Clause *pda11 = m_bundled->clause(QStringLiteral("PDA-11"));
    QVERIFY(RiskProfile::competitionWarnings(*pda11, {}, RequirementType::MK, Language::English)
                .isEmpty());
    const auto stricter = RiskProfile::competitionWarnings(
        *pda11, QStringLiteral("skaerpet"), RequirementType::MK, Language::Danish);
    QCOMPARE(stricter.size(), 1);
    QVERIFY(stricter.first().excludes.contains(QStringLiteral("tredjeland")));
    // In the review edition the draft's restrictive MK is a warning.
    Draft draft = profile(QStringLiteral("state-society-critical"));
    draft = RiskProfile::apply(*m_bundled, draft, draft.answers, {QStringLiteral("SAM-03")}, {}, {},
        QStringLiteral("Test"));
    const IssueList issues = RiskProfile::competitionIssues(*m_bundled, draft, QStringLiteral("x"));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().clauseId, QStringLiteral("SAM-03"));
    QCOMPARE(issues.first().severity, Issue::Severity::Note); // listed, not a defect
}

void TestRiskProfile::suggestJson_everySuggestion_hasTierReasonAndWarnings()
{
    const QJsonObject json =
        SuggestionReport::build(*m_bundled, profile(QStringLiteral("municipal-certified-saas")))
            .toJson();
    QCOMPARE(json.value(QStringLiteral("option")).toString(), QStringLiteral("A"));
    QVERIFY(!json.value(QStringLiteral("optionCoveredControls")).toArray().isEmpty());
    const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
    int core = 0;
    const QJsonArray suggestions = json.value(QStringLiteral("suggestions")).toArray();
    for (const QJsonValue &value : suggestions) {
        const QJsonObject s = value.toObject();
        const QString tier = s.value(QStringLiteral("tier")).toString();
        QVERIFY2(QStringList({QStringLiteral("core"), QStringLiteral("recommended"),
                                 QStringLiteral("optional")})
                     .contains(tier),
            qPrintable(tier));
        core += tier == QStringLiteral("core");
        QVERIFY(!s.value(QStringLiteral("tierReason")).toString().isEmpty());
        QVERIFY(s.value(QStringLiteral("warnings")).isArray());
    }
    QCOMPARE(counts.value(QStringLiteral("core")).toInt(), core);
    QCOMPARE(counts.value(QStringLiteral("core")).toInt() +
            counts.value(QStringLiteral("recommended")).toInt() +
            counts.value(QStringLiteral("optional")).toInt(),
        int(suggestions.size()));
}

void TestRiskProfile::suggest_clauseWithoutTierData_isOptional()
{
    // The small test library has no <suggestion> elements: everything that applies is optional.
    Draft draft;
    const QList<Suggestion> suggestions = RiskProfile::suggest(*m_valid, draft);
    QVERIFY(!suggestions.isEmpty());
    for (const Suggestion &s : suggestions) {
        if (m_valid->clause(s.clauseId)->suggestion.declared)
            continue;
        QCOMPARE(s.tier, Tier::Optional);
        QVERIFY(s.tierReason.contains(QStringLiteral("no tier")));
    }
}

void TestRiskProfile::coverage_optionA_marksControlsThroughOption()
{
    Draft draft = profile(QStringLiteral("municipal-certified-saas"));
    draft = RiskProfile::apply(*m_bundled, draft, draft.answers,
        {QStringLiteral("STY-01"), QStringLiteral("HAE-01")}, {}, {}, QStringLiteral("Test"));
    const QList<FrameworkStatement> statements =
        Coverage::compute(*m_bundled, draft, QStringLiteral("iso27001"));
    const FrameworkStatement &iso = statements.first();
    int byRequirement = 0;
    for (const ControlCoverage &c : iso.controls) {
        QVERIFY2(c.covered(), qPrintable(c.id));
        if (c.coveredByRequirement()) {
            ++byRequirement;
            QVERIFY(c.throughOption.isEmpty());
        } else {
            QCOMPARE(c.throughOption, QStringLiteral("A"));
            QVERIFY(!c.optionRequirement.isEmpty());
        }
    }
    QVERIFY(byRequirement > 0);
    QCOMPARE(iso.optionCount(), int(iso.controls.size()) - byRequirement);
    // Control titles in the document language (the profile is Danish).
    QCOMPARE(iso.controls.first().title, QStringLiteral("Politikker for informationssikkerhed"));
    for (const ReferenceItem &item :
        m_bundled->referenceList(QStringLiteral("iso27001"), QStringLiteral("2022"))->items)
        QVERIFY2(item.title.get(Language::Danish) != item.title.get(Language::English),
            qPrintable(item.id));
    const QString csv = Coverage::csv(statements, Language::English);
    QVERIFY(csv.contains(QStringLiteral(",through option A,")));
    QVERIFY(
        Coverage::csv(statements, Language::Danish).contains(QStringLiteral(",gennem option A,")));
    // CIS is not covered by an ISO certification.
    const QList<FrameworkStatement> cis =
        Coverage::compute(*m_bundled, draft, QStringLiteral("cis"));
    for (const ControlCoverage &c : cis.first().controls)
        QVERIFY(c.throughOption.isEmpty());
}
