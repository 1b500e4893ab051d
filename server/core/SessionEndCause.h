#pragma once

// Why a session ended, in the terms of RFC 2866's Acct-Terminate-Cause that Keyward
// can know. The session's reason (its words for an admin) says more; this is what
// accounting and reports count by. The first cause known wins: a session an admin
// ended stays Admin-Reset even if its control connection then drops.

#include <QString>

namespace keyward::core {

enum class SessionEndCause
{
    Unknown,        // not ended, or ended before a cause was known
    UserRequest,    // the client's LCP Terminate-Request or Call-Clear-Request
    LostCarrier,    // control connection lost, echoes unanswered (dead peer)
    IdleTimeout,    // no traffic for the idle limit
    SessionTimeout, // the policy's maximum length or a RADIUS Session-Timeout
    AdminReset,     // an administrator ended it (or a restore did)
    AdminReboot,    // keywardd stopping
    NasError,       // pool exhausted, no session slot, MPPE refused, a start failure
    NasRequest,     // rekey not answered, deadlines, other ends from the server's side
};

// The Acct-Terminate-Cause value (RFC 2866 §5.10); 0 for Unknown.
constexpr int acctTerminateCause(SessionEndCause cause)
{
    switch (cause) {
    case SessionEndCause::Unknown:
        return 0;
    case SessionEndCause::UserRequest:
        return 1;
    case SessionEndCause::LostCarrier:
        return 2;
    case SessionEndCause::IdleTimeout:
        return 4;
    case SessionEndCause::SessionTimeout:
        return 5;
    case SessionEndCause::AdminReset:
        return 6;
    case SessionEndCause::AdminReboot:
        return 7;
    case SessionEndCause::NasError:
        return 9;
    case SessionEndCause::NasRequest:
        return 10;
    }
    return 0;
}

// RFC 2866's name ("User-Request"), for logs and the session record.
inline QString toString(SessionEndCause cause)
{
    switch (cause) {
    case SessionEndCause::Unknown:
        return QString();
    case SessionEndCause::UserRequest:
        return QStringLiteral("User-Request");
    case SessionEndCause::LostCarrier:
        return QStringLiteral("Lost-Carrier");
    case SessionEndCause::IdleTimeout:
        return QStringLiteral("Idle-Timeout");
    case SessionEndCause::SessionTimeout:
        return QStringLiteral("Session-Timeout");
    case SessionEndCause::AdminReset:
        return QStringLiteral("Admin-Reset");
    case SessionEndCause::AdminReboot:
        return QStringLiteral("Admin-Reboot");
    case SessionEndCause::NasError:
        return QStringLiteral("NAS-Error");
    case SessionEndCause::NasRequest:
        return QStringLiteral("NAS-Request");
    }
    return QString();
}

} // namespace keyward::core
