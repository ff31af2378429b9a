#pragma once

#include "language.h"
#include "packedflow.h"
#include "packedtext.h"
#include "richtext.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace klausul {

enum class ClauseStatus { Draft, Approved, Withdrawn };
/** DIGST's three options: A ISO 27001 certification, B documented compliance, C specific clause. */
enum class DigstOption { A, B, C };
/** MK mindstekrav, PK prioriteret krav, K krav, Option. */
enum class RequirementType { MK, PK, K, Option };
enum class ParameterType { Integer, Decimal, Choice, Text, Date, Reference };
enum class Unit { None, Minutes, Hours, Days, Workdays, Weeks, Months, Years, Percent, Dkk, Times };

QString statusCode(ClauseStatus status);
std::optional<ClauseStatus> statusFromCode(const QString &code);
QString optionCode(DigstOption option);
std::optional<DigstOption> optionFromCode(const QString &code);
QString requirementTypeCode(RequirementType type);
std::optional<RequirementType> requirementTypeFromCode(const QString &code);
QString parameterTypeCode(ParameterType type);
std::optional<ParameterType> parameterTypeFromCode(const QString &code);
QString unitCode(Unit unit);
Unit unitFromCode(const QString &code);
/** Hours per unit, for comparing durations; 0 when the unit is not a duration that converts. */
double hoursPerUnit(Unit unit);

/** One value of a choice parameter. */
struct ParameterChoice
{
    QString value;
    PackedTranslatedText label;
};

/** A typed value slot of a clause: the procurement officer fills it in per contract. */
struct Parameter
{
    QString id;
    ParameterType type = ParameterType::Text;
    Unit unit = Unit::None;
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool multiple = false;
    std::optional<QString> defaultValue; ///< canonical form; no default: must be filled in
    /** Multi-choice: true when the chosen values are cumulative ("A og B"), false for
     * alternatives ("en af følgende: A eller B"). */
    bool cumulative = true;
    bool combineDeclared = false; ///< the clause says "and" or "or" (required with multiple)
    /** Reference: the role of the annex it points to (contract map), or "requirement". */
    QString role;
    /** Reference with role "requirement": the clause whose requirement number is meant. */
    QString target;
    PackedTranslatedText label;
    PackedTranslatedText guidance;
    QList<ParameterChoice> choices;
    int line = 0;

    const ParameterChoice *choice(const QString &value) const;
    /** True when the procurement officer must fill the value in (no default, not a reference
     * resolved from the contract map). */
    bool isRequired() const;
};

/** An alternative wording, e.g. basis and skærpet (stricter). */
struct Variant
{
    QString id;
    PackedTranslatedText label;
    Translated<PackedFlow> body;
    std::optional<RequirementType> type;
    int line = 0;
};

/** Guidance in one language under DIGST's five headings, plus a note for legal review. */
struct Guidance
{
    PackedFlow purpose;
    PackedFlow contractTypes;
    PackedFlow prosCons;
    PackedFlow followUp;
    PackedFlow remedies;
    PackedFlow legalNote;

    bool isEmpty() const
    {
        return purpose.isEmpty() && contractTypes.isEmpty() && prosCons.isEmpty() &&
            followUp.isEmpty() && remedies.isEmpty() && legalNote.isEmpty();
    }
    friend bool operator==(const Guidance &a, const Guidance &b)
    {
        return a.purpose == b.purpose && a.contractTypes == b.contractTypes &&
            a.prosCons == b.prosCons && a.followUp == b.followUp && a.remedies == b.remedies &&
            a.legalNote == b.legalNote;
    }
};

/**
 * One of the six guidance headings: its element in clause XML, its key in JSON, the Guidance
 * member that holds it and its title for the user. guidanceHeadings() is the one list of them.
 */
struct GuidanceHeading
{
    const char *element;
    const char *jsonKey;
    PackedFlow Guidance::*member;
    const char *title; ///< untranslated; title() translates it
    QString translatedTitle() const;
};

