// keyward-capture: the one Keyward process that opens live packet captures. keywardd
// starts it while it is still root and talks to it over the socket it hands down;
// it keeps CAP_NET_RAW and nothing else, runs as keywardd's user, cannot be traced
// or dumped, and parses only keywardd's start and stop commands: the packets
// themselves are dissected by keywardd, which has no capability at all. This first
// process only supervises: libpcap runs in a worker it forks, so that a worker that
// dies is replaced without keywardd's privileges (CaptureSupervisor).
//
//   keyward-capture --fd N [--user NAME]

#include "capture/live/CaptureSupervisor.h"
#include "net/Privileges.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <linux/capability.h>
#include <string>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    int fd = -1;
    std::string user;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--fd") == 0)
            fd = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--user") == 0)
            user = argv[i + 1];
    }
    if (fd < 3) {
        std::fputs(
            "keyward-capture is started by keywardd (keyward-capture --fd N [--user NAME])\n",
            stderr);
        return 64;
    }
    // Ends with keywardd, and never outlives it as an orphan.
    (void)::prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    if (::getppid() == 1)
        return 0;
    // Nothing but the control socket and the standard streams stays open.
    (void)::syscall(SYS_close_range, static_cast<unsigned>(fd + 1), ~0u, 0u);
    for (int other = 3; other < fd; ++other)
        ::close(other);
    std::signal(SIGPIPE, SIG_IGN);

    if (auto dropped = keyward::net::Privileges::dropTo({CAP_NET_RAW}, user); !dropped) {
        std::fprintf(stderr, "keyward-capture: %s\n", dropped.message().c_str());
        return 1;
    }
    return keyward::capture::live::CaptureSupervisor(fd).run();
}
