// The PNS (keyward-probe) side, wired back to back with our PAC: the full life of a
// control connection and a call, plus the PNS's own refusals and timeouts.

#include "PptpTestHelpers.h"
#include "pptp/PacControlConnection.h"
#include "pptp/PnsControlConnection.h"

#include <QTest>

using namespace keyward::protocol;
using namespace keyward::protocol::pptp;
using pptptest::at;
using pptptest::only;
using pptptest::q;

class TestPnsControlConnection : public QObject
{
    Q_OBJECT

private:
    struct Pair
    {
        PacControlConnection pac{PacControlConnection::Config{}};
        PnsControlConnection pns{PnsControlConnection::Config{}};
        std::vector<ControlEvent> pacEvents;
        std::vector<ControlEvent> pnsEvents;
        std::vector<ControlType> pnsSent;

        // Moves bytes both ways until both are quiet; the PAC accepts every call.
        void pump(Timestamp now)
        {
            for (int round = 0; round < 20; ++round) {
                bool moved = false;
                for (Bytes &b : pns.takeOutgoing()) {
                    pnsSent.push_back(controlTypeOf(*decodeControlMessage(b)));
                    pac.onBytes(b, now);
                    moved = true;
                }
                for (Bytes &b : pac.takeOutgoing()) {
                    pns.onBytes(b, now);
                    moved = true;
                }
                for (auto &e : pac.takeEvents()) {
                    if (auto *req = std::get_if<CallRequested>(&e))
                        (void)pac.acceptCall(req->callId);
                    pacEvents.push_back(e);
                }
                for (auto &e : pns.takeEvents())
                    pnsEvents.push_back(e);
                if (!moved)
                    return;
            }
        }
    };

    static std::vector<ControlMessage> decodeAll(const std::vector<Bytes> &out)
    {
        std::vector<ControlMessage> messages;
        for (const Bytes &b : out)
            messages.push_back(*decodeControlMessage(b));
        return messages;
    }

private slots:
    void fullLifeAgainstOurPac()
    {
        Pair p;
        p.pac.start(at(0));
        p.pns.start(at(0));
        p.pump(at(0));
        QCOMPARE(p.pns.state(), PnsControlConnection::State::Established);
        QCOMPARE(p.pac.state(), PacControlConnection::State::Established);
        auto est = only<ControlEstablished>(p.pnsEvents);
        QCOMPARE(est.size(), std::size_t(1));
        QCOMPARE(q(est[0].peerHostName), QStringLiteral("keywardd"));

        auto callId = p.pns.placeCall(at(1));
        QVERIFY(callId.ok());
        p.pump(at(1));
        auto pnsUp = only<CallEstablished>(p.pnsEvents);
        auto pacUp = only<CallEstablished>(p.pacEvents);
        QCOMPARE(pnsUp.size(), std::size_t(1));
        QCOMPARE(pacUp.size(), std::size_t(1));
        // Each side's call id is the other's peer call id (the GRE keys).
        QCOMPARE(pnsUp[0].callId, *callId);
        QCOMPARE(pnsUp[0].peerCallId, pacUp[0].callId);
        QCOMPARE(pacUp[0].peerCallId, pnsUp[0].callId);
        QVERIFY(p.pns.sendSetLinkInfo(*callId, 0, 0).ok());
        p.pump(at(1));
        QCOMPARE(only<LinkInfo>(p.pacEvents).size(), std::size_t(1));

        // Both sides' keepalives fire at 61 s and are answered.
        p.pac.onTimer(at(61));
        p.pns.onTimer(at(61));
        p.pump(at(61));
        p.pac.onTimer(at(125));
        p.pns.onTimer(at(125));
        QCOMPARE(p.pac.state(), PacControlConnection::State::Established);
        QCOMPARE(p.pns.state(), PnsControlConnection::State::Established);
        p.pump(at(125));

        p.pns.close(at(130));
        p.pump(at(130));
        const std::vector<ControlType> expectedTail = {ControlType::CallClearRequest,
                                                       ControlType::StopControlConnectionRequest};
        QVERIFY(p.pnsSent.size() >= 2);
        QVERIFY(std::equal(expectedTail.begin(), expectedTail.end(), p.pnsSent.end() - 2));
        QCOMPARE(p.pns.state(), PnsControlConnection::State::Closed);
        QCOMPARE(p.pac.state(), PacControlConnection::State::Closed);
        auto pnsCleared = only<CallCleared>(p.pnsEvents);
        QCOMPARE(pnsCleared.size(), std::size_t(1));
        QVERIFY(!pnsCleared[0].byPeer);
        QCOMPARE(only<CallCleared>(p.pacEvents).size(), std::size_t(1));
        QVERIFY(only<ControlClosed>(p.pacEvents).at(0).byPeer);
        QVERIFY(!only<ControlClosed>(p.pnsEvents).at(0).byPeer);
        QVERIFY(only<ProtocolError>(p.pacEvents).empty());
        QVERIFY(only<ProtocolError>(p.pnsEvents).empty());
    }

