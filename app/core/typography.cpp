#include "typography.h"

#include <QRegularExpression>

namespace klausul::Typography {

QString apply(const QString &text, Language language)
{
    QString out = text;
    if (out.contains(u'-')) {
        // Two short numbers (up to three digits, an optional decimal part) joined by a hyphen,
        // not part of a longer token: "1-5", "9.0-10.0", "44-49". Dates and case numbers have a
        // four-digit part or further hyphens or slashes, which the look-arounds exclude.
        static const QRegularExpression range(QStringLiteral(
            "(?<![\\w.,/\\-])(\\d{1,3}(?:[.,]\\d{1,2})?)-(\\d{1,3}(?:[.,]\\d{1,2})?)(?![\\w/"
            "\\-]|[.,]\\d)"));
        out.replace(range, QStringLiteral("\\1\u2013\\2"));
    }
    if (out.contains(u'"')) {
        const QChar open = language == Language::Danish ? QChar(0x00BB) : QChar(0x201C);
        const QChar close = language == Language::Danish ? QChar(0x00AB) : QChar(0x201D);
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (out.at(i) != u'"')
                continue;
            const bool opening = i == 0 || out.at(i - 1).isSpace() || out.at(i - 1) == u'(' ||
                out.at(i - 1) == u'[' || out.at(i - 1) == u'/';
            out[i] = opening ? open : close;
        }
    }
    return out;
}

} // namespace klausul::Typography
