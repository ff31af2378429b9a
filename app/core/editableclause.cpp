#include "editableclause.h"

#include "clausereader.h"
#include "safexml.h"
#include "xmlformat.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <functional>

namespace klausul {

namespace {

const QString Lang = QStringLiteral("lang");

/** The clause's children in the schema's order. */
const QStringList &clauseOrder()
{
    static const QStringList order = {QStringLiteral("title"), QStringLiteral("body"),
        QStringLiteral("variant"), QStringLiteral("parameter"), QStringLiteral("guidance"),
        QStringLiteral("references"), QStringLiteral("contract-types"), QStringLiteral("applies"),
        QStringLiteral("suggestion"), QStringLiteral("history")};
    return order;
}

bool isElement(const XmlNode &node, const QString &name, const QString &lang = {})
{
    return node.kind == XmlNode::Kind::Element && node.name == name &&
        (lang.isEmpty() || node.attribute(Lang) == lang);
}

XmlNode element(const QString &name, const QString &lang = {})
{
    XmlNode node;
    node.name = name;
    if (!lang.isEmpty())
        node.setAttribute(Lang, lang);
    return node;
}

XmlNode textElement(const QString &name, const QString &lang, const QString &text)
{
    XmlNode node = element(name, lang);
    node.children.append({XmlNode::Kind::Text, {}, {}, {}, text});
    return node;
}

/** Reads well-formed XML (already accepted by SafeXml) into nodes. */
bool readNodes(const QByteArray &data, QList<XmlNode> *before, XmlNode *root, QList<XmlNode> *after)
{
    QXmlStreamReader reader(data);
    QList<XmlNode> stack;
    bool rootSeen = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        XmlNode node;
        switch (token) {
        case QXmlStreamReader::StartElement: {
            node.name = reader.qualifiedName().toString();
            const auto declarations = reader.namespaceDeclarations();
            for (const auto &ns : declarations) {
                const QString name = ns.prefix().isEmpty()
                    ? QStringLiteral("xmlns")
                    : QStringLiteral("xmlns:") + ns.prefix().toString();
                node.attributes.append({name, ns.namespaceUri().toString()});
            }
            const auto attributes = reader.attributes();
            for (const auto &attribute : attributes)
                node.attributes.append(
                    {attribute.qualifiedName().toString(), attribute.value().toString()});
            stack.append(node);
            continue;
        }
        case QXmlStreamReader::EndElement: {
            node = stack.takeLast();
            if (!stack.isEmpty()) {
                stack.last().children.append(node);
            } else {
                *root = node;
                rootSeen = true;
            }
            continue;
        }
        case QXmlStreamReader::Characters:
            if (stack.isEmpty())
                continue;
            if (!stack.last().children.isEmpty() &&
                stack.last().children.last().kind == XmlNode::Kind::Text)
                stack.last().children.last().text += reader.text();
            else
                stack.last().children.append(
                    {XmlNode::Kind::Text, {}, {}, {}, reader.text().toString()});
            continue;
        case QXmlStreamReader::Comment:
            node = {XmlNode::Kind::Comment, {}, {}, {}, reader.text().toString()};
            break;
        case QXmlStreamReader::ProcessingInstruction:
            node = {XmlNode::Kind::ProcessingInstruction,
                reader.processingInstructionTarget().toString(), {}, {},
                reader.processingInstructionData().toString()};
            break;
        default:
            continue;
        }
        if (!stack.isEmpty())
            stack.last().children.append(node);
        else
            (rootSeen ? after : before)->append(node);
    }
    return rootSeen && !reader.hasError();
}

void writeNode(QXmlStreamWriter &writer, const XmlNode &node)
{
    switch (node.kind) {
    case XmlNode::Kind::Element:
        writer.writeStartElement(node.name);
        for (const auto &attribute : node.attributes)
            writer.writeAttribute(attribute.first, attribute.second);
        for (const XmlNode &child : node.children)
            writeNode(writer, child);
        writer.writeEndElement();
        break;
    case XmlNode::Kind::Text:
        writer.writeCharacters(node.text);
        break;
    case XmlNode::Kind::Comment:
        writer.writeComment(node.text);
        break;
    case XmlNode::Kind::ProcessingInstruction:
        writer.writeProcessingInstruction(node.name, node.text);
        break;
    }
}

QByteArray serialise(const QList<XmlNode> &before, const XmlNode &root, const QList<XmlNode> &after)
{
    QByteArray data;
    QXmlStreamWriter writer(&data);
    writer.writeStartDocument();
    for (const XmlNode &node : before)
        writeNode(writer, node);
    writeNode(writer, root);
    for (const XmlNode &node : after)
        writeNode(writer, node);
    writer.writeEndDocument();
    return data;
}

/** The Flow in an element (body, guidance heading), as RichText reads it. */
Flow flowOf(const XmlNode &node)
{
    XmlNode copy = node;
    copy.name = QStringLiteral("flow");
    copy.attributes = {{QStringLiteral("xmlns"), SafeXml::libraryNamespace()}};
    const QByteArray data = serialise({}, copy, {});
    IssueList ignored;
    const XmlDocument doc = SafeXml::parse(data, QStringLiteral("flow"), &ignored);
    return doc ? RichText::readFlow(doc.root()) : Flow();
}

/** The p/ul/ol nodes of `flow`. */
QList<XmlNode> nodesOf(const Flow &flow)
{
    QByteArray data;
    QXmlStreamWriter writer(&data);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("flow"));
    RichText::writeFlow(writer, flow);
    writer.writeEndElement();
    writer.writeEndDocument();
    QList<XmlNode> before;
    QList<XmlNode> after;
    XmlNode root;
    readNodes(data, &before, &root, &after);
    return root.children;
}

