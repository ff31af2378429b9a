#include "core/libraryloader.h"
#include "core/libraryreport.h"
#include "core/lint.h"
#include "core/parameterformat.h"
#include "core/searchindex.h"
#include "support/testsupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace klausul;

/** Content checks of the bundled national library (clauses/). */
class TestBundledLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void load_bundled_hasNoErrorsOrWarnings();
    void everyClause_isBilingualWithCompleteGuidance();
    void everyParameter_hasBilingualLabelAndValidDefault();
    void count_atLeastHundredSixtyClauses_inEveryTheme();
    void digstOptions_AandB_areCompleteClauses();
    void iso27001_atLeastNinetyOneControls_includingTheRequiredOnes();
    void cis_cfcs_nis2_gdpr_fullyCovered();
    void incidentReporting_stagesShorterThanNis2();
    void societyCritical_threePerTheme_withStepInAndChangeOfControl();
    void usualAnnexTopics_arePresent_data();
    void usualAnnexTopics_arePresent();
    void parameters_coverEveryKindOfValue();
    void questions_riskProfile_isComplete();
    void clauseTexts_numbersAreParameters_vagueWordsAreMeasured();

private:
    LibraryPtr m_library;
};

void TestBundledLibrary::initTestCase()
{
    m_library = LibraryLoader::load();
}

void TestBundledLibrary::load_bundled_hasNoErrorsOrWarnings()
{
    QVERIFY2(m_library->issues().isEmpty(), qPrintable(test::describe(m_library->issues())));
}

void TestBundledLibrary::everyClause_isBilingualWithCompleteGuidance()
{
    for (const Clause &clause : m_library->clauses()) {
        const QByteArray id = clause.id.toUtf8();
        QVERIFY2(clause.languages() == (QStringList {QStringLiteral("da"), QStringLiteral("en")}),
            id.constData());
        for (const Guidance *g : {&clause.guidance.da, &clause.guidance.en}) {
            QVERIFY2(!g->purpose.isEmpty() && !g->contractTypes.isEmpty() &&
                    !g->prosCons.isEmpty() && !g->followUp.isEmpty() && !g->remedies.isEmpty() &&
                    !g->legalNote.isEmpty(),
                id.constData());
        }
        for (const Variant &variant : clause.variants)
            QVERIFY2(variant.body.has(Language::Danish) && variant.body.has(Language::English),
                id.constData());
    }
}

void TestBundledLibrary::everyParameter_hasBilingualLabelAndValidDefault()
{
    for (const Clause &clause : m_library->clauses()) {
        for (const Parameter &p : clause.parameters) {
            const QByteArray where = (clause.id + u'/' + p.id).toUtf8();
            QVERIFY2(
                p.label.has(Language::Danish) && p.label.has(Language::English), where.constData());
            if (p.defaultValue)
                QVERIFY2(
                    ParameterFormat::validate(p, *p.defaultValue).isEmpty(), where.constData());
            for (const ParameterChoice &choice : p.choices)
                QVERIFY2(choice.label.has(Language::Danish) && choice.label.has(Language::English),
                    where.constData());
        }
    }
}

void TestBundledLibrary::count_atLeastHundredSixtyClauses_inEveryTheme()
{
    const LibraryReport report = LibraryReport::build(*m_library);
    QVERIFY2(report.clauses >= 160, qPrintable(QString::number(report.clauses)));
    QCOMPARE(report.approved, report.clauses);
    for (const Theme &theme : m_library->themes())
        QVERIFY2(report.byTheme.value(theme.id) >= 3, qPrintable(theme.id));
    QVERIFY(report.withVariants >= 30);
    // Requirement types are chosen deliberately: all four are used.
    for (const char *type : {"MK", "PK", "K", "option"})
        QVERIFY2(report.byType.value(QLatin1String(type)) >= 1, type);
}

