#include "richtext.h"

#include "xmlstring.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <functional>

namespace klausul::RichText {

namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

/** Collapses runs of white space to one space (XML source indentation is not content). */
QString collapse(const QString &text)
{
    // Written through a pointer into a buffer of the input's size: this runs for every text node
    // of every clause while a library loads.
    QString out(text.size(), Qt::Uninitialized);
    QChar *begin = out.data();
    QChar *end = begin;
    bool lastSpace = false;
    for (const QChar c : text) {
        if (isSpace(c)) {
            if (!lastSpace)
                *end++ = u' ';
            lastSpace = true;
        } else {
            *end++ = c;
            lastSpace = false;
        }
    }
    out.truncate(end - begin);
    return out;
}

void appendText(Inlines &inlines, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!inlines.isEmpty() && inlines.last().kind == Inline::Kind::Text)
        inlines.last().text += text;
    else
        inlines.append(Inline::plain(text));
}

/** Removes leading white space of the first and trailing white space of the last text run. */
void trimEdges(Inlines &inlines)
{
    while (!inlines.isEmpty() && inlines.first().kind == Inline::Kind::Text) {
        QString &text = inlines.first().text;
        qsizetype i = 0;
        while (i < text.size() && isSpace(text.at(i)))
            ++i;
        text.remove(0, i);
        if (!text.isEmpty())
            break;
        inlines.removeFirst();
    }
    while (!inlines.isEmpty() && inlines.last().kind == Inline::Kind::Text) {
        QString &text = inlines.last().text;
        qsizetype end = text.size();
        while (end > 0 && isSpace(text.at(end - 1)))
            --end;
        text.truncate(end);
        if (!text.isEmpty())
            break;
        inlines.removeLast();
    }
}

Inlines readInlinesRaw(const xmlNode *element)
{
    Inlines result;
    for (const xmlNode *child = element->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            appendText(result, collapse(xml::toQString(child->content)));
            continue;
        }
        if (child->type != XML_ELEMENT_NODE)
            continue;
        Inline item;
        item.line = xml::lineOf(child);
        if (xml::isElement(child, "em")) {
            item.kind = Inline::Kind::Emphasis;
            item.children = readInlinesRaw(child);
        } else if (xml::isElement(child, "strong")) {
            item.kind = Inline::Kind::Strong;
            item.children = readInlinesRaw(child);
        } else if (xml::isElement(child, "term")) {
            item.kind = Inline::Kind::Term;
            item.text = collapse(xml::textContent(child)).trimmed();
        } else if (xml::isElement(child, "param")) {
            item.kind = Inline::Kind::Param;
            item.text = xml::attribute(child, "ref");
        } else if (xml::isElement(child, "xref")) {
            item.kind = Inline::Kind::Xref;
            item.text = xml::attribute(child, "clause");
        } else {
            continue;
        }
        result.append(item);
    }
    return result;
}

void writeInlines(QXmlStreamWriter &writer, const Inlines &inlines)
{
    for (const Inline &item : inlines) {
        switch (item.kind) {
        case Inline::Kind::Text:
            writer.writeCharacters(item.text);
            break;
        case Inline::Kind::Emphasis:
        case Inline::Kind::Strong:
            writer.writeStartElement(item.kind == Inline::Kind::Emphasis
                    ? QStringLiteral("em")
                    : QStringLiteral("strong"));
            writeInlines(writer, item.children);
            writer.writeEndElement();
            break;
        case Inline::Kind::Term:
            writer.writeTextElement(QStringLiteral("term"), item.text);
            break;
        case Inline::Kind::Param:
            writer.writeEmptyElement(QStringLiteral("param"));
            writer.writeAttribute(QStringLiteral("ref"), item.text);
            break;
        case Inline::Kind::Xref:
            writer.writeEmptyElement(QStringLiteral("xref"));
            writer.writeAttribute(QStringLiteral("clause"), item.text);
            break;
        case Inline::Kind::Inserted:
            writeInlines(writer, item.children);
            break;
        case Inline::Kind::Deleted:
            break;
        }
    }
}

