#include "xmlformat.h"

#include "safesave.h"
#include "safexml.h"
#include "xmlstring.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace klausul {

namespace {

bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), isXmlSpace);
}

/** Runs of XML white space become one space; nothing is trimmed. */
QString collapse(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (isXmlSpace(c)) {
            if (!space)
                out += u' ';
            space = true;
        } else {
            out += c;
            space = false;
        }
    }
    return out;
}

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'&')
            out += QStringLiteral("&amp;");
        else if (c == u'<')
            out += QStringLiteral("&lt;");
        else if (c == u'>')
            out += QStringLiteral("&gt;");
        else
            out += c;
    }
    return out;
}

QString escapeAttribute(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c == u'"')
            out += QStringLiteral("&quot;");
        else if (c == u'\n')
            out += QStringLiteral("&#10;");
        else if (c == u'\r')
            out += QStringLiteral("&#13;");
        else if (c == u'\t')
            out += QStringLiteral("&#9;");
        else
            out += escapeText(QString(c));
    }
    return out;
}

QString qualifiedName(const xmlNode *node)
{
    const QString name = xml::toQString(node->name);
    if (node->ns && node->ns->prefix)
        return xml::toQString(node->ns->prefix) + u':' + name;
    return name;
}

QString qualifiedName(const xmlAttr *attribute)
{
    const QString name = xml::toQString(attribute->name);
    if (attribute->ns && attribute->ns->prefix)
        return xml::toQString(attribute->ns->prefix) + u':' + name;
    return name;
}

QString attributeValue(const xmlAttr *attribute)
{
    // inLine 1: the value itself; 0 would escape it a second time.
    xmlChar *value = xmlNodeListGetString(attribute->doc, attribute->children, 1);
    QString result = xml::toQString(value);
    xmlFree(value);
    return result;
}

/** `name="value"` pieces of a start tag: namespace declarations first, then in schema order. */
QStringList attributePieces(const xmlNode *element)
{
    QStringList pieces;
    for (const xmlNs *ns = element->nsDef; ns; ns = ns->next) {
        const QString name = ns->prefix ? QStringLiteral("xmlns:") + xml::toQString(ns->prefix)
                                        : QStringLiteral("xmlns");
        pieces << name + QStringLiteral("=\"") + escapeAttribute(xml::toQString(ns->href)) + u'"';
    }
    const QStringList order = XmlFormat::attributeOrder(xml::toQString(element->name));
    QList<std::pair<int, QString>> attributes;
    int position = 0;
    for (const xmlAttr *attribute = element->properties; attribute;
         attribute = attribute->next, ++position) {
        const QString name = qualifiedName(attribute);
        const int rank = int(order.indexOf(name));
        // Known attributes in the schema's order, the others after them as found.
        const int key = rank >= 0 ? rank : int(order.size()) + position;
        attributes.append({key,
            name + QStringLiteral("=\"") + escapeAttribute(attributeValue(attribute)) + u'"'});
    }
    std::stable_sort(attributes.begin(), attributes.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &attribute : attributes)
        pieces << attribute.second;
    return pieces;
}

QString commentText(const xmlNode *node)
{
    return QStringLiteral("<!--") + xml::toQString(node->content) + QStringLiteral("-->");
}

QString piText(const xmlNode *node)
{
    const QString content = xml::toQString(node->content);
    return QStringLiteral("<?") + xml::toQString(node->name) +
        (content.isEmpty() ? QString() : u' ' + content) + QStringLiteral("?>");
}

bool isTextNode(const xmlNode *node)
{
    return node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE;
}

class Writer
{
public:
    QString out;

    void node(const xmlNode *node, int indent)
    {
        if (node->type == XML_ELEMENT_NODE)
            element(node, indent);
        else if (node->type == XML_COMMENT_NODE)
            line(indent, commentText(node));
        else if (node->type == XML_PI_NODE)
            line(indent, piText(node));
    }

private:
    void line(int indent, const QString &text) { out += QString(indent, u' ') + text + u'\n'; }

