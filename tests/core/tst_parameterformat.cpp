#include "core/parameterformat.h"

#include <QTest>

using namespace klausul;

class TestParameterFormat : public QObject
{
    Q_OBJECT

private slots:
    void format_documentLanguage_data();
    void format_documentLanguage();
    void validate_badValues_data();
    void validate_badValues();
    void canonicalNumber_typedInEitherLanguage_data();
    void canonicalNumber_typedInEitherLanguage();
};

namespace {
Parameter number(
    ParameterType type, Unit unit, std::optional<double> min = {}, std::optional<double> max = {})
{
    Parameter p;
    p.id = QStringLiteral("p");
    p.type = type;
    p.unit = unit;
    p.minimum = min;
    p.maximum = max;
    return p;
}

Parameter locations(bool multiple)
{
    Parameter p;
    p.id = QStringLiteral("where");
    p.type = ParameterType::Choice;
    p.multiple = multiple;
    p.choices = {{QStringLiteral("dk"), {QStringLiteral("Danmark"), QStringLiteral("Denmark")}},
        {QStringLiteral("eu-eea"), {QStringLiteral("EU/EØS"), QStringLiteral("the EU/EEA")}},
        {QStringLiteral("nordics"), {QStringLiteral("Norden"), QStringLiteral("the Nordics")}}};
    return p;
}
} // namespace

void TestParameterFormat::format_documentLanguage_data()
{
    QTest::addColumn<Parameter>("parameter");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("danish");
    QTest::addColumn<QString>("english");
    const Parameter hours = number(ParameterType::Integer, Unit::Hours);
    QTest::newRow("24 hours") << hours << QStringLiteral("24") << QStringLiteral("24 timer")
                              << QStringLiteral("24 hours");
    QTest::newRow("1 hour") << hours << QStringLiteral("1") << QStringLiteral("1 time")
                            << QStringLiteral("1 hour");
    QTest::newRow("workdays") << number(ParameterType::Integer, Unit::Workdays)
                              << QStringLiteral("5") << QStringLiteral("5 arbejdsdage")
                              << QStringLiteral("5 working days");
    QTest::newRow("months") << number(ParameterType::Integer, Unit::Months) << QStringLiteral("1")
                            << QStringLiteral("1 måned") << QStringLiteral("1 month");
    QTest::newRow("once") << number(ParameterType::Integer, Unit::Times) << QStringLiteral("1")
                          << QStringLiteral("1 gang") << QStringLiteral("once");
    QTest::newRow("four times") << number(ParameterType::Integer, Unit::Times)
                                << QStringLiteral("4") << QStringLiteral("4 gange")
                                << QStringLiteral("4 times");
    QTest::newRow("DKK") << number(ParameterType::Integer, Unit::Dkk) << QStringLiteral("1000000")
                         << QStringLiteral("1.000.000 kr.") << QStringLiteral("DKK 1,000,000");
    QTest::newRow("percent") << number(ParameterType::Decimal, Unit::Percent)
                             << QStringLiteral("99.5") << QStringLiteral("99,5 %")
                             << QStringLiteral("99.5%");
    QTest::newRow("plain number") << number(ParameterType::Integer, Unit::None)
                                  << QStringLiteral("12000") << QStringLiteral("12.000")
                                  << QStringLiteral("12,000");
    Parameter date;
    date.type = ParameterType::Date;
    QTest::newRow("date") << date << QStringLiteral("2027-03-01") << QStringLiteral("1. marts 2027")
                          << QStringLiteral("1 March 2027");
    QTest::newRow("one choice") << locations(false) << QStringLiteral("eu-eea")
                                << QStringLiteral("EU/EØS") << QStringLiteral("the EU/EEA");
    QTest::newRow("three choices") << locations(true) << QStringLiteral("dk eu-eea nordics")
                                   << QStringLiteral("Danmark, EU/EØS og Norden")
                                   << QStringLiteral("Denmark, the EU/EEA and the Nordics");
    Parameter alternatives = locations(true);
    alternatives.cumulative = false; // combine="or"
    QTest::newRow("three alternatives")
        << alternatives << QStringLiteral("dk eu-eea nordics")
        << QStringLiteral("en af følgende: Danmark, EU/EØS eller Norden")
        << QStringLiteral("one of the following: Denmark, the EU/EEA or the Nordics");
    QTest::newRow("two alternatives")
        << alternatives << QStringLiteral("dk eu-eea")
        << QStringLiteral("en af følgende: Danmark eller EU/EØS")
        << QStringLiteral("one of the following: Denmark or the EU/EEA");
    QTest::newRow("one alternative") << alternatives << QStringLiteral("eu-eea")
                                     << QStringLiteral("EU/EØS") << QStringLiteral("the EU/EEA");
    QTest::newRow("two cumulative")
        << locations(true) << QStringLiteral("dk eu-eea") << QStringLiteral("Danmark og EU/EØS")
        << QStringLiteral("Denmark and the EU/EEA");
    Parameter text;
    text.type = ParameterType::Text;
    QTest::newRow("text is literal") << text << QStringLiteral("\\input{/etc/hostname} **x**")
                                     << QStringLiteral("\\input{/etc/hostname} **x**")
                                     << QStringLiteral("\\input{/etc/hostname} **x**");
}

