#pragma once

// The integration tests' fixture: a NetworkLab (client and server namespaces joined
// by a veth pair), a real keywardd in the server namespace (ServerUnderTest: its own
// temporary state directory, socket and log; started and waited for until ready),
// and the tools around it: keywardctl on this host or in the client namespace,
// keyward-probe (through server()), any program in either namespace. Everything it
// made goes away with it, also when a test fails; a test killed outright leaves
// namespaces that the next run removes, and processes that die with it.
//
//   class TestSomething : public QObject
//   {
//       Q_OBJECT
//   private slots:
//       void initTestCase() { KEYWARD_LAB_SET_UP(m_lab); }
//       void cleanup() { m_lab.reportIfFailed(); }
//       void aTest() { QVERIFY(m_lab.server().addUser("alice", "Correct-horse-42")); }
//   private:
//       KeywardLab m_lab;
//   };

#include "NetworkLab.h"
#include "ServerUnderTest.h"
#include "common/Result.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>
#include <sys/types.h>

class KeywardLab
{
public:
    // When keywardd starts: in setUp, or Later, by the test (one per test function:
    // server().startFresh() in init()).
    enum class Daemon
    {
        Start,
        Later
    };

    struct CtlRun
    {
        int exitCode = -1; // -1: did not run, crashed or hung
        QString out;
        QString err;
    };

    enum class Side
    {
        Client,
        Server
    };

    KeywardLab();
    KeywardLab(const KeywardLab &) = delete;
    KeywardLab &operator=(const KeywardLab &) = delete;
    ~KeywardLab();

    // Makes the namespaces and, unless told Later, starts keywardd (with extra
    // flags) and waits until it is ready. An error of kind Unavailable means this
    // machine cannot run the test (not root, no `ip netns`): KEYWARD_LAB_SET_UP skips
    // with it. Any other error is a failure and carries keywardd's log.
    [[nodiscard]] keyward::Status setUp(Daemon daemon = Daemon::Start,
                                        const QStringList &daemonArgs = {});

    // Empty when `tool` is on PATH, else why a test that needs it cannot run
    // (for KEYWARD_SKIP_IF_UNAVAILABLE).
    static QString missingTool(const QString &tool);

    NetworkLab &network() { return m_network; }
    // The one keywardd of this lab; the same object for the lab's whole life
    // (restarts and fresh starts included), so a reference to it stays valid.
    ServerUnderTest &server() { return *m_server; }

    // keywardctl on this host against the server's admin socket (or `socket`),
    // `input` on its stdin, as `uid` (and the same gid) when not 0.
    CtlRun ctl(const QStringList &args, const QString &input = {}, const QString &socket = {},
               uid_t uid = 0);
    // keywardctl in the client namespace as a remote console: --remote `listen`
    // with the pinned `fingerprint`; the token goes in KEYWARD_TOKEN, not on the
    // command line.
    CtlRun ctlRemote(const QString &listen, const QString &fingerprint, const QString &token,
                     const QStringList &args);
    // Starts `program args` inside one of the namespaces, its stdout and stderr
    // merged (it ends with the test at the latest). Returns it started, or not
    // running when it could not start.
    std::unique_ptr<QProcess> startIn(Side side, const QString &program, const QStringList &args);

    // Another keywardd in the server namespace, for tests of several servers: it
    // listens on a further address of the server's side of the veth pair (host
    // `host` of the lab's network, 3 and up; .1 is server()'s, .2 the client's) and
    // the probe dials that. Returned not started, with its own state directory and
    // socket; give it its own --tunnel-pool. Null when the address cannot be added.
    // It must go before the lab does.
    std::unique_ptr<ServerUnderTest> addServer(int host);

    // Adds `count` more addresses to the client side of the veth pair (.10 and up in
    // the lab's network), for tests that need many client addresses; returns them.
    QStringList addClientAddresses(int count);
    // A TCP connection from the client namespace, from `sourceAddress` (empty: any)
    // to the server's `port`, non-blocking once connected; `receiveBuffer` (when not 0)
    // is set before connecting. Returns the descriptor, or -1 with `error` set.
    int connectFromClient(const QString &sourceAddress, quint16 port, QString *error,
                          int receiveBuffer = 0);

    // From the test's cleanup(): when the test function that just ran failed, prints
    // the end of keywardd's log so the failure explains itself.
    void reportIfFailed();

private:
    static CtlRun finish(QProcess &process, const QString &input);

    NetworkLab m_network;
    std::unique_ptr<ServerUnderTest> m_server;
};

// In initTestCase(): sets the lab up; skips the test saying why when this machine
// cannot run it (fails instead when KEYWARD_NO_SKIP=1), fails when it breaks.
//   KEYWARD_LAB_SET_UP(m_lab);
//   KEYWARD_LAB_SET_UP(m_lab, KeywardLab::Daemon::Later);
#define KEYWARD_LAB_SET_UP(lab, ...)                                                               \
    do {                                                                                           \
        const keyward::Status keywardLabStatus_ = (lab).setUp(__VA_ARGS__);                        \
        if (!keywardLabStatus_.ok()) {                                                             \
            const QString keywardLabWhy_ = QString::fromStdString(keywardLabStatus_.message());    \
            if (keywardLabStatus_.kind() == keyward::ErrorKind::Unavailable)                       \
                KEYWARD_SKIP_IF_UNAVAILABLE(keywardLabWhy_);                                       \
            QFAIL(qPrintable(keywardLabWhy_));                                                     \
        }                                                                                          \
    } while (false)
