#include "safexml.h"

#include "xmlstring.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QResource>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace klausul {

XmlDocument::XmlDocument(xmlDoc *doc)
    : m_doc(doc)
{ }

XmlDocument::XmlDocument(XmlDocument &&other) noexcept
    : m_doc(other.m_doc)
{
    other.m_doc = nullptr;
}

XmlDocument &XmlDocument::operator=(XmlDocument &&other) noexcept
{
    if (this != &other) {
        if (m_doc)
            xmlFreeDoc(m_doc);
        m_doc = other.m_doc;
        other.m_doc = nullptr;
    }
    return *this;
}

XmlDocument::~XmlDocument()
{
    if (m_doc)
        xmlFreeDoc(m_doc);
}

xmlNode *XmlDocument::root() const
{
    return m_doc ? xmlDocGetRootElement(m_doc) : nullptr;
}

namespace SafeXml {
namespace {

constexpr int SafeParseOptions =
    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT;
constexpr int MaxIssuesPerFile = 25;

// While a schema is being compiled, its xs:include of common.xsd is served from the resource;
// at any other time the loader refuses everything.
thread_local bool t_loadingSchema = false;

QByteArray resourceBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

xmlParserInputPtr denyAllEntityLoader(const char *url, const char * /*id*/, xmlParserCtxtPtr ctxt)
{
    if (t_loadingSchema && url) {
        const QString name = QFileInfo(QString::fromUtf8(url)).fileName();
        if (name == QLatin1String("common.xsd")) {
            static const QByteArray common =
                resourceBytes(QStringLiteral(":/klausul/library/schema/common.xsd"));
            if (!common.isEmpty())
                return xmlNewStringInputStream(ctxt, xml::name(common.constData()));
        }
    }
    return nullptr;
}

void silentGenericError(void *, const char *, ...) { }

/** The offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
qsizetype invalidUtf8(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        int extra = 0;
        uint minimum = 0;
        uint value = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            minimum = 0x80;
            value = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            minimum = 0x800;
            value = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            minimum = 0x10000;
            value = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            value = (value << 6) | (p[i + k] & 0x3F);
        }
        if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

/**
 * The offset of the first Unicode bidirectional embedding, override or isolate control
 * (U+202A–U+202E, U+2066–U+2069), raw or as a character reference, or -1. They make text print
 * differently from what it says ("27" shown as "72").
 */
qsizetype bidiControl(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    for (qsizetype i = 0; i + 2 < data.size(); ++i) {
        if (p[i] == 0xE2 &&
            ((p[i + 1] == 0x80 && p[i + 2] >= 0xAA && p[i + 2] <= 0xAE) ||
                (p[i + 1] == 0x81 && p[i + 2] >= 0xA6 && p[i + 2] <= 0xA9)))
            return i;
    }
    if (!data.contains("&#"))
        return -1;
    static const QRegularExpression reference(
        QStringLiteral("&#(x0*(202[a-eA-E]|206[6-9])|0*(823[4-8]|829[4-7]));"));
    const QRegularExpressionMatch match = reference.match(QString::fromLatin1(data));
    return match.hasMatch() ? match.capturedStart() : -1;
}

/** Line-and-column arithmetic over the raw bytes of the document. */
class SourceText
{
public:
    explicit SourceText(const QByteArray &data)
        : m_data(data)
    { }