void collectTerms(const Inlines &inlines, QStringList *terms)
{
    for (const Inline &item : inlines) {
        if (item.kind == Inline::Kind::Term && !terms->contains(item.text))
            terms->append(item.text);
        collectTerms(item.children, terms);
    }
}

/** Marks each whole-word occurrence of `terms` in the text of `inlines` as a defined term. */
Inlines markTerms(const Inlines &inlines, const QStringList &terms)
{
    if (terms.isEmpty())
        return inlines;
    QStringList sorted = terms;
    std::sort(sorted.begin(), sorted.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList escaped;
    for (const QString &term : std::as_const(sorted))
        escaped << QRegularExpression::escape(term);
    const QRegularExpression pattern(
        QStringLiteral("(?<![\\w])(") + escaped.join(u'|') + QStringLiteral(")(?![\\w])"),
        QRegularExpression::UseUnicodePropertiesOption);
    Inlines out;
    for (const Inline &item : inlines) {
        if (item.kind != Inline::Kind::Text) {
            out.append(item);
            continue;
        }
        qsizetype at = 0;
        auto it = pattern.globalMatch(item.text);
        while (it.hasNext()) {
            const auto match = it.next();
            if (match.capturedStart() > at)
                out.append(Inline::plain(item.text.mid(at, match.capturedStart() - at)));
            out.append(Inline::term(match.captured()));
            at = match.capturedEnd();
        }
        if (at < item.text.size())
            out.append(Inline::plain(item.text.mid(at)));
    }
    return out;
}

/**
 * The flow of `text` in the own-wording form, keeping the defined terms and tender-only
 * paragraphs of `old` where the same words still occur.
 */
Flow flowFromText(const QString &text, const Flow &old)
{
    QStringList terms;
    QStringList tenderOnly;
    for (const Block &block : old) {
        collectTerms(block.inlines, &terms);
        for (const Inlines &item : block.items)
            collectTerms(item, &terms);
        if (block.tenderOnly)
            tenderOnly << RichText::toEditableText({block});
    }
    Flow flow = RichText::fromEditableText(text);
    for (Block &block : flow) {
        if (block.kind == Block::Kind::Paragraph &&
            tenderOnly.contains(RichText::toEditableText({block})))
            block.tenderOnly = true;
        block.inlines = markTerms(block.inlines, terms);
        for (Inlines &item : block.items)
            item = markTerms(item, terms);
    }
    return flow;
}

QString flowText(const XmlNode *node)
{
    return node ? RichText::toEditableText(flowOf(*node)) : QString();
}

/** Sets the flow of `node` from `text`, unless it already reads as `text`. */
void setFlowText(XmlNode &node, const QString &text)
{
    const Flow old = flowOf(node);
    if (RichText::toEditableText(old) == text)
        return;
    node.children = nodesOf(flowFromText(text, old));
}

const XmlNode *findChild(const XmlNode &parent, const QString &name, const QString &lang = {})
{
    for (const XmlNode &child : parent.children) {
        if (isElement(child, name, lang))
            return &child;
    }
    return nullptr;
}

QString childText(const XmlNode &parent, const QString &name, const QString &lang)
{
    const XmlNode *node = findChild(parent, name, lang);
    return node ? node->ownText().simplified() : QString();
}

/**
 * Sets the text of the `name` child in `lang`, or removes it when `text` is empty and
 * `removeEmpty`; a new child goes after the last child of the same name, or at `position`.
 */
void setChildText(XmlNode &parent, const QString &name, const QString &lang, const QString &text,
    bool removeEmpty, int position)
{
    for (qsizetype i = 0; i < parent.children.size(); ++i) {
        XmlNode &child = parent.children[i];
        if (!isElement(child, name, lang))
            continue;
        if (text.isEmpty() && removeEmpty) {
            parent.children.removeAt(i);
        } else if (child.ownText().simplified() != text) {
            child.children = {{XmlNode::Kind::Text, {}, {}, {}, text}};
        }
        return;
    }
    if (text.isEmpty() && removeEmpty)
        return;
    qsizetype at = std::min<qsizetype>(position, parent.children.size());
    for (qsizetype i = 0; i < parent.children.size(); ++i) {
        if (isElement(parent.children.at(i), name))
            at = i + 1;
    }
    parent.children.insert(at, textElement(name, lang, text));
}

EditableParameter parameterOf(const XmlNode &node)
{
    EditableParameter p;
    p.id = node.attribute(QStringLiteral("id"));
    p.type = node.attribute(QStringLiteral("type"));
    p.unit = node.attribute(QStringLiteral("unit"));
    p.minimum = node.attribute(QStringLiteral("min"));
    p.maximum = node.attribute(QStringLiteral("max"));
    p.multiple = node.attribute(QStringLiteral("multiple"));
    p.combine = node.attribute(QStringLiteral("combine"));
    p.role = node.attribute(QStringLiteral("role"));
    p.target = node.attribute(QStringLiteral("target"));
    if (node.hasAttribute(QStringLiteral("default")))
        p.defaultValue = node.attribute(QStringLiteral("default"));
    for (const QString &lang : {QStringLiteral("da"), QStringLiteral("en")}) {
        p.label.set(lang, childText(node, QStringLiteral("label"), lang));
        p.guidance.set(lang, childText(node, QStringLiteral("guidance"), lang));
    }
    for (const XmlNode &child : node.children) {
        if (!isElement(child, QStringLiteral("choice")))
            continue;
        EditableParameter::Choice choice;
        choice.value = child.attribute(QStringLiteral("value"));
        choice.label.da = childText(child, QStringLiteral("label"), QStringLiteral("da"));
        choice.label.en = childText(child, QStringLiteral("label"), QStringLiteral("en"));
        p.choices.append(choice);
    }
    return p;
}

void updateParameter(XmlNode &node, const EditableParameter &p)
{
    node.setAttribute(QStringLiteral("id"), p.id);
    node.setAttribute(QStringLiteral("type"), p.type);
    node.setAttribute(QStringLiteral("unit"), p.unit);
    node.setAttribute(QStringLiteral("min"), p.minimum);
    node.setAttribute(QStringLiteral("max"), p.maximum);
    node.setAttribute(QStringLiteral("multiple"), p.multiple);
    node.setAttribute(QStringLiteral("combine"), p.combine);
    node.setAttribute(QStringLiteral("role"), p.role);
    node.setAttribute(QStringLiteral("target"), p.target);
    if (p.defaultValue) {
        bool found = false;
        for (auto &attribute : node.attributes) {
            if (attribute.first == QLatin1String("default")) {
                attribute.second = *p.defaultValue;
                found = true;
            }
        }
        if (!found)
            node.attributes.append({QStringLiteral("default"), *p.defaultValue});
    } else {
        node.setAttribute(QStringLiteral("default"), {});
    }
    for (const QString &lang : {QStringLiteral("da"), QStringLiteral("en")})
        setChildText(node, QStringLiteral("label"), lang, p.label.get(lang), false, 0);
    for (const QString &lang : {QStringLiteral("da"), QStringLiteral("en")}) {
        int after = 0;
        for (qsizetype i = 0; i < node.children.size(); ++i) {
            if (isElement(node.children.at(i), QStringLiteral("label")))
                after = int(i) + 1;
        }
        setChildText(node, QStringLiteral("guidance"), lang, p.guidance.get(lang), true, after);
    }
    if (parameterOf(node).choices == p.choices)
        return;
    node.children.erase(
        std::remove_if(node.children.begin(), node.children.end(),
            [](const XmlNode &n) { return isElement(n, QStringLiteral("choice")); }),
        node.children.end());
    for (const auto &choice : p.choices) {
        XmlNode c = element(QStringLiteral("choice"));
        c.setAttribute(QStringLiteral("value"), choice.value);
        c.children << textElement(QStringLiteral("label"), QStringLiteral("da"), choice.label.da)
                   << textElement(QStringLiteral("label"), QStringLiteral("en"), choice.label.en);
        node.children.append(c);
    }
}

EditableVariant variantOf(const XmlNode &node)
{
    EditableVariant v;
    v.id = node.attribute(QStringLiteral("id"));
    v.type = node.attribute(QStringLiteral("type"));
    for (const QString &lang : {QStringLiteral("da"), QStringLiteral("en")}) {
        v.label.set(lang, childText(node, QStringLiteral("label"), lang));
        v.body.set(lang, flowText(findChild(node, QStringLiteral("body"), lang)));
    }
    return v;
}

void updateVariant(XmlNode &node, const EditableVariant &v)
{
    node.setAttribute(QStringLiteral("id"), v.id);
    node.setAttribute(QStringLiteral("type"), v.type);
    for (const QString &lang : {QStringLiteral("da"), QStringLiteral("en")})
        setChildText(node, QStringLiteral("label"), lang, v.label.get(lang), false, 0);
    for (const QString &lang : {QStringLiteral("da"), QStringLiteral("en")}) {
        const XmlNode *existing = findChild(node, QStringLiteral("body"), lang);
        if (!existing)
            node.children.append(element(QStringLiteral("body"), lang));
        for (XmlNode &child : node.children) {
            if (isElement(child, QStringLiteral("body"), lang))
                setFlowText(child, v.body.get(lang));
        }
    }
}

/** Replaces the `name` children of `root` by `nodes`, where the first one was (or belongs). */
void replaceAll(XmlNode &root, const QString &name, const QList<XmlNode> &nodes,
    const std::function<qsizetype()> &insertionPoint)
{
    qsizetype at = -1;
    for (qsizetype i = root.children.size() - 1; i >= 0; --i) {
        if (isElement(root.children.at(i), name)) {
            root.children.removeAt(i);
            at = i;
        }
    }
    if (at < 0)
        at = insertionPoint();
    for (const XmlNode &node : nodes)
        root.children.insert(at++, node);
}

} // namespace

