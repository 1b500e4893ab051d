#pragma once

// Gathers the figures of a report from keywardd's store: the policy and its
// deviations from the safe defaults, every account with its credential age and
// expiry, dormant and privileged accounts, sessions by MPPE strength and sign-ins per
// day (session history), lockouts and the admin actions on credentials and sessions
// (audit trail), change windows and their outcomes, the audit chain's verification
// and head, and the expiry forecast.
//
// An account is privileged when it belongs to one of the groups the report settings
// name (user.groups; "admins" by default).

#include "common/Result.h"
#include "core/ReportData.h"

namespace keyward::core {

class AuditLog;
class Database;
struct Policy;

class ReportBuilder
{
public:
    struct Options
    {
        QString kind = QStringLiteral("full");
        int periodDays = 30;
        int dormantDays = 45;
        QStringList privilegedGroups{QStringLiteral("admins")};
        QString generatedBy;
    };

    static Result<ReportData> gather(Database &database, const AuditLog &audit,
                                     const Policy &policy, const Options &options,
                                     const QDateTime &now);
};

} // namespace keyward::core
