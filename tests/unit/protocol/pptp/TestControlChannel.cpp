// The control channel under both PPTP control connections: the stream framed the same
// however TCP splits it, anything malformed closing cleanly with its reason, the Echo
// keepalive, and the Stop-Control-Connection exchange.

#include "PptpTestHelpers.h"
#include "pptp/ControlChannel.h"

#include <QTest>

using namespace keyward::protocol;
using namespace keyward::protocol::pptp;
using pptptest::at;
using pptptest::only;
using State = ControlChannel::State;

namespace {

// Stands for the PAC or PNS connection: records what the channel hands up, and
// reports a call ending when the channel closes (as the real owners do).
class RecordingHandler : public ControlChannel::Handler
{
public:
    void onMessage(const ControlMessage &message, Timestamp now) override
    {
        messages.push_back(message);
        times.push_back(now);
    }

    void onClosing(const std::string &reason, bool byPeer) override
    {
        ++closings;
        if (channel)
            channel->report(
                CallCleared{7, 8, byPeer, "control connection closed: " + reason, std::nullopt});
    }

    ControlChannel *channel = nullptr;
    std::vector<ControlMessage> messages;
    std::vector<Timestamp> times;
    int closings = 0;
};

struct Fixture
{
    explicit Fixture(ControlChannel::Config config = defaultConfig()) : channel(handler, config)
    {
        handler.channel = &channel;
    }

    static ControlChannel::Config defaultConfig()
    {
        ControlChannel::Config c;
        c.peerName = "PNS";
        return c;
    }

    void openAt(Timestamp now)
    {
        channel.open(now + std::chrono::seconds(30), "no SCCRQ within 30.0 s");
    }

    void establishedAt(Timestamp now)
    {
        openAt(now);
        channel.established(now);
    }

    std::vector<ControlMessage> feed(const ControlMessage &message, Timestamp now)
    {
        channel.onBytes(encodeControlMessage(message), now);
        return decodeAll(channel.takeOutgoing());
    }

    static std::vector<ControlMessage> decodeAll(const std::vector<Bytes> &out)
    {
        std::vector<ControlMessage> messages;
        for (const Bytes &b : out) {
            auto d = decodeControlMessage(b);
            if (!d)
                qFatal("the channel sent an undecodable message: %s", d.message().c_str());
            messages.push_back(*d);
        }
        return messages;
    }

    RecordingHandler handler;
    ControlChannel channel;
};

StartControlConnectionRequest sccrq()
{
    StartControlConnectionRequest m;
    m.framingCapabilities = 1;
    m.bearerCapabilities = 1;
    m.hostName = "client";
    m.vendor = "Microsoft";
    return m;
}

OutgoingCallRequest ocrq(std::uint16_t callId)
{
    OutgoingCallRequest m;
    m.callId = callId;
    m.callSerialNumber = 9;
    m.minimumBps = 300;
    m.maximumBps = 100000000;
    m.bearerType = 3;
    m.framingType = 3;
    m.receiveWindowSize = 64;
    m.phoneNumber = "5551234";
    m.phoneNumberLength = 7;
    return m;
}

// A stream of messages of different lengths, as a PNS would send them back to back.
std::vector<ControlMessage> sampleMessages()
{
    return {sccrq(), ocrq(40265), SetLinkInfo{40265, 0, 0xffffffff}, CallClearRequest{40265},
            ocrq(2)};
}

Bytes concatenate(const std::vector<ControlMessage> &messages)
{
    Bytes stream;
    for (const auto &m : messages) {
        Bytes b = encodeControlMessage(m);
        stream.insert(stream.end(), b.begin(), b.end());
    }
    return stream;
}

} // namespace