void collect(const Inlines &inlines, Inline::Kind kind, QList<const Inline *> *out)
{
    for (const Inline &item : inlines) {
        if (item.kind == kind)
            out->append(&item);
        collect(item.children, kind, out);
    }
}

QList<const Inline *> collectFlow(const Flow &flow, Inline::Kind kind)
{
    QList<const Inline *> out;
    for (const Block &block : flow) {
        collect(block.inlines, kind, &out);
        for (const Inlines &item : block.items)
            collect(item, kind, &out);
    }
    return out;
}

/** True when `text` at `at` reads as a slot: {param-id} or {ref:CLAUSE-ID}. */
bool isSlotAt(const QString &text, qsizetype at)
{
    static const QRegularExpression slot(QStringLiteral(
        "\\{(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*|ref:[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,10}){1,3})\\}"));
    return slot
        .match(text, at, QRegularExpression::NormalMatch,
            QRegularExpression::AnchorAtOffsetMatchOption)
        .hasMatch();
}

/**
 * Escapes only what could otherwise be read as markup: a slot-like {…}, a "{" that a later inline
 * might close, and a backslash before a brace, before another backslash or at the end (where the
 * next inline may start with a brace).
 */
QString escapeEditable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype lastClose = text.lastIndexOf(u'}');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'{' && (i > lastClose || isSlotAt(text, i)))
            out += u'\\';
        else if (c == u'\\' &&
            (i + 1 == text.size() || text.at(i + 1) == u'\\' || text.at(i + 1) == u'{'))
            out += u'\\';
        out += c;
    }
    return out;
}

/** A list block as text lines: "- " or "N. " and each item as `itemText` renders it. */
QString listText(const Block &list, const std::function<QString(const Inlines &)> &itemText)
{
    QStringList lines;
    int number = 1;
    for (const Inlines &item : list.items) {
        const QString marker = list.kind == Block::Kind::BulletList
            ? QStringLiteral("- ")
            : QString::number(number++) + QStringLiteral(". ");
        lines << marker + itemText(item);
    }
    return lines.join(u'\n');
}

QString editableInlines(const Inlines &inlines)
{
    QString out;
    for (const Inline &item : inlines) {
        switch (item.kind) {
        case Inline::Kind::Text:
            out += escapeEditable(item.text);
            break;
        case Inline::Kind::Term:
            out += escapeEditable(item.text);
            break;
        case Inline::Kind::Emphasis:
        case Inline::Kind::Strong:
            out += editableInlines(item.children);
            break;
        case Inline::Kind::Param:
            out += u'{' + item.text + u'}';
            break;
        case Inline::Kind::Xref:
            out += QLatin1String("{ref:") + item.text + u'}';
            break;
        case Inline::Kind::Inserted:
            out += editableInlines(item.children);
            break;
        case Inline::Kind::Deleted:
            break;
        }
    }
    return out;
}

Inlines parseEditableLine(const QString &line)
{
    static const QRegularExpression ident(QStringLiteral("^[a-z][a-z0-9]*(-[a-z0-9]+)*$"));
    static const QRegularExpression clauseId(
        QStringLiteral("^[A-Z][A-Z0-9]{1,9}(-[A-Z0-9]{1,10}){1,3}$"));
    Inlines result;
    QString text;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        // A backslash escapes "{" and another backslash; any other backslash is literal.
        if (c == u'\\' && i + 1 < line.size() &&
            (line.at(i + 1) == u'{' || line.at(i + 1) == u'\\')) {
            text += line.at(++i);
            continue;
        }
        if (c == u'{') {
            const qsizetype end = line.indexOf(u'}', i + 1);
            if (end > i) {
                const QString inner = line.mid(i + 1, end - i - 1);
                if (ident.match(inner).hasMatch()) {
                    appendText(result, text);
                    text.clear();
                    result.append(Inline::param(inner));
                    i = end;
                    continue;
                }
                if (inner.startsWith(QLatin1String("ref:")) &&
                    clauseId.match(inner.mid(4)).hasMatch()) {
                    appendText(result, text);
                    text.clear();
                    result.append({Inline::Kind::Xref, inner.mid(4), {}, 0});
                    i = end;
                    continue;
                }
            }
        }
        text += c;
    }
    appendText(result, text);
    for (Inline &item : result) {
        if (item.kind == Inline::Kind::Text)
            item.text = collapse(item.text);
    }
    trimEdges(result);
    return result;
}

