#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace klausul {

/**
 * A framework whose controls clauses refer to and whose coverage a draft can show: ISO/IEC
 * 27001:2022 Annex A, CIS Controls v8, NIS2 art. 21(2) and the GDPR. Frameworks::all() is the one
 * list of them, used by coverage, the CLI, the coverage dialog, the library facets and the filter.
 */
struct Framework
{
    QString key; ///< what users type: iso27001, cis, nis2, gdpr
    QString scheme; ///< the reference scheme in clause XML
    QString version; ///< the reference list's version, empty when unversioned
    const char *title; ///< untranslated; translatedTitle() translates it

    /** "iso27001:2022": the scheme key of Reference::schemeKey(). */
    QString schemeKey() const { return version.isEmpty() ? scheme : scheme + u':' + version; }
    QString translatedTitle() const;
};

class Frameworks
{
    Q_DECLARE_TR_FUNCTIONS(klausul::Frameworks)

public:
    /** The coverage frameworks in their order of display. */
    static const QList<Framework> &all();
    /** The framework a user's key (iso27001, cis, nis2, gdpr) names, or nullptr. */
    static const Framework *find(const QString &key);
    /** The keys, for usage messages and option help: iso27001|cis|nis2|gdpr. */
    static QStringList keys();
};

} // namespace klausul
