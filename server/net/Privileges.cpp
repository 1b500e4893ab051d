#include "net/Privileges.h"

#include "net/SystemError.h"

#include <fstream>
#include <grp.h>
#include <linux/capability.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/resource.h>
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

} // namespace

Status Privileges::dropTo(const std::vector<int> &capabilities, const std::string &user)
{
    unsigned long long keep = 0;
    for (int cap : capabilities)
        keep |= 1ull << cap;

    // Bounding set first, while we still have CAP_SETPCAP.
    for (int cap = 0; cap <= lastCapability(); ++cap) {
        if ((keep & (1ull << cap)) == 0 && ::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) < 0 &&
            errno != EINVAL)
            return fail(systemError("cannot drop capability " + std::to_string(cap) +
                                    " from the bounding set (needs CAP_SETPCAP)"));
    }

    if (!user.empty()) {
        passwd *pw = ::getpwnam(user.c_str());
        if (!pw)
            return fail("cannot run as user '" + user + "': no such user");
        if (::prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0) < 0)
            return fail(systemError("cannot keep capabilities across the user switch"));
        if (::setgroups(0, nullptr) < 0 || ::setgid(pw->pw_gid) < 0 || ::setuid(pw->pw_uid) < 0)
            return fail(systemError("cannot switch to user '" + user + "'"));
    }

    __user_cap_header_struct header{};
    header.version = _LINUX_CAPABILITY_VERSION_3;
    __user_cap_data_struct data[2]{};
    data[0].permitted = data[0].effective = static_cast<__u32>(keep & 0xffffffffu);
    data[1].permitted = data[1].effective = static_cast<__u32>(keep >> 32);
    if (::syscall(SYS_capset, &header, data) < 0)
        return fail(systemError("cannot set the capability sets"));
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
        return fail(systemError("cannot set no-new-privs"));
    return {};
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
