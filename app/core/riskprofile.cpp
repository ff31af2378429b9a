#include "riskprofile.h"

#include "draftdocument.h"
#include "translations.h"

#include <QJsonArray>
#include <QSet>

namespace klausul {

QString RiskProfile::answer(
    const Library &library, const QMap<QString, QString> &answers, const QString &question)
{
    const QString given = answers.value(question);
    if (!given.isEmpty())
        return given;
    const Question *q = library.question(question);
    return q ? q->defaultValue : QString();
}

QString RiskProfile::assumedAnswer(const Library &library, const QMap<QString, QString> &answers,
    const QString &question, bool assumptions)
{
    const QString value = answer(library, answers, question);
    const Question *q = library.question(question);
    const QuestionOption *option = q ? q->option(value) : nullptr;
    if (option && !option->assume.isEmpty())
        return assumptions ? option->assume : QStringLiteral("unknown");
    return value;
}

RiskProfile::Truth RiskProfile::evaluate(const Condition &condition, const Library &library,
    const QMap<QString, QString> &answers, QStringList *reasons, bool assumptions)
{
    switch (condition.kind) {
    case Condition::Kind::When: {
        const QString given = answer(library, answers, condition.question);
        const QString value = assumedAnswer(library, answers, condition.question, assumptions);
        const bool match = !value.isEmpty() &&
            (condition.values.contains(value) || condition.values.contains(given));
        // "Don't know" (or no answer at all) decides nothing, unless a condition names it.
        if (!match && (value.isEmpty() || value == QLatin1String("unknown")))
            return Truth::Unknown;
        if (match && reasons) {
            const Question *q = library.question(condition.question);
            const QuestionOption *option = q ? q->option(given) : nullptr;
            const QuestionOption *assumed = q && value != given ? q->option(value) : nullptr;
            const Language language = uiLanguage();
            QString label = option ? option->label.get(language) : given;
            if (assumed)
                label = tr("%1 (assumed: %2)").arg(label, assumed->label.get(language));
            reasons->append(
                (q ? q->text.get(language) : condition.question) + QStringLiteral(" ") + label);
        }
        return match ? Truth::True : Truth::False;
    }
    case Condition::Kind::All: {
        bool unknown = false;
        QStringList collected;
        for (const Condition &child : condition.children) {
            const Truth t = evaluate(child, library, answers, &collected, assumptions);
            if (t == Truth::False)
                return Truth::False;
            unknown = unknown || t == Truth::Unknown;
        }
        if (unknown)
            return Truth::Unknown;
        if (reasons)
            reasons->append(collected);
        return Truth::True;
    }
    case Condition::Kind::Any: {
        bool unknown = false;
        bool any = false;
        for (const Condition &child : condition.children) {
            const Truth t = evaluate(child, library, answers, reasons, assumptions);
            any = any || t == Truth::True;
            unknown = unknown || t == Truth::Unknown;
        }
        if (any)
            return Truth::True;
        return unknown ? Truth::Unknown : Truth::False;
    }
    case Condition::Kind::Not: {
        Condition all = condition;
        all.kind = Condition::Kind::All;
        const Truth t = evaluate(all, library, answers, nullptr, assumptions);
        if (t == Truth::Unknown)
            return Truth::Unknown;
        return t == Truth::True ? Truth::False : Truth::True;
    }
    }
    return Truth::Unknown;
}

OptionAdvice RiskProfile::optionAdvice(
    const Library &library, const QMap<QString, QString> &answers)
{
    OptionAdvice advice;
    const QString certified = answer(library, answers, QStringLiteral("supplier-certified"));
    const QString soa = answer(library, answers, QStringLiteral("own-soa"));
    if (certified == QLatin1String("yes")) {
        advice.option = DigstOption::A;
        advice.reason =
            tr("Option A: the relevant suppliers are typically ISO/IEC 27001 certified, so "
               "the contract can require certification or equivalent.");
    } else if (soa == QLatin1String("yes")) {
        advice.option = DigstOption::B;
        advice.reason =
            tr("Option B: certification cannot be expected of the suppliers, but the "
               "authority has its own Statement of Applicability, so the contract can "
               "require documented compliance with ISO/IEC 27001 including the relevant "
               "controls of that statement.");
    } else {
        advice.option = DigstOption::C;
        advice.reason = tr("Option C: neither certification nor the authority's own Statement of "
                           "Applicability can be relied on, so specific clauses are combined to "
                           "cover the authority's concrete security needs.");
    }
    for (const Clause &clause : library.clauses()) {
        if (clause.option == advice.option && advice.option != DigstOption::C &&
            clause.status != ClauseStatus::Withdrawn)
            advice.clauseIds << clause.id;
    }
    return advice;
}

namespace {
Tier lower(Tier tier)
{
    return tier == Tier::Core ? Tier::Recommended : Tier::Optional;
}

/** The declared conflict that forbids `variant` of `clause` with these answers, or nullptr. */
const Constraint *answerConflict(const Library &library, const QMap<QString, QString> &answers,
    const QString &clause, const QString &variant)
{
    for (const Constraint &c : library.constraints()) {
        if (c.kind != Constraint::Kind::AnswerConflict || c.clause != clause ||
            c.variant != variant)
            continue;
        // "Don't know" conflicts like the answer it assumes.
        if (c.answers.contains(RiskProfile::answer(library, answers, c.question)) ||
            c.answers.contains(RiskProfile::assumedAnswer(library, answers, c.question)))
            return &c;
    }
    return nullptr;
}

/** The declared conflict of `variant` of `clause` with a requirement of the draft, or nullptr. */
const Constraint *draftConflict(
    const Library &library, const Draft &draft, const QString &clause, const QString &variant)
{
    for (const Constraint &c : library.constraints()) {
        if (c.kind != Constraint::Kind::ClauseConflict)
            continue;
        const bool first = c.clause == clause && c.variant == variant;
        const bool second = c.otherClause == clause && c.otherVariant == variant;
        if (!first && !second)
            continue;
        const QString other = first ? c.otherClause : c.clause;
        const QString otherVariant = first ? c.otherVariant : c.variant;
        for (const DraftItem *item : draft.itemsForClause(other)) {
            if (otherVariant.isEmpty() || item->variant == otherVariant)
                return &c;
        }
    }
    return nullptr;
}

QStringList isoControls(const Clause &clause)
{
    QStringList ids;
    for (const Reference &r : clause.references) {
        if (r.scheme == QLatin1String("iso27001"))
            ids << r.id;
    }
    return ids;
}
} // namespace

QString RiskProfile::tierName(Tier tier)
{
    switch (tier) {
    case Tier::Core:
        return tr("Core");
    case Tier::Recommended:
        return tr("Recommended");
    case Tier::Optional:
        break;
    }
    return tr("Optional");
}

int RiskProfile::count(const QList<Suggestion> &suggestions, Tier tier)
{
    return int(std::count_if(suggestions.cbegin(), suggestions.cend(),
        [tier](const Suggestion &s) { return s.tier == tier; }));
}

QList<CompetitionWarning> RiskProfile::competitionWarnings(
    const Clause &clause, const QString &variant, RequirementType type, Language language)
{
    QList<CompetitionWarning> warnings;
    if (type != RequirementType::MK)
        return warnings;
    for (const MarketRestriction &r : clause.suggestion.restricts) {
        if (!r.variant.isEmpty() && r.variant != variant)
            continue;
        CompetitionWarning w;
        w.clauseId = clause.id;
        w.variant = r.variant;
        w.kind = r.kind;
        w.excludes = r.excludes.get(language);
        w.alternative = r.alternative;
        QString what;
        if (r.kind == QLatin1String("data-location"))
            what = tr("requires data or operation in named countries");
        else if (r.kind == QLatin1String("third-country-access"))
            what = tr("forbids remote access from third countries");
        else if (r.kind == QLatin1String("certification"))
            what = tr("requires a named certification");
        else
            what = tr("sets a deadline shorter than market practice");
        w.text = tr("Restricts competition: as a minimum requirement (MK) %1 %2. It excludes: %3 "
                    "Consider it as %4 instead, so that bidders who cannot meet it are scored, "
                    "not rejected.")
                     .arg(clause.id, what, w.excludes, requirementTypeCode(r.alternative));
        warnings.append(w);
    }
    return warnings;
}

QList<CompetitionWarning> RiskProfile::competitionWarnings(
    const Library &library, const Draft &draft)
{
    QList<CompetitionWarning> warnings;
    for (const DraftItem *item : draft.items()) {
        const Clause *clause = library.clause(item->clauseId);
        if (!clause)
            continue;
        const Variant *variant = clause->variant(item->variant);
        RequirementType type = variant && variant->type ? *variant->type : clause->type;
        if (item->type)
            type = *item->type;
        warnings.append(competitionWarnings(*clause, item->variant, type, draft.metadata.language));
    }
    return warnings;
}

IssueList RiskProfile::competitionIssues(
    const Library &library, const Draft &draft, const QString &draftFile)
{
    IssueList issues;
    for (const CompetitionWarning &w : competitionWarnings(library, draft)) {
        Issue issue = Issue::note(w.text, draftFile);
        issue.clauseId = w.clauseId;
        issue.field = QStringLiteral("type");
        issues.append(issue);
    }
    return issues;
}

QList<Suggestion> RiskProfile::suggest(const Library &library, const Draft &draft)
{
    QList<Suggestion> suggestions;
    const OptionAdvice advice = optionAdvice(library, draft.answers);
    const bool optionCovers = advice.option != DigstOption::C;
    for (const Clause &clause : library.clauses()) {
        if (clause.status == ClauseStatus::Withdrawn)
            continue;
        QStringList because;
        bool applies = !clause.applies;
        if (clause.applies)
            applies = evaluate(*clause.applies, library, draft.answers, &because) == Truth::True;
        if (!applies || answerConflict(library, draft.answers, clause.id, QString()))
            continue;
        because.removeDuplicates();
        Suggestion s;
        s.clauseId = clause.id;
        s.because = because;
        s.societyCritical = clause.isSocietyCritical();
        s.inDraft = !draft.itemsForClause(clause.id).isEmpty();

        // The tier: <core> if it holds, else <recommended>, else the declared default.
        const SuggestionRules &rules = clause.suggestion;
        QStringList tierBecause;
        QStringList coreBecause;
        QStringList recommendedBecause;
        if (rules.core &&
            evaluate(*rules.core, library, draft.answers, &coreBecause) == Truth::True) {
            s.tier = Tier::Core;
            tierBecause = coreBecause;
        } else if (rules.recommended &&
            evaluate(*rules.recommended, library, draft.answers, &recommendedBecause) ==
                Truth::True) {
            s.tier = Tier::Recommended;
            tierBecause = recommendedBecause;
        } else {
            s.tier = rules.tier;
        }
        tierBecause.removeDuplicates();
        // An answer of "Don't know" is a guess: what rests on it is never core.
        const bool restsOnGuess = s.tier == Tier::Core &&
            ((clause.applies &&
                 evaluate(*clause.applies, library, draft.answers, nullptr, false) !=
                     Truth::True) ||
                (rules.core &&
                    evaluate(*rules.core, library, draft.answers, nullptr) == Truth::True &&
                    evaluate(*rules.core, library, draft.answers, nullptr, false) != Truth::True));
        if (restsOnGuess) {
            s.tier = Tier::Recommended;
            s.tierReason =
                tr("Recommended, not core: it rests on an answer of \"Don't know\" "
                   "(%1).")
                    .arg(
                        (tierBecause.isEmpty() ? because : tierBecause).join(QStringLiteral("; ")));
        } else if (!rules.declared)
            s.tierReason = tr("Optional: the library gives this clause no tier.");
        else if (!tierBecause.isEmpty())
            s.tierReason = tr("%1 because of the answers: %2.")
                               .arg(tierName(s.tier), tierBecause.join(QStringLiteral("; ")));
        else if (s.tier == Tier::Optional)
            s.tierReason = tr("Optional: it applies, but nothing in the profile calls for it.");
        else
            s.tierReason = tr("%1 for every profile it applies to.").arg(tierName(s.tier));

        // Options A and B cover the subject of clauses that only repeat ISO/IEC 27001 controls.
        const QStringList controls = isoControls(clause);
        const bool covered = rules.optionCovered.value_or(!controls.isEmpty());
        if (optionCovers && clause.option == DigstOption::C && covered &&
            s.tier != Tier::Optional && !s.societyCritical) {
            const Tier before = s.tier;
            s.tier = lower(s.tier);
            s.coveredByOption = true;
            s.optionControls = controls;
            s.tierReason = tr("%1: option %2 already covers ISO/IEC 27001 %3, so it moves down "
                              "from %4. (%5)")
                               .arg(tierName(s.tier), optionCode(advice.option),
                                   controls.join(QStringLiteral(", ")), tierName(before).toLower(),
                                   s.tierReason);
        }

        // A stricter variant only for the answers that call for it, never against a conflict.
        for (const StricterRule &rule : rules.stricter) {
            QStringList variantBecause;
            // A guess ("Don't know") never calls for a stricter variant.
            if (evaluate(rule.condition, library, draft.answers, &variantBecause, false) !=
                Truth::True)
                continue;
            const Constraint *conflict =
                answerConflict(library, draft.answers, clause.id, rule.variant);
            if (!conflict)
                conflict = draftConflict(library, draft, clause.id, rule.variant);
            if (conflict) {
                const Variant *v = clause.variant(rule.variant);
                s.variantWithheld = tr("The variant \"%1\" is not suggested: %2")
                                        .arg(v ? v->label.get(uiLanguage()) : rule.variant,
                                            conflict->reason.get(uiLanguage()));
                continue;
            }
            variantBecause.removeDuplicates();
            s.variant = rule.variant;
            s.variantBecause = variantBecause;
            break;
        }
        const Variant *variant = clause.variant(s.variant);
        s.type = variant && variant->type ? *variant->type : clause.type;
        if (clause.option != DigstOption::C)
            s.reason = advice.reason;
        else if (!clause.applies)
            s.reason = tr("Applies to every contract.");
        else
            s.reason = tr("Based on the answers: %1.").arg(because.join(QStringLiteral("; ")));
        if (s.societyCritical && followOrExplainApplies(library, draft))
            s.reason +=
                u' ' + tr("A provision of the society-critical catalogue: follow or explain.");
        else if (s.societyCritical)
            s.reason += u' ' +
                tr("A provision of the society-critical catalogue, which municipalities and "
                   "regions may use as inspiration.");
        if (!s.variant.isEmpty())
            s.reason += u' ' +
                tr("The stricter variant is suggested because of the answers: %1.")
                    .arg(s.variantBecause.join(QStringLiteral("; ")));
        s.warnings = competitionWarnings(clause, s.variant, s.type, uiLanguage());
        suggestions.append(s);
    }
    return suggestions;
}

QStringList RiskProfile::undecided(const Library &library, const Draft &draft)
{
    QStringList ids;
    for (const Clause &clause : library.clauses()) {
        if (clause.applies && clause.status != ClauseStatus::Withdrawn &&
            evaluate(*clause.applies, library, draft.answers, nullptr) == Truth::Unknown)
            ids << clause.id;
    }
    return ids;
}

Draft RiskProfile::apply(const Library &library, const Draft &draft,
    const QMap<QString, QString> &answers, const QStringList &keep,
    const QMap<QString, QString> &variants, const QMap<QString, QString> &explanations,
    const QString &author)
{
    Draft result = draft;
    result.answers = answers;
    // Remove what was unticked (own requirements are never removed here).
    for (const DraftItem *item : draft.items()) {
        if (item->isOwnRequirement() || keep.contains(item->clauseId))
            continue;
        const Clause *clause = library.clause(item->clauseId);
        result.removeItem(
            item->uid, clause ? clause->title.get(draft.metadata.language) : item->clauseId);
    }
    for (int s = int(result.sections.size()) - 1; s >= 0; --s) {
        if (result.sections.at(s).items.isEmpty())
            result.sections.removeAt(s);
    }
    // Add what is new, in library order, with the suggested variant.
    for (const Clause &clause : library.clauses()) {
        if (!keep.contains(clause.id) || !result.itemsForClause(clause.id).isEmpty())
            continue;
        const QString uid = DraftDocument::insertClause(result, library, clause.id);
        if (DraftItem *item = result.item(uid))
            item->variant = variants.value(clause.id);
    }
    const QDateTime now = Draft::timestamp();
    for (auto it = explanations.cbegin(); it != explanations.cend(); ++it) {
        if (it.value().trimmed().isEmpty() || !result.itemsForClause(it.key()).isEmpty())
            continue;
        auto existing = std::find_if(result.explanations.begin(), result.explanations.end(),
            [&](const Explanation &e) { return e.clauseId == it.key(); });
        const Explanation explanation {it.key(), author, now, it.value().trimmed()};
        if (existing == result.explanations.end())
            result.explanations.append(explanation);
        else
            *existing = explanation;
    }
    return result;
}

ProfileSelection RiskProfile::defaultSelection(const Library &library, const Draft &draft,
    const QMap<QString, QString> &answers, const QList<RequirementType> &types,
    const QList<Tier> &tiers)
{
    ProfileSelection selection;
    Draft preview = draft;
    preview.answers = answers;
    for (const Suggestion &s : suggest(library, preview)) {
        if (!s.inDraft && !types.isEmpty() && !types.contains(s.type))
            continue;
        if (!s.inDraft && !tiers.contains(s.tier))
            continue;
        selection.keep << s.clauseId;
        if (!s.variant.isEmpty())
            selection.variants.insert(s.clauseId, s.variant);
    }
    for (const DraftItem *item : draft.items()) {
        if (!item->isOwnRequirement() && !selection.keep.contains(item->clauseId))
            selection.keep << item->clauseId;
    }
    return selection;
}

bool RiskProfile::isSocietyCritical(const Library &library, const Draft &draft)
{
    return answer(library, draft.answers, QStringLiteral("society-critical")) ==
        QLatin1String("yes");
}

bool RiskProfile::followOrExplainApplies(const Library &library, const Draft &draft)
{
    const QString kind = answer(library, draft.answers, QStringLiteral("authority-kind"));
    return isSocietyCritical(library, draft) && (kind.isEmpty() || kind == QLatin1String("state"));
}

QList<const Clause *> RiskProfile::unexplained(const Library &library, const Draft &draft)
{
    QList<const Clause *> missing;
    if (!followOrExplainApplies(library, draft))
        return missing;
    for (const Clause &clause : library.clauses()) {
        if (!clause.isSocietyCritical() || clause.status == ClauseStatus::Withdrawn)
            continue;
        if (!draft.itemsForClause(clause.id).isEmpty())
            continue;
        const Explanation *explanation = draft.explanation(clause.id);
        if (explanation && !explanation->text.trimmed().isEmpty())
            continue;
        missing << &clause;
    }
    return missing;
}

IssueList RiskProfile::openAnswerIssues(
    const Library &library, const Draft &draft, const QString &draftFile)
{
    IssueList issues;
    const Language language = uiLanguage();
    for (const Question &question : library.questions()) {
        const QuestionOption *option = question.option(draft.answers.value(question.id));
        const QuestionOption *assumed =
            option && !option->assume.isEmpty() ? question.option(option->assume) : nullptr;
        if (!assumed)
            continue; // an answer the library does not know is reported by the annex builder
        const QString text =
            tr("the risk-profile question \"%1\" is answered \"%2\": the suggestions assume "
               "\"%3\". Settle the answer before the tender is published.")
                .arg(question.text.get(language), option->label.get(language),
                    assumed->label.get(language));
        Issue issue = Issue::warning(text, draftFile);
        issue.field = QStringLiteral("answer:") + question.id;
        issues.append(issue);
    }
    return issues;
}

IssueList RiskProfile::followOrExplainIssues(
    const Library &library, const Draft &draft, const QString &draftFile)
{
    IssueList issues;
    const Language language = draft.metadata.language;
    for (const Clause *clause : unexplained(library, draft)) {
        Issue issue =
            Issue::error(tr("follow or explain: the society-critical provision %1 \"%2\" is "
                            "neither in the annex nor explained")
                             .arg(clause->id, clause->title.get(language)),
                draftFile);
        issue.clauseId = clause->id;
        issue.field = QStringLiteral("explanation");
        issues.append(issue);
    }
    return issues;
}

} // namespace klausul
