#include "itemdelegates.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QStyle>
#include <QToolTip>

namespace klausul {

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget);
    if (view && (opt.features & QStyleOptionViewItem::WrapText)) {
        // The style wraps the text in the size hint only when the rectangle has a width.
        const int width = view->viewport()->width();
        if (width > 0)
            opt.rect = QRect(0, 0, width, std::max(opt.rect.height(), 1));
    }
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    return style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), opt.widget);
}

bool ElidedToolTipDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip) {
        const QString text = index.data(Qt::DisplayRole).toString();
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const int room = option.rect.width() - 2 * (opt.decorationSize.width() + 4);
        if (!text.isEmpty() && opt.fontMetrics.horizontalAdvance(text) > room) {
            const QString extra = index.data(Qt::ToolTipRole).toString();
            QToolTip::showText(event->globalPos(), extra.isEmpty() ? text : text + u'\n' + extra,
                view->viewport(), option.rect);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace klausul