QString XmlNode::attribute(const QString &name) const
{
    for (const auto &attribute : attributes) {
        if (attribute.first == name)
            return attribute.second;
    }
    return {};
}

bool XmlNode::hasAttribute(const QString &name) const
{
    return std::any_of(attributes.cbegin(), attributes.cend(),
        [&](const auto &attribute) { return attribute.first == name; });
}

void XmlNode::setAttribute(const QString &name, const QString &value)
{
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        if (attributes.at(i).first != name)
            continue;
        if (value.isEmpty())
            attributes.removeAt(i);
        else
            attributes[i].second = value;
        return;
    }
    if (!value.isEmpty())
        attributes.append({name, value});
}

QString XmlNode::ownText() const
{
    QString text;
    for (const XmlNode &child : children) {
        if (child.kind == Kind::Text)
            text += child.text;
    }
    return text;
}

bool operator==(const EditableParameter &a, const EditableParameter &b)
{
    return a.id == b.id && a.type == b.type && a.unit == b.unit && a.minimum == b.minimum &&
        a.maximum == b.maximum && a.multiple == b.multiple && a.combine == b.combine &&
        a.role == b.role && a.target == b.target && a.defaultValue == b.defaultValue &&
        a.label == b.label && a.guidance == b.guidance && a.choices == b.choices;
}

