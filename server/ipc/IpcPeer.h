#pragma once

// Who is at the other end of an admin connection and what they may do. A local peer
// is known from the kernel: its uid and primary gid (SO_PEERCRED) and its
// supplementary groups (SO_PEERGROUPS), as they were when it connected, so nothing
// is looked up in /etc/group and a process that dropped a group has dropped its
// rights too. Root and the daemon's own user are admins; otherwise the strongest
// role among its groups counts:
//
//   keyward           admin
//   keyward-operator  operator
//   keyward-auditor   auditor
//
// Anybody else is refused. A remote peer is known by its API token, which carries
// the role.

#include "api/AdminRole.h"

#include <QString>
#include <sys/types.h>
#include <vector>

namespace keyward::ipc {

struct IpcPeer
{
    // The gids that give a local peer each role (-1: no such group on this system).
    struct RoleGroups
    {
        gid_t admin = static_cast<gid_t>(-1);
        gid_t operators = static_cast<gid_t>(-1);
        gid_t auditors = static_cast<gid_t>(-1);
        QString adminName;
        QString operatorName;
        QString auditorName;

        // The groups of these names as the system knows them now.
        static RoleGroups named(const QString &admin, const QString &operators,
                                const QString &auditors);
    };

    pid_t pid = -1;
    uid_t uid = static_cast<uid_t>(-1);
    gid_t gid = static_cast<gid_t>(-1);
    std::vector<gid_t> groups; // supplementary, from the kernel
    QString userName;          // the token's name for a remote peer
    bool authorized = false;
    api::AdminRole role = api::AdminRole::Auditor; // meaningful once authorized
    QString refusal;                               // why not authorized
    QString remoteAddress; // set for TLS clients, who are known by their API token
    qint64 expiresAt = 0;  // the token's expiry (Unix seconds), 0: never

    // "alice (uid 1000)": what the audit trail records as the admin.
    QString identity() const;
    bool remote() const { return !remoteAddress.isEmpty(); }
    api::AdminChannel channel() const
    {
        return remote() ? api::AdminChannel::Remote : api::AdminChannel::Local;
    }

    // Reads the credentials of a connected Unix socket and decides access and role.
    static IpcPeer fromSocket(int fd, const RoleGroups &roles);
};

} // namespace keyward::ipc
