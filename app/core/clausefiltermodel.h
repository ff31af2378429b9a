#pragma once

#include "frameworks.h"
#include "librarymodel.h"
#include "searchindex.h"

#include <QHash>
#include <QSortFilterProxyModel>

namespace klausul {

/**
 * Search and facet filters over a LibraryModel: the search box uses the core SearchIndex (hits
 * ranked, best first), the facets match a clause's theme, DIGST option, requirement type,
 * references (ISO 27001, CIS, NIS2, GDPR), contract type and status. A theme row stays while any
 * of its clauses matches.
 */
class ClauseFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /** The framework facets Iso…Gdpr follow the order of Frameworks::all(). */
    enum class Facet { Theme, Option, Type, Iso, Cis, Nis2, Gdpr, ContractType, Status };

    /** The framework of a framework facet (Iso, Cis, Nis2 or Gdpr). */
    static const Framework &frameworkOf(Facet facet);

    explicit ClauseFilterModel(QObject *parent = nullptr);

    void setLibraryModel(LibraryModel *model);
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    /** Restricts `facet` to `value` (a code, e.g. "MK", "5.24", "operation"); empty clears it. */
    void setFacet(Facet facet, const QString &value);
    QString facet(Facet facet) const { return m_facets.value(facet); }
    void clearFilters();
    /** Clauses that pass the filters. */
    int matchCount() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool acceptsClause(const Clause &clause) const;
    void rebuildIndex();

    LibraryModel *m_library = nullptr;
    QString m_search;
    bool m_searching = false; // m_search has a word
    QHash<QString, double> m_scores; // clause id -> rank; only while searching
    QHash<QString, double> m_themeScores; // theme id -> its best clause's rank
    QHash<Facet, QString> m_facets;
};

} // namespace klausul
