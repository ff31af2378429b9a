#pragma once

#include "largearray.h"
#include "library.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace klausul {

/**
 * Full-text search over a library's clauses.
 *
 * Case- and accent-insensitive and Danish-aware: æ, ø and å stay letters of their own ("ø" does
 * not match "o"), while "aa" finds "å", "ae" finds "æ", "oe" finds "ø", and ä/ö fold to æ/ø.
 * Every query word must match (AND) as a prefix of some indexed word, or, from three letters on,
 * inside one (Danish compounds: "hændelse" finds "Sikkerhedshændelser"). Indexed: ids, titles,
 * texts and variants, parameter labels, guidance and reference ids, in both languages. Hits are
 * ranked by where they matched: id, then title, then references, then text, then guidance.
 */
class SearchIndex
{
public:
    struct Hit
    {
        int clause = -1; ///< index into Library::clauses()
        double score = 0;
    };

    SearchIndex() = default;
    explicit SearchIndex(const QList<Clause> &clauses);
    /** Also indexes each clause's theme name (both languages). */
    SearchIndex(const QList<Clause> &clauses, const QList<Theme> &themes);

    /** All clauses matching `query`, best first; an empty query gives every clause in order. */
    QList<Hit> search(const QString &query) const;
    /** The ids of search(query), best first. */
    QStringList searchIds(const QString &query) const;

    int clauseCount() const { return int(m_ids.size()); }
    int termCount() const { return m_offsets.empty() ? 0 : int(m_offsets.size() - 1); }

    /** Lower case, accents removed, Danish transliterations folded (aa → å, ae → æ, oe → ø). */
    static QString normalize(const QString &text);
    /** Normalized words; ids and references such as "HAE-01", "5.24" and "21(2)(b)" stay whole. */
    static QStringList tokenize(const QString &text, bool withParts = true);

private:
    class Builder;
    /** Calls `sink` with every token of already normalized text, as tokenize() lists them. */
    template<typename Emit>
    static void forEachToken(QStringView normalized, bool withParts, Emit &&sink);
    /** Term `term` of the sorted list, a view into m_joined. */
    QStringView term(std::size_t term) const;
    /** Fills m_joined and m_offsets from the first builder's terms; gives each term's rank. */
    std::vector<std::uint32_t> sortTerms(const Builder &first, std::size_t termCount);
    /** Fills m_gramStart and m_gramTerms from the terms. */
    void indexTrigrams();

    QStringList m_ids;
    QString m_joined; // every term, sorted, each followed by a newline
    std::vector<qsizetype> m_offsets; // where each term starts in m_joined, then its size
    /**
     * The postings of the clauses one builder (one thread) indexed. A term's postings are those
     * of its rank (its place in the sorted list) in every part.
     */
    struct Part
    {
        std::vector<std::uint32_t> start; // the postings of rank r: [start[r], start[r + 1])
        // By rank, and each term's in clause order: clause << 3 | the field's weight code.
        LargeVector<std::uint32_t> postings;
    };
    std::vector<Part> m_parts;
    // For searches inside words: the terms with a trigram hashed to bucket b (a superset of those
    // that contain a trigram) are m_gramTerms[m_gramStart[b]] .. m_gramTerms[m_gramStart[b + 1]].
    std::vector<std::uint32_t> m_gramStart;
    LargeVector<std::uint32_t> m_gramTerms;
};

} // namespace klausul
