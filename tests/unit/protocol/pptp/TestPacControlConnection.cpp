// The PAC-side control connection: handshake, keepalive, stop in both directions,
// call setup and clearing, and every wrong-state message closing with a reason.

#include "PptpTestHelpers.h"
#include "pptp/PacControlConnection.h"

#include <QTest>

using namespace keyward::protocol;
using namespace keyward::protocol::pptp;
using pptptest::at;
using pptptest::only;
using pptptest::q;

namespace {

StartControlConnectionRequest windowsSccrq()
{
    StartControlConnectionRequest m;
    m.framingCapabilities = 1;
    m.bearerCapabilities = 1;
    m.firmwareRevision = 0x0a28;
    m.hostName = "WIN-CLIENT";
    m.vendor = "Microsoft";
    return m;
}

OutgoingCallRequest ocrq(std::uint16_t peerCallId)
{
    OutgoingCallRequest m;
    m.callId = peerCallId;
    m.callSerialNumber = 3;
    m.minimumBps = 300;
    m.maximumBps = 100000000;
    m.bearerType = 3;
    m.framingType = 3;
    m.receiveWindowSize = 64;
    m.processingDelay = 0;
    return m;
}

std::vector<ControlMessage> decodeAll(const std::vector<Bytes> &out)
{
    std::vector<ControlMessage> messages;
    for (const Bytes &b : out) {
        auto d = decodeControlMessage(b);
        if (!d)
            qFatal("machine sent an undecodable message: %s", d.message().c_str());
        messages.push_back(*d);
    }
    return messages;
}

} // namespace

class TestPacControlConnection : public QObject
{
    Q_OBJECT

private:
    PacControlConnection::Config config() const
    {
        PacControlConnection::Config c;
        c.hostName = "vpn.example";
        c.vendor = "Keyward";
        c.firmwareRevision = 0x0102;
        c.maxChannels = 8;
        c.maxCalls = 2;
        c.firstCallId = 29546;
        return c;
    }

    // Feeds a message, returns what the machine sent back.
    static std::vector<ControlMessage> feed(PacControlConnection &pac, const ControlMessage &m,
                                            Timestamp now)
    {
        pac.onBytes(encodeControlMessage(m), now);
        return decodeAll(pac.takeOutgoing());
    }

    std::unique_ptr<PacControlConnection> established()
    {
        auto pac = std::make_unique<PacControlConnection>(config());
        pac->start(at(0));
        feed(*pac, windowsSccrq(), at(0));
        pac->takeEvents();
        return pac;
    }

    static std::string closedReason(PacControlConnection &pac)
    {
        auto closed = only<ControlClosed>(pac.takeEvents());
        return closed.size() == 1 ? closed[0].reason : "<no single ControlClosed>";
    }

private slots:
    void handshakeRepliesWithOurIdentity()
    {
        PacControlConnection pac(config());
        QCOMPARE(pac.state(), PacControlConnection::State::Idle);
        pac.start(at(0));
        QCOMPARE(pac.state(), PacControlConnection::State::WaitSccrq);
        auto replies = feed(pac, windowsSccrq(), at(1));
        QCOMPARE(replies.size(), std::size_t(1));
        const auto &sccrp = std::get<StartControlConnectionReply>(replies[0]);
        QCOMPARE(sccrp.protocolVersion, std::uint16_t(0x0100));
        QCOMPARE(sccrp.resultCode, SccrpResult::Success);
        QCOMPARE(sccrp.errorCode, GeneralError::None);
        QCOMPARE(sccrp.maxChannels, std::uint16_t(8));
        QCOMPARE(sccrp.firmwareRevision, std::uint16_t(0x0102));
        QCOMPARE(sccrp.framingCapabilities, std::uint32_t(3));
        QCOMPARE(sccrp.bearerCapabilities, std::uint32_t(3));
        QCOMPARE(q(sccrp.hostName), QStringLiteral("vpn.example"));
        QCOMPARE(q(sccrp.vendor), QStringLiteral("Keyward"));
        QCOMPARE(pac.state(), PacControlConnection::State::Established);
        auto est = only<ControlEstablished>(pac.takeEvents());
        QCOMPARE(est.size(), std::size_t(1));
        QCOMPARE(q(est[0].peerHostName), QStringLiteral("WIN-CLIENT"));
        QCOMPARE(q(est[0].peerVendor), QStringLiteral("Microsoft"));
        QCOMPARE(est[0].peerFirmwareRevision, std::uint16_t(0x0a28));
    }

