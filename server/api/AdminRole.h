#pragma once

// Who may call what on the admin API: the three roles, their names on the wire, and
// the one table of which role each method needs. keywardd checks every call against
// it in its dispatch; keywardctl and the console use it to say what a role may do.
//
//   auditor   reads: lists, status, audit, policy, change windows, reports, events
//   operator  auditor + sessions (end, rekey), accounts (reset, unlock, enable,
//             disable) and new reports
//   admin     everything but tokens (backups and the report schedule included)
//
// Token management (token.*) is for a local admin only: over TLS nobody manages
// tokens, so a remote token cannot mint another one. A method the table does not
// know needs admin.

#include <QString>
#include <QStringList>
#include <optional>

namespace keyward::api {

// Weakest to strongest; a role may do everything a weaker one may.
enum class AdminRole
{
    Auditor,
    Operator,
    Admin
};

// How the caller is connected: the Unix socket on the server, or TLS with a token.
enum class AdminChannel
{
    Local,
    Remote
};

// "auditor", "operator", "admin".
QString roleName(AdminRole role);
// The role of that name (exact, lower case), or nullopt.
std::optional<AdminRole> roleFromName(const QString &name);
// Every role name, weakest first (for usage texts and errors).
QStringList roleNames();

// The weakest role that may call `method` (admin for a method the table does not know).
AdminRole roleNeeded(const QString &method);
// The weakest role that may receive `event` (auditor for every event but the
// capture feed, whose packet summaries carry what crossed the wire: admin).
AdminRole roleNeededForEvent(const QString &event);
// Whether `method` may be called over the local socket only (token management).
bool localOnly(const QString &method);
// Whether a caller with `role` on `channel` may call `method`.
bool mayCall(AdminRole role, AdminChannel channel, const QString &method);
// Every method (hello and subscribe included) such a caller may call, sorted: what
// the hello result's "methods" lists.
QStringList methodsFor(AdminRole role, AdminChannel channel);
// Why such a caller may not call `method`, naming its role and the role needed:
// the message of a "forbidden" answer.
QString forbiddenMessage(AdminRole role, AdminChannel channel, const QString &method);

} // namespace keyward::api
