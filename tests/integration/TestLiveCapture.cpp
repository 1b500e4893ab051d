// Live capture through a real keywardd: keywardctl starts a capture, a keyward-probe
// session crosses the wire, the capture is stopped, listed and downloaded, and
// tshark finds the PPTP control messages, CHAP and GRE in the file. The feed reaches
// a subscribed admin console; keyward-capture holds CAP_NET_RAW only and keywardd
// nothing; pcap's own error comes back for a bad filter; an auditor token is refused.
// Needs root and network namespaces (KeywardLab), and tshark.

#include "KeywardLab.h"
#include "ipc/IpcClient.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The CapXxx lines of /proc/<pid>/status, by name.
QHash<QString, quint64> capabilities(qint64 pid)
{
    QHash<QString, quint64> caps;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return caps;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Cap")) {
            const int colon = line.indexOf(':');
            caps.insert(QString::fromLatin1(line.left(colon)),
                        line.mid(colon + 1).trimmed().toULongLong(nullptr, 16));
        }
    }
    return caps;
}

// The child of `parent` whose command is `name`.
qint64 childNamed(qint64 parent, const QString &name)
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const int open = text.indexOf('('), close = text.lastIndexOf(')');
        const QList<QByteArray> rest = text.mid(close + 2).split(' ');
        if (text.mid(open + 1, close - open - 1) == name.toLatin1() && rest.size() > 1 &&
            rest[1].toLongLong() == parent)
            return pid;
    }
    return -1;
}

int tsharkCount(const QString &file, const QString &filter)
{
    QProcess tshark;
    tshark.start(QStringLiteral("tshark"), {"-n", "-r", file, "-Y", filter});
    if (!tshark.waitForFinished(60000) || tshark.exitCode() != 0)
        return -1;
    return static_cast<int>(tshark.readAllStandardOutput().count('\n'));
}

} // namespace