std::optional<EditableClause> EditableClause::fromXml(
    const QByteArray &data, const QString &fileName, IssueList *issues)
{
    // SafeXml first: it refuses DOCTYPEs, oversized and non-UTF-8 input with located issues.
    const XmlDocument doc = SafeXml::parse(data, fileName, issues);
    if (!doc)
        return std::nullopt;
    EditableClause clause;
    QList<XmlNode> after;
    if (!readNodes(data, &clause.m_prolog, &clause.m_root, &after)) {
        issues->append(Issue::error(tr("The file could not be read as XML."), fileName));
        return std::nullopt;
    }
    clause.m_prolog += after; // a comment after the root element moves before it
    return clause;
}

EditableClause EditableClause::create(const QString &id, const QString &theme)
{
    EditableClause clause;
    XmlNode &root = clause.m_root;
    root.name = QStringLiteral("clause");
    root.attributes = {{QStringLiteral("xmlns"), SafeXml::libraryNamespace()},
        {QStringLiteral("id"), id}, {QStringLiteral("version"), QStringLiteral("1")},
        {QStringLiteral("status"), QStringLiteral("draft")},
        {QStringLiteral("option"), QStringLiteral("C")}, {QStringLiteral("theme"), theme},
        {QStringLiteral("type"), QStringLiteral("K")}};
    const QStringList langs = {QStringLiteral("da"), QStringLiteral("en")};
    for (const QString &lang : langs)
        root.children.append(textElement(QStringLiteral("title"), lang, {}));
    for (const QString &lang : langs)
        root.children.append(element(QStringLiteral("body"), lang));
    for (const QString &lang : langs) {
        XmlNode guidance = element(QStringLiteral("guidance"), lang);
        for (const GuidanceHeading &heading : guidanceHeadings())
            guidance.children.append(element(QString::fromLatin1(heading.element)));
        root.children.append(guidance);
    }
    return clause;
}

