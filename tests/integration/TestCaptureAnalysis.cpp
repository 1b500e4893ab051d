// Our dissection of a real session judged by tshark, field by field: keyward-probe
// signs in to keywardd in the test namespaces while tshark captures on the server's
// veth; then PacketDissector's tree and tshark's fields agree frame by frame (PPTP
// message types and call ids, GRE call ids, CHAP codes and names, CCP MPPE bits,
// MPPE coherency counts), `keywardctl capture analyze` names the session, the user
// and the client, and `keywardctl capture decrypt` gives the probe's pings back with
// valid checksums for the right password and says "wrong password" otherwise, for
// stateless and stateful MPPE.

#include "KeywardLab.h"
#include "dissect/PacketDissector.h"
#include "file/PcapFileReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

using namespace keyward::capture;

namespace {

const char *Password = "Correct-horse-42";

// Every value under a key in a dissection tree, in tree order.
void collect(const QList<FieldNode> &nodes, const QString &key, QStringList &out)
{
    for (const FieldNode &n : nodes) {
        if (n.key == key)
            out << n.value;
        collect(n.children, key, out);
    }
}

// The number at the front of a value such as "Outgoing-Call-Request (7)" or "7".
QString leadingNumber(const QString &value)
{
    const qsizetype open = value.lastIndexOf(QLatin1Char('('));
    if (open >= 0 && value.endsWith(QLatin1Char(')')))
        return value.mid(open + 1, value.size() - open - 2);
    return value;
}

} // namespace

class TestCaptureAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        KEYWARD_SKIP_IF_UNAVAILABLE(KeywardLab::missingTool("tshark"));
        KEYWARD_LAB_SET_UP(m_lab);
        const auto report = qScopeGuard([this] { m_lab.reportIfFailed(); });
        QVERIFY(m_lab.server().addUser("alice", Password));
        m_stateless = m_dir.filePath("stateless.pcapng");
        m_stateful = m_dir.filePath("stateful.pcapng");
        QVERIFY(captureSession(m_stateless, {}));
        QVERIFY(m_lab.server()
                    .call("policy.set", {{"changes", QJsonObject{{"allowStatefulMppe", true}}}})
                    .ok);
        QVERIFY(captureSession(m_stateful, {"--stateful"}));
        if (qEnvironmentVariableIsSet("KEYWARD_KEEP_CAPTURES")) {
            QFile::copy(m_stateless,
                        qEnvironmentVariable("KEYWARD_KEEP_CAPTURES") + "/stateless.pcapng");
            QFile::copy(m_stateful,
                        qEnvironmentVariable("KEYWARD_KEEP_CAPTURES") + "/stateful.pcapng");
        }
    }

    void dissectionAgreesWithTsharkFieldByField_data()
    {
        QTest::addColumn<QString>("tsharkField");
        QTest::addColumn<QString>("ourKey");
        QTest::addColumn<QString>("filter");
        QTest::newRow("message type") << "pptp.type"
                                      << "pptp.type"
                                      << "pptp";
        QTest::newRow("control type") << "pptp.control_message_type"
                                      << "pptp.control_message_type"
                                      << "pptp";
        QTest::newRow("call id") << "pptp.call_id"
                                 << "pptp.call_id"
                                 << "pptp";
        QTest::newRow("peer call id") << "pptp.peer_call_id"
                                      << "pptp.peer_call_id"
                                      << "pptp";
        QTest::newRow("vendor") << "pptp.vendor_name"
                                << "pptp.vendor_name"
                                << "pptp";
        QTest::newRow("gre call id") << "gre.key.call_id"
                                     << "gre.key.call_id"
                                     << "gre";
        QTest::newRow("gre sequence") << "gre.sequence_number"
                                      << "gre.sequence_number"
                                      << "gre";
        QTest::newRow("gre ack") << "gre.ack_number"
                                 << "gre.ack_number"
                                 << "gre";
        QTest::newRow("chap code") << "chap.code"
                                   << "chap.code"
                                   << "chap";
        QTest::newRow("chap name") << "chap.name"
                                   << "chap.name"
                                   << "chap";
        QTest::newRow("chap value size") << "chap.value_size"
                                         << "chap.value_size"
                                         << "chap";
        QTest::newRow("ccp H") << "ccp.opt.supported_bits.h"
                               << "ccp.opt.supported_bits.h"
                               << "ccp";
        QTest::newRow("ccp M") << "ccp.opt.supported_bits.m"
                               << "ccp.opt.supported_bits.m"
                               << "ccp";
        QTest::newRow("ccp S") << "ccp.opt.supported_bits.s"
                               << "ccp.opt.supported_bits.s"
                               << "ccp";
        QTest::newRow("ccp L") << "ccp.opt.supported_bits.l"
                               << "ccp.opt.supported_bits.l"
                               << "ccp";
        QTest::newRow("ccp D") << "ccp.opt.supported_bits.d"
                               << "ccp.opt.supported_bits.d"
                               << "ccp";
        QTest::newRow("ccp C") << "ccp.opt.supported_bits.c"
                               << "ccp.opt.supported_bits.c"
                               << "ccp";
    }

    void dissectionAgreesWithTsharkFieldByField()
    {
        QFETCH(QString, tsharkField);
        QFETCH(QString, ourKey);
        QFETCH(QString, filter);
        for (const QString &file : {m_stateless, m_stateful}) {
            const QStringList theirs = tsharkFields(file, filter, tsharkField);
            QVERIFY2(!theirs.isEmpty(), qPrintable(tsharkField));
            const auto packets = PcapFileReader::readAll(*openFile(file));
            QVERIFY2(packets.ok(), packets.message().c_str());
            int compared = 0;
            for (const QString &line : theirs) {
                const QStringList parts = line.split('\t');
                const int frame = parts.value(0).toInt();
                QVERIFY(frame >= 1 && frame <= packets->size());
                const DissectedPacket ours = PacketDissector::dissect(packets->at(frame - 1));
                QStringList values;
                collect(ours.tree, ourKey, values);
                QStringList mine;
                for (const QString &v : values)
                    mine << leadingNumber(v);
                const QStringList want = parts.value(1).split(',', Qt::SkipEmptyParts);
                QStringList normalisedWant;
                for (const QString &w : want)
                    normalisedWant
                        << (w.startsWith("0x") ? QString::number(w.toUInt(nullptr, 16)) : w);
                QCOMPARE(mine, normalisedWant);
                ++compared;
            }
            QVERIFY(compared > 0);
        }
    }

    void coherencyCountsAgreeWithTheBytesTsharkShows()
    {
        for (const QString &file : {m_stateless, m_stateful}) {
            // tshark does not decode the MPPE header: its first two bytes (flags and
            // coherency count) are the start of the raw bytes it calls comp_data.
            const QJsonArray frames =
                QJsonDocument::fromJson(
                    tshark({"-r", file, "-Y", "ppp.protocol == 0x00fd", "-T", "json", "-x"})
                        .toUtf8())
                    .array();
            const auto packets = PcapFileReader::readAll(*openFile(file));
            QVERIFY(packets.ok());
            int compared = 0;
            for (const auto &f : frames) {
                const QJsonObject layers =
                    f.toObject().value("_source").toObject().value("layers").toObject();
                const int frame =
                    layers.value("frame").toObject().value("frame.number").toString().toInt();
                const QByteArray bytes = QByteArray::fromHex(
                    layers.value("comp_data_raw").toArray().first().toString().toLatin1());
                QVERIFY(bytes.size() >= 2 && frame >= 1);
                const int count = (uchar(bytes[0]) & 0x0f) << 8 | uchar(bytes[1]);
                const DissectedPacket ours = PacketDissector::dissect(packets->at(frame - 1));
                QStringList values;
                collect(ours.tree, "mppe.coherency_count", values);
                QCOMPARE(values, QStringList{QString::number(count)});
                ++compared;
            }
            QVERIFY2(compared >= 20, qPrintable(QString::number(compared)));
        }
    }

    void analyzeNamesTheSessionUserAndClient()
    {
        for (const QString &file : {m_stateless, m_stateful}) {
            const auto run = keywardctl({"capture", "analyze", file, "--json"});
            QCOMPARE(run.exitCode, 0);
            const QJsonObject report = QJsonDocument::fromJson(run.out).object();
            const QJsonArray sessions = report.value("sessions").toArray();
            QCOMPARE(sessions.size(), 1);
            const QJsonObject s = sessions.first().toObject();
            QCOMPARE(s.value("user").toString(), QString("alice"));
            QCOMPARE(s.value("authProtocol").toString(), QString("MS-CHAPv2"));
            QCOMPARE(s.value("authResult").toString(), QString("success"));
            QCOMPARE(s.value("mppeStrength").toString(), QString("128-bit"));
            QCOMPARE(s.value("mppeStateful").toBool(), file == m_stateful);
            QVERIFY(s.value("clientCallId").toInt() != 0);
            QVERIFY(s.value("encryptedPackets").toInt() >= 20);
            QCOMPARE(s.value("clientIdentity").toObject().value("name").toString(),
                     QString("keyward-probe"));
            QStringList codes;
            QString exposedUser;
            for (const auto &f : report.value("findings").toArray()) {
                codes << f.toObject().value("code").toString();
                if (f.toObject().value("code").toString() == "mschapv2-exposed")
                    exposedUser = f.toObject().value("user").toString();
            }
            QVERIFY2(codes.contains("mschapv2-exposed"), qPrintable(codes.join(',')));
            QCOMPARE(exposedUser, QString("alice"));
            QCOMPARE(codes.contains("mppe-stateful"), file == m_stateful);
            QVERIFY(!codes.contains("plaintext-after-ccp"));
            QVERIFY(!codes.contains("mppe-weak-agreed"));
            QCOMPARE(report.value("users").toArray().size(), 1);
        }
        const auto text = keywardctl({"capture", "analyze", m_stateless});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("user: alice, sign-in: MS-CHAPv2 (success)"),
                 text.out.constData());
    }

    void decryptGivesThePingsBackWithValidChecksums()
    {
        for (const QString &file : {m_stateless, m_stateful}) {
            const QString out = m_dir.filePath(QFileInfo(file).baseName() + "-decrypted.pcapng");
            const auto run = keywardctl({"capture", "decrypt", file, "--user", "alice",
                                         "--password-stdin", "--out", out, "--json"},
                                        QByteArray(Password) + "\n");
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY2(!run.out.contains(Password) && !run.err.contains(Password),
                     "the password was printed");
            const QJsonObject s = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(s.value("sessions").toInt(), 1);
            QCOMPARE(s.value("badIpChecksums").toInt(), 0);
            QCOMPARE(s.value("badTransportChecksums").toInt(), 0);
            QCOMPARE(s.value("mode").toString(),
                     QString(file == m_stateful ? "stateful" : "stateless"));
            QVERIFY(s.value("ipPackets").toInt() >= 20);
            // tshark reads it, sees the probe's echo requests and replies, and finds
            // every IPv4 and ICMP checksum good.
            const QStringList icmp = tsharkFields(out, "icmp", "icmp.type");
            QVERIFY2(icmp.filter(QRegularExpression("\\t8$")).size() >= 10,
                     qPrintable(icmp.join('\n')));
            QVERIFY2(icmp.filter(QRegularExpression("\\t0$")).size() >= 10,
                     qPrintable(icmp.join('\n')));
            QVERIFY(tshark({"-r", out, "-o", "ip.check_checksum:TRUE", "-Y",
                            "ip.checksum.status == \"Bad\" || _ws.malformed"})
                        .trimmed()
                        .isEmpty());
        }
    }

    void aWrongPasswordSaysSo()
    {
        const QString out = m_dir.filePath("wrong.pcapng");
        const auto run = keywardctl({"capture", "decrypt", m_stateless, "--user", "alice",
                                     "--password-stdin", "--out", out},
                                    "Wrong-horse-42\n");
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("wrong password") && run.err.contains("NT-Response"),
                 run.err.constData());
        QVERIFY(!run.err.contains("Wrong-horse-42"));
        QVERIFY(!QFile::exists(out));
        const auto nobody = keywardctl(
            {"capture", "decrypt", m_stateless, "--user", "bob", "--password-stdin", "--out", out},
            "x\n");
        QCOMPARE(nobody.exitCode, 5);
        QVERIFY2(nobody.err.contains("no MS-CHAPv2 exchange"), nobody.err.constData());
    }

    void liveSessionsNameTheirClient()
    {
        // keywardd names the client of a live session the way the analysis does.
        auto probe = m_lab.server().startProbe("alice", Password, {"--duration", "30"});
        QJsonObject session;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto sessions =
                    m_lab.server().call("session.list").result.value("sessions").toArray();
                for (const auto &s : sessions)
                    if (s.toObject().value("user").toString() == "alice")
                        session = s.toObject();
                return !session.isEmpty();
            }(),
            20000);
        QCOMPARE(session.value("client").toString(), QString("keyward-probe"));
        QCOMPARE(session.value("clientVersion").toString(), QString("1.0"));
        QCOMPARE(session.value("clientLegacy").toBool(), false);
        ::kill(static_cast<pid_t>(probe->processId()), SIGINT);
        ServerUnderTest::finishProbe(*probe, 20000);
    }

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    bool captureSession(const QString &file, const QStringList &probeArgs)
    {
        const auto tshark = m_lab.startIn(KeywardLab::Side::Server, "tshark",
                                          {"-i", m_lab.network().serverInterface(), "-w", file,
                                           "-f", "tcp port 1723 or ip proto 47 or udp port 9"});
        QByteArray said;
        if (!QTest::qWaitFor([&] { return (said += tshark->readAll()).contains("Capturing on"); },
                             15000))
            return false;
        // tshark says "Capturing on" before its capture is sure to be running (on a busy
        // machine a session's first second went missing): datagrams to the discard port
        // go until one is in the file, and only then does the session start.
        const QString marker = "echo keyward > /dev/udp/" + m_lab.network().serverAddress() + "/9";
        if (!QTest::qWaitFor(
                [&] {
                    auto udp = m_lab.startIn(KeywardLab::Side::Client, "bash", {"-c", marker});
                    udp->waitForFinished(2000);
                    return !tsharkFields(file, "udp.dstport == 9", "frame.number").isEmpty();
                },
                15000)) {
            qWarning("tshark never wrote the marker datagrams: %s", said.constData());
            return false;
        }
        auto run = m_lab.server().probe(
            "alice", Password, probeArgs + QStringList{"--count", "10", "--interval", "20"});
        if (run.exitCode != 0) {
            qWarning("%s", qPrintable(run.output));
            return false;
        }
        (void)QTest::qWaitFor(
            [&] {
                return !tsharkFields(file, "pptp.control_message_type == 4", "pptp.type").isEmpty();
            },
            5000);
        QThread::msleep(200);
        ::kill(static_cast<pid_t>(tshark->processId()), SIGINT);
        return tshark->waitForFinished(10000);
    }

    static std::unique_ptr<QFile> openFile(const QString &path)
    {
        auto f = std::make_unique<QFile>(path);
        f->open(QIODevice::ReadOnly);
        return f;
    }

    static QString tshark(const QStringList &args)
    {
        QProcess p;
        p.start("tshark", args);
        p.waitForFinished(60000);
        return QString::fromLocal8Bit(p.readAllStandardOutput());
    }

    // "frame<TAB>value,value" per matching frame.
    static QStringList tsharkFields(const QString &file, const QString &filter,
                                    const QString &field)
    {
        return tshark({"-r", file, "-Y", filter, "-T", "fields", "-E", "occurrence=a", "-E",
                       "aggregator=,", "-e", "frame.number", "-e", field})
            .split('\n', Qt::SkipEmptyParts);
    }

    static Run keywardctl(const QStringList &args, const QByteArray &stdinText = {})
    {
        QProcess p;
        p.start(ServerUnderTest::binary("keywardctl"), args);
        p.write(stdinText);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    KeywardLab m_lab;
    QTemporaryDir m_dir;
    QString m_stateless;
    QString m_stateful;
};

QTEST_GUILESS_MAIN(TestCaptureAnalysis)
#include "TestCaptureAnalysis.moc"
