#pragma once

// Wires two PPP control protocol instances back to back: every packet one queues is
// delivered to the other until both are quiet (bounded, so a ping-pong bug fails the
// test instead of hanging it).

#include "common/Bytes.h"
#include "common/Time.h"
#include "ppp/PppEvent.h"

#include <vector>

namespace keyward::protocol::ppp::test {

struct PipeLog
{
    std::vector<PppEvent> aEvents;
    std::vector<PppEvent> bEvents;
    std::vector<Bytes> aToB;
    std::vector<Bytes> bToA;
    bool quiet = false;
};

inline bool hasEvent(const std::vector<PppEvent> &events, PppEvent::Kind kind)
{
    for (const PppEvent &e : events)
        if (e.kind == kind)
            return true;
    return false;
}

inline std::string eventDetail(const std::vector<PppEvent> &events, PppEvent::Kind kind)
{
    for (const PppEvent &e : events)
        if (e.kind == kind)
            return e.detail;
    return {};
}

template <typename A, typename B> PipeLog pump(A &a, B &b, Timestamp now, int maxRounds = 64)
{
    PipeLog log;
    for (int round = 0; round < maxRounds; ++round) {
        auto fromA = a.takeOutgoing();
        auto fromB = b.takeOutgoing();
        for (auto &e : a.takeEvents())
            log.aEvents.push_back(e);
        for (auto &e : b.takeEvents())
            log.bEvents.push_back(e);
        if (fromA.empty() && fromB.empty()) {
            log.quiet = true;
            return log;
        }
        for (const Bytes &p : fromA) {
            log.aToB.push_back(p);
            b.receive(p, now);
        }
        for (const Bytes &p : fromB) {
            log.bToA.push_back(p);
            a.receive(p, now);
        }
    }
    return log;
}

// Runs a machine's timer at its deadline, as the daemon's driver would. False when no
// timer is armed (nextDeadline() is NoDeadline); otherwise `when` gets the deadline.
template <typename M> bool fireTimer(M &machine, Timestamp *when = nullptr)
{
    const Timestamp due = machine.nextDeadline();
    if (due == NoDeadline)
        return false;
    if (when)
        *when = due;
    machine.onTimer(due);
    return true;
}

template <typename A, typename B> PipeLog bringUp(A &a, B &b, Timestamp now)
{
    a.open(now);
    b.open(now);
    a.up(now);
    b.up(now);
    return pump(a, b, now);
}

} // namespace keyward::protocol::ppp::test