QByteArray EditableClause::toXml() const
{
    const QByteArray data = serialise(m_prolog, m_root, {});
    IssueList issues;
    const QByteArray formatted = XmlFormat::format(data, id() + QStringLiteral(".xml"), &issues);
    return formatted.isEmpty() ? data : formatted;
}

std::optional<Clause> EditableClause::toClause(const QString &fileName, IssueList *issues) const
{
    const QByteArray data = toXml();
    const XmlDocument doc = SafeXml::parse(data, fileName, issues);
    if (!doc || !SafeXml::validate(doc, Schema::Clause, data, fileName, issues))
        return std::nullopt;
    return ClauseReader::readClause(doc.root(), fileName);
}

void EditableClause::setAttribute(const QString &name, const QString &value)
{
    m_root.setAttribute(name, value);
}

XmlNode *EditableClause::child(const QString &name, const QString &lang)
{
    for (XmlNode &node : m_root.children) {
        if (isElement(node, name, lang))
            return &node;
    }
    return nullptr;
}

const XmlNode *EditableClause::child(const QString &name, const QString &lang) const
{
    return findChild(m_root, name, lang);
}

void EditableClause::insertInOrder(const XmlNode &node)
{
    const qsizetype rank = clauseOrder().indexOf(node.name);
    qsizetype at = m_root.children.size();
    for (qsizetype i = 0; i < m_root.children.size(); ++i) {
        const XmlNode &existing = m_root.children.at(i);
        if (existing.kind != XmlNode::Kind::Element)
            continue;
        const qsizetype existingRank = clauseOrder().indexOf(existing.name);
        const bool laterLanguage = existing.name == node.name &&
            existing.attribute(Lang) == QLatin1String("en") &&
            node.attribute(Lang) == QLatin1String("da");
        if (existingRank > rank || laterLanguage) {
            at = i;
            break;
        }
    }
    m_root.children.insert(at, node);
}

