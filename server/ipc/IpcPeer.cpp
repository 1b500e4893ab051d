#include "ipc/IpcPeer.h"

#include <algorithm>
#include <cerrno>
#include <grp.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace keyward::ipc {

namespace {

gid_t groupId(const QString &name)
{
    if (name.isEmpty())
        return static_cast<gid_t>(-1);
    group grp{};
    group *found = nullptr;
    std::vector<char> buf(65536);
    const QByteArray native = name.toLocal8Bit();
    if (::getgrnam_r(native.constData(), &grp, buf.data(), buf.size(), &found) == 0 && found)
        return found->gr_gid;
    return static_cast<gid_t>(-1);
}

// The peer's supplementary groups as the kernel recorded them when it connected.
bool peerGroups(int fd, std::vector<gid_t> *groups)
{
    socklen_t len = 64 * sizeof(gid_t);
    for (int attempt = 0; attempt < 3; ++attempt) {
        groups->resize(len / sizeof(gid_t));
        if (::getsockopt(fd, SOL_SOCKET, SO_PEERGROUPS, groups->data(), &len) == 0) {
            groups->resize(len / sizeof(gid_t));
            return true;
        }
        if (errno != ERANGE)
            return false;
        // len now says how much room the list needs.
    }
    return false;
}

} // namespace

IpcPeer::RoleGroups IpcPeer::RoleGroups::named(const QString &admin, const QString &operators,
                                               const QString &auditors)
{
    RoleGroups roles;
    roles.admin = groupId(admin);
    roles.operators = groupId(operators);
    roles.auditors = groupId(auditors);
    roles.adminName = admin;
    roles.operatorName = operators;
    roles.auditorName = auditors;
    return roles;
}

QString IpcPeer::identity() const
{
    if (!remoteAddress.isEmpty())
        return QStringLiteral("token %1 from %2")
            .arg(userName.isEmpty() ? QStringLiteral("?") : userName, remoteAddress);
    return QStringLiteral("%1 (uid %2)")
        .arg(userName.isEmpty() ? QStringLiteral("?") : userName)
        .arg(uid);
}

IpcPeer IpcPeer::fromSocket(int fd, const RoleGroups &roles)
{
    IpcPeer peer;
    ucred cred{};
    socklen_t len = sizeof cred;
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) < 0) {
        peer.refusal = QStringLiteral("the peer's credentials cannot be read");
        return peer;
    }
    peer.pid = cred.pid;
    peer.uid = cred.uid;
    peer.gid = cred.gid;

    passwd pwd{};
    passwd *found = nullptr;
    std::vector<char> buf(16384);
    if (::getpwuid_r(cred.uid, &pwd, buf.data(), buf.size(), &found) == 0 && found)
        peer.userName = QString::fromLocal8Bit(pwd.pw_name);

    if (cred.uid == 0 || cred.uid == ::geteuid()) {
        peer.authorized = true;
        peer.role = api::AdminRole::Admin;
        return peer;
    }
    if (!peerGroups(fd, &peer.groups)) {
        peer.refusal =
            QStringLiteral("the groups of %1 cannot be read from the kernel").arg(peer.identity());
        return peer;
    }
    auto member = [&](gid_t g) {
        return g != static_cast<gid_t>(-1) &&
               (cred.gid == g ||
                std::find(peer.groups.begin(), peer.groups.end(), g) != peer.groups.end());
    };
    for (const auto &[gid, role] : {std::pair{roles.admin, api::AdminRole::Admin},
                                    std::pair{roles.operators, api::AdminRole::Operator},
                                    std::pair{roles.auditors, api::AdminRole::Auditor}}) {
        if (member(gid)) {
            peer.authorized = true;
            peer.role = role;
            return peer;
        }
    }
    peer.refusal =
        QStringLiteral("%1 is not allowed to administer Keyward: only root and members of the "
                       "groups '%2' (admin), '%3' (operator) and '%4' (auditor) are (ask an "
                       "admin to run, for example: usermod -aG %4 %5, then log in again)")
            .arg(peer.identity(), roles.adminName, roles.operatorName, roles.auditorName,
                 peer.userName.isEmpty() ? QStringLiteral("USER") : peer.userName);
    return peer;
}

} // namespace keyward::ipc
