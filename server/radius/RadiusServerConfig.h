#pragma once

// One RADIUS server as keywardd.conf names it, in the order the servers are tried:
//
//   radius-server = 192.0.2.10[:1812] secret-file=/etc/keyward/radius.secret
//                   [message-authenticator=require|auto|no] [acct-port=1813]
//
// The shared secret lives in its own file (owner only, 0600 or stricter) and is read
// when keywardd starts; it never appears in the settings, a log line or an event.

#include "common/Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace keyward::radius {

class RadiusServerConfig
{
public:
    // What an answer must carry (RFC 3579 Message-Authenticator).
    enum class MessageAuthenticator
    {
        Require, // every answer (the default: BlastRADIUS, CVE-2024-3596)
        Auto,    // every answer once one answer carried it
        No,      // checked when present, not required: weak, and logged so
    };

    QHostAddress address;
    quint16 port = 1812;
    quint16 acctPort = 1813; // where RADIUS accounting goes (RFC 2866)
    QString secretFile;
    MessageAuthenticator messageAuthenticator = MessageAuthenticator::Require;

    // Parses the value of one radius-server line.
    [[nodiscard]] static Result<RadiusServerConfig> parse(const QString &spec);
    // "192.0.2.10:1812", for logs.
    QString name() const;
    // The line that parse() reads back (no secret: only the file's name).
    QString toSpec() const;
    static QString toString(MessageAuthenticator mode);

    // Reads the shared secret: refuses a file that group or others may read, an empty
    // one, or one longer than 128 octets. A trailing newline is not part of it.
    [[nodiscard]] Result<QByteArray> readSecret() const;
};

} // namespace keyward::radius