void TestBundledLibrary::digstOptions_AandB_areCompleteClauses()
{
    QList<const Clause *> a, b;
    for (const Clause &clause : m_library->clauses()) {
        if (clause.option == DigstOption::A)
            a << &clause;
        else if (clause.option == DigstOption::B)
            b << &clause;
    }
    QCOMPARE(a.size(), 1);
    QCOMPARE(b.size(), 1);
    QVERIFY(a.first()->hasReference(QStringLiteral("iso27001"), QStringLiteral("5.35")) ||
        !a.first()->parameters.isEmpty());
    QVERIFY(a.first()->parameters.size() >= 3);
    QVERIFY(
        RichText::toPlainText(a.first()->body.da).contains(QStringLiteral("eller tilsvarende")));
    QVERIFY(b.first()->parameters.size() >= 2);
    QVERIFY(RichText::toPlainText(b.first()->body.da)
                .contains(QStringLiteral("Statement of Applicability")) ||
        RichText::toPlainText(b.first()->body.da).contains(QStringLiteral("anvendelseserklæring")));
    const LibraryReport report = LibraryReport::build(*m_library);
    QCOMPARE(report.byOption.value(QStringLiteral("C")), report.clauses - 2);
}

void TestBundledLibrary::iso27001_atLeastNinetyOneControls_includingTheRequiredOnes()
{
    const LibraryReport report = LibraryReport::build(*m_library);
    const LibraryFrameworkCoverage *iso = report.framework(QStringLiteral("iso27001:2022"));
    QVERIFY(iso);
    QCOMPARE(iso->total, 93);
    QVERIFY2(iso->covered.size() >= 91, qPrintable(QString::number(iso->covered.size())));
    QStringList required;
    for (int i = 19; i <= 30; ++i)
        required << QStringLiteral("5.%1").arg(i); // supplier relationships, incidents, continuity
    for (int i = 15; i <= 18; ++i)
        required << QStringLiteral("5.%1").arg(i); // access
    for (int i : {2, 3, 4, 5, 7, 8, 10, 13, 14, 15, 16, 17, 19, 24, 25, 26, 27, 28, 29, 30, 31, 32})
        required << QStringLiteral("8.%1").arg(i);
    required << QStringLiteral("6.8");
    // Second edition: classification, labelling, acceptable use, interest groups, IPR, records
    // and the disciplinary process.
    for (const char *id : {"5.6", "5.10", "5.12", "5.13", "5.32", "5.33", "6.4"})
        required << QLatin1String(id);
    for (const QString &id : required)
        QVERIFY2(iso->covered.contains(id),
            qPrintable(QStringLiteral("ISO 27001 ") + id + QStringLiteral(" is not referenced")));
}

void TestBundledLibrary::cis_cfcs_nis2_gdpr_fullyCovered()
{
    const LibraryReport report = LibraryReport::build(*m_library);
    for (const char *scheme : {"cis:8", "cfcs-top4", "nis2", "society-critical"}) {
        const LibraryFrameworkCoverage *f = report.framework(QLatin1String(scheme));
        QVERIFY2(f && f->missing.isEmpty(), scheme);
    }
    QCOMPARE(report.framework(QStringLiteral("cis:8"))->covered.size(), 18);
    QCOMPARE(report.framework(QStringLiteral("cfcs-top4"))->covered.size(), 4);
    QCOMPARE(report.framework(QStringLiteral("nis2"))->covered.size(), 11); // 21(2)(a)-(j) and 23
    const LibraryFrameworkCoverage *gdpr = report.framework(QStringLiteral("gdpr"));
    for (const char *article :
        {"25", "28(3)(a)", "28(3)(b)", "28(3)(c)", "28(3)(d)", "28(3)(e)", "28(3)(f)", "28(3)(g)",
            "28(3)(h)", "32", "33", "44", "45", "46", "28(1)", "28(2)", "28(4)", "33(2)", "49"})
        QVERIFY2(gdpr->covered.contains(QLatin1String(article)), article);
    // The processor tells the controller about a breach within a parameter in hours, below 72.
    bool breach = false;
    for (const Clause &clause : m_library->clauses()) {
        if (!clause.hasReference(QStringLiteral("gdpr"), QStringLiteral("33")))
            continue;
        for (const Parameter &p : clause.parameters) {
            if (p.unit == Unit::Hours && p.maximum && *p.maximum < 72)
                breach = true;
        }
    }
    QVERIFY(breach);
    // Data location: a choice between Denmark and the EU/EEA, on a transfer clause.
    bool location = false;
    for (const Clause &clause : m_library->clauses()) {
        if (!clause.hasReference(QStringLiteral("gdpr"), QStringLiteral("46")))
            continue;
        for (const Parameter &p : clause.parameters)
            location =
                location || (p.type == ParameterType::Choice && p.choice(QStringLiteral("eu-eea")));
    }
    QVERIFY(location);
}

