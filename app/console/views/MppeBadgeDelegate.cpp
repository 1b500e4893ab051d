#include "views/MppeBadgeDelegate.h"

#include "models/SessionModel.h"

#include <QApplication>
#include <QPainter>

namespace keyward::console {

void MppeBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter);

    const int bits = index.data(SessionModel::StrengthBitsRole).toInt();
    const QColor fill = bits == 128 ? QColor(0x2e, 0x7d, 0x32)
                        : bits > 0  ? QColor(0xc6, 0x28, 0x28)
                                    : QColor(0x75, 0x75, 0x75);
    const QString text = index.data(Qt::DisplayRole).toString();
    const QFontMetrics fm(option.font);
    QRect badge(0, 0, fm.horizontalAdvance(text) + 14, fm.height() + 4);
    badge.moveCenter(option.rect.center());
    badge.moveLeft(option.rect.left() + 6);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize MppeBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    return {size.width() + 20, std::max(size.height(), option.fontMetrics.height() + 8)};
}

} // namespace keyward::console
