#include "client/ConnectionProfile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace keyward::console {

ConnectionProfile ConnectionProfile::local(const QString &socketPath)
{
    ConnectionProfile p;
    p.m_name = QStringLiteral("local");
    p.m_socketPath = socketPath;
    return p;
}

ConnectionProfile ConnectionProfile::remote(const QString &name, const QString &host, quint16 port,
                                            const QString &fingerprint)
{
    ConnectionProfile p;
    p.m_name = name.trimmed();
    p.m_remote = true;
    p.m_host = host.trimmed();
    p.m_port = port;
    p.m_fingerprint = fingerprint.trimmed().toUpper();
    return p;
}

QString ConnectionProfile::keychainKey() const
{
    // Keyed by the pin: a token kept for one certificate is never read for another.
    return QStringLiteral("token/%1@%2:%3/sha256=%4")
        .arg(m_name, m_host)
        .arg(m_port)
        .arg(m_fingerprint);
}

ConnectionProfile ConnectionProfile::repinned(const QString &fingerprint) const
{
    ConnectionProfile p = *this;
    p.m_fingerprint = fingerprint.trimmed().toUpper();
    return p;
}

QString ConnectionProfile::where() const
{
    if (!m_remote)
        return QCoreApplication::translate("ConnectionProfile", "this computer");
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

QString ConnectionProfile::label() const
{
    if (m_remote)
        return m_name;
    if (m_socketPath == ipc::LocalEndpoint::defaultPath())
        return QCoreApplication::translate("ConnectionProfile", "this computer");
    return m_socketPath;
}

bool ConnectionProfile::sameServer(const ConnectionProfile &other) const
{
    if (m_remote != other.m_remote)
        return false;
    return m_remote ? m_host == other.m_host && m_port == other.m_port
                    : m_socketPath == other.m_socketPath;
}

QString ConnectionProfile::problem() const
{
    if (!m_remote)
        return m_socketPath.isEmpty()
                   ? QCoreApplication::translate("ConnectionProfile", "No socket path is set.")
                   : QString();
    if (m_name.isEmpty())
        return QCoreApplication::translate("ConnectionProfile", "Give the server a name.");
    if (m_host.isEmpty())
        return QCoreApplication::translate("ConnectionProfile", "Enter the server's address.");
    if (m_port == 0)
        return QCoreApplication::translate("ConnectionProfile", "Enter the server's admin port.");
    static const QRegularExpression sha256(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"));
    if (!sha256.match(m_fingerprint).hasMatch())
        return QCoreApplication::translate(
            "ConnectionProfile",
            "The fingerprint must be the SHA-256 one that `keywardctl status` shows on the "
            "server (32 pairs of hex digits separated by colons).");
    return {};
}

void ConnectionProfile::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("name"), m_name);
    settings.setValue(QStringLiteral("remote"), m_remote);
    settings.setValue(QStringLiteral("socket"), m_socketPath);
    settings.setValue(QStringLiteral("host"), m_host);
    settings.setValue(QStringLiteral("port"), m_port);
    settings.setValue(QStringLiteral("fingerprint"), m_fingerprint);
}

ConnectionProfile ConnectionProfile::load(const QSettings &settings)
{
    if (!settings.value(QStringLiteral("remote")).toBool())
        return local(
            settings.value(QStringLiteral("socket"), ipc::LocalEndpoint::defaultPath()).toString());
    return remote(settings.value(QStringLiteral("name")).toString(),
                  settings.value(QStringLiteral("host")).toString(),
                  static_cast<quint16>(settings.value(QStringLiteral("port")).toUInt()),
                  settings.value(QStringLiteral("fingerprint")).toString());
}

} // namespace keyward::console