void TestBundledLibrary::incidentReporting_stagesShorterThanNis2()
{
    const Clause *staged = m_library->clause(QStringLiteral("HAE-01"));
    QVERIFY(staged);
    const Parameter *warning = staged->parameter(QStringLiteral("early-warning"));
    const Parameter *notification = staged->parameter(QStringLiteral("notification"));
    const Parameter *final = staged->parameter(QStringLiteral("final-report"));
    QVERIFY(warning && notification && final);
    QCOMPARE(warning->unit, Unit::Hours);
    QVERIFY(*warning->maximum < 24);
    QCOMPARE(notification->unit, Unit::Hours);
    QVERIFY(*notification->maximum < 72);
    QCOMPARE(final->unit, Unit::Days);
    QVERIFY(*final->maximum < 28); // within the month after the notification
    QVERIFY(staged->hasReference(QStringLiteral("nis2"), QStringLiteral("21(2)(b)")));
}

void TestBundledLibrary::societyCritical_threePerTheme_withStepInAndChangeOfControl()
{
    const LibraryReport report = LibraryReport::build(*m_library);
    for (const char *theme : {"driftsafvikling", "sikkerhed", "persondata", "kontrol"})
        QVERIFY2(report.societyCriticalThemes.value(QLatin1String(theme)) >= 3, theme);
    bool stepIn = false;
    bool changeOfControl = false;
    for (const Clause &clause : m_library->clauses()) {
        if (!clause.isSocietyCritical())
            continue;
        QVERIFY2(clause.applies, qPrintable(clause.id));
        const QString title = clause.title.en.toString().toLower();
        stepIn = stepIn || title.contains(QStringLiteral("step-in"));
        changeOfControl = changeOfControl || title.contains(QStringLiteral("change of control"));
        QVERIFY2(
            RichText::toPlainText(clause.guidance.da.legalNote.unpack() +
                clause.guidance.da.purpose.unpack() + clause.guidance.da.contractTypes.unpack())
                .contains(QStringLiteral("forklar")),
            qPrintable(clause.id + QStringLiteral(": no follow-or-explain guidance")));
    }
    QVERIFY(stepIn);
    QVERIFY(changeOfControl);
}

void TestBundledLibrary::usualAnnexTopics_arePresent_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("reference");
    QTest::newRow("risk assessment")
        << QStringLiteral("risikovurdering") << QStringLiteral("nis2:21(2)(a)");
    QTest::newRow("audit statement ISAE")
        << QStringLiteral("isae 3402") << QStringLiteral("iso27001:5.35");
    QTest::newRow("audits and inspection") << QStringLiteral("revision inspektion") << QString();
    QTest::newRow("subcontractor flow-down")
        << QStringLiteral("videreførelse underleverandører") << QStringLiteral("iso27001:5.20");
    QTest::newRow("foreign third-party access")
        << QStringLiteral("udenlandsk tredjeparts adgang") << QString();
    QTest::newRow("contingency plan")
        << QStringLiteral("beredskabsplan") << QStringLiteral("iso27001:5.29");
    QTest::newRow("backup") << QStringLiteral("backup") << QStringLiteral("iso27001:8.13");
    QTest::newRow("restore test") << QStringLiteral("gendannelsestest") << QString();
    QTest::newRow("exit and return of data")
        << QStringLiteral("tilbagelevering af kundens data") << QStringLiteral("gdpr:28(3)(g)");
    QTest::newRow("penetration test")
        << QStringLiteral("penetrationstest") << QStringLiteral("cis:8:18");
    QTest::newRow("screening") << QStringLiteral("baggrundskontrol")
                               << QStringLiteral("iso27001:6.1");
    QTest::newRow("confidentiality")
        << QStringLiteral("tavshedspligt") << QStringLiteral("iso27001:6.6");
    QTest::newRow("log retention")
        << QStringLiteral("opbevaring logdata") << QStringLiteral("iso27001:8.15");
    QTest::newRow("MFA") << QStringLiteral("multifaktorautentifikation")
                         << QStringLiteral("nis2:21(2)(j)");
    QTest::newRow("encryption at rest")
        << QStringLiteral("kryptering lagrede") << QStringLiteral("iso27001:8.24");
    QTest::newRow("encryption in transit")
        << QStringLiteral("kryptering overførsel") << QStringLiteral("iso27001:8.24");
    QTest::newRow("patch deadlines by severity")
        << QStringLiteral("sikkerhedsopdateringer alvor") << QStringLiteral("cfcs-top4:3");
}

