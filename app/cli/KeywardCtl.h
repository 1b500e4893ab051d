#pragma once

// keywardctl: the admin API as a command line. One command per run: it connects,
// says hello, sends one request, prints the reply (a table, or JSON with --json) and
// exits with a status a script can test.

#include "ipc/IpcClient.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace keyward::cli {

class KeywardCtl : public QObject
{
    Q_OBJECT

public:
    enum ExitCode
    {
        Ok = 0,
        Failed = 1,
        Usage = 2,
        Unreachable = 3,
        Refused = 4,
        NotFound = 5
    };

    KeywardCtl(QStringList arguments, QString stdinText);
    // Parses the command line; on a usage error prints it and returns false.
    bool prepare(int *exitCode);
    void run();
    static QString usage();

signals:
    void finished(int exitCode);

private:
    void send();
    void print(const ipc::IpcReply &reply);
    static int exitCodeFor(const QString &errorCode);

    QStringList m_arguments;
    QString m_stdin;
    QString m_socket;
    QString m_remote;      // HOST:PORT of a remote keywardd (TLS)
    QString m_fingerprint; // its pinned certificate fingerprint
    bool m_json = false;
    QString m_method;
    QJsonObject m_params;
    ipc::IpcClient m_client{QStringLiteral("keywardctl")};
};

} // namespace keyward::cli