class TestControlChannel : public QObject
{
    Q_OBJECT

private:
    // Feeds `stream` cut at the given chunk lengths (the last chunk takes the rest)
    // and checks that the handler got exactly `expected`, in order.
    static bool sameMessagesWhenSplit(const Bytes &stream, const std::vector<std::size_t> &cuts,
                                      const std::vector<ControlMessage> &expected)
    {
        Fixture f;
        f.openAt(at(0));
        std::size_t pos = 0;
        for (std::size_t cut : cuts) {
            const std::size_t n = std::min(cut, stream.size() - pos);
            f.channel.onBytes(ByteView(stream).subspan(pos, n), at(1));
            pos += n;
        }
        f.channel.onBytes(ByteView(stream).subspan(pos), at(1));
        return f.handler.messages == expected && f.channel.state() == State::Handshake &&
               f.channel.takeEvents().empty();
    }

private slots:
    void framingIsTheSameAcrossEverySplit()
    {
        const auto messages = sampleMessages();
        const Bytes stream = concatenate(messages);

        // One read, and every two-chunk split.
        for (std::size_t first = 0; first <= stream.size(); ++first)
            QVERIFY2(sameMessagesWhenSplit(stream, {first}, messages),
                     qPrintable(QStringLiteral("split after %1 octets").arg(first)));

        // One octet at a time.
        QVERIFY(
            sameMessagesWhenSplit(stream, std::vector<std::size_t>(stream.size(), 1), messages));

        // Arbitrary chunkings, the same ones every run.
        std::uint32_t seed = 0x4b657977;
        for (int run = 0; run < 200; ++run) {
            std::vector<std::size_t> cuts;
            for (std::size_t total = 0; total < stream.size();) {
                seed = seed * 1103515245u + 12345u;
                const std::size_t n = (seed >> 16) % 97;
                cuts.push_back(n);
                total += n;
            }
            QVERIFY2(sameMessagesWhenSplit(stream, cuts, messages),
                     qPrintable(QStringLiteral("chunking run %1").arg(run)));
        }
    }

    void bytesBeforeOpenAreIgnored()
    {
        Fixture f;
        f.channel.onBytes(encodeControlMessage(sccrq()), at(0));
        QVERIFY(f.handler.messages.empty());
        QCOMPARE(f.channel.state(), State::Idle);
        QCOMPARE(f.channel.nextDeadline(), NoDeadline);
    }

    void malformedMessageClosesWithTheReason()
    {
        Fixture f;
        f.openAt(at(0));
        // A good message, then one with a wrong magic cookie, in one read.
        Bytes good = encodeControlMessage(sccrq());
        Bytes bad = encodeControlMessage(ocrq(5));
        bad[4] = 0; // magic cookie 0x002B3C4D
        Bytes stream = good;
        stream.insert(stream.end(), bad.begin(), bad.end());
        f.channel.onBytes(stream, at(1));

        QCOMPARE(f.handler.messages.size(), std::size_t(1)); // the good one only
        QVERIFY(f.channel.takeOutgoing().empty());
        QCOMPARE(f.channel.state(), State::Closed);
        QCOMPARE(f.handler.closings, 1);
        auto events = f.channel.takeEvents();
        QCOMPARE(events.size(), std::size_t(3));
        // Why, then what ended with the connection, then the close itself.
        PPTP_VERIFY_CONTAINS(std::get<ProtocolError>(events[0]).reason,
                             "bad magic cookie 0x002B3C4D");
        QVERIFY(std::holds_alternative<CallCleared>(events[1]));
        const auto &closed = std::get<ControlClosed>(events[2]);
        QCOMPARE(closed.reason, std::get<ProtocolError>(events[0]).reason);
        QVERIFY(!closed.byPeer);
        QCOMPARE(f.channel.nextDeadline(), NoDeadline);

        // Nothing is processed after the close.
        f.channel.onBytes(encodeControlMessage(ocrq(6)), at(2));
        f.channel.onTimer(at(1000));
        QCOMPARE(f.handler.messages.size(), std::size_t(1));
        QVERIFY(f.channel.takeEvents().empty());
        QVERIFY(f.channel.takeOutgoing().empty());
    }

    void hostileLengthClosesBeforeTheBodyArrives()
    {
        Fixture f;
        f.establishedAt(at(0));
        const std::uint8_t hostile[] = {0xff, 0xff};
        f.channel.onBytes(hostile, at(1));
        QCOMPARE(f.channel.state(), State::Closed);
        auto closed = only<ControlClosed>(f.channel.takeEvents());
        QCOMPARE(closed.size(), std::size_t(1));
        PPTP_VERIFY_CONTAINS(closed[0].reason, "length field 65535");
    }

