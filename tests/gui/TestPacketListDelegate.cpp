// The packet list's delegate draws cells as glyph runs of its own: what an admin reads
// must look like the stock delegate's text. Each cell is painted offscreen by both
// delegates and the ink (pixels that differ from the background) compared: same
// place, same extent, about as much of it; right alignment, elision of a long Info,
// text that is not ASCII (drawn by QPainter's layout), and a selected row.

#include "views/PacketListDelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

using keyward::console::PacketListDelegate;

namespace {

struct Ink
{
    QRect box;      // bounding box of the pixels that are not background
    int pixels = 0; // how many
};

Ink inkOf(const QImage &image, QRgb background)
{
    Ink ink;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != background) {
                ink.box |= QRect(x, y, 1, 1);
                ++ink.pixels;
            }
        }
    }
    return ink;
}

} // namespace

class TestPacketListDelegate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_model.setColumnCount(1);
        m_view.setModel(&m_model);
        m_view.resize(400, 200);
    }

    void drawsTheTextWhereTheStockDelegateDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("alignment");
        QTest::addColumn<int>("width");
        // How far the text's end may be from the stock delegate's: kerning and whole-pixel
        // glyph positions move it a little, and an elided text may keep one character more
        // or less.
        QTest::addColumn<int>("slack");
        QTest::newRow("address") << "192.0.2.10:40000" << int(Qt::AlignLeft | Qt::AlignVCenter)
                                 << 200 << 4;
        QTest::newRow("protocol") << "PPTP Start-Control-Connection-Request"
                                  << int(Qt::AlignLeft | Qt::AlignVCenter) << 400 << 4;
        QTest::newRow("number, right-aligned")
            << "123456" << int(Qt::AlignRight | Qt::AlignVCenter) << 120 << 4;
        QTest::newRow("info, elided") << "MPPE coherency count 4095, flushed, encrypted, 1400 bytes"
                                      << int(Qt::AlignLeft | Qt::AlignVCenter) << 150 << 8;
        QTest::newRow("not ASCII") << QString::fromUtf8("hôte-ü.example")
                                   << int(Qt::AlignLeft | Qt::AlignVCenter) << 200 << 4;
    }

    void drawsTheTextWhereTheStockDelegateDoes()
    {
        QFETCH(QString, text);
        QFETCH(int, alignment);
        QFETCH(int, width);
        QFETCH(int, slack);
        const QModelIndex index = cell(text, alignment);
        const QRect rect(0, 0, width, 20);
        PacketListDelegate ours;
        QStyledItemDelegate stock;
        const Ink mine = paint(ours, index, rect, false);
        const Ink theirs = paint(stock, index, rect, false);
        QVERIFY2(mine.pixels > 0, "nothing drawn");
        const QByteArray where =
            QStringLiteral("ours %1,%2 %3x%4 (%5 px), stock %6,%7 %8x%9 (%10 px)")
                .arg(mine.box.x())
                .arg(mine.box.y())
                .arg(mine.box.width())
                .arg(mine.box.height())
                .arg(mine.pixels)
                .arg(theirs.box.x())
                .arg(theirs.box.y())
                .arg(theirs.box.width())
                .arg(theirs.box.height())
                .arg(theirs.pixels)
                .toUtf8();
        QVERIFY2(qAbs(mine.box.left() - theirs.box.left()) <= 2, where.constData());
        QVERIFY2(qAbs(mine.box.right() - theirs.box.right()) <= slack, where.constData());
        QVERIFY2(qAbs(mine.box.top() - theirs.box.top()) <= 1, where.constData());
        QVERIFY2(qAbs(mine.box.bottom() - theirs.box.bottom()) <= 1, where.constData());
        QVERIFY2(qAbs(mine.pixels - theirs.pixels) <= theirs.pixels / 5, where.constData());
        // Inside the cell, text margins kept.
        QVERIFY2(mine.box.left() >= 2 && mine.box.right() <= rect.right() - 2, where.constData());
    }

    void aSelectedRowIsHighlighted()
    {
        const QModelIndex index = cell(QStringLiteral("GRE"), Qt::AlignLeft | Qt::AlignVCenter);
        PacketListDelegate ours;
        QImage image(60, 20, QImage::Format_ARGB32);
        const QColor background(Qt::white);
        image.fill(background);
        QPainter painter(&image);
        QStyleOptionViewItem option = optionFor(QRect(0, 0, 60, 20), true);
        ours.paint(&painter, option, index);
        painter.end();
        const QColor highlight = option.palette.color(QPalette::Active, QPalette::Highlight);
        QCOMPARE(image.pixelColor(1, 1), highlight);
        const Ink text = inkOf(image, highlight.rgb());
        QVERIFY(text.pixels > 0);
    }

private:
    QModelIndex cell(const QString &text, int alignment)
    {
        m_model.setRowCount(1);
        const QModelIndex index = m_model.index(0, 0);
        m_model.setData(index, text, Qt::DisplayRole);
        m_model.setData(index, alignment, Qt::TextAlignmentRole);
        return index;
    }

    QStyleOptionViewItem optionFor(const QRect &rect, bool selected)
    {
        QStyleOptionViewItem option;
        option.initFrom(&m_view);
        option.rect = rect;
        option.font = m_view.font();
        option.fontMetrics = QFontMetrics(option.font);
        option.state |= QStyle::State_Enabled | QStyle::State_Active;
        option.widget = &m_view;
        option.showDecorationSelected = true;
        if (selected)
            option.state |= QStyle::State_Selected;
        return option;
    }

    Ink paint(QAbstractItemDelegate &delegate, const QModelIndex &index, const QRect &rect,
              bool selected)
    {
        QImage image(rect.width() + 20, rect.height(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setFont(m_view.font());
        delegate.paint(&painter, optionFor(rect, selected), index);
        painter.end();
        return inkOf(image, QColor(Qt::white).rgb());
    }

    QStandardItemModel m_model;
    QTableView m_view;
};

QTEST_MAIN(TestPacketListDelegate)
#include "TestPacketListDelegate.moc"