    void unsupportedVersionIsRefusedAndClosed()
    {
        PacControlConnection pac(config());
        pac.start(at(0));
        auto request = windowsSccrq();
        request.protocolVersion = 0x0200;
        auto replies = feed(pac, request, at(0));
        QCOMPARE(replies.size(), std::size_t(1));
        const auto &sccrp = std::get<StartControlConnectionReply>(replies[0]);
        QCOMPARE(sccrp.resultCode, SccrpResult::VersionNotSupported);
        QCOMPARE(sccrp.protocolVersion, std::uint16_t(0x0100));
        QCOMPARE(pac.state(), PacControlConnection::State::Closed);
        PPTP_VERIFY_CONTAINS(closedReason(pac), "peer protocol version 2.0 not supported");
    }

    void handshakeDeadlineCloses()
    {
        PacControlConnection pac(config());
        pac.start(at(10));
        QCOMPARE(pac.nextDeadline(), at(40));
        pac.onTimer(at(39.9));
        QCOMPARE(pac.state(), PacControlConnection::State::WaitSccrq);
        pac.onTimer(at(40));
        QCOMPARE(pac.state(), PacControlConnection::State::Closed);
        PPTP_VERIFY_CONTAINS(closedReason(pac), "no SCCRQ within 30.0 s");
        QVERIFY(pac.takeOutgoing().empty());
        QCOMPARE(pac.nextDeadline(), Timestamp::max());
    }

    void aConnectionWithoutACallIsClosedAtItsDeadline()
    {
        auto c = config();
        c.callWaitTimeout = std::chrono::seconds(15);
        PacControlConnection pac(c);
        pac.start(at(0));
        feed(pac, windowsSccrq(), at(2));
        pac.takeEvents();
        // The keepalive would wake at 62 s; the call wait ends first.
        QCOMPARE(pac.nextDeadline(), at(17));
        pac.onTimer(at(16.9));
        QCOMPARE(pac.state(), PacControlConnection::State::Established);
        pac.onTimer(at(17));
        QCOMPARE(pac.state(), PacControlConnection::State::Closed);
        PPTP_VERIFY_CONTAINS(closedReason(pac), "no call for 15.0 s on the control connection");
        QCOMPARE(pac.nextDeadline(), Timestamp::max());
    }

    void aCallStopsTheWaitAndItsEndStartsItAgain()
    {
        auto c = config();
        c.callWaitTimeout = std::chrono::seconds(15);
        PacControlConnection pac(c);
        pac.start(at(0));
        feed(pac, windowsSccrq(), at(0));
        feed(pac, ocrq(40265), at(5));
        QVERIFY(pac.acceptCall(29546).ok());
        pac.takeEvents();
        // With a call, only the keepalive (60 s after the last message) wakes it.
        QCOMPARE(pac.nextDeadline(), at(65));
        pac.onTimer(at(30));
        QCOMPARE(pac.state(), PacControlConnection::State::Established);
        // We clear the call without passing the time: the machine asks to be woken
        // at once and starts the wait at the time it is woken.
        QVERIFY(pac.clearCall(29546, CdnResult::AdminShutdown).ok());
        QVERIFY(pac.nextDeadline() <= at(0));
        pac.onTimer(at(40));
        QCOMPARE(pac.nextDeadline(), at(55));
        QCOMPARE(pac.state(), PacControlConnection::State::Established);
        // The peer clears its next call itself: the wait starts at that message.
        feed(pac, ocrq(40266), at(50));
        QVERIFY(pac.acceptCall(29547).ok());
        QCOMPARE(pac.nextDeadline(), at(110));
        feed(pac, CallClearRequest{40266}, at(60));
        pac.takeEvents();
        QCOMPARE(pac.nextDeadline(), at(75));
        pac.onTimer(at(75));
        QCOMPARE(pac.state(), PacControlConnection::State::Closed);
        PPTP_VERIFY_CONTAINS(closedReason(pac), "no call for 15.0 s");
    }

    void aRefusedCallLeavesTheConnectionWaiting()
    {
        auto c = config();
        c.callWaitTimeout = std::chrono::seconds(10);
        PacControlConnection pac(c);
        pac.start(at(0));
        feed(pac, windowsSccrq(), at(0));
        feed(pac, ocrq(7), at(8));
        QCOMPARE(pac.nextDeadline(), at(68)); // a pending call holds the wait off
        QVERIFY(pac.rejectCall(29546, OcrpResult::Busy).ok());
        pac.onTimer(at(9));
        QCOMPARE(pac.nextDeadline(), at(19));
        pac.onTimer(at(19));
        QCOMPARE(pac.state(), PacControlConnection::State::Closed);
    }

    void withoutACallWaitAnIdleConnectionOnlyKeepsAlive()
    {
        auto pac = established(); // callWaitTimeout zero: no limit
        QCOMPARE(pac->nextDeadline(), at(60));
    }

