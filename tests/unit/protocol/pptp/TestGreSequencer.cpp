// GRE sequencing (RFC 2637 section 4.2): our sequence numbers, the peer's window
// (advisory below MinimumSendWindow, never stalled by a lost ack), piggybacked and
// prompt ack-only acknowledgments, duplicates, reordering and gaps dropped and
// counted, and 32-bit wraparound in both directions.

#include "PptpTestHelpers.h"
#include "pptp/GreSequencer.h"

#include <QTest>

using namespace keyward::protocol;
using namespace keyward::protocol::pptp;
using pptptest::at;
using Verdict = GreSequencer::Verdict;
constexpr std::uint32_t Floor = GreSequencer::MinimumSendWindow;

namespace {

GrePacket data(std::uint32_t seq)
{
    GrePacket p;
    p.sequence = seq;
    return p;
}

GrePacket ack(std::uint32_t number)
{
    GrePacket p;
    p.acknowledgment = number;
    return p;
}

} // namespace

class TestGreSequencer : public QObject
{
    Q_OBJECT

private slots:
    void sendSequenceNumbersCountUp()
    {
        GreSequencer s(64, std::chrono::milliseconds(100));
        QCOMPARE(s.nextSend(at(0)).sequence, std::uint32_t(0));
        QCOMPARE(s.nextSend(at(0)).sequence, std::uint32_t(1));
        QCOMPARE(s.nextSend(at(0)).sequence, std::uint32_t(2));
        QCOMPARE(s.unacknowledged(), std::uint32_t(3));
    }

    void peerWindowLimitsUnackedPackets()
    {
        // A small advertised window is advisory: the bound is MinimumSendWindow.
        GreSequencer s(2, std::chrono::milliseconds(100));
        QCOMPARE(s.sendWindow(), Floor);
        for (std::uint32_t i = 0; i < Floor; ++i) {
            QVERIFY(s.canSend());
            s.nextSend(at(0));
        }
        QVERIFY(!s.canSend());
        QCOMPARE(s.onReceive(ack(0), at(0)), Verdict::Accept);
        QCOMPARE(s.unacknowledged(), Floor - 1);
        QVERIFY(s.canSend());
        // An old ack changes nothing; an ack for a packet never sent is ignored and counted.
        s.onReceive(ack(0), at(0));
        QCOMPARE(s.unacknowledged(), Floor - 1);
        s.onReceive(ack(Floor + 7), at(0));
        QCOMPARE(s.bogusAcks(), std::uint64_t(1));
        QCOMPARE(s.unacknowledged(), Floor - 1);
        s.onReceive(ack(Floor - 1), at(0));
        QCOMPARE(s.unacknowledged(), std::uint32_t(0));
        // A window larger than the floor is the window.
        GreSequencer large(4000, std::chrono::milliseconds(100));
        QCOMPARE(large.sendWindow(), std::uint32_t(4000));
    }

    void zeroWindowIsTreatedAsTheFloor()
    {
        GreSequencer s(0, std::chrono::milliseconds(100));
        QCOMPARE(s.sendWindow(), Floor);
        for (std::uint32_t i = 0; i < Floor; ++i)
            s.nextSend(at(0));
        QVERIFY(!s.canSend());
    }

    void aLostAckNeverStallsTheWindow()
    {
        GreSequencer s(3, std::chrono::milliseconds(100));
        QCOMPARE(s.windowDeadline(), Timestamp::max());
        for (std::uint32_t i = 0; i < Floor; ++i)
            s.nextSend(at(1));
        QVERIFY(!s.canSend());
        // The timer counts from the first outstanding packet, or the last ack that moved.
        QCOMPARE(s.windowDeadline(), at(1) + GreSequencer::WindowTimeout);
        QVERIFY(!s.expireWindow(Timestamp{1049}));
        s.onReceive(ack(9), Timestamp{1040});
        QCOMPARE(s.windowDeadline(), Timestamp{1040} + GreSequencer::WindowTimeout);
        QVERIFY(!s.expireWindow(Timestamp{1080}));
        QVERIFY(s.expireWindow(Timestamp{1090}));
        QCOMPARE(s.unacknowledged(), std::uint32_t(0));
        QCOMPARE(s.windowTimeouts(), std::uint64_t(1));
        QVERIFY(s.canSend());
        QCOMPARE(s.windowDeadline(), Timestamp::max());
        // An ack that arrives after all is not bogus; it changes nothing.
        s.onReceive(ack(500), at(1.1));
        QCOMPARE(s.bogusAcks(), std::uint64_t(0));
        QCOMPARE(s.unacknowledged(), std::uint32_t(0));
    }

