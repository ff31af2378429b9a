#include "searchindex.h"

#include <QStringMatcher>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <atomic>
#include <numeric>

namespace klausul {

namespace {

constexpr float WeightId = 100.0f;
constexpr float WeightTitle = 40.0f;
constexpr float WeightReference = 30.0f;
constexpr float WeightTheme = 25.0f;
constexpr float WeightBody = 10.0f;
constexpr float WeightParameter = 8.0f;
constexpr float WeightGuidance = 3.0f;

QChar foldCharSlow(QChar c)
{
    switch (c.unicode()) {
    case 0x00E6: // æ
    case 0x00F8: // ø
    case 0x00E5: // å
        return c;
    case 0x00E4: // ä
        return QChar(0x00E6);
    case 0x00F6: // ö
        return QChar(0x00F8);
    default:
        break;
    }
    if (c.unicode() < 0x80)
        return c;
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    return decomposed.isEmpty() ? c : decomposed.at(0);
}

/**
 * foldCharSlow(), decomposing each character once per process: the table is filled as characters
 * are met (0: not yet), from any thread.
 */
QChar foldChar(QChar c)
{
    if (c.unicode() < 0x80)
        return c;
    static std::array<std::atomic<char16_t>, 0x10000> table {};
    std::atomic<char16_t> &entry = table[c.unicode()];
    char16_t folded = entry.load(std::memory_order_relaxed);
    if (folded == 0) {
        folded = foldCharSlow(c).unicode();
        entry.store(folded, std::memory_order_relaxed);
    }
    return QChar(folded);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool isJoiner(QChar c)
{
    return c == u'.' || c == u'-' || c == u'(' || c == u')' || c == u'/' || c == u':';
}

QString flowText(const PackedFlow &flow)
{
    QString text;
    flow.appendPlainText(text); // what toPlainText() gives with slots resolved to nothing
    return text;
}

} // namespace

QString SearchIndex::normalize(const QString &text)
{
    QString out = text.toLower();
    for (QChar &c : out)
        c = foldChar(c);
    out.replace(QLatin1String("aa"), QStringLiteral("å"));
    out.replace(QLatin1String("ae"), QStringLiteral("æ"));
    out.replace(QLatin1String("oe"), QStringLiteral("ø"));
    return out;
}

template<typename Emit>
void SearchIndex::forEachToken(QStringView normalized, bool withParts, Emit &&sink)
{
    qsizetype i = 0;
    const qsizetype n = normalized.size();
    QVarLengthArray<QStringView, 8> parts;
    while (i < n) {
        if (!isWordChar(normalized.at(i))) {
            ++i;
            continue;
        }
        // A compound runs over joiners that have a word character on both sides: "hae-01", "5.24",
        // "21(2)(b)", "iso/iec".
        qsizetype end = i;
        parts.clear();
        qsizetype partStart = i;
        while (end < n) {
            const QChar c = normalized.at(end);
            if (isWordChar(c)) {
                ++end;
                continue;
            }
            if (isJoiner(c)) {
                qsizetype look = end;
                while (look < n && isJoiner(normalized.at(look)))
                    ++look;
                if (look < n && isWordChar(normalized.at(look))) {
                    parts.append(normalized.mid(partStart, end - partStart));
                    partStart = look;
                    end = look;
                    continue;
                }
                // trailing ")" of "21(2)(b)" belongs to the compound
                if (c == u')' && !parts.isEmpty()) {
                    ++end;
                    continue;
                }
            }
            break;
        }
        QStringView compound = normalized.mid(i, end - i);
        while (compound.endsWith(u'.') || compound.endsWith(u'-'))
            compound.chop(1);
        if (partStart < end) {
            QStringView last = normalized.mid(partStart, end - partStart);
            while (!last.isEmpty() && !isWordChar(last.back()))
                last.chop(1);
            parts.append(last);
        }
        sink(compound);
        if (withParts && parts.size() > 1) {
            for (const QStringView part : std::as_const(parts)) {
                if (!part.isEmpty() && part != compound)
                    sink(part);
            }
        }
        i = end;
    }
}

QStringList SearchIndex::tokenize(const QString &text, bool withParts)
{
    const QString normalized = normalize(text);
    QStringList tokens;
    forEachToken(normalized, withParts, [&](QStringView token) { tokens << token.toString(); });
    return tokens;
}

SearchIndex::SearchIndex(const QList<Clause> &clauses)
    : SearchIndex(clauses, {})
{ }

SearchIndex::SearchIndex(const QList<Clause> &clauses, const QList<Theme> &themes)
{
    QHash<QString, QString> themeNames;
    for (const Theme &theme : themes)
        themeNames.insert(theme.id, theme.name.da + u' ' + theme.name.en);
    m_ids.reserve(clauses.size());
    for (int c = 0; c < clauses.size(); ++c) {
        const Clause &clause = clauses.at(c);
        m_ids << clause.id;
        add(c, clause.id, WeightId);
        add(c, clause.title.da + u' ' + clause.title.en, WeightTitle);
        add(c, themeNames.value(clause.theme), WeightTheme);
        for (const Reference &reference : clause.references)
            add(c, reference.id, WeightReference);
        add(c, flowText(clause.body.da), WeightBody);
        add(c, flowText(clause.body.en), WeightBody);
        for (const Variant &variant : clause.variants) {
            add(c, variant.label.da + u' ' + variant.label.en, WeightParameter);
            add(c, flowText(variant.body.da), WeightBody);
            add(c, flowText(variant.body.en), WeightBody);
        }
        for (const Parameter &parameter : clause.parameters) {
            add(c, parameter.label.da + u' ' + parameter.label.en, WeightParameter);
            for (const ParameterChoice &choice : parameter.choices)
                add(c, choice.label.da + u' ' + choice.label.en, WeightParameter);
        }
        for (const Guidance *g : {&clause.guidance.da, &clause.guidance.en}) {
            for (const GuidanceHeading &heading : guidanceHeadings())
                add(c, flowText(g->*heading.member), WeightGuidance);
        }
    }
    finish();
}

void SearchIndex::add(int clause, const QString &text, float weight)
{
    if (text.isEmpty())
        return;
    const QString normalized = normalize(text);
    forEachToken(normalized, true, [&](QStringView token) {
        auto it = m_termIndex.find(token);
        int termIndex;
        if (it == m_termIndex.end()) {
            termIndex = int(m_terms.size());
            m_terms.push_back(token.toString());
            // The key views the stored term, whose characters never move.
            m_termIndex.insert(QStringView(m_terms.back()), termIndex);
            m_postings.emplace_back();
        } else {
            termIndex = it.value();
        }
        std::vector<Posting> &postings = m_postings[std::size_t(termIndex)];
        if (!postings.empty() && postings.back().clause == clause) {
            postings.back().weight = std::max(postings.back().weight, weight);
        } else {
            postings.push_back({clause, weight});
        }
    });
}

void SearchIndex::finish()
{
    std::vector<int> order(m_terms.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return m_terms[a] < m_terms[b]; });
    std::vector<QString> terms;
    std::vector<std::vector<Posting>> postings;
    terms.reserve(order.size());
    postings.reserve(order.size());
    for (int i : order) {
        terms.push_back(std::move(m_terms[i]));
        postings.push_back(std::move(m_postings[i]));
    }
    m_terms = std::move(terms);
    m_postings = std::move(postings);
    m_termIndex.clear();
    qsizetype length = 0;
    for (const QString &term : m_terms)
        length += term.size() + 1;
    m_joined.reserve(length);
    m_offsets.reserve(m_terms.size());
    for (const QString &term : m_terms) {
        m_offsets.push_back(m_joined.size());
        m_joined += term;
        m_joined += u'\n';
    }
}

QList<SearchIndex::Hit> SearchIndex::search(const QString &query) const
{
    const QStringList words = tokenize(query, false);
    const int clauseCount = int(m_ids.size());
    QList<Hit> hits;
    if (words.isEmpty()) {
        hits.reserve(clauseCount);
        for (int c = 0; c < clauseCount; ++c)
            hits.append({c, 0});
        return hits;
    }

    std::vector<double> total(clauseCount, 0.0);
    std::vector<int> matchedWords(clauseCount, 0);
    std::vector<float> best(clauseCount, 0.0f);
    std::vector<int> touched;
    for (int w = 0; w < words.size(); ++w) {
        const QString &word = words.at(w);
        touched.clear();
        auto visit = [&](std::size_t term, float factor) {
            for (const Posting &posting : m_postings[term]) {
                if (matchedWords[posting.clause] != w)
                    continue; // already failed an earlier word
                const float weight = posting.weight * factor;
                if (best[posting.clause] == 0.0f)
                    touched.push_back(posting.clause);
                best[posting.clause] = std::max(best[posting.clause], weight);
            }
        };
        // Prefix matches through the sorted term list ...
        const auto first = std::lower_bound(m_terms.begin(), m_terms.end(), word);
        auto it = first;
        for (; it != m_terms.end() && it->startsWith(word); ++it)
            visit(std::size_t(it - m_terms.begin()), *it == word ? 1.0f : 0.8f);
        // ... and, for words of three letters or more, inside Danish compounds:
        // "hændelse" finds "sikkerhedshændelser", "leverandør" finds "underleverandører".
        if (word.size() >= 3) {
            // One scan over all terms, joined by newlines, instead of a search in each term.
            const std::size_t prefixBegin = std::size_t(first - m_terms.begin());
            const std::size_t prefixEnd = std::size_t(it - m_terms.begin());
            const QStringMatcher matcher(word);
            qsizetype from = 0;
            while ((from = matcher.indexIn(m_joined, from)) >= 0) {
                const std::size_t term =
                    std::size_t(std::upper_bound(m_offsets.begin(), m_offsets.end(), from) -
                        m_offsets.begin() - 1);
                if (term < prefixBegin || term >= prefixEnd)
                    visit(term, 0.5f);
                from = term + 1 < m_offsets.size() ? m_offsets[term + 1] : m_joined.size();
            }
        }
        for (int c : touched) {
            total[c] += best[c];
            best[c] = 0.0f;
            matchedWords[c] = w + 1;
        }
    }
    const int wordCount = int(words.size());
    for (int c = 0; c < clauseCount; ++c) {
        if (matchedWords[c] == wordCount)
            hits.append({c, total[c]});
    }
    std::stable_sort(
        hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.score > b.score; });
    return hits;
}

QStringList SearchIndex::searchIds(const QString &query) const
{
    QStringList ids;
    const QList<Hit> hits = search(query);
    for (const Hit &hit : hits)
        ids << m_ids.at(hit.clause);
    return ids;
}

} // namespace klausul
