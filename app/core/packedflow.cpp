#include "packedflow.h"

#include "xmlstring.h"

#include <climits>
#include <cstdint>
#include <cstring>

namespace klausul {

namespace {

/*
 * The encoding. Text is UTF-8; every byte below 0x20 is a tag. A text byte below 0x20 (no
 * clause text has one, but a Flow built in code might) is written as Esc and the byte + 0x40,
 * so a tag byte never occurs inside text. Term texts and parameter and clause ids end with End.
 * Emphasis, Strong, Inserted and Deleted hold inlines up to their Close. A Text inline that
 * follows another Text inline, or is empty, starts with TextBreak; otherwise text bytes continue
 * the text inline before them. When a parameter slot or cross-reference has a source line, the
 * content is followed by Lines and one unsigned LEB128 varint per slot and cross-reference in
 * document order.
 */
enum Tag : unsigned char {
    Paragraph = 0x01,
    TenderParagraph = 0x02,
    BulletList = 0x03,
    OrderedList = 0x04,
    TenderBulletList = 0x05,
    TenderOrderedList = 0x06,
    Item = 0x07,
    Emphasis = 0x08,
    Strong = 0x09,
    Inserted = 0x0a,
    Deleted = 0x0b,
    Close = 0x0c,
    Term = 0x0d,
    Param = 0x0e,
    Xref = 0x0f,
    Esc = 0x10,
    TextBreak = 0x11,
    End = 0x12,
    Lines = 0x13,
};

constexpr unsigned char FirstText = 0x20;

bool isTag(unsigned char byte)
{
    return byte < FirstText && byte != Esc;
}

unsigned char blockTag(Block::Kind kind, bool tenderOnly)
{
    switch (kind) {
    case Block::Kind::Paragraph:
        return tenderOnly ? TenderParagraph : Paragraph;
    case Block::Kind::BulletList:
        return tenderOnly ? TenderBulletList : BulletList;
    case Block::Kind::OrderedList:
        return tenderOnly ? TenderOrderedList : OrderedList;
    }
    return Paragraph;
}

unsigned char containerTag(Inline::Kind kind)
{
    switch (kind) {
    case Inline::Kind::Emphasis:
        return Emphasis;
    case Inline::Kind::Strong:
        return Strong;
    case Inline::Kind::Inserted:
        return Inserted;
    default:
        return Deleted;
    }
}

/**
 * Writes the encoding into a buffer kept per thread (loading reads thousands of flows on every
 * core), and finish() copies it into one block of the exact size: no flow grows by reallocation
 * and leaves the freed blocks behind in the heap.
 */
class Writer
{
public:
    Writer()
        : m_bytes(scratchBytes())
        , m_lines(scratchLines())
    {
        m_bytes.truncate(0);
        m_lines.resize(0);
    }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    void block(Block::Kind kind, bool tenderOnly)
    {
        put(blockTag(kind, tenderOnly));
        m_textOpen = false;
    }
    void item()
    {
        put(Item);
        m_textOpen = false;
    }
    void open(Inline::Kind kind)
    {
        put(containerTag(kind));
        m_textOpen = false;
    }
    void close()
    {
        put(Close);
        m_textOpen = false;
    }
    /** A whole Text inline of a Flow. */
    void textInline(const QString &text)
    {
        if (m_textOpen || text.isEmpty())
            put(TextBreak);
        escaped(text.toUtf8());
        m_textOpen = true;
    }
    /**
     * An XML text node, its white space runs collapsed to one space (all XML white space is
     * ASCII), continuing the text inline before it if there is one.
     */
    void continueCollapsed(const char *text)
    {
        if (!text || !*text)
            return;
        const qsizetype size = qsizetype(std::strlen(text));
        const qsizetype old = m_bytes.size();
        m_bytes.resize(old + 2 * size); // an escape takes two bytes
        char *const begin = m_bytes.data() + old;
        char *out = begin;
        bool lastSpace = false;
        for (const char *p = text; *p; ++p) {
            const char c = *p;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (!lastSpace)
                    *out++ = ' ';
                lastSpace = true;
                continue;
            }
            lastSpace = false;
            const auto byte = static_cast<unsigned char>(c);
            if (byte < FirstText) {
                *out++ = static_cast<char>(Esc);
                *out++ = static_cast<char>(byte + 0x40);
            } else {
                *out++ = c;
            }
        }
        m_bytes.truncate(old + (out - begin));
        m_textOpen = true;
    }
    void term(const QString &text)
    {
        put(Term);
        escaped(text.toUtf8());
        put(End);
        m_textOpen = false;
    }
    void ref(Inline::Kind kind, const QString &id, int line)
    {
        put(kind == Inline::Kind::Param ? Param : Xref);
        escaped(id.toUtf8());
        put(End);
        m_textOpen = false;
        m_lines.append(line > 0 ? line : 0);
        if (line > 0)
            m_hasLines = true;
    }
    bool textOpen() const { return m_textOpen; }
    void setTextOpen(bool open) { m_textOpen = open; }
    QByteArray &bytes() { return m_bytes; }