/**
 * Gives back what building the texts reserved and did not use: a library keeps them for its
 * lifetime, and runs grow by appending.
 */
void squeeze(Inlines &inlines)
{
    inlines.squeeze();
    for (Inline &item : inlines) {
        item.text.squeeze();
        if (!item.children.isEmpty())
            squeeze(item.children);
    }
}

} // namespace

Inlines readInlines(const xmlNode *element)
{
    Inlines inlines = readInlinesRaw(element);
    trimEdges(inlines);
    squeeze(inlines);
    return inlines;
}

Flow readFlow(const xmlNode *element)
{
    Flow flow;
    for (const xmlNode *child = xml::firstElement(element); child;
         child = xml::nextElement(child)) {
        if (xml::isElement(child, "p")) {
            Block paragraph = Block::paragraph(readInlines(child));
            const QString tenderOnly = xml::attribute(child, "tender-only").trimmed();
            paragraph.tenderOnly =
                tenderOnly == QLatin1String("true") || tenderOnly == QLatin1String("1");
            flow.append(paragraph);
        } else if (xml::isElement(child, "ul") || xml::isElement(child, "ol")) {
            Block list;
            list.kind =
                xml::isElement(child, "ul") ? Block::Kind::BulletList : Block::Kind::OrderedList;
            for (const xmlNode *li = xml::firstElement(child); li; li = xml::nextElement(li)) {
                if (xml::isElement(li, "li"))
                    list.items.append(readInlines(li));
            }
            list.items.squeeze();
            flow.append(list);
        }
    }
    flow.squeeze();
    return flow;
}

void writeFlow(QXmlStreamWriter &writer, const Flow &flow)
{
    for (const Block &block : flow) {
        if (block.kind == Block::Kind::Paragraph) {
            writer.writeStartElement(QStringLiteral("p"));
            if (block.tenderOnly)
                writer.writeAttribute(QStringLiteral("tender-only"), QStringLiteral("true"));
            writeInlines(writer, block.inlines);
            writer.writeEndElement();
            continue;
        }
        writer.writeStartElement(
            block.kind == Block::Kind::BulletList ? QStringLiteral("ul") : QStringLiteral("ol"));
        for (const Inlines &item : block.items) {
            writer.writeStartElement(QStringLiteral("li"));
            writeInlines(writer, item);
            writer.writeEndElement();
        }
        writer.writeEndElement();
    }
}

QString toPlainText(const Inlines &inlines, const InlineResolver &resolve)
{
    QString out;
    for (const Inline &item : inlines) {
        switch (item.kind) {
        case Inline::Kind::Text:
        case Inline::Kind::Term:
            out += item.text;
            break;
        case Inline::Kind::Emphasis:
        case Inline::Kind::Strong:
            out += toPlainText(item.children, resolve);
            break;
        case Inline::Kind::Param:
            out += resolve ? resolve(item) : u'{' + item.text + u'}';
            break;
        case Inline::Kind::Xref:
            out += resolve ? resolve(item) : item.text;
            break;
        case Inline::Kind::Inserted:
            out += toPlainText(item.children, resolve);
            break;
        case Inline::Kind::Deleted:
            break;
        }
    }
    return out;
}

