#include "riskprofile.h"

#include "draftdocument.h"
#include "translations.h"

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

RiskProfile::Truth RiskProfile::evaluate(const Condition &condition, const Library &library,
    const QMap<QString, QString> &answers, QStringList *reasons)
{
    switch (condition.kind) {
    case Condition::Kind::When: {
        const QString value = answer(library, answers, condition.question);
        const bool match = !value.isEmpty() && condition.values.contains(value);
        // "Don't know" (or no answer at all) decides nothing, unless a condition names it.
        if (!match && (value.isEmpty() || value == QLatin1String("unknown")))
            return Truth::Unknown;
        if (match && reasons) {
            const Question *q = library.question(condition.question);
            const QuestionOption *option = q ? q->option(value) : nullptr;
            const Language language = uiLanguage();
            reasons->append((q ? q->text.get(language) : condition.question) + QStringLiteral(" ") +
                (option ? option->label.get(language) : value));
        }
        return match ? Truth::True : Truth::False;
    }
    case Condition::Kind::All: {
        bool unknown = false;
        QStringList collected;
        for (const Condition &child : condition.children) {
            const Truth t = evaluate(child, library, answers, &collected);
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
            const Truth t = evaluate(child, library, answers, reasons);
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
        const Truth t = evaluate(all, library, answers, nullptr);
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

QList<Suggestion> RiskProfile::suggest(const Library &library, const Draft &draft)
{
    QList<Suggestion> suggestions;
    const QString criticality = answer(library, draft.answers, QStringLiteral("criticality"));
    const bool critical = criticality == QLatin1String("high") || isSocietyCritical(library, draft);
    const OptionAdvice advice = optionAdvice(library, draft.answers);
    for (const Clause &clause : library.clauses()) {
        if (clause.status == ClauseStatus::Withdrawn)
            continue;
        QStringList because;
        bool applies = !clause.applies;
        if (clause.applies)
            applies = evaluate(*clause.applies, library, draft.answers, &because) == Truth::True;
        if (!applies)
            continue;
        because.removeDuplicates();
        Suggestion s;
        s.clauseId = clause.id;
        s.because = because;
        s.societyCritical = clause.isSocietyCritical();
        s.inDraft = !draft.itemsForClause(clause.id).isEmpty();
        if (critical && clause.variant(QStringLiteral("skaerpet")))
            s.variant = QStringLiteral("skaerpet");
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
                tr("The stricter variant is suggested because the service is highly critical.");
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
    const QMap<QString, QString> &answers, const QList<RequirementType> &types)
{
    ProfileSelection selection;
    Draft preview = draft;
    preview.answers = answers;
    for (const Suggestion &s : suggest(library, preview)) {
        if (!s.inDraft && !types.isEmpty() && !types.contains(s.type))
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
