#pragma once

// What a backend says about a sign-in besides the MS-CHAPv2 verdict: which backend
// answered, and the limits and attributes its server gave the session (RADIUS:
// Session-Timeout, Idle-Timeout, Framed-IP-Address, Class, Reply-Message, the MPPE
// strengths it allows). The local store gives only its name. No secret here.

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>

namespace keyward::signin {

struct SignInGrant
{
    QString backend;                            // "local", "radius", "local (RADIUS down)"
    QString server;                             // the RADIUS server that answered, "ADDR:PORT"
    std::optional<int> sessionTimeoutSeconds;   // ends the session sooner than the policy
    std::optional<int> idleTimeoutSeconds;      // idle limit sooner than the policy
    std::optional<std::uint32_t> framedAddress; // Framed-IP-Address, host order: the tunnel address
    QByteArray radiusClass;                     // Class, to echo in accounting
    std::optional<int> acctInterimSeconds;      // Acct-Interim-Interval, for accounting
    QString replyMessage;
    // MPPE strengths the backend allows, as MS-MPPE-Encryption-Types bits (0x2 40-bit,
    // 0x8 56-bit, 0x4 128-bit), already narrowed to what the local policy allows;
    // nullopt: whatever the policy allows.
    std::optional<std::uint32_t> mppeTypes;
};

} // namespace keyward::signin
