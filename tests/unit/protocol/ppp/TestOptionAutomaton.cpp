// The RFC 1661 section 4 automaton, driven with a scripted policy: states, emitted
// packets and events per event, restart timer, Max-Configure, Max-Failure.

#include "PppTestPipe.h"
#include "common/Bytes.h"
#include "ppp/ControlPacket.h"
#include "ppp/OptionAutomaton.h"
#include "ppp/OptionPolicy.h"

#include <QTest>

using namespace keyward;
using namespace keyward::protocol;
using namespace keyward::protocol::ppp;
using State = OptionAutomaton::State;
using Kind = PppEvent::Kind;

namespace {

// Requests MRU 1500 (type 1); answers every peer request per `mode`.
class ScriptedPolicy : public OptionPolicy
{
public:
    enum class Mode
    {
        Ack,
        Nak,
        Reject,
        Fatal
    };
    Mode mode = Mode::Ack;
    int resets = 0;
    int naksSeen = 0;
    int rejectsSeen = 0;
    int peerAcks = 0;
    int ourAcks = 0;

    void resetNegotiation() override { ++resets; }
    std::vector<PppOption> buildRequest() override { return {PppOption::u16(1, 1500)}; }
    Verdict examineRequest(const std::vector<PppOption> &request) override
    {
        Verdict v;
        switch (mode) {
        case Mode::Ack:
            break;
        case Mode::Nak:
            for (const auto &o : request)
                v.naks.push_back(PppOption::u16(o.type, 1400));
            break;
        case Mode::Reject:
            v.rejects = request;
            break;
        case Mode::Fatal:
            v.fatal = "scripted refusal";
            break;
        }
        return v;
    }
    void peerRequestAcked(const std::vector<PppOption> &) override { ++peerAcks; }
    void ourRequestAcked(const std::vector<PppOption> &) override { ++ourAcks; }
    Status ourRequestNaked(const std::vector<PppOption> &) override
    {
        ++naksSeen;
        return {};
    }
    Status ourRequestRejected(const std::vector<PppOption> &) override
    {
        ++rejectsSeen;
        return {};
    }
};

const Timestamp t0{100000};
const Bytes ourOptions = fromHex("010405dc");
const Bytes peerOptions = fromHex("01040578");

Bytes pkt(std::uint8_t code, std::uint8_t id, const Bytes &data = {})
{
    return ControlPacket::encode(code, id, data);
}

ControlPacket decode(const Bytes &wire)
{
    auto p = ControlPacket::decode(wire);
    return p.ok() ? p.value() : ControlPacket{};
}

std::vector<Kind> kinds(const std::vector<PppEvent> &events)
{
    std::vector<Kind> out;
    for (const auto &e : events)
        out.push_back(e.kind);
    return out;
}

} // namespace

class TestOptionAutomaton : public QObject
{
    Q_OBJECT

    ScriptedPolicy m_policy;
    std::unique_ptr<OptionAutomaton> m_fsm;

    OptionAutomaton &make(OptionAutomaton::Limits limits = {})
    {
        m_policy = ScriptedPolicy{};
        m_fsm = std::make_unique<OptionAutomaton>(m_policy, 0xC021, "LCP", limits);
        return *m_fsm;
    }

    // Initial -> Req-Sent; returns the identifier of our Configure-Request.
    std::uint8_t toReqSent(OptionAutomaton &fsm)
    {
        fsm.open(t0);
        fsm.up(t0);
        auto out = fsm.takeOutgoing();
        fsm.takeEvents();
        return out.empty() ? 0 : decode(out.back()).identifier;
    }

    void toOpened(OptionAutomaton &fsm)
    {
        std::uint8_t id = toReqSent(fsm);
        fsm.receive(pkt(kConfigureAck, id, ourOptions), t0);
        fsm.receive(pkt(kConfigureRequest, 42, peerOptions), t0);
        fsm.takeOutgoing();
        fsm.takeEvents();
    }

private slots:
    void openThenUpSendsConfigureRequest()
    {
        auto &fsm = make();
        QCOMPARE(fsm.state(), State::Initial);
        fsm.open(t0);
        QCOMPARE(fsm.state(), State::Starting);
        QCOMPARE(kinds(fsm.takeEvents()), std::vector<Kind>{Kind::LayerStarted});
        QCOMPARE(m_policy.resets, 1);
        QVERIFY(fsm.takeOutgoing().empty());
        fsm.up(t0);
        QCOMPARE(fsm.state(), State::ReqSent);
        auto out = fsm.takeOutgoing();
        QCOMPARE(out.size(), std::size_t(1));
        QCOMPARE(toHex(out[0]), std::string("01010008010405dc"));
        QCOMPARE(fsm.nextDeadline(), t0 + Duration(3000));
    }