void TestBundledLibrary::usualAnnexTopics_arePresent()
{
    QFETCH(QString, query);
    QFETCH(QString, reference);
    const SearchIndex index(m_library->clauses(), m_library->themes());
    const QList<SearchIndex::Hit> hits = index.search(query);
    QVERIFY2(!hits.isEmpty(), qPrintable(query));
    if (reference.isEmpty())
        return;
    // One of the three best hits is the clause on the topic, with its framework reference.
    const QStringList parts = reference.split(u':');
    bool found = false;
    QStringList ids;
    for (const SearchIndex::Hit &hit : hits.mid(0, 3)) {
        const Clause &clause = m_library->clauses().at(hit.clause);
        ids << clause.id;
        found = found || clause.hasReference(parts.first(), parts.last());
    }
    QVERIFY2(found, qPrintable(ids.join(u',') + QStringLiteral(" lack ") + reference));
}

void TestBundledLibrary::parameters_coverEveryKindOfValue()
{
    const LibraryReport report = LibraryReport::build(*m_library);
    for (const char *kind :
        {"integer/hours", "integer/days", "integer/workdays", "integer/months", "integer/percent",
            "integer/dkk", "integer/times", "decimal/percent", "choice", "date", "reference"})
        QVERIFY2(report.parameterTypes.value(QLatin1String(kind)) >= 1, kind);
    bool multipleChoice = false;
    for (const Clause &clause : m_library->clauses()) {
        for (const Parameter &p : clause.parameters)
            multipleChoice = multipleChoice || p.multiple;
    }
    QVERIFY(multipleChoice); // "or equivalent" standards, locations
}

void TestBundledLibrary::questions_riskProfile_isComplete()
{
    for (const char *id :
        {"service-kind", "criticality", "personal-data", "society-critical", "hosting",
            "development", "supplier-certified", "own-soa", "nis2-entity", "third-country"}) {
        const Question *question = m_library->question(QLatin1String(id));
        QVERIFY2(question, id);
        QVERIFY2(question->text.has(Language::Danish) && question->text.has(Language::English), id);
        QVERIFY2(question->help.has(Language::Danish) && question->help.has(Language::English), id);
        QVERIFY2(question->options.size() >= 2, id);
    }
    QCOMPARE(m_library->question(QStringLiteral("personal-data"))->options.size(), 3);
}

namespace {

QStringList bodies(const Clause &clause, Language language)
{
    QStringList texts {Lint::runningText(clause.body.get(language))};
    for (const Variant &variant : clause.variants)
        texts << Lint::runningText(variant.body.get(language));
    return texts;
}

} // namespace

