#include "searchindex.h"

#include <QElapsedTimer>
#include <QSysInfo>
#include <QThread>
#include <QVarLengthArray>
#include <QtAlgorithms>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <future>
#include <limits>
#include <memory>
#include <mutex>
#include <numeric>
#include <system_error>
#include <thread>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

constexpr std::size_t GramBuckets = std::size_t(1) << 16;

/** The bucket of the three characters at `chars`. */
std::size_t gramBucket(const char16_t *chars)
{
    const std::uint64_t gram =
        std::uint64_t(chars[0]) | std::uint64_t(chars[1]) << 16 | std::uint64_t(chars[2]) << 32;
    return std::size_t((gram * 0x9e3779b97f4a7c15ull) >> 48);
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

namespace {

/** How a byte of folded UTF-8 takes part in tokenizing (see foldedText()). */
enum ByteClass : unsigned char { ClassOther, ClassWord, ClassJoiner };

/**
 * The tables of the UTF-8 fold: what an ASCII character folds to in folded text (its lower case
 * when it is a letter or digit, a joiner as it is, anything else a space), and the class of every
 * byte of folded text.
 */
struct Utf8Tables
{
    std::array<unsigned char, 128> ascii {};
    std::array<ByteClass, 256> byteClass {};
    /** Of a byte of folded text, for "aa", "ae" and "oe": 1 for "a", 2 for "o", 4 for "e". */
    std::array<unsigned char, 256> role {};
};

/** Bit previousRole * 8 + role is set where two folded characters are one: a+a, a+e, o+e. */
constexpr std::uint64_t MergedPairs = 1u << (1 * 8 + 1) | 1u << (1 * 8 + 4) | 1u << (2 * 8 + 4);

const Utf8Tables &utf8Tables()
{
    static const Utf8Tables tables = [] {
        const Latin1 &latin = latin1();
        Utf8Tables t;
        for (char16_t c = 0; c < 128; ++c) {
            const char16_t folded = latin.fold[c]; // ASCII folds to ASCII
            if (latin.word[folded])
                t.ascii[c] = static_cast<unsigned char>(folded);
            else if (isJoiner(QChar(folded)))
                t.ascii[c] = static_cast<unsigned char>(folded);
            else
                t.ascii[c] = ' ';
        }
        t.role['a'] = 1;
        t.role['o'] = 2;
        t.role['e'] = 4;
        for (int b = 0; b < 256; ++b) {
            if (b >= 0x80)
                t.byteClass[std::size_t(b)] = ClassWord; // only letters and digits stay non-ASCII
            else if (latin.word[std::size_t(b)])
                t.byteClass[std::size_t(b)] = ClassWord;
            else if (isJoiner(QChar(char16_t(b))))
                t.byteClass[std::size_t(b)] = ClassJoiner;
            else
                t.byteClass[std::size_t(b)] = ClassOther;
        }
        return t;
    }();
    return tables;
}

/**
 * Writes normalize() of a text as UTF-8, one character at a time, with every character that is
 * neither a letter or digit nor a joiner written as a space (tokenizing sees no difference: a
 * token holds only letters, digits and joiners). Then every byte from 0x80 on belongs to a letter
 * or digit, and a byte's class tells the tokenizer all it needs.
 */
class Utf8Folder
{
public:
    /** Writes at `out`; out[-1] is readable (a space before the first character). */
    explicit Utf8Folder(unsigned char *out)
        : m_tables(utf8Tables())
        , m_latin1(latin1())
        , m_out(out)
    { }

    unsigned char *end() const { return m_out; }

    /** One ASCII character of the text. */
    void ascii(unsigned char c) { folded(m_tables.ascii[c]); }

    /**
     * One character of the text from U+0080 on, in the BMP and not a surrogate. False when the
     * text needs normalize() itself (a character whose lower case is longer).
     */
    bool wide(char16_t c)
    {
        const char16_t f = c < 0x100 ? m_latin1.fold[c] : foldLower(c);
        if (f == FoldSlow)
            return false;
        if (f < 0x80) {
            folded(m_tables.ascii[f]);
            return true;
        }
        if (!(f < 0x100 ? m_latin1.word[f] : QChar(f).isLetterOrNumber())) {
            *m_out++ = ' ';
        } else if (f < 0x800) {
            *m_out++ = static_cast<unsigned char>(0xc0 | (f >> 6));
            *m_out++ = static_cast<unsigned char>(0x80 | (f & 0x3f));
        } else {
            *m_out++ = static_cast<unsigned char>(0xe0 | (f >> 12));
            *m_out++ = static_cast<unsigned char>(0x80 | ((f >> 6) & 0x3f));
            *m_out++ = static_cast<unsigned char>(0x80 | (f & 0x3f));
        }
        return true;
    }

    /**
     * Sixteen bytes of text at once, if they are ASCII and fold to no "aa", "ae" or "oe" (also
     * with the character before them); otherwise false, and nothing is written.
     */
    bool asciiBlock(const unsigned char *p)
    {
#if defined(__SSE2__)
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        if (_mm_movemask_epi8(v) != 0)
            return false;
        auto in = [](__m128i x, char low, char high) {
            return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(char(low - 1))),
                _mm_cmplt_epi8(x, _mm_set1_epi8(char(high + 1))));
        };
        auto is = [](__m128i x, char c) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(c)); };
        const __m128i lower = _mm_or_si128(v, _mm_and_si128(in(v, 'A', 'Z'), _mm_set1_epi8(0x20)));
        const __m128i word = _mm_or_si128(in(lower, 'a', 'z'), in(lower, '0', '9'));
        const __m128i joiner = _mm_or_si128(_mm_or_si128(is(v, '.'), is(v, '-')),
            _mm_or_si128(
                _mm_or_si128(is(v, '('), is(v, ')')), _mm_or_si128(is(v, '/'), is(v, ':'))));
        const __m128i keep = _mm_or_si128(word, joiner);
        const __m128i folded =
            _mm_or_si128(_mm_and_si128(keep, lower), _mm_andnot_si128(keep, _mm_set1_epi8(' ')));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(m_out), folded);
        // The character before each: built in registers, as loading it from m_out - 1 right after
        // the store above cannot be forwarded from the store and waits for it.
        const __m128i previous =
            _mm_or_si128(_mm_slli_si128(folded, 1), _mm_cvtsi32_si128(int(m_out[-1])));
        const __m128i pairs = _mm_or_si128(
            _mm_and_si128(is(previous, 'a'), _mm_or_si128(is(folded, 'a'), is(folded, 'e'))),
            _mm_and_si128(is(previous, 'o'), is(folded, 'e')));
        if (_mm_movemask_epi8(pairs) != 0)
            return false; // the bytes written are written again, one by one
        m_out += 16;
        return true;
