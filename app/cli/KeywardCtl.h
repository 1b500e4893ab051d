#pragma once

// keywardctl: the admin API as a command line. One command per run: it connects,
// says hello, sends the command's request, prints the reply (the command's table or
// text, or JSON with --json) and exits with a status a script can test. The
// commands themselves are in CommandTable.

#include "cli/Command.h"
#include "ipc/IpcClient.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace keyward::cli {

class KeywardCtl : public QObject
{
    Q_OBJECT

public:
    KeywardCtl(QStringList arguments, QString stdinText);
    // Parses the command line; on a usage error prints it and returns false.
    bool prepare(int *exitCode);
    void run();
    static QString usage();

    // What prepare() made of the command line.
    const CommandRequest &request() const { return m_request; }
    bool json() const { return m_json; }
    QString socketPath() const { return m_socket; }

signals:
    void finished(int exitCode);

private:
    void send();
    void call(const CommandRequest &request);
    int print(const ipc::IpcReply &reply);
    static int exitCodeFor(const QString &errorCode);

    QStringList m_arguments;
    QString m_stdin;
    QString m_socket;
    QString m_remote;      // HOST:PORT of a remote keywardd (TLS)
    QString m_fingerprint; // its pinned certificate fingerprint
    bool m_json = false;
    const Command *m_command = nullptr;
    CommandRequest m_request;
    QStringList m_args; // the words after the command's name
    ipc::IpcClient m_client{QStringLiteral("keywardctl")};
};

} // namespace keyward::cli
