#include "radius/RadiusServerConfig.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace keyward::radius {

namespace {

Error invalid(const QString &message)
{
    return fail(ErrorKind::Invalid, message.toStdString());
}

} // namespace

Result<RadiusServerConfig> RadiusServerConfig::parse(const QString &spec)
{
    const QStringList parts = spec.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return invalid(QStringLiteral("'radius-server' needs ADDRESS[:PORT] secret-file=PATH"));
    RadiusServerConfig server;
    QString host = parts.first();
    const int colon = host.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && host.count(QLatin1Char(':')) == 1) {
        bool ok = false;
        const int port = host.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return invalid(QStringLiteral("'radius-server' port must be 1 to 65535, not '%1'")
                               .arg(host.mid(colon + 1)));
        server.port = static_cast<quint16>(port);
        host = host.left(colon);
    }
    if (!server.address.setAddress(host))
        return invalid(
            QStringLiteral("'radius-server' must start with an IP address, not '%1'").arg(host));
    for (int i = 1; i < parts.size(); ++i) {
        const int eq = parts[i].indexOf(QLatin1Char('='));
        const QString key = eq > 0 ? parts[i].left(eq) : parts[i];
        const QString value = eq > 0 ? parts[i].mid(eq + 1) : QString();
        if (key == QLatin1String("secret-file") && !value.isEmpty()) {
            server.secretFile = value;
        } else if (key == QLatin1String("acct-port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return invalid(
                    QStringLiteral("'acct-port' must be 1 to 65535, not '%1'").arg(value));
            server.acctPort = static_cast<quint16>(port);
        } else if (key == QLatin1String("message-authenticator")) {
            if (value == QLatin1String("require"))
                server.messageAuthenticator = MessageAuthenticator::Require;
            else if (value == QLatin1String("auto"))
                server.messageAuthenticator = MessageAuthenticator::Auto;
            else if (value == QLatin1String("no"))
                server.messageAuthenticator = MessageAuthenticator::No;
            else
                return invalid(QStringLiteral("'message-authenticator' must be require, auto or "
                                              "no, not '%1'")
                                   .arg(value));
        } else {
            return invalid(QStringLiteral("'radius-server' does not know '%1' (secret-file=PATH, "
                                          "message-authenticator=require|auto|no, acct-port=N)")
                               .arg(parts[i]));
        }
    }
    if (server.secretFile.isEmpty())
        return invalid(
            QStringLiteral("'radius-server %1' needs secret-file=PATH").arg(parts.first()));
    return server;
}

QString RadiusServerConfig::name() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

QString RadiusServerConfig::toSpec() const
{
    QString spec = QStringLiteral("%1 secret-file=%2 message-authenticator=%3")
                       .arg(name(), secretFile, toString(messageAuthenticator));
    if (acctPort != 1813)
        spec += QStringLiteral(" acct-port=%1").arg(acctPort);
    return spec;
}

QString RadiusServerConfig::toString(MessageAuthenticator mode)
{
    switch (mode) {
    case MessageAuthenticator::Require:
        return QStringLiteral("require");
    case MessageAuthenticator::Auto:
        return QStringLiteral("auto");
    case MessageAuthenticator::No:
        return QStringLiteral("no");
    }
    return QStringLiteral("require");
}

Result<QByteArray> RadiusServerConfig::readSecret() const
{
    QFile file(secretFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Unavailable,
                    QStringLiteral("cannot read the RADIUS secret file %1 of %2: %3")
                        .arg(secretFile, name(), file.errorString())
                        .toStdString());
    const QFileDevice::Permissions loose = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                           QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                           QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (file.permissions() & loose)
        return fail(ErrorKind::Forbidden,
                    QStringLiteral("the RADIUS secret file %1 may be read by others than its "
                                   "owner; make it 0600 (chmod 600 %1)")
                        .arg(secretFile)
                        .toStdString());
    QByteArray secret = file.read(130);
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    if (secret.isEmpty() || secret.size() > 128)
        return fail(ErrorKind::Invalid,
                    QStringLiteral("the RADIUS secret file %1 must hold a secret of 1 to 128 "
                                   "octets on one line")
                        .arg(secretFile)
                        .toStdString());
    return secret;
}

} // namespace keyward::radius