    QByteArray finish()
    {
        if (m_hasLines) {
            put(Lines);
            for (int line : std::as_const(m_lines)) {
                auto value = unsigned(line);
                do {
                    const auto low = static_cast<unsigned char>(value & 0x7f);
                    value >>= 7;
                    put(value ? static_cast<unsigned char>(low | 0x80) : low);
                } while (value);
            }
        }
        QByteArray packed(m_bytes.constData(), m_bytes.size());
        m_bytes.truncate(0);
        return packed;
    }

private:
    void put(unsigned char byte) { m_bytes.append(static_cast<char>(byte)); }
    void escaped(QByteArrayView text)
    {
        const char *begin = text.data();
        const char *const end = begin + text.size();
        for (const char *p = begin; p != end; ++p) {
            const auto byte = static_cast<unsigned char>(*p);
            if (byte >= FirstText)
                continue;
            m_bytes.append(begin, p - begin);
            put(Esc);
            put(static_cast<unsigned char>(byte + 0x40));
            begin = p + 1;
        }
        m_bytes.append(begin, end - begin);
    }

    static QByteArray &scratchBytes()
    {
        thread_local QByteArray bytes;
        return bytes;
    }
    static QList<int> &scratchLines()
    {
        thread_local QList<int> lines;
        return lines;
    }

    QByteArray &m_bytes;
    QList<int> &m_lines;
    bool m_hasLines = false;
    bool m_textOpen = false;
};

void packInlines(Writer &writer, const Inlines &inlines)
{
    for (const Inline &item : inlines) {
        switch (item.kind) {
        case Inline::Kind::Text:
            writer.textInline(item.text);
            break;
        case Inline::Kind::Term:
            writer.term(item.text);
            break;
        case Inline::Kind::Param:
        case Inline::Kind::Xref:
            writer.ref(item.kind, item.text, item.line);
            break;
        case Inline::Kind::Emphasis:
        case Inline::Kind::Strong:
        case Inline::Kind::Inserted:
        case Inline::Kind::Deleted:
            writer.open(item.kind);
            packInlines(writer, item.children);
            writer.close();
            break;
        }
    }
}

/** RichText's collapse(): runs of white space become one space. */
QString collapsed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool lastSpace = false;
    for (const QChar c : text) {
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
            if (!lastSpace)
                out += u' ';
            lastSpace = true;
        } else {
            out += c;
            lastSpace = false;
        }
    }
    return out;
}

/**
 * RichText's readInlinesRaw() written straight to bytes. At the top level (`trim`), leading
 * white space of the first text run and trailing white space of the last are dropped, as
 * trimEdges() does.
 */