    void messageBeforeSccrqIsFatal()
    {
        PacControlConnection pac(config());
        pac.start(at(0));
        feed(pac, ocrq(5), at(0));
        auto events = pac.takeEvents();
        QCOMPARE(only<ProtocolError>(events).size(), std::size_t(1));
        auto closed = only<ControlClosed>(events);
        QCOMPARE(closed.size(), std::size_t(1));
        QCOMPARE(q(closed[0].reason),
                 QStringLiteral("OCRQ received before SCCRQ: no control connection yet"));
        // Nothing more is processed after the close.
        QVERIFY(feed(pac, windowsSccrq(), at(1)).empty());
        QCOMPARE(pac.state(), PacControlConnection::State::Closed);
    }

    void malformedBytesClose()
    {
        PacControlConnection pac(config());
        pac.start(at(0));
        Bytes wire = windowsSccrq().encode();
        wire[4] = 0; // magic cookie 0x002B3C4D
        pac.onBytes(wire, at(0));
        QVERIFY(pac.takeOutgoing().empty());
        PPTP_VERIFY_CONTAINS(closedReason(pac), "bad magic cookie 0x002B3C4D");
    }

    void hostileLengthCloses()
    {
        auto pac = established();
        const std::uint8_t hostile[] = {0x40, 0x00, 0x00, 0x01};
        pac->onBytes(hostile, at(1));
        QCOMPARE(pac->state(), PacControlConnection::State::Closed);
        PPTP_VERIFY_CONTAINS(closedReason(*pac), "length field 16384");
    }

    void sendsEchoAfterIdleAndClosesWithoutReply()
    {
        auto pac = established(); // last message at t=0
        QCOMPARE(pac->nextDeadline(), at(60));
        pac->onTimer(at(59));
        QVERIFY(pac->takeOutgoing().empty());
        pac->onTimer(at(60));
        auto sent = decodeAll(pac->takeOutgoing());
        QCOMPARE(sent.size(), std::size_t(1));
        QVERIFY(std::holds_alternative<EchoRequest>(sent[0]));
        QCOMPARE(pac->nextDeadline(), at(120));
        pac->onTimer(at(119.999));
        QCOMPARE(pac->state(), PacControlConnection::State::Established);
        pac->onTimer(at(120));
        QCOMPARE(pac->state(), PacControlConnection::State::Closed);
        PPTP_VERIFY_CONTAINS(closedReason(*pac), "no Echo-Reply within 60.0 s");
    }

    void echoReplyKeepsTheConnection()
    {
        auto pac = established();
        pac->onTimer(at(60));
        auto request = std::get<EchoRequest>(decodeAll(pac->takeOutgoing()).at(0));
        feed(*pac, EchoReply{request.identifier, EchoResult::Ok, GeneralError::None}, at(70));
        pac->onTimer(at(120));
        QCOMPARE(pac->state(), PacControlConnection::State::Established);
        QVERIFY(pac->takeOutgoing().empty());
        QCOMPARE(pac->nextDeadline(), at(130));
        pac->onTimer(at(130));
        auto next = std::get<EchoRequest>(decodeAll(pac->takeOutgoing()).at(0));
        QVERIFY(next.identifier != request.identifier);
    }

    void wrongEchoReplyIsReportedButDoesNotSatisfy()
    {
        auto pac = established();
        pac->onTimer(at(60));
        auto request = std::get<EchoRequest>(decodeAll(pac->takeOutgoing()).at(0));
        feed(*pac, EchoReply{request.identifier + 1, EchoResult::Ok, GeneralError::None}, at(61));
        QCOMPARE(only<ProtocolError>(pac->takeEvents()).size(), std::size_t(1));
        pac->onTimer(at(120));
        QCOMPARE(pac->state(), PacControlConnection::State::Closed);
    }

    void anyTrafficPostponesTheEcho()
    {
        auto pac = established();
        feed(*pac, EchoRequest{1}, at(30));
        QCOMPARE(pac->nextDeadline(), at(90));
    }

    void answersPeerEcho()
    {
        auto pac = established();
        auto replies = feed(*pac, EchoRequest{0xabcdef01}, at(5));
        QCOMPARE(replies.size(), std::size_t(1));
        const auto &reply = std::get<EchoReply>(replies[0]);
        QCOMPARE(reply.identifier, std::uint32_t(0xabcdef01));
        QCOMPARE(reply.resultCode, EchoResult::Ok);
    }