    void upThenOpenAndDown()
    {
        auto &fsm = make();
        fsm.up(t0);
        QCOMPARE(fsm.state(), State::Closed);
        QVERIFY(fsm.takeOutgoing().empty());
        fsm.down(t0);
        QCOMPARE(fsm.state(), State::Initial);
        fsm.up(t0);
        fsm.open(t0);
        QCOMPARE(fsm.state(), State::ReqSent);
        QCOMPARE(fsm.takeOutgoing().size(), std::size_t(1));
    }

    void ackThenPeerRequestOpens()
    {
        auto &fsm = make();
        std::uint8_t id = toReqSent(fsm);
        fsm.receive(pkt(kConfigureAck, id, ourOptions), t0);
        QCOMPARE(fsm.state(), State::AckRcvd);
        QCOMPARE(m_policy.ourAcks, 1);
        fsm.receive(pkt(kConfigureRequest, 9, peerOptions), t0);
        QCOMPARE(fsm.state(), State::Opened);
        auto out = fsm.takeOutgoing();
        QCOMPARE(out.size(), std::size_t(1));
        QCOMPARE(toHex(out[0]), std::string("0209000801040578")); // Configure-Ack echoes
        QCOMPARE(kinds(fsm.takeEvents()), std::vector<Kind>{Kind::LayerUp});
        QCOMPARE(fsm.nextDeadline(), NoDeadline); // no restart timer in Opened
    }

    void peerRequestThenAckOpens()
    {
        auto &fsm = make();
        std::uint8_t id = toReqSent(fsm);
        fsm.receive(pkt(kConfigureRequest, 9, peerOptions), t0);
        QCOMPARE(fsm.state(), State::AckSent);
        QCOMPARE(decode(fsm.takeOutgoing().at(0)).code, kConfigureAck);
        fsm.receive(pkt(kConfigureAck, id, ourOptions), t0);
        QCOMPARE(fsm.state(), State::Opened);
        QCOMPARE(kinds(fsm.takeEvents()), std::vector<Kind>{Kind::LayerUp});
    }

    void ackWithWrongIdentifierOrOptionsIsDiscarded()
    {
        auto &fsm = make();
        std::uint8_t id = toReqSent(fsm);
        fsm.receive(pkt(kConfigureAck, static_cast<std::uint8_t>(id + 1), ourOptions), t0);
        QCOMPARE(fsm.state(), State::ReqSent);
        auto events = fsm.takeEvents();
        QCOMPARE(kinds(events), std::vector<Kind>{Kind::PacketDiscarded});
        QVERIFY(events[0].detail.find("does not match") != std::string::npos);
        fsm.receive(pkt(kConfigureAck, id, peerOptions), t0);
        QCOMPARE(fsm.state(), State::ReqSent);
        QVERIFY(test::eventDetail(fsm.takeEvents(), Kind::PacketDiscarded).find("differ") !=
                std::string::npos);
    }

    void restartTimerRetransmitsThenMaxConfigureGivesUp()
    {
        OptionAutomaton::Limits limits;
        limits.maxConfigure = 3;
        auto &fsm = make(limits);
        std::uint8_t first = toReqSent(fsm);
        fsm.onTimer(t0 + Duration(2999)); // not yet due
        QVERIFY(fsm.takeOutgoing().empty());
        Timestamp now = t0;
        std::vector<std::uint8_t> ids{first};
        for (int i = 0; i < 2; ++i) {
            QVERIFY(test::fireTimer(fsm, &now));
            auto out = fsm.takeOutgoing();
            QCOMPARE(out.size(), std::size_t(1));
            QCOMPARE(decode(out[0]).code, kConfigureRequest);
            ids.push_back(decode(out[0]).identifier);
            QCOMPARE(fsm.state(), State::ReqSent);
        }
        QVERIFY(ids[0] != ids[1] && ids[1] != ids[2]);
        QVERIFY(test::fireTimer(fsm, &now)); // TO-
        QVERIFY(fsm.takeOutgoing().empty());
        QCOMPARE(fsm.state(), State::Stopped);
        auto events = fsm.takeEvents();
        QCOMPARE(kinds(events), (std::vector<Kind>{Kind::NegotiationFailed, Kind::LayerFinished}));
        QVERIFY(events[0].detail.find("Max-Configure") != std::string::npos);
        QCOMPARE(fsm.nextDeadline(), NoDeadline);
    }