void readInlines(Writer &writer, const xmlNode *element, bool trim)
{
    QByteArray &bytes = writer.bytes();
    const qsizetype start = bytes.size();
    qsizetype runStart = -1; // where the open top-level text run's bytes begin
    bool anyInline = false;
    for (const xmlNode *child = element->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            if (!writer.textOpen())
                runStart = bytes.size();
            const qsizetype before = bytes.size();
            writer.continueCollapsed(xml::chars(child->content));
            if (bytes.size() == before)
                continue;
            if (trim && !anyInline && runStart == start) {
                // Leading white space of the first inline: at most one space after collapsing,
                // but a run may begin with several whitespace-only nodes.
                qsizetype i = start;
                while (i < bytes.size() && bytes.at(i) == ' ')
                    ++i;
                bytes.remove(start, i - start);
                writer.setTextOpen(bytes.size() > start);
                if (bytes.size() == start)
                    runStart = -1;
            }
            continue;
        }
        if (child->type != XML_ELEMENT_NODE)
            continue;
        const int line = xml::lineOf(child);
        if (xml::isElement(child, "em") || xml::isElement(child, "strong")) {
            writer.open(
                xml::isElement(child, "em") ? Inline::Kind::Emphasis : Inline::Kind::Strong);
            readInlines(writer, child, false);
            writer.close();
        } else if (xml::isElement(child, "term")) {
            // Small and rare: the QString path keeps trimmed()'s idea of white space.
            writer.term(collapsed(xml::textContent(child)).trimmed());
        } else if (xml::isElement(child, "param")) {
            writer.ref(Inline::Kind::Param, xml::attribute(child, "ref"), line);
        } else if (xml::isElement(child, "xref")) {
            writer.ref(Inline::Kind::Xref, xml::attribute(child, "clause"), line);
        } else {
            continue;
        }
        anyInline = true;
        runStart = -1;
    }
    if (trim && writer.textOpen() && runStart >= 0) {
        qsizetype end = bytes.size();
        while (end > runStart && bytes.at(end - 1) == ' ')
            --end;
        bytes.truncate(end);
        if (end == runStart)
            writer.setTextOpen(false);
    }
}

/** Reads the encoding. Bounds-checked: any bytes give some Flow. */
class Reader
{
public:
    Reader(const QByteArray &bytes)
        : m_p(reinterpret_cast<const unsigned char *>(bytes.constData()))
        , m_end(m_p + bytes.size())
    {
        const void *lines = std::memchr(m_p, Lines, std::size_t(bytes.size()));
        if (lines) {
            m_lines = static_cast<const unsigned char *>(lines) + 1;
            m_linesEnd = m_end;
            m_end = m_lines - 1;
        }
    }

    /**
     * A reader that stops at the first Lines tag when it meets it, without looking for it first
     * (for readers that never want the source lines). It stops where the other one would.
     */
    struct ContentOnly
    { };
    Reader(const QByteArray &bytes, ContentOnly)
        : m_p(reinterpret_cast<const unsigned char *>(bytes.constData()))
        , m_end(m_p + bytes.size())
        , m_contentOnly(true)
    { }

    bool atEnd() const { return m_p == m_end || (m_contentOnly && *m_p == Lines); }
    unsigned char peek() const { return *m_p; }
    unsigned char take() { return *m_p++; }

    /** Appends the text bytes up to the next tag (or End), decoded, to `out`. */
    void text(QString &out)
    {
        const unsigned char *runEnd = m_p;
        while (runEnd != m_end && !isTag(*runEnd))
            ++runEnd;
        const qsizetype old = out.size();
        out.resize(old + (runEnd - m_p)); // UTF-16 needs at most one unit per UTF-8 byte
        QChar *write = out.data() + old;
        while (m_p != runEnd) {
            unsigned char byte = *m_p++;
            if (byte == Esc) {
                if (m_p == runEnd)
                    break;
                *write++ = QChar(char16_t(*m_p++ - 0x40));
                continue;
            }
            if (byte < 0x80) {
                *write++ = QChar(char16_t(byte));
                continue;
            }
            int extra = 0;
            char32_t code = 0;
            if ((byte & 0xe0) == 0xc0) {
                extra = 1;
                code = byte & 0x1f;
            } else if ((byte & 0xf0) == 0xe0) {
                extra = 2;
                code = byte & 0x0f;
            } else if ((byte & 0xf8) == 0xf0) {
                extra = 3;
                code = byte & 0x07;
            } else {
                *write++ = QChar::ReplacementCharacter;
                continue;
            }
            if (runEnd - m_p < extra) {
                *write++ = QChar::ReplacementCharacter;
                m_p = runEnd;
                break;
            }
            bool valid = true;
            for (int i = 0; i < extra; ++i) {
                if ((m_p[i] & 0xc0) != 0x80)
                    valid = false;
                code = (code << 6) | (m_p[i] & 0x3f);
            }
            if (!valid) {
                *write++ = QChar::ReplacementCharacter;
                continue;
            }
            m_p += extra;
            if (code >= 0x10000 && code <= 0x10ffff) {
                *write++ = QChar(QChar::highSurrogate(code));
                *write++ = QChar(QChar::lowSurrogate(code));
            } else if (code < 0x10000) {
                *write++ = QChar(char16_t(code));
            } else {
                *write++ = QChar::ReplacementCharacter;
            }
        }
        out.truncate(write - out.constData());
    }

