#include "focusframestyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>
#include <QTextBrowser>

namespace klausul {

namespace {

constexpr int FrameWidth = 2;

/**
 * A standard icon of the base style, loaded when first drawn or measured. The menu bar asks for
 * its overflow arrow when it is built, the search field for its clear button, and loading either
 * picture made Qt look through all its image plug-ins during the start, for icons shown only when
 * the menus do not fit or there is text to clear.
 */
class DeferredIconEngine : public QIconEngine
{
public:
    DeferredIconEngine(const QStyle *style, QStyle::StandardPixmap which)
        : m_style(style)
        , m_which(which)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(
        const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override { return false; }
    QIconEngine *clone() const override { return new DeferredIconEngine(m_style, m_which); }

private:
    const QIcon &icon()
    {
        if (m_icon.isNull() && m_style)
            m_icon = m_style->standardIcon(m_which);
        return m_icon;
    }

    QPointer<const QStyle> m_style;
    QStyle::StandardPixmap m_which;
    QIcon m_icon;
};

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

QIcon FocusFrameStyle::standardIcon(
    StandardPixmap which, const QStyleOption *option, const QWidget *widget) const
{
    if (which == SP_ToolBarHorizontalExtensionButton ||
        which == SP_ToolBarVerticalExtensionButton || which == SP_LineEditClearButton)
        return QIcon(new DeferredIconEngine(baseStyle(), which));
    return QProxyStyle::standardIcon(which, option, widget);
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
