#pragma once

// Where a console finds its keywardd: the local server over its IPC socket, or a
// remote one over TLS with a pinned certificate fingerprint. The API token of a
// remote profile is never stored here; it lives in the OS keychain (TokenVault).

#include "ipc/LocalEndpoint.h"

#include <QString>

class QSettings;

namespace keyward::console {

class ConnectionProfile
{
public:
    static ConnectionProfile local(const QString &socketPath = ipc::LocalEndpoint::defaultPath());
    static ConnectionProfile remote(const QString &name, const QString &host, quint16 port,
                                    const QString &fingerprint);

    QString name() const { return m_name; }
    bool isRemote() const { return m_remote; }
    QString socketPath() const { return m_socketPath; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QString fingerprint() const { return m_fingerprint; }
    // The keychain entry that holds this profile's token: named after the pinned
    // fingerprint too, so a token is only ever read for the certificate it was kept for.
    QString keychainKey() const;
    // The same server with another pinned certificate (after the admin checked it).
    ConnectionProfile repinned(const QString &fingerprint) const;
    // "this computer" or "host:port", for the status bar.
    QString where() const;
    // The server's name in lists of servers: a remote profile's name, "this computer"
    // for the local server on its usual socket, else the socket's path.
    QString label() const;
    // Whether both profiles reach the same server (the same socket, or host and port).
    bool sameServer(const ConnectionProfile &other) const;
    // The key a saved profile is known by ("local" for the local server).
    QString key() const { return m_remote ? m_name : QStringLiteral("local"); }
    // Empty when the profile can be used; otherwise what is missing, in words.
    QString problem() const;

    void save(QSettings &settings) const;
    static ConnectionProfile load(const QSettings &settings);

    bool operator==(const ConnectionProfile &) const = default;

private:
    QString m_name;
    bool m_remote = false;
    QString m_socketPath;
    QString m_host;
    quint16 m_port = 0;
    QString m_fingerprint;
};

} // namespace keyward::console