    /** The start tag from `indent`, wrapped under the first attribute when too wide; returns the
        column after it. `close` is ">" or "/>". */
    int startTag(const xmlNode *element, int indent, const QString &close)
    {
        const QString name = qualifiedName(element);
        const QStringList pieces = attributePieces(element);
        QString tag = QString(indent, u' ') + u'<' + name;
        if (pieces.isEmpty()) {
            tag += close;
            out += tag;
            return int(tag.size());
        }
        const int align = indent + 1 + int(name.size()) + 1;
        int column = int(tag.size());
        for (int i = 0; i < pieces.size(); ++i) {
            const QString &piece = pieces.at(i);
            const int extra = i + 1 == pieces.size() ? int(close.size()) : 0;
            if (i > 0 && column + 1 + piece.size() + extra > XmlFormat::LineWidth) {
                tag += u'\n' + QString(align, u' ') + piece;
                column = align + int(piece.size());
            } else {
                tag += u' ' + piece;
                column += 1 + int(piece.size());
            }
        }
        tag += close;
        out += tag;
        return column + int(close.size());
    }

    /** An element inside text, on one line, its text's white space collapsed. */
    QString inlineElement(const xmlNode *element)
    {
        QString text = u'<' + qualifiedName(element);
        for (const QString &piece : attributePieces(element))
            text += u' ' + piece;
        if (!element->children)
            return text + QStringLiteral("/>");
        text += u'>';
        for (const xmlNode *child = element->children; child; child = child->next) {
            if (isTextNode(child))
                text += escapeText(collapse(xml::toQString(child->content)));
            else if (child->type == XML_ELEMENT_NODE)
                text += inlineElement(child);
            else if (child->type == XML_COMMENT_NODE)
                text += commentText(child);
            else if (child->type == XML_PI_NODE)
                text += piText(child);
        }
        return text + QStringLiteral("</") + qualifiedName(element) + u'>';
    }

    /** The words of mixed content: breaks only at white space of the element's own text. */
    QStringList words(const xmlNode *element)
    {
        QStringList result;
        QString current;
        for (const xmlNode *child = element->children; child; child = child->next) {
            if (isTextNode(child)) {
                const QString text = xml::toQString(child->content);
                for (QChar c : text) {
                    if (isXmlSpace(c)) {
                        if (!current.isEmpty())
                            result << current;
                        current.clear();
                    } else {
                        current += escapeText(QString(c));
                    }
                }
            } else if (child->type == XML_ELEMENT_NODE) {
                current += inlineElement(child);
            } else if (child->type == XML_COMMENT_NODE) {
                current += commentText(child);
            } else if (child->type == XML_PI_NODE) {
                current += piText(child);
            }
        }
        if (!current.isEmpty())
            result << current;
        return result;
    }

    void element(const xmlNode *element, int indent)
    {
        bool text = false;
        bool content = false;
        for (const xmlNode *child = element->children; child; child = child->next) {
            if (isTextNode(child)) {
                if (!isBlank(xml::toQString(child->content)))
                    text = content = true;
            } else if (child->type == XML_ELEMENT_NODE || child->type == XML_COMMENT_NODE ||
                child->type == XML_PI_NODE) {
                content = true;
            }
        }
        const QString end = QStringLiteral("</") + qualifiedName(element) + u'>';
        if (!content) {
            startTag(element, indent, QStringLiteral("/>"));
            out += u'\n';
            return;
        }
        if (!text) {
            startTag(element, indent, QStringLiteral(">"));
            out += u'\n';
            for (const xmlNode *child = element->children; child; child = child->next)
                node(child, indent + XmlFormat::IndentStep);
            line(indent, end);
            return;
        }
        // Text: fill the words to the line width; the first follows the start tag directly.
        int column = startTag(element, indent, QStringLiteral(">"));
        const QStringList all = words(element);
        const int continuation = indent + XmlFormat::IndentStep;
        for (int i = 0; i < all.size(); ++i) {
            const QString &word = all.at(i);
            const int extra = i + 1 == all.size() ? int(end.size()) : 0;
            const int space = i == 0 ? 0 : 1;
            if (i > 0 && column + space + word.size() + extra > XmlFormat::LineWidth) {
                out += u'\n' + QString(continuation, u' ') + word;
                column = continuation + int(word.size());
            } else {
                out += QString(space, u' ') + word;
                column += space + int(word.size());
            }
        }
        out += end + u'\n';
    }
};

} // namespace

