#include "searchindex.h"

#include <algorithm>
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

QChar foldChar(QChar c)
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

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool isJoiner(QChar c)
{
    return c == u'.' || c == u'-' || c == u'(' || c == u')' || c == u'/' || c == u':';
}

QString flowText(const Flow &flow)
{
    return RichText::toPlainText(flow, [](const Inline &) { return QString(); });
}

} // namespace

QString SearchIndex::normalize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QString lower = text.toLower();
    for (const QChar c : lower)
        out += foldChar(c);
    out.replace(QLatin1String("aa"), QStringLiteral("å"));
    out.replace(QLatin1String("ae"), QStringLiteral("æ"));
    out.replace(QLatin1String("oe"), QStringLiteral("ø"));
    return out;
}

QStringList SearchIndex::tokenize(const QString &text, bool withParts)
{
    const QString normalized = normalize(text);
    QStringList tokens;
    qsizetype i = 0;
    const qsizetype n = normalized.size();
    while (i < n) {
        if (!isWordChar(normalized.at(i))) {
            ++i;
            continue;
        }
        // A compound runs over joiners that have a word character on both sides: "hae-01", "5.24",
        // "21(2)(b)", "iso/iec".
        qsizetype end = i;
        QStringList parts;
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
                    parts << normalized.mid(partStart, end - partStart);
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
        QString compound = normalized.mid(i, end - i);
        while (compound.endsWith(u'.') || compound.endsWith(u'-'))
            compound.chop(1);
        if (partStart < end) {
            QString last = normalized.mid(partStart, end - partStart);
            while (!last.isEmpty() && !isWordChar(last.back()))
                last.chop(1);
            parts << last;
        }
        tokens << compound;
        if (withParts && parts.size() > 1) {
            for (const QString &part : std::as_const(parts)) {
                if (!part.isEmpty() && part != compound)
                    tokens << part;
            }
        }
        i = end;
    }
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
    const QStringList tokens = tokenize(text);
    for (const QString &token : tokens) {
        auto it = m_termIndex.find(token);
        int termIndex;
        if (it == m_termIndex.end()) {
            termIndex = int(m_terms.size());
            m_termIndex.insert(token, termIndex);
            m_terms.push_back(token);
            m_postings.emplace_back();
        } else {
            termIndex = it.value();
        }
        std::vector<Posting> &postings = m_postings[termIndex];
        if (!postings.empty() && postings.back().clause == clause) {
            postings.back().weight = std::max(postings.back().weight, weight);
        } else {
            postings.push_back({clause, weight});
        }
    }
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
            const std::size_t prefixBegin = std::size_t(first - m_terms.begin());
            const std::size_t prefixEnd = std::size_t(it - m_terms.begin());
            for (std::size_t term = 0; term < m_terms.size(); ++term) {
                if (term == prefixBegin) {
                    term = prefixEnd - 1 + (prefixEnd == prefixBegin ? 1 : 0);
                    if (prefixEnd == prefixBegin && term >= m_terms.size())
                        break;
                    if (prefixEnd != prefixBegin)
                        continue;
                }
                if (m_terms[term].size() > word.size() && m_terms[term].contains(word))
                    visit(term, 0.5f);
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
