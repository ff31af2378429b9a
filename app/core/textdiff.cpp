#include "textdiff.h"

#include <vector>

namespace klausul::TextDiff {

namespace {

constexpr QChar BlockBreak = QChar(0x2029); // separates blocks and list items in token streams
constexpr qsizetype MaxCells = 8'000'000; // LCS table limit; above it a block is replaced whole

enum class CharClass { Space, Word, Other };

CharClass classOf(QChar c)
{
    if (c.isSpace() && c != BlockBreak)
        return CharClass::Space;
    if (c.isLetterOrNumber())
        return CharClass::Word;
    return CharClass::Other;
}

/** Tokens of a flow with a BlockBreak token between blocks and list items. */
struct Stream
{
    QStringList tokens;
    QList<int> unit; // per token: index of the block/item ("unit") it belongs to
};

QList<QString> unitsOf(const Flow &flow)
{
    QList<QString> units;
    for (const Block &block : flow) {
        if (block.kind == Block::Kind::Paragraph) {
            units << RichText::toPlainText(block.inlines);
            continue;
        }
        for (const Inlines &item : block.items)
            units << RichText::toPlainText(item);
    }
    return units;
}

Stream streamOf(const QList<QString> &units)
{
    Stream stream;
    for (int u = 0; u < units.size(); ++u) {
        if (u > 0) {
            stream.tokens << QString(BlockBreak);
            stream.unit << u;
        }
        const QStringList tokens = tokenize(units.at(u));
        for (const QString &token : tokens) {
            stream.tokens << token;
            stream.unit << u;
        }
    }
    return stream;
}

struct Op
{
    Segment::Kind kind;
    int index; // into before (Deleted) or after (Same, Inserted)
};

QList<Op> lcsOps(const QStringList &a, const QStringList &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<Op> ops;
    if (n * m > MaxCells) {
        for (int i = 0; i < n; ++i)
            ops.append({Segment::Kind::Deleted, i});
        for (int j = 0; j < m; ++j)
            ops.append({Segment::Kind::Inserted, j});
        return ops;
    }
    // table[i][j] = LCS length of a[i..] and b[j..]
    std::vector<int> table(std::size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & {
        return table[std::size_t(i * (m + 1) + j)];
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) =
                a.at(i) == b.at(j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            ops.append({Segment::Kind::Same, int(j)});
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ops.append({Segment::Kind::Deleted, int(i++)});
        } else {
            ops.append({Segment::Kind::Inserted, int(j++)});
        }
    }
    while (i < n)
        ops.append({Segment::Kind::Deleted, int(i++)});
    while (j < m)
        ops.append({Segment::Kind::Inserted, int(j++)});
    return ops;
}

void append(QList<Segment> &segments, Segment::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!segments.isEmpty() && segments.last().kind == kind)
        segments.last().text += text;
    else
        segments.append({kind, text});
}

int wordCount(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool word = c.isLetterOrNumber();
        if (word && !inWord)
            ++words;
        inWord = word;
    }
    return words;
}

/**
 * Makes a diff readable: a short unchanged stretch (one word at most) between two changes is
 * folded into them, and each run of changes becomes one deletion followed by one insertion. So
 * "uden unødig forsinkelse og" -> "straks og under alle omstændigheder" reads as one replacement
 * instead of alternating fragments around the shared "og".
 */
QList<Segment> cleanup(const QList<Segment> &input)
{
    QList<Segment> segments = input;
    for (qsizetype i = 1; i + 1 < segments.size(); ++i) {
        if (segments.at(i).kind == Segment::Kind::Same &&
            segments.at(i - 1).kind != Segment::Kind::Same &&
            segments.at(i + 1).kind != Segment::Kind::Same && wordCount(segments.at(i).text) <= 1) {
            const QString text = segments.at(i).text;
            segments[i] = {Segment::Kind::Deleted, text};
            segments.insert(i + 1, {Segment::Kind::Inserted, text});
            ++i;
        }
    }
    QList<Segment> out;
    QString deleted;
    QString inserted;
    auto flush = [&] {
        if (!deleted.isEmpty())
            out.append({Segment::Kind::Deleted, deleted});
        if (!inserted.isEmpty())
            out.append({Segment::Kind::Inserted, inserted});
        deleted.clear();
        inserted.clear();
    };
    for (const Segment &segment : std::as_const(segments)) {
        if (segment.kind == Segment::Kind::Deleted) {
            deleted += segment.text;
        } else if (segment.kind == Segment::Kind::Inserted) {
            inserted += segment.text;
        } else {
            flush();
            if (!out.isEmpty() && out.last().kind == Segment::Kind::Same)
                out.last().text += segment.text;
            else
                out.append(segment);
        }
    }
    flush();
    return out;
}