    void weStopAndPeerReplies()
    {
        auto pac = established();
        feed(*pac, ocrq(40265), at(1));
        QVERIFY(pac->acceptCall(29546).ok());
        pac->takeOutgoing();
        pac->takeEvents();
        pac->stop(StopReason::LocalShutdown, at(2));
        auto sent = decodeAll(pac->takeOutgoing());
        QCOMPARE(sent.size(), std::size_t(1));
        QCOMPARE(std::get<StopControlConnectionRequest>(sent[0]).reason, StopReason::LocalShutdown);
        QCOMPARE(pac->state(), PacControlConnection::State::WaitStopReply);
        auto cleared = only<CallCleared>(pac->takeEvents());
        QCOMPARE(cleared.size(), std::size_t(1));
        QCOMPARE(cleared[0].callId, std::uint16_t(29546));
        QCOMPARE(pac->callCount(), std::size_t(0));
        // Echoes are still answered while we wait.
        QCOMPARE(feed(*pac, EchoRequest{9}, at(3)).size(), std::size_t(1));
        feed(*pac, StopControlConnectionReply{StopResult::Ok, GeneralError::None}, at(3));
        QCOMPARE(pac->state(), PacControlConnection::State::Closed);
        auto closed = only<ControlClosed>(pac->takeEvents());
        QCOMPARE(closed.size(), std::size_t(1));
        QVERIFY(!closed[0].byPeer);
    }

    void ourStopTimesOut()
    {
        auto pac = established();
        pac->stop(StopReason::None, at(5));
        QCOMPARE(pac->nextDeadline(), at(15));
        pac->onTimer(at(15));
        QCOMPARE(pac->state(), PacControlConnection::State::Closed);
        PPTP_VERIFY_CONTAINS(closedReason(*pac), "no StopCCRP within 10.0 s");
    }

    void peerStops()
    {
        auto pac = established();
        feed(*pac, ocrq(40265), at(1));
        QVERIFY(pac->acceptCall(29546).ok());
        pac->takeOutgoing();
        pac->takeEvents();
        auto replies = feed(*pac, StopControlConnectionRequest{StopReason::LocalShutdown}, at(2));
        QCOMPARE(replies.size(), std::size_t(1));
        const auto &reply = std::get<StopControlConnectionReply>(replies[0]);
        QCOMPARE(reply.resultCode, StopResult::Ok);
        QCOMPARE(pac->state(), PacControlConnection::State::Closed);
        auto events = pac->takeEvents();
        QCOMPARE(only<CallCleared>(events).size(), std::size_t(1));
        QVERIFY(only<CallCleared>(events)[0].byPeer);
        auto closed = only<ControlClosed>(events);
        QCOMPARE(closed.size(), std::size_t(1));
        QVERIFY(closed[0].byPeer);
        PPTP_VERIFY_CONTAINS(closed[0].reason, "requester is being shut down");
    }

    void outgoingCallIsAcceptedWithOurCallId()
    {
        auto pac = established();
        QVERIFY(feed(*pac, ocrq(40265), at(1)).empty()); // waits for our decision
        auto requested = only<CallRequested>(pac->takeEvents());
        QCOMPARE(requested.size(), std::size_t(1));
        QCOMPARE(requested[0].callId, std::uint16_t(29546));
        QCOMPARE(requested[0].peerCallId, std::uint16_t(40265));
        QCOMPARE(requested[0].peerReceiveWindow, std::uint16_t(64));
        QCOMPARE(requested[0].callSerialNumber, std::uint16_t(3));
        QVERIFY(pac->acceptCall(29546).ok());
        auto sent = decodeAll(pac->takeOutgoing());
        QCOMPARE(sent.size(), std::size_t(1));
        const auto &ocrp = std::get<OutgoingCallReply>(sent[0]);
        QCOMPARE(ocrp.callId, std::uint16_t(29546));
        QCOMPARE(ocrp.peerCallId, std::uint16_t(40265));
        QCOMPARE(ocrp.resultCode, OcrpResult::Connected);
        QCOMPARE(ocrp.receiveWindowSize, std::uint16_t(64));
        auto up = only<CallEstablished>(pac->takeEvents());
        QCOMPARE(up.size(), std::size_t(1));
        QCOMPARE(up[0].peerCallId, std::uint16_t(40265));
        QVERIFY(pac->call(29546) && pac->call(29546)->established);
        // Not twice.
        QVERIFY(!pac->acceptCall(29546).ok());
    }

    void outgoingCallCanBeRefused()
    {
        auto pac = established();
        feed(*pac, ocrq(7), at(1));
        pac->takeEvents();
        QVERIFY(!pac->rejectCall(29546, OcrpResult::Connected).ok());
        QVERIFY(pac->rejectCall(29546, OcrpResult::DoNotAccept).ok());
        auto sent = decodeAll(pac->takeOutgoing());
        QCOMPARE(sent.size(), std::size_t(1));
        const auto &ocrp = std::get<OutgoingCallReply>(sent[0]);
        QCOMPARE(ocrp.resultCode, OcrpResult::DoNotAccept);
        QCOMPARE(ocrp.peerCallId, std::uint16_t(7));
        QCOMPARE(pac->callCount(), std::size_t(0));
        QCOMPARE(only<CallRejected>(pac->takeEvents()).size(), std::size_t(1));
    }

