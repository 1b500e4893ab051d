// The Captures page, offscreen, on a capture file written with PcapngWriter: the
// packet list fills, a packet shows its detail tree and hex view with the selected
// field highlighted, the exposed MS-CHAPv2 exchange is a finding with a rotation
// button, and a damaged file says where it breaks. No server: the file is read and
// analysed in the console with the same library keywardd uses.

#include "../unit/capture/CaptureBuilder.h"
#include "file/PcapngWriter.h"
#include "models/CapturePacketModel.h"
#include "views/CapturesPage.h"

#include <QAbstractItemModelTester>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace keyward;
using namespace keyward::capture;
using namespace keyward::capture::test;
using keyward::console::CapturePacketModel;
using keyward::console::CapturesPage;

namespace {

// A PPTP call in which alice signs in with MS-CHAPv2, then a little encrypted data.
QList<PacketRecord> aliceSignsIn()
{
    CaptureBuilder b;
    b.openCall();
    const QByteArray msChapV2 = be16(0xc223) + QByteArray(1, char(0x81));
    b.greToServer(ppp(0xc021, control(1, 1, option(1, be16(1400)) + option(5, be32(0x11223344)))));
    b.greToClient(ppp(0xc021, control(1, 1, option(3, msChapV2) + option(5, be32(0x55667788)))));
    b.greToClient(ppp(0xc021, control(2, 1, option(1, be16(1400)) + option(5, be32(0x11223344)))));
    b.greToServer(ppp(0xc021, control(2, 1, option(3, msChapV2) + option(5, be32(0x55667788)))));
    b.greToClient(chapChallenge(2, QByteArray(16, 'c'), "server"));
    QByteArray value(49, '\0');
    for (int i = 0; i < 16; ++i)
        value[i] = char(0x40 + i);
    for (int i = 24; i < 48; ++i)
        value[i] = char(i);
    b.greToServer(chapResponse(2, value, "alice"));
    b.greToClient(ppp(0xc223, control(3, 2, "S=0123456789ABCDEF0123456789ABCDEF01234567 M=OK")));
    return b.packets();
}

QString writeCapture(const QTemporaryDir &dir, const QList<PacketRecord> &packets)
{
    const QString path = dir.filePath("alice.pcapng");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    PcapngWriter writer(&file);
    for (const PacketRecord &p : packets) {
        if (!writer.write(p))
            return {};
    }
    return path;
}

} // namespace

class TestCapturesPage : public QObject
{
    Q_OBJECT

private slots:
    void aCaptureFileShowsPacketsDetailBytesAndFindings()
    {
        QTemporaryDir dir;
        const QList<PacketRecord> packets = aliceSignsIn();
        const QString path = writeCapture(dir, packets);
        QVERIFY(!path.isEmpty());
        CapturePacketModel model;
        m_tester = std::make_unique<QAbstractItemModelTester>(&model);
        CapturesPage page(nullptr, &model);
        page.resize(1200, 800);
        page.show();
        QSignalSpy loaded(&page, &CapturesPage::loaded);
        page.openFile(path);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().first().toString(), QString());
        QCOMPARE(model.rowCount(), packets.size());
        QCOMPARE(model.index(0, CapturePacketModel::Number).data().toInt(), 1);

        // The CHAP Response: its row names MS-CHAPv2 or CHAP, and its detail has fields.
        int chapRow = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, CapturePacketModel::Info).data().toString().contains("alice"))
                chapRow = row;
        }
        QVERIFY2(chapRow >= 0, "no row names alice");
        page.packetView()->setCurrentIndex(model.index(chapRow, 0));
        QAbstractItemModel *detail = page.detailView()->model();
        QTRY_VERIFY(detail->rowCount() >= 4); // link, IPv4, GRE, PPP at least
        const QString hex = page.hexView()->toPlainText();
        QVERIFY(hex.startsWith("0000  "));
        QCOMPARE(hex.count('\n'), (packets[chapRow].data.size() + 15) / 16);

        // Selecting a field with bytes of its own highlights them in the hex view.
        QModelIndex withBytes;
        for (int row = 0; row < detail->rowCount() && !withBytes.isValid(); ++row) {
            const QModelIndex i = detail->index(row, 0);
            if (i.data(Qt::UserRole + 1).toInt() >= 0 && i.data(Qt::UserRole + 2).toInt() > 0)
                withBytes = i;
        }
        QVERIFY(withBytes.isValid());
        page.detailView()->setCurrentIndex(withBytes);
        QVERIFY(!page.hexView()->extraSelections().isEmpty());

        // The exposed exchange, naming alice, with the button that rotates her password.
        QTreeWidget *findings = page.findingsView();
        QTreeWidgetItem *exposed = nullptr;
        for (int i = 0; i < findings->topLevelItemCount(); ++i) {
            if (findings->topLevelItem(i)->text(2) == QLatin1String("alice"))
                exposed = findings->topLevelItem(i);
        }
        QVERIFY2(exposed, "no finding names alice");
        QSignalSpy rotate(&page, &CapturesPage::rotateRequested);
        findings->setCurrentItem(exposed);
        QList<QPushButton *> buttons = page.findChildren<QPushButton *>();
        QPushButton *rotateButton = nullptr;
        for (QPushButton *b : buttons) {
            if (b->text().contains("Rotate"))
                rotateButton = b;
        }
        QVERIFY(rotateButton && rotateButton->isEnabled());
        rotateButton->click();
        QCOMPARE(rotate.size(), 1);
        QCOMPARE(rotate.first().first().toStringList(), QStringList{"alice"});
        QVERIFY(page.clientsView()->topLevelItemCount() >= 1);
        QCOMPARE(page.records().size(), packets.size());
    }

    void aDamagedFileSaysWhereItBreaks()
    {
        QTemporaryDir dir;
        const QString path = writeCapture(dir, aliceSignsIn());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() - 10));
        file.close();
        CapturePacketModel model;
        CapturesPage page(nullptr, &model);
        QSignalSpy loaded(&page, &CapturesPage::loaded);
        page.openFile(path);
        QVERIFY(loaded.wait(10000));
        const QString error = loaded.first().first().toString();
        QVERIFY2(error.contains("offset"), qPrintable(error));
        // What came before the break is shown.
        QVERIFY(model.rowCount() > 0);
    }

private:
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestCapturesPage)
#include "TestCapturesPage.moc"
