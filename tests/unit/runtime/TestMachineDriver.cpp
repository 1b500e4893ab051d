// The driver that runs the protocol core's machines on the event loop: a machine's
// deadline fires its timer, the timer follows the machine's next deadline, output and
// events reach the owner in order until the machine is quiet, and handlers may pump
// again, stop the driver or delete its owner without harm.

#include "runtime/MachineDriver.h"
#include "runtime/MonotonicClock.h"

#include <QTest>
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

using keyward::protocol::NoDeadline;
using keyward::protocol::Timestamp;
using keyward::runtime::MachineDriver;
using keyward::runtime::monotonicNow;
using namespace std::chrono_literals;

namespace {

// A machine with one timer, like the protocol core's: when its deadline has passed,
// onTimer() sends one packet, reports "timeout" and disarms.
struct FakeMachine
{
    std::vector<int> outgoing;
    std::vector<std::string> events;
    Timestamp deadline = NoDeadline;
    std::vector<Timestamp> timerCalls;

    std::vector<int> takeOutgoing() { return std::exchange(outgoing, {}); }
    std::vector<std::string> takeEvents() { return std::exchange(events, {}); }
    Timestamp nextDeadline() const { return deadline; }
    void onTimer(Timestamp now)
    {
        timerCalls.push_back(now);
        if (now < deadline)
            return;
        deadline = NoDeadline;
        outgoing.push_back(99);
        events.push_back("timeout");
    }
};

// What the daemon's connection or session is to the driver: it owns both.
struct Owner
{
    Owner()
        : driver(
              machine, [this](std::vector<int> out) { outputs.push_back(std::move(out)); },
              [this](const std::string &event) { onEvent(event); })
    {}

    void onEvent(const std::string &event)
    {
        log.push_back(event);
        if (react)
            react(event);
    }

    FakeMachine machine;
    std::vector<std::vector<int>> outputs;
    std::vector<std::string> log;
    std::function<void(const std::string &)> react;
    MachineDriver<FakeMachine> driver;
};

} // namespace

class TestMachineDriver : public QObject
{
    Q_OBJECT

private slots:
    void deadlineFiresTheMachineTimer()
    {
        Owner o;
        const Timestamp deadline = monotonicNow() + 40ms;
        o.machine.deadline = deadline;
        o.driver.pump();
        QCOMPARE(o.driver.armedFor(), deadline);
        QVERIFY(o.machine.timerCalls.empty());

        QTRY_COMPARE_WITH_TIMEOUT(o.log, std::vector<std::string>{"timeout"}, 5000);
        // Called with the clock's time, at or after the deadline (a timer that fires
        // early only re-arms), and what the timer produced went out.
        QVERIFY(!o.machine.timerCalls.empty());
        QVERIFY(o.machine.timerCalls.back() >= deadline);
        QCOMPARE(o.outputs, (std::vector<std::vector<int>>{{99}}));
        QCOMPARE(o.driver.armedFor(), NoDeadline); // the machine has no deadline left
    }

    void rearmingFollowsTheMachine()
    {
        Owner o;
        // Far away first, then the machine moves its deadline closer: the timer follows.
        const Timestamp far = monotonicNow() + 1h;
        o.machine.deadline = far;
        o.driver.pump();
        QCOMPARE(o.driver.armedFor(), far);
        const Timestamp near = monotonicNow() + 30ms;
        o.machine.deadline = near;
        o.driver.pump();
        QCOMPARE(o.driver.armedFor(), near);
        QTRY_COMPARE_WITH_TIMEOUT(o.log.size(), std::size_t(1), 5000);
        QVERIFY(o.machine.timerCalls.back() >= near);

        // A deadline the machine drops is never fired.
        o.machine.deadline = monotonicNow() + 30ms;
        o.driver.pump();
        o.machine.deadline = NoDeadline;
        o.driver.pump();
        QCOMPARE(o.driver.armedFor(), NoDeadline);
        const auto calls = o.machine.timerCalls.size();
        QTest::qWait(150);
        QCOMPARE(o.machine.timerCalls.size(), calls);

        // Nor one it moves later: the timer waits for the new one.
        o.machine.deadline = monotonicNow() + 30ms;
        o.driver.pump();
        const Timestamp later = monotonicNow() + 1h;
        o.machine.deadline = later;
        o.driver.pump();
        QCOMPARE(o.driver.armedFor(), later);
        QTest::qWait(150);
        QCOMPARE(o.machine.timerCalls.size(), calls);
        QCOMPARE(o.log.size(), std::size_t(1));
    }