    void callsBeyondTheLimitAreRefusedWithNoResource()
    {
        auto pac = established(); // maxCalls = 2
        feed(*pac, ocrq(1), at(1));
        feed(*pac, ocrq(2), at(1));
        auto replies = feed(*pac, ocrq(3), at(1));
        QCOMPARE(replies.size(), std::size_t(1));
        const auto &ocrp = std::get<OutgoingCallReply>(replies[0]);
        QCOMPARE(ocrp.resultCode, OcrpResult::GeneralError);
        QCOMPARE(ocrp.errorCode, GeneralError::NoResource);
        QCOMPARE(ocrp.peerCallId, std::uint16_t(3));
        auto events = pac->takeEvents();
        QCOMPARE(only<CallRequested>(events).size(), std::size_t(2));
        QCOMPARE(only<CallRejected>(events).size(), std::size_t(1));
        QCOMPARE(pac->callCount(), std::size_t(2));
    }

    void duplicatePeerCallIdIsRefused()
    {
        auto pac = established();
        feed(*pac, ocrq(9), at(1));
        auto replies = feed(*pac, ocrq(9), at(1));
        QCOMPARE(std::get<OutgoingCallReply>(replies.at(0)).errorCode, GeneralError::BadCallId);
        QCOMPARE(pac->callCount(), std::size_t(1));
    }

    void peerClearsCallAndGetsCdn()
    {
        auto pac = established();
        feed(*pac, ocrq(40265), at(1));
        QVERIFY(pac->acceptCall(29546).ok());
        pac->takeOutgoing();
        pac->takeEvents();
        auto replies = feed(*pac, CallClearRequest{40265}, at(2));
        QCOMPARE(replies.size(), std::size_t(1));
        const auto &cdn = std::get<CallDisconnectNotify>(replies[0]);
        QCOMPARE(cdn.callId, std::uint16_t(29546)); // the PAC's call id
        QCOMPARE(cdn.resultCode, CdnResult::Request);
        auto cleared = only<CallCleared>(pac->takeEvents());
        QCOMPARE(cleared.size(), std::size_t(1));
        QVERIFY(cleared[0].byPeer);
        QCOMPARE(pac->callCount(), std::size_t(0));
        // A second CCRQ for the same call (say it crossed our CDN) is answered again with
        // that call's id, noted, and changes nothing else.
        replies = feed(*pac, CallClearRequest{40265}, at(3));
        QCOMPARE(replies.size(), std::size_t(1));
        QCOMPARE(std::get<CallDisconnectNotify>(replies[0]).callId, std::uint16_t(29546));
        QCOMPARE(std::get<CallDisconnectNotify>(replies[0]).resultCode, CdnResult::Request);
        auto events = pac->takeEvents();
        QVERIFY(only<ProtocolError>(events).empty());
        QCOMPARE(only<ProtocolNotice>(events).size(), std::size_t(1));
        QVERIFY(only<CallCleared>(events).empty());
        QCOMPARE(pac->state(), PacControlConnection::State::Established);
    }

    void weClearCallWithCdn()
    {
        auto pac = established();
        feed(*pac, ocrq(40265), at(1));
        QVERIFY(pac->acceptCall(29546).ok());
        pac->takeOutgoing();
        pac->takeEvents();
        QVERIFY(pac->clearCall(29546, CdnResult::AdminShutdown, 0x0010, "session expired").ok());
        auto sent = decodeAll(pac->takeOutgoing());
        QCOMPARE(sent.size(), std::size_t(1));
        const auto &cdn = std::get<CallDisconnectNotify>(sent[0]);
        QCOMPARE(cdn.callId, std::uint16_t(29546));
        QCOMPARE(cdn.resultCode, CdnResult::AdminShutdown);
        QCOMPARE(cdn.causeCode, std::uint16_t(0x0010));
        QCOMPARE(q(cdn.callStatistics), QStringLiteral("session expired"));
        auto cleared = only<CallCleared>(pac->takeEvents());
        QCOMPARE(cleared.size(), std::size_t(1));
        QVERIFY(!cleared[0].byPeer);
        QVERIFY(!pac->clearCall(29546, CdnResult::AdminShutdown).ok());
    }

    void setLinkInfoIsRecorded()
    {
        auto pac = established();
        feed(*pac, ocrq(40265), at(1));
        QVERIFY(pac->acceptCall(29546).ok());
        pac->takeEvents();
        feed(*pac, SetLinkInfo{29546, 0x00000000, 0x000a0000}, at(2));
        auto info = only<LinkInfo>(pac->takeEvents());
        QCOMPARE(info.size(), std::size_t(1));
        QCOMPARE(info[0].callId, std::uint16_t(29546));
        QCOMPARE(info[0].receiveAccm, std::uint32_t(0x000a0000));
        QCOMPARE(pac->call(29546)->sendAccm, std::uint32_t(0));
        // Unknown call: reported, connection stays.
        feed(*pac, SetLinkInfo{1, 0, 0}, at(2));
        QCOMPARE(only<ProtocolError>(pac->takeEvents()).size(), std::size_t(1));
        QCOMPARE(pac->state(), PacControlConnection::State::Established);
    }