XmlNode &EditableClause::ensureChild(const QString &name, const QString &lang)
{
    if (XmlNode *existing = child(name, lang))
        return *existing;
    insertInOrder(element(name, lang));
    return *child(name, lang);
}

void EditableClause::removeChildren(const QString &name)
{
    m_root.children.erase(std::remove_if(m_root.children.begin(), m_root.children.end(),
                              [&](const XmlNode &node) { return isElement(node, name); }),
        m_root.children.end());
}

QString EditableClause::title(const QString &lang) const
{
    return childText(m_root, QStringLiteral("title"), lang);
}

void EditableClause::setTitle(const QString &lang, const QString &text)
{
    XmlNode &node = ensureChild(QStringLiteral("title"), lang);
    if (node.ownText().simplified() != text)
        node.children = {{XmlNode::Kind::Text, {}, {}, {}, text}};
}

QString EditableClause::body(const QString &lang) const
{
    return flowText(child(QStringLiteral("body"), lang));
}

void EditableClause::setBody(const QString &lang, const QString &text)
{
    setFlowText(ensureChild(QStringLiteral("body"), lang), text);
}

QString EditableClause::guidance(const QString &lang, const QString &heading) const
{
    const XmlNode *node = child(QStringLiteral("guidance"), lang);
    return node ? flowText(findChild(*node, heading)) : QString();
}

void EditableClause::setGuidance(const QString &lang, const QString &heading, const QString &text)
{
    XmlNode &node = ensureChild(QStringLiteral("guidance"), lang);
    for (XmlNode &section : node.children) {
        if (isElement(section, heading)) {
            setFlowText(section, text);
            return;
        }
    }
    // A missing heading goes to its place among the others.
    QStringList order;
    for (const GuidanceHeading &h : guidanceHeadings())
        order << QString::fromLatin1(h.element);
    qsizetype at = node.children.size();
    for (qsizetype i = 0; i < node.children.size(); ++i) {
        if (node.children.at(i).kind == XmlNode::Kind::Element &&
            order.indexOf(node.children.at(i).name) > order.indexOf(heading)) {
            at = i;
            break;
        }
    }
    XmlNode section = element(heading);
    setFlowText(section, text);
    node.children.insert(at, section);
}

QList<EditableParameter> EditableClause::parameters() const
{
    QList<EditableParameter> result;
    for (const XmlNode &node : m_root.children) {
        if (isElement(node, QStringLiteral("parameter")))
            result.append(parameterOf(node));
    }
    return result;
}

void EditableClause::setParameters(const QList<EditableParameter> &parameters)
{
    QList<XmlNode> old;
    for (const XmlNode &node : std::as_const(m_root.children)) {
        if (isElement(node, QStringLiteral("parameter")))
            old.append(node);
    }
    QList<XmlNode> nodes;
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        XmlNode node = i < old.size() ? old.at(i) : element(QStringLiteral("parameter"));
        if (i >= old.size() || !(parameterOf(node) == parameters.at(i)))
            updateParameter(node, parameters.at(i));
        nodes.append(node);
    }
    replaceAll(m_root, QStringLiteral("parameter"), nodes, [this] {
        for (qsizetype i = 0; i < m_root.children.size(); ++i) {
            if (isElement(m_root.children.at(i), QStringLiteral("guidance")))
                return i;
        }
        return m_root.children.size();
    });
}

QList<EditableVariant> EditableClause::variants() const
{
    QList<EditableVariant> result;
    for (const XmlNode &node : m_root.children) {
        if (isElement(node, QStringLiteral("variant")))
            result.append(variantOf(node));
    }
    return result;
}

void EditableClause::setVariants(const QList<EditableVariant> &variants)
{
    QList<XmlNode> old;
    for (const XmlNode &node : std::as_const(m_root.children)) {
        if (isElement(node, QStringLiteral("variant")))
            old.append(node);
    }
    QList<XmlNode> nodes;
    for (qsizetype i = 0; i < variants.size(); ++i) {
        XmlNode node = i < old.size() ? old.at(i) : element(QStringLiteral("variant"));
        if (i >= old.size() || !(variantOf(node) == variants.at(i)))
            updateVariant(node, variants.at(i));
        nodes.append(node);
    }
    replaceAll(m_root, QStringLiteral("variant"), nodes, [this] {
        for (qsizetype i = 0; i < m_root.children.size(); ++i) {
            const XmlNode &node = m_root.children.at(i);
            if (isElement(node, QStringLiteral("parameter")) ||
                isElement(node, QStringLiteral("guidance")))
                return i;
        }
        return m_root.children.size();
    });
}

