#pragma once

#include "issue.h"

#include <QList>
#include <QString>

#include <functional>

struct _xmlNode;
class QXmlStreamWriter;

namespace klausul {

/**
 * One piece of inline markup in a clause body: text, emphasis, a defined term, a parameter slot
 * or a cross-reference. Bodies are data; nothing in them is ever evaluated.
 */
struct Inline
{
    /** Inserted and Deleted only appear in redlines computed by TextDiff, never in files. */
    enum class Kind { Text, Emphasis, Strong, Term, Param, Xref, Inserted, Deleted };

    Kind kind = Kind::Text;
    QString text; ///< Text and Term: the text; Param: the parameter id; Xref: the clause id
    QList<Inline> children; ///< Emphasis, Strong, Inserted and Deleted
    int line = 0; ///< source line, for issues about Param and Xref

    static Inline plain(const QString &text) { return {Kind::Text, text, {}, 0}; }
    static Inline param(const QString &id) { return {Kind::Param, id, {}, 0}; }
    static Inline term(const QString &text) { return {Kind::Term, text, {}, 0}; }

    friend bool operator==(const Inline &a, const Inline &b)
    {
        return a.kind == b.kind && a.text == b.text && a.children == b.children;
    }
    friend bool operator!=(const Inline &a, const Inline &b) { return !(a == b); }
};

using Inlines = QList<Inline>;

/** A paragraph, or a bulleted or numbered list of items. */
struct Block
{
    enum class Kind { Paragraph, BulletList, OrderedList };

    Kind kind = Kind::Paragraph;
    Inlines inlines; ///< Paragraph
    QList<Inlines> items; ///< lists
    /** A paragraph addressed to tenderers (`<p tender-only="true">`): not in the contract. */
    bool tenderOnly = false;

    static Block paragraph(const Inlines &inlines) { return {Kind::Paragraph, inlines, {}}; }

    friend bool operator==(const Block &a, const Block &b)
    {
        return a.kind == b.kind && a.inlines == b.inlines && a.items == b.items &&
            a.tenderOnly == b.tenderOnly;
    }
    friend bool operator!=(const Block &a, const Block &b) { return !(a == b); }
};

/** Structured text: a clause body, a guidance section, own wording. */
using Flow = QList<Block>;

/** Renders a parameter slot or cross-reference to text. */
using InlineResolver = std::function<QString(const Inline &)>;

namespace RichText {

/** Reads the children of a Flow element (p, ul, ol). The element must be schema-valid. */
Flow readFlow(const _xmlNode *element);
/** Reads the mixed content of an Inline element, collapsing white space. */
Inlines readInlines(const _xmlNode *element);

/** Writes `flow` as p/ul/ol elements in the writer's current default namespace. */
void writeFlow(QXmlStreamWriter &writer, const Flow &flow);

/** Plain text: paragraphs separated by a blank line, list items as "- " or "1. " lines. */
QString toPlainText(const Flow &flow, const InlineResolver &resolve = {});
QString toPlainText(const Inlines &inlines, const InlineResolver &resolve = {});

/** Every Param inline in the flow, in document order. */
QList<const Inline *> paramRefs(const Flow &flow);
/** Every Xref inline in the flow, in document order. */
QList<const Inline *> xrefs(const Flow &flow);

/**
 * Own wording in the editor's plain form: paragraphs separated by blank lines, "- " bullets,
 * "1. " numbered items, parameter slots as {param-id}. Defined terms and emphasis are kept
 * as text. The inverse of toEditableText().
 */
Flow fromEditableText(const QString &text);
QString toEditableText(const Flow &flow);

/** True when the flow has no visible text. */
bool isBlank(const Flow &flow);

} // namespace RichText
} // namespace klausul