    /**
     * Appends the text bytes up to the next tag (or End) to `out` as UTF-8, as stored, escaped
     * bytes unescaped: what text() decodes, for well-formed text. What text() would decode as a
     * replacement character stays malformed here, also when the next run is appended: a run that
     * ends inside a multi-byte sequence, or an escape of a byte that is no control character, is
     * followed by 0xFF (never part of UTF-8).
     */
    void textUtf8(QByteArray &out)
    {
        const qsizetype old = out.size();
        out.resize(old + (m_end - m_p)); // the text is never longer than its encoding
        // (resize() keeps the capacity, so `write` and `begin` stay valid after truncate())
        auto *const begin = reinterpret_cast<unsigned char *>(out.data()) + old;
        unsigned char *write = begin;
        for (;;) {
            // Eight bytes at a time while none is below FirstText (0x20).
            while (m_end - m_p >= 8) {
                std::uint64_t word;
                std::memcpy(&word, m_p, sizeof word);
                constexpr std::uint64_t ones = 0x0101010101010101ull;
                if ((word - FirstText * ones) & ~word & 0x80 * ones)
                    break;
                std::memcpy(write, &word, sizeof word);
                write += 8;
                m_p += 8;
            }
            while (m_p != m_end && *m_p >= FirstText)
                *write++ = *m_p++;
            if (m_p == m_end || *m_p != Esc)
                break;
            ++m_p; // the Esc
            if (m_p == m_end || isTag(*m_p))
                break; // text() drops an Esc at the end of its run
            const unsigned char escaped = *m_p++;
            *write++ = escaped >= 0x40 && escaped < 0x40 + FirstText
                ? static_cast<unsigned char>(escaped - 0x40)
                : 0xff;
        }
        out.truncate(write - reinterpret_cast<unsigned char *>(out.data()));
        // A multi-byte sequence cut at the end of the run?
        const unsigned char *last = write;
        int continuation = 0;
        while (last != begin && (last[-1] & 0xc0) == 0x80 && continuation < 4) {
            --last;
            ++continuation;
        }
        if (last != begin && last[-1] >= 0xc0) {
            const unsigned char lead = last[-1];
            const int needed = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
            if (continuation < needed)
                out.append(char(0xff));
        }
    }

    /** Skips the text bytes up to the next tag (or End), as text() does. */
    void skipText()
    {
        while (m_p != m_end && !isTag(*m_p))
            ++m_p;
    }

    /** A term text or id: the text up to End, which it consumes. */
    QString string()
    {
        QString out;
        text(out);
        if (!atEnd() && peek() == End)
            ++m_p;
        return out;
    }

    /** Skips a term text or id. */
    void skipString()
    {
        while (m_p != m_end && *m_p != End && (!isTag(*m_p) || *m_p == Esc))
            ++m_p;
        if (m_p != m_end && *m_p == End)
            ++m_p;
    }

    /** The next parameter slot's or cross-reference's source line. */
    int nextLine()
    {
        unsigned value = 0;
        int shift = 0;
        while (m_lines && m_lines != m_linesEnd) {
            const unsigned char byte = *m_lines++;
            if (shift < 32)
                value |= unsigned(byte & 0x7f) << shift;
            shift += 7;
            if (!(byte & 0x80))
                return value > unsigned(INT_MAX) ? 0 : int(value);
        }
        return 0;
    }

private:
    const unsigned char *m_p;
    const unsigned char *m_end;
    const unsigned char *m_lines = nullptr;
    const unsigned char *m_linesEnd = nullptr;
    bool m_contentOnly = false;
};

bool isBlockTag(unsigned char byte)
{
    return byte >= Paragraph && byte <= TenderOrderedList;
}

