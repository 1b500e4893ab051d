#pragma once

// Dropping root powers once the privileged resources are open. keywardd opens port
// 1723, the raw GRE socket and the TUN device (with one route for the whole tunnel
// pool) as root; after that it needs no capability at all: sending and receiving on
// sockets and a device that are already open is not a privileged operation. So it
// keeps none, clears the bounding set, switches to its own user (`keyward` when that
// account exists) and stays non-dumpable after the switch, so that no core file and
// no ptrace by that user can read keys from its memory.

#include "common/Result.h"

#include <string>
#include <sys/types.h>
#include <vector>

namespace keyward::net {

class Privileges
{
public:
    struct Account
    {
        std::string name;
        uid_t uid = 0;
        gid_t gid = 0;
    };

    // The account named `name` (NotFound when there is none).
    static Result<Account> account(const std::string &name);

    // Gives `directory` and the regular files directly in it to `owner`, so that
    // keywardd can still write its state once it runs as that user. Symbolic links are
    // not followed and nothing below the directory is touched. Refuses, naming the fix,
    // a directory anyone may write to (such as /tmp), and a directory or file that
    // belongs to a third user or has a second hard link: those were not made by
    // keywardd. Needs CAP_CHOWN.
    static Status handOver(const std::string &directory, const Account &owner);

    // Keeps exactly `capabilities` (CAP_* numbers) in the permitted and effective
    // sets and nothing in the inheritable and ambient sets, removes every other one
    // from the bounding set (when CAP_SETPCAP allows it), switches to `user` when not
    // empty (no supplementary groups; a parent-death signal is kept across the switch,
    // which clears it), sets no-new-privs, and then forbids core dumps:
    // the uid change resets the dumpable flag, so that comes last.
    static Status dropTo(const std::vector<int> &capabilities, const std::string &user = {});

    // Forbids core dumps and ptrace attachment (PR_SET_DUMPABLE 0, RLIMIT_CORE 0).
    static Status forbidCoreDumps();

    // The effective capability mask of this process, from /proc/self/status.
    static Result<unsigned long long> effectiveCapabilities();
};

} // namespace keyward::net
