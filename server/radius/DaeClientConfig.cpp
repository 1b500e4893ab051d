#include "radius/DaeClientConfig.h"

#include <QStringList>

namespace keyward::radius {

namespace {

Error invalid(const QString &message)
{
    return fail(ErrorKind::Invalid, message.toStdString());
}

} // namespace

Result<DaeClientConfig> DaeClientConfig::parse(const QString &spec)
{
    const QStringList parts = spec.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return invalid(QStringLiteral("'radius-dae-client' needs ADDRESS secret-file=PATH"));
    DaeClientConfig client;
    if (!client.address.setAddress(parts.first()))
        return invalid(QStringLiteral("'radius-dae-client' must start with an IP address (no "
                                      "port: requests may come from any port), not '%1'")
                           .arg(parts.first()));
    for (int i = 1; i < parts.size(); ++i) {
        const int eq = parts[i].indexOf(QLatin1Char('='));
        const QString key = eq > 0 ? parts[i].left(eq) : parts[i];
        const QString value = eq > 0 ? parts[i].mid(eq + 1) : QString();
        if (key == QLatin1String("secret-file") && !value.isEmpty()) {
            client.secretFile = value;
        } else if (key == QLatin1String("message-authenticator")) {
            if (value == QLatin1String("require"))
                client.messageAuthenticator = MessageAuthenticator::Require;
            else if (value == QLatin1String("auto"))
                client.messageAuthenticator = MessageAuthenticator::Auto;
            else if (value == QLatin1String("no"))
                client.messageAuthenticator = MessageAuthenticator::No;
            else
                return invalid(QStringLiteral("'message-authenticator' must be require, auto or "
                                              "no, not '%1'")
                                   .arg(value));
        } else {
            return invalid(QStringLiteral("'radius-dae-client' does not know '%1' "
                                          "(secret-file=PATH, "
                                          "message-authenticator=require|auto|no)")
                               .arg(parts[i]));
        }
    }
    if (client.secretFile.isEmpty())
        return invalid(
            QStringLiteral("'radius-dae-client %1' needs secret-file=PATH").arg(parts.first()));
    return client;
}

QString DaeClientConfig::toSpec() const
{
    return QStringLiteral("%1 secret-file=%2 message-authenticator=%3")
        .arg(address.toString(), secretFile, RadiusServerConfig::toString(messageAuthenticator));
}

Result<QByteArray> DaeClientConfig::readSecret() const
{
    // The same file rules as a radius-server's secret (and the same messages).
    RadiusServerConfig asServer;
    asServer.address = address;
    asServer.port = 3799;
    asServer.secretFile = secretFile;
    return asServer.readSecret();
}

} // namespace keyward::radius