    /** The 1-based line and column (in characters) of byte offset `offset`. */
    std::pair<int, int> position(qsizetype offset) const
    {
        offset = qBound<qsizetype>(0, offset, m_data.size());
        int line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < offset; ++i) {
            if (m_data.at(i) == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        return {line, columnOf(lineStart, offset)};
    }

    /** The column of the first `<name` on `line`, or 0. Used for schema errors, which have no
     * column. */
    int elementColumn(int line, const QByteArray &qualifiedName) const
    {
        const qsizetype start = lineStart(line);
        if (start < 0)
            return 0;
        qsizetype end = m_data.indexOf('\n', start);
        if (end < 0)
            end = m_data.size();
        const QByteArray needle = '<' + qualifiedName;
        qsizetype at = start;
        while ((at = m_data.indexOf(needle, at)) >= 0 && at < end) {
            const qsizetype after = at + needle.size();
            if (after >= m_data.size() || !isNameChar(m_data.at(after)))
                return columnOf(start, at);
            at = after;
        }
        return 0;
    }

private:
    static bool isNameChar(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.' || c == ':';
    }

    qsizetype lineStart(int line) const
    {
        qsizetype pos = 0;
        for (int current = 1; current < line; ++current) {
            pos = m_data.indexOf('\n', pos);
            if (pos < 0)
                return -1;
            ++pos;
        }
        return pos;
    }

    int columnOf(qsizetype lineStart, qsizetype offset) const
    {
        // Count characters, not bytes: continuation bytes of UTF-8 do not start a character.
        int column = 1;
        for (qsizetype i = lineStart; i < offset; ++i) {
            if ((static_cast<unsigned char>(m_data.at(i)) & 0xC0) != 0x80)
                ++column;
        }
        return column;
    }

    const QByteArray &m_data;
};

/** Turns libxml2 messages into one-line messages a maintainer understands. */
QString cleanMessage(const char *raw)
{
    QString message = QString::fromUtf8(raw ? raw : "").trimmed();
    // Namespaces make schema messages unreadable: "{urn:klausul:library:1}title" -> "title".
    static const QRegularExpression ns(QStringLiteral("\\{(?:urn|https?):[^}]*\\}"));
    message.replace(ns, QString());
    // Never echo raw bytes of a file (libxml2 appends "Bytes: 0x.. 0x.." to encoding errors).
    const qsizetype bytes = message.indexOf(QLatin1String("Bytes:"));
    if (bytes >= 0)
        message.truncate(bytes);
    message.replace(u'\n', u' ');
    message = message.simplified();
    while (message.endsWith(u'.') || message.endsWith(u',') || message.endsWith(u'!'))
        message = message.chopped(1).trimmed();

    struct Rewrite
    {
        const char *libxml;
        const char *text;
    };
    static const Rewrite rewrites[] = {
        {"Input is not proper UTF-8, indicate encoding",
            QT_TRANSLATE_NOOP(
                "klausul::SafeXml", "invalid UTF-8: the file must be encoded as UTF-8")},
        {"Document is empty", QT_TRANSLATE_NOOP("klausul::SafeXml", "the document is empty")},
        {"Start tag expected, '<' not found",
            QT_TRANSLATE_NOOP("klausul::SafeXml", "this is not an XML file: no start tag found")},
        {"Extra content at the end of the document",
            QT_TRANSLATE_NOOP("klausul::SafeXml", "unexpected content after the root element")},
    };
    for (const Rewrite &rewrite : rewrites) {
        if (message.startsWith(QLatin1String(rewrite.libxml)))
            return QCoreApplication::translate("klausul::SafeXml", rewrite.text);
    }
    if (message.startsWith(QLatin1String("Excessive depth in document"))) {
        return QCoreApplication::translate("klausul::SafeXml",
            "the elements are nested too deeply (more than 256 "
            "levels)");
    }
    // Schema messages quote values from the document; a long value is cut, never echoed whole.
    constexpr qsizetype MaxLength = 300;
    if (message.size() > MaxLength)
        message = message.left(MaxLength) + QStringLiteral("…");
    return message;
}

struct ErrorCollector
{
    ErrorCollector(
        const QString &fileName, const SourceText &source, IssueList *issues, bool firstOnly)
        : fileName(fileName)
        , source(source)
        , issues(issues)
        , firstOnly(firstOnly)
    { }

