#include "parameterformat.h"

#include "contractmap.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace klausul::ParameterFormat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("klausul::ParameterFormat", text);
}

QLocale documentLocale(Language language)
{
    return language == Language::Danish ? QLocale(QLocale::Danish, QLocale::Denmark)
                                        : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

int decimalsOf(const QString &canonical)
{
    const qsizetype dot = canonical.indexOf(u'.');
    return dot < 0 ? 0 : int(canonical.size() - dot - 1);
}

QString checkBounds(const Parameter &parameter, double value)
{
    const auto show = [](double v) { return QLocale::c().toString(v, 'g', 15); };
    if (parameter.minimum && value < *parameter.minimum)
        return tr("the value %1 is below the minimum %2")
            .arg(show(value), show(*parameter.minimum));
    if (parameter.maximum && value > *parameter.maximum)
        return tr("the value %1 is above the maximum %2")
            .arg(show(value), show(*parameter.maximum));
    return {};
}

} // namespace

QString validate(const Parameter &parameter, const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return tr("no value");
    switch (parameter.type) {
    case ParameterType::Integer: {
        static const QRegularExpression integer(QStringLiteral("^-?[0-9]{1,15}$"));
        if (!integer.match(v).hasMatch())
            return tr("\"%1\" is not a whole number").arg(v.left(40));
        return checkBounds(parameter, v.toDouble());
    }
    case ParameterType::Decimal: {
        static const QRegularExpression decimal(QStringLiteral("^-?[0-9]{1,15}(\\.[0-9]{1,6})?$"));
        if (!decimal.match(v).hasMatch())
            return tr("\"%1\" is not a number (use a point for decimals)").arg(v.left(40));
        return checkBounds(parameter, v.toDouble());
    }
    case ParameterType::Choice: {
        const QStringList values = v.split(u' ', Qt::SkipEmptyParts);
        if (!parameter.multiple && values.size() != 1)
            return tr("choose exactly one value");
        for (const QString &item : values) {
            if (!parameter.choice(item))
                return tr("\"%1\" is not one of the choices").arg(item.left(40));
            if (values.count(item) > 1)
                return tr("\"%1\" is chosen twice").arg(item.left(40));
        }
        return {};
    }
    case ParameterType::Date: {
        const QDate date = QDate::fromString(v, Qt::ISODate);
        if (!date.isValid() || v.size() != 10)
            return tr("\"%1\" is not a date of the form YYYY-MM-DD").arg(v.left(40));
        return {};
    }
    case ParameterType::Reference: {
        // The value chooses another annex role than the clause's (or, for a requirement of this
        // annex, the clause whose requirement is meant).
        if (parameter.role == QLatin1String("requirement")) {
            static const QRegularExpression clauseId(
                QStringLiteral("^[A-Z][A-Z0-9]{1,9}(-[A-Z0-9]{1,10}){1,3}$"));
            if (!clauseId.match(v).hasMatch())
                return tr("\"%1\" is not a clause id such as HAE-01").arg(v.left(40));
            return {};
        }
        if (!ContractMap::isRole(v))
            return tr("\"%1\" is not an annex role of the contract map").arg(v.left(40));
        return {};
    }
    case ParameterType::Text:
        if (v.size() > 1000)
            return tr("the text is longer than 1,000 characters");
        return {};
    }
    return {};
}

QString unitWord(Unit unit, double amount, Language language)
{
    const bool one = std::abs(amount - 1.0) < 1e-9;
    const bool da = language == Language::Danish;
    switch (unit) {
    case Unit::None:
    case Unit::Percent:
    case Unit::Dkk:
        return {};
    case Unit::Minutes:
        return da ? (one ? QStringLiteral("minut") : QStringLiteral("minutter"))
                  : (one ? QStringLiteral("minute") : QStringLiteral("minutes"));
    case Unit::Hours:
        return da ? (one ? QStringLiteral("time") : QStringLiteral("timer"))
                  : (one ? QStringLiteral("hour") : QStringLiteral("hours"));
    case Unit::Days:
        return da ? (one ? QStringLiteral("dag") : QStringLiteral("dage"))
                  : (one ? QStringLiteral("day") : QStringLiteral("days"));
    case Unit::Workdays:
        return da ? (one ? QStringLiteral("arbejdsdag") : QStringLiteral("arbejdsdage"))
                  : (one ? QStringLiteral("working day") : QStringLiteral("working days"));
    case Unit::Weeks:
        return da ? (one ? QStringLiteral("uge") : QStringLiteral("uger"))
                  : (one ? QStringLiteral("week") : QStringLiteral("weeks"));
    case Unit::Months:
        return da ? (one ? QStringLiteral("måned") : QStringLiteral("måneder"))
                  : (one ? QStringLiteral("month") : QStringLiteral("months"));
    case Unit::Years:
        return da ? QStringLiteral("år") : (one ? QStringLiteral("year") : QStringLiteral("years"));
    case Unit::Times:
        return da ? (one ? QStringLiteral("gang") : QStringLiteral("gange"))
                  : QStringLiteral("times"); // English "once" and "twice": see format()
    }
    return {};
}

