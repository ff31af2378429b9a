#include "typography.h"

#include <QList>
#include <QRegularExpression>

namespace klausul::Typography {

QString apply(const QString &text, Language language)
{
    QString out = text;
    if (out.contains(u'-')) {
        // Two short numbers (up to three digits, an optional decimal part) joined by a hyphen,
        // not part of a longer token: "1-5", "9.0-10.0", "44-49". Dates and case numbers have a
        // four-digit part or further hyphens or slashes, which the look-arounds exclude. A range
        // ascends: "SP 800-88" is a name, not a range.
        static const QRegularExpression range(
            QStringLiteral("(?<![\\w.,/\\-])(\\d{1,3}(?:[.,]\\d{1,2})?)-(\\d{1,3}(?:[.,]\\d{1,2})?)"
                           "(?![\\w/\\-]|[.,]\\d)"));
        auto value = [](QString number) { return number.replace(u',', u'.').toDouble(); };
        QList<qsizetype> dashes;
        QRegularExpressionMatchIterator it = range.globalMatch(out);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (value(match.captured(2)) > value(match.captured(1)))
                dashes << match.capturedEnd(1);
        }
        for (const qsizetype at : std::as_const(dashes))
            out[at] = QChar(0x2013);
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
