#pragma once

// Two network namespaces joined by a veth pair, made by the test and removed when
// it ends: "client" (198.18.<n>.2) and "server" (198.18.<n>.1). Integration tests
// run keywardd in the server namespace and keyward-probe in the client namespace,
// so TCP 1723 and GRE cross a real link, not loopback.

#include <QProcess>
#include <QString>
#include <QStringList>

class NetworkLab
{
public:
    // Returns an empty string on success, else why the lab cannot be made (the
    // test then skips with that reason).
    QString setUp();
    ~NetworkLab();

    QString clientNamespace() const { return m_client; }
    QString serverNamespace() const { return m_server; }
    QString clientAddress() const { return m_clientAddress; }
    QString serverAddress() const { return m_serverAddress; }
    // The veth end inside the server namespace (for captures).
    QString serverInterface() const { return m_serverInterface; }

    // Arguments that run `program args` inside the namespace: ip netns exec NS ...
    static QStringList inNamespace(const QString &ns, const QString &program,
                                   const QStringList &args);
    // Runs a command to completion; returns its exit code (-1 if it did not run).
    static int run(const QString &program, const QStringList &args, QString *output = nullptr,
                   int timeoutMs = 10000);

private:
    QString m_client;
    QString m_server;
    QString m_clientAddress;
    QString m_serverAddress;
    QString m_serverInterface;
    bool m_made = false;
};
