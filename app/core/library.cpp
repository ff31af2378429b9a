#include "library.h"

#include "searchindex.h"

#include <algorithm>
#include <future>
#include <mutex>

namespace klausul {

const QuestionOption *Question::option(const QString &value) const
{
    const auto it = std::find_if(options.cbegin(), options.cend(),
        [&](const QuestionOption &o) { return o.value == value; });
    return it == options.cend() ? nullptr : &*it;
}

const ReferenceItem *ReferenceList::item(const QString &itemId) const
{
    const auto it = std::find_if(
        items.cbegin(), items.cend(), [&](const ReferenceItem &i) { return i.id == itemId; });
    return it == items.cend() ? nullptr : &*it;
}

const Clause *Library::clause(const QString &id) const
{
    const int i = m_index.value(id, -1);
    return i < 0 ? nullptr : &m_clauses.at(i);
}

const Theme *Library::theme(const QString &id) const
{
    const auto it = std::find_if(
        m_themes.cbegin(), m_themes.cend(), [&](const Theme &t) { return t.id == id; });
    return it == m_themes.cend() ? nullptr : &*it;
}

const Question *Library::question(const QString &id) const
{
    const auto it = std::find_if(
        m_questions.cbegin(), m_questions.cend(), [&](const Question &q) { return q.id == id; });
    return it == m_questions.cend() ? nullptr : &*it;
}

const ReferenceList *Library::referenceList(const QString &scheme, const QString &version) const
{
    const auto it = std::find_if(m_referenceLists.cbegin(), m_referenceLists.cend(),
        [&](const ReferenceList &l) { return l.scheme == scheme && l.version == version; });
    return it == m_referenceLists.cend() ? nullptr : &*it;
}

QString Library::referenceTitle(const Reference &reference, Language language) const
{
    if (const ReferenceList *list = referenceList(reference.scheme, reference.version)) {
        if (const ReferenceItem *item = list->item(reference.id))
            return item->title.get(language);
    }
    return {};
}

const SharedValue *Library::sharedValue(const QString &clause, const QString &parameter) const
{
    for (const SharedValue &shared : m_sharedValues) {
        for (const ParameterRef &member : shared.members) {
            if (member.clause == clause && member.parameter == parameter)
                return &shared;
        }
    }
    return nullptr;
}

const Definition *Library::definitionFor(const QString &used, Language language) const
{
    const Definition *best = nullptr;
    for (const Definition &definition : m_definitions) {
        const QString term = definition.term.get(language);
        if (term.isEmpty() || !used.startsWith(term, Qt::CaseInsensitive))
            continue;
        // Inflected forms only ("Sikkerhedshændelsen", "Kundens"), not another term that starts
        // with this one ("Kundens Data").
        const QString rest = used.mid(term.size());
        if (rest.size() > 5 || rest.contains(u' '))
            continue;
        if (!best || term.size() > best->term.get(language).size())
            best = &definition;
    }
    return best;
}

struct Library::SearchCache
{
    std::mutex mutex;
    std::shared_future<std::shared_ptr<const SearchIndex>> index;
};

std::shared_future<std::shared_ptr<const SearchIndex>> Library::searchFuture(bool background) const
{
    std::lock_guard<std::mutex> lock(m_search->mutex);
    if (!m_search->index.valid()) {
        // The task holds its own (implicitly shared) copies: it may outlive this object's
        // members while the cache, which waits for it, is destroyed last.
        auto build = [clauses = m_clauses, themes = m_themes] {
            return std::make_shared<const SearchIndex>(clauses, themes);
        };
        m_search->index =
            std::async(background ? std::launch::async : std::launch::deferred, build).share();
    }
    return m_search->index;
}

const SearchIndex &Library::searchIndex() const
{
    static const SearchIndex empty; // a library that was never loaded
    return m_search ? *searchFuture(false).get() : empty;
}

void Library::prepareSearchIndex() const
{
    if (m_search)
        searchFuture(true);
}

void Library::rebuildIndex()
{
    m_search = std::make_shared<SearchCache>();
    QHash<QString, int> themeOrder;
    for (int i = 0; i < m_themes.size(); ++i)
        themeOrder.insert(m_themes.at(i).id, i);
    std::stable_sort(m_clauses.begin(), m_clauses.end(), [&](const Clause &a, const Clause &b) {
        const int ta = themeOrder.value(a.theme, int(m_themes.size()));
        const int tb = themeOrder.value(b.theme, int(m_themes.size()));
        if (ta != tb)
            return ta < tb;
        return a.id < b.id;
    });
    m_index.clear();
    for (int i = 0; i < m_clauses.size(); ++i)
        m_index.insert(m_clauses.at(i).id, i);
}

} // namespace klausul
