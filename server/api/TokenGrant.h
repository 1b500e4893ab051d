#pragma once

// What keywardd's token store says about a token a remote console presented: who it
// is and what it may do, or why it is refused. Never holds the token itself.

#include "api/AdminRole.h"

#include <QString>

namespace keyward::api {

struct TokenGrant
{
    enum class Verdict
    {
        Granted,
        Unknown,         // no such token (wrong, revoked, or not a token at all)
        Expired,         // its expiry has passed
        SourceNotAllowed // presented from an address outside its allowed networks
    };

    Verdict verdict = Verdict::Unknown;
    QString name; // the token's name when it is known (empty for Unknown)
    AdminRole role = AdminRole::Auditor;
    qint64 expiresAt = 0; // Unix seconds; 0: never

    bool granted() const { return verdict == Verdict::Granted; }
    // Why it was refused, in words for the remote admin and the log (no secret).
    QString refusal() const
    {
        switch (verdict) {
        case Verdict::Granted:
            return {};
        case Verdict::Expired:
            return QStringLiteral("API token '%1' has expired; create a new one on the server "
                                  "with: keywardctl token create NAME")
                .arg(name);
        case Verdict::SourceNotAllowed:
            return QStringLiteral("API token '%1' may not be used from this address").arg(name);
        case Verdict::Unknown:
            break;
        }
        return QStringLiteral("a valid API token is needed; create one on the server with: "
                              "keywardctl token create NAME");
    }
};

} // namespace keyward::api