/** The guidance headings in their order of appearance (DIGST's five and the legal note). */
const std::array<GuidanceHeading, 6> &guidanceHeadings();

/** A reference to a control or article of a framework. */
struct Reference
{
    QString scheme; ///< iso27001, cis, nis2, gdpr, cfcs-top4, society-critical
    QString version; ///< e.g. 2022 for iso27001, 8 for cis; empty where the scheme has none
    QString id; ///< e.g. 5.24, 17, 21(2)(b), 28(3)(a), 2, kontrol
    int line = 0;

    /** The scheme as the JSON output names it: "iso27001:2022", "cis:8", "nis2", … */
    QString schemeKey() const { return version.isEmpty() ? scheme : scheme + u':' + version; }
    friend bool operator==(const Reference &a, const Reference &b)
    {
        return a.scheme == b.scheme && a.version == b.version && a.id == b.id;
    }
};

/** A declarative applicability condition over risk-profile answers. */
struct Condition
{
    enum class Kind { All, Any, Not, When };
    Kind kind = Kind::All;
    QString question; ///< When
    QStringList values; ///< When: true if the answer is one of these
    QList<Condition> children; ///< All, Any, Not (Not: none of... i.e. not all of the children)
    int line = 0;
};

/** How strongly the risk profile suggests an applicable clause. */
enum class Tier { Core, Recommended, Optional };
QString tierCode(Tier tier);
/** "core", "recommended" or "optional"; nullopt otherwise. */
std::optional<Tier> tierFromCode(const QString &code);

/** A stricter variant and the answers that call for it (<stricter variant="…">). */
struct StricterRule
{
    QString variant;
    Condition condition; ///< kind All
    int line = 0;
};

/** The clause (or one variant) restricts the market when used as MK (<restricts>). */
struct MarketRestriction
{
    QString variant; ///< empty: the clause in any wording
    QString kind; ///< data-location, third-country-access, certification, deadline
    RequirementType alternative = RequirementType::PK; ///< the type that keeps the market open
    PackedTranslatedText excludes; ///< whom it excludes
    int line = 0;
};

/** The suggestion rules of a clause (<suggestion>); without them an applicable clause is optional.
 */
struct SuggestionRules
{
    bool declared = false;
    Tier tier = Tier::Optional; ///< when neither `core` nor `recommended` holds
    std::optional<Condition> core;
    std::optional<Condition> recommended;
    /** Whether option A/B covers the subject; unset: covered when it refers to ISO 27001. */
    std::optional<bool> optionCovered;
    QList<StricterRule> stricter;
    QList<MarketRestriction> restricts;
    int line = 0;
};

struct HistoryEntry
{
    int version = 0;
    QDate date;
    PackedTranslatedText text;
};

/** A clause of the library: immutable once loaded. */
struct Clause
{
    QString id;
    int version = 1;
    ClauseStatus status = ClauseStatus::Approved;
    QString replacedBy;
    DigstOption option = DigstOption::C;
    QString theme;
    RequirementType type = RequirementType::K;
    PackedTranslatedText title;
    /** Clause texts are packed (PackedFlow): a library holds thousands of them. */
    Translated<PackedFlow> body;
    QList<Variant> variants;
    QList<Parameter> parameters;
    Translated<Guidance> guidance;
    QList<Reference> references;
    QStringList contractTypes;
    std::optional<Condition> applies; ///< kind All; none: always applies
    SuggestionRules suggestion;
    QList<HistoryEntry> history;

    QString sourceFile;
    int line = 0;

    const Parameter *parameter(const QString &id) const;
    const Variant *variant(const QString &id) const;
    /** The body of a variant, or the standard body when `variantId` is empty or unknown. */
    const Translated<PackedFlow> &bodyFor(const QString &variantId) const;
    /** Languages that have both a title and a body, e.g. ["da", "en"]. */
    QStringList languages() const;
    bool hasReference(const QString &scheme, const QString &id) const;
    /** True for provisions of the society-critical catalogue (follow-or-explain). */
    bool isSocietyCritical() const;
};

} // namespace klausul
