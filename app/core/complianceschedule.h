#pragma once

#include "annex.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace klausul {

/** One row of the compliance schedule: a requirement, or a withdrawn number ("9.5 Udgået"). */
struct ScheduleRow
{
    int number = 0;
    QString numberLabel; ///< "9.3"
    QString title; ///< the requirement's title, or "Udgået"
    QString type; ///< "MK", "PK", "K", "Option"; empty for a withdrawn number
    bool withdrawn = false;
};

/**
 * The compliance schedule the tenderer fills in, shared by the tender edition's table, the schedule
 * on its own (DOCX) and the XLSX: every number once, in number order, withdrawn numbers included.
 */
namespace ComplianceSchedule {

QList<ScheduleRow> rows(const Annex &annex);
/** Nr. | Krav | Type | Opfyldt (ja / nej / delvis) | Leverandørens beskrivelse | Henvisning */
QStringList columns(Language language);
/** What an answer means per requirement type (MK, K, PK, Option), for the text above the table. */
QStringList explanations(Language language);

} // namespace ComplianceSchedule
} // namespace klausul
