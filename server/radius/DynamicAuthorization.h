#pragma once

// What keywardd does with a checked Disconnect-Request or CoA-Request (RFC 5176): the
// rules, apart from sockets and secrets (DaeListener's).
//
// - Attributes: Keyward acts on User-Name, Acct-Session-Id and Framed-IP-Address (which
//   sessions), NAS-IP-Address and NAS-Identifier (which must be ours), Event-Timestamp,
//   Proxy-State and Message-Authenticator; a CoA-Request also on Session-Timeout,
//   Idle-Timeout and Cisco-AVPair "subscriber:command=reauthenticate" (new keys). Any
//   other attribute is NAK 401 and nothing changes; one given twice is 404; one of the
//   wrong length or value 407; Service-Type (a CoA asking the NAS to fetch its
//   authorization itself) 405; a CoA that asks for no change 404.
// - NAS-IP-Address and NAS-Identifier, when given, must be this keywardd's (403).
// - Every identification attribute given must match a signed-in session; none given is
//   402; no session matching is 503.
// - Disconnect ends every matching session (Admin-Reset, as an admin's disconnect);
//   CoA changes their limits from now (never beyond the policy's) and/or starts a
//   rekey, as the admin rekey does (the client re-authenticates or is disconnected).
// - Every request, acted on or refused, is audited with its source (actor
//   "radius-dae ADDRESS"), what it asked, the sessions it matched and the answer. An
//   action is audited before it happens; when the entry cannot be written nothing
//   happens and the answer is NAK 506.

#include "admin/SessionControl.h"
#include "common/Result.h"
#include "radius/DaeErrorCause.h"
#include "radius/RadiusPacket.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace keyward::radius {

class DynamicAuthorization
{
public:
    // This keywardd as a NAS: what NAS-Identifier and NAS-IP-Address must say.
    struct Nas
    {
        QString identifier;
        quint32 address = 0; // host order; 0: none (a NAS-IP-Address then never matches)
    };

    // Appends one audit entry; an error means it was not written.
    using Audit =
        std::function<Status(const QString &actor, const QString &action, const QString &target,
                             const QString &outcome, const QJsonObject &details)>;

    struct Outcome
    {
        std::optional<DaeErrorCause> nak; // nullopt: ACK
        QString summary;                  // for the log: what was asked and done
    };

    static constexpr const char *DisconnectAction = "radius.disconnect";
    static constexpr const char *CoaAction = "radius.coa";

    DynamicAuthorization(admin::SessionControl &sessions, Nas nas, Audit audit);

    // Decides on `request` (a Disconnect-Request or CoA-Request whose authenticators were
    // checked) from `source` (an address), acts, and says what to answer.
    Outcome handle(const RadiusPacket &request, const QString &source);

private:
    std::optional<DaeErrorCause> checkAttributes(const RadiusPacket &request) const;

    admin::SessionControl &m_sessions;
    Nas m_nas;
    Audit m_audit;
};

} // namespace keyward::radius
