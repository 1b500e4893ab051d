#pragma once

// Which PPTP client a session came from, as far as the evidence allows: a name
// ("Windows RAS", "pppd/pptp-linux", "MikroTik RouterOS", ... or "unknown"), a
// version when one was seen, whether it is a legacy client, and the evidence.

#include <QString>
#include <QStringList>

namespace keyward::capture {

struct ClientIdentity
{
    QString name = QStringLiteral("unknown");
    QString version;
    bool legacy = false;
    QStringList legacyReasons; // why it is legacy ("offers only 40-bit MPPE", ...)
    QStringList evidence;      // what named it ("SCCRQ vendor \"Linux\"", ...)

    bool operator==(const ClientIdentity &) const = default;
};

} // namespace keyward::capture