    void add(const xmlError *error)
    {
        if (!error || error->level == XML_ERR_NONE)
            return;
        if (error->level == XML_ERR_WARNING)
            return;
        // libxml2's identity constraints (xs:unique, xs:key) add this "warning" as an error
        // for every value that already failed its type; it only repeats the first message.
        if (error->message && std::strstr(error->message, "No precomputed value available"))
            return;
        ++count;
        if ((firstOnly && count > 1) || count > MaxIssuesPerFile) {
            truncated = true;
            return;
        }
        Issue issue = Issue::error(
            cleanMessage(error->message), fileName, error->line, error->int2 > 0 ? error->int2 : 0);
        if (issue.column == 0 && error->node) {
            const auto *node = static_cast<const xmlNode *>(error->node);
            if (node->type == XML_ELEMENT_NODE) {
                QByteArray qname = xml::chars(node->name);
                if (node->ns && node->ns->prefix)
                    qname = QByteArray(xml::chars(node->ns->prefix)) + ':' + qname;
                if (issue.line <= 0)
                    issue.line = xml::lineOf(node);
                issue.column = source.elementColumn(issue.line, qname);
            }
        }
        if (issue.line <= 0)
            issue.line = 1;
        if (issue.column <= 0)
            issue.column = 1;
        if (issue.message.isEmpty())
            issue.message =
                QCoreApplication::translate("klausul::SafeXml", "the file is not well-formed XML");
        if (!issues->isEmpty() && issues->constLast() == issue)
            return;
        issues->append(issue);
    }

    static void callback(void *userData, xmlErrorPtr error)
    {
        static_cast<ErrorCollector *>(userData)->add(error);
    }