    void wanErrorNotifyGoesToThePeersCallId()
    {
        auto pac = established();
        feed(*pac, ocrq(40265), at(1));
        QVERIFY(pac->acceptCall(29546).ok());
        pac->takeOutgoing();
        WanErrorNotify counters;
        counters.crcErrors = 4;
        QVERIFY(pac->sendWanErrorNotify(29546, counters).ok());
        auto wen = std::get<WanErrorNotify>(decodeAll(pac->takeOutgoing()).at(0));
        QCOMPARE(wen.peerCallId, std::uint16_t(40265));
        QCOMPARE(wen.crcErrors, std::uint32_t(4));
        QVERIFY(!pac->sendWanErrorNotify(1, counters).ok());
    }

    void incomingCallRequestFromPnsIsRefused()
    {
        auto pac = established();
        IncomingCallRequest icrq;
        icrq.callId = 77;
        auto replies = feed(*pac, icrq, at(1));
        QCOMPARE(replies.size(), std::size_t(1));
        const auto &icrp = std::get<IncomingCallReply>(replies[0]);
        QCOMPARE(icrp.peerCallId, std::uint16_t(77));
        QCOMPARE(icrp.resultCode, IcrpResult::DoNotAccept);
        QCOMPARE(only<ProtocolError>(pac->takeEvents()).size(), std::size_t(1));
        QCOMPARE(pac->state(), PacControlConnection::State::Established);
    }

