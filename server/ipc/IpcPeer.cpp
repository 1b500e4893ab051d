#include "ipc/IpcPeer.h"

#include <grp.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace keyward::ipc {

QString IpcPeer::identity() const
{
    if (!remoteAddress.isEmpty())
        return QStringLiteral("token %1 from %2")
            .arg(userName.isEmpty() ? QStringLiteral("?") : userName, remoteAddress);
    return QStringLiteral("%1 (uid %2)")
        .arg(userName.isEmpty() ? QStringLiteral("?") : userName)
        .arg(uid);
}

IpcPeer IpcPeer::fromSocket(int fd, const QString &adminGroup)
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
        return peer;
    }
    group grp{};
    group *g = nullptr;
    std::vector<char> gbuf(65536);
    const QByteArray groupName = adminGroup.toLocal8Bit();
    if (::getgrnam_r(groupName.constData(), &grp, gbuf.data(), gbuf.size(), &g) == 0 && g) {
        if (cred.gid == g->gr_gid) {
            peer.authorized = true;
            return peer;
        }
        if (found) {
            int count = 64;
            std::vector<gid_t> groups(count);
            if (::getgrouplist(pwd.pw_name, pwd.pw_gid, groups.data(), &count) < 0) {
                groups.resize(count);
                ::getgrouplist(pwd.pw_name, pwd.pw_gid, groups.data(), &count);
            }
            for (int i = 0; i < count; ++i) {
                if (groups[i] == g->gr_gid) {
                    peer.authorized = true;
                    return peer;
                }
            }
        }
    }
    peer.refusal = QStringLiteral("%1 is not allowed to administer Keyward: only root and "
                                  "members of the '%2' group are (ask an admin to run: "
                                  "usermod -aG %2 %3)")
                       .arg(peer.identity(), adminGroup,
                            peer.userName.isEmpty() ? QStringLiteral("USER") : peer.userName);
    return peer;
}

} // namespace keyward::ipc