    void handshakeDeadlineClosesWithTheOwnersReason()
    {
        Fixture f;
        f.openAt(at(10));
        QCOMPARE(f.channel.nextDeadline(), at(40));
        f.channel.onTimer(at(39.999));
        QCOMPARE(f.channel.state(), State::Handshake);
        f.channel.onTimer(at(40));
        QCOMPARE(f.channel.state(), State::Closed);
        auto closed = only<ControlClosed>(f.channel.takeEvents());
        QCOMPARE(closed.size(), std::size_t(1));
        QCOMPARE(closed[0].reason, std::string("no SCCRQ within 30.0 s"));
        QVERIFY(f.channel.takeOutgoing().empty());
    }

    void echoesBeforeTheHandshakeGoToTheOwner()
    {
        Fixture f;
        f.openAt(at(0));
        QVERIFY(f.feed(EchoRequest{5}, at(1)).empty());
        QCOMPARE(f.handler.messages.size(), std::size_t(1));
        QVERIFY(std::holds_alternative<EchoRequest>(f.handler.messages[0]));
    }

    void keepaliveSendsEchoAfterIdleAndClosesWithoutReply()
    {
        Fixture f;
        f.establishedAt(at(0));
        QCOMPARE(f.channel.nextDeadline(), at(60));
        f.channel.onTimer(at(59.999));
        QVERIFY(f.channel.takeOutgoing().empty());
        f.channel.onTimer(at(60));
        auto sent = Fixture::decodeAll(f.channel.takeOutgoing());
        QCOMPARE(sent.size(), std::size_t(1));
        QVERIFY(std::holds_alternative<EchoRequest>(sent[0]));
        QCOMPARE(f.channel.nextDeadline(), at(120));
        f.channel.onTimer(at(119.999));
        QCOMPARE(f.channel.state(), State::Established);
        f.channel.onTimer(at(120));
        QCOMPARE(f.channel.state(), State::Closed);
        auto closed = only<ControlClosed>(f.channel.takeEvents());
        QCOMPARE(closed.size(), std::size_t(1));
        QCOMPARE(closed[0].reason,
                 std::string("no Echo-Reply within 60.0 s: the PNS is unreachable"));
        QCOMPARE(f.handler.closings, 1);
    }

    void answeredEchoKeepsTheChannelAndTrafficPostponesTheNext()
    {
        Fixture f;
        f.establishedAt(at(0));
        f.channel.onTimer(at(60));
        const auto request = std::get<EchoRequest>(Fixture::decodeAll(f.channel.takeOutgoing())[0]);
        QVERIFY(f.feed(EchoReply{request.identifier, EchoResult::Ok, GeneralError::None}, at(70))
                    .empty());
        QVERIFY(f.channel.takeEvents().empty());
        QVERIFY(f.handler.messages.empty()); // the channel's own business
        f.channel.onTimer(at(120));
        QCOMPARE(f.channel.state(), State::Established);
        QCOMPARE(f.channel.nextDeadline(), at(130));
        f.feed(ocrq(1), at(125)); // any message counts as life
        QCOMPARE(f.channel.nextDeadline(), at(185));
    }

    void wrongEchoReplyIsReportedAndDoesNotSatisfy()
    {
        Fixture f;
        f.establishedAt(at(0));
        f.channel.onTimer(at(60));
        const auto request = std::get<EchoRequest>(Fixture::decodeAll(f.channel.takeOutgoing())[0]);
        f.feed(EchoReply{request.identifier + 1, EchoResult::Ok, GeneralError::None}, at(61));
        QCOMPARE(only<ProtocolError>(f.channel.takeEvents()).size(), std::size_t(1));
        QCOMPARE(f.channel.state(), State::Established);
        f.channel.onTimer(at(120));
        QCOMPARE(f.channel.state(), State::Closed);
    }

