// tshark judges what keywardd and keyward-probe put on the wire: every packet of a
// whole session dissects without a malformed packet or an expert warning, the
// dissection shows MS-CHAPv2 and 128-bit stateless MPPE agreed, and no IPv4 crosses
// the tunnel unencrypted.

#include "KeywardLab.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

class TestWireCapture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        KEYWARD_SKIP_IF_UNAVAILABLE(KeywardLab::missingTool("tshark"));
        KEYWARD_LAB_SET_UP(m_lab);
        // The whole session is captured here: a failure shows keywardd's log.
        const auto report = qScopeGuard([this] { m_lab.reportIfFailed(); });
        m_capture = m_dir.filePath("session.pcapng");
        ServerUnderTest &server = m_lab.server();
        QVERIFY(server.addUser("alice", "Correct-horse-42"));

        const auto tshark = m_lab.startIn(KeywardLab::Side::Server, "tshark",
                                          {"-i", m_lab.network().serverInterface(), "-w", m_capture,
                                           "-f", "tcp port 1723 or ip proto 47"});
        QVERIFY(tshark->state() == QProcess::Running);
        // tshark says "Capturing on ..." once it is listening.
        QTRY_VERIFY_WITH_TIMEOUT((m_tsharkOutput += tshark->readAll()).contains("Capturing on"),
                                 15000);

        auto run = server.probe("alice", "Correct-horse-42", {"--count", "10", "--interval", "20"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        // Stop capturing once the teardown (Stop-Control-Connection-Reply, type 4) is
        // in the file, or after 5 s on a slow machine; a fixed short wait lost it.
        const bool sawTeardown = QTest::qWaitFor(
            [this] {
                return !read({"-Y", "pptp.control_message_type == 4"}).trimmed().isEmpty();
            },
            5000);
        if (!sawTeardown)
            qWarning("the teardown was not in the capture after 5 s; stopping tshark anyway");
        QThread::msleep(200);
        ::kill(static_cast<pid_t>(tshark->processId()), SIGINT);
        QVERIFY(tshark->waitForFinished(10000));
    }

    void noMalformedPacketOrExpertWarning()
    {
        const QString bad = read({"-Y", "_ws.malformed || _ws.expert.severity >= \"Warning\""});
        QVERIFY2(bad.trimmed().isEmpty(), qPrintable(bad));
        const QString expert = read({"-q", "-z", "expert,warn"});
        QVERIFY2(!expert.contains("Errors (") && !expert.contains("Warnings ("),
                 qPrintable(expert));
    }

    void wholePptpConversationIsThere()
    {
        // SCCRQ, SCCRP, OCRQ, OCRP, CCRQ, CDN, StopCCRQ, StopCCRP
        const QStringList types =
            read({"-Y", "pptp", "-T", "fields", "-e", "pptp.type"}).split('\n', Qt::SkipEmptyParts);
        QVERIFY2(types.size() >= 8, qPrintable(types.join(',')));
    }

    void msChapV2AndMppe128StatelessAreNegotiated()
    {
        const QString lcp = read({"-Y", "lcp && ppp.code == 2 && lcp.opt.auth_protocol == 0xc223",
                                  "-T", "fields", "-e", "lcp.opt.algorithm"});
        QVERIFY2(lcp.split('\n', Qt::SkipEmptyParts).contains("129"), qPrintable(lcp)); // MS-CHAP-2
        QVERIFY(!read({"-Y", "chap.code == 3"}).trimmed().isEmpty());                   // Success
        const QStringList acks =
            read({"-Y", "ccp && ppp.code == 2", "-T", "fields", "-e", "ccp.opt.supported_bits.s",
                  "-e", "ccp.opt.supported_bits.h", "-e", "ccp.opt.supported_bits.l", "-e",
                  "ccp.opt.supported_bits.m"})
                .split('\n', Qt::SkipEmptyParts);
        QCOMPARE(acks.size(), 2); // both directions
        for (const QString &a : acks)
            QCOMPARE(a, QString("1\t1\t0\t0")); // 128-bit, stateless, no 40/56-bit
    }

    void noIpv4CrossesTheTunnelInTheClear()
    {
        QVERIFY(read({"-Y", "gre && (icmp || ppp.protocol == 0x0021)"}).trimmed().isEmpty());
        const int encrypted =
            read({"-Y", "gre && ppp.protocol == 0x00fd"}).split('\n', Qt::SkipEmptyParts).size();
        QVERIFY2(encrypted >= 20, qPrintable(QString::number(encrypted))); // 10 echoes, 10 replies
    }

private:
    QString read(const QStringList &args)
    {
        QProcess p;
        p.start("tshark", QStringList{"-r", m_capture} + args);
        p.waitForFinished(30000);
        return QString::fromLocal8Bit(p.readAllStandardOutput());
    }

    KeywardLab m_lab;
    QTemporaryDir m_dir;
    QString m_capture;
    QByteArray m_tsharkOutput;
};

QTEST_GUILESS_MAIN(TestWireCapture)
#include "TestWireCapture.moc"