    void pacRefusingTheCallIsReported()
    {
        PnsControlConnection pns{PnsControlConnection::Config{}};
        pns.start(at(0));
        auto sccrq = std::get<StartControlConnectionRequest>(decodeAll(pns.takeOutgoing()).at(0));
        QCOMPARE(q(sccrq.hostName), QStringLiteral("keyward-probe"));
        QCOMPARE(sccrq.protocolVersion, std::uint16_t(0x0100));
        pns.onBytes(StartControlConnectionReply{}.encode(), at(0));
        QVERIFY(pns.placeCall(at(0)).ok());
        auto ocrq = std::get<OutgoingCallRequest>(decodeAll(pns.takeOutgoing()).at(0));
        QCOMPARE(ocrq.receiveWindowSize, std::uint16_t(64));
        OutgoingCallReply refusal;
        refusal.peerCallId = ocrq.callId;
        refusal.resultCode = OcrpResult::GeneralError;
        refusal.errorCode = GeneralError::NoResource;
        pns.onBytes(refusal.encode(), at(1));
        auto rejected = only<CallRejected>(pns.takeEvents());
        QCOMPARE(rejected.size(), std::size_t(1));
        PPTP_VERIFY_CONTAINS(rejected[0].reason, "no resource");
        QCOMPARE(pns.callCount(), std::size_t(0));
    }

    void refusedControlConnectionCloses()
    {
        PnsControlConnection pns{PnsControlConnection::Config{}};
        pns.start(at(0));
        pns.takeOutgoing();
        StartControlConnectionReply reply;
        reply.resultCode = SccrpResult::VersionNotSupported;
        pns.onBytes(reply.encode(), at(0));
        QCOMPARE(pns.state(), PnsControlConnection::State::Closed);
        auto closed = only<ControlClosed>(pns.takeEvents());
        QCOMPARE(closed.size(), std::size_t(1));
        PPTP_VERIFY_CONTAINS(closed[0].reason, "protocol version");
    }

    void noSccrpTimesOut()
    {
        PnsControlConnection pns{PnsControlConnection::Config{}};
        pns.start(at(0));
        QCOMPARE(pns.nextDeadline(), at(30));
        pns.onTimer(at(30));
        QCOMPARE(pns.state(), PnsControlConnection::State::Closed);
        PPTP_VERIFY_CONTAINS(only<ControlClosed>(pns.takeEvents()).at(0).reason, "no SCCRP");
    }

    void noOcrpTimesOutTheCallOnly()
    {
        PnsControlConnection pns{PnsControlConnection::Config{}};
        pns.start(at(0));
        pns.onBytes(StartControlConnectionReply{}.encode(), at(0));
        QVERIFY(pns.placeCall(at(1)).ok());
        QCOMPARE(pns.nextDeadline(), at(31));
        pns.onTimer(at(31));
        auto events = pns.takeEvents();
        PPTP_VERIFY_CONTAINS(only<CallRejected>(events).at(0).reason, "no OCRP");
        QCOMPARE(pns.state(), PnsControlConnection::State::Established);
    }

    void pacDisconnectIsReported()
    {
        PnsControlConnection pns{PnsControlConnection::Config{}};
        pns.start(at(0));
        pns.onBytes(StartControlConnectionReply{}.encode(), at(0));
        auto id = pns.placeCall(at(0));
        QVERIFY(id.ok());
        pns.onBytes(OutgoingCallReply{500, *id, OcrpResult::Connected}.encode(), at(0));
        pns.onBytes(
            CallDisconnectNotify{500, CdnResult::AdminShutdown, GeneralError::None, 0, ""}.encode(),
            at(1));
        auto cleared = only<CallCleared>(pns.takeEvents());
        QCOMPARE(cleared.size(), std::size_t(1));
        QVERIFY(cleared[0].byPeer);
        PPTP_VERIFY_CONTAINS(cleared[0].reason, "administrative");
    }

    void pacStopIsAnswered()
    {
        PnsControlConnection pns{PnsControlConnection::Config{}};
        pns.start(at(0));
        pns.onBytes(StartControlConnectionReply{}.encode(), at(0));
        pns.takeOutgoing();
        pns.onBytes(StopControlConnectionRequest{StopReason::LocalShutdown}.encode(), at(1));
        auto sent = decodeAll(pns.takeOutgoing());
        QVERIFY(std::holds_alternative<StopControlConnectionReply>(sent.at(0)));
        QCOMPARE(pns.state(), PnsControlConnection::State::Closed);
        QVERIFY(only<ControlClosed>(pns.takeEvents()).at(0).byPeer);
    }

    void pnsOnlyMessageFromPacIsFatal()
    {
        PnsControlConnection pns{PnsControlConnection::Config{}};
        pns.start(at(0));
        pns.onBytes(StartControlConnectionReply{}.encode(), at(0));
        pns.onBytes(OutgoingCallRequest{}.encode(), at(1));
        QCOMPARE(pns.state(), PnsControlConnection::State::Closed);
        QCOMPARE(only<ProtocolError>(pns.takeEvents()).size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestPnsControlConnection)
#include "TestPnsControlConnection.moc"
