#pragma once

#include "draft.h"
#include "library.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace klausul {

/** An MK that restricts the market (<restricts>): whom it excludes and the open alternative. */
struct CompetitionWarning
{
    QString clauseId;
    QString variant;
    QString kind; ///< data-location, third-country-access, certification, deadline
    QString excludes; ///< in the requested language
    RequirementType alternative = RequirementType::PK;
    QString text; ///< one translated sentence: the restriction, what it excludes, the alternative
};

/** One clause the risk profile suggests, and why. */
struct Suggestion
{
    QString clauseId;
    QStringList because; ///< the answers that made it apply, e.g. "Criticality: High"
    QString reason; ///< one translated sentence
    QString variant; ///< suggested variant ("" for the standard text)
    RequirementType type = RequirementType::K;
    bool inDraft = false;
    bool societyCritical = false;
    Tier tier = Tier::Optional;
    QString tierReason; ///< why this tier (translated)
    QStringList variantBecause; ///< the answers that call for the stricter variant
    QString variantWithheld; ///< why a called-for stricter variant is not suggested (a conflict)
    bool coveredByOption = false; ///< moved down a tier because option A/B covers the subject
    QStringList optionControls; ///< ISO/IEC 27001 controls option A/B covers for this clause
    QList<CompetitionWarning> warnings;
};

/** What the wizard ticks for a profile before the user changes anything. */
struct ProfileSelection
{
    QStringList keep; ///< clause ids: every suggestion and every clause already in the draft
    QMap<QString, QString> variants; ///< clause id -> suggested variant (new clauses get it)
};

/** The DIGST option the profile points to, with the reasoning. */
struct OptionAdvice
{
    DigstOption option = DigstOption::C;
    QString reason;
    QStringList clauseIds; ///< the option's clause(s) in the library
};

/**
 * The risk-based approach: the clauses' declarative applicability conditions evaluated against
 * the draft's risk-profile answers, DIGST's option logic (A certification, B documented
 * compliance with the authority's SoA, C specific clauses), and follow-or-explain for the
 * society-critical catalogue.
 */
class RiskProfile
{
    Q_DECLARE_TR_FUNCTIONS(klausul::RiskProfile)

public:
    enum class Truth { False, True, Unknown };

    /** The answer to a question: the draft's, else the question's default; empty when neither. */
    static QString answer(
        const Library &library, const QMap<QString, QString> &answers, const QString &question);
    /**
     * The answer conditions see: an answer whose option declares `assume` (a "Don't know" with
     * a cautious guess) counts as the assumed answer when `assumptions` is true.
     */
    static QString assumedAnswer(const Library &library, const QMap<QString, QString> &answers,
        const QString &question, bool assumptions = true);
    /**
     * Evaluates a condition; `reasons` collects the answers that decided it. An answer of
     * "Don't know" counts as the answer its option assumes (with `assumptions`), else such an
     * answer, "unknown" or none makes a `when` Unknown; all/any/not follow three-valued logic.
     */
    static Truth evaluate(const Condition &condition, const Library &library,
        const QMap<QString, QString> &answers, QStringList *reasons, bool assumptions = true);
    /**
     * The questions the draft answers "Don't know" (an option with an assumed answer) as
     * warnings: the assumption is named and the user asked to settle it.
     */
    static IssueList openAnswerIssues(
        const Library &library, const Draft &draft, const QString &draftFile);
    static OptionAdvice optionAdvice(const Library &library, const QMap<QString, QString> &answers);
    /** Every clause the profile makes apply, in library order, with reasons. */
    static QList<Suggestion> suggest(const Library &library, const Draft &draft);
    /** The number of suggestions of `tier`. */
    static int count(const QList<Suggestion> &suggestions, Tier tier);
    /**
     * Competition warnings of `clause` in `variant` as a requirement of `type`: only an MK
     * restricts the market (a PK or K lets every bidder in). Texts in `language`.
     */
    static QList<CompetitionWarning> competitionWarnings(
        const Clause &clause, const QString &variant, RequirementType type, Language language);
    /** Competition warnings of every requirement in the draft, in the draft's language. */
    static QList<CompetitionWarning> competitionWarnings(
        const Library &library, const Draft &draft);
    /** Competition warnings of the draft's requirements as notes (problems, review edition). */
    static IssueList competitionIssues(
        const Library &library, const Draft &draft, const QString &draftFile);
    /** Translated name of a tier, e.g. "Core". */
    static QString tierName(Tier tier);

    /** Clauses whose applicability cannot be decided because of unanswered questions. */
    static QStringList undecided(const Library &library, const Draft &draft);

    /**
     * The draft after the wizard: new answers; the clauses in `keep` (suggested or already there)
     * present, each new one with its suggested variant; items of clauses not in `keep` removed
     * (their numbers withdrawn), except the authority's own requirements, which always stay;
     * `explanations` recorded by `author`.
     */
    static Draft apply(const Library &library, const Draft &draft,
        const QMap<QString, QString> &answers, const QStringList &keep,
        const QMap<QString, QString> &variants, const QMap<QString, QString> &explanations,
        const QString &author);

    /**
     * The wizard's default choice for `answers`: every core and recommended suggestion (optional
     * ones start unticked), and every clause already in the draft even when no longer suggested
     * (the user chose it), each suggestion with its variant; clauses undecided for lack of
     * answers are not kept. With `types` only new suggestions of those requirement types are
     * added, with `tiers` only new suggestions of those tiers (the draft's own clauses are kept
     * whatever their type or tier). Re-running the wizard and `klausul-cli apply` both start
     * from this.
     */
    static ProfileSelection defaultSelection(const Library &library, const Draft &draft,
        const QMap<QString, QString> &answers, const QList<RequirementType> &types = {},
        const QList<Tier> &tiers = {Tier::Core, Tier::Recommended});

    /** True when the profile says the system is society-critical. */
    static bool isSocietyCritical(const Library &library, const Draft &draft);
    /** True when follow-or-explain binds the customer: a society-critical system of a state
        authority. DIGST's catalogue is aimed at the state; municipalities and regions may use it
        as inspiration. */
    static bool followOrExplainApplies(const Library &library, const Draft &draft);
    /** Catalogue provisions (not withdrawn) that are neither in the annex nor explained. */
    static QList<const Clause *> unexplained(const Library &library, const Draft &draft);
    /** Follow-or-explain problems as errors (empty when the system is not society-critical). */
    static IssueList followOrExplainIssues(
        const Library &library, const Draft &draft, const QString &draftFile);
};

} // namespace klausul