#else
        Q_UNUSED(p);
        return false;
#endif
    }

private:
    /** An ASCII character of folded text; "aa", "ae" and "oe" from the left, as normalize(). */
    void folded(unsigned char c)
    {
        const unsigned previous = m_out[-1];
        if (Q_UNLIKELY(MergedPairs >> (m_tables.role[previous] * 8 + m_tables.role[c]) & 1)) {
            // å U+00E5, æ U+00E6, ø U+00F8
            m_out[-1] = 0xc3;
            *m_out++ = previous == 'o' ? 0xb8 : c == 'a' ? 0xa5 : 0xa6;
            return;
        }
        *m_out++ = c;
    }

    const Utf8Tables &m_tables;
    const Latin1 &m_latin1;
    unsigned char *m_out;
};

/**
 * Folds UTF-8 text into `out` (room for two bytes per byte of text and 16 more; out[-1]
 * readable). Null when the text needs the UTF-16 path: malformed or overlong sequences,
 * characters outside the BMP or a character whose lower case is longer.
 */
unsigned char *foldUtf8(const unsigned char *p, const unsigned char *end, unsigned char *out)
{
    Utf8Folder folder(out);
    while (p != end) {
        if (end - p >= 16 && folder.asciiBlock(p)) {
            p += 16;
            continue;
        }
        // One by one through the next 16 bytes (and the character that ends in them).
        const unsigned char *const stop = end - p > 16 ? p + 16 : end;
        while (p < stop) {
            const unsigned char b = *p;
            if (b < 0x80) {
                folder.ascii(b);
                ++p;
                continue;
            }
            char16_t code;
            if (b >= 0xc2 && b < 0xe0) {
                if (end - p < 2 || (p[1] & 0xc0) != 0x80)
                    return nullptr;
                code = char16_t((b & 0x1f) << 6 | (p[1] & 0x3f));
                p += 2;
            } else if (b >= 0xe0 && b < 0xf0) {
                if (end - p < 3 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80)
                    return nullptr;
                code = char16_t((b & 0x0f) << 12 | (p[1] & 0x3f) << 6 | (p[2] & 0x3f));
                if (code < 0x800 || QChar::isSurrogate(code))
                    return nullptr;
                p += 3;
            } else {
                return nullptr;
            }
            if (!folder.wide(code))
                return nullptr;
        }
    }
    return folder.end();
}

/** foldUtf8() of UTF-16 text (room for three bytes per character; out[-1] readable). */
unsigned char *foldUtf16(const char16_t *p, const char16_t *end, unsigned char *out)
{
    Utf8Folder folder(out);
    for (; p != end; ++p) {
        const char16_t c = *p;
        if (c < 0x80)
            folder.ascii(static_cast<unsigned char>(c));
        else if (QChar::isSurrogate(c) || !folder.wide(c))
            return nullptr;
    }
    return folder.end();
}

/**
 * The bit of every byte of folded text (`n` bytes, 15 more readable) that is a word character,
 * and of every joiner, 64 bytes a word; bits from `n` on are clear.
 */
void classify(const unsigned char *data, std::uint32_t n, std::vector<std::uint64_t> &word,
    std::vector<std::uint64_t> &joiner)
{
    const std::size_t words = n / 64 + 1;
    word.assign(words, 0);
    joiner.assign(words, 0);
#if defined(__SSE2__)
    auto in = [](__m128i x, char low, char high) {
        return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(char(low - 1))),
            _mm_cmplt_epi8(x, _mm_set1_epi8(char(high + 1))));
    };
    auto is = [](__m128i x, char c) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(c)); };
    for (std::uint32_t k = 0; k < n; k += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + k));
        const auto high = unsigned(_mm_movemask_epi8(v)); // from U+0080 on: letters and digits
        const auto wordBits =
            unsigned(_mm_movemask_epi8(_mm_or_si128(in(v, 'a', 'z'), in(v, '0', '9')))) | high;
        const auto joinerBits =
            unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(is(v, '.'), is(v, '-')),
                _mm_or_si128(
                    _mm_or_si128(is(v, '('), is(v, ')')), _mm_or_si128(is(v, '/'), is(v, ':'))))));
        word[k / 64] |= std::uint64_t(wordBits) << (k % 64);
        joiner[k / 64] |= std::uint64_t(joinerBits) << (k % 64);
    }