    void ackIsPiggybackedOnData()
    {
        GreSequencer s(64, std::chrono::milliseconds(100));
        QVERIFY(!s.nextSend(at(0)).acknowledgment);
        QCOMPARE(s.onReceive(data(10), at(0)), Verdict::Accept);
        QCOMPARE(s.onReceive(data(11), at(0.01)), Verdict::Accept);
        QVERIFY(s.ackPending());
        auto numbers = s.nextSend(at(0));
        QCOMPARE(numbers.sequence, std::uint32_t(1));
        QVERIFY(numbers.acknowledgment);
        QCOMPARE(*numbers.acknowledgment, std::uint32_t(11));
        QVERIFY(!s.ackPending());
        QVERIFY(!s.nextSend(at(0)).acknowledgment); // acknowledged once only
        QVERIFY(!s.takeAckOnly(at(10)));
    }

    void ackOnlyAfterTheDelay()
    {
        GreSequencer s(64, std::chrono::milliseconds(100));
        QCOMPARE(s.nextDeadline(), Timestamp::max());
        s.onReceive(data(5), at(1));
        // The deadline counts from the first unacknowledged packet.
        s.onReceive(data(6), at(1.05));
        QCOMPARE(s.nextDeadline(), at(1.1));
        QVERIFY(!s.takeAckOnly(at(1.099)));
        auto number = s.takeAckOnly(at(1.1));
        QVERIFY(number);
        QCOMPARE(*number, std::uint32_t(6));
        QCOMPARE(s.nextDeadline(), Timestamp::max());
        QVERIFY(!s.takeAckOnly(at(2)));
    }

    void duplicatesAndReorderedPacketsAreDropped()
    {
        GreSequencer s(64, std::chrono::milliseconds(100));
        QCOMPARE(s.onReceive(data(1), at(0)), Verdict::Accept);
        QCOMPARE(s.onReceive(data(2), at(0)), Verdict::Accept);
        QCOMPARE(s.onReceive(data(2), at(0)), Verdict::Duplicate);
        QCOMPARE(s.onReceive(data(1), at(0)), Verdict::OutOfOrder);
        QCOMPARE(s.onReceive(data(5), at(0)), Verdict::Accept); // 3 and 4 lost
        QCOMPARE(s.onReceive(data(3), at(0)), Verdict::OutOfOrder);
        QCOMPARE(s.accepted(), std::uint64_t(3));
        QCOMPARE(s.duplicates(), std::uint64_t(1));
        QCOMPARE(s.outOfOrder(), std::uint64_t(2));
        QCOMPARE(*s.nextSend(at(0)).acknowledgment, std::uint32_t(5));
    }

    void ackOnlyIsDueAtOnceWhenSeveralAreOwed()
    {
        GreSequencer s(64, std::chrono::milliseconds(20));
        for (std::uint32_t i = 0; i + 1 < GreSequencer::AckEvery; ++i)
            s.onReceive(data(i), at(1));
        QCOMPARE(s.acksOwed(), GreSequencer::AckEvery - 1);
        QVERIFY(!s.takeAckOnly(at(1)));
        s.onReceive(data(GreSequencer::AckEvery - 1), Timestamp{1001});
        QCOMPARE(s.nextDeadline(), Timestamp{1001});
        auto number = s.takeAckOnly(Timestamp{1001});
        QVERIFY(number);
        QCOMPARE(*number, GreSequencer::AckEvery - 1);
        QCOMPARE(s.acksOwed(), std::uint32_t(0));
    }

