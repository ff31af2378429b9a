#pragma once

#include <QStyledItemDelegate>

namespace klausul {

/**
 * An item delegate whose size hint wraps the text at the width of the view's viewport, so a
 * QListView with word wrap gives a long message the height of all its lines instead of drawing
 * the wrapped lines over the rows below (the style only wraps in the size hint when it knows the
 * width). Pair it with QListView::Adjust so rows re-wrap when the view is resized.
 */
class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/** Shows the whole text as a tool tip when a cell's text is elided (e.g. long titles). */
class ElidedToolTipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
};

} // namespace klausul
