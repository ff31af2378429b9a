#include "clause.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace klausul {

namespace {

template<typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, code] : table) {
        if (e == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromCode(
    const std::array<std::pair<Enum, const char *>, N> &table, const QString &code)
{
    for (const auto &[e, name] : table) {
        if (code == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<ClauseStatus, const char *>, 3> statusCodes {{
    {ClauseStatus::Draft, "draft"},
    {ClauseStatus::Approved, "approved"},
    {ClauseStatus::Withdrawn, "withdrawn"},
}};

constexpr std::array<std::pair<DigstOption, const char *>, 3> optionCodes {{
    {DigstOption::A, "A"},
    {DigstOption::B, "B"},
    {DigstOption::C, "C"},
}};

constexpr std::array<std::pair<RequirementType, const char *>, 4> typeCodes {{
    {RequirementType::MK, "MK"},
    {RequirementType::PK, "PK"},
    {RequirementType::K, "K"},
    {RequirementType::Option, "option"},
}};

constexpr std::array<std::pair<ParameterType, const char *>, 6> parameterTypeCodes {{
    {ParameterType::Integer, "integer"},
    {ParameterType::Decimal, "decimal"},
    {ParameterType::Choice, "choice"},
    {ParameterType::Text, "text"},
    {ParameterType::Date, "date"},
    {ParameterType::Reference, "reference"},
}};

constexpr std::array<std::pair<Unit, const char *>, 11> unitCodes {{
    {Unit::None, ""},
    {Unit::Minutes, "minutes"},
    {Unit::Hours, "hours"},
    {Unit::Days, "days"},
    {Unit::Workdays, "workdays"},
    {Unit::Weeks, "weeks"},
    {Unit::Months, "months"},
    {Unit::Years, "years"},
    {Unit::Percent, "percent"},
    {Unit::Dkk, "dkk"},
    {Unit::Times, "times"},
}};

} // namespace

QString statusCode(ClauseStatus status)
{
    return codeOf(statusCodes, status);
}

std::optional<ClauseStatus> statusFromCode(const QString &code)
{
    return fromCode(statusCodes, code);
}

QString optionCode(DigstOption option)
{
    return codeOf(optionCodes, option);
}

std::optional<DigstOption> optionFromCode(const QString &code)
{
    return fromCode(optionCodes, code.toUpper());
}

QString tierCode(Tier tier)
{
    switch (tier) {
    case Tier::Core:
        return QStringLiteral("core");
    case Tier::Recommended:
        return QStringLiteral("recommended");
    case Tier::Optional:
        break;
    }
    return QStringLiteral("optional");
}

std::optional<Tier> tierFromCode(const QString &code)
{
    for (const Tier tier : {Tier::Core, Tier::Recommended, Tier::Optional}) {
        if (tierCode(tier) == code)
            return tier;
    }
    return std::nullopt;
}

QString requirementTypeCode(RequirementType type)
{
    return codeOf(typeCodes, type);
}

std::optional<RequirementType> requirementTypeFromCode(const QString &code)
{
    if (code.compare(QLatin1String("option"), Qt::CaseInsensitive) == 0)
        return RequirementType::Option;
    return fromCode(typeCodes, code.toUpper());
}

QString parameterTypeCode(ParameterType type)
{
    return codeOf(parameterTypeCodes, type);
}

std::optional<ParameterType> parameterTypeFromCode(const QString &code)
{
    return fromCode(parameterTypeCodes, code);
}

QString unitCode(Unit unit)
{
    return codeOf(unitCodes, unit);
}

Unit unitFromCode(const QString &code)
{
    return fromCode(unitCodes, code).value_or(Unit::None);
}

const ParameterChoice *Parameter::choice(const QString &value) const
{
    const auto it = std::find_if(choices.cbegin(), choices.cend(),
        [&](const ParameterChoice &c) { return c.value == value; });
    return it == choices.cend() ? nullptr : &*it;
}

bool Parameter::isRequired() const
{
    if (type == ParameterType::Reference)
        return role == QLatin1String("requirement") && target.isEmpty() && !defaultValue;
    return !defaultValue;
}

const Parameter *Clause::parameter(const QString &parameterId) const
{
    const auto it = std::find_if(parameters.cbegin(), parameters.cend(),
        [&](const Parameter &p) { return p.id == parameterId; });
    return it == parameters.cend() ? nullptr : &*it;
}

const Variant *Clause::variant(const QString &variantId) const
{
    const auto it = std::find_if(
        variants.cbegin(), variants.cend(), [&](const Variant &v) { return v.id == variantId; });
    return it == variants.cend() ? nullptr : &*it;
}

const Translated<PackedFlow> &Clause::bodyFor(const QString &variantId) const
{
    if (!variantId.isEmpty()) {
        if (const Variant *v = variant(variantId))
            return v->body;
    }
    return body;
}

QStringList Clause::languages() const
{
    QStringList codes;
    for (Language language : {Language::Danish, Language::English}) {
        if (title.has(language) && body.has(language))
            codes << languageCode(language);
    }
    return codes;
}

bool Clause::hasReference(const QString &scheme, const QString &referenceId) const
{
    return std::any_of(references.cbegin(), references.cend(),
        [&](const Reference &r) { return r.scheme == scheme && r.id == referenceId; });
}

bool Clause::isSocietyCritical() const
{
    return std::any_of(references.cbegin(), references.cend(),
        [](const Reference &r) { return r.scheme == QLatin1String("society-critical"); });
}

double hoursPerUnit(Unit unit)
{
    switch (unit) {
    case Unit::Minutes:
        return 1.0 / 60.0;
    case Unit::Hours:
        return 1.0;
    case Unit::Days:
        return 24.0;
    case Unit::Weeks:
        return 24.0 * 7.0;
    default:
        return 0.0;
    }
}

const std::array<GuidanceHeading, 6> &guidanceHeadings()
{
    static const std::array<GuidanceHeading, 6> headings {{
        {"purpose", "purpose", &Guidance::purpose,
            QT_TRANSLATE_NOOP("klausul::Guidance", "Purpose")},
        {"contract-types", "contractTypes", &Guidance::contractTypes,
            QT_TRANSLATE_NOOP("klausul::Guidance", "Suitable contract types")},
        {"pros-cons", "prosCons", &Guidance::prosCons,
            QT_TRANSLATE_NOOP("klausul::Guidance", "Pros and cons")},
        {"follow-up", "followUp", &Guidance::followUp,
            QT_TRANSLATE_NOOP("klausul::Guidance", "Follow-up during operation")},
        {"remedies", "remedies", &Guidance::remedies,
            QT_TRANSLATE_NOOP("klausul::Guidance", "Remedies")},
        {"legal-note", "legalNote", &Guidance::legalNote,
            QT_TRANSLATE_NOOP("klausul::Guidance", "Note for legal review")},
    }};
    return headings;
}

QString GuidanceHeading::translatedTitle() const
{
    return QCoreApplication::translate("klausul::Guidance", title);
}

} // namespace klausul
