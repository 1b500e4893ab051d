#pragma once

// A real keywardd in the server namespace of a NetworkLab, with its own state
// directory, driven over its real admin socket; and keyward-probe runs in the client
// namespace. Its log (stdout and stderr, debug level) goes to a file, so the daemon
// never waits for the test to read it, and the test can show it when it fails.
// Integration tests get one from KeywardLab; the GUI test makes its own.

#include "NetworkLab.h"
#include "ipc/IpcClient.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <memory>

class ServerUnderTest
{
public:
    explicit ServerUnderTest(NetworkLab &lab) : m_lab(lab) {}
    // One of several servers in the lab's server namespace: keywardd listens on
    // `address` (one of the server namespace's own) and the probe dials it.
    ServerUnderTest(NetworkLab &lab, const QString &address) : m_lab(lab), m_address(address) {}
    ServerUnderTest(const ServerUnderTest &) = delete;
    ServerUnderTest &operator=(const ServerUnderTest &) = delete;
    ~ServerUnderTest();

    // Starts keywardd (with extra flags) on the current state directory and waits
    // until it is ready: its admin socket answers the handshake, which keywardd does
    // only once TCP 1723, the data plane and the admin API are all up. Returns an
    // empty string, or what went wrong with the daemon's log.
    [[nodiscard]] QString start(const QStringList &extraArgs = {});
    // Stops keywardd if it runs, then starts a new one on a new, empty state
    // directory with a new log.
    [[nodiscard]] QString startFresh(const QStringList &extraArgs = {});
    // SIGTERM and wait; returns the exit code (-1 if it was not running or crashed).
    int stop();
    // SIGKILL: a crash at whatever point the daemon is.
    void kill();
    bool isRunning() const { return m_daemon && m_daemon->state() != QProcess::NotRunning; }
    // Sends a request without waiting for the answer (to crash the daemon under it).
    void callAsync(const QString &method, const QJsonObject &params);
    // Everything keywardd logged since this state directory was made (restarts included).
    QString output();
    // The last `lines` lines of it, for a failure message.
    QString outputTail(int lines = 400);
    qint64 pid() const { return m_daemon ? m_daemon->processId() : -1; }
    // Where keywardd listens and the probe dials: the lab's server address unless
    // another was given.
    QString address() const { return m_address.isEmpty() ? m_lab.serverAddress() : m_address; }
    QString stateDir() const { return m_state->path(); }
    QString socketPath() const { return m_state->filePath("keywardd.sock"); }
    QString logPath() const { return m_logDir.filePath("keywardd.log"); }

    // A synchronous admin call (tests only; the console never blocks like this).
    keyward::ipc::IpcReply call(const QString &method, const QJsonObject &params = {});
    bool addUser(const QString &name, const QString &password);

    struct ProbeRun
    {
        int exitCode = -1;
        QJsonObject report;
        QString output;
        QJsonObject session(int i = 0) const;
    };
    // Runs keyward-probe in the client namespace against this server (--json added).
    // The password goes to its stdin, never on a command line.
    ProbeRun probe(const QString &user, const QString &password, const QStringList &args = {},
                   int timeoutMs = 60000);
    // Starts a probe and returns it running (for tests that act while it is up).
    std::unique_ptr<QProcess> startProbe(const QString &user, const QString &password,
                                         const QStringList &args);
    // Waits for a started probe (keeping this thread's events turning) and reads its
    // report; kills it after timeoutMs.
    static ProbeRun finishProbe(QProcess &process, int timeoutMs);

    static QString binary(const QString &name);

private:
    NetworkLab &m_lab;
    QString m_address;
    std::unique_ptr<QTemporaryDir> m_state = std::make_unique<QTemporaryDir>();
    QTemporaryDir m_logDir;
    std::unique_ptr<QProcess> m_daemon;
    std::unique_ptr<keyward::ipc::IpcClient> m_client;
    QString m_output;
    qint64 m_logRead = 0;
};
