#pragma once

#include "issue.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

struct _xmlDoc;
struct _xmlNode;

namespace klausul {

/** Owns a parsed libxml2 document. Move-only. */
class XmlDocument
{
public:
    XmlDocument() = default;
    explicit XmlDocument(_xmlDoc *doc);
    XmlDocument(XmlDocument &&other) noexcept;
    XmlDocument &operator=(XmlDocument &&other) noexcept;
    XmlDocument(const XmlDocument &) = delete;
    XmlDocument &operator=(const XmlDocument &) = delete;
    ~XmlDocument();

    _xmlDoc *get() const { return m_doc; }
    _xmlNode *root() const;
    explicit operator bool() const { return m_doc != nullptr; }

private:
    _xmlDoc *m_doc = nullptr;
};

/** The compiled-in schemas (clauses/schema). */
enum class Schema { Clause, Library, Draft };

/**
 * Safe XML reading with libxml2, as docs/ARCHITECTURE.md ("Security rules") says.
 *
 * Documents are read into memory and parsed with XML_PARSE_NONET | XML_PARSE_NOERROR |
 * XML_PARSE_NOWARNING only; any document with a DOCTYPE is refused before libxml2 sees it;
 * a deny-all external entity loader is installed; files above MaxFileSize and files not in
 * UTF-8 are refused; schemas come from the Qt resource, never from the document or disk.
 * Every problem becomes an Issue with file, line and column.
 */
namespace SafeXml {

/** The largest XML file Klausul reads (8 MiB): a clause is a few kilobytes, a draft rarely 1 MiB.
 */
constexpr qint64 MaxFileSize = 8 * 1024 * 1024;

/** Installs the deny-all entity loader and silences libxml2's stderr output. Idempotent. */
void initialise();

/**
 * Reads a whole file into memory. Returns false and adds an Io issue when the file is missing,
 * unreadable, a directory, or larger than MaxFileSize.
 */
bool readFile(const QString &path, QByteArray *data, IssueList *issues);

/** Parses `data`; returns an empty document and adds located issues when it is refused. */
XmlDocument parse(const QByteArray &data, const QString &fileName, IssueList *issues);
/**
 * Reads `data` as parse() does (same limits and refusals), but as a stream that stops at the
 * first child of the root element named `name`: `read` gets the root (its attributes and
 * namespace; no children) and that element with its whole subtree. Parsing stops there (libxml2
 * reads a few hundred bytes ahead, and a fault found there is reported). Returns false, with
 * located issues, when the document is not well-formed up to there; true with `read` not called
 * when the root has no such child.
 */
bool readFirstChild(const QByteArray &data, const QString &fileName, const char *name,
    const std::function<void(const _xmlNode *root, const _xmlNode *element)> &read,
    IssueList *issues);

/** Validates against a compiled-in schema; adds every violation (up to a limit) as an issue. */
bool validate(const XmlDocument &doc, Schema schema, const QByteArray &data,
    const QString &fileName, IssueList *issues);

/**
 * Checks that a document is well-formed while it arrives in pieces, without building a tree and
 * without a size limit of its own: for large documents Klausul generated itself (a DOCX's
 * word/document.xml), whose size the caller bounds. As with parse(), a DOCTYPE is refused, no
 * entity is loaded and nothing is read from the network.
 */
class StreamCheck
{
public:
    explicit StreamCheck(const QString &fileName);
    ~StreamCheck();
    StreamCheck(const StreamCheck &) = delete;
    StreamCheck &operator=(const StreamCheck &) = delete;

    /** Parses the next piece; false once the document is known to be refused. */
    bool feed(const char *data, int size);
    /** Ends the document; false (and located issues) when it is refused. */
    bool finish(IssueList *issues);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/** The namespace of clause, manifest, questions and reference-list documents. */
QString libraryNamespace();
/** The namespace of draft documents. */
QString draftNamespace();

} // namespace SafeXml
} // namespace klausul
