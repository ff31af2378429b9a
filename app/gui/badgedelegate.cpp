#include "badgedelegate.h"

#include "core/annexmodel.h"

#include <QApplication>
#include <QPainter>

namespace klausul {

QList<BadgeDelegate::Badge> BadgeDelegate::badges(int flags)
{
    QList<Badge> list;
    // The review state comes first, so no other badge can push it out of a narrow column.
    if (flags & AnnexModel::ChangedSinceApproval)
        list.append(
            {tr("changed since approval"), QColor(0xfd, 0xe2, 0xe1), QColor(0xb4, 0x23, 0x18)});
    else if (flags & AnnexModel::Approved)
        list.append({tr("approved"), QColor(0xdc, 0xf2, 0xe0), QColor(0x1a, 0x6b, 0x2f)});
    else if (flags & AnnexModel::Ready)
        list.append({tr("for review"), QColor(0xe4, 0xec, 0xf7), QColor(0x1f, 0x38, 0x64)});
    else if (flags & AnnexModel::NotReviewed)
        list.append({tr("draft"), QColor(0xee, 0xee, 0xee), QColor(0x44, 0x44, 0x44)});
    if (flags & AnnexModel::Problem)
        list.append({tr("problem"), QColor(0xfd, 0xe2, 0xe1), QColor(0xb4, 0x23, 0x18)});
    else if (flags & AnnexModel::Unfilled)
        list.append({tr("fill in"), QColor(0xfd, 0xe2, 0xe1), QColor(0xb4, 0x23, 0x18)});
    if (flags & AnnexModel::Outdated)
        list.append({tr("outdated"), QColor(0xff, 0xf1, 0xc2), QColor(0x7a, 0x52, 0x00)});
    if (flags & AnnexModel::Deviation)
        list.append({tr("own wording"), QColor(0xff, 0xf1, 0xc2), QColor(0x7a, 0x52, 0x00)});
    if (flags & AnnexModel::Commented)
        list.append({tr("comment"), QColor(0xe4, 0xec, 0xf7), QColor(0x1f, 0x38, 0x64)});
    return list;
}

QFont BadgeDelegate::badgeFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(std::max(7.0, base.pointSizeF() * 0.85));
    return font;
}

void BadgeDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QList<Badge> list = badges(index.data(AnnexModel::BadgesRole).toInt());
    if (list.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont font = badgeFont(option.font);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    int x = option.rect.left() + 3;
    const int height = metrics.height() + 2;
    const int y = option.rect.top() + (option.rect.height() - height) / 2;
    for (const Badge &badge : list) {
        const int width = metrics.horizontalAdvance(badge.text) + 10;
        if (x + width > option.rect.right())
            break;
        const QRect pill(x, y, width, height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badge.background);
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(badge.foreground);
        painter->drawText(pill, Qt::AlignCenter, badge.text);
        x += width + 3;
    }
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(badgeFont(option.font));
    int width = 6;
    for (const Badge &badge : badges(index.data(AnnexModel::BadgesRole).toInt()))
        width += metrics.horizontalAdvance(badge.text) + 13;
    size.setWidth(std::max(width, 40));
    return size;
}

} // namespace klausul