#else
    const std::array<ByteClass, 256> &cls = utf8Tables().byteClass;
    for (std::uint32_t k = 0; k < n; ++k) {
        word[k / 64] |= std::uint64_t(cls[data[k]] == ClassWord) << (k % 64);
        joiner[k / 64] |= std::uint64_t(cls[data[k]] == ClassJoiner) << (k % 64);
    }
#endif
    if (n % 64 != 0) {
        const std::uint64_t kept = ~std::uint64_t(0) >> (64 - n % 64);
        word[n / 64] &= kept;
        joiner[n / 64] &= kept;
    } else {
        word[n / 64] = 0;
        joiner[n / 64] = 0;
    }
}

/** The first position from `i` on (up to `n`) whose bit in `bits` is set, else `n`. */
inline std::uint32_t nextSet(const std::uint64_t *bits, std::uint32_t i, std::uint32_t n)
{
    while (i < n) {
        const std::uint64_t w = bits[i / 64] >> (i % 64);
        if (w != 0)
            return std::min(n, i + std::uint32_t(qCountTrailingZeroBits(w)));
        i = (i & ~63u) + 64;
    }
    return n;
}

/** The first position from `i` on (up to `n`) whose bit in `bits` is clear, else `n`. */
inline std::uint32_t nextClear(const std::uint64_t *bits, std::uint32_t i, std::uint32_t n)
{
    while (i < n) {
        const std::uint64_t w = ~bits[i / 64] >> (i % 64);
        if (w != 0)
            return std::min(n, i + std::uint32_t(qCountTrailingZeroBits(w)));
        i = (i & ~63u) + 64;
    }
    return n;
}

/**
 * Calls `sink(start, size)` with the tokens of folded text, as forEachToken() lists those of the
 * normalized text (with parts): the same rules, by byte class (`word` and `joiner` from
 * classify()). Words that stand alone are found by their bits, compounds byte by byte.
 */
template<typename Sink>
void forEachFoldedToken(const unsigned char *data, std::uint32_t n, const std::uint64_t *word,
    const std::uint64_t *joiner, Sink &&sink)
{
    const std::array<ByteClass, 256> &cls = utf8Tables().byteClass;
    QVarLengthArray<std::pair<std::uint32_t, std::uint32_t>, 8> parts; // start, size
    std::uint32_t i = nextSet(word, 0, n);
    while (i < n) {
        const std::uint32_t wordEnd = nextClear(word, i, n);
        // Most words stand alone: not followed by joiners and another word.
        if (wordEnd == n || !(joiner[wordEnd / 64] >> (wordEnd % 64) & 1)) {
            sink(i, wordEnd - i);
            i = nextSet(word, wordEnd, n);
            continue;
        }
        const std::uint32_t after = nextClear(joiner, wordEnd, n);
        if (after == n || !(word[after / 64] >> (after % 64) & 1)) {
            sink(i, wordEnd - i);
            i = nextSet(word, after, n);
            continue;
        }
        // A compound runs over joiners that have a word character on both sides.
        std::uint32_t end = i;
        parts.clear();
        std::uint32_t partStart = i;
        while (end < n) {
            const unsigned char c = data[end];
            if (cls[c] == ClassWord) {
                ++end;
                continue;
            }
            if (cls[c] == ClassJoiner) {
                std::uint32_t look = end;
                while (look < n && cls[data[look]] == ClassJoiner)
                    ++look;
                if (look < n && cls[data[look]] == ClassWord) {
                    parts.append({partStart, end - partStart});
                    partStart = look;
                    end = look;
                    continue;
                }
                if (c == ')' && !parts.isEmpty()) {
                    ++end;
                    continue;
                }
            }
            break;
        }
        std::uint32_t compoundEnd = end;
        while (data[compoundEnd - 1] == '.' || data[compoundEnd - 1] == '-')
            --compoundEnd; // a compound starts with a word character
        if (partStart < end) {
            std::uint32_t lastEnd = end;
            while (lastEnd > partStart && cls[data[lastEnd - 1]] != ClassWord)
                --lastEnd;
            parts.append({partStart, lastEnd - partStart});
        }
        const std::uint32_t compoundSize = compoundEnd - i;
        sink(i, compoundSize);
        if (parts.size() > 1) {
            for (const auto &[start, size] : std::as_const(parts)) {
                if (size != 0 &&
                    (size != compoundSize || std::memcmp(data + start, data + i, size) != 0))
                    sink(start, size);
            }
        }
        i = nextSet(word, end, n);
    }
}

std::uint64_t load64(const unsigned char *p)
{
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    return word;
}

/** The first `size` bytes of a word loaded from memory (all of it from 8 on). */
std::uint64_t firstBytes(std::uint64_t word, std::uint32_t size)
{
    static constexpr std::array<std::uint64_t, 9> masks = [] {
        std::array<std::uint64_t, 9> m {};
        for (unsigned n = 1; n <= 8; ++n) {
            m[n] = QSysInfo::ByteOrder == QSysInfo::LittleEndian
                ? ~std::uint64_t(0) >> (64 - 8 * n)
                : ~std::uint64_t(0) << (64 - 8 * n);
        }
        return m;
    }();
    return word & masks[std::min(size, 8u)];
}

