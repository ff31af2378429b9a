#pragma once

#include "draft.h"
#include "library.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace klausul {

/** One control of a framework in a draft's Statement of Applicability. */
struct ControlCoverage
{
    QString id;
    QString title;
    QStringList requirements; ///< numbers of the annex's requirements that cover it, e.g. "9.3"
    bool excluded = false; ///< deliberately not covered, with a justification
    QString justification;
    /** "A" or "B" when no specific requirement covers the ISO/IEC 27001 control but the annex's
     * option A (certification) or B (documented compliance with the SoA) does. */
    QString throughOption;
    QString optionRequirement; ///< the number of the option's requirement, e.g. "1.1"

    bool coveredByRequirement() const { return !requirements.isEmpty(); }
    bool covered() const { return coveredByRequirement() || !throughOption.isEmpty(); }
};

struct FrameworkStatement
{
    QString scheme; ///< "iso27001:2022", "cis:8", "nis2", "gdpr"
    QString title;
    QList<ControlCoverage> controls;

    int coveredCount() const;
    int excludedCount() const;
    /** Controls covered only through option A/B. */
    int optionCount() const;
    /** Controls neither covered nor excluded. */
    int openCount() const;
    double coveredPercent() const;
};

/**
 * Coverage of ISO/IEC 27001:2022 Annex A, CIS Controls v8, NIS2 art. 21(2) and the GDPR by a
 * draft: which requirements cover each control, which are not covered, which are excluded with a
 * justification. Shown in the app, printed by `klausul-cli coverage`, written as CSV and included
 * in the review edition.
 */
class Coverage
{
    Q_DECLARE_TR_FUNCTIONS(klausul::Coverage)

public:
    /** Frameworks::all() in order; `framework` (a Framework::key such as "iso27001") picks one. */
    static QList<FrameworkStatement> compute(
        const Library &library, const Draft &draft, const QString &framework = {});
    /**
     * RFC 4180 CSV: Framework, Control, Title, Included, Requirements, Justification. Included is
     * yes, no or "through option A/B" (then Requirements names the option's requirement).
     */
    static QString csv(const QList<FrameworkStatement> &statements, Language language);
    static QJsonObject json(const QList<FrameworkStatement> &statements);
};

} // namespace klausul
