#pragma once

// Dropping root powers once the privileged resources are open. keywardd opens port
// 1723, the raw GRE socket and the TUN device as root, then keeps only the
// capabilities it still needs at run time (CAP_NET_ADMIN for routes, CAP_NET_RAW
// for the raw socket) and, when a user is named, runs as that user. It also makes
// itself non-dumpable so no core file or ptrace can read keys from its memory.

#include "common/Result.h"

#include <string>
#include <vector>

namespace keyward::net {

class Privileges
{
public:
    // Keeps exactly `capabilities` (CAP_* numbers) in the permitted and effective
    // sets, removes every other one from the bounding set, switches to `user` when
    // not empty, and sets no-new-privs.
    static Status dropTo(const std::vector<int> &capabilities, const std::string &user = {});

    // Forbids core dumps and ptrace attachment (PR_SET_DUMPABLE 0, RLIMIT_CORE 0).
    static Status forbidCoreDumps();

    // The effective capability mask of this process, from /proc/self/status.
    static Result<unsigned long long> effectiveCapabilities();
};

} // namespace keyward::net