/** A token of folded text: where it is, and what the term table compares first. */
struct Token
{
    const unsigned char *chars;
    std::uint32_t size;
    std::uint32_t hash;
    std::uint64_t head; // the first eight bytes, zero-padded (a token has no zero byte)
    std::uint64_t tail; // the next eight, zero-padded
};

/** Room a token needs after its end: makeToken() reads 16 bytes from its start. */
constexpr std::size_t TokenSlack = 16;

/**
 * A token at `chars`, which has at least TokenSlack readable bytes after its end. The hash is of
 * the size and the first 16 bytes (longer tokens that share them are told apart by comparing).
 */
inline Token makeToken(const unsigned char *chars, std::uint32_t size)
{
    const std::uint64_t head = firstBytes(load64(chars), size);
    const std::uint64_t tail = firstBytes(load64(chars + 8), size > 8 ? size - 8 : 0);
    std::uint64_t h = (head ^ (std::uint64_t(size) << 56)) * 0xbf58476d1ce4e5b9ull;
    h = (h ^ (h >> 31) ^ tail) * 0x94d049bb133111ebull;
    h ^= h >> 29;
    return {chars, size, std::uint32_t(h ^ (h >> 32)), head, tail};
}

/**
 * Decodes UTF-8 that foldUtf8() or foldUtf16() wrote (one to three bytes a character) to `out`,
 * which has room for `size` characters; returns the end.
 */
char16_t *decodeFoldedUtf8(char16_t *out, const unsigned char *p, std::uint32_t size)
{
    const unsigned char *const end = p + size;
    while (p != end) {
        const unsigned char b = *p;
        if (b < 0x80) {
            *out++ = char16_t(b);
            ++p;
        } else if (b < 0xe0) {
            *out++ = char16_t((b & 0x1f) << 6 | (p[1] & 0x3f));
            p += 2;
        } else {
            *out++ = char16_t((b & 0x0f) << 12 | (p[1] & 0x3f) << 6 | (p[2] & 0x3f));
            p += 3;
        }
    }
    return out;
}

/**
 * Runs `work` on a thread of its own if `beside`, and there is one to be had; else here, now. The
 * future gives its end (and what it threw).
 */
template<typename Work>
std::future<void> runBeside(bool beside, const Work &work)
{
    if (beside) {
        try {
            return std::async(std::launch::async, work);
        } catch (const std::system_error &) {
            // no thread to be had: done here
        }
    }
    std::promise<void> done;
    try {
        work();
        done.set_value();
    } catch (...) {
        done.set_exception(std::current_exception());
    }
    return done.get_future();
}

} // namespace

/**
 * Builds the index of the clauses in the chunks it takes (several builders take chunks from one
 * counter, on threads of their own), in one pass per field: the field's plain text, as UTF-8
 * copied from the packed text (or UTF-16 from a QString), is folded into UTF-8 in one pass
 * (foldUtf8()), tokenized (forEachFoldedToken()), and its tokens looked up in an open-addressing
 * table of the folded terms (prefetched a few tokens ahead). Postings are appended in clause
 * order within each chunk, one per term and clause (a stamp per term remembers the clause it
 * was last seen in). Nothing is allocated per token. Then place() sorts them by term into the
 * builder's part of the index, on the same thread.
 *
 * The large arrays come from LargeArrayAllocator: in a virtual machine taking fresh memory 4 kB
 * at a time was a third of the build (see docs/performance.md, fifth round).
 */
class SearchIndex::Builder
{
public:
    /** What the builders share: which chunk is next, and where each one's postings went. */
    struct Chunks
    {
        Chunks(int clauseCount, int chunkSize)
            : size(chunkSize)
            , count((clauseCount + chunkSize - 1) / chunkSize)
            , owner(std::size_t(count), -1)
            , begin(std::size_t(count), 0)
            , clauseEnd(std::size_t(clauseCount), 0)
        { }
        const int size;
        const int count;
        std::atomic<int> next {0};
        std::vector<int> owner; // the builder that indexed each chunk
        std::vector<std::uint32_t> begin; // where each chunk's postings start in its builder
        std::vector<std::uint32_t> clauseEnd; // where each clause's end there

        /** Says that one more builder has indexed its chunks. */
        void built()
        {
            const std::lock_guard<std::mutex> lock(mutex);
            ++builtCount;
            allBuilt.notify_all();
        }
        /** Waits until `builders` have. */
        void waitUntilBuilt(int builders)
        {
            std::unique_lock<std::mutex> lock(mutex);
            allBuilt.wait(lock, [&] { return builtCount >= builders; });
        }
        /**
         * Says that the terms are sorted and each builder's ranks are in `rankOf` (or, with
         * null, that they never will be: the builders then place nothing).
         */
        void ranksReady(const std::vector<std::vector<std::uint32_t>> *ranks)
        {
            const std::lock_guard<std::mutex> lock(mutex);
            rankOf = ranks;
            ranksDone = true;
            allBuilt.notify_all();
        }
        /** Waits for ranksReady(): builder `id`'s ranks, or null. */
        const std::vector<std::uint32_t> *waitForRanks(int id)
        {
            std::unique_lock<std::mutex> lock(mutex);
            allBuilt.wait(lock, [&] { return ranksDone; });
            return rankOf ? &(*rankOf)[std::size_t(id)] : nullptr;
        }
        std::mutex mutex;
        std::condition_variable allBuilt;
        int builtCount = 0;
        bool ranksDone = false;
        std::size_t termCount = 0; // set before ranksReady()
        const std::vector<std::vector<std::uint32_t>> *rankOf = nullptr;
    };

