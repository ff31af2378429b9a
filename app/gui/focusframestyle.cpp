#include "focusframestyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QStyleOption>
#include <QTextBrowser>

namespace klausul {

namespace {

constexpr int FrameWidth = 2;

} // namespace

FocusFrameStyle::FocusFrameStyle() = default;

void FocusFrameStyle::install()
{
    if (!qobject_cast<FocusFrameStyle *>(QApplication::style()))
        QApplication::setStyle(new FocusFrameStyle);
}

bool FocusFrameStyle::framesFocus(const QWidget *widget)
{
    return qobject_cast<const QAbstractItemView *>(widget) ||
        qobject_cast<const QTextBrowser *>(widget);
}

int FocusFrameStyle::pixelMetric(
    PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    // Room for the focus frame, so the content does not move when the focus comes and goes.
    if (metric == PM_DefaultFrameWidth && framesFocus(widget))
        return std::max(base, FrameWidth);
    return base;
}

void FocusFrameStyle::drawControl(ControlElement element, const QStyleOption *option,
    QPainter *painter, const QWidget *widget) const
{
    if (element == CE_ShapedFrame && framesFocus(widget) && (option->state & State_HasFocus)) {
        painter->save();
        const QRect outer = option->rect;
        const QColor colour = option->palette.color(QPalette::Active, QPalette::Highlight);
        // Four filled bands: exact pixels at any scale, no anti-aliasing of a wide pen.
        painter->fillRect(QRect(outer.left(), outer.top(), outer.width(), FrameWidth), colour);
        painter->fillRect(
            QRect(outer.left(), outer.bottom() - FrameWidth + 1, outer.width(), FrameWidth),
            colour);
        painter->fillRect(QRect(outer.left(), outer.top(), FrameWidth, outer.height()), colour);
        painter->fillRect(
            QRect(outer.right() - FrameWidth + 1, outer.top(), FrameWidth, outer.height()), colour);
        painter->restore();
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

} // namespace klausul
