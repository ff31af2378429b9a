#include "searchindex.h"

#include <QThread>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <limits>
#include <numeric>
#include <system_error>
#include <thread>

namespace klausul {

namespace {

/** Where a word was found, in rising weight; a posting keeps the code in its low bits. */
enum Field : std::uint32_t {
    WeightGuidance,
    WeightParameter,
    WeightBody,
    WeightTheme,
    WeightReference,
    WeightTitle,
    WeightId,
};
constexpr std::array<float, 8> fieldWeights {3.0f, 8.0f, 10.0f, 25.0f, 30.0f, 40.0f, 100.0f, 0.0f};
constexpr unsigned FieldBits = 3;
constexpr std::uint32_t FieldMask = (1u << FieldBits) - 1;

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

/** Marks a character that normalize() does not fold to exactly one character. */
constexpr char16_t FoldSlow = 0xFFFF;

/**
 * normalize() of one character, lower case and accent folding together: FoldSlow for
 * surrogates and characters whose lower case is longer (İ). The table is filled as characters are
 * met (0: not yet), from any thread.
 */
char16_t foldLowerSlow(char16_t c)
{
    const QString lower = QString(QChar(c)).toLower();
    if (QChar::isSurrogate(c) || lower.size() != 1)
        return FoldSlow;
    return foldChar(lower.at(0)).unicode();
}

/** foldLowerSlow() and QChar::isLetterOrNumber() of the first 256 characters. */
struct Latin1
{
    std::array<char16_t, 256> fold {};
    std::array<bool, 256> word {};
};

const Latin1 &latin1()
{
    static const Latin1 tables = [] {
        Latin1 t;
        for (char16_t c = 0; c < 256; ++c) {
            t.fold[c] = foldLowerSlow(c);
            t.word[c] = QChar(c).isLetterOrNumber();
        }
        return t;
    }();
    return tables;
}

bool isWordChar(QChar c, const Latin1 &table)
{
    return c.unicode() < 0x100 ? table.word[c.unicode()] : c.isLetterOrNumber();
}

/** foldLowerSlow() of a character from U+0100 on, computed once per process (from any thread). */
char16_t foldLower(char16_t c)
{
    static std::array<std::atomic<char16_t>, 0x10000> table {};
    std::atomic<char16_t> &entry = table[c];
    char16_t folded = entry.load(std::memory_order_relaxed);
    if (folded == 0) {
        folded = foldLowerSlow(c);
        entry.store(folded, std::memory_order_relaxed);
    }
    return folded;
}

/** Four characters at a time (tokens are a few characters long: no memcmp() call). */
bool sameChars(QStringView token, const char16_t *chars)
{
    const char16_t *a = token.utf16();
    qsizetype n = token.size();
    for (; n >= 4; n -= 4, a += 4, chars += 4) {
        std::uint64_t x;
        std::uint64_t y;
        std::memcpy(&x, a, sizeof x);
        std::memcpy(&y, chars, sizeof y);
        if (x != y)
            return false;
    }
    for (; n > 0; --n, ++a, ++chars) {
        if (*a != *chars)
            return false;
    }
    return true;
}

constexpr std::size_t GramBuckets = std::size_t(1) << 16;

/** The bucket of the three characters at `chars`. */
std::size_t gramBucket(const char16_t *chars)
{
    const std::uint64_t gram =
        std::uint64_t(chars[0]) | std::uint64_t(chars[1]) << 16 | std::uint64_t(chars[2]) << 32;
    return std::size_t((gram * 0x9e3779b97f4a7c15ull) >> 48);
}

/** The first four characters of `token`, zero-padded. */
std::uint64_t headOf(QStringView token)
{
    const qsizetype n = std::min<qsizetype>(token.size(), 4);
    std::uint64_t head = 0;
    for (qsizetype k = 0; k < n; ++k)
        head |= std::uint64_t(token.utf16()[k]) << (16 * k);
    return head;
}

/** A hash of four characters at a time. */
std::uint32_t hashToken(QStringView token)
{
    constexpr std::uint64_t multiplier = 0xbf58476d1ce4e5b9ull;
    const char16_t *p = token.utf16();
    qsizetype n = token.size();
    std::uint64_t h = std::uint64_t(n) * 0x9e3779b97f4a7c15ull;
    for (; n >= 4; n -= 4, p += 4) {
        std::uint64_t word;
        std::memcpy(&word, p, sizeof word);
        h = (h ^ word) * multiplier;
        h ^= h >> 31;
    }
    if (n > 0) {
        std::uint64_t word = 0;
        std::memcpy(&word, p, std::size_t(n) * sizeof(char16_t));
        h = (h ^ word) * multiplier;
        h ^= h >> 31;
    }
    h *= 0x94d049bb133111ebull;
    return std::uint32_t(h ^ (h >> 32));
}

/** Code unit order, as QString's operator<, without a call per comparison. */
bool termLess(QStringView a, QStringView b)
{
    return std::lexicographical_compare(
        a.utf16(), a.utf16() + a.size(), b.utf16(), b.utf16() + b.size());
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
    const Latin1 &table = latin1();
    const QChar *const data = normalized.data();
    qsizetype i = 0;
    const qsizetype n = normalized.size();
    QVarLengthArray<QStringView, 8> parts;
    while (i < n) {
        if (!isWordChar(data[i], table)) {
            ++i;
            continue;
        }
        // Most words stand alone: not followed by joiners and another word.
        qsizetype wordEnd = i + 1;
        while (wordEnd < n && isWordChar(data[wordEnd], table))
            ++wordEnd;
        qsizetype after = wordEnd;
        while (after < n && isJoiner(data[after]))
            ++after;
        if (after == n || !isWordChar(data[after], table)) {
            sink(QStringView(data + i, wordEnd - i));
            i = after;
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

/**
 * Builds the index of a range of clauses in one pass per field: the field's plain text goes into
 * a reused buffer, is folded (lower case, accents, aa/ae/oe) into a second one, and its tokens
 * are looked up in an open-addressing table of the folded terms. Postings are appended in clause
 * order, one per term and clause (a stamp per term remembers the clause it was last seen in).
 * Nothing is allocated per token.
 */
class SearchIndex::Builder
{
public:
    Builder(const QList<Clause> &clauses, const QHash<QString, QString> &themeNames, int begin,
        int end);

    void run();
    /** Adds `other`'s terms to this table and returns their indices here, in `other`'s order. */
    std::vector<std::uint32_t> absorbTerms(const Builder &other);

    struct Term
    {
        std::uint32_t offset; // into m_chars
        std::uint32_t length;
        std::uint32_t hash;
    };

    const QList<Clause> &m_clauses;
    const QHash<QString, QString> &m_themeNames;
    const int m_begin;
    const int m_end;
    std::vector<char16_t> m_chars; // every term's characters, one after the other
    std::vector<Term> m_terms;
    std::vector<std::uint32_t> m_postings; // clause by clause: term << FieldBits | field
    std::vector<std::uint32_t> m_clauseEnd; // where each clause's postings end

    QStringView termText(std::uint32_t term) const
    {
        const Term &t = m_terms[term];
        return QStringView(m_chars.data() + t.offset, qsizetype(t.length));
    }

private:
    /**
     * A term in the table, with what a token needs to find it and to stamp it in one cache line
     * (mostly): a term of up to four characters is compared by `head` alone.
     */
    struct Slot
    {
        std::uint64_t head; // the first four characters, zero-padded (a token has no U+0000)
        std::uint32_t hash;
        std::int32_t term; // -1: empty
        int lastClause; // the clause whose posting is m_postings[posting]
        std::uint32_t posting;
        std::uint32_t offset; // the characters, in m_chars
        std::uint32_t length;
    };

    void addText(const QString &text, Field field);
    void addPair(const Translated<QString> &text, Field field);
    void addFlow(const PackedFlow &flow, Field field);
    /** Indexes m_text. */
    void addBuffer(Field field);
    void addToken(QStringView token, Field field);
    Slot &findOrInsert(QStringView token, std::uint32_t hash);
    void grow();

    int m_clause = -1;
    QString m_text; // the field being indexed
    std::vector<char16_t> m_folded; // m_text normalized
    std::vector<Slot> m_table;
    std::uint32_t m_mask = 0;
};

SearchIndex::Builder::Builder(
    const QList<Clause> &clauses, const QHash<QString, QString> &themeNames, int begin, int end)
    : m_clauses(clauses)
    , m_themeNames(themeNames)
    , m_begin(begin)
    , m_end(end)
{
    m_table.assign(1u << 14, Slot {0, 0, -1, -1, 0, 0, 0});
    m_mask = std::uint32_t(m_table.size() - 1);
    m_clauseEnd.reserve(std::size_t(end - begin));
    // Address space only: pages are not touched until used, and growing by copying would.
    m_postings.reserve(std::size_t(end - begin) * 1024);
}

void SearchIndex::Builder::run()
{
    for (m_clause = m_begin; m_clause < m_end; ++m_clause) {
        const Clause &clause = m_clauses.at(m_clause);
        addText(clause.id, WeightId);
        addPair(clause.title, WeightTitle);
        addText(m_themeNames.value(clause.theme), WeightTheme);
        for (const Reference &reference : clause.references)
            addText(reference.id, WeightReference);
        addFlow(clause.body.da, WeightBody);
        addFlow(clause.body.en, WeightBody);
        for (const Variant &variant : clause.variants) {
            addPair(variant.label, WeightParameter);
            addFlow(variant.body.da, WeightBody);
            addFlow(variant.body.en, WeightBody);
        }
        for (const Parameter &parameter : clause.parameters) {
            addPair(parameter.label, WeightParameter);
            for (const ParameterChoice &choice : parameter.choices)
                addPair(choice.label, WeightParameter);
        }
        for (const Guidance *g : {&clause.guidance.da, &clause.guidance.en}) {
            for (const GuidanceHeading &heading : guidanceHeadings())
                addFlow(g->*heading.member, WeightGuidance);
        }
        m_clauseEnd.push_back(std::uint32_t(m_postings.size()));
    }
}

void SearchIndex::Builder::addText(const QString &text, Field field)
{
    m_text.resize(0); // keeps the capacity; clear() would free it
    m_text += text;
    addBuffer(field);
}

void SearchIndex::Builder::addPair(const Translated<QString> &text, Field field)
{
    m_text.resize(0);
    m_text += text.da;
    m_text += u' ';
    m_text += text.en;
    addBuffer(field);
}

void SearchIndex::Builder::addFlow(const PackedFlow &flow, Field field)
{
    // The one place that reads a clause text for the index: what RichText::toPlainText() gives
    // with parameter slots and cross-references resolved to nothing.
    m_text.resize(0);
    flow.appendPlainText(m_text);
    addBuffer(field);
}

void SearchIndex::Builder::addBuffer(Field field)
{
    const qsizetype n = m_text.size();
    if (n == 0)
        return;
    if (m_folded.size() < std::size_t(n))
        m_folded.resize(std::size_t(n));
    const QChar *in = m_text.constData();
    char16_t *const begin = m_folded.data();
    char16_t *out = begin;
    const Latin1 &table = latin1();
    // normalize() in one pass: lower case and accents per character, then "aa", "ae" and "oe"
    // from the left, as its replace() passes give them (a folded pair is never "a" or "o").
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t raw = in[i].unicode();
        char16_t c;
        if (raw < 0x100) {
            c = table.fold[raw];
        } else {
            c = foldLower(raw);
            if (c == FoldSlow) {
                const QString normalized = normalize(m_text);
                forEachToken(normalized, true, [&](QStringView token) { addToken(token, field); });
                return;
            }
        }
        if ((c == u'a' || c == u'e') && out != begin) {
            char16_t &previous = out[-1];
            if (previous == u'a' && (c == u'a' || c == u'e')) {
                previous = c == u'a' ? u'\u00e5' : u'\u00e6';
                continue;
            }
            if (previous == u'o' && c == u'e') {
                previous = u'\u00f8';
                continue;
            }
        }
        *out++ = c;
    }
    forEachToken(
        QStringView(begin, out - begin), true, [&](QStringView token) { addToken(token, field); });
}

void SearchIndex::Builder::addToken(QStringView token, Field field)
{
    Slot &slot = findOrInsert(token, hashToken(token));
    if (slot.lastClause == m_clause) {
        std::uint32_t &posting = m_postings[slot.posting];
        if ((posting & FieldMask) < field)
            posting = (posting & ~FieldMask) | field;
        return;
    }
    slot.lastClause = m_clause;
    slot.posting = std::uint32_t(m_postings.size());
    m_postings.push_back(std::uint32_t(slot.term) << FieldBits | field);
}

SearchIndex::Builder::Slot &SearchIndex::Builder::findOrInsert(
    QStringView token, std::uint32_t hash)
{
    if (m_terms.size() * 2 >= m_table.size())
        grow(); // before looking: the slot returned stays where it is
    const std::uint64_t head = headOf(token);
    const auto length = std::uint32_t(token.size());
    for (std::uint32_t i = hash & m_mask;; i = (i + 1) & m_mask) {
        Slot &slot = m_table[i];
        if (slot.term < 0) {
            const auto offset = std::uint32_t(m_chars.size());
            slot = {head, hash, std::int32_t(m_terms.size()), -1, 0, offset, length};
            m_terms.push_back({offset, length, hash});
            m_chars.insert(m_chars.end(), token.utf16(), token.utf16() + token.size());
            return slot;
        }
        if (slot.hash == hash && slot.head == head && slot.length == length &&
            (length <= 4 || sameChars(token.mid(4), m_chars.data() + slot.offset + 4)))
            return slot;
    }
}

void SearchIndex::Builder::grow()
{
    std::vector<Slot> table(m_table.size() * 2, Slot {0, 0, -1, -1, 0, 0, 0});
    m_mask = std::uint32_t(table.size() - 1);
    for (const Slot &slot : m_table) {
        if (slot.term < 0)
            continue;
        std::uint32_t i = slot.hash & m_mask;
        while (table[i].term >= 0)
            i = (i + 1) & m_mask;
        table[i] = slot;
    }
    m_table = std::move(table);
}

std::vector<std::uint32_t> SearchIndex::Builder::absorbTerms(const Builder &other)
{
    std::vector<std::uint32_t> map;
    map.reserve(other.m_terms.size());
    for (std::uint32_t term = 0; term < other.m_terms.size(); ++term)
        map.push_back(
            std::uint32_t(findOrInsert(other.termText(term), other.m_terms[term].hash).term));
    return map;
}

SearchIndex::SearchIndex(const QList<Clause> &clauses)
    : SearchIndex(clauses, {})
{ }

SearchIndex::SearchIndex(const QList<Clause> &clauses, const QList<Theme> &themes)
{
    QHash<QString, QString> themeNames;
    for (const Theme &theme : themes)
        themeNames.insert(theme.id, theme.name.da + u' ' + theme.name.en);
    const int count = int(clauses.size());
    m_ids.reserve(count);
    for (const Clause &clause : clauses)
        m_ids << clause.id;

    // Two halves on two cores when there is enough to share; the second half's terms are then
    // added to the first's table and its postings follow the first's, so every term's postings
    // stay in clause order.
    const bool parallel = count >= 64 && QThread::idealThreadCount() > 1;
    const int middle = parallel ? count / 2 : count;
    Builder first(clauses, themeNames, 0, middle);
    Builder second(clauses, themeNames, middle, count);
    std::thread worker;
    if (parallel) {
        try {
            worker = std::thread([&second] { second.run(); });
        } catch (const std::system_error &) {
            // no thread to be had: build the second half here
        }
    }
    first.run();
    if (worker.joinable())
        worker.join();
    else
        second.run();
    const std::vector<std::uint32_t> secondTerms = first.absorbTerms(second);

    // Sort the terms; m_joined holds them in order, each followed by a newline.
    const std::size_t termCount = first.m_terms.size();
    std::vector<std::uint32_t> order(termCount);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return termLess(first.termText(a), first.termText(b));
    });
    std::vector<std::uint32_t> rank(termCount);
    qsizetype length = 0;
    for (std::uint32_t r = 0; r < termCount; ++r) {
        rank[order[r]] = r;
        length += qsizetype(first.m_terms[order[r]].length) + 1;
    }
    m_joined.reserve(length);
    m_offsets.reserve(termCount + 1);
    for (const std::uint32_t term : order) {
        m_offsets.push_back(m_joined.size());
        m_joined += first.termText(term);
        m_joined += u'\n';
    }
    m_offsets.push_back(m_joined.size());

    // Postings by term (a counting sort of the clause-ordered postings of both halves).
    m_postingStart.assign(termCount + 1, 0);
    for (const std::uint32_t posting : first.m_postings)
        ++m_postingStart[rank[posting >> FieldBits] + 1];
    for (const std::uint32_t posting : second.m_postings)
        ++m_postingStart[rank[secondTerms[posting >> FieldBits]] + 1];
    for (std::size_t t = 0; t < termCount; ++t)
        m_postingStart[t + 1] += m_postingStart[t];
    m_postings.resize(m_postingStart.back());
    std::vector<std::uint32_t> next(m_postingStart.begin(), m_postingStart.end() - 1);
    auto scatter = [&](const Builder &builder, const std::vector<std::uint32_t> *map) {
        std::size_t p = 0;
        for (int c = builder.m_begin; c < builder.m_end; ++c) {
            const std::size_t end = builder.m_clauseEnd[std::size_t(c - builder.m_begin)];
            for (; p < end; ++p) {
                const std::uint32_t posting = builder.m_postings[p];
                const std::uint32_t term = posting >> FieldBits;
                m_postings[next[rank[map ? (*map)[term] : term]]++] =
                    std::uint32_t(c) << FieldBits | (posting & FieldMask);
            }
        }
    };
    scatter(first, nullptr);
    scatter(second, &secondTerms);
    indexTrigrams();
}

void SearchIndex::indexTrigrams()
{
    // Two passes over every term's trigrams: count the terms per bucket, then list them.
    const auto termCount = std::uint32_t(this->termCount());
    m_gramStart.assign(GramBuckets + 1, 0);
    std::vector<std::uint32_t> last(GramBuckets, std::numeric_limits<std::uint32_t>::max());
    auto forEachGram = [&](auto &&sink) {
        for (std::uint32_t t = 0; t < termCount; ++t) {
            const QStringView text = term(t);
            for (qsizetype i = 0; i + 3 <= text.size(); ++i) {
                const std::size_t bucket = gramBucket(text.utf16() + i);
                if (last[bucket] != t) {
                    last[bucket] = t;
                    sink(bucket, t);
                }
            }
        }
    };
    forEachGram([&](std::size_t bucket, std::uint32_t) { ++m_gramStart[bucket + 1]; });
    for (std::size_t b = 0; b < GramBuckets; ++b)
        m_gramStart[b + 1] += m_gramStart[b];
    m_gramTerms.resize(m_gramStart.back());
    std::vector<std::uint32_t> next(m_gramStart.begin(), m_gramStart.end() - 1);
    std::fill(last.begin(), last.end(), std::numeric_limits<std::uint32_t>::max());
    forEachGram([&](std::size_t bucket, std::uint32_t t) { m_gramTerms[next[bucket]++] = t; });
}

QStringView SearchIndex::term(std::size_t term) const
{
    return QStringView(m_joined).mid(m_offsets[term], m_offsets[term + 1] - m_offsets[term] - 1);
}

namespace {

/**
 * Sorts hits listed in clause order by score, best first, keeping clause order among equal scores
 * (as std::stable_sort). A score is a sum of a few field weights times 1, 0.8 or 0.5, so a search
 * has few distinct scores: they are collected in a small hash set, sorted, and the hits placed by
 * counting. Many distinct scores fall back to std::stable_sort.
 */
void sortHits(QList<SearchIndex::Hit> &hits)
{
    constexpr std::size_t SetSize = 1024; // a power of two
    constexpr std::size_t MaxDistinct = SetSize / 2;
    auto byScore = [](const SearchIndex::Hit &a, const SearchIndex::Hit &b) {
        return a.score > b.score;
    };
    if (hits.size() < 64) {
        std::stable_sort(hits.begin(), hits.end(), byScore);
        return;
    }
    std::array<double, SetSize> keys;
    std::array<std::uint32_t, SetSize> counts {}; // 0: empty slot
    std::vector<std::uint16_t> slotOf(std::size_t(hits.size()));
    std::size_t distinct = 0;
    for (qsizetype h = 0; h < hits.size(); ++h) {
        const double score = hits.at(h).score;
        std::uint64_t bits;
        std::memcpy(&bits, &score, sizeof bits);
        std::size_t i = std::size_t((bits * 0x9e3779b97f4a7c15ull) >> 54) & (SetSize - 1);
        while (counts[i] != 0 && keys[i] != score)
            i = (i + 1) & (SetSize - 1);
        if (counts[i] == 0) {
            if (++distinct > MaxDistinct) {
                std::stable_sort(hits.begin(), hits.end(), byScore);
                return;
            }
            keys[i] = score;
        }
        ++counts[i];
        slotOf[std::size_t(h)] = std::uint16_t(i);
    }
    std::vector<std::uint16_t> order;
    order.reserve(distinct);
    for (std::size_t i = 0; i < SetSize; ++i) {
        if (counts[i] != 0)
            order.push_back(std::uint16_t(i));
    }
    std::sort(order.begin(), order.end(),
        [&](std::uint16_t a, std::uint16_t b) { return keys[a] > keys[b]; });
    std::array<std::uint32_t, SetSize> next;
    std::uint32_t at = 0;
    for (const std::uint16_t i : order) {
        next[i] = at;
        at += counts[i];
    }
    QList<SearchIndex::Hit> sorted(hits.size());
    for (qsizetype h = 0; h < hits.size(); ++h)
        sorted[next[slotOf[std::size_t(h)]]++] = hits.at(h);
    hits = std::move(sorted);
}

} // namespace

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
        auto visit = [&](std::size_t t, float factor) {
            const std::uint32_t *const end = m_postings.data() + m_postingStart[t + 1];
            for (const std::uint32_t *p = m_postings.data() + m_postingStart[t]; p != end; ++p) {
                const std::uint32_t clause = *p >> FieldBits;
                if (matchedWords[clause] != w)
                    continue; // already failed an earlier word
                const float weight = fieldWeights[*p & FieldMask] * factor;
                if (best[clause] == 0.0f)
                    touched.push_back(int(clause));
                best[clause] = std::max(best[clause], weight);
            }
        };
        // Prefix matches through the sorted term list ...
        const auto termCount = std::size_t(this->termCount());
        std::size_t prefixBegin = 0;
        for (std::size_t count = termCount; count > 0;) {
            const std::size_t half = count / 2;
            if (termLess(term(prefixBegin + half), word)) {
                prefixBegin += half + 1;
                count -= half + 1;
            } else {
                count = half;
            }
        }
        std::size_t prefixEnd = prefixBegin;
        while (prefixEnd < termCount && term(prefixEnd).startsWith(word))
            ++prefixEnd;
        for (std::size_t t = prefixBegin; t < prefixEnd; ++t)
            visit(t, term(t).size() == word.size() ? 1.0f : 0.8f);
        // ... and, for words of three letters or more, inside Danish compounds:
        // "hændelse" finds "sikkerhedshændelser", "leverandør" finds "underleverandører".
        if (word.size() >= 3) {
            // Only the terms listed under the word's rarest trigram (bucket) can contain it.
            std::size_t bucket = gramBucket(QStringView(word).utf16());
            for (qsizetype i = 1; i + 3 <= word.size(); ++i) {
                const std::size_t other = gramBucket(QStringView(word).utf16() + i);
                if (m_gramStart[other + 1] - m_gramStart[other] <
                    m_gramStart[bucket + 1] - m_gramStart[bucket])
                    bucket = other;
            }
            for (std::uint32_t g = m_gramStart[bucket]; g < m_gramStart[bucket + 1]; ++g) {
                const std::uint32_t t = m_gramTerms[g];
                if ((t < prefixBegin || t >= prefixEnd) && term(t).contains(word))
                    visit(t, 0.5f);
            }
        }
        for (int c : touched) {
            total[c] += best[c];
            best[c] = 0.0f;
            matchedWords[c] = w + 1;
        }
    }
    const int wordCount = int(words.size());
    qsizetype matched = 0;
    for (int c = 0; c < clauseCount; ++c)
        matched += matchedWords[c] == wordCount ? 1 : 0;
    hits.reserve(matched);
    for (int c = 0; c < clauseCount; ++c) {
        if (matchedWords[c] == wordCount)
            hits.append({c, total[c]});
    }
    sortHits(hits);
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
