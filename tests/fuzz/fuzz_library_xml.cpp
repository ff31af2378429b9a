// libFuzzer: any bytes as a library file must be refused or read without crashing, hanging or
// reading anything from disk: safe parse, schema validation, model reading.
#include "core/clausereader.h"
#include "core/safexml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace klausul;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    IssueList issues;
    const XmlDocument doc = SafeXml::parse(bytes, QStringLiteral("fuzz.xml"), &issues);
    if (!doc)
        return 0;
    if (SafeXml::validate(doc, Schema::Clause, bytes, QStringLiteral("fuzz.xml"), &issues))
        (void)ClauseReader::readClause(doc.root(), QStringLiteral("fuzz.xml"));
    IssueList more;
    SafeXml::validate(doc, Schema::Library, bytes, QStringLiteral("fuzz.xml"), &more);
    return 0;
}
