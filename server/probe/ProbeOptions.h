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
    bool json = false;

    static Result<ProbeOptions> parse(const QStringList &arguments, QString stdinText);
    static QString usage();
};

} // namespace keyward::probe