void TestBundledLibrary::clauseTexts_numbersAreParameters_vagueWordsAreMeasured()
{
    // The rules are Lint's (klausul-cli lint): numbers that are not parameters or citations,
    // vague words without a measure.
    // Clauses of the first edition that still have numbers or vague words in their text. The
    // list may only shrink: a clause on it that is fixed must be removed from it, and no clause
    // may be added to it.
    const QSet<QString> numbersPending {QStringLiteral("ADG-02"), QStringLiteral("ADG-03"),
        QStringLiteral("ADG-05"), QStringLiteral("DRI-01"), QStringLiteral("DRI-06"),
        QStringLiteral("FYS-01"), QStringLiteral("FYS-02"), QStringLiteral("KRY-01"),
        QStringLiteral("LEV-03"), QStringLiteral("LEV-04"), QStringLiteral("LEV-07"),
        QStringLiteral("PDA-03"), QStringLiteral("PDA-04"), QStringLiteral("PDA-06"),
        QStringLiteral("PDA-07"), QStringLiteral("PDA-08"), QStringLiteral("PDA-09"),
        QStringLiteral("PDA-10"), QStringLiteral("PER-03"), QStringLiteral("PER-05"),
        QStringLiteral("REV-01"), QStringLiteral("REV-07"), QStringLiteral("SAM-01"),
        QStringLiteral("SAM-02"), QStringLiteral("STY-01"), QStringLiteral("STY-07"),
        QStringLiteral("UDV-02"), QStringLiteral("UDV-03"), QStringLiteral("UDV-04"),
        QStringLiteral("UDV-08")};
    const QSet<QString> vaguePending {QStringLiteral("ADG-01"), QStringLiteral("BER-01"),
        QStringLiteral("BER-06"), QStringLiteral("DRI-07"), QStringLiteral("HAE-03"),
        QStringLiteral("HAE-04"), QStringLiteral("HAE-05"), QStringLiteral("HAE-06"),
        QStringLiteral("KRY-04"), QStringLiteral("LEV-02"), QStringLiteral("LEV-05"),
        QStringLiteral("LOG-03"), QStringLiteral("NET-01"), QStringLiteral("NET-02"),
        QStringLiteral("OPH-01"), QStringLiteral("PDA-04"), QStringLiteral("PDA-08"),
        QStringLiteral("PDA-11"), QStringLiteral("PDA-12"), QStringLiteral("PER-02"),
        QStringLiteral("REV-01"), QStringLiteral("REV-02"), QStringLiteral("REV-04"),
        QStringLiteral("REV-05"), QStringLiteral("REV-07"), QStringLiteral("SAM-01"),
        QStringLiteral("SAM-06"), QStringLiteral("SAM-08"), QStringLiteral("SAM-09"),
        QStringLiteral("SAM-12"), QStringLiteral("SAM-13"), QStringLiteral("SAM-14"),
        QStringLiteral("STY-02"), QStringLiteral("STY-03"), QStringLiteral("STY-05"),
        QStringLiteral("STY-07"), QStringLiteral("STY-08"), QStringLiteral("STY-09"),
        QStringLiteral("UDV-01"), QStringLiteral("UDV-04"), QStringLiteral("UDV-07")};
    QSet<QString> numbers;
    QSet<QString> vagueWords;
    QStringList found;
    for (const Clause &clause : m_library->clauses()) {
        for (Language language : {Language::Danish, Language::English}) {
            for (const QString &text : bodies(clause, language)) {
                for (const QString &number : Lint::unexplainedNumbers(text)) {
                    numbers.insert(clause.id);
                    if (!numbersPending.contains(clause.id))
                        found << clause.id + QStringLiteral(": number ") + number;
                }
                if (language != Language::Danish)
                    continue;
                for (const QString &word : Lint::vagueWords(text)) {
                    vagueWords.insert(clause.id);
                    if (!vaguePending.contains(clause.id))
                        found << clause.id + QStringLiteral(": vague word ") + word;
                }
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("\n"))));
    for (const QString &id : numbersPending)
        QVERIFY2(numbers.contains(id),
            qPrintable(id +
                QStringLiteral(" has no number left in "
                               "its text: remove it "
                               "from numbersPending")));
    for (const QString &id : vaguePending)
        QVERIFY2(vagueWords.contains(id),
            qPrintable(id +
                QStringLiteral(" has no vague word "
                               "left: remove it from "
                               "vaguePending")));
}

QTEST_GUILESS_MAIN(TestBundledLibrary)
#include "tst_bundledlibrary.moc"