    void timeoutInAckRcvdReturnsToReqSent()
    {
        auto &fsm = make();
        std::uint8_t id = toReqSent(fsm);
        fsm.receive(pkt(kConfigureAck, id, ourOptions), t0);
        QVERIFY(test::fireTimer(fsm));
        QCOMPARE(fsm.state(), State::ReqSent);
        QCOMPARE(decode(fsm.takeOutgoing().at(0)).code, kConfigureRequest);
    }

    void nakLoopIsBoundedByMaxFailureThenRejected()
    {
        OptionAutomaton::Limits limits;
        limits.maxFailure = 2;
        auto &fsm = make(limits);
        toReqSent(fsm);
        m_policy.mode = ScriptedPolicy::Mode::Nak;
        for (std::uint8_t id = 1; id <= 2; ++id) {
            fsm.receive(pkt(kConfigureRequest, id, peerOptions), t0);
            auto out = fsm.takeOutgoing();
            QCOMPARE(out.size(), std::size_t(1));
            QCOMPARE(toHex(out[0]), toHex(pkt(kConfigureNak, id, fromHex("01040578"))));
            QCOMPARE(fsm.state(), State::ReqSent);
        }
        fsm.receive(pkt(kConfigureRequest, 3, peerOptions), t0);
        auto out = fsm.takeOutgoing();
        QCOMPARE(out.size(), std::size_t(1));
        // Max-Failure reached: the Nak'd option is now Configure-Rejected verbatim.
        QCOMPARE(toHex(out[0]), toHex(pkt(kConfigureReject, 3, peerOptions)));
    }

    void nakOfOurRequestAsksPolicyAndResends()
    {
        auto &fsm = make();
        std::uint8_t id = toReqSent(fsm);
        fsm.receive(pkt(kConfigureNak, id, fromHex("01040578")), t0);
        QCOMPARE(m_policy.naksSeen, 1);
        auto out = fsm.takeOutgoing();
        QCOMPARE(out.size(), std::size_t(1));
        QCOMPARE(decode(out[0]).code, kConfigureRequest);
        QCOMPARE(fsm.state(), State::ReqSent);
    }

    void rejectNamingUnrequestedOptionIsDiscarded()
    {
        auto &fsm = make();
        std::uint8_t id = toReqSent(fsm);
        fsm.receive(pkt(kConfigureReject, id, fromHex("0506deadbeef")), t0);
        QCOMPARE(m_policy.rejectsSeen, 0);
        QVERIFY(fsm.takeOutgoing().empty());
        QVERIFY(
            test::eventDetail(fsm.takeEvents(), Kind::PacketDiscarded).find("did not request") !=
            std::string::npos);
        fsm.receive(pkt(kConfigureReject, id, ourOptions), t0);
        QCOMPARE(m_policy.rejectsSeen, 1);
        QCOMPARE(fsm.takeOutgoing().size(), std::size_t(1));
    }

    void closeFromOpenedTerminatesThenFinishes()
    {
        auto &fsm = make();
        toOpened(fsm);
        QCOMPARE(fsm.state(), State::Opened);
        fsm.close(t0, "admin");
        QCOMPARE(fsm.state(), State::Closing);
        auto out = fsm.takeOutgoing();
        QCOMPARE(out.size(), std::size_t(1));
        ControlPacket term = decode(out[0]);
        QCOMPARE(term.code, kTerminateRequest);
        QCOMPARE(std::string(term.data.begin(), term.data.end()), std::string("admin"));
        QCOMPARE(kinds(fsm.takeEvents()), std::vector<Kind>{Kind::LayerDown});
        fsm.receive(pkt(kTerminateAck, term.identifier), t0);
        QCOMPARE(fsm.state(), State::Closed);
        QCOMPARE(kinds(fsm.takeEvents()), std::vector<Kind>{Kind::LayerFinished});
    }

