#pragma once

// Paints a session's encryption as a coloured badge: green for 128-bit, red for
// the weak strengths, grey while it is still being agreed.

#include <QStyledItemDelegate>

namespace keyward::console {

class MppeBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace keyward::console
