#include "net/Privileges.h"

#include "net/SystemError.h"

#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <grp.h>
#include <linux/capability.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace keyward::net {

namespace {

int lastCapability()
{
    std::ifstream in("/proc/sys/kernel/cap_last_cap");
    int last = 40;
    in >> last;
    return last;
}

class Descriptor
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int fd() const { return m_fd; }

private:
    int m_fd;
};

std::string chownFix(const std::string &path, const Privileges::Account &owner)
{
    return "check it and give it to " + owner.name + " (chown -R " + owner.name + ": " + path +
           "), or start keywardd with --user root to keep root";
}

// One regular file in the state directory, opened without following a link and
// checked on the descriptor that is then changed, so nothing can be swapped in between.
Status handOverFile(int directory, const std::string &path, const char *name,
                    const Privileges::Account &owner)
{
    Descriptor file(
        ::openat(directory, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    if (file.fd() < 0)
        return fail(systemError("cannot open " + path + " to give it to " + owner.name));
    struct stat st
    {
    };
    if (::fstat(file.fd(), &st) < 0)
        return fail(systemError("cannot read the owner of " + path));
    if (!S_ISREG(st.st_mode) || (st.st_uid == owner.uid && st.st_gid == owner.gid))
        return {};
    if (st.st_uid != 0 && st.st_uid != owner.uid)
        return fail(ErrorKind::Forbidden, path + " belongs to uid " + std::to_string(st.st_uid) +
                                              ", neither root nor " + owner.name + ": " +
                                              chownFix(path, owner));
    if (st.st_nlink > 1)
        return fail(ErrorKind::Forbidden,
                    path + " has " + std::to_string(st.st_nlink) +
                        " hard links; keywardd does not make them: " + chownFix(path, owner));
    if (::fchown(file.fd(), owner.uid, owner.gid) < 0)
        return fail(systemError("cannot give " + path + " to " + owner.name));
    return {};
}

} // namespace

Result<Privileges::Account> Privileges::account(const std::string &name)
{
    passwd entry{};
    passwd *found = nullptr;
    std::vector<char> buffer(16384);
    const int error = ::getpwnam_r(name.c_str(), &entry, buffer.data(), buffer.size(), &found);
    if (error != 0)
        return fail(ErrorKind::Unavailable,
                    systemError("cannot look up the user '" + name + "'", error));
    if (!found)
        return fail(ErrorKind::NotFound, "cannot run as user '" + name + "': no such user");
    return Account{name, found->pw_uid, found->pw_gid};
}

Status Privileges::handOver(const std::string &directory, const Account &owner)
{
    Descriptor dir(::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.fd() < 0)
        return fail(ErrorKind::Unavailable,
                    systemError("cannot open the state directory " + directory + " to give it to " +
                                owner.name));
    struct stat st
    {
    };
    if (::fstat(dir.fd(), &st) < 0)
        return fail(systemError("cannot read the owner of " + directory));
    if ((st.st_mode & (S_IWOTH | S_ISVTX)) != 0)
        return fail(ErrorKind::Forbidden,
                    "the state directory " + directory +
                        " may be written by anyone; keywardd keeps its state in a directory of "
                        "its own (state-dir) and does not give this one to " +
                        owner.name);
    if (st.st_uid != 0 && st.st_uid != owner.uid)
        return fail(ErrorKind::Forbidden, "the state directory " + directory + " belongs to uid " +
                                              std::to_string(st.st_uid) + ", neither root nor " +
                                              owner.name + ": " + chownFix(directory, owner));

    DIR *listing = ::fdopendir(::dup(dir.fd()));
    if (!listing)
        return fail(systemError("cannot list the state directory " + directory));
    Status result;
    while (dirent *entry = ::readdir(listing)) {
        const std::string name = entry->d_name;
        if (name == "." || name == "..")
            continue;
        struct stat est
        {
        };
        if (::fstatat(dir.fd(), entry->d_name, &est, AT_SYMLINK_NOFOLLOW) < 0 ||
            !S_ISREG(est.st_mode))
            continue; // links, sockets and subdirectories stay as they are
        if (auto given = handOverFile(dir.fd(), directory + "/" + name, entry->d_name, owner);
            !given) {
            result = given;
            break;
        }
    }
    ::closedir(listing);
    if (!result)
        return result;
    if ((st.st_uid != owner.uid || st.st_gid != owner.gid) &&
        ::fchown(dir.fd(), owner.uid, owner.gid) < 0)
        return fail(
            systemError("cannot give the state directory " + directory + " to " + owner.name));
    return {};
}

Status Privileges::dropTo(const std::vector<int> &capabilities, const std::string &user)
{
    unsigned long long keep = 0;
    for (int cap : capabilities)
        keep |= 1ull << cap;
    if (auto dumps = forbidCoreDumps(); !dumps)
        return dumps;

    // Bounding set first, while we may still have CAP_SETPCAP. A process started
    // without it (not root) cannot shrink the set; no-new-privs below keeps what is
    // left there from coming back through an exec.
    const auto effective = effectiveCapabilities();
    if (effective && (*effective & (1ull << CAP_SETPCAP)) != 0) {
        for (int cap = 0; cap <= lastCapability(); ++cap) {
            if ((keep & (1ull << cap)) == 0 && ::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) < 0 &&
                errno != EINVAL)
                return fail(systemError("cannot drop capability " + std::to_string(cap) +
                                        " from the bounding set"));
        }
    }

    if (!user.empty()) {
        auto who = account(user);
        if (!who)
            return who.error();
        if (::geteuid() == 0 && ::setgroups(0, nullptr) < 0)
            return fail(systemError("cannot drop the supplementary groups"));
        if (who->uid != ::geteuid()) {
            // The switch clears the signal a supervisor asked for when it dies: keep it.
            int parentDeathSignal = 0;
            (void)::prctl(PR_GET_PDEATHSIG, &parentDeathSignal, 0, 0, 0);
            if (::prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0) < 0)
                return fail(systemError("cannot keep capabilities across the user switch"));
            if (::setresgid(who->gid, who->gid, who->gid) < 0 ||
                ::setresuid(who->uid, who->uid, who->uid) < 0)
                return fail(systemError("cannot switch to user '" + user + "'"));
            if (::prctl(PR_SET_KEEPCAPS, 0, 0, 0, 0) < 0)
                return fail(systemError("cannot reset keep-capabilities"));
            if (parentDeathSignal != 0 && ::prctl(PR_SET_PDEATHSIG, parentDeathSignal, 0, 0, 0) < 0)
                return fail(systemError("cannot keep the parent-death signal"));
        }
    }

    __user_cap_header_struct header{};
    header.version = _LINUX_CAPABILITY_VERSION_3;
    __user_cap_data_struct data[2]{};
    data[0].permitted = data[0].effective = static_cast<__u32>(keep & 0xffffffffu);
    data[1].permitted = data[1].effective = static_cast<__u32>(keep >> 32);
    if (::syscall(SYS_capset, &header, data) < 0)
        return fail(systemError("cannot set the capability sets"));
    if (::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) < 0 && errno != EINVAL)
        return fail(systemError("cannot clear the ambient capabilities"));
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
        return fail(systemError("cannot set no-new-privs"));
    // The uid change set the dumpable flag from fs.suid_dumpable: set it again.
    return forbidCoreDumps();
}

Status Privileges::forbidCoreDumps()
{
    rlimit none{0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) < 0)
        return fail(systemError("cannot disable core dumps"));
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) < 0)
        return fail(systemError("cannot mark the process non-dumpable"));
    return {};
}

Result<unsigned long long> Privileges::effectiveCapabilities()
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("CapEff:", 0) == 0)
            return std::stoull(line.substr(7), nullptr, 16);
    }
    return fail("no CapEff line in /proc/self/status");
}

} // namespace keyward::net
