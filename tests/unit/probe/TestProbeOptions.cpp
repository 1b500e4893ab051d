// keyward-probe's command line: the new --tun and --settle options, the rules that
// keep them safe (a real device name, one session per TUN), and the defaults a fair
// judge starts from.

#include "probe/ProbeOptions.h"

#include <QTest>

using keyward::probe::ProbeOptions;

namespace {

QStringList base()
{
    return {"--server", "192.0.2.1", "--user", "alice", "--password-stdin"};
}

} // namespace

class TestProbeOptions : public QObject
{
    Q_OBJECT

private slots:
    void defaultsSettleAndNoTun()
    {
        auto o = ProbeOptions::parse(base(), "secret\n");
        QVERIFY(o);
        QCOMPARE(o->settleMs, 3000);
        QVERIFY(o->tunName.isEmpty());
        QCOMPARE(o->password, QStringLiteral("secret"));
    }

    void takesTunAndSettle()
    {
        auto o = ProbeOptions::parse(base() << "--tun"
                                            << "kwtcp0"
                                            << "--settle"
                                            << "0"
                                            << "--duration"
                                            << "10",
                                     "secret\n");
        QVERIFY(o);
        QCOMPARE(o->tunName, QStringLiteral("kwtcp0"));
        QCOMPARE(o->settleMs, 0);
        QCOMPARE(o->durationSeconds, 10);
    }

    void refusesBadTunNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("pattern") << "kw%d";
        QTest::newRow("too long") << "a-very-long-name0";
        QTest::newRow("slash") << "../tun";
        QTest::newRow("blank") << "kw 0";
    }

    void refusesBadTunNames()
    {
        QFETCH(QString, name);
        auto o = ProbeOptions::parse(base() << "--tun" << name, "secret\n");
        QVERIFY(!o);
        QVERIFY(QString::fromStdString(o.message()).contains("--tun"));
    }

    void tunCarriesOneSession()
    {
        auto o = ProbeOptions::parse(base() << "--tun"
                                            << "kwt0"
                                            << "--sessions"
                                            << "2",
                                     "secret\n");
        QVERIFY(!o);
        QVERIFY(QString::fromStdString(o.message()).contains("one session"));
    }

    void refusesSettleOutOfRange()
    {
        QVERIFY(!ProbeOptions::parse(base() << "--settle"
                                            << "-1",
                                     "secret\n"));
        QVERIFY(!ProbeOptions::parse(base() << "--settle"
                                            << "60001",
                                     "secret\n"));
        QVERIFY(!ProbeOptions::parse(base() << "--settle", "secret\n"));
    }

    void usageNamesTheNewOptions()
    {
        const QString usage = ProbeOptions::usage();
        QVERIFY(usage.contains("--tun NAME"));
        QVERIFY(usage.contains("--settle MS"));
    }
};

QTEST_GUILESS_MAIN(TestProbeOptions)
#include "TestProbeOptions.moc"
