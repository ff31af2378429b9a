#include "suggestionreport.h"

#include "parameterformat.h"

#include <QJsonArray>
#include <QSet>

namespace klausul {

SuggestionReport SuggestionReport::build(const Library &library, const Draft &draft)
{
    SuggestionReport report;
    report.language = draft.metadata.language;
    report.suggestions = RiskProfile::suggest(library, draft);
    report.advice = RiskProfile::optionAdvice(library, draft.answers);
    QSet<QString> suggested;
    for (const Suggestion &s : std::as_const(report.suggestions)) {
        suggested.insert(s.clauseId);
        if (const Clause *clause = library.clause(s.clauseId))
            report.titles.insert(s.clauseId, clause->title.get(report.language));
    }
    for (const DraftItem *item : draft.items()) {
        if (!item->clauseId.isEmpty() && !suggested.contains(item->clauseId))
            report.inDraftNotSuggested << item->clauseId;
    }
    report.undecided = RiskProfile::undecided(library, draft);
    return report;
}

QJsonObject SuggestionReport::toJson() const
{
    QStringList optionControls;
    QJsonArray array;
    for (const Suggestion &s : suggestions) {
        optionControls << s.optionControls;
        QJsonObject object {{QStringLiteral("id"), s.clauseId},
            {QStringLiteral("title"), titles.value(s.clauseId)},
            {QStringLiteral("type"), requirementTypeCode(s.type)},
            {QStringLiteral("tier"), tierCode(s.tier)},
            {QStringLiteral("tierReason"), s.tierReason}, {QStringLiteral("reason"), s.reason},
            {QStringLiteral("because"), QJsonArray::fromStringList(s.because)},
            {QStringLiteral("coveredByOption"), s.coveredByOption},
            {QStringLiteral("inDraft"), s.inDraft},
            {QStringLiteral("societyCritical"), s.societyCritical}};
        if (!s.variant.isEmpty()) {
            object.insert(QStringLiteral("variant"), s.variant);
            object.insert(
                QStringLiteral("variantBecause"), QJsonArray::fromStringList(s.variantBecause));
        }
        if (!s.variantWithheld.isEmpty())
            object.insert(QStringLiteral("variantWithheld"), s.variantWithheld);
        if (s.coveredByOption)
            object.insert(
                QStringLiteral("optionControls"), QJsonArray::fromStringList(s.optionControls));
        QJsonArray warnings;
        for (const CompetitionWarning &w : s.warnings) {
            warnings.append(QJsonObject {{QStringLiteral("kind"), w.kind},
                {QStringLiteral("excludes"), w.excludes},
                {QStringLiteral("alternative"), requirementTypeCode(w.alternative)},
                {QStringLiteral("text"), w.text}});
        }
        object.insert(QStringLiteral("warnings"), warnings);
        array.append(object);
    }
    optionControls.removeDuplicates();
    return {{QStringLiteral("option"), optionCode(advice.option)},
        {QStringLiteral("optionReason"), advice.reason},
        {QStringLiteral("optionCoveredControls"), QJsonArray::fromStringList(optionControls)},
        {QStringLiteral("counts"),
            QJsonObject {{QStringLiteral("core"), RiskProfile::count(suggestions, Tier::Core)},
                {QStringLiteral("recommended"), RiskProfile::count(suggestions, Tier::Recommended)},
                {QStringLiteral("optional"), RiskProfile::count(suggestions, Tier::Optional)}}},
        {QStringLiteral("suggestions"), array},
        {QStringLiteral("inDraftNotSuggested"), QJsonArray::fromStringList(inDraftNotSuggested)},
        {QStringLiteral("undecided"), QJsonArray::fromStringList(undecided)}};
}

QString SuggestionReport::toText() const
{
    QString text = advice.reason + QStringLiteral("\n\n");
    const QString indent = QStringLiteral("           ");
    int toAdd = 0;
    for (const Tier tier : {Tier::Core, Tier::Recommended, Tier::Optional}) {
        text += RiskProfile::tierName(tier) + u'\n';
        for (const Suggestion &s : suggestions) {
            if (s.tier != tier)
                continue;
            text += (s.inDraft ? QStringLiteral("  ") : QStringLiteral("+ ")) +
                s.clauseId.leftJustified(7) + requirementTypeCode(s.type).leftJustified(7) +
                titles.value(s.clauseId) + u'\n' + indent + s.tierReason + u'\n' + indent +
                s.reason + u'\n';
            if (!s.variantWithheld.isEmpty())
                text += indent + s.variantWithheld + u'\n';
            for (const CompetitionWarning &w : s.warnings)
                text += indent + QStringLiteral("! ") + w.text + u'\n';
            if (!s.inDraft && tier != Tier::Optional)
                ++toAdd;
        }
    }
    text += u'\n' +
        tr("%1 core, %2 recommended, %3 optional")
            .arg(RiskProfile::count(suggestions, Tier::Core))
            .arg(RiskProfile::count(suggestions, Tier::Recommended))
            .arg(RiskProfile::count(suggestions, Tier::Optional)) +
        QStringLiteral(", ") +
        tr("%n core or recommended not yet in the draft (marked +)", nullptr, toAdd) + u'\n';
    if (!inDraftNotSuggested.isEmpty())
        text += tr("In the draft but not suggested by the profile: %1")
                    .arg(inDraftNotSuggested.join(QStringLiteral(", "))) +
            u'\n';
    if (!undecided.isEmpty())
        text += tr("Undecided until more questions are answered: %1")
                    .arg(undecided.join(QStringLiteral(", "))) +
            u'\n';
    return text;
}

QString ClauseReport::resolveText(const Clause &clause, const Flow &flow, Language language)
{
    return RichText::toPlainText(flow, [&](const Inline &item) {
        if (item.kind == Inline::Kind::Xref)
            return item.text;
        const Parameter *parameter = clause.parameter(item.text);
        if (!parameter)
            return u'{' + item.text + u'}';
        const QString label = parameter->label.get(language);
        if (parameter->defaultValue &&
            ParameterFormat::validate(*parameter, *parameter->defaultValue).isEmpty())
            return u'[' + label + QStringLiteral(": ") +
                ParameterFormat::format(*parameter, *parameter->defaultValue, language) + u']';
        return u'[' + label + u']';
    });
}

QString ClauseReport::toText(const Clause &clause, const Library &library, Language language)
{
    QString out;
    const Theme *theme = library.theme(clause.theme);
    out += clause.id + QStringLiteral("  ") + clause.title.get(language) + u'\n';
    const QString status = clause.status == ClauseStatus::Approved ? tr("approved")
        : clause.status == ClauseStatus::Withdrawn                 ? tr("withdrawn")
                                                                   : tr("draft");
    out += tr("Version %1, %2. DIGST option %3. Requirement type %4. Theme: %5.")
               .arg(clause.version)
               .arg(status, optionCode(clause.option), requirementTypeCode(clause.type),
                   theme ? theme->name.get(language) : clause.theme) +
        u'\n';
    if (!clause.replacedBy.isEmpty())
        out += tr("Replaced by %1").arg(clause.replacedBy) + u'\n';
    out += u'\n' + resolveText(clause, clause.body.get(language), language) + u'\n';

    for (const Variant &variant : clause.variants) {
        out += u'\n' + tr("Variant \"%1\": %2").arg(variant.id, variant.label.get(language)) +
            QStringLiteral("\n\n") + resolveText(clause, variant.body.get(language), language) +
            u'\n';
    }
    if (!clause.parameters.isEmpty()) {
        out += u'\n' + tr("Parameters:") + u'\n';
        for (const Parameter &p : clause.parameters) {
            QString details = parameterTypeCode(p.type);
            if (p.unit != Unit::None)
                details += QStringLiteral(", ") + unitCode(p.unit);
            if (p.minimum || p.maximum)
                details += QStringLiteral(", %1–%2").arg(
                    p.minimum ? QString::number(*p.minimum) : QString(),
                    p.maximum ? QString::number(*p.maximum) : QString());
            if (p.defaultValue)
                details += QStringLiteral(", ") + tr("default %1").arg(*p.defaultValue);
            out += QStringLiteral("  %1  %2 (%3)\n").arg(p.id, p.label.get(language), details);
            if (!p.guidance.get(language).isEmpty())
                out += QStringLiteral("      ") + p.guidance.get(language) + u'\n';
            for (const ParameterChoice &choice : p.choices)
                out += QStringLiteral("      - %1: %2\n")
                           .arg(choice.value, choice.label.get(language));
        }
    }
    const Guidance &guidance = clause.guidance.get(language);
    for (const GuidanceHeading &heading : guidanceHeadings()) {
        const Flow &flow = guidance.*heading.member;
        if (!flow.isEmpty())
            out += u'\n' + heading.translatedTitle() + u'\n' + RichText::toPlainText(flow) + u'\n';
    }
    if (!clause.references.isEmpty()) {
        out += u'\n' + tr("References:") + u'\n';
        for (const Reference &reference : clause.references) {
            const QString title = library.referenceTitle(reference, language);
            out += QStringLiteral("  %1 %2%3\n")
                       .arg(reference.schemeKey(), reference.id,
                           title.isEmpty() ? QString() : QStringLiteral("  ") + title);
        }
    }
    out += u'\n' + tr("Source file: %1").arg(clause.sourceFile) + u'\n';
    return out;
}

} // namespace klausul