QList<Reference> EditableClause::references() const
{
    QList<Reference> result;
    const XmlNode *node = child(QStringLiteral("references"));
    if (!node)
        return result;
    for (const XmlNode &ref : node->children) {
        if (!isElement(ref, QStringLiteral("ref")))
            continue;
        result.append({ref.attribute(QStringLiteral("scheme")),
            ref.attribute(QStringLiteral("version")), ref.attribute(QStringLiteral("id")), 0});
    }
    return result;
}

void EditableClause::setReferences(const QList<Reference> &references)
{
    if (references == this->references())
        return;
    if (references.isEmpty()) {
        removeChildren(QStringLiteral("references"));
        return;
    }
    XmlNode &node = ensureChild(QStringLiteral("references"));
    node.children.clear();
    for (const Reference &reference : references) {
        XmlNode ref = element(QStringLiteral("ref"));
        ref.setAttribute(QStringLiteral("scheme"), reference.scheme);
        ref.setAttribute(QStringLiteral("version"), reference.version);
        ref.setAttribute(QStringLiteral("id"), reference.id);
        node.children.append(ref);
    }
}

QString EditableClause::contractTypes() const
{
    return childText(m_root, QStringLiteral("contract-types"), {});
}

void EditableClause::setContractTypes(const QString &types)
{
    const QString simplified = types.simplified();
    if (simplified == contractTypes())
        return;
    if (simplified.isEmpty()) {
        removeChildren(QStringLiteral("contract-types"));
        return;
    }
    ensureChild(QStringLiteral("contract-types")).children = {
        {XmlNode::Kind::Text, {}, {}, {}, simplified}};
}

std::optional<QString> EditableClause::applicability() const
{
    const XmlNode *node = child(QStringLiteral("applies"));
    if (!node)
        return QString();
    QStringList lines;
    for (const XmlNode &condition : node->children) {
        if (condition.kind != XmlNode::Kind::Element)
            continue;
        if (condition.name != QLatin1String("when"))
            return std::nullopt;
        lines << condition.attribute(QStringLiteral("question")) + QStringLiteral(": ") +
                condition.attribute(QStringLiteral("in")).simplified();
    }
    return lines.join(u'\n');
}

void EditableClause::setApplicability(const QString &lines)
{
    const std::optional<QString> current = applicability();
    if (!current || *current == lines)
        return;
    XmlNode applies = element(QStringLiteral("applies"));
    for (const QString &line : lines.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        XmlNode when = element(QStringLiteral("when"));
        when.setAttribute(QStringLiteral("question"), line.left(colon).trimmed());
        when.setAttribute(QStringLiteral("in"), line.mid(colon + 1).simplified());
        applies.children.append(when);
    }
    removeChildren(QStringLiteral("applies"));
    if (!applies.children.isEmpty())
        insertInOrder(applies);
}

bool EditableClause::wordingDiffers(const EditableClause &other) const
{
    for (const QString &lang : {QStringLiteral("da"), QStringLiteral("en")}) {
        if (title(lang) != other.title(lang) || body(lang) != other.body(lang))
            return true;
    }
    const QList<EditableVariant> mine = variants();
    const QList<EditableVariant> theirs = other.variants();
    if (mine.size() != theirs.size())
        return true;
    for (qsizetype i = 0; i < mine.size(); ++i) {
        if (!(mine.at(i).body == theirs.at(i).body) || !(mine.at(i).label == theirs.at(i).label))
            return true;
    }
    return false;
}

QStringList EditableClause::uneditedElements() const
{
    QStringList result;
    if (!applicability())
        result << QStringLiteral("applies");
    for (const QString &name : {QStringLiteral("suggestion"), QStringLiteral("history")}) {
        if (child(name))
            result << name;
    }
    return result;
}

} // namespace klausul