    void closingTimesOutAfterMaxTerminate()
    {
        auto &fsm = make();
        toOpened(fsm);
        fsm.close(t0);
        QCOMPARE(fsm.takeOutgoing().size(), std::size_t(1));
        QVERIFY(test::fireTimer(fsm)); // TO+: second Terminate-Request
        QCOMPARE(decode(fsm.takeOutgoing().at(0)).code, kTerminateRequest);
        QCOMPARE(fsm.state(), State::Closing);
        QVERIFY(test::fireTimer(fsm)); // TO-
        QVERIFY(fsm.takeOutgoing().empty());
        QCOMPARE(fsm.state(), State::Closed);
        auto k = kinds(fsm.takeEvents());
        QVERIFY(k.back() == Kind::LayerFinished);
    }

    void terminateRequestInOpenedAcksAndStops()
    {
        auto &fsm = make();
        toOpened(fsm);
        fsm.receive(pkt(kTerminateRequest, 77, Bytes{'b', 'y', 'e'}), t0);
        QCOMPARE(fsm.state(), State::Stopping);
        QCOMPARE(toHex(fsm.takeOutgoing().at(0)), std::string("064d0004"));
        auto events = fsm.takeEvents();
        QCOMPARE(kinds(events), (std::vector<Kind>{Kind::TerminatedByPeer, Kind::LayerDown}));
        QCOMPARE(events[0].detail, std::string("bye"));
        // zrc: a single restart period, then this-layer-finished.
        QVERIFY(test::fireTimer(fsm));
        QCOMPARE(fsm.state(), State::Stopped);
        QCOMPARE(kinds(fsm.takeEvents()), std::vector<Kind>{Kind::LayerFinished});
    }

    void configureRequestInClosedGetsTerminateAck()
    {
        auto &fsm = make();
        fsm.up(t0);
        fsm.receive(pkt(kConfigureRequest, 5, peerOptions), t0);
        QCOMPARE(fsm.state(), State::Closed);
        QCOMPARE(toHex(fsm.takeOutgoing().at(0)), std::string("06050004"));
    }

    void configureRequestInStoppedRestartsNegotiation()
    {
        OptionAutomaton::Limits limits;
        limits.maxConfigure = 1;
        auto &fsm = make(limits);
        toReqSent(fsm);
        QVERIFY(test::fireTimer(fsm));
        QCOMPARE(fsm.state(), State::Stopped);
        fsm.takeEvents();
        fsm.receive(pkt(kConfigureRequest, 5, peerOptions), t0);
        QCOMPARE(fsm.state(), State::AckSent);
        auto out = fsm.takeOutgoing();
        QCOMPARE(out.size(), std::size_t(2));
        QCOMPARE(decode(out[0]).code, kConfigureRequest);
        QCOMPARE(decode(out[1]).code, kConfigureAck);
    }

    void renegotiationFromOpened()
    {
        auto &fsm = make();
        toOpened(fsm);
        fsm.receive(pkt(kConfigureRequest, 50, peerOptions), t0);
        QCOMPARE(fsm.state(), State::AckSent);
        auto out = fsm.takeOutgoing();
        QCOMPARE(out.size(), std::size_t(2));
        QCOMPARE(decode(out[0]).code, kConfigureRequest);
        QCOMPARE(decode(out[1]).code, kConfigureAck);
        QCOMPARE(kinds(fsm.takeEvents()), std::vector<Kind>{Kind::LayerDown});
    }

    void unknownCodeIsCodeRejected()
    {
        auto &fsm = make();
        toOpened(fsm);
        Bytes unknown = pkt(0x42, 3, Bytes{1, 2, 3});
        fsm.receive(unknown, t0);
        QCOMPARE(fsm.state(), State::Opened);
        auto out = fsm.takeOutgoing();
        QCOMPARE(out.size(), std::size_t(1));
        ControlPacket reject = decode(out[0]);
        QCOMPARE(reject.code, kCodeReject);
        QCOMPARE(reject.data, unknown);
    }