    QString fileName;
    const SourceText &source;
    IssueList *issues;
    bool firstOnly;
    int count = 0;
    bool truncated = false;
};

/** Routes libxml2's structured errors on this thread to a collector for one scope. */
class StructuredErrorScope
{
public:
    explicit StructuredErrorScope(ErrorCollector *collector)
    {
        xmlSetStructuredErrorFunc(collector, &ErrorCollector::callback);
    }
    ~StructuredErrorScope() { xmlSetStructuredErrorFunc(nullptr, nullptr); }
    StructuredErrorScope(const StructuredErrorScope &) = delete;
    StructuredErrorScope &operator=(const StructuredErrorScope &) = delete;
};

bool startsWith(const QByteArray &data, qsizetype at, const char *text)
{
    const qsizetype length = qstrlen(text);
    return at + length <= data.size() && std::memcmp(data.constData() + at, text, length) == 0;
}

/**
 * Looks at the prolog before libxml2 does: refuses other encodings than UTF-8 and any DOCTYPE,
 * so no DTD, entity or external subset is ever processed.
 */
bool checkProlog(
    const QByteArray &data, const QString &fileName, const SourceText &source, IssueList *issues)
{
    auto refuse = [&](qsizetype offset, const QString &message) {
        const auto [line, column] = source.position(offset);
        issues->append(Issue::error(message, fileName, line, column));
        return false;
    };

    if (data.isEmpty())
        return refuse(0, QCoreApplication::translate("klausul::SafeXml", "the file is empty"));
    if (startsWith(data, 0, "\xFF\xFE") || startsWith(data, 0, "\xFE\xFF") ||
        (data.size() >= 2 && (data.at(0) == '\0' || data.at(1) == '\0'))) {
        return refuse(0,
            QCoreApplication::translate("klausul::SafeXml",
                "the file must be encoded as UTF-8 (it looks like "
                "UTF-16 or a binary file)"));
    }

    // Before libxml2 sees it: libxml2 would otherwise detect and convert EBCDIC and friends.
    {
        qsizetype first = startsWith(data, 0, "\xEF\xBB\xBF") ? 3 : 0;
        while (first < data.size() &&
            (data.at(first) == ' ' || data.at(first) == '\t' || data.at(first) == '\r' ||
                data.at(first) == '\n'))
            ++first;
        if (first >= data.size() || data.at(first) != '<') {
            return refuse(first < data.size() ? first : 0,
                QCoreApplication::translate(
                    "klausul::SafeXml", "this is not an XML file: no start tag found"));
        }
    }
    if (const qsizetype bad = invalidUtf8(data); bad >= 0) {
        return refuse(bad,
            QCoreApplication::translate(
                "klausul::SafeXml", "invalid UTF-8: the file must be encoded as UTF-8"));
    }
    if (const qsizetype bidi = bidiControl(data); bidi >= 0) {
        return refuse(bidi,
            QCoreApplication::translate("klausul::SafeXml",
                "the text contains an invisible Unicode direction control (U+202A–U+202E or "
                "U+2066–U+2069) that makes it display differently from what it says; remove it"));
    }

    qsizetype at = startsWith(data, 0, "\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype limit = data.size();
    while (at < limit) {
        const char c = data.at(at);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            ++at;
            continue;
        }
        if (startsWith(data, at, "<?xml")) {
            const qsizetype end = data.indexOf("?>", at);
            if (end < 0)
                return true; // libxml2 reports the unfinished declaration
            const QByteArray decl = data.mid(at, end - at);
            static const QRegularExpression encoding(
                QStringLiteral("encoding\\s*=\\s*[\"']([^\"']*)[\"']"));
            const auto match = encoding.match(QString::fromLatin1(decl));
            if (match.hasMatch()) {
                const QString name = match.captured(1).toLower();
                if (name != QLatin1String("utf-8") && name != QLatin1String("utf8") &&
                    name != QLatin1String("us-ascii") && name != QLatin1String("ascii")) {
                    return refuse(at,
                        QCoreApplication::translate(
                            "klausul::SafeXml", "the file must be encoded as UTF-8, not \"%1\"")
                            .arg(match.captured(1).left(40)));
                }
            }
            at = end + 2;
            continue;
        }
        if (startsWith(data, at, "<!--")) {
            const qsizetype end = data.indexOf("-->", at + 4);
            if (end < 0)
                return true;
            at = end + 3;
            continue;
        }
        if (startsWith(data, at, "<!DOCTYPE") || startsWith(data, at, "<!doctype")) {
            return refuse(at,
                QCoreApplication::translate("klausul::SafeXml",
                    "document type declarations (DOCTYPE) are not allowed; remove "
                    "the DOCTYPE and any entity definitions"));
        }
        if (startsWith(data, at, "<?")) {
            const qsizetype end = data.indexOf("?>", at + 2);
            if (end < 0)
                return true;
            at = end + 2;
            continue;
        }
        break;
    }
    return true;
}

/** What parse() and readFirstChild() refuse before libxml2 sees a byte: size, encoding, DOCTYPE. */
bool checkBeforeParsing(
    const QByteArray &data, const QString &fileName, const SourceText &source, IssueList *issues)
{
    if (data.size() > MaxFileSize) {
        issues->append(Issue::error(QCoreApplication::translate("klausul::SafeXml",
                                        "the document is too large (the limit is %1 MiB)")
                                        .arg(MaxFileSize / (1024 * 1024)),
            fileName, 1, 1));
        return false;
    }
    return checkProlog(data, fileName, source, issues);
}

xmlSchemaPtr compileSchema(const QString &resourcePath)
{
    const QByteArray text = resourceBytes(resourcePath);
    if (text.isEmpty()) {
        qWarning("klausul: compiled-in schema %s is missing", qPrintable(resourcePath));
        return nullptr;
    }
    initialise();
    IssueList issues;
    const SourceText source(text);
    ErrorCollector collector(resourcePath, source, &issues, false);
    StructuredErrorScope scope(&collector);
    t_loadingSchema = true;
    xmlSchemaParserCtxtPtr context = xmlSchemaNewMemParserCtxt(text.constData(), int(text.size()));
    xmlSchemaSetParserStructuredErrors(context, &ErrorCollector::callback, &collector);
    xmlSchemaPtr schema = xmlSchemaParse(context);
    xmlSchemaFreeParserCtxt(context);
    t_loadingSchema = false;
    for (const Issue &issue : std::as_const(issues))
        qWarning("klausul: %s", qPrintable(issue.toString()));
    return schema;
}

xmlSchemaPtr schemaFor(Schema which)
{
    // Each schema is compiled once per process, on first use; xmlSchema is read-only while
    // documents are validated against it.
    switch (which) {
    case Schema::Clause: {
        static xmlSchemaPtr clause =
            compileSchema(QStringLiteral(":/klausul/library/schema/clause.xsd"));
        return clause;
    }
    case Schema::Library: {
        static xmlSchemaPtr library =
            compileSchema(QStringLiteral(":/klausul/library/schema/library.xsd"));
        return library;
    }
    case Schema::Draft: {
        static xmlSchemaPtr draft =
            compileSchema(QStringLiteral(":/klausul/library/schema/draft.xsd"));
        return draft;
    }
    }
    return nullptr;
}

} // namespace

void initialise()
{
    static std::once_flag once;
    std::call_once(once, [] {
        xmlInitParser();
        xmlSetExternalEntityLoader(&denyAllEntityLoader);
        xmlSetGenericErrorFunc(nullptr, &silentGenericError);
    });
}

bool readFile(const QString &path, QByteArray *data, IssueList *issues)
{
    if (path.startsWith(u':')) {
        // Compiled in (the bundled library): no pipe or device can be there and the size is
        // known, so one look-up instead of a file's four. Anything else, e.g. a folder, takes
        // the way below, which says what it is.
        const QResource resource(path);
        if (resource.isValid() && resource.uncompressedSize() > 0 &&
            resource.uncompressedSize() <= MaxFileSize) {
            // Stored uncompressed (app/core/CMakeLists.txt): the bytes in the binary, not copied.
            *data = resource.compressionAlgorithm() == QResource::NoCompression
                ? QByteArray::fromRawData(
                      reinterpret_cast<const char *>(resource.data()), resource.size())
                : resource.uncompressedData();
            return true;
        }
    }

    const QFileInfo info(path);
    auto fail = [&](const QString &message) {
        Issue issue = Issue::error(message, path);
        issue.category = Issue::Category::Io;
        issues->append(issue);
        return false;
    };
    if (!info.exists())
        return fail(QCoreApplication::translate("klausul::SafeXml", "no such file"));
    if (info.isDir())
        return fail(QCoreApplication::translate("klausul::SafeXml", "is a folder, not a file"));
    if (!info.isFile()) {
        // Reading a FIFO would block for ever, a device could be endless.
        return fail(QCoreApplication::translate(
            "klausul::SafeXml", "is not a regular file (a pipe, socket or device); refused"));
    }
    if (info.size() > MaxFileSize) {
        // Refused before reading: no XML file of Klausul's is near this size.
        Issue issue = Issue::error(QCoreApplication::translate("klausul::SafeXml",
                                       "the file is too large (%1 MiB; the limit is %2 MiB)")
                                       .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                                       .arg(MaxFileSize / (1024 * 1024)),
            path, 1, 1);
        issues->append(issue);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("klausul::SafeXml", "cannot read the file: %1")
                        .arg(file.errorString()));
    // Read what the file holds (plus one byte to notice growth), not MaxFileSize: a buffer of
    // the limit's size per file made glibc raise its mmap threshold and fragmented the heap
    // while a library of thousands of files loaded.
    const qint64 expected = std::min<qint64>(info.size(), MaxFileSize);
    *data = file.read(expected + 1);
    if (data->size() > expected && file.error() == QFileDevice::NoError)
        data->append(file.read(MaxFileSize + 1 - data->size()));
    if (file.error() != QFileDevice::NoError)
        return fail(QCoreApplication::translate("klausul::SafeXml", "cannot read the file: %1")
                        .arg(file.errorString()));
    if (data->size() > MaxFileSize) {
        issues->append(Issue::error(QCoreApplication::translate("klausul::SafeXml",
                                        "the file is too large (the limit is "
                                        "%1 MiB)")
                                        .arg(MaxFileSize / (1024 * 1024)),
            path, 1, 1));
        return false;
    }
    return true;
}

XmlDocument parse(const QByteArray &data, const QString &fileName, IssueList *issues)
{
    initialise();
    const SourceText source(data);
    if (!checkBeforeParsing(data, fileName, source, issues))
        return {};

    ErrorCollector collector(fileName, source, issues, true);
    xmlDoc *raw = nullptr;
    {
        StructuredErrorScope scope(&collector);
        raw = xmlReadMemory(
            data.constData(), int(data.size()), "klausul-document.xml", nullptr, SafeParseOptions);
    }
    XmlDocument doc(raw);
    if (!doc || collector.count > 0) {
        if (collector.count == 0)
            issues->append(Issue::error(
                QCoreApplication::translate("klausul::SafeXml", "the file is not well-formed XML"),
                fileName, 1, 1));
        return {};
    }
    // Belt and braces: a DOCTYPE that slipped past checkProlog is still refused.
    if (doc.get()->intSubset || doc.get()->extSubset) {
        issues->append(Issue::error(QCoreApplication::translate("klausul::SafeXml",
                                        "document type declarations (DOCTYPE) are not allowed"),
            fileName, 1, 1));
        return {};
    }
    if (!doc.root()) {
        issues->append(Issue::error(
            QCoreApplication::translate("klausul::SafeXml", "the document has no root element"),
            fileName, 1, 1));
        return {};
    }
    return doc;
}

bool readFirstChild(const QByteArray &data, const QString &fileName, const char *name,
    const std::function<void(const xmlNode *root, const xmlNode *element)> &read, IssueList *issues)
{
    initialise();
    const SourceText source(data);
    if (!checkBeforeParsing(data, fileName, source, issues))
        return false;

    ErrorCollector collector(fileName, source, issues, true);
    StructuredErrorScope scope(&collector);
    xmlTextReaderPtr reader = xmlReaderForMemory(
        data.constData(), int(data.size()), "klausul-document.xml", nullptr, SafeParseOptions);
    if (!reader) {
        issues->append(Issue::error(
            QCoreApplication::translate("klausul::SafeXml", "the file is not well-formed XML"),
            fileName, 1, 1));
        return false;
    }
    const xmlNode *root = nullptr;
    const xmlNode *element = nullptr;
    int status = xmlTextReaderRead(reader);
    while (status == 1 && !element && collector.count == 0) {
        if (xmlTextReaderNodeType(reader) != XML_READER_TYPE_ELEMENT) {
            status = xmlTextReaderRead(reader);
        } else if (xmlTextReaderDepth(reader) == 0) {
            root = xmlTextReaderCurrentNode(reader);
            status = xmlTextReaderRead(reader);
        } else if (xmlStrEqual(xmlTextReaderConstLocalName(reader),
                       reinterpret_cast<const xmlChar *>(name))) {
            element = xmlTextReaderExpand(reader);
            if (!element)
                status = -1;
        } else {
            status = xmlTextReaderNext(reader); // over this child and its subtree
        }
    }
    const bool wellFormed = status >= 0 && collector.count == 0;
    if (wellFormed && element)
        read(root, element);
    xmlFreeTextReader(reader);
    if (!wellFormed && collector.count == 0)
        issues->append(Issue::error(
            QCoreApplication::translate("klausul::SafeXml", "the file is not well-formed XML"),
            fileName, 1, 1));
    return wellFormed;
}

struct StreamCheck::Private
{
    explicit Private(const QString &fileName)
        : fileName(fileName)
        , source(empty)
        , collector(fileName, source, &issues, true)
    { }

