#pragma once

#include "library.h"

#include <QJsonObject>
#include <QMap>

namespace klausul {

/**
 * How much of one framework's list the clauses of a *library* refer to (`klausul-cli report`).
 * Not to be confused with Coverage, which is one *draft's* Statement of Applicability.
 */
struct LibraryFrameworkCoverage
{
    QString scheme; ///< e.g. "iso27001:2022"
    QString title;
    int total = 0;
    QStringList covered; ///< ids referred to by at least one clause, in list order
    QStringList missing; ///< ids referred to by none
};

/**
 * The content report of a library (`klausul-cli report`): counts per theme, type and option,
 * variants and parameter types, and the coverage of each framework, so maintainers see gaps.
 */
struct LibraryReport
{
    int clauses = 0;
    int approved = 0;
    int withdrawn = 0;
    int withVariants = 0;
    int parameters = 0;
    QMap<QString, int> byTheme;
    QMap<QString, int> byType;
    QMap<QString, int> byOption;
    QMap<QString, int> parameterTypes;
    QMap<QString, int> societyCriticalThemes; ///< catalogue theme -> provisions
    QList<LibraryFrameworkCoverage> frameworks;

    static LibraryReport build(const Library &library);
    const LibraryFrameworkCoverage *framework(const QString &scheme) const;
    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace klausul