QString formatNumber(double value, int decimals, Language language)
{
    return documentLocale(language).toString(value, 'f', decimals);
}

QString formatDate(const QDate &date, Language language)
{
    return language == Language::Danish
        ? documentLocale(language).toString(date, QStringLiteral("d. MMMM yyyy"))
        : documentLocale(language).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString joinList(const QStringList &items, Language language)
{
    if (items.size() <= 1)
        return items.value(0);
    const QString conjunction =
        language == Language::Danish ? QStringLiteral(" og ") : QStringLiteral(" and ");
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + conjunction + items.last();
}

QString alternatives(const QStringList &items, Language language)
{
    if (items.size() <= 1)
        return items.value(0);
    const bool da = language == Language::Danish;
    const QString last = items.mid(0, items.size() - 1).join(QStringLiteral(", ")) +
        (da ? QStringLiteral(" eller ") : QStringLiteral(" or ")) + items.last();
    return (da ? QStringLiteral("en af følgende: ") : QStringLiteral("one of the following: ")) +
        last;
}

QString format(const Parameter &parameter, const QString &value, Language language)
{
    const QString v = value.trimmed();
    switch (parameter.type) {
    case ParameterType::Integer:
    case ParameterType::Decimal: {
        const double number = v.toDouble();
        const QString digits = formatNumber(number, decimalsOf(v), language);
        switch (parameter.unit) {
        case Unit::Percent:
            return language == Language::Danish ? digits + QStringLiteral("\u00a0%")
                                                : digits + u'%';
        case Unit::Dkk:
            return language == Language::Danish ? digits + QStringLiteral("\u00a0kr.")
                                                : QStringLiteral("DKK\u00a0") + digits;
        case Unit::None:
            return digits;
        case Unit::Times:
            // "1 time a year" would read as an hour in English.
            if (language == Language::English && number == 1.0)
                return QStringLiteral("once");
            if (language == Language::English && number == 2.0)
                return QStringLiteral("twice");
            return digits + u'\u00a0' + unitWord(parameter.unit, number, language);
        default:
            return digits + u'\u00a0' + unitWord(parameter.unit, number, language);
        }
    }
    case ParameterType::Choice: {
        QStringList labels;
        const QStringList values = v.split(u' ', Qt::SkipEmptyParts);
        for (const QString &item : values) {
            const ParameterChoice *choice = parameter.choice(item);
            labels << (choice ? choice->label.get(language) : item);
        }
        if (parameter.cumulative || labels.size() < 2)
            return joinList(labels, language);
        return alternatives(labels, language);
    }
    case ParameterType::Date:
        return formatDate(QDate::fromString(v, Qt::ISODate), language);
    case ParameterType::Text:
    case ParameterType::Reference:
        return v;
    }
    return v;
}

QString canonicalNumber(const QString &typed, bool allowDecimals)
{
    QString t = typed.trimmed();
    t.remove(u' ');
    t.remove(u'\u00a0');
    // Danish: "1.000.000,5"; English: "1,000,000.5". A single separator followed by exactly three
    // digits is a thousands separator; otherwise the last separator is the decimal point.
    const qsizetype lastComma = t.lastIndexOf(u',');
    const qsizetype lastDot = t.lastIndexOf(u'.');
    QChar decimalSep;
    if (lastComma >= 0 && lastDot >= 0)
        decimalSep = lastComma > lastDot ? u',' : u'.';
    else if (lastComma >= 0 || lastDot >= 0) {
        const QChar sep = lastComma >= 0 ? u',' : u'.';
        const qsizetype at = lastComma >= 0 ? lastComma : lastDot;
        const bool groupsOnly = t.count(sep) > 1 || (t.size() - at - 1 == 3 && sep == u'.');
        if (!groupsOnly)
            decimalSep = sep;
    }
    QString canonical;
    for (const QChar c : std::as_const(t)) {
        if (c.isDigit() || (c == u'-' && canonical.isEmpty()))
            canonical += c;
        else if (!decimalSep.isNull() && c == decimalSep)
            canonical += u'.';
        else if (c == u'.' || c == u',')
            continue;
        else
            return {};
    }
    if (canonical.isEmpty() || canonical == QLatin1String("-"))
        return {};
    if (!allowDecimals && canonical.contains(u'.'))
        return {};
    return canonical;
}

} // namespace klausul::ParameterFormat
