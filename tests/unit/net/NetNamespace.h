#pragma once

// Moves the calling test process into a fresh network namespace of its own, with
// loopback up, so tests can create devices, routes and raw sockets without touching
// the machine's network. Returns an empty string on success, else why it cannot.

#include <cerrno>
#include <cstring>
#include <net/if.h>
#include <sched.h>
#include <string>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

inline std::string enterFreshNetworkNamespace()
{
    if (::geteuid() != 0)
        return "needs root to create a network namespace (CI runs tests as root)";
    if (::unshare(CLONE_NEWNET) < 0)
        return std::string("unshare(CLONE_NEWNET) failed: ") + std::strerror(errno);
    int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    ifreq ifr{};
    std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
    bool up = fd >= 0 && ::ioctl(fd, SIOCGIFFLAGS, &ifr) == 0 &&
              (ifr.ifr_flags |= IFF_UP, ::ioctl(fd, SIOCSIFFLAGS, &ifr) == 0);
    if (fd >= 0)
        ::close(fd);
    return up ? std::string() : std::string("cannot bring loopback up in the new namespace");
}
