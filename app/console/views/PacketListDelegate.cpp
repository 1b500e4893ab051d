#include "views/PacketListDelegate.h"

#include <QApplication>
#include <QGlyphRun>
#include <QPainter>
#include <QVarLengthArray>

namespace keyward::console {

void PacketListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active) ? QPalette::Normal
                                                                               : QPalette::Inactive;
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(option.rect, option.palette.brush(group, QPalette::Highlight));
    const QVariant value = index.data(Qt::DisplayRole);
    if (!value.isValid())
        return;
    const QVariant aligned = index.data(Qt::TextAlignmentRole);
    const Qt::Alignment alignment = aligned.isValid()
                                        ? Qt::Alignment(aligned.toInt())
                                        : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QString text = displayText(value, option.locale);
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // The text margin the stock item view style keeps.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect = option.rect.adjusted(margin, 0, -margin, 0);
    const QPen pen = painter->pen();
    painter->setPen(
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    if (option.direction == Qt::RightToLeft ||
        !drawFast(painter, rect, alignment, text, option.font)) {
        const QFont font = painter->font();
        painter->setFont(option.font);
        painter->drawText(rect, int(alignment) | Qt::TextSingleLine,
                          option.fontMetrics.elidedText(text, Qt::ElideRight, rect.width()));
        painter->setFont(font);
    }
    painter->setPen(pen);
}

bool PacketListDelegate::glyphsFor(const QFont &font) const
{
    if (m_built && font == m_font)
        return m_raw.isValid();
    m_built = true;
    m_font = font;
    m_raw = QRawFont::fromFont(font);
    if (!m_raw.isValid())
        return false;
    QString ascii;
    for (int c = First; c < First + Count; ++c)
        ascii += QChar(c);
    const QList<quint32> glyphs = m_raw.glyphIndexesForString(ascii);
    const QList<QPointF> advances = m_raw.advancesForGlyphIndexes(glyphs);
    // Glyph 0 is the font's "missing" box: such a font is left to QPainter's fallback.
    if (glyphs.size() != Count || advances.size() != Count || glyphs.contains(0u)) {
        m_raw = QRawFont();
        return false;
    }
    for (int i = 0; i < Count; ++i) {
        m_glyph[std::size_t(i)] = glyphs[i];
        m_advance[std::size_t(i)] = advances[i].x();
    }
    const QChar ellipsis(0x2026);
    m_ellipsis = m_raw.supportsCharacter(ellipsis) ? m_raw.glyphIndexesForString(QString(ellipsis))
                                                   : QList<quint32>(3, m_glyph['.' - First]);
    m_ellipsisAdvances.clear();
    m_ellipsisWidth = 0;
    for (const QPointF &advance : m_raw.advancesForGlyphIndexes(m_ellipsis)) {
        m_ellipsisAdvances.append(advance.x());
        m_ellipsisWidth += advance.x();
    }
    return true;
}

bool PacketListDelegate::drawFast(QPainter *painter, const QRect &rect, Qt::Alignment alignment,
                                  const QString &text, const QFont &font) const
{
    if (!glyphsFor(font))
        return false;
    qreal width = 0;
    for (const QChar c : text) {
        const int i = c.unicode() - First;
        if (i < 0 || i >= Count)
            return false;
        width += m_advance[std::size_t(i)];
    }
    const qreal room = rect.width();
    qsizetype shown = text.size();
    const bool elide = width > room;
    if (elide) {
        width += m_ellipsisWidth;
        while (shown > 0 && width > room)
            width -= m_advance[std::size_t(text[--shown].unicode() - First)];
    }
    QVarLengthArray<quint32, 128> glyphs;
    QVarLengthArray<QPointF, 128> positions;
    // Whole pixels: each glyph is rasterised once, not once per subpixel position.
    qreal x = 0;
    for (qsizetype k = 0; k < shown; ++k) {
        const auto i = std::size_t(text[k].unicode() - First);
        glyphs.append(m_glyph[i]);
        positions.append(QPointF(qRound(x), 0));
        x += m_advance[i];
    }
    if (elide) {
        for (qsizetype k = 0; k < m_ellipsis.size(); ++k) {
            glyphs.append(m_ellipsis[k]);
            positions.append(QPointF(qRound(x), 0));
            x += m_ellipsisAdvances[k];
        }
    }
    if (glyphs.isEmpty())
        return true;
    qreal left = rect.left();
    if (alignment & Qt::AlignRight)
        left = std::max(left, rect.left() + room - width);
    else if (alignment & Qt::AlignHCenter)
        left = std::max(left, rect.left() + (room - width) / 2);
    const qreal baseline =
        rect.top() + (rect.height() - (m_raw.ascent() + m_raw.descent())) / 2 + m_raw.ascent();
    QGlyphRun run;
    run.setRawFont(m_raw);
    run.setRawData(glyphs.constData(), positions.constData(), int(glyphs.size()));
    painter->drawGlyphRun(QPointF(qRound(left), qRound(baseline)), run);
    return true;
}

} // namespace keyward::console