    void catastrophicCodeRejectStopsTheLayer()
    {
        auto &fsm = make();
        toOpened(fsm);
        fsm.receive(pkt(kCodeReject, 1, pkt(kConfigureRequest, 1)), t0);
        QCOMPARE(fsm.state(), State::Stopping);
        QCOMPARE(decode(fsm.takeOutgoing().at(0)).code, kTerminateRequest);
        auto k = kinds(fsm.takeEvents());
        QCOMPARE(k, (std::vector<Kind>{Kind::CodeRejected, Kind::LayerDown}));
    }

    void permittedCodeRejectInAckRcvdGoesToReqSent()
    {
        auto &fsm = make();
        std::uint8_t id = toReqSent(fsm);
        fsm.receive(pkt(kConfigureAck, id, ourOptions), t0);
        fsm.receive(pkt(kCodeReject, 1, pkt(kEchoRequest, 1, Bytes(4, 0))), t0);
        QCOMPARE(fsm.state(), State::ReqSent);
    }

    void protocolRejectOfThisProtocolFinishes()
    {
        auto &fsm = make();
        toReqSent(fsm);
        fsm.protocolRejected(t0);
        QCOMPARE(fsm.state(), State::Stopped);
        QCOMPARE(kinds(fsm.takeEvents()), std::vector<Kind>{Kind::LayerFinished});
    }

    void downInOpenedGoesToStarting()
    {
        auto &fsm = make();
        toOpened(fsm);
        fsm.down(t0);
        QCOMPARE(fsm.state(), State::Starting);
        QCOMPARE(kinds(fsm.takeEvents()), std::vector<Kind>{Kind::LayerDown});
        fsm.up(t0);
        QCOMPARE(fsm.state(), State::ReqSent);
    }

    void fatalVerdictClosesWithReason()
    {
        auto &fsm = make();
        toReqSent(fsm);
        m_policy.mode = ScriptedPolicy::Mode::Fatal;
        fsm.receive(pkt(kConfigureRequest, 1, peerOptions), t0);
        QCOMPARE(fsm.state(), State::Closing);
        auto events = fsm.takeEvents();
        QVERIFY(events.at(0).kind == Kind::NegotiationFailed);
        QCOMPARE(events.at(0).detail, std::string("LCP: scripted refusal"));
        QCOMPARE(decode(fsm.takeOutgoing().at(0)).code, kTerminateRequest);
    }

    void rejectVerdictSendsConfigureReject()
    {
        auto &fsm = make();
        toReqSent(fsm);
        m_policy.mode = ScriptedPolicy::Mode::Reject;
        fsm.receive(pkt(kConfigureRequest, 8, peerOptions), t0);
        QCOMPARE(toHex(fsm.takeOutgoing().at(0)), toHex(pkt(kConfigureReject, 8, peerOptions)));
        QCOMPARE(fsm.state(), State::ReqSent);
    }

    void malformedRequestIsDiscardedWithReason()
    {
        auto &fsm = make();
        toReqSent(fsm);
        fsm.receive(pkt(kConfigureRequest, 8, fromHex("0109")), t0);
        QVERIFY(fsm.takeOutgoing().empty());
        QVERIFY(test::eventDetail(fsm.takeEvents(), Kind::PacketDiscarded).find("overruns") !=
                std::string::npos);
        fsm.receive(fromHex("0102"), t0);
        QVERIFY(test::eventDetail(fsm.takeEvents(), Kind::PacketDiscarded).find("4-octet header") !=
                std::string::npos);
    }

    void openInClosingGoesToStopping()
    {
        auto &fsm = make();
        toOpened(fsm);
        fsm.close(t0);
        fsm.open(t0);
        QCOMPARE(fsm.state(), State::Stopping);
    }

    void packetsBeforeUpAreIgnored()
    {
        auto &fsm = make();
        fsm.receive(pkt(kConfigureRequest, 1, peerOptions), t0);
        QCOMPARE(fsm.state(), State::Initial);
        QVERIFY(fsm.takeOutgoing().empty());
    }
};

QTEST_GUILESS_MAIN(TestOptionAutomaton)
#include "TestOptionAutomaton.moc"
