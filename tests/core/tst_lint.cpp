#include "core/libraryloader.h"
#include "core/lint.h"
#include "support/testsupport.h"

#include <QTest>

using namespace klausul;

Q_DECLARE_METATYPE(Lint::Rule)

/** Lint: one fixture clause per rule in tests/data/lint/library (LNT-01 is clean). */
class TestLint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void check_rule_findsExactlyItsFixtures_data();
    void check_rule_findsExactlyItsFixtures();
    void check_findings_areLocatedAndNameTheirRule();
    void check_cleanClause_hasNoFindings();
    void check_bundledLibrary_hasNoErrors();
    void unexplainedNumbers_citations_areNotReported();

private:
    LibraryPtr m_library;
    QList<Lint::Finding> m_findings;
};

void TestLint::initTestCase()
{
    m_library = LibraryLoader::load({test::dataPath(QStringLiteral("lint/library"))});
    QVERIFY2(!hasErrors(m_library->issues()), qPrintable(test::describe(m_library->issues())));
    QCOMPARE(m_library->clauses().size(), 12);
    m_findings = Lint::check(*m_library);
}

void TestLint::check_rule_findsExactlyItsFixtures_data()
{
    QTest::addColumn<Lint::Rule>("rule");
    QTest::addColumn<QStringList>("clauses");
    QTest::addColumn<bool>("error");
    using R = Lint::Rule;
    QTest::newRow("parameters differ by language")
        << R::BilingualParameters << QStringList {QStringLiteral("LNT-02")} << true;
    QTest::newRow("list structure differs by language")
        << R::BilingualLists << QStringList {QStringLiteral("LNT-03")} << true;
    QTest::newRow("numbers differ by language")
        << R::BilingualNumbers << QStringList {QStringLiteral("LNT-04")} << false;
    QTest::newRow("vague word") << R::VagueWord << QStringList {QStringLiteral("LNT-05")} << false;
    QTest::newRow("number that is not a parameter")
        << R::NumberNotParameter << QStringList {QStringLiteral("LNT-04"), QStringLiteral("LNT-04")}
        << false;
    QTest::newRow("parameter without guidance")
        << R::ParameterWithoutGuidance << QStringList {QStringLiteral("LNT-06")} << false;
    QTest::newRow("guidance repeated word for word")
        << R::RepeatedGuidance << QStringList {QStringLiteral("LNT-08")} << false;
    QTest::newRow("defined term in lower case")
        << R::TermInLowerCase << QStringList {QStringLiteral("LNT-09"), QStringLiteral("LNT-09")}
        << false;
    QTest::newRow("withdrawn without replacement or reason")
        << R::WithdrawnWithoutReason << QStringList {QStringLiteral("LNT-10")} << true;
}

void TestLint::check_rule_findsExactlyItsFixtures()
{
    QFETCH(Lint::Rule, rule);
    QFETCH(QStringList, clauses);
    QFETCH(bool, error);
    QStringList found;
    for (const Lint::Finding &finding : std::as_const(m_findings)) {
        if (finding.rule != rule)
            continue;
        found << finding.issue.clauseId;
        QCOMPARE(finding.issue.isError(), error);
    }
    QCOMPARE(found, clauses);
}

void TestLint::check_findings_areLocatedAndNameTheirRule()
{
    QVERIFY(!m_findings.isEmpty());
    for (const Lint::Finding &finding : std::as_const(m_findings)) {
        QVERIFY2(finding.issue.file.endsWith(finding.issue.clauseId + QStringLiteral(".xml")),
            qPrintable(finding.issue.toString()));
        QVERIFY(finding.issue.line > 0);
        QVERIFY2(finding.issue.message.endsWith(
                     QStringLiteral("[") + Lint::ruleCode(finding.rule) + QStringLiteral("]")),
            qPrintable(finding.issue.message));
    }
    // The message says what is wrong, e.g. the word or the parameters.
    const IssueList issues = Lint::issues(m_findings);
    QVERIFY(std::any_of(issues.cbegin(), issues.cend(), [](const Issue &issue) {
        return issue.clauseId == QLatin1String("LNT-05") &&
            issue.message.contains(QStringLiteral("\"passende\""));
    }));
    QVERIFY(std::any_of(issues.cbegin(), issues.cend(), [](const Issue &issue) {
        return issue.clauseId == QLatin1String("LNT-09") &&
            issue.message.contains(QStringLiteral("\"kunden\""));
    }));
    QVERIFY(std::any_of(issues.cbegin(), issues.cend(), [](const Issue &issue) {
        return issue.clauseId == QLatin1String("LNT-09") &&
            issue.message.contains(QStringLiteral("\"material change\""));
    }));
    QVERIFY(std::any_of(issues.cbegin(), issues.cend(), [](const Issue &issue) {
        return issue.clauseId == QLatin1String("LNT-06") &&
            issue.field == QLatin1String("param:deadline");
    }));
}

void TestLint::check_cleanClause_hasNoFindings()
{
    for (const QString &id : {QStringLiteral("LNT-01"), QStringLiteral("LNT-07"),
             QStringLiteral("LNT-11"), QStringLiteral("LNT-12")}) {
        for (const Lint::Finding &finding : std::as_const(m_findings))
            QVERIFY2(finding.issue.clauseId != id, qPrintable(finding.issue.toString()));
    }
}

void TestLint::check_bundledLibrary_hasNoErrors()
{
    const LibraryPtr bundled = LibraryLoader::load();
    const IssueList issues = Lint::issues(Lint::check(*bundled));
    IssueList errors;
    for (const Issue &issue : issues) {
        if (issue.isError())
            errors << issue;
    }
    QVERIFY2(errors.isEmpty(), qPrintable(test::describe(errors)));
    qInfo("bundled library: %d lint warning(s)", int(issues.size()));
}

void TestLint::unexplainedNumbers_citations_areNotReported()
{
    QCOMPARE(Lint::unexplainedNumbers(
                 QStringLiteral("jf. artikel 28, stk. 3, ISO/IEC 27001:2022 og ISAE 3402")),
        QStringList());
    QCOMPARE(Lint::unexplainedNumbers(QStringLiteral("senest 14 dage efter")),
        QStringList {QStringLiteral("14")});
    QCOMPARE(Lint::vagueWords(QStringLiteral("en passende og rimelig frist")),
        (QStringList {QStringLiteral("passende"), QStringLiteral("rimelig")}));
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
