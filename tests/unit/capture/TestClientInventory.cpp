// ClientInventory names clients from what they show: Windows RAS from its LCP
// Identification and SCCRQ vendor, pppd/pptp-linux from vendor "Linux" or
// "cananian" without Identification, routers by vendor, keyward-probe; and flags
// legacy clients (only 40/56-bit MPPE, MS-CHAPv1 or PAP offered). Evidence says why.

#include "dissect/ClientInventory.h"

#include <QTest>

using namespace keyward::capture;

class TestClientInventory : public QObject
{
    Q_OBJECT

    static ClientEvidence sccrq(const QString &vendor, const QString &host, quint16 firmware)
    {
        ClientEvidence e;
        e.sccrqSeen = true;
        e.vendor = vendor;
        e.hostName = host;
        e.firmwareRevision = firmware;
        return e;
    }

private slots:
    void windowsByIdentificationAndBuild()
    {
        ClientEvidence e = sccrq("Microsoft", "", 7601);
        e.lcpIdentifications << "MSRASV5.20"
                             << "MSRAS-0-DESKTOP-1";
        ClientInventory::addMppeOption(e, 0x01000040);
        const ClientIdentity id = ClientInventory::classify(e);
        QCOMPARE(id.name, QString("Windows RAS"));
        QCOMPARE(id.version, QString("5.20 (Windows 7 / Server 2008 R2)"));
        QVERIFY(!id.legacy);
        QVERIFY(id.evidence.contains("LCP Identification \"MSRASV5.20\""));
    }

    void windowsWithoutSccrq()
    {
        ClientEvidence e;
        e.lcpIdentifications << "MSRASV5.10";
        QCOMPARE(ClientInventory::classify(e).name, QString("Windows RAS"));
        QCOMPARE(ClientInventory::classify(e).version, QString("5.10"));
        ClientEvidence nt4;
        nt4.lcpIdentifications << "MSRASV4.00";
        QVERIFY(ClientInventory::classify(nt4).legacy);
    }

    void pppdWithPptpLinux_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::newRow("Linux") << "Linux";
        QTest::newRow("cananian") << "cananian";
    }

    void pppdWithPptpLinux()
    {
        QFETCH(QString, vendor);
        ClientEvidence e = sccrq(vendor, "local", 1);
        ClientInventory::addLcpOptions(e,
                                       {{1, QByteArray("\x05\x78", 2)},
                                        {2, QByteArray(4, '\0')},
                                        {5, QByteArray(4, 'm')},
                                        {7, {}},
                                        {8, {}}},
                                       false);
        const ClientIdentity id = ClientInventory::classify(e);
        QCOMPARE(id.name, QString("pppd/pptp-linux"));
        QVERIFY(id.version.isEmpty()); // pppd's version is not on the wire
        QVERIFY2(id.evidence.join('|').contains("no LCP Identification"),
                 qPrintable(id.evidence.join('|')));
        QVERIFY(id.evidence.contains("LCP MRU 1400"));
        QCOMPARE(e.lcpOptionOrder, (QList<quint16>{1, 2, 5, 7, 8}));
    }

    void routersAndOthers()
    {
        QCOMPARE(ClientInventory::classify(sccrq("MikroTik", "router", 6)).name,
                 QString("MikroTik RouterOS"));
        QCOMPARE(ClientInventory::classify(sccrq("Cisco Systems", "c1841", 12)).name,
                 QString("Cisco"));
        const ClientIdentity probe =
            ClientInventory::classify(sccrq("Keyward", "keyward-probe", 0x0100));
        QCOMPARE(probe.name, QString("keyward-probe"));
        QCOMPARE(probe.version, QString("1.0"));
        const ClientIdentity other = ClientInventory::classify(sccrq("ACME VPN", "box", 42));
        QCOMPARE(other.name, QString("ACME VPN"));
        QCOMPARE(other.version, QString("firmware 42"));
        QCOMPARE(ClientInventory::classify(ClientEvidence{}).name, QString("unknown"));
    }

    void legacyClients()
    {
        ClientEvidence weak = sccrq("Linux", "local", 1);
        ClientInventory::addMppeOption(weak, 0x01000020);
        ClientIdentity id = ClientInventory::classify(weak);
        QVERIFY(id.legacy);
        QCOMPARE(id.legacyReasons, QStringList{"offers only 40-bit MPPE"});

        ClientEvidence fiftySix = sccrq("Linux", "local", 1);
        ClientInventory::addMppeOption(fiftySix, 0x000000a0);
        QCOMPARE(ClientInventory::classify(fiftySix).legacyReasons,
                 QStringList{"offers only 40/56-bit MPPE"});

        ClientEvidence strong = sccrq("Linux", "local", 1);
        ClientInventory::addMppeOption(strong, 0x010000e0); // 40, 56 and 128: not only weak
        QVERIFY(!ClientInventory::classify(strong).legacy);

        ClientEvidence pap = sccrq("Linux", "local", 1);
        ClientInventory::addLcpOptions(pap, {{3, QByteArray("\xc0\x23", 2)}}, true);
        QCOMPARE(ClientInventory::classify(pap).legacyReasons, QStringList{"offers PAP"});
        ClientEvidence v1 = sccrq("Linux", "local", 1);
        ClientInventory::addLcpOptions(v1, {{3, QByteArray("\xc2\x23\x80", 3)}}, true);
        QCOMPARE(ClientInventory::classify(v1).legacyReasons, QStringList{"offers MS-CHAPv1"});
    }
};

QTEST_GUILESS_MAIN(TestClientInventory)
#include "TestClientInventory.moc"
