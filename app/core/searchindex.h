#pragma once

#include "library.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

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
    int termCount() const { return int(m_terms.size()); }

    /** Lower case, accents removed, Danish transliterations folded (aa → å, ae → æ, oe → ø). */
    static QString normalize(const QString &text);
    /** Normalized words; ids and references such as "HAE-01", "5.24" and "21(2)(b)" stay whole. */
    static QStringList tokenize(const QString &text, bool withParts = true);

private:
    struct Posting
    {
        int clause;
        float weight;
    };
    void add(int clause, const QString &text, float weight);
    /** Calls `sink` with every token of already normalized text, as tokenize() lists them. */
    template<typename Emit>
    static void forEachToken(QStringView normalized, bool withParts, Emit &&sink);
    void finish();

    QStringList m_ids;
    QHash<QStringView, int> m_termIndex; // term -> index into m_terms/m_postings while building
    std::vector<QString> m_terms; // sorted after finish()
    std::vector<std::vector<Posting>> m_postings;
    QString m_joined; // every term followed by a newline, for searches inside words
    std::vector<qsizetype> m_offsets; // where each term starts in m_joined
};

} // namespace klausul
