#pragma once

// The security policy keywardd enforces, with the bounds an admin may move it in.
// Defaults are the strong settings: MPPE 128-bit only, stateless MPPE, MS-CHAPv2
// only, 12-character passwords from three character classes, 90-day expiry,
// lockout after 5 failures from the user's known addresses, 8-hour sessions.
// Anything weaker is allowed only inside the bounds and is listed by weaknesses() so
// the console can show it in red.

#include "common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace keyward::core {

struct Policy
{
    bool allowMppe40 = false;
    bool allowMppe56 = false;
    bool allowMppe128 = true;
    bool allowStatefulMppe = false;
    // Ask clients for stateful MPPE first (needs allowStatefulMppe); clients that
    // insist on stateless still get it.
    bool preferStatefulMppe = false;
    QStringList authMethods{QStringLiteral("mschapv2")};

    int passwordMinLength = 12;  // 8..128
    int passwordMinClasses = 3;  // 1..4 of lower, upper, digit, other
    int passwordHistory = 5;     // 0..24 previous passwords refused
    int passwordMaxAgeDays = 90; // 30..90
    int lockoutThreshold = 5;    // 3..20 failures
    int lockoutMinutes = 15;     // 1..1440
    // Only failures from an address the user has signed in from count towards the
    // lockout; failures from elsewhere slow down that address instead, so a stranger
    // cannot lock a user out.
    bool lockoutKnownAddressesOnly = true;
    int maxSessionHours = 8;      // 8..24
    int idleTimeoutMinutes = 30;  // 5..480
    int auditRetentionDays = 120; // 90..180

    QJsonObject toJson() const;
    // {"key": {"min": m, "max": n}} for every numeric setting, so an editor can
    // bound its fields the way apply() will.
    static QJsonObject bounds();
    // Applies the keys present in `changes` over this policy; every value is checked
    // against its bounds. The error names the first problem and its key; nothing is
    // changed then.
    Status apply(const QJsonObject &changes);
    // Human descriptions of every setting weaker than the default.
    QStringList weaknesses() const;

    // Checks a candidate password against length and complexity. The error says
    // what is wrong in words for the user.
    Status checkPassword(const QString &password) const;
    static int characterClasses(const QString &password);
};

} // namespace keyward::core
