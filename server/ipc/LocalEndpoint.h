#pragma once

// Where the local keywardd's admin API is: the one place where Keyward's clients
// differ by platform. On Linux it is the Unix socket keywardd makes (mode 0660,
// group keyward). keywardd runs on Linux only, so a Windows console has no local
// server: it manages a Linux keywardd over TLS (a remote profile, or keywardctl
// --remote), and the local name is only what QLocalSocket would look for there, the
// named pipe \\.\pipe\keywardd, which nothing offers.

#include <QString>

namespace keyward::ipc {

class LocalEndpoint
{
public:
    // The socket (or pipe) name a client uses when neither KEYWARD_SOCKET nor a
    // profile names one.
    static QString defaultPath();
    // Whether a keywardd can run on this machine at all (false on Windows).
    static bool serverRunsHere();
};

} // namespace keyward::ipc
