#pragma once

#include "annex.h"

#include <QCoreApplication>
#include <QString>

namespace klausul {

/**
 * The compliance schedule as an Excel workbook (libxlsxwriter; Debian libxlsxwriter-dev), which is
 * how many tenderers answer: the annex title, what an answer means per requirement type, then one
 * row per number (withdrawn numbers say "Udgået") with the columns of ComplianceSchedule. The
 * requirement columns are locked; "Opfyldt" offers ja / nej / delvis; the answer columns are
 * unlocked. libxlsxwriter writes into a temporary folder; the file is moved into place with
 * SafeSave.
 */
class XlsxSchedule
{
    Q_DECLARE_TR_FUNCTIONS(klausul::XlsxSchedule)

public:
    static bool save(const Annex &annex, const QString &path, QString *error);
    /** The row (0-based) of the column headings; requirement rows follow it. */
    static int headingRow();
};

} // namespace klausul
