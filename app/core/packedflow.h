#pragma once

#include "richtext.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <initializer_list>

struct _xmlNode;

namespace klausul {

/**
 * An immutable Flow held as one QByteArray: the text in UTF-8 and a tag byte per block, list
 * item, emphasis, term, parameter slot and cross-reference. A library holds every clause text
 * this way: a Flow costs a heap block per inline and two bytes per character, a PackedFlow
 * about the bytes of the text in the file.
 *
 * Reading straight from the clause XML (read()) gives the same Flow as RichText::readFlow():
 * `read(element).unpack() == RichText::readFlow(element)`, source lines of parameter slots and
 * cross-references included. Packing a Flow and unpacking it gives the same Flow, except that
 * source lines of emphasis and terms are not kept (no issue refers to them), and list blocks
 * never hold inlines nor paragraphs items.
 */
class PackedFlow
{
public:
    PackedFlow() = default;
    /** Packs `flow`. Implicit, so that code building a Clause can assign a Flow. */
    PackedFlow(const Flow &flow); // NOLINT(google-explicit-constructor)
    PackedFlow(std::initializer_list<Block> blocks)
        : PackedFlow(Flow(blocks))
    { }

    /** Reads the children of a Flow element (p, ul, ol), as RichText::readFlow() does. */
    static PackedFlow read(const _xmlNode *element);
    /** A PackedFlow from bytes() of another. Any bytes are safe: garbage unpacks to some Flow. */
    static PackedFlow fromBytes(const QByteArray &bytes);

    Flow unpack() const;
    /** Unpacks: a PackedFlow can be passed where a `const Flow &` is expected. */
    operator Flow() const { return unpack(); } // NOLINT(google-explicit-constructor)

    bool isEmpty() const { return m_bytes.isEmpty(); }
    const QByteArray &bytes() const { return m_bytes; }

    /**
     * Appends the plain text, decoded straight into `out`: what RichText::toPlainText() gives
     * for the unpacked Flow with a resolver that renders parameter slots and cross-references
     * as nothing.
     */
    void appendPlainText(QString &out) const;
    /**
     * Appends the same plain text as UTF-8, copied from the stored bytes without decoding. Where
     * appendPlainText() decodes malformed bytes as replacement characters, the bytes appended here
     * are not valid UTF-8 either (also when more text is appended after them).
     */
    void appendPlainUtf8(QByteArray &out) const;

    /** The Param (or Xref) inlines in document order, with their ids and source lines. */
    QList<Inline> refs(Inline::Kind kind) const;

    friend bool operator==(const PackedFlow &a, const PackedFlow &b)
    {
        return a.content() == b.content();
    }
    friend bool operator!=(const PackedFlow &a, const PackedFlow &b) { return !(a == b); }

private:
    /** The bytes without the trailing source lines (which equality ignores, as Inline's does). */
    QByteArrayView content() const;

    QByteArray m_bytes;
};

namespace RichText {
// A Flow converted from a PackedFlow is a temporary: pointers into it would dangle.
QList<const Inline *> paramRefs(Flow &&flow) = delete;
QList<const Inline *> xrefs(Flow &&flow) = delete;
} // namespace RichText

} // namespace klausul
