#pragma once

// Who is at the other end of an admin connection, from the kernel (SO_PEERCRED),
// and whether they may administer: root, the daemon's own user, and members of the
// `keyward` group may; everybody else is refused.

#include <QString>
#include <sys/types.h>

namespace keyward::ipc {

struct IpcPeer
{
    pid_t pid = -1;
    uid_t uid = static_cast<uid_t>(-1);
    gid_t gid = static_cast<gid_t>(-1);
    QString userName;
    bool authorized = false;
    QString refusal;       // why not authorized
    QString remoteAddress; // set for TLS clients, who are known by their API token

    // "alice (uid 1000)": what the audit trail records as the admin.
    QString identity() const;

    // Reads the credentials of a connected Unix socket and decides access.
    static IpcPeer fromSocket(int fd, const QString &adminGroup);
};

} // namespace keyward::ipc
