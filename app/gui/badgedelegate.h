#pragma once

#include <QStyledItemDelegate>

namespace klausul {

/** Draws a requirement's state (AnnexModel::BadgesRole) as small coloured badges. */
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Badge
    {
        QString text;
        QColor background;
        QColor foreground;
    };
    static QList<Badge> badges(int flags);
    static QFont badgeFont(const QFont &base);
};

} // namespace klausul