    /** Builder `id` of `builders`. */
    Builder(const QList<Clause> &clauses, const QHash<QString, QString> &themeNames, Chunks &chunks,
        int id, int builders);

    /** Indexes chunks until none is left. */
    void build();
    /**
     * Fills m_part from m_postings: a counting sort by the rank of each term in the sorted list
     * of all `termCount` terms (`rankOf` its own terms' ranks), chunk by chunk in clause order.
     */
    void place(const std::vector<std::uint32_t> &rankOf, std::size_t termCount);
    /** Adds `other`'s terms to this table and returns their indices here, in `other`'s order. */
    std::vector<std::uint32_t> absorbTerms(const Builder &other);

    struct Term
    {
        std::uint64_t head;
        std::uint64_t tail;
        std::uint32_t offset; // into m_chars
        std::uint32_t size;
        std::uint32_t hash;
    };

    const QList<Clause> &m_clauses;
    const QHash<QString, QString> &m_themeNames;
    Chunks &m_chunks;
    const int m_id;
    std::vector<unsigned char> m_chars; // every term's folded UTF-8, one after the other
    LargeVector<Term> m_terms;
    LargeVector<std::uint32_t> m_postings; // clause by clause: term << FieldBits | field
    std::size_t m_ownTerms = 0; // the terms of its own clauses (before absorbTerms())
    Part m_part; // its postings by term, once run() is done

private:
    /**
     * A term in the table, with what a token needs to find it and to stamp it in one cache line
     * (two slots a line): a term of up to 15 bytes is compared by `head` and `tail` alone.
     */
    struct alignas(32) Slot
    {
        std::uint64_t head;
        std::uint64_t tail;
        std::uint32_t hash;
        std::int32_t term; // -1: empty
        int lastClause; // the clause whose posting is m_postings[posting]
        std::uint32_t posting;
    };
    static_assert(sizeof(Slot) == 32);

    void indexClause(const Clause &clause);
    /**
     * Asks for the start of a clause's texts to be read into the cache: they are read once, each
     * from memory that nothing has touched since loading, and the first read of each waited.
     */
    static void prefetchTexts(const Clause &clause)
    {
        for (const PackedFlow *flow : {&clause.body.da, &clause.body.en})
            __builtin_prefetch(flow->bytes().constData());
        for (const Guidance *g : {&clause.guidance.da, &clause.guidance.en}) {
            for (const GuidanceHeading &heading : guidanceHeadings())
                __builtin_prefetch((g->*heading.member).bytes().constData());
        }
    }
    void addText(const QString &text, Field field);
    void addPair(const Translated<QString> &text, Field field);
    void addFlow(const PackedFlow &flow, Field field);
    /** Indexes folded text of m_folded up to `end`, or `slow` (the field) if that is null. */
    void addFolded(const unsigned char *end, const QString &slow, Field field);
    /** Where to fold text into, with room for `size` bytes and TokenSlack more. */
    unsigned char *foldBuffer(std::size_t size)
    {
        if (m_folded.size() < 1 + size + TokenSlack)
            m_folded.resize(1 + size + TokenSlack);
        m_folded[0] = ' '; // before the first character
        return m_folded.data() + 1;
    }
    void addToken(const Token &token, Field field);
    Slot &findOrInsert(const Token &token);
    void grow();
    /** Whether a token of 16 bytes or more, whose first 16 are the term's, is the term. */
    bool sameLongTerm(const Token &token, const Term &term) const
    {
        if (term.size != token.size)
            return false;
        const unsigned char *a = token.chars + 16;
        const unsigned char *b = m_chars.data() + term.offset + 16;
        std::uint32_t n = token.size - 16;
        for (; n >= 8; n -= 8, a += 8, b += 8) {
            if (load64(a) != load64(b))
                return false;
        }
        for (; n > 0; --n, ++a, ++b) {
            if (*a != *b)
                return false;
        }
        return true;
    }

    int m_clause = -1;
    QByteArray m_utf8; // a packed field's plain text
    QString m_utf16; // a field's plain text, for the slow path
    std::vector<unsigned char> m_folded; // a space, then the folded text
    std::vector<std::uint64_t> m_wordBits; // of the folded text: classify()
    std::vector<std::uint64_t> m_joinerBits;
    LargeVector<Slot> m_table;
    std::uint32_t m_mask = 0;
};

SearchIndex::Builder::Builder(const QList<Clause> &clauses,
    const QHash<QString, QString> &themeNames, Chunks &chunks, int id, int builders)
    : m_clauses(clauses)
    , m_themeNames(themeNames)
    , m_chunks(chunks)
    , m_id(id)
{
    // Room for the terms of its share of the clauses at once (growing makes the table again):
    // some 8 new terms a clause, at most half the slots used; from 16,384 to 131,072 slots.
    std::size_t tableSize = std::size_t(1) << 14;
    const auto share = std::size_t(clauses.size()) / std::size_t(builders);
    while (tableSize < 16 * share && tableSize < (std::size_t(1) << 17))
        tableSize *= 2;
    m_table.assign(tableSize, Slot {0, 0, 0, -1, -1, 0});
    m_mask = std::uint32_t(m_table.size() - 1);
}