QString toPlainText(const Flow &flow, const InlineResolver &resolve)
{
    QStringList blocks;
    for (const Block &block : flow) {
        if (block.kind == Block::Kind::Paragraph) {
            blocks << toPlainText(block.inlines, resolve);
            continue;
        }
        blocks << listText(block, [&](const Inlines &item) { return toPlainText(item, resolve); });
    }
    return blocks.join(QStringLiteral("\n\n"));
}

QList<const Inline *> paramRefs(const Flow &flow)
{
    return collectFlow(flow, Inline::Kind::Param);
}

QList<const Inline *> xrefs(const Flow &flow)
{
    return collectFlow(flow, Inline::Kind::Xref);
}

QString toEditableText(const Flow &flow)
{
    QStringList blocks;
    // A paragraph that starts like a list item, or like such an escape, gets a leading
    // backslash so that it reads back as the same paragraph.
    static const QRegularExpression needsEscape(
        QStringLiteral("^\\s*(([-*•]|\\d{1,3}[.)])\\s|\\\\[-*•\\d\\\\])"));
    for (const Block &block : flow) {
        if (block.kind == Block::Kind::Paragraph) {
            QString text = editableInlines(block.inlines);
            if (needsEscape.match(text).hasMatch()) {
                qsizetype at = 0;
                while (at < text.size() && text.at(at).isSpace())
                    ++at;
                text.insert(at, u'\\');
            }
            blocks << text;
            continue;
        }
        blocks << listText(block, editableInlines);
    }
    return blocks.join(QStringLiteral("\n\n"));
}

Flow fromEditableText(const QString &text)
{
    static const QRegularExpression bullet(QStringLiteral("^\\s*[-*•]\\s+(.*)$"));
    static const QRegularExpression numbered(QStringLiteral("^\\s*\\d{1,3}[.)]\\s+(.*)$"));
    static const QRegularExpression escaped(QStringLiteral("^\\s*\\\\([-*•\\d\\\\].*)$"));
    Flow flow;
    QStringList paragraph;
    auto flushParagraph = [&] {
        if (paragraph.isEmpty())
            return;
        const Inlines inlines = parseEditableLine(paragraph.join(u' '));
        if (!inlines.isEmpty())
            flow.append(Block::paragraph(inlines));
        paragraph.clear();
    };
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = normalised.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            flushParagraph();
            continue;
        }
        if (const auto e = escaped.match(line); e.hasMatch()) {
            paragraph << e.captured(1).trimmed(); // an escaped list marker is text
            continue;
        }
        const auto b = bullet.match(line);
        const auto n = numbered.match(line);
        if (b.hasMatch() || n.hasMatch()) {
            flushParagraph();
            const Block::Kind kind =
                b.hasMatch() ? Block::Kind::BulletList : Block::Kind::OrderedList;
            const Inlines item = parseEditableLine(b.hasMatch() ? b.captured(1) : n.captured(1));
            if (flow.isEmpty() || flow.last().kind != kind)
                flow.append({kind, {}, {}});
            flow.last().items.append(item);
            continue;
        }
        // A continuation line after a list item belongs to that item.
        if (paragraph.isEmpty() && !flow.isEmpty() && flow.last().kind != Block::Kind::Paragraph &&
            !lines.isEmpty() && line.startsWith(u' ')) {
            Inlines &last = flow.last().items.last();
            Inlines more = parseEditableLine(line.trimmed());
            if (!more.isEmpty()) {
                if (!last.isEmpty())
                    appendText(last, QStringLiteral(" "));
                for (const Inline &item : std::as_const(more)) {
                    if (item.kind == Inline::Kind::Text)
                        appendText(last, item.text);
                    else
                        last.append(item);
                }
            }
            continue;
        }
        paragraph << line.trimmed();
    }
    flushParagraph();
    return flow;
}

bool isBlank(const Flow &flow)
{
    return toPlainText(flow).trimmed().isEmpty();
}

} // namespace klausul::RichText
