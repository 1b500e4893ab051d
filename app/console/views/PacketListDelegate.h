#pragma once

// Paints the live packet list's cells cheaply. At 5,000 packets a second the list
// follows new rows, so every repaint shows rows never painted before: the stock
// delegate lays each cell out with QTextLayout (itemizing, shaping, line breaking,
// then eliding with a second layout), about 7 ms of the UI thread per repaint of a
// screenful. Packet summaries are single-line printable ASCII (addresses, numbers,
// protocol names), so this delegate maps their characters to glyphs once per font
// (QRawFont) and draws each cell as one glyph run, eliding by the cached advances.
// Kerning is not applied. Any other text (a non-ASCII host name, a font without
// those glyphs) is drawn by QPainter's own text layout. The model gives text and
// alignment only; selection is the highlight colours, without a focus frame.

#include <QList>
#include <QRawFont>
#include <QStyledItemDelegate>
#include <array>

namespace keyward::console {

class PacketListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    static constexpr int First = 0x20;
    static constexpr int Count = 0x7f - First; // printable ASCII

    // Whether the glyph table fits `font` (rebuilt when the font changes).
    bool glyphsFor(const QFont &font) const;
    // Draws `text` in `rect` as one glyph run; false when it is not printable ASCII.
    bool drawFast(QPainter *painter, const QRect &rect, Qt::Alignment alignment,
                  const QString &text, const QFont &font) const;

    mutable QFont m_font;
    mutable bool m_built = false;
    mutable QRawFont m_raw;
    mutable std::array<quint32, Count> m_glyph{};
    mutable std::array<qreal, Count> m_advance{};
    // "…", or "..." in a font without it.
    mutable QList<quint32> m_ellipsis;
    mutable QList<qreal> m_ellipsisAdvances;
    mutable qreal m_ellipsisWidth = 0;
};

} // namespace keyward::console