void SearchIndex::Builder::build()
{
    for (;;) {
        const int chunk = m_chunks.next.fetch_add(1, std::memory_order_relaxed);
        if (chunk >= m_chunks.count)
            break;
        m_chunks.owner[std::size_t(chunk)] = m_id;
        m_chunks.begin[std::size_t(chunk)] = std::uint32_t(m_postings.size());
        const int end = std::min(int(m_clauses.size()), (chunk + 1) * m_chunks.size);
        for (m_clause = chunk * m_chunks.size; m_clause < end; ++m_clause) {
            if (m_clause + 1 < end)
                prefetchTexts(m_clauses.at(m_clause + 1));
            indexClause(m_clauses.at(m_clause));
            m_chunks.clauseEnd[std::size_t(m_clause)] = std::uint32_t(m_postings.size());
        }
    }
    m_ownTerms = m_terms.size();
}

void SearchIndex::Builder::place(const std::vector<std::uint32_t> &rankOf, std::size_t termCount)
{
    const std::uint32_t *const rank = rankOf.data();
    m_part.start.assign(termCount + 1, 0);
    for (const std::uint32_t posting : m_postings)
        ++m_part.start[rank[posting >> FieldBits] + 1];
    for (std::size_t t = 0; t < termCount; ++t)
        m_part.start[t + 1] += m_part.start[t];
    m_part.postings.resize(m_postings.size());
    // Its postings, chunk by chunk (so in clause order), to `place`.
    auto forEachPosting = [&](auto &&place) {
        for (int chunk = 0; chunk < m_chunks.count; ++chunk) {
            if (m_chunks.owner[std::size_t(chunk)] != m_id)
                continue;
            std::size_t p = m_chunks.begin[std::size_t(chunk)];
            const int end = std::min(int(m_clauses.size()), (chunk + 1) * m_chunks.size);
            for (int c = chunk * m_chunks.size; c < end; ++c) {
                const std::size_t clauseEnd = m_chunks.clauseEnd[std::size_t(c)];
                for (; p < clauseEnd; ++p) {
                    const std::uint32_t posting = m_postings[p];
                    place(rank[posting >> FieldBits],
                        std::uint32_t(c) << FieldBits | (posting & FieldMask));
                }
            }
        }
    };
    const std::uint32_t *const start = m_part.start.data();
    std::uint32_t *const out = m_part.postings.data();
    constexpr unsigned BlockBits = 8; // terms per block: 256
    constexpr unsigned ClauseBits = 32 - BlockBits - FieldBits;
    if (m_clauses.size() >= (qsizetype(1) << ClauseBits)) {
        std::vector<std::uint32_t> next(start, start + termCount);
        forEachPosting(
            [&](std::uint32_t term, std::uint32_t posting) { out[next[term]++] = posting; });
        return;
    }
    // In two passes that each write to few places at a time (a pass straight to every term's
    // place misses the cache on most postings): first by blocks of 256 terms, each posting with
    // its term's place in the block, then within each block by term.
    const std::size_t blocks = (termCount >> BlockBits) + 1;
    auto blockStart = [&](std::size_t b) { return start[std::min(termCount, b << BlockBits)]; };
    std::vector<std::uint32_t> blockNext(blocks);
    for (std::size_t b = 0; b < blocks; ++b)
        blockNext[b] = blockStart(b);
    forEachPosting([&](std::uint32_t term, std::uint32_t posting) {
        out[blockNext[term >> BlockBits]++] =
            (term & ((1u << BlockBits) - 1)) << (32 - BlockBits) | posting;
    });
    // Each block copied to m_postings, read already (its memory is taken, new memory is dear).
    LargeVector<std::uint32_t> &block = m_postings;
    std::array<std::uint32_t, 1u << BlockBits> next {};
    for (std::size_t b = 0; b < blocks; ++b) {
        const std::size_t low = b << BlockBits;
        const std::size_t high = std::min(termCount, (b + 1) << BlockBits);
        if (low >= high)
            break;
        block.assign(out + blockStart(b), out + blockStart(b + 1));
        for (std::size_t t = low; t < high; ++t)
            next[t - low] = start[t];
        for (const std::uint32_t posting : block)
            out[next[posting >> (32 - BlockBits)]++] = posting & ((1u << (32 - BlockBits)) - 1);
    }
}

void SearchIndex::Builder::indexClause(const Clause &clause)
{
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
}

