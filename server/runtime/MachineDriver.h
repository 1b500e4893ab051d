#pragma once

// Runs one sans-I/O machine of the protocol core (a PPTP control connection, a PPP
// session) on the Qt event loop, so that its owner only feeds it and reacts to it.
//
// After the owner has fed the machine (bytes, a frame, a close), pump() hands over
// what the machine produced: its output first (to be written or posted), then its
// events one by one; it goes round until a round finds nothing, then arms one QTimer
// for the machine's nextDeadline(). When the timer fires the driver calls
// onTimer(now) with the monotonic clock and pumps again.
//
// The machine needs takeOutgoing() and takeEvents() (each returning a std::vector),
// nextDeadline() (NoDeadline when no timer runs) and onTimer(Timestamp).
//
// Handlers may call back into the driver and may delete its owner:
// - pump() from inside a handler (directly, or through the owner's own methods) does
//   not recurse: the running pump goes round once more, so events keep their order
//   and each is handled once;
// - deleting the driver (with its owner) inside a handler ends the pump at once: no
//   member is touched afterwards;
// - stop() inside a handler ends the pump after that handler; the timer stays off and
//   later pumps do nothing.

#include "common/Time.h"
#include "runtime/MonotonicClock.h"

#include <QTimer>
#include <functional>
#include <utility>
#include <vector>

namespace keyward::runtime {

template <typename Machine> class MachineDriver
{
public:
    using Output = typename decltype(std::declval<Machine &>().takeOutgoing())::value_type;
    using Event = typename decltype(std::declval<Machine &>().takeEvents())::value_type;
    // Everything the machine queued to send, in order, in one batch (never empty).
    using OutputHandler = std::function<void(std::vector<Output> output)>;
    using EventHandler = std::function<void(const Event &event)>;

    // Rounds in one pump before the rest is left to the next turn of the event loop,
    // so a machine that never goes quiet cannot starve everything else.
    static constexpr int kMaxRounds = 32;

    MachineDriver(Machine &machine, OutputHandler onOutput, EventHandler onEvent)
        : m_machine(machine), m_onOutput(std::move(onOutput)), m_onEvent(std::move(onEvent))
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { onTimeout(); });
    }

    ~MachineDriver()
    {
        if (m_destroyed)
            *m_destroyed = true;
    }

    MachineDriver(const MachineDriver &) = delete;
    MachineDriver &operator=(const MachineDriver &) = delete;

    // Hands over the machine's output and events until it is quiet, then re-arms.
    void pump()
    {
        // Called from inside a handler: the running pump goes round again anyway,
        // because the round that called the handler was not empty.
        if (m_stopped || m_pumping)
            return;
        bool destroyed = false;
        m_destroyed = &destroyed;
        m_pumping = true;
        bool quiet = false;
        for (int round = 0; round < kMaxRounds && !quiet && !m_stopped; ++round) {
            auto output = m_machine.takeOutgoing();
            auto events = m_machine.takeEvents();
            quiet = output.empty() && events.empty();
            if (!output.empty()) {
                m_onOutput(std::move(output));
                if (destroyed)
                    return;
            }
            for (const Event &event : events) {
                if (m_stopped)
                    break;
                m_onEvent(event);
                if (destroyed)
                    return;
            }
        }
        m_pumping = false;
        m_destroyed = nullptr;
        if (m_stopped)
            return;
        if (!quiet) {
            // Work is left after kMaxRounds: go on at the next turn of the event loop.
            m_armedFor = protocol::NoDeadline;
            m_timer.start(0);
            return;
        }
        rearm();
    }

    // The owner is done with the machine: no more handlers are called, the timer stops.
    void stop()
    {
        m_stopped = true;
        m_timer.stop();
        m_armedFor = protocol::NoDeadline;
    }

    bool isStopped() const { return m_stopped; }
    // The machine deadline the timer is armed for; NoDeadline when it is not armed.
    protocol::Timestamp armedFor() const { return m_armedFor; }

private:
    void onTimeout()
    {
        if (m_stopped)
            return;
        m_armedFor = protocol::NoDeadline;
        m_machine.onTimer(monotonicNow());
        pump();
    }

    void rearm()
    {
        const protocol::Timestamp next = m_machine.nextDeadline();
        if (next == protocol::NoDeadline) {
            m_timer.stop();
            m_armedFor = protocol::NoDeadline;
            return;
        }
        if (m_timer.isActive() && next == m_armedFor)
            return;
        m_armedFor = next;
        m_timer.start(millisecondsUntil(next));
    }

    Machine &m_machine;
    OutputHandler m_onOutput;
    EventHandler m_onEvent;
    QTimer m_timer;
    protocol::Timestamp m_armedFor = protocol::NoDeadline;
    bool m_pumping = false;
    bool m_stopped = false;
    // Points at a flag on the stack of the running pump, which the destructor sets.
    bool *m_destroyed = nullptr;
};

} // namespace keyward::runtime
