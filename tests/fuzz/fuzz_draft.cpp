// libFuzzer: any bytes as a draft are refused with issues or read, and what is read serializes
// and reads back to the same draft.
#include "core/draftio.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace klausul;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    IssueList issues;
    const std::optional<Draft> draft =
        DraftIo::parse(bytes, QStringLiteral("fuzz.klausul"), &issues);
    if (!draft)
        return 0;
    const QByteArray xml = DraftIo::serialize(*draft);
    IssueList again;
    const std::optional<Draft> reread =
        DraftIo::parse(xml, QStringLiteral("again.klausul"), &again);
    if (!reread || !(*reread == *draft))
        std::abort(); // a lossy round trip is a bug
    return 0;
}
