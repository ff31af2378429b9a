// libFuzzer: the own-wording editor's text form parses, and its round trip is stable.
#include "core/richtext.h"

#include <QXmlStreamWriter>

#include <cstdio>
#include <cstdlib>

namespace {
/** The text with control characters shown as \\uXXXX, for the failure report. */
QByteArray visible(const QString &text)
{
    QString out;
    for (const QChar c : text)
        out += c.isPrint() || c == u'\n'
            ? QString(c)
            : QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QChar(u'0'));
    return out.toUtf8();
}

QByteArray xml(const klausul::Flow &flow)
{
    QString out;
    QXmlStreamWriter writer(&out);
    klausul::RichText::writeFlow(writer, flow);
    return visible(out);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace klausul;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Flow flow = RichText::fromEditableText(text);
    const QString editable = RichText::toEditableText(flow);
    const Flow again = RichText::fromEditableText(editable);
    if (!(again == flow)) {
        std::fprintf(stderr, "first:  %s\nsecond: %s\n", visible(editable).constData(),
            visible(RichText::toEditableText(again)).constData());
        std::fprintf(
            stderr, "flow:   %s\nagain:  %s\n", xml(flow).constData(), xml(again).constData());
        std::abort();
    }
    return 0;
}
