#pragma once

// The tests' one way to get a network of their own, in two shapes:
//
// - A lab (setUp): two network namespaces joined by a veth pair, made by the test
//   and removed when it ends: "client" (198.18.<n>.2) and "server" (198.18.<n>.1).
//   Integration tests run keywardd in the server namespace and keyward-probe in the
//   client namespace, so TCP 1723 and GRE cross a real link, not loopback.
// - A private namespace for the test process itself (enterPrivateNamespace), with
//   only loopback: unit tests that open TUN devices, routes and raw sockets.
//
// When the machine cannot give either (not root, no `ip netns`), the test is told
// why and skips with that reason (KEYWARD_SKIP_IF_UNAVAILABLE).

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

class NetworkLab
{
public:
    NetworkLab() = default;
    NetworkLab(const NetworkLab &) = delete;
    NetworkLab &operator=(const NetworkLab &) = delete;
    ~NetworkLab();

    // Makes the namespaces and the veth pair. Returns an empty string on success,
    // else why the lab cannot be made (the test then skips with that reason).
    // Namespaces left behind by earlier runs that died are removed first.
    QString setUp();

    QString clientNamespace() const { return m_client; }
    QString serverNamespace() const { return m_server; }
    QString clientAddress() const { return m_clientAddress; }
    QString serverAddress() const { return m_serverAddress; }
    // The veth end inside the server namespace (for captures).
    QString serverInterface() const { return m_serverInterface; }
    // The veth end inside the client namespace.
    QString clientInterface() const { return m_clientInterface; }

    // Moves the calling process into a fresh network namespace with loopback up, so
    // a unit test can make devices, routes and raw sockets without touching the
    // machine's network; the namespace goes away with the process. Returns an empty
    // string on success, else why it cannot.
    static QString enterPrivateNamespace();

    // Empty when this process runs as root, else why a test that needs it (for
    // `purpose`) cannot run.
    static QString needsRoot(const QString &purpose);

    // Arguments that run `program args` inside the namespace: ip netns exec NS ...
    static QStringList inNamespace(const QString &ns, const QString &program,
                                   const QStringList &args);
    // Runs a command to completion; returns its exit code (-1 if it did not run).
    static int run(const QString &program, const QStringList &args, QString *output = nullptr,
                   int timeoutMs = 10000);

    // Makes a child process end (SIGTERM) when the test process dies, whatever the
    // way, so no keywardd or probe outlives a crashed or timed-out test.
    static void endWithTest(QProcess &process);

    // True when KEYWARD_NO_SKIP=1 (CI as root): a test that would skip because the
    // machine lacks root, namespaces or a tool fails instead.
    static bool skipsAreFailures();

private:
    static void removeLeftovers();

    QString m_client;
    QString m_server;
    QString m_clientAddress;
    QString m_serverAddress;
    QString m_serverInterface;
    QString m_clientInterface;
    bool m_made = false;
};

// In a test function: when `reason` is not empty this machine cannot run the test;
// skip saying why, or fail when KEYWARD_NO_SKIP=1 says every test must run.
#define KEYWARD_SKIP_IF_UNAVAILABLE(reason)                                                        \
    do {                                                                                           \
        const QString keywardWhy_ = (reason);                                                      \
        if (!keywardWhy_.isEmpty()) {                                                              \
            if (NetworkLab::skipsAreFailures())                                                    \
                QFAIL(qPrintable(keywardWhy_ +                                                     \
                                 QStringLiteral(" (KEYWARD_NO_SKIP=1: every test must run)")));    \
            QSKIP(qPrintable(keywardWhy_));                                                        \
        }                                                                                          \
    } while (false)
