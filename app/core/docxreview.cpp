#include "docxreview.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>

namespace klausul::DocxReview {

QByteArray uniqueChangeIds(const QByteArray &documentXml)
{
    const QString xml = QString::fromUtf8(documentXml);
    static const QRegularExpression comment(
        QStringLiteral("<w:comment(?:RangeStart|RangeEnd|Reference)?\\s[^>]*?w:id=\"([0-9]+)\""));
    int next = 0;
    for (auto it = comment.globalMatch(xml); it.hasNext();)
        next = std::max(next, it.next().captured(1).toInt() + 1);
    static const QRegularExpression change(
        QStringLiteral("(<w:(?:ins|del)\\s[^>]*?w:id=\")([0-9]+)(\")"));
    QString out;
    out.reserve(xml.size());
    qsizetype last = 0;
    for (auto it = change.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(xml).mid(last, match.capturedStart(2) - last);
        out += QString::number(next++);
        last = match.capturedEnd(2);
    }
    out += QStringView(xml).mid(last);
    return out.toUtf8();
}

} // namespace klausul::DocxReview