/** Segments as inlines: plain text, or Inserted/Deleted marks around it. */
Inlines toInlines(const QList<Segment> &segments)
{
    Inlines inlines;
    for (const Segment &segment : segments) {
        if (segment.kind == Segment::Kind::Same) {
            inlines.append(Inline::plain(segment.text));
            continue;
        }
        Inline mark;
        mark.kind = segment.kind == Segment::Kind::Inserted ? Inline::Kind::Inserted
                                                            : Inline::Kind::Deleted;
        mark.children = {Inline::plain(segment.text)};
        inlines.append(mark);
    }
    return inlines;
}

} // namespace

QStringList tokenize(const QString &text)
{
    QStringList tokens;
    qsizetype start = 0;
    const qsizetype n = text.size();
    while (start < n) {
        const CharClass kind = classOf(text.at(start));
        qsizetype end = start + 1;
        if (kind != CharClass::Other) {
            while (end < n && classOf(text.at(end)) == kind)
                ++end;
        }
        tokens << text.mid(start, end - start);
        start = end;
    }
    return tokens;
}

QList<Segment> diff(const QString &before, const QString &after)
{
    const QStringList a = tokenize(before);
    const QStringList b = tokenize(after);
    QList<Segment> segments;
    for (const Op &op : lcsOps(a, b)) {
        const QString &token = op.kind == Segment::Kind::Deleted ? a.at(op.index) : b.at(op.index);
        append(segments, op.kind, token);
    }
    return cleanup(segments);
}

bool differs(const QString &before, const QString &after)
{
    return before.simplified() != after.simplified();
}

Flow redline(const Flow &before, const Flow &after)
{
    const QList<QString> beforeUnits = unitsOf(before);
    const QList<QString> afterUnits = unitsOf(after);
    const Stream a = streamOf(beforeUnits);
    const Stream b = streamOf(afterUnits);
    QList<QList<Segment>> perUnit(std::max<qsizetype>(1, afterUnits.size()));

    int current = 0; // the after-unit that deleted text is attached to
    for (const Op &op : lcsOps(a.tokens, b.tokens)) {
        if (op.kind == Segment::Kind::Deleted) {
            const QString &token = a.tokens.at(op.index);
            append(perUnit[current], Segment::Kind::Deleted,
                token == QString(BlockBreak) ? QStringLiteral(" ") : token);
            continue;
        }
        current = b.unit.at(op.index);
        const QString &token = b.tokens.at(op.index);
        if (token == QString(BlockBreak))
            continue;
        append(perUnit[current], op.kind, token);
    }

    Flow result;
    int unit = 0;
    for (const Block &block : after) {
        if (block.kind == Block::Kind::Paragraph) {
            result.append(Block::paragraph(toInlines(cleanup(perUnit.value(unit++)))));
            continue;
        }
        Block list {block.kind, {}, {}};
        for (qsizetype i = 0; i < block.items.size(); ++i)
            list.items.append(toInlines(cleanup(perUnit.value(unit++))));
        result.append(list);
    }
    if (after.isEmpty() && !perUnit.first().isEmpty())
        result.append(Block::paragraph(toInlines(cleanup(perUnit.first()))));
    return result;
}

int changedWords(const Flow &before, const Flow &after)
{
    const Stream a = streamOf(unitsOf(before));
    const Stream b = streamOf(unitsOf(after));
    int count = 0;
    for (const Op &op : lcsOps(a.tokens, b.tokens)) {
        if (op.kind == Segment::Kind::Same)
            continue;
        const QString &token =
            op.kind == Segment::Kind::Deleted ? a.tokens.at(op.index) : b.tokens.at(op.index);
        if (!token.isEmpty() && classOf(token.at(0)) == CharClass::Word)
            ++count;
    }
    return count;
}

} // namespace klausul::TextDiff