    /** A DOCTYPE: refused before its internal subset (entity declarations) is read. */
    static void internalSubset(void *context, const xmlChar *, const xmlChar *, const xmlChar *)
    {
        auto *self = static_cast<Private *>(context);
        self->doctype = true;
        xmlStopParser(self->parser);
    }

    QString fileName;
    QByteArray empty;
    SourceText source;
    IssueList issues;
    ErrorCollector collector;
    xmlSAXHandler sax {};
    xmlParserCtxtPtr parser = nullptr;
    bool doctype = false;
    bool started = false;
    bool failed = false;
};

StreamCheck::StreamCheck(const QString &fileName)
    : d(std::make_unique<Private>(fileName))
{
    initialise();
    // Only the callbacks a check needs: no tree, no entity look-up (an undeclared entity is an
    // error), no external subset.
    d->sax.initialized = XML_SAX2_MAGIC;
    d->sax.internalSubset = &Private::internalSubset;
}

StreamCheck::~StreamCheck()
{
    if (d->parser)
        xmlFreeParserCtxt(d->parser);
}

bool StreamCheck::feed(const char *data, int size)
{
    if (d->failed)
        return false;
    StructuredErrorScope scope(&d->collector);
    if (!d->started) {
        d->started = true;
        // The first piece decides the encoding: UTF-8 only, as in parse().
        if (size >= 2 &&
            (data[0] == '\0' || data[1] == '\0' ||
                (uchar(data[0]) == 0xFF && uchar(data[1]) == 0xFE) ||
                (uchar(data[0]) == 0xFE && uchar(data[1]) == 0xFF))) {
            d->issues.append(Issue::error(QCoreApplication::translate("klausul::SafeXml",
                                              "the file must be encoded as UTF-8 (it looks like "
                                              "UTF-16 or a binary file)"),
                d->fileName, 1, 1));
            d->failed = true;
            return false;
        }
        d->parser = xmlCreatePushParserCtxt(&d->sax, d.get(), nullptr, 0, "klausul-stream.xml");
        if (!d->parser) {
            d->failed = true;
            return false;
        }
        xmlCtxtUseOptions(d->parser, SafeParseOptions);
        xmlSwitchEncoding(d->parser, XML_CHAR_ENCODING_UTF8);
    }
    if (xmlParseChunk(d->parser, data, size, 0) != 0 || d->doctype || !d->parser->wellFormed)
        d->failed = true;
    return !d->failed;
}

bool StreamCheck::finish(IssueList *issues)
{
    if (!d->started) {
        issues->append(
            Issue::error(QCoreApplication::translate("klausul::SafeXml", "the file is empty"),
                d->fileName, 1, 1));
        return false;
    }
    if (!d->failed) {
        StructuredErrorScope scope(&d->collector);
        if (xmlParseChunk(d->parser, nullptr, 0, 1) != 0 || d->doctype || !d->parser->wellFormed)
            d->failed = true;
    }
    if (d->doctype) {
        d->issues.clear();
        d->issues.append(Issue::error(QCoreApplication::translate("klausul::SafeXml",
                                          "document type declarations (DOCTYPE) are not allowed"),
            d->fileName, 1, 1));
    } else if (d->failed && d->issues.isEmpty()) {
        d->issues.append(Issue::error(
            QCoreApplication::translate("klausul::SafeXml", "the file is not well-formed XML"),
            d->fileName, 1, 1));
    }
    issues->append(d->issues);
    return !d->failed;
}

bool validate(const XmlDocument &doc, Schema schema, const QByteArray &data,
    const QString &fileName, IssueList *issues)
{
    xmlSchemaPtr compiled = schemaFor(schema);
    if (!compiled) {
        issues->append(
            Issue::error(QCoreApplication::translate("klausul::SafeXml",
                             "internal error: the compiled-in schema could not be loaded"),
                fileName, 1, 1));
        return false;
    }
    const SourceText source(data);
    ErrorCollector collector(fileName, source, issues, false);
    StructuredErrorScope scope(&collector);
    xmlSchemaValidCtxtPtr context = xmlSchemaNewValidCtxt(compiled);
    xmlSchemaSetValidStructuredErrors(context, &ErrorCollector::callback, &collector);
    const int result = xmlSchemaValidateDoc(context, doc.get());
    xmlSchemaFreeValidCtxt(context);
    if (collector.truncated) {
        issues->append(Issue::note(QCoreApplication::translate("klausul::SafeXml",
                                       "%n more problem(s) in this file not shown", nullptr,
                                       collector.count - MaxIssuesPerFile),
            fileName));
    }
    if (result != 0 && collector.count == 0) {
        issues->append(Issue::error(QCoreApplication::translate("klausul::SafeXml",
                                        "the document does not match the schema"),
            fileName, 1, 1));
    }
    return result == 0;
}

QString libraryNamespace()
{
    return QStringLiteral("urn:klausul:library:1");
}

QString draftNamespace()
{
    return QStringLiteral("urn:klausul:draft:1");
}

} // namespace SafeXml
} // namespace klausul
