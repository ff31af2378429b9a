#include "core/typography.h"

#include <QTest>

using namespace klausul;

class TestTypography : public QObject
{
    Q_OBJECT

private slots:
    void apply_ranges_getEnDash_data();
    void apply_ranges_getEnDash();
    void apply_quotes_areTypographic();
};

void TestTypography::apply_ranges_getEnDash_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("items") << QStringLiteral("opfylder nr. 1-5,")
                           << QStringLiteral("opfylder nr. 1\u20135,");
    QTest::newRow("decimals") << QStringLiteral("(CVSS 9,0-10,0)")
                              << QStringLiteral("(CVSS 9,0\u201310,0)");
    QTest::newRow("english decimals")
        << QStringLiteral("(CVSS 9.0-10.0)") << QStringLiteral("(CVSS 9.0\u201310.0)");
    QTest::newRow("articles") << QStringLiteral("art. 44-49)")
                              << QStringLiteral("art. 44\u201349)");
    // Not ranges: dates, case numbers, identifiers, words.
    QTest::newRow("iso date") << QStringLiteral("2026-11-24") << QStringLiteral("2026-11-24");
    QTest::newRow("case number") << QStringLiteral("26/047-11") << QStringLiteral("26/047-11");
    QTest::newRow("clause id") << QStringLiteral("ADG-05") << QStringLiteral("ADG-05");
    QTest::newRow("three parts") << QStringLiteral("1-2-3") << QStringLiteral("1-2-3");
    QTest::newRow("word") << QStringLiteral("AES-256") << QStringLiteral("AES-256");
    QTest::newRow("descending is a name")
        << QStringLiteral("NIST SP 800-88") << QStringLiteral("NIST SP 800-88");
    QTest::newRow("two ranges") << QStringLiteral("nr. 1-3 og 5-7")
                                << QStringLiteral("nr. 1\u20133 og 5\u20137");
    QTest::newRow("long number") << QStringLiteral("1000-2000") << QStringLiteral("1000-2000");
}

void TestTypography::apply_ranges_getEnDash()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Typography::apply(input, Language::Danish), expected);
}

void TestTypography::apply_quotes_areTypographic()
{
    QCOMPARE(Typography::apply(QStringLiteral("kaldet \"Kritisk\" (\"K\")."), Language::Danish),
        QStringLiteral("kaldet \u00bbKritisk\u00ab (\u00bbK\u00ab)."));
    QCOMPARE(Typography::apply(QStringLiteral("called \"critical\"."), Language::English),
        QStringLiteral("called \u201ccritical\u201d."));
    QCOMPARE(Typography::apply(QStringLiteral("no quotes"), Language::Danish),
        QStringLiteral("no quotes"));
}

QTEST_GUILESS_MAIN(TestTypography)
#include "tst_typography.moc"