inline void SearchIndex::Builder::addToken(const Token &token, Field field)
{
    Slot &slot = findOrInsert(token);
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

inline SearchIndex::Builder::Slot &SearchIndex::Builder::findOrInsert(const Token &token)
{
    if (m_terms.size() * 2 >= m_table.size())
        grow(); // before looking: the slot returned stays where it is
    for (std::uint32_t i = token.hash & m_mask;; i = (i + 1) & m_mask) {
        Slot &slot = m_table[i];
        if (slot.term < 0) {
            const auto offset = std::uint32_t(m_chars.size());
            slot = {token.head, token.tail, token.hash, std::int32_t(m_terms.size()), -1, 0};
            m_terms.push_back({token.head, token.tail, offset, token.size, token.hash});
            m_chars.insert(m_chars.end(), token.chars, token.chars + token.size);
            return slot;
        }
        // Below 16 bytes, a token's zero padding makes `head` and `tail` tell its size too.
        if (slot.hash == token.hash && slot.head == token.head && slot.tail == token.tail &&
            (token.size < 16 || sameLongTerm(token, m_terms[std::size_t(slot.term)])))
            return slot;
    }
}

void SearchIndex::Builder::addText(const QString &text, Field field)
{
    if (text.isEmpty())
        return;
    const auto size = std::size_t(text.size());
    const char16_t *const chars = QStringView(text).utf16();
    addFolded(foldUtf16(chars, chars + size, foldBuffer(3 * size)), text, field);
}

void SearchIndex::Builder::addPair(const Translated<QString> &text, Field field)
{
    m_utf16.resize(0); // keeps the capacity; clear() would free it
    m_utf16 += text.da;
    m_utf16 += u' ';
    m_utf16 += text.en;
    addText(m_utf16, field);
}

void SearchIndex::Builder::addFlow(const PackedFlow &flow, Field field)
{
    // The one place that reads a clause text for the index: what RichText::toPlainText() gives
    // with parameter slots and cross-references resolved to nothing, as UTF-8.
    m_utf8.resize(0);
    flow.appendPlainUtf8(m_utf8);
    const auto size = std::size_t(m_utf8.size());
    if (size == 0)
        return;
    const auto *const bytes = reinterpret_cast<const unsigned char *>(m_utf8.constData());
    unsigned char *const end = foldUtf8(bytes, bytes + size, foldBuffer(2 * size));
    if (end) {
        addFolded(end, QString(), field);
        return;
    }
    m_utf16.resize(0);
    flow.appendPlainText(m_utf16);
    addFolded(nullptr, m_utf16, field);
}

void SearchIndex::Builder::addFolded(const unsigned char *end, const QString &slow, Field field)
{
    if (!end) {
        // normalize() itself, and its tokens as UTF-8 (a token has no surrogate: none is a
        // letter or digit by itself).
        const QString normalized = normalize(slow);
        forEachToken(normalized, true, [&](QStringView token) {
            QByteArray utf8 = token.toUtf8();
            const auto size = std::uint32_t(utf8.size());
            utf8.append(qsizetype(TokenSlack), '\0');
            addToken(
                makeToken(reinterpret_cast<const unsigned char *>(utf8.constData()), size), field);
        });
        return;
    }
    const unsigned char *const data = m_folded.data() + 1;
    const auto n = std::uint32_t(end - data);
    classify(data, n, m_wordBits, m_joinerBits);
    // A token is looked up when the next few have been found and their slots are being fetched.
    constexpr std::size_t Ahead = 8; // a power of two
    std::array<Token, Ahead> ahead;
    std::size_t found = 0;
    forEachFoldedToken(data, n, m_wordBits.data(), m_joinerBits.data(),
        [&](std::uint32_t start, std::uint32_t size) {
            Token &token = ahead[found % Ahead];
            if (found >= Ahead)
                addToken(token, field);
            token = makeToken(data + start, size);
            __builtin_prefetch(&m_table[token.hash & m_mask]);
            ++found;
        });
    for (std::size_t t = found > Ahead ? found - Ahead : 0; t < found; ++t)
        addToken(ahead[t % Ahead], field);
}

void SearchIndex::Builder::grow()
{
    LargeVector<Slot> table(m_table.size() * 2, Slot {0, 0, 0, -1, -1, 0});
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
    for (const Term &term : other.m_terms) {
        const Token token {
            other.m_chars.data() + term.offset, term.size, term.hash, term.head, term.tail};
        map.push_back(std::uint32_t(findOrInsert(token).term));
    }
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

    // Chunks of clauses taken in turn by one builder per core, so that a core that is busy with
    // something else takes fewer. Each builder's postings stay its own (a part of the index, by
    // rank); the terms of all are gathered in the first builder's table.
    const int threads = count >= 64 ? std::clamp(QThread::idealThreadCount(), 1, 8) : 1;
    Builder::Chunks chunks(count, 32);
    std::vector<std::unique_ptr<Builder>> builders;
    for (int b = 0; b < threads; ++b) {
        builders.push_back(std::make_unique<Builder>(clauses, themeNames, chunks, b, threads));
        // Address space only: pages are not touched until used, and growing by copying would.
        // Up to twice a builder's share of about 1,000 postings a clause.
        builders.back()->m_postings.reserve(
            std::size_t(count) * 1024 * std::size_t(std::min(threads, 2)) / std::size_t(threads));
    }
    // Once all builders have indexed their chunks, the other builders' terms are added to the
    // first builder's table and sorted; then each builder places its postings by rank on its own
    // thread, while the terms are indexed by trigram on another.
    std::vector<std::vector<std::uint32_t>> rankOf(builders.size());
    std::vector<std::thread> workers;
    workers.reserve(std::size_t(threads));
    struct Workers // joined however this ends (a builder waiting for ranks is told there are none)
    {
        Builder::Chunks &chunks;
        std::vector<std::thread> &threads;
        ~Workers()
        {
            if (!chunks.ranksDone)
                chunks.ranksReady(nullptr);
            for (std::thread &thread : threads) {
                if (thread.joinable())
                    thread.join();
            }
        }
    } joinWorkers {chunks, workers};
    for (int b = 1; b < threads; ++b) {
        try {
            workers.emplace_back([builder = builders[std::size_t(b)].get(), &chunks, b] {
                builder->build();
                chunks.built();
                if (const std::vector<std::uint32_t> *ranks = chunks.waitForRanks(b))
                    builder->place(*ranks, chunks.termCount);
            });
        } catch (const std::system_error &) {
            break; // no more threads to be had: the others take its chunks
        }
    }
    builders.resize(workers.size() + 1);
    Builder &first = *builders.front();
    first.build();
    chunks.built();
    chunks.waitUntilBuilt(int(builders.size()));
    std::vector<std::vector<std::uint32_t>> termMaps(builders.size());
    for (std::size_t b = 1; b < builders.size(); ++b)
        termMaps[b] = first.absorbTerms(*builders[b]);
    const std::size_t termCount = first.m_terms.size();
    const std::vector<std::uint32_t> rank = sortTerms(first, termCount);
    for (std::size_t b = 0; b < builders.size(); ++b) {
        const std::size_t own = builders[b]->m_ownTerms;
        rankOf[b].resize(own);
        for (std::size_t t = 0; t < own; ++t)
            rankOf[b][t] = rank[b == 0 ? t : termMaps[b][t]];
    }
    chunks.termCount = termCount;
    chunks.ranksReady(&rankOf);
    std::future<void> trigrams = runBeside(builders.size() > 1, [this] { indexTrigrams(); });
    first.place(rankOf[0], termCount);
    for (std::thread &worker : workers)
        worker.join();
    trigrams.get();
    m_parts.resize(builders.size());
    for (std::size_t b = 0; b < builders.size(); ++b)
        m_parts[b] = std::move(builders[b]->m_part);
}

std::vector<std::uint32_t> SearchIndex::sortTerms(const Builder &first, std::size_t termCount)
{
    // Sorted by UTF-8 bytes (UTF-8 in byte order is UTF-16 in code unit order for characters of
    // the BMP that are no surrogates, and only those are in terms), by their first eight first.
    struct Key
    {
        std::uint64_t head; // the first eight bytes, big-endian
        std::uint32_t term;
    };
    LargeVector<Key> keys(termCount);
    for (std::uint32_t t = 0; t < termCount; ++t) // Term::head is the bytes as they lie
        keys[t] = {qFromBigEndian(first.m_terms[t].head), t};
    // By the first eight bytes: a radix sort, a byte at a time from the last (a byte that all
    // terms share is skipped) ...
    LargeVector<Key> sorted(termCount);
    for (unsigned shift = 0; shift < 64; shift += 8) {
        std::array<std::uint32_t, 257> next {};
        for (const Key &key : keys)
            ++next[(key.head >> shift & 0xff) + 1];
        if (std::find(next.begin(), next.end(), std::uint32_t(termCount)) != next.end())
            continue;
        std::partial_sum(next.begin(), next.end(), next.begin());
        for (const Key &key : keys)
            sorted[next[key.head >> shift & 0xff]++] = key;
        keys.swap(sorted);
    }
    // ... then terms that share them by the rest.
    auto byRest = [&](const Key &a, const Key &b) {
        const Builder::Term &x = first.m_terms[a.term];
        const Builder::Term &y = first.m_terms[b.term];
        if (x.size <= 8 || y.size <= 8)
            return x.size < y.size;
        const int order = std::memcmp(first.m_chars.data() + x.offset + 8,
            first.m_chars.data() + y.offset + 8, std::min(x.size, y.size) - 8);
        return order != 0 ? order < 0 : x.size < y.size;
    };
    for (std::size_t begin = 0; begin < termCount;) {
        std::size_t end = begin + 1;
        while (end < termCount && keys[end].head == keys[begin].head)
            ++end;
        if (end - begin > 1)
            std::sort(keys.begin() + qsizetype(begin), keys.begin() + qsizetype(end), byRest);
        begin = end;
    }
    qsizetype length = 0;
    std::vector<std::uint32_t> rank(termCount);
    for (std::uint32_t r = 0; r < termCount; ++r) {
        rank[keys[r].term] = r;
        length += qsizetype(first.m_terms[keys[r].term].size) + 1;
    }
    m_joined.resize(length); // UTF-16 has at most a unit per byte of UTF-8
    m_offsets.reserve(termCount + 1);
    char16_t *const joined = reinterpret_cast<char16_t *>(m_joined.data());
    char16_t *write = joined;
    for (const Key &key : keys) {
        const Builder::Term &term = first.m_terms[key.term];
        m_offsets.push_back(write - joined);
        write = decodeFoldedUtf8(write, first.m_chars.data() + term.offset, term.size);
        *write++ = u'\n';
    }
    m_joined.truncate(write - joined);
    m_offsets.push_back(m_joined.size());
    return rank;
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
            for (const Part &part : m_parts) {
                const std::uint32_t *const end = part.postings.data() + part.start[t + 1];
                for (const std::uint32_t *p = part.postings.data() + part.start[t]; p != end; ++p) {
                    const std::uint32_t clause = *p >> FieldBits;
                    if (matchedWords[clause] != w)
                        continue; // already failed an earlier word
                    const float weight = fieldWeights[*p & FieldMask] * factor;
                    if (best[clause] == 0.0f)
                        touched.push_back(int(clause));
                    best[clause] = std::max(best[clause], weight);
                }
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