    void lostCountsGapsNeverFilled()
    {
        GreSequencer s(64, std::chrono::milliseconds(100));
        s.onReceive(data(10), at(0));
        s.onReceive(data(14), at(0)); // 11, 12, 13 skipped
        QCOMPARE(s.lost(), std::uint64_t(3));
        QCOMPARE(s.onReceive(data(12), at(0)), Verdict::OutOfOrder); // a gap filled, late
        QCOMPARE(s.lost(), std::uint64_t(2));
        QCOMPARE(s.onReceive(data(12), at(0)), Verdict::OutOfOrder); // again: fills nothing
        QCOMPARE(s.lost(), std::uint64_t(2));
        QCOMPARE(s.onReceive(data(14), at(0)), Verdict::Duplicate);
        QCOMPARE(s.outOfOrder(), std::uint64_t(2));
        QCOMPARE(s.duplicates(), std::uint64_t(1));
        QCOMPARE(s.onReceive(data(9), at(0)), Verdict::OutOfOrder); // before the first: no gap
        QCOMPARE(s.lost(), std::uint64_t(2));
        s.onReceive(data(1000), at(0)); // a long jump
        QCOMPARE(s.lost(), std::uint64_t(2 + 985));
        QCOMPARE(s.onReceive(data(999), at(0)), Verdict::OutOfOrder);
        QCOMPARE(s.lost(), std::uint64_t(2 + 984));
        QCOMPARE(s.accepted(), std::uint64_t(3));
    }

    void ackOnlyPacketsAreNeverDropped()
    {
        GreSequencer s(64, std::chrono::milliseconds(100));
        s.onReceive(data(3), at(0));
        QCOMPARE(s.onReceive(ack(0), at(0)), Verdict::Accept);
        QCOMPARE(s.accepted(), std::uint64_t(1));
    }

    void receiveWrapsAround()
    {
        GreSequencer s(64, std::chrono::milliseconds(100));
        QCOMPARE(s.onReceive(data(0xfffffffe), at(0)), Verdict::Accept);
        QCOMPARE(s.onReceive(data(0xffffffff), at(0)), Verdict::Accept);
        QCOMPARE(s.onReceive(data(0), at(0)), Verdict::Accept);
        QCOMPARE(s.onReceive(data(1), at(0)), Verdict::Accept);
        QCOMPARE(s.onReceive(data(0xffffffff), at(0)), Verdict::OutOfOrder);
        QCOMPARE(s.onReceive(data(1), at(0)), Verdict::Duplicate);
        QCOMPARE(*s.nextSend(at(0)).acknowledgment, std::uint32_t(1));
    }

    void sendWrapsAround()
    {
        GreSequencer s(3, std::chrono::milliseconds(100), 0xfffffffe);
        QCOMPARE(s.nextSend(at(0)).sequence, std::uint32_t(0xfffffffe));
        QCOMPARE(s.nextSend(at(0)).sequence, std::uint32_t(0xffffffff));
        QCOMPARE(s.nextSend(at(0)).sequence, std::uint32_t(0));
        for (std::uint32_t i = 3; i < Floor; ++i)
            s.nextSend(at(0));
        QVERIFY(!s.canSend());
        s.onReceive(ack(0xffffffff), at(0));
        QCOMPARE(s.unacknowledged(), Floor - 2);
        s.onReceive(ack(0xfffffffe), at(0)); // stale
        QCOMPARE(s.unacknowledged(), Floor - 2);
        s.onReceive(ack(Floor), at(0)); // never sent
        QCOMPARE(s.bogusAcks(), std::uint64_t(1));
        s.onReceive(ack(Floor - 3), at(0));
        QCOMPARE(s.unacknowledged(), std::uint32_t(0));
        QCOMPARE(s.nextSend(at(0)).sequence, Floor - 2);
    }
};

QTEST_GUILESS_MAIN(TestGreSequencer)
#include "TestGreSequencer.moc"
