#include "complianceschedule.h"

#include "documenttext.h"

#include <algorithm>

namespace klausul::ComplianceSchedule {

using DocumentText::Phrase;

QList<ScheduleRow> rows(const Annex &annex)
{
    QList<ScheduleRow> list;
    for (const AnnexRequirement *requirement : annex.requirements()) {
        list.append({requirement->number, requirement->numberLabel, requirement->title,
            DocumentText::requirementTypeCodeText(requirement->type), false});
    }
    for (const WithdrawnRequirement &w : annex.withdrawn) {
        const QString label = annex.metadata.annexNumber.isEmpty()
            ? QString::number(w.number)
            : annex.metadata.annexNumber + u'.' + QString::number(w.number);
        list.append(
            {w.number, label, DocumentText::text(Phrase::Withdrawn, annex.language), {}, true});
    }
    std::stable_sort(list.begin(), list.end(),
        [](const ScheduleRow &a, const ScheduleRow &b) { return a.number < b.number; });
    return list;
}

QStringList columns(Language language)
{
    return {DocumentText::text(Phrase::ColumnNumber, language),
        DocumentText::text(Phrase::ColumnTitle, language),
        DocumentText::text(Phrase::ColumnType, language),
        DocumentText::text(Phrase::ColumnMet, language),
        DocumentText::text(Phrase::ColumnAnswer, language),
        DocumentText::text(Phrase::ColumnReference, language)};
}

QStringList explanations(Language language)
{
    return {DocumentText::text(Phrase::ScheduleMk, language),
        DocumentText::text(Phrase::ScheduleK, language),
        DocumentText::text(Phrase::SchedulePk, language),
        DocumentText::text(Phrase::ScheduleOption, language)};
}

} // namespace klausul::ComplianceSchedule