    void pacOnlyMessagesFromPeerAreFatal_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("SCCRP") << 0;
        QTest::newRow("OCRP") << 1;
        QTest::newRow("ICCN") << 2;
        QTest::newRow("SCCRQ again") << 3;
        QTest::newRow("StopCCRP unasked") << 4;
    }

    void pacOnlyMessagesFromPeerAreFatal()
    {
        QFETCH(int, which);
        const ControlMessage messages[] = {StartControlConnectionReply{}, OutgoingCallReply{},
                                           IncomingCallConnected{}, windowsSccrq(),
                                           StopControlConnectionReply{}};
        auto pac = established();
        feed(*pac, messages[which], at(1));
        QCOMPARE(pac->state(), PacControlConnection::State::Closed);
        auto events = pac->takeEvents();
        QCOMPARE(only<ProtocolError>(events).size(), std::size_t(1));
        QCOMPARE(only<ControlClosed>(events).size(), std::size_t(1));
        QVERIFY(!only<ControlClosed>(events)[0].reason.empty());
    }

    // --- several calls on one connection ---

    void severalCallsShareTheConnectionUpToTheCap()
    {
        auto c = config();
        c.maxCalls = 3;
        c.callWaitTimeout = std::chrono::seconds(15);
        PacControlConnection pac(c);
        pac.start(at(0));
        feed(pac, windowsSccrq(), at(0));
        // pptp-linux puts each pppd's call on the one connection it keeps per server.
        for (std::uint16_t peer : {101, 102, 103}) {
            auto requested = only<CallRequested>((feed(pac, ocrq(peer), at(1)), pac.takeEvents()));
            QCOMPARE(requested.size(), std::size_t(1));
            QVERIFY(pac.acceptCall(requested[0].callId).ok());
            auto ocrp = std::get<OutgoingCallReply>(decodeAll(pac.takeOutgoing()).at(0));
            QCOMPARE(ocrp.resultCode, OcrpResult::Connected);
            QCOMPARE(ocrp.peerCallId, peer);
        }
        QCOMPARE(pac.callCount(), std::size_t(3));
        pac.takeEvents();
        // The fourth is beyond the cap: refused, the others untouched.
        auto replies = feed(pac, ocrq(104), at(2));
        QCOMPARE(std::get<OutgoingCallReply>(replies.at(0)).errorCode, GeneralError::NoResource);
        QCOMPARE(pac.callCount(), std::size_t(3));

        // One call ending (ours, the peer's) leaves the others, and no call wait runs.
        QVERIFY(pac.clearCall(29547, CdnResult::AdminShutdown).ok());
        feed(pac, CallClearRequest{101}, at(3));
        auto events = pac.takeEvents();
        QCOMPARE(only<CallCleared>(events).size(), std::size_t(2));
        QVERIFY(only<ControlClosed>(events).empty());
        QCOMPARE(pac.callCount(), std::size_t(1));
        QVERIFY(pac.call(29548) != nullptr);
        QVERIFY(pac.call(29548)->established);
        QCOMPARE(pac.nextDeadline(), at(63)); // only the keepalive
        pac.onTimer(at(40));
        QCOMPARE(pac.state(), PacControlConnection::State::Established);
        // A call may come again in a freed place.
        feed(pac, ocrq(105), at(41));
        QCOMPARE(only<CallRequested>(pac.takeEvents()).size(), std::size_t(1));
        QCOMPARE(pac.callCount(), std::size_t(2));
        // With the last call gone the connection waits for a call, then closes.
        feed(pac, CallClearRequest{103}, at(42));
        QVERIFY(pac.rejectCall(29549, OcrpResult::Busy).ok());
        pac.takeEvents();
        pac.onTimer(at(43));
        QCOMPARE(pac.nextDeadline(), at(58));
        pac.onTimer(at(58));
        QCOMPARE(pac.state(), PacControlConnection::State::Closed);
    }

    void callIdsComeFromTheOwnersSource()
    {
        // The daemon reserves ids across all its connections; the machine takes them.
        std::vector<std::uint16_t> ids = {0, 9000, 7};
        auto c = config();
        c.maxCalls = 4;
        c.callIdSource = [&ids] {
            const std::uint16_t id = ids.back();
            ids.pop_back();
            return id;
        };
        PacControlConnection pac(c);
        pac.start(at(0));
        feed(pac, windowsSccrq(), at(0));
        feed(pac, ocrq(1), at(1));
        feed(pac, ocrq(2), at(1));
        auto requested = only<CallRequested>(pac.takeEvents());
        QCOMPARE(requested.size(), std::size_t(2));
        QCOMPARE(requested[0].callId, std::uint16_t(7));
        QCOMPARE(requested[1].callId, std::uint16_t(9000));
        pac.takeOutgoing();
        // The source has none left (0): the call is refused with No-Resource.
        auto replies = feed(pac, ocrq(3), at(2));
        QCOMPARE(std::get<OutgoingCallReply>(replies.at(0)).resultCode, OcrpResult::GeneralError);
        QCOMPARE(std::get<OutgoingCallReply>(replies.at(0)).errorCode, GeneralError::NoResource);
        QCOMPARE(only<CallRejected>(pac.takeEvents()).size(), std::size_t(1));
        QCOMPARE(pac.callCount(), std::size_t(2));
    }

    // --- what RFC 2637 does not ask a receiver to refuse ---

    void nonZeroReservedFieldsAreToleratedAndNoted()
    {
        auto pac = established();
        Bytes wire = ocrq(40265).encode();
        wire[10] = 0x12; // Reserved0 of the header
        wire[38] = 0x01; // OCRQ Reserved1
        pac->onBytes(wire, at(1));
        auto events = pac->takeEvents();
        QCOMPARE(only<CallRequested>(events).size(), std::size_t(1));
        QCOMPARE(only<CallRequested>(events)[0].peerCallId, std::uint16_t(40265));
        QCOMPARE(only<ProtocolNotice>(events).size(), std::size_t(2));
        QVERIFY(only<ProtocolError>(events).empty());
        QCOMPARE(pac->state(), PacControlConnection::State::Established);
    }

    void trailingOctetsAreSkippedAndTheStreamStaysInStep()
    {
        auto pac = established();
        Bytes wire = ocrq(40265).encode();
        wire.insert(wire.end(), {0xde, 0xad, 0xbe, 0xef});
        wire[0] = static_cast<std::uint8_t>(wire.size() >> 8);
        wire[1] = static_cast<std::uint8_t>(wire.size());
        const Bytes echo = EchoRequest{77}.encode();
        wire.insert(wire.end(), echo.begin(), echo.end());
        pac->onBytes(wire, at(1));
        auto events = pac->takeEvents();
        QCOMPARE(only<CallRequested>(events).size(), std::size_t(1));
        QCOMPARE(only<ProtocolNotice>(events).size(), std::size_t(1));
        PPTP_VERIFY_CONTAINS(only<ProtocolNotice>(events)[0].reason, "4 octet(s) past");
        // The message after the padded one is read from its own start.
        auto replies = decodeAll(pac->takeOutgoing());
        QCOMPARE(replies.size(), std::size_t(1));
        QCOMPARE(std::get<EchoReply>(replies[0]).identifier, std::uint32_t(77));
        QCOMPARE(pac->state(), PacControlConnection::State::Established);
    }

    void aClientsCallDisconnectNotifyEndsOnlyItsCall()
    {
        auto pac = established(); // maxCalls = 2
        feed(*pac, ocrq(40265), at(1));
        feed(*pac, ocrq(40266), at(1));
        QVERIFY(pac->acceptCall(29546).ok());
        QVERIFY(pac->acceptCall(29547).ok());
        pac->takeOutgoing();
        pac->takeEvents();
        CallDisconnectNotify cdn;
        cdn.callId = 40265; // the PNS can only name its own call
        cdn.resultCode = CdnResult::Request;
        // A notification: no reply, the call ends, the connection and the other call stay.
        QVERIFY(feed(*pac, cdn, at(2)).empty());
        auto events = pac->takeEvents();
        auto cleared = only<CallCleared>(events);
        QCOMPARE(cleared.size(), std::size_t(1));
        QCOMPARE(cleared[0].callId, std::uint16_t(29546));
        QVERIFY(cleared[0].byPeer);
        PPTP_VERIFY_CONTAINS(cleared[0].reason, "Call-Disconnect-Notify");
        QVERIFY(only<ControlClosed>(events).empty());
        QCOMPARE(pac->state(), PacControlConnection::State::Established);
        QCOMPARE(pac->callCount(), std::size_t(1));
        QVERIFY(pac->call(29547) != nullptr);
        // One for a call it does not have is noted and ignored.
        cdn.callId = 999;
        QVERIFY(feed(*pac, cdn, at(3)).empty());
        events = pac->takeEvents();
        QCOMPARE(only<ProtocolNotice>(events).size(), std::size_t(1));
        QVERIFY(only<CallCleared>(events).empty());
        QCOMPARE(pac->state(), PacControlConnection::State::Established);
    }

    void aClientsWanErrorNotifyIsReportedNotFatal()
    {
        auto pac = established();
        feed(*pac, ocrq(40265), at(1));
        QVERIFY(pac->acceptCall(29546).ok());
        pac->takeOutgoing();
        pac->takeEvents();
        WanErrorNotify wen;
        wen.peerCallId = 29546;
        wen.crcErrors = 3;
        QVERIFY(feed(*pac, wen, at(2)).empty());
        auto errors = only<WanErrors>(pac->takeEvents());
        QCOMPARE(errors.size(), std::size_t(1));
        QCOMPARE(errors[0].callId, std::uint16_t(29546));
        QCOMPARE(errors[0].counters.crcErrors, std::uint32_t(3));
        // Naming its own call id is understood too; an unknown one is only noted.
        wen.peerCallId = 40265;
        feed(*pac, wen, at(3));
        QCOMPARE(only<WanErrors>(pac->takeEvents()).size(), std::size_t(1));
        wen.peerCallId = 5;
        feed(*pac, wen, at(4));
        QCOMPARE(only<ProtocolNotice>(pac->takeEvents()).size(), std::size_t(1));
        QCOMPARE(pac->state(), PacControlConnection::State::Established);
        QCOMPARE(pac->callCount(), std::size_t(1));
    }

    void callClearRequestForAnUnknownCallIsAnswered()
    {
        auto pac = established();
        // The PNS waits for a CDN whatever became of its call.
        auto replies = feed(*pac, CallClearRequest{4242}, at(1));
        QCOMPARE(replies.size(), std::size_t(1));
        const auto &cdn = std::get<CallDisconnectNotify>(replies[0]);
        QCOMPARE(cdn.callId, std::uint16_t(0));
        QCOMPARE(cdn.resultCode, CdnResult::GeneralError);
        QCOMPARE(cdn.errorCode, GeneralError::BadCallId);
        auto events = pac->takeEvents();
        QCOMPARE(only<ProtocolNotice>(events).size(), std::size_t(1));
        QVERIFY(only<ProtocolError>(events).empty());
        QCOMPARE(pac->state(), PacControlConnection::State::Established);
    }

    void theDisconnectResultIsTheOneAskedFor()
    {
        const CdnResult results[] = {CdnResult::LostCarrier, CdnResult::GeneralError,
                                     CdnResult::AdminShutdown};
        for (CdnResult result : results) {
            auto pac = established();
            feed(*pac, ocrq(40265), at(1));
            QVERIFY(pac->acceptCall(29546).ok());
            pac->takeOutgoing();
            QVERIFY(pac->clearCall(29546, result, 0, "why").ok());
            auto cdn = std::get<CallDisconnectNotify>(decodeAll(pac->takeOutgoing()).at(0));
            QCOMPARE(cdn.resultCode, result);
            QCOMPARE(cdn.callStatistics, std::string("why"));
        }
    }

    void coalescedMessagesAreAllHandled()
    {
        PacControlConnection pac(config());
        pac.start(at(0));
        Bytes stream = windowsSccrq().encode();
        Bytes o = ocrq(40265).encode();
        stream.insert(stream.end(), o.begin(), o.end());
        pac.onBytes(stream, at(0));
        auto events = pac.takeEvents();
        QCOMPARE(only<ControlEstablished>(events).size(), std::size_t(1));
        QCOMPARE(only<CallRequested>(events).size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestPacControlConnection)
#include "TestPacControlConnection.moc"