/** Inlines up to the end of their block or item, or (nested) up to their Close. */
void unpackInlines(Reader &reader, Inlines &out, bool nested)
{
    bool textOpen = false;
    while (!reader.atEnd()) {
        const unsigned char byte = reader.peek();
        if (!isTag(byte)) {
            if (!textOpen)
                out.append(Inline::plain(QString()));
            reader.text(out.last().text);
            textOpen = true;
            continue;
        }
        if (isBlockTag(byte) || byte == Item)
            return;
        reader.take();
        textOpen = false;
        switch (byte) {
        case TextBreak:
            out.append(Inline::plain(QString()));
            textOpen = true;
            break;
        case Emphasis:
        case Strong:
        case Inserted:
        case Deleted: {
            Inline item;
            item.kind = byte == Emphasis ? Inline::Kind::Emphasis
                : byte == Strong         ? Inline::Kind::Strong
                : byte == Inserted       ? Inline::Kind::Inserted
                                         : Inline::Kind::Deleted;
            unpackInlines(reader, item.children, true);
            out.append(item);
            break;
        }
        case Close:
            if (nested)
                return;
            break;
        case Term:
            out.append(Inline::term(reader.string()));
            break;
        case Param:
        case Xref: {
            Inline item;
            item.kind = byte == Param ? Inline::Kind::Param : Inline::Kind::Xref;
            item.text = reader.string();
            item.line = reader.nextLine();
            out.append(item);
            break;
        }
        default: // End out of place
            break;
        }
    }
}

void appendText(Reader &reader, QString &out)
{
    reader.text(out);
}

void appendText(Reader &reader, QByteArray &out)
{
    reader.textUtf8(out);
}

void appendAscii(QString &out, QLatin1String text)
{
    out += text;
}

void appendAscii(QByteArray &out, QLatin1String text)
{
    out.append(text.data(), text.size());
}

void appendNumber(QString &out, int number)
{
    out += QString::number(number);
}

void appendNumber(QByteArray &out, int number)
{
    out += QByteArray::number(number);
}

/** The plain text of inlines (slots as nothing) up to the end of their block, item or Close. */
template<typename Out>
void plainInlines(Reader &reader, Out &out, bool nested, bool deleted)
{
    while (!reader.atEnd()) {
        const unsigned char byte = reader.peek();
        if (!isTag(byte)) {
            if (deleted)
                reader.skipText();
            else
                appendText(reader, out);
            continue;
        }
        if (isBlockTag(byte) || byte == Item)
            return;
        reader.take();
        switch (byte) {
        case Emphasis:
        case Strong:
        case Inserted:
        case Deleted:
            plainInlines(reader, out, true, deleted || byte == Deleted);
            break;
        case Close:
            if (nested)
                return;
            break;
        case Term:
            if (deleted) {
                reader.skipString();
            } else {
                appendText(reader, out);
                if (!reader.atEnd() && reader.peek() == End)
                    reader.take();
            }
            break;
        case Param:
        case Xref:
            reader.skipString();
            break;
        default:
            break;
        }
    }
}

/** PackedFlow::appendPlainText() into UTF-16 or UTF-8. */
template<typename Out>
void appendPlain(const QByteArray &bytes, Out &out)
{
    Reader reader(bytes, Reader::ContentOnly());
    bool first = true;
    while (!reader.atEnd()) {
        unsigned char byte = reader.peek();
        if (!first)
            appendAscii(out, QLatin1String("\n\n"));
        first = false;
        if (!isBlockTag(byte) || byte == Paragraph || byte == TenderParagraph) {
            if (isBlockTag(byte) || byte == Item)
                reader.take();
            plainInlines(reader, out, false, false);
            continue;
        }
        reader.take();
        const bool bullets = byte == BulletList || byte == TenderBulletList;
        int number = 1;
        while (!reader.atEnd() && !isBlockTag(reader.peek())) {
            if (number > 1)
                appendAscii(out, QLatin1String("\n"));
            if (bullets) {
                appendAscii(out, QLatin1String("- "));
            } else {
                appendNumber(out, number);
                appendAscii(out, QLatin1String(". "));
            }
            ++number;
            if (reader.peek() == Item)
                reader.take();
            plainInlines(reader, out, false, false);
        }
    }
}

} // namespace