    void outputThenEventsInOrderUntilQuiet()
    {
        Owner o;
        // Answering "call" makes the machine send and report again, as accepting a
        // call does: the driver goes round until nothing is left.
        o.react = [&o](const std::string &event) {
            if (event == "call") {
                o.machine.outgoing.push_back(2);
                o.machine.events.push_back("call up");
            }
        };
        o.machine.outgoing = {1};
        o.machine.events = {"established", "call"};
        o.driver.pump();
        QCOMPARE(o.log, (std::vector<std::string>{"established", "call", "call up"}));
        QCOMPARE(o.outputs, (std::vector<std::vector<int>>{{1}, {2}}));
    }

    void pumpFromInsideAHandlerDoesNotRecurse()
    {
        Owner o;
        int depth = 0;
        int deepest = 0;
        o.react = [&](const std::string &event) {
            ++depth;
            deepest = std::max(deepest, depth);
            if (event == "a") {
                o.machine.events.push_back("c");
                o.driver.pump(); // e.g. the owner's clearCall() pumps
            }
            --depth;
        };
        o.machine.events = {"a", "b"};
        o.driver.pump();
        QCOMPARE(deepest, 1);
        // "c" came after "b", which was already taken: order kept, each event once.
        QCOMPARE(o.log, (std::vector<std::string>{"a", "b", "c"}));
    }

    void ownerDeletedInsideAHandler()
    {
        auto *owner = new Owner;
        std::vector<std::string> seen;
        owner->react = [&seen, owner](const std::string &event) {
            seen.push_back(event);
            if (event == "die")
                delete owner; // the driver goes with it
        };
        owner->machine.events = {"a", "die", "b"};
        owner->machine.deadline = monotonicNow() + 10ms;
        owner->driver.pump();
        QCOMPARE(seen, (std::vector<std::string>{"a", "die"}));
        QTest::qWait(50); // no timer of the dead driver fires
    }

    void stopEndsDispatchAndDisarms()
    {
        Owner o;
        o.react = [&o](const std::string &event) {
            if (event == "closed")
                o.driver.stop();
        };
        o.machine.events = {"closed", "late"};
        o.machine.deadline = monotonicNow() + 10ms;
        o.driver.pump();
        QCOMPARE(o.log, std::vector<std::string>{"closed"});
        QVERIFY(o.driver.isStopped());
        QCOMPARE(o.driver.armedFor(), NoDeadline);
        QTest::qWait(60);
        QVERIFY(o.machine.timerCalls.empty());
        o.machine.events = {"after"};
        o.driver.pump();
        QCOMPARE(o.log, std::vector<std::string>{"closed"});
    }

    void endlessMachineDoesNotStarveTheLoop()
    {
        Owner o;
        // Every event makes another: one pump stops after kMaxRounds and the rest
        // goes on from the event loop.
        o.react = [&o](const std::string &) { o.machine.events.push_back("more"); };
        o.machine.events = {"more"};
        o.driver.pump();
        QCOMPARE(o.log.size(), std::size_t(MachineDriver<FakeMachine>::kMaxRounds));
        QTRY_VERIFY_WITH_TIMEOUT(
            o.log.size() > std::size_t(2 * MachineDriver<FakeMachine>::kMaxRounds), 5000);
        o.driver.stop();
    }
};

QTEST_GUILESS_MAIN(TestMachineDriver)
#include "TestMachineDriver.moc"
