#pragma once

// Every cast between libxml2's xmlChar and Qt strings lives here, so the rest of the code
// stays clean under -Wold-style-cast and QT_NO_CAST_FROM_ASCII.

#include <QByteArray>
#include <QString>

#include <libxml/tree.h>

namespace klausul::xml {

inline QString toQString(const xmlChar *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

inline const xmlChar *name(const char *latin1)
{
    return reinterpret_cast<const xmlChar *>(latin1);
}

inline const char *chars(const xmlChar *text)
{
    return reinterpret_cast<const char *>(text);
}

/** The local name of an element, or an empty string for other nodes. */
inline QString localName(const xmlNode *node)
{
    return node && node->type == XML_ELEMENT_NODE ? toQString(node->name) : QString();
}

inline bool isElement(const xmlNode *node, const char *localName)
{
    return node && node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, name(localName));
}

inline bool hasAttribute(const xmlNode *node, const char *attribute)
{
    return xmlHasProp(node, name(attribute)) != nullptr;
}

/** The value of an unqualified attribute; empty when it is absent. */
inline QString attribute(const xmlNode *node, const char *attribute)
{
    xmlChar *value = xmlGetProp(node, name(attribute));
    QString result = toQString(value);
    xmlFree(value);
    return result;
}

/** The text content of a node and its descendants. */
inline QString textContent(const xmlNode *node)
{
    xmlChar *value = xmlNodeGetContent(node);
    QString result = toQString(value);
    xmlFree(value);
    return result;
}

inline int lineOf(const xmlNode *node)
{
    return node ? int(xmlGetLineNo(node)) : 0;
}

/** The first child element, or the next sibling element, skipping text and comments. */
inline xmlNode *firstElement(const xmlNode *parent)
{
    for (xmlNode *child = parent ? parent->children : nullptr; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE)
            return child;
    }
    return nullptr;
}

inline xmlNode *nextElement(const xmlNode *node)
{
    for (xmlNode *next = node ? node->next : nullptr; next; next = next->next) {
        if (next->type == XML_ELEMENT_NODE)
            return next;
    }
    return nullptr;
}

} // namespace klausul::xml