PackedFlow::PackedFlow(const Flow &flow)
{
    Writer writer;
    for (const Block &block : flow) {
        writer.block(block.kind, block.tenderOnly);
        if (block.kind == Block::Kind::Paragraph) {
            packInlines(writer, block.inlines);
            continue;
        }
        for (const Inlines &item : block.items) {
            writer.item();
            packInlines(writer, item);
        }
    }
    m_bytes = writer.finish();
}

PackedFlow PackedFlow::read(const xmlNode *element)
{
    Writer writer;
    for (const xmlNode *child = xml::firstElement(element); child;
         child = xml::nextElement(child)) {
        if (xml::isElement(child, "p")) {
            const QString tenderOnly = xml::attribute(child, "tender-only").trimmed();
            writer.block(Block::Kind::Paragraph,
                tenderOnly == QLatin1String("true") || tenderOnly == QLatin1String("1"));
            readInlines(writer, child, true);
        } else if (xml::isElement(child, "ul") || xml::isElement(child, "ol")) {
            writer.block(
                xml::isElement(child, "ul") ? Block::Kind::BulletList : Block::Kind::OrderedList,
                false);
            for (const xmlNode *li = xml::firstElement(child); li; li = xml::nextElement(li)) {
                if (xml::isElement(li, "li")) {
                    writer.item();
                    readInlines(writer, li, true);
                }
            }
        }
    }
    PackedFlow packed;
    packed.m_bytes = writer.finish();
    return packed;
}

PackedFlow PackedFlow::fromBytes(const QByteArray &bytes)
{
    PackedFlow packed;
    packed.m_bytes = bytes;
    return packed;
}

Flow PackedFlow::unpack() const
{
    Flow flow;
    Reader reader(m_bytes);
    while (!reader.atEnd()) {
        const unsigned char byte = reader.peek();
        if (!isBlockTag(byte)) {
            // Only garbage gets here: content before the first block starts a paragraph.
            if (flow.isEmpty() || byte == Item)
                flow.append(Block::paragraph({}));
            if (byte == Item)
                reader.take();
            unpackInlines(reader,
                flow.last().kind == Block::Kind::Paragraph
                    ? flow.last().inlines
                    : (flow.last().items.isEmpty() ? flow.last().items.emplace_back()
                                                   : flow.last().items.last()),
                false);
            continue;
        }
        reader.take();
        Block block;
        block.tenderOnly =
            byte == TenderParagraph || byte == TenderBulletList || byte == TenderOrderedList;
        if (byte == Paragraph || byte == TenderParagraph) {
            unpackInlines(reader, block.inlines, false);
        } else {
            block.kind = byte == BulletList || byte == TenderBulletList ? Block::Kind::BulletList
                                                                        : Block::Kind::OrderedList;
            while (!reader.atEnd() && !isBlockTag(reader.peek())) {
                if (reader.peek() == Item)
                    reader.take();
                unpackInlines(reader, block.items.emplace_back(), false);
            }
        }
        flow.append(block);
    }
    return flow;
}

void PackedFlow::appendPlainText(QString &out) const
{
    appendPlain(m_bytes, out);
}

void PackedFlow::appendPlainUtf8(QByteArray &out) const
{
    appendPlain(m_bytes, out);
}

QList<Inline> PackedFlow::refs(Inline::Kind kind) const
{
    QList<Inline> out;
    Reader reader(m_bytes);
    while (!reader.atEnd()) {
        const unsigned char byte = reader.take();
        if (byte == Term) {
            reader.skipString();
        } else if (byte == Param || byte == Xref) {
            const Inline::Kind itemKind = byte == Param ? Inline::Kind::Param : Inline::Kind::Xref;
            if (itemKind != kind) { // an id (never escaped): skipped without decoding it
                reader.skipString();
                reader.nextLine();
                continue;
            }
            Inline item;
            item.kind = itemKind;
            item.text = reader.string();
            item.line = reader.nextLine();
            out.append(item);
        } else if (byte == Esc && !reader.atEnd()) {
            reader.take();
        }
    }
    return out;
}

QByteArrayView PackedFlow::content() const
{
    const qsizetype lines = m_bytes.indexOf(char(Lines));
    return lines < 0 ? QByteArrayView(m_bytes) : QByteArrayView(m_bytes.constData(), lines);
}

} // namespace klausul
