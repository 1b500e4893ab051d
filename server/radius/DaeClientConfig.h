#pragma once

// One dynamic authorization client (RFC 5176) as keywardd.conf names it: a RADIUS
// server allowed to send Disconnect-Request and CoA-Request to keywardd.
//
//   radius-dae-client = 192.0.2.10 secret-file=/etc/keyward/dae.secret
//                       [message-authenticator=require|auto|no]
//
// Its packets are taken from that address only (any source port: RFC 5176 §2.3 lets
// the client send from any). The shared secret lives in its own file, owner only, read
// once when keywardd starts, with the checks radius-server's secret gets; it never
// appears in the settings, a log line or an event.

#include "common/Result.h"
#include "radius/RadiusServerConfig.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace keyward::radius {

class DaeClientConfig
{
public:
    using MessageAuthenticator = RadiusServerConfig::MessageAuthenticator;

    QHostAddress address;
    QString secretFile;
    // What a request must carry: Require (the default), Auto (once one request did),
    // No (checked when present; weak, and logged so).
    MessageAuthenticator messageAuthenticator = MessageAuthenticator::Require;

    // Parses the value of one radius-dae-client line.
    [[nodiscard]] static Result<DaeClientConfig> parse(const QString &spec);
    // The line that parse() reads back (no secret: only the file's name).
    QString toSpec() const;
    // Reads the shared secret as RadiusServerConfig::readSecret() does.
    [[nodiscard]] Result<QByteArray> readSecret() const;
};

} // namespace keyward::radius