class TestLiveCapture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        KEYWARD_SKIP_IF_UNAVAILABLE(KeywardLab::missingTool(QStringLiteral("tshark")));
        KEYWARD_LAB_SET_UP(m_lab, KeywardLab::Daemon::Later);
        m_listen = m_lab.network().serverAddress() + ":7443";
        const QString started = m_lab.server().startFresh({"--admin-listen", m_listen});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(
            m_lab.server().addUser(QStringLiteral("carol"), QStringLiteral("Correct-horse-42")));
    }

    void cleanup() { m_lab.reportIfFailed(); }

    void onlyTheCaptureProcessHoldsAPrivilege()
    {
        const qint64 daemon = m_lab.server().pid();
        const qint64 capture = childNamed(daemon, QStringLiteral("keyward-capture"));
        QVERIFY2(capture > 0, "keywardd started no keyward-capture");
        const quint64 netRaw = 1ull << 13;
        const auto caps = capabilities(capture);
        QCOMPARE(caps.value("CapEff"), netRaw);
        QCOMPARE(caps.value("CapPrm"), netRaw);
        QCOMPARE(caps.value("CapInh"), 0ull);
        QCOMPARE(caps.value("CapAmb"), 0ull);
        QCOMPARE(caps.value("CapBnd"), netRaw);
        const auto own = capabilities(daemon);
        QCOMPARE(own.value("CapEff"), 0ull);
        QCOMPARE(own.value("CapPrm"), 0ull);
        QCOMPARE(own.value("CapAmb"), 0ull);
    }

    void aProbeSessionIsCapturedAndDownloaded()
    {
        // An admin console asks for the feed and is granted it.
        keyward::ipc::IpcClient console(QStringLiteral("test-console"));
        QSignalSpy ready(&console, &keyward::ipc::IpcClient::ready);
        console.connectTo(m_lab.server().socketPath());
        QVERIFY(ready.wait(5000));
        QJsonArray granted;
        console.call(
            QStringLiteral("subscribe"), {{"events", QJsonArray{"capture.packets"}}},
            [&](const keyward::ipc::IpcReply &r) { granted = r.result.value("events").toArray(); });
        QTRY_COMPARE(granted, QJsonArray{"capture.packets"});
        QSignalSpy events(&console, &keyward::ipc::IpcClient::eventReceived);

        QCOMPARE(ctl({"capture", "start"}), 0);
        QVERIFY2(m_out.contains("started on any with the filter \"tcp port 1723 or ip proto 47\""),
                 qPrintable(m_out));
        const int id = m_out.section(' ', 1, 1).toInt();
        QVERIFY(id > 0);
        QCOMPARE(ctl({"capture", "start"}), 1); // one at a time
        QVERIFY2(m_err.contains("one capture at a time"), qPrintable(m_err));

        auto run = m_lab.server().probe("carol", "Correct-horse-42", {"--count", "3"});
        QCOMPARE(run.exitCode, 0);
        QTest::qWait(500);
        QCOMPARE(ctl({"capture", "stop"}), 0);
        QVERIFY2(m_out.contains(QStringLiteral("capture %1 stopped").arg(id)), qPrintable(m_out));

        // The feed: batches of summaries the dissector made, numbered from 1.
        QTRY_VERIFY_WITH_TIMEOUT(!feed(events).isEmpty(), 5000);
        const QList<QJsonObject> rows = feed(events);
        QCOMPARE(rows.first().value("number").toInteger(), 1);
        bool sawPptp = false;
        for (const QJsonObject &row : rows)
            sawPptp = sawPptp || row.value("protocol").toString().contains("PPTP");
        QVERIFY(sawPptp);
        QVERIFY(!QJsonDocument(rows.first()).toJson().contains("Correct-horse-42"));

        QCOMPARE(ctl({"--json", "capture", "list"}), 0);
        const QJsonObject list = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QVERIFY(list.value("available").toBool());
        const QJsonObject info = list.value("captures").toArray().first().toObject();
        QCOMPARE(info.value("id").toInt(), id);
        QCOMPARE(info.value("state").toString(), QString("stopped"));
        QVERIFY(info.value("packets").toInteger() > 10);
        QVERIFY(info.contains("kernelDropped") && info.contains("feedDropped"));

        QTemporaryDir out;
        const QString file = out.filePath("carol.pcapng");
        QCOMPARE(ctl({"capture", "download", QString::number(id), "--out", file}), 0);
        QCOMPARE(QFile(file).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
        QVERIFY(tsharkCount(file, "pptp.type == 1") >= 1); // Start-Control-Connection-Request
        QVERIFY(tsharkCount(file, "chap") >= 2);
        QVERIFY(tsharkCount(file, "gre") >= 4);
        // The files on the server are the daemon's alone.
        const QDir captures(m_lab.server().stateDir() + "/captures");
        for (const QFileInfo &f : captures.entryInfoList(QDir::Files))
            QCOMPARE(int(f.permissions() & 0x0077), 0);

        QCOMPARE(ctl({"--json", "audit", "list", "capture."}), 0);
        for (const char *action : {"capture.start", "capture.stop", "capture.download"})
            QVERIFY2(m_out.contains(action), action);
        QVERIFY(m_out.contains("tcp port 1723 or ip proto 47"));

        QCOMPARE(ctl({"capture", "delete", QString::number(id)}), 0);
        QCOMPARE(ctl({"capture", "delete", QString::number(id)}), 5);
    }

    void aBadFilterGetsPcapsError()
    {
        QCOMPARE(ctl({"capture", "start", "--filter", "tcp port and"}), 1);
        QVERIFY2(m_err.contains("syntax error") && m_err.contains("invalid-params"),
                 qPrintable(m_err));
        QCOMPARE(ctl({"capture", "stop"}), 5); // nothing runs
    }

    void anAuditorTokenIsRefused()
    {
        QCOMPARE(ctl({"--json", "token", "create", "watcher", "--role", "auditor"}), 0);
        const QJsonObject created = QJsonDocument::fromJson(m_out.toUtf8()).object();
        const auto run = m_lab.ctlRemote(m_listen, created.value("fingerprint").toString(),
                                         created.value("token").toString(), {"capture", "list"});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("needs the admin role"), qPrintable(run.err));
    }

private:
    static QList<QJsonObject> feed(const QSignalSpy &events)
    {
        QList<QJsonObject> rows;
        for (const auto &e : events) {
            if (e.at(0).toString() != QLatin1String("capture.packets"))
                continue;
            for (const QJsonValue &row : e.at(1).toJsonObject().value("packets").toArray())
                rows << row.toObject();
        }
        return rows;
    }

    int ctl(const QStringList &args)
    {
        const auto run = m_lab.ctl(args);
        m_out = run.out;
        m_err = run.err;
        return run.exitCode;
    }

    KeywardLab m_lab;
    QString m_listen;
    QString m_out;
    QString m_err;
};

QTEST_GUILESS_MAIN(TestLiveCapture)
#include "TestLiveCapture.moc"