    void peerEchoIsAnsweredWithItsIdentifier()
    {
        Fixture f;
        f.establishedAt(at(0));
        auto replies = f.feed(EchoRequest{0xabcdef01}, at(5));
        QCOMPARE(replies.size(), std::size_t(1));
        const auto &reply = std::get<EchoReply>(replies[0]);
        QCOMPARE(reply.identifier, std::uint32_t(0xabcdef01));
        QCOMPARE(reply.resultCode, EchoResult::Ok);
        QVERIFY(f.handler.messages.empty());
    }

    void ourStopWaitsForTheReplyAndIgnoresCallTraffic()
    {
        Fixture f;
        f.establishedAt(at(0));
        f.channel.stop(StopReason::LocalShutdown, at(5));
        auto sent = Fixture::decodeAll(f.channel.takeOutgoing());
        QCOMPARE(sent.size(), std::size_t(1));
        QCOMPARE(std::get<StopControlConnectionRequest>(sent[0]).reason, StopReason::LocalShutdown);
        QCOMPARE(f.channel.state(), State::Stopping);
        QCOMPARE(f.channel.nextDeadline(), at(15)); // no keepalive while stopping

        QVERIFY(f.feed(ocrq(3), at(6)).empty());
        QVERIFY(f.handler.messages.empty());
        QCOMPARE(f.feed(EchoRequest{4}, at(6)).size(), std::size_t(1));

        f.feed(StopControlConnectionReply{StopResult::Ok, GeneralError::None}, at(7));
        QCOMPARE(f.channel.state(), State::Closed);
        auto closed = only<ControlClosed>(f.channel.takeEvents());
        QCOMPARE(closed.size(), std::size_t(1));
        QVERIFY(!closed[0].byPeer);
        QCOMPARE(closed[0].reason, std::string("control connection stopped"));
    }

    void ourStopTimesOut()
    {
        Fixture f;
        f.establishedAt(at(0));
        f.channel.stop(StopReason::None, at(5));
        f.channel.onTimer(at(14.999));
        QCOMPARE(f.channel.state(), State::Stopping);
        f.channel.onTimer(at(15));
        QCOMPARE(f.channel.state(), State::Closed);
        PPTP_VERIFY_CONTAINS(only<ControlClosed>(f.channel.takeEvents()).at(0).reason,
                             "no StopCCRP within 10.0 s");
    }

    void peerStopIsAnsweredAndClosesByPeer()
    {
        Fixture f;
        f.establishedAt(at(0));
        auto replies = f.feed(StopControlConnectionRequest{StopReason::LocalShutdown}, at(2));
        QCOMPARE(replies.size(), std::size_t(1));
        QCOMPARE(std::get<StopControlConnectionReply>(replies[0]).resultCode, StopResult::Ok);
        QCOMPARE(f.channel.state(), State::Closed);
        auto events = f.channel.takeEvents();
        QVERIFY(only<CallCleared>(events).at(0).byPeer);
        auto closed = only<ControlClosed>(events);
        QCOMPARE(closed.size(), std::size_t(1));
        QVERIFY(closed[0].byPeer);
        PPTP_VERIFY_CONTAINS(closed[0].reason, "the PNS stopped the control connection");
        PPTP_VERIFY_CONTAINS(closed[0].reason, "requester is being shut down");
    }

    void unaskedStopReplyIsFatal()
    {
        Fixture f;
        f.establishedAt(at(0));
        f.feed(StopControlConnectionReply{StopResult::Ok, GeneralError::None}, at(2));
        QCOMPARE(f.channel.state(), State::Closed);
        auto events = f.channel.takeEvents();
        QCOMPARE(only<ProtocolError>(events).size(), std::size_t(1));
        PPTP_VERIFY_CONTAINS(only<ControlClosed>(events).at(0).reason, "did not ask to stop");
    }

    void closeHappensOnce()
    {
        Fixture f;
        f.establishedAt(at(0));
        f.channel.close("admin", false);
        f.channel.close("again", true);
        f.channel.fail("and again");
        QCOMPARE(f.handler.closings, 1);
        auto events = f.channel.takeEvents();
        QCOMPARE(only<ControlClosed>(events).size(), std::size_t(1));
        QVERIFY(only<ProtocolError>(events).empty());
    }
};

QTEST_GUILESS_MAIN(TestControlChannel)
#include "TestControlChannel.moc"
