#pragma once

#include "clause.h"
#include "issue.h"
#include "library.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace klausul {

/** A plain XML node of an EditableClause: element, text, comment or processing instruction. */
struct XmlNode
{
    enum class Kind { Element, Text, Comment, ProcessingInstruction };
    Kind kind = Kind::Element;
    QString name; ///< Element: qualified name; ProcessingInstruction: target
    QList<QPair<QString, QString>> attributes; ///< Element, as found (namespace declarations too)
    QList<XmlNode> children; ///< Element
    QString text; ///< Text, Comment, ProcessingInstruction data

    QString attribute(const QString &name) const;
    /** Sets or, with an empty value, removes an attribute; a new one goes last. */
    void setAttribute(const QString &name, const QString &value);
    bool hasAttribute(const QString &name) const;
    /** The text of the element's text children, as found. */
    QString ownText() const;

    friend bool operator==(const XmlNode &a, const XmlNode &b)
    {
        return a.kind == b.kind && a.name == b.name && a.text == b.text &&
            a.attributes == b.attributes && a.children == b.children;
    }
};

/** A text in Danish and English. */
struct BilingualText
{
    QString da;
    QString en;

    QString get(const QString &lang) const { return lang == QLatin1String("en") ? en : da; }
    void set(const QString &lang, const QString &text)
    {
        (lang == QLatin1String("en") ? en : da) = text;
    }
    friend bool operator==(const BilingualText &a, const BilingualText &b)
    {
        return a.da == b.da && a.en == b.en;
    }
};

/** The fields of a <parameter> as the editor shows them; empty strings are absent attributes. */
struct EditableParameter
{
    QString id;
    QString type = QStringLiteral("text");
    QString unit;
    QString minimum;
    QString maximum;
    QString multiple; ///< "", "true" or "false", as written
    QString combine; ///< "", "and" or "or"
    QString role;
    QString target;
    std::optional<QString> defaultValue; ///< none: the value is required
    BilingualText label;
    BilingualText guidance;
    struct Choice
    {
        QString value;
        BilingualText label;
        friend bool operator==(const Choice &a, const Choice &b)
        {
            return a.value == b.value && a.label == b.label;
        }
    };
    QList<Choice> choices;

    friend bool operator==(const EditableParameter &a, const EditableParameter &b);
};

/** The fields of a <variant>; the bodies in the own-wording text form. */
struct EditableVariant
{
    QString id;
    QString type; ///< "", or a requirement type code
    BilingualText label;
    BilingualText body;

    friend bool operator==(const EditableVariant &a, const EditableVariant &b)
    {
        return a.id == b.id && a.type == b.type && a.label == b.label && a.body == b.body;
    }
};

/**
 * One clause file as the library editor edits it (issue 17): the XML kept as a tree of nodes, so
 * that whatever the form does not edit (suggestion rules, history, comments, markup of text that
 * was not changed) is written back untouched, and typed accessors for the fields the form edits.
 *
 * Texts are read and written in the own-wording text form of RichText::toEditableText()
 * (paragraphs separated by blank lines, "- " bullets, "1. " numbered items, `{param}`,
 * `{ref:ID}`). A text set to what it already reads as keeps its markup; a changed text keeps the
 * defined terms (<term>) its old version had, wherever the same words still occur.
 *
 * toXml() writes the canonical layout of XmlFormat, so an unedited clause reads back
 * byte-identical to `klausul-cli fmt` of its file. Pure data: no Widgets, no files.
 */
class EditableClause
{
    Q_DECLARE_TR_FUNCTIONS(klausul::EditableClause)

public:
    /** Reads a clause file's XML; nullopt (and located issues) when it is not well-formed XML. */
    static std::optional<EditableClause> fromXml(
        const QByteArray &data, const QString &fileName, IssueList *issues);
    /** A new clause with empty titles and bodies, status draft, version 1. */
    static EditableClause create(const QString &id, const QString &theme);

    /** The file in XmlFormat's canonical layout. */
    QByteArray toXml() const;

    /**
     * The clause as the loader reads it: the XML validated against the clause schema; nullopt
     * (and the schema's located issues) when it is not valid.
     */
    std::optional<Clause> toClause(const QString &fileName, IssueList *issues) const;

    // Attributes of <clause>: id, version, status, replaced-by, option, theme, type.
    QString attribute(const QString &name) const { return m_root.attribute(name); }
    void setAttribute(const QString &name, const QString &value);
    QString id() const { return attribute(QStringLiteral("id")); }
    int version() const { return attribute(QStringLiteral("version")).toInt(); }

    QString title(const QString &lang) const;
    void setTitle(const QString &lang, const QString &text);
    QString body(const QString &lang) const;
    void setBody(const QString &lang, const QString &text);

    /** The text of a guidance heading (GuidanceHeading::element, e.g. "purpose"). */
    QString guidance(const QString &lang, const QString &heading) const;
    void setGuidance(const QString &lang, const QString &heading, const QString &text);

    QList<EditableParameter> parameters() const;
    /** Replaces the parameters; an unchanged parameter keeps its element as it was. */
    void setParameters(const QList<EditableParameter> &parameters);

    QList<EditableVariant> variants() const;
    void setVariants(const QList<EditableVariant> &variants);

    QList<Reference> references() const;
    void setReferences(const QList<Reference> &references);

    /** <contract-types>: the space-separated list, or empty. */
    QString contractTypes() const;
    void setContractTypes(const QString &types);

    /**
     * <applies> in a line form: one `question: value value` line per condition, all of which
     * must hold. Nullopt when the clause's rule uses any/all/not groups, which the form does not
     * edit (they are kept as written).
     */
    std::optional<QString> applicability() const;
    /** Sets the rule from the line form; lines without "question:" are ignored. */
    void setApplicability(const QString &lines);

    /**
     * True when the clause's Danish or English title, body or variant texts differ from `other`:
     * a change of wording, which needs a new version of an approved clause.
     */
    bool wordingDiffers(const EditableClause &other) const;

    /** Removes the <history> (a duplicate starts its own). */
    void clearHistory() { removeChildren(QStringLiteral("history")); }

    /** Elements the form does not edit, present in this clause (e.g. "suggestion", "history"). */
    QStringList uneditedElements() const;

    /** The same nodes: cheap, and equal clauses write equal files (not always the reverse). */
    friend bool operator==(const EditableClause &a, const EditableClause &b)
    {
        return a.m_root == b.m_root && a.m_prolog == b.m_prolog;
    }
    friend bool operator!=(const EditableClause &a, const EditableClause &b) { return !(a == b); }

private:
    XmlNode *child(const QString &name, const QString &lang = {});
    const XmlNode *child(const QString &name, const QString &lang = {}) const;
    /** The child, inserted at its place in the schema's sequence when missing. */
    XmlNode &ensureChild(const QString &name, const QString &lang = {});
    void removeChildren(const QString &name);
    void insertInOrder(const XmlNode &node);

    XmlNode m_root;
    QList<XmlNode> m_prolog; ///< comments and processing instructions before the root
};

} // namespace klausul
