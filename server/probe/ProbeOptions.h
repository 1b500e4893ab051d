#pragma once

// keyward-probe's command line.

#include "common/Result.h"

#include <QString>

namespace keyward::probe {

struct ProbeOptions
{
    QString server;
    quint16 port = 1723;
    QString bindAddress; // local address for TCP and GRE; empty = any
    QString user;
    QString password;
    QString newPassword; // offered when the server says the password must change (E=648)
    int mppeBits = 128;
    bool stateful = false;
    QString pingAddress; // empty: ping the server's tunnel address when --count is given
    int pingCount = 0;
    int pingSize = 56;
    int pingIntervalMs = 200;
    int sessions = 1;
    int sessionsPerSecond = 500; // how fast new sessions arrive
    int durationSeconds = 0;
    int timeoutSeconds = 30;
    // Before the counted pings, echoes every 100 ms until the first answer, for at most
    // this long: a server's interface may come up a moment after IPCP opens (pppd runs
    // ip-up then), and an echo lost to that is not a loss of the tunnel. 0: count from
    // the first echo.
    int settleMs = 3000;
    // Carries real IP: the TUN device gets this name, the session's address and a route
    // to the server's tunnel address, and the session stays up until interrupted (or
    // for --duration). Empty: a device named kwp<N>, closed after the pings.
    QString tunName;
    bool json = false;
    // An already open raw GRE socket to use instead of opening one (keywardd lends its
    // reserved one to a probe it runs without privileges); -1: open one (CAP_NET_RAW).
    int greFd = -1;

    static Result<ProbeOptions> parse(const QStringList &arguments, QString stdinText);
    static QString usage();
};

} // namespace keyward::probe
