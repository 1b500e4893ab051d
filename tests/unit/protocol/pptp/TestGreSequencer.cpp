// GRE sequencing (RFC 2637 section 4.2): our sequence numbers, the peer's window,
// piggybacked and delayed ack-only acknowledgments, duplicates and reordering
// dropped and counted, and 32-bit wraparound in both directions.

#include "PptpTestHelpers.h"
#include "pptp/GreSequencer.h"

#include <QTest>

using namespace keyward::protocol;
using namespace keyward::protocol::pptp;
using pptptest::at;
using Verdict = GreSequencer::Verdict;

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
        QCOMPARE(s.nextSend().sequence, std::uint32_t(0));
        QCOMPARE(s.nextSend().sequence, std::uint32_t(1));
        QCOMPARE(s.nextSend().sequence, std::uint32_t(2));
        QCOMPARE(s.unacknowledged(), std::uint32_t(3));
    }

    void peerWindowLimitsUnackedPackets()
    {
        GreSequencer s(2, std::chrono::milliseconds(100));
        QVERIFY(s.canSend());
        s.nextSend(); // 0
        s.nextSend(); // 1
        QVERIFY(!s.canSend());
        QCOMPARE(s.onReceive(ack(0), at(0)), Verdict::Accept);
        QCOMPARE(s.unacknowledged(), std::uint32_t(1));
        QVERIFY(s.canSend());
        // An old ack changes nothing; an ack for a packet never sent is ignored and counted.
        s.onReceive(ack(0), at(0));
        QCOMPARE(s.unacknowledged(), std::uint32_t(1));
        s.onReceive(ack(7), at(0));
        QCOMPARE(s.bogusAcks(), std::uint64_t(1));
        QCOMPARE(s.unacknowledged(), std::uint32_t(1));
        s.onReceive(ack(1), at(0));
        QCOMPARE(s.unacknowledged(), std::uint32_t(0));
    }

    void zeroWindowIsTreatedAsOne()
    {
        GreSequencer s(0, std::chrono::milliseconds(100));
        QVERIFY(s.canSend());
        s.nextSend();
        QVERIFY(!s.canSend());
    }

    void ackIsPiggybackedOnData()
    {
        GreSequencer s(64, std::chrono::milliseconds(100));
        QVERIFY(!s.nextSend().acknowledgment);
        QCOMPARE(s.onReceive(data(10), at(0)), Verdict::Accept);
        QCOMPARE(s.onReceive(data(11), at(0.01)), Verdict::Accept);
        QVERIFY(s.ackPending());
        auto numbers = s.nextSend();
        QCOMPARE(numbers.sequence, std::uint32_t(1));
        QVERIFY(numbers.acknowledgment);
        QCOMPARE(*numbers.acknowledgment, std::uint32_t(11));
        QVERIFY(!s.ackPending());
        QVERIFY(!s.nextSend().acknowledgment); // acknowledged once only
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
        QCOMPARE(*s.nextSend().acknowledgment, std::uint32_t(5));
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
        QCOMPARE(*s.nextSend().acknowledgment, std::uint32_t(1));
    }

    void sendWrapsAround()
    {
        GreSequencer s(3, std::chrono::milliseconds(100), 0xfffffffe);
        QCOMPARE(s.nextSend().sequence, std::uint32_t(0xfffffffe));
        QCOMPARE(s.nextSend().sequence, std::uint32_t(0xffffffff));
        QCOMPARE(s.nextSend().sequence, std::uint32_t(0));
        QVERIFY(!s.canSend());
        s.onReceive(ack(0xffffffff), at(0));
        QCOMPARE(s.unacknowledged(), std::uint32_t(1));
        s.onReceive(ack(0xfffffffe), at(0)); // stale
        QCOMPARE(s.unacknowledged(), std::uint32_t(1));
        s.onReceive(ack(1), at(0)); // never sent
        QCOMPARE(s.bogusAcks(), std::uint64_t(1));
        s.onReceive(ack(0), at(0));
        QCOMPARE(s.unacknowledged(), std::uint32_t(0));
        QCOMPARE(s.nextSend().sequence, std::uint32_t(1));
    }
};

QTEST_GUILESS_MAIN(TestGreSequencer)
#include "TestGreSequencer.moc"