void TestParameterFormat::format_documentLanguage()
{
    QFETCH(Parameter, parameter);
    QFETCH(QString, value);
    QFETCH(QString, danish);
    QFETCH(QString, english);
    QVERIFY2(ParameterFormat::validate(parameter, value).isEmpty(),
        qPrintable(ParameterFormat::validate(parameter, value)));
    // Non-breaking spaces keep "24 timer" and "1.000.000 kr." on one line.
    QCOMPARE(ParameterFormat::format(parameter, value, Language::Danish).replace(u'\u00a0', u' '),
        danish);
    QCOMPARE(ParameterFormat::format(parameter, value, Language::English).replace(u'\u00a0', u' '),
        english);
}

void TestParameterFormat::validate_badValues_data()
{
    QTest::addColumn<Parameter>("parameter");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem");
    const Parameter bounded = number(ParameterType::Integer, Unit::Hours, 1, 23);
    QTest::newRow("empty") << bounded << QStringLiteral(" ") << QStringLiteral("no value");
    QTest::newRow("above max") << bounded << QStringLiteral("24")
                               << QStringLiteral("above the maximum 23");
    QTest::newRow("below min") << bounded << QStringLiteral("0")
                               << QStringLiteral("below the minimum 1");
    QTest::newRow("not whole") << bounded << QStringLiteral("2.5")
                               << QStringLiteral("not a whole number");
    QTest::newRow("words") << bounded << QStringLiteral("tolv")
                           << QStringLiteral("not a whole number");
    QTest::newRow("decimal comma") << number(ParameterType::Decimal, Unit::Percent)
                                   << QStringLiteral("99,5") << QStringLiteral("not a number");
    QTest::newRow("unknown choice") << locations(false) << QStringLiteral("mars")
                                    << QStringLiteral("\"mars\" is not one of the choices");
    QTest::newRow("two for single") << locations(false) << QStringLiteral("dk eu-eea")
                                    << QStringLiteral("choose exactly one value");
    QTest::newRow("twice") << locations(true) << QStringLiteral("dk dk")
                           << QStringLiteral("\"dk\" is chosen twice");
    Parameter date;
    date.type = ParameterType::Date;
    QTest::newRow("bad date") << date << QStringLiteral("2027-02-30")
                              << QStringLiteral("not a date");
    QTest::newRow("Danish date") << date << QStringLiteral("1. marts 2027")
                                 << QStringLiteral("not a date");
    Parameter reference;
    reference.type = ParameterType::Reference;
    reference.role = QStringLiteral("dpa");
    QTest::newRow("annex number as reference")
        << reference << QStringLiteral("bilag 12, punkt 3")
        << QStringLiteral("is not an annex role of the contract map");
    reference.role = QStringLiteral("requirement");
    QTest::newRow("requirement by number")
        << reference << QStringLiteral("9.14") << QStringLiteral("is not a clause id");
}

void TestParameterFormat::validate_badValues()
{
    QFETCH(Parameter, parameter);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    const QString message = ParameterFormat::validate(parameter, value);
    QVERIFY2(message.contains(problem), qPrintable(message));
}

void TestParameterFormat::canonicalNumber_typedInEitherLanguage_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("decimals");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("Danish thousands")
        << QStringLiteral("1.000.000") << false << QStringLiteral("1000000");
    QTest::newRow("English thousands")
        << QStringLiteral("1,000,000") << false << QStringLiteral("1000000");
    QTest::newRow("Danish decimal") << QStringLiteral("12,5") << true << QStringLiteral("12.5");
    QTest::newRow("English decimal") << QStringLiteral("12.5") << true << QStringLiteral("12.5");
    QTest::newRow("both Danish") << QStringLiteral("1.234,75") << true << QStringLiteral("1234.75");
    QTest::newRow("both English") << QStringLiteral("1,234.75") << true
                                  << QStringLiteral("1234.75");
    QTest::newRow("kr. suffix is not a number") << QStringLiteral("100 kr") << false << QString();
    QTest::newRow("decimal for integer") << QStringLiteral("12,5") << false << QString();
}

void TestParameterFormat::canonicalNumber_typedInEitherLanguage()
{
    QFETCH(QString, typed);
    QFETCH(bool, decimals);
    QFETCH(QString, canonical);
    QCOMPARE(ParameterFormat::canonicalNumber(typed, decimals), canonical);
}

QTEST_GUILESS_MAIN(TestParameterFormat)
#include "tst_parameterformat.moc"
