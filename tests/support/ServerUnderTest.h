#pragma once

// A real keywardd in the server namespace of a NetworkLab, with its own state
// directory, driven over its real admin socket; and keyward-probe runs in the client
// namespace. Used by the integration tests.

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
    ~ServerUnderTest();

    // Starts keywardd (with extra flags) and connects the admin client. Returns an
    // empty string, or what went wrong with the daemon's output.
    QString start(const QStringList &extraArgs = {});
    // SIGTERM and wait; returns the exit code.
    int stop();
    // SIGKILL: a crash at whatever point the daemon is.
    void kill();
    // Sends a request without waiting for the answer (to crash the daemon under it).
    void callAsync(const QString &method, const QJsonObject &params);
    QString output();
    qint64 pid() const { return m_daemon ? m_daemon->processId() : -1; }
    QString stateDir() const { return m_state->path(); }
    QString socketPath() const { return m_state->filePath("keywardd.sock"); }

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
    ProbeRun probe(const QString &user, const QString &password, const QStringList &args = {},
                   int timeoutMs = 60000);
    // Starts a probe and returns it running (for tests that act while it is up).
    std::unique_ptr<QProcess> startProbe(const QString &user, const QString &password,
                                         const QStringList &args);
    static ProbeRun finishProbe(QProcess &process, int timeoutMs);

    static QString binary(const QString &name);

private:
    NetworkLab &m_lab;
    std::unique_ptr<QTemporaryDir> m_state = std::make_unique<QTemporaryDir>();
    std::unique_ptr<QProcess> m_daemon;
    std::unique_ptr<keyward::ipc::IpcClient> m_client;
    QString m_output;
};