QStringList XmlFormat::attributeOrder(const QString &element)
{
    static const QHash<QString, QStringList> orders = [] {
        auto list = [](std::initializer_list<const char *> names) {
            QStringList result;
            for (const char *name : names)
                result << QLatin1String(name);
            return result;
        };
        QHash<QString, QStringList> table;
        // clause.xsd
        table.insert(QStringLiteral("clause"),
            list({"id", "version", "status", "replaced-by", "option", "theme", "type"}));
        table.insert(QStringLiteral("variant"), list({"id", "type"}));
        table.insert(QStringLiteral("parameter"),
            list({"id", "type", "unit", "min", "max", "multiple", "combine", "role", "target",
                "default"}));
        table.insert(QStringLiteral("choice"), list({"value"}));
        table.insert(QStringLiteral("ref"), list({"scheme", "version", "id"}));
        table.insert(QStringLiteral("when"), list({"question", "in"}));
        table.insert(QStringLiteral("change"), list({"version", "date"}));
        table.insert(QStringLiteral("p"), list({"tender-only"}));
        table.insert(QStringLiteral("xref"), list({"clause"}));
        // param: in texts (ref) and in consistency.xml (clause, param)
        table.insert(QStringLiteral("param"), list({"ref", "clause", "param"}));
        // library.xsd: manifest, questions, reference lists, consistency, definitions
        table.insert(QStringLiteral("library"), list({"id", "version", "released", "extends"}));
        table.insert(QStringLiteral("theme"), list({"id", "order"}));
        table.insert(QStringLiteral("question"), list({"id", "default"}));
        table.insert(QStringLiteral("option"), list({"value", "assume"}));
        table.insert(QStringLiteral("reference-list"), list({"scheme", "version"}));
        table.insert(QStringLiteral("item"), list({"id"}));
        table.insert(QStringLiteral("shared"), list({"id"}));
        table.insert(
            QStringLiteral("at-most"), list({"clause", "param", "than-clause", "than-param"}));
        table.insert(QStringLiteral("conflict"),
            list({"clause", "variant", "with-clause", "with-variant", "question", "answers"}));
        table.insert(QStringLiteral("definition"), list({"id"}));
        return table;
    }();
    // Every element with a language puts it first; the namespace declaration is always first.
    QStringList order = orders.value(element);
    order.append(QStringLiteral("lang"));
    return order;
}

QByteArray XmlFormat::format(const QByteArray &data, const QString &fileName, IssueList *issues)
{
    const XmlDocument doc = SafeXml::parse(data, fileName, issues);
    if (!doc)
        return {};
    Writer writer;
    writer.out = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    for (const xmlNode *child = doc.get()->children; child; child = child->next)
        writer.node(child, 0);
    return writer.out.toUtf8();
}

XmlFormat::Result XmlFormat::formatFile(const QString &path, bool write, IssueList *issues)
{
    QByteArray data;
    if (!SafeXml::readFile(path, &data, issues))
        return Result::Failed;
    const QByteArray formatted = format(data, path, issues);
    if (formatted.isEmpty())
        return Result::Failed;
    if (formatted == data)
        return Result::Unchanged;
    if (write) {
        QString error;
        if (!SafeSave::write(path, formatted, &error)) {
            Issue issue = Issue::error(error, path);
            issue.category = Issue::Category::Io;
            issues->append(issue);
            return Result::Failed;
        }
    }
    return Result::Changed;
}

QStringList XmlFormat::xmlFiles(const QStringList &paths, IssueList *issues)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(
                path, {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            found.sort();
            files += found;
        } else if (info.exists()) {
            files << path;
        } else {
            Issue issue = Issue::error(tr("no such file or folder"), path);
            issue.category = Issue::Category::Io;
            issues->append(issue);
        }
    }
    return files;
}

} // namespace klausul
