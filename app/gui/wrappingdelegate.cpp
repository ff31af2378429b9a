#include "wrappingdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QStyle>

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

} // namespace klausul
