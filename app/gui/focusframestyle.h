#pragma once

#include <QProxyStyle>

namespace klausul {

/**
 * The application's style with a clear focus frame on the lists and text panels (item views and
 * text browsers): two pixels of the highlight colour while the panel has the keyboard focus, the
 * style's own frame otherwise. A style sheet on the main window did this before, but it put every
 * widget of the window under QStyleSheetStyle, which cost a sixth of the start-up.
 */
class FocusFrameStyle : public QProxyStyle
{
    Q_OBJECT

public:
    FocusFrameStyle();

    /** Makes this the application's style unless it already is (the application owns it). */
    static void install();
    /** Whether `widget` gets the focus frame. */
    static bool framesFocus(const QWidget *widget);

    /** The menu bar's overflow arrows and the clear button are loaded when first drawn. */
    QIcon standardIcon(StandardPixmap which, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;
    int pixelMetric(
        PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget) const override;
};

} // namespace klausul
