#include "clausefiltermodel.h"

#include <QTimer>

namespace klausul {

namespace {

/** How long after the library is set its search index is started. */
constexpr int IndexDelayMs = 300;

} // namespace

ClauseFilterModel::ClauseFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

const Framework &ClauseFilterModel::frameworkOf(Facet facet)
{
    Q_ASSERT(facet >= Facet::Iso && facet <= Facet::Gdpr);
    return Frameworks::all().at(int(facet) - int(Facet::Iso));
}

void ClauseFilterModel::setLibraryModel(LibraryModel *model)
{
    m_library = model;
    setSourceModel(model);
    rebuildIndex();
    connect(model, &QAbstractItemModel::modelReset, this, &ClauseFilterModel::rebuildIndex);
}

void ClauseFilterModel::rebuildIndex()
{
    // The library's own index, shared with everything else that searches this library. It is
    // built in the background, started a moment from now: at start-up that is after the window
    // is on screen, not competing with it for the processor. A search before then builds it.
    QTimer::singleShot(IndexDelayMs, this, [this] {
        if (m_library && m_library->library())
            m_library->library()->prepareSearchIndex();
    });
    setSearchText(m_search);
}

void ClauseFilterModel::setSearchText(const QString &text)
{
    m_search = text;
    m_searching = !SearchIndex::tokenize(text).isEmpty();
    m_scores.clear();
    m_themeScores.clear();
    if (m_library && m_library->library() && m_searching) {
        const QList<Clause> &clauses = m_library->library()->clauses();
        const QList<SearchIndex::Hit> hits = m_library->library()->searchIndex().search(text);
        for (const SearchIndex::Hit &hit : hits) {
            const Clause &clause = clauses.at(hit.clause);
            m_scores.insert(clause.id, hit.score);
            m_themeScores[clause.theme] = std::max(m_themeScores.value(clause.theme), hit.score);
        }
    }
    invalidateFilter();
    sort(m_scores.isEmpty() ? -1 : 0);
}

void ClauseFilterModel::setFacet(Facet facet, const QString &value)
{
    if (value.isEmpty())
        m_facets.remove(facet);
    else
        m_facets.insert(facet, value);
    invalidateFilter();
}

void ClauseFilterModel::clearFilters()
{
    m_facets.clear();
    setSearchText(QString());
}

int ClauseFilterModel::matchCount() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        count += rowCount(index(row, 0));
    return count;
}

bool ClauseFilterModel::acceptsClause(const Clause &clause) const
{
    if (m_searching && !m_scores.contains(clause.id))
        return false;
    for (auto it = m_facets.cbegin(); it != m_facets.cend(); ++it) {
        const QString &value = it.value();
        switch (it.key()) {
        case Facet::Theme:
            if (clause.theme != value)
                return false;
            break;
        case Facet::Option:
            if (optionCode(clause.option) != value)
                return false;
            break;
        case Facet::Type:
            if (requirementTypeCode(clause.type) != value)
                return false;
            break;
        case Facet::Iso:
        case Facet::Cis:
        case Facet::Nis2:
        case Facet::Gdpr:
            if (!clause.hasReference(frameworkOf(it.key()).scheme, value))
                return false;
            break;
        case Facet::ContractType:
            if (!clause.contractTypes.contains(value))
                return false;
            break;
        case Facet::Status:
            if (statusCode(clause.status) != value)
                return false;
            break;
        }
    }
    return true;
}

bool ClauseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_library)
        return true;
    const QModelIndex index = m_library->index(sourceRow, 0, sourceParent);
    const Clause *clause = m_library->clauseAt(index);
    if (!clause)
        return false; // a theme row stays through recursive filtering when a child matches
    return acceptsClause(*clause);
}

bool ClauseFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QString a = left.data(LibraryModel::ClauseIdRole).toString();
    const QString b = right.data(LibraryModel::ClauseIdRole).toString();
    if (a.isEmpty() || b.isEmpty()) {
        // Themes: the one with the best hit first while searching, else the library's order.
        const double ta = m_themeScores.value(left.data(LibraryModel::ThemeIdRole).toString());
        const double tb = m_themeScores.value(right.data(LibraryModel::ThemeIdRole).toString());
        if (ta != tb)
            return ta > tb;
        return left.row() < right.row();
    }
    const double sa = m_scores.value(a);
    const double sb = m_scores.value(b);
    if (sa != sb)
        return sa > sb; // best match first
    return left.row() < right.row();
}

} // namespace klausul
