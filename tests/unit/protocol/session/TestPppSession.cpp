// A whole PPP link between our server and our client sessions: LCP, MS-CHAPv2,
// CCP/MPPE and IPCP, with the outcomes an admin cares about. The server's sign-in
// backend is a table of accounts judged with MsChapV2Verifier, as the local store
// does; some tests hold its verdict back or give a RADIUS-shaped one.

#include "TestAccount.h"
#include "crypto/CryptoLibrary.h"
#include "mschapv2/MsChapV2Crypto.h"
#include "mschapv2/MsChapV2Verifier.h"
#include "ppp/PppProtocol.h"
#include "session/PppSession.h"

#include <QTest>
#include <functional>
#include <map>
#include <random>

using namespace keyward;
using namespace keyward::protocol;
using namespace keyward::protocol::session;
using keyward::protocol::mschapv2::MsChapV2Account;
using keyward::protocol::mschapv2::MsChapV2AccountState;
using keyward::protocol::mschapv2::MsChapV2Check;
using keyward::protocol::mschapv2::MsChapV2Verdict;

namespace {

struct Link
{
    std::unique_ptr<PppSession> server;
    std::unique_ptr<PppSession> client;
    std::vector<PppSessionEvent> serverEvents;
    std::vector<PppSessionEvent> clientEvents;
    Timestamp now{1000};
    bool dropClientToServer = false;
    // Answers the server's sign-in requests as they come, unless holdVerdicts.
    std::function<MsChapV2Verdict(const MsChapV2Check &)> backend;
    bool holdVerdicts = false;
    std::vector<MsChapV2Check> held;
    int signInRequests = 0;
    // Called when the server reports PppAuthenticated (the daemon gives the address then).
    std::function<void()> onServerAuthenticated;
    // IPCP frames the server sent, and how many of them went out before it authenticated.
    int serverIpcpFrames = 0;
    int serverIpcpFramesBeforeAuthenticated = 0;
    bool serverAuthenticated = false;
    bool advanceTimers = true;

    // Moves frames both ways until nothing is left (bounded), running timers too.
    void run(int rounds = 200)
    {
        for (int i = 0; i < rounds; ++i) {
            bool moved = false;
            for (auto &f : server->takeOutgoing()) {
                if (f.protocol == 0x8021) {
                    ++serverIpcpFrames;
                    serverIpcpFramesBeforeAuthenticated += serverAuthenticated ? 0 : 1;
                }
                client->onFrame(f.protocol, f.information, now);
                moved = true;
            }
            for (auto &f : client->takeOutgoing()) {
                if (!dropClientToServer)
                    server->onFrame(f.protocol, f.information, now);
                moved = true;
            }
            for (auto &e : server->takeEvents()) {
                if (auto *asked = std::get_if<PppSignInRequested>(&e)) {
                    ++signInRequests;
                    moved = true;
                    if (holdVerdicts)
                        held.push_back(asked->check);
                    else
                        server->onSignInVerdict(backend(asked->check), now);
                }
                if (std::holds_alternative<PppAuthenticated>(e)) {
                    serverAuthenticated = true;
                    if (onServerAuthenticated)
                        onServerAuthenticated();
                    moved = true;
                }
                serverEvents.push_back(std::move(e));
            }
            for (auto &e : client->takeEvents())
                clientEvents.push_back(std::move(e));
            if (!moved && !advanceTimers)
                return;
            if (!moved) {
                // Advance to the next timer.
                Timestamp next = std::min(server->nextDeadline(), client->nextDeadline());
                if (next == Timestamp::max())
                    return;
                now = std::max(now, next);
                server->onTimer(now);
                client->onTimer(now);
            }
        }
    }

    template <typename T> const T *find(const std::vector<PppSessionEvent> &events) const
    {
        for (const auto &e : events) {
            if (auto *p = std::get_if<T>(&e))
                return p;
        }
        return nullptr;
    }
};

} // namespace

class TestPppSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto lib = crypto::CryptoLibrary::load();
        QVERIFY(lib.ok());
        m_lib = lib.value();
        mschapv2::MsChapV2Crypto crypto(*m_lib);
        m_accounts["alice"] = {MsChapV2AccountState::Ok,
                               crypto.ntPasswordHash("Correct-horse-42").value()};
        m_accounts["bob"] = {MsChapV2AccountState::PasswordExpired,
                             crypto.ntPasswordHash("Temporary-Pass-1").value()};
        m_accounts["carol"] = {MsChapV2AccountState::Disabled,
                               crypto.ntPasswordHash("Carols-Pass-123").value()};
    }

    void init() { m_changed.clear(); }

    void fullLinkComesUpWithMatchingKeysAndAddresses()
    {
        Link link = makeLink("alice", "Correct-horse-42");
        link.run();
        QVERIFY(link.find<PppAuthenticated>(link.serverEvents));
        QCOMPARE(link.find<PppAuthenticated>(link.serverEvents)->user, std::string("alice"));
        QVERIFY(link.find<PppAuthenticated>(link.clientEvents));
        const auto *serverKeys = link.find<PppMppeReady>(link.serverEvents);
        const auto *clientKeys = link.find<PppMppeReady>(link.clientEvents);
        QVERIFY(serverKeys && clientKeys);
        QVERIFY(serverKeys->parameters.strength == mppe::MppeStrength::Bits128);
        QVERIFY(serverKeys->parameters.mode == mppe::MppeMode::Stateless);
        QCOMPARE(serverKeys->sendStartKey.size(), std::size_t(16));
        QVERIFY(serverKeys->sendStartKey == clientKeys->receiveStartKey);
        QVERIFY(serverKeys->receiveStartKey == clientKeys->sendStartKey);
        QVERIFY(serverKeys->sendStartKey != serverKeys->receiveStartKey);
        const auto *up = link.find<PppNetworkUp>(link.clientEvents);
        QVERIFY(up);
        QCOMPARE(up->localAddress, 0x0a4b0002u);
        QCOMPARE(up->peerAddress, 0x0a4b0001u);
        QCOMPARE(up->primaryDns, 0xc0000235u);
        QVERIFY(link.server->phase() == PppSession::Phase::Network);
        QVERIFY(!link.find<PppEnded>(link.serverEvents));

        // An IPv6CP frame is protocol-rejected and the link stays up.
        (void)link.server->takeOutgoing();
        link.server->onFrame(0x8057, Bytes{1, 1, 0, 4}, link.now);
        bool rejected = false;
        for (const auto &f : link.server->takeOutgoing()) {
            if (f.protocol == ppp::kProtocolLcp && f.information[0] == 8) { // Protocol-Reject
                QCOMPARE(int(f.information[4]), 0x80);
                QCOMPARE(int(f.information[5]), 0x57);
                rejected = true;
            }
        }
        QVERIFY(rejected);
        QVERIFY(link.server->phase() == PppSession::Phase::Network);

        // An admin disconnect ends both sides with the reason.
        link.server->close("disconnected by admin", link.now);
        link.run();
        QVERIFY(link.find<PppEnded>(link.serverEvents));
        QCOMPARE(link.find<PppEnded>(link.serverEvents)->reason,
                 std::string("disconnected by admin"));
        QVERIFY(link.find<PppEnded>(link.clientEvents));
        QVERIFY(link.find<PppEnded>(link.clientEvents)->byPeer);
    }

    void theAddressCanBeGivenAfterSignIn()
    {
        // keywardd allocates the tunnel address only once the sign-in is accepted.
        Link link = makeLink("alice", "Correct-horse-42", {}, {}, std::chrono::seconds(20), {}, 0);
        PppSession *server = link.server.get();
        link.onServerAuthenticated = [server, &link] {
            QVERIFY(!link.find<PppNetworkUp>(link.serverEvents));
            server->assignPeerAddress(0x0a4b0009, link.now);
        };
        link.run();
        QVERIFY(link.serverAuthenticated);
        QCOMPARE(link.serverIpcpFramesBeforeAuthenticated, 0);
        QVERIFY(link.serverIpcpFrames > 0);
        const auto *up = link.find<PppNetworkUp>(link.clientEvents);
        QVERIFY(up);
        QCOMPARE(up->localAddress, 0x0a4b0009u);
        const auto *serverUp = link.find<PppNetworkUp>(link.serverEvents);
        QVERIFY(serverUp);
        QCOMPARE(serverUp->peerAddress, 0x0a4b0009u);
    }

    void ipcpWaitsForAnAddressGivenLate()
    {
        // MPPE is up before the owner gives the address: IPCP waits for it, then runs.
        Link link = makeLink("alice", "Correct-horse-42", {}, {}, std::chrono::seconds(20), {}, 0);
        link.advanceTimers = false; // the client would give up on IPCP in the end
        link.run();
        link.advanceTimers = true;
        QVERIFY(link.find<PppMppeReady>(link.serverEvents));
        QVERIFY(!link.find<PppNetworkUp>(link.serverEvents));
        QCOMPARE(link.serverIpcpFrames, 0);
        link.server->assignPeerAddress(0x0a4b0007, link.now);
        link.run();
        const auto *up = link.find<PppNetworkUp>(link.clientEvents);
        QVERIFY(up);
        QCOMPARE(up->localAddress, 0x0a4b0007u);
    }

    void rekeyGivesBothEndsNewMatchingKeys()
    {
        Link link = makeLink("alice", "Correct-horse-42");
        link.run();
        QVERIFY(link.find<PppNetworkUp>(link.serverEvents));
        const Bytes oldKey = link.find<PppMppeReady>(link.serverEvents)->sendStartKey;
        link.serverEvents.clear();
        link.clientEvents.clear();
        QVERIFY(link.server->rekey(link.now));
        QVERIFY(!link.server->rekey(link.now)); // one at a time
        link.run();
        const auto *serverKeys = link.find<PppMppeReady>(link.serverEvents);
        const auto *clientKeys = link.find<PppMppeReady>(link.clientEvents);
        QVERIFY(serverKeys && clientKeys);
        QCOMPARE(link.signInRequests, 2); // the rekey asked the backend again
        QVERIFY(link.find<PppSignInRequested>(link.serverEvents));
        QVERIFY(serverKeys->sendStartKey != oldKey);
        QVERIFY(serverKeys->sendStartKey == clientKeys->receiveStartKey);
        QVERIFY(serverKeys->receiveStartKey == clientKeys->sendStartKey);
        QVERIFY(!link.server->rekeying());
        QVERIFY(link.server->phase() == PppSession::Phase::Network);
        QVERIFY(!link.find<PppEnded>(link.serverEvents));
    }

    void aPeerThatDoesNotReauthenticateIsDisconnected()
    {
        Link link = makeLink("alice", "Correct-horse-42");
        link.run();
        QVERIFY(link.find<PppNetworkUp>(link.serverEvents));
        link.dropClientToServer = true;
        QVERIFY(link.server->rekey(link.now));
        link.run(2000);
        const auto *ended = link.find<PppEnded>(link.serverEvents);
        QVERIFY(ended);
        QVERIFY2(ended->reason.find("rekey") != std::string::npos ||
                     ended->reason.find("dead peer") != std::string::npos,
                 ended->reason.c_str());
    }

    void wrongPasswordEndsWith691AndNoKeys()
    {
        Link link = makeLink("alice", "wrong-password");
        link.run();
        const auto *failed = link.find<PppAuthFailed>(link.serverEvents);
        QVERIFY(failed);
        QCOMPARE(failed->code, 691u);
        QVERIFY(!link.find<PppMppeReady>(link.serverEvents));
        QVERIFY(!link.find<PppNetworkUp>(link.serverEvents));
        QVERIFY(link.find<PppEnded>(link.serverEvents));
        const std::string reason = link.find<PppEnded>(link.serverEvents)->reason;
        QVERIFY2(reason.find("authentication failed") != std::string::npos, reason.c_str());
    }

    void disabledAccountGets647()
    {
        Link link = makeLink("carol", "Carols-Pass-123");
        link.run();
        const auto *failed = link.find<PppAuthFailed>(link.clientEvents);
        QVERIFY(failed);
        QCOMPARE(failed->code, 647u);
        QVERIFY(!link.find<PppNetworkUp>(link.clientEvents));
    }

    void expiredPasswordIsChangedInsideTheProtocol()
    {
        Link link = makeLink("bob", "Temporary-Pass-1", "Brand-new-Pass-7");
        link.run();
        QCOMPARE(m_changed.size(), std::size_t(1));
        mschapv2::MsChapV2Crypto crypto(*m_lib);
        QVERIFY(m_changed.at("bob") == crypto.ntPasswordHash("Brand-new-Pass-7").value());
        QCOMPARE(link.signInRequests, 2); // the Response (E=648), then the change
        const auto *serverKeys = link.find<PppMppeReady>(link.serverEvents);
        const auto *clientKeys = link.find<PppMppeReady>(link.clientEvents);
        QVERIFY(serverKeys && clientKeys);
        QVERIFY(serverKeys->sendStartKey == clientKeys->receiveStartKey);
        QVERIFY(serverKeys->receiveStartKey == clientKeys->sendStartKey);
        QVERIFY(link.find<PppNetworkUp>(link.serverEvents));
    }

    void a40BitOnlyClientIsRefusedWithTheReason()
    {
        mppe::MppePolicy weak;
        weak.setAllowed(mppe::MppeStrength::Bits40, true);
        weak.setAllowed(mppe::MppeStrength::Bits128, false);
        Link link = makeLink("alice", "Correct-horse-42", {}, weak);
        link.run();
        QVERIFY(!link.find<PppMppeReady>(link.serverEvents));
        const auto *ended = link.find<PppEnded>(link.serverEvents);
        QVERIFY(ended);
        QVERIFY2(ended->reason.find("40-bit") != std::string::npos &&
                     ended->reason.find("128-bit") != std::string::npos,
                 ended->reason.c_str());
    }

    void aSilentPeerIsDetectedByLcpEcho()
    {
        Link link = makeLink("alice", "Correct-horse-42");
        link.run();
        QVERIFY(link.find<PppNetworkUp>(link.serverEvents));
        link.dropClientToServer = true;
        link.run(2000);
        const auto *ended = link.find<PppEnded>(link.serverEvents);
        QVERIFY(ended);
        QVERIFY2(ended->reason.find("dead peer") != std::string::npos, ended->reason.c_str());
    }

    void theSessionWaitsForALateVerdict()
    {
        Link link = makeLink("alice", "Correct-horse-42");
        link.holdVerdicts = true;
        // LCP up, Challenge, Response: then the backend takes its time.
        for (int i = 0; i < 50 && link.held.empty(); ++i)
            link.run(1);
        QCOMPARE(link.held.size(), std::size_t(1));
        const auto &check = std::get<mschapv2::MsChapV2ResponseCheck>(link.held[0]);
        QCOMPARE(check.user, std::string("alice"));
        QVERIFY(link.server->phase() == PppSession::Phase::Authenticate);
        QVERIFY(!link.find<PppAuthenticated>(link.serverEvents));
        QVERIFY(!link.find<PppMppeReady>(link.serverEvents));
        // The verdict comes seconds later; the link goes on from there.
        link.now += std::chrono::seconds(5);
        link.server->onSignInVerdict(link.backend(link.held[0]), link.now);
        link.held.clear();
        link.holdVerdicts = false;
        link.run();
        QVERIFY(link.find<PppAuthenticated>(link.serverEvents));
        const auto *serverKeys = link.find<PppMppeReady>(link.serverEvents);
        const auto *clientKeys = link.find<PppMppeReady>(link.clientEvents);
        QVERIFY(serverKeys && clientKeys);
        QVERIFY(serverKeys->sendStartKey == clientKeys->receiveStartKey);
        QVERIFY(serverKeys->receiveStartKey == clientKeys->sendStartKey);
        QVERIFY(link.find<PppNetworkUp>(link.serverEvents));
        // A verdict when none is awaited is ignored with a log line.
        link.serverEvents.clear();
        link.server->onSignInVerdict(mschapv2::MsChapV2Refused{647, "late", {}}, link.now);
        for (auto &e : link.server->takeEvents())
            link.serverEvents.push_back(std::move(e));
        QVERIFY(link.server->phase() == PppSession::Phase::Network);
        QVERIFY(!link.find<PppAuthFailed>(link.serverEvents));
        const auto *ignored = link.find<PppLog>(link.serverEvents);
        QVERIFY(ignored && ignored->message.find("ignored") != std::string::npos);
    }

    void aSignInServiceThatDoesNotAnswerEndsTheLink()
    {
        Link link = makeLink("alice", "Correct-horse-42", {}, {}, std::chrono::seconds(4));
        link.holdVerdicts = true;
        link.run(2000);
        QCOMPARE(link.held.size(), std::size_t(1));
        const auto *failed = link.find<PppAuthFailed>(link.serverEvents);
        QVERIFY(failed);
        QCOMPARE(failed->code, 691u);
        QVERIFY(failed->final);
        QVERIFY(failed->reason.find("did not answer in time") != std::string::npos);
        QCOMPARE(link.find<PppAuthFailed>(link.clientEvents)->code, 691u);
        QVERIFY(!link.find<PppMppeReady>(link.serverEvents));
        const auto *ended = link.find<PppEnded>(link.serverEvents);
        QVERIFY(ended);
        QVERIFY2(ended->reason.find("did not answer in time") != std::string::npos,
                 ended->reason.c_str());
    }

    void mppeStartKeysAreTheVerdictsKeysCutToTheStrength()
    {
        // Both ends allow only 40-bit: the start keys are the first 8 octets of the
        // keys the verdict carried (RFC 2548 keys are 16 octets whatever the strength).
        mppe::MppePolicy weak;
        weak.setAllowed(mppe::MppeStrength::Bits40, true);
        weak.setAllowed(mppe::MppeStrength::Bits128, false);
        Link link = makeLink("alice", "Correct-horse-42", {}, weak, {}, weak);
        std::vector<mschapv2::MsChapV2MppeKeys> given;
        auto local = link.backend;
        link.backend = [&given, local](const MsChapV2Check &check) {
            MsChapV2Verdict verdict = local(check);
            if (auto *ok = std::get_if<mschapv2::MsChapV2Accepted>(&verdict))
                given.push_back(ok->keys);
            return verdict;
        };
        link.run();
        QCOMPARE(given.size(), std::size_t(1));
        const auto *serverKeys = link.find<PppMppeReady>(link.serverEvents);
        const auto *clientKeys = link.find<PppMppeReady>(link.clientEvents);
        QVERIFY(serverKeys && clientKeys);
        QVERIFY(serverKeys->parameters.strength == mppe::MppeStrength::Bits40);
        QVERIFY(serverKeys->sendStartKey ==
                Bytes(given[0].send.begin(), given[0].send.begin() + 8));
        QVERIFY(serverKeys->receiveStartKey ==
                Bytes(given[0].receive.begin(), given[0].receive.begin() + 8));
        QVERIFY(serverKeys->sendStartKey == clientKeys->receiveStartKey);
        QVERIFY(serverKeys->receiveStartKey == clientKeys->sendStartKey);
    }

    // ---- LCP renegotiation on an open link --------------------------------------------

    void lcpRenegotiationBringsAuthenticationCcpAndIpcpBack()
    {
        Link link = makeLink("alice", "Correct-horse-42");
        link.run();
        QVERIFY(link.find<PppNetworkUp>(link.serverEvents));
        const Bytes oldKey = link.find<PppMppeReady>(link.serverEvents)->sendStartKey;
        link.serverEvents.clear();
        link.clientEvents.clear();
        // The client renegotiates: a new LCP Configure-Request on the open link.
        link.server->onFrame(ppp::kProtocolLcp, renegotiationRequest(), link.now);
        QVERIFY(link.server->phase() == PppSession::Phase::Establish);
        QVERIFY(!link.server->ipcp().isOpened());
        link.run();
        if (const auto *ended = link.find<PppEnded>(link.serverEvents))
            QFAIL(ended->reason.c_str());
        QCOMPARE(link.signInRequests, 2); // MS-CHAPv2 ran again
        const auto *serverKeys = link.find<PppMppeReady>(link.serverEvents);
        const auto *clientKeys = link.find<PppMppeReady>(link.clientEvents);
        QVERIFY(serverKeys && clientKeys); // CCP came back, with keys from the new exchange
        QVERIFY(serverKeys->sendStartKey != oldKey);
        QVERIFY(serverKeys->sendStartKey == clientKeys->receiveStartKey);
        QVERIFY(serverKeys->receiveStartKey == clientKeys->sendStartKey);
        QVERIFY(link.server->phase() == PppSession::Phase::Network);
        QVERIFY(link.server->ipcp().isOpened()); // IPCP came back
        QVERIFY(link.client->ipcp().isOpened());
        QCOMPARE(link.server->ipcp().agreed().peerAddress, 0x0a4b0002u);
        // The session was up all along for its owner: no second "up", no second sign-in.
        QVERIFY(!link.find<PppNetworkUp>(link.serverEvents));
        QVERIFY(!link.find<PppAuthenticated>(link.serverEvents));
        // And it can still be ended.
        link.server->close("disconnected by admin", link.now);
        link.run();
        QVERIFY(link.find<PppEnded>(link.serverEvents));
    }

    void closeWorksWhileLcpRenegotiates()
    {
        Link link = makeLink("alice", "Correct-horse-42");
        link.run();
        QVERIFY(link.find<PppNetworkUp>(link.serverEvents));
        link.server->onFrame(ppp::kProtocolLcp, renegotiationRequest(), link.now);
        link.server->close("disconnected by admin", link.now);
        link.run();
        const auto *ended = link.find<PppEnded>(link.serverEvents);
        QVERIFY(ended);
        QCOMPARE(ended->reason, std::string("disconnected by admin"));
        QVERIFY(link.server->phase() == PppSession::Phase::Dead);
        QCOMPARE(countOf<PppMppeReady>(link.serverEvents), 1);
    }

    void closeWorksInEveryPhase()
    {
        // Before start: ended at once.
        {
            Link link = makeLink("alice", "Correct-horse-42");
            auto fresh = PppSession::create(*m_lib, serverConfig()).value();
            fresh->close("shutting down", link.now);
            std::vector<PppSessionEvent> events = fresh->takeEvents();
            const auto *ended = link.find<PppEnded>(events);
            QVERIFY(ended);
            QCOMPARE(ended->reason, std::string("shutting down"));
        }
        // While LCP negotiates, and while the sign-in backend has not answered.
        for (int steps : {0, 4}) {
            Link link = makeLink("alice", "Correct-horse-42");
            link.holdVerdicts = true;
            for (int i = 0; i < steps && link.held.empty(); ++i)
                link.run(1);
            link.server->close("disconnected by admin", link.now);
            link.run();
            const auto *ended = link.find<PppEnded>(link.serverEvents);
            QVERIFY2(ended, qPrintable(QString("after %1 steps").arg(steps)));
            QCOMPARE(ended->reason, std::string("disconnected by admin"));
        }
        // While the peer is ending the link itself: the first reason stays.
        {
            Link link = makeLink("alice", "Correct-horse-42");
            link.run();
            link.client->close("user hung up", link.now);
            for (auto &f : link.client->takeOutgoing())
                link.server->onFrame(f.protocol, f.information, link.now);
            link.server->close("disconnected by admin", link.now);
            link.run();
            QVERIFY(link.find<PppEnded>(link.serverEvents));
        }
    }

    void anotherUserAfterRenegotiationEndsTheSession()
    {
        mschapv2::MsChapV2Crypto crypto(*m_lib);
        m_accounts["dave"] = {MsChapV2AccountState::Ok,
                              crypto.ntPasswordHash("Daves-Pass-1234").value()};
        Link link = makeLink("alice", "Correct-horse-42");
        link.run();
        QVERIFY(link.find<PppNetworkUp>(link.serverEvents));
        link.serverEvents.clear();
        // Another client instance takes over the call and signs in as dave.
        Link other = makeLink("dave", "Daves-Pass-1234");
        link.client = std::move(other.client);
        link.client->start(link.now);
        link.run();
        const auto *ended = link.find<PppEnded>(link.serverEvents);
        QVERIFY(ended);
        QVERIFY2(ended->reason.find("another user") != std::string::npos, ended->reason.c_str());
        QVERIFY(!link.find<PppMppeReady>(link.serverEvents)); // no keys for dave's session
        QCOMPARE(link.server->user(), std::string("alice"));
    }

    // ---- stateful MPPE Reset-Request --------------------------------------------------

    void ccpResetRequestIsRepeatedUntilResynchronised()
    {
        Link link = makeLink("alice", "Correct-horse-42");
        link.run();
        QVERIFY(link.server->ccp().isOpened());
        // The Reset-Request and the flushed answer are lost: nothing reaches the client.
        link.server->requestCcpReset(link.now);
        link.server->requestCcpReset(link.now); // more loss reports while pending: no change
        QCOMPARE(resetRequestsIn(link.server->takeOutgoing()), 1);
        QVERIFY(link.server->ccpResetPending());
        link.now += std::chrono::milliseconds(999);
        link.server->onTimer(link.now);
        QCOMPARE(resetRequestsIn(link.server->takeOutgoing()), 0); // not before the interval
        link.now += std::chrono::milliseconds(1);
        QVERIFY(link.server->nextDeadline() <= link.now);
        link.server->onTimer(link.now);
        QCOMPARE(resetRequestsIn(link.server->takeOutgoing()), 1);
        link.now += std::chrono::seconds(1);
        link.server->onTimer(link.now);
        QCOMPARE(resetRequestsIn(link.server->takeOutgoing()), 1);
        // The flushed packet arrives: no more Reset-Requests, the link stays up.
        link.server->ccpResynchronised(link.now);
        QVERIFY(!link.server->ccpResetPending());
        for (int i = 0; i < 5; ++i) {
            link.now += std::chrono::seconds(1);
            link.server->onTimer(link.now);
            QCOMPARE(resetRequestsIn(link.server->takeOutgoing()), 0);
        }
        for (auto &e : link.server->takeEvents())
            QVERIFY(!std::holds_alternative<PppEnded>(e));
        QVERIFY(link.server->phase() == PppSession::Phase::Network);
    }

    void aPeerThatNeverFlushesIsDisconnectedWithTheReason()
    {
        Link link = makeLink("alice", "Correct-horse-42");
        link.run();
        (void)link.server->takeEvents();
        link.server->requestCcpReset(link.now);
        int requests = resetRequestsIn(link.server->takeOutgoing());
        std::vector<PppSessionEvent> events;
        const Timestamp start = link.now;
        while (!link.find<PppEnded>(events) && link.now - start < std::chrono::seconds(60)) {
            link.now = std::max(link.now, link.server->nextDeadline());
            link.server->onTimer(link.now);
            requests += resetRequestsIn(link.server->takeOutgoing());
            for (auto &e : link.server->takeEvents())
                events.push_back(std::move(e));
        }
        QCOMPARE(requests, 8); // Config::ccpResetMaxTries
        const auto *ended = link.find<PppEnded>(events);
        QVERIFY(ended);
        QVERIFY2(ended->reason.find("did not resynchronise") != std::string::npos,
                 ended->reason.c_str());
    }

    // ---- the peer's MRU ----------------------------------------------------------------

    void noFrameIsLongerThanThePeersMru()
    {
        Link link = makeLink("alice", "Correct-horse-42", {}, {}, std::chrono::seconds(20), {},
                             0x0a4b0002, [](PppSession::Config &, PppSession::Config &client) {
                                 client.mru = 600; // the client takes at most 600
                             });
        link.run();
        QVERIFY(link.find<PppNetworkUp>(link.serverEvents));
        QCOMPARE(int(link.server->peerMru()), 600);
        QCOMPARE(int(link.find<PppMppeReady>(link.serverEvents)->peerMru), 600);
        (void)link.server->takeOutgoing();
        // An LCP packet with an unknown code, 1000 octets: the Code-Reject is cut to fit.
        Bytes unknown(1000, 0x5a);
        unknown[0] = 0x30;
        unknown[1] = 7;
        unknown[2] = 1000 >> 8;
        unknown[3] = 1000 & 0xff;
        link.server->onFrame(ppp::kProtocolLcp, unknown, link.now);
        // A frame of a protocol we do not carry: the Protocol-Reject is cut to fit.
        link.server->onFrame(0x8057, Bytes(1200, 0x01), link.now);
        // CCP's Code-Reject follows the peer's MRU as well.
        Bytes ccpUnknown(900, 0x11);
        ccpUnknown[0] = 0x30;
        ccpUnknown[2] = 900 >> 8;
        ccpUnknown[3] = 900 & 0xff;
        link.server->onFrame(ppp::kProtocolCcp, ccpUnknown, link.now);
        int rejects = 0;
        for (const auto &f : link.server->takeOutgoing()) {
            QVERIFY2(f.information.size() <= 600,
                     qPrintable(QString("%1 octets").arg(f.information.size())));
            if (f.information[0] == 7 || f.information[0] == 8)
                ++rejects;
        }
        QCOMPARE(rejects, 3);
    }

private:
    static Bytes renegotiationRequest()
    {
        // LCP Configure-Request: MRU 1400, Magic-Number 0x11223344.
        return Bytes{0x01, 0x63, 0x00, 0x0e, 0x01, 0x04, 0x05,
                     0x78, 0x05, 0x06, 0x11, 0x22, 0x33, 0x44};
    }

    static int resetRequestsIn(const std::vector<PppSession::Frame> &frames)
    {
        int n = 0;
        for (const auto &f : frames)
            if (f.protocol == ppp::kProtocolCcp && !f.information.empty() && f.information[0] == 14)
                ++n;
        return n;
    }

    template <typename T> static int countOf(const std::vector<PppSessionEvent> &events)
    {
        int n = 0;
        for (const auto &e : events)
            n += std::holds_alternative<T>(e) ? 1 : 0;
        return n;
    }

    PppSession::Config serverConfig()
    {
        PppSession::Config server;
        server.role = ppp::PppRole::Server;
        server.random = [this](std::span<std::uint8_t> out) {
            for (auto &b : out)
                b = static_cast<std::uint8_t>(m_rng());
        };
        return server;
    }

    MsChapV2Verdict judge(const MsChapV2Check &check)
    {
        mschapv2::MsChapV2Verifier verifier(*m_lib);
        auto lookup = [this](const std::string &name) {
            auto it = m_accounts.find(name);
            return it == m_accounts.end() ? MsChapV2Account{} : it->second;
        };
        if (const auto *response = std::get_if<mschapv2::MsChapV2ResponseCheck>(&check)) {
            const MsChapV2Account account = lookup(response->user);
            if (account.state == MsChapV2AccountState::UnknownUser ||
                !verifier.responseMatches(*response, account.ntHash))
                return mschapv2::MsChapV2Refused{691, "wrong password or unknown user", {}};
            if (account.state == MsChapV2AccountState::PasswordExpired)
                return mschapv2::MsChapV2Refused{648, "password expired", {}};
            if (account.state == MsChapV2AccountState::Disabled)
                return mschapv2::MsChapV2Refused{647, "account disabled", {}};
            return verifier.accept(*response, account.ntHash);
        }
        const auto &change = std::get<mschapv2::MsChapV2PasswordChangeCheck>(check);
        auto opened = verifier.openPasswordChange(change, lookup(change.user).ntHash);
        if (!opened)
            return mschapv2::MsChapV2Verifier::refusal(opened.error());
        if (opened->utf8.size() < 12)
            return mschapv2::MsChapV2Refused{709, "too short", "too short"};
        m_changed[change.user] = opened->ntHash;
        return verifier.acceptChanged(change, opened->ntHash);
    }

    Link
    makeLink(const std::string &user, const std::string &password,
             const std::string &newPassword = {}, mppe::MppePolicy clientPolicy = {},
             Duration signInTimeout = std::chrono::seconds(20), mppe::MppePolicy serverPolicy = {},
             std::uint32_t peerAddress = 0x0a4b0002,
             std::function<void(PppSession::Config &server, PppSession::Config &client)> tweak = {})
    {
        auto random = [this](std::span<std::uint8_t> out) {
            for (auto &b : out)
                b = static_cast<std::uint8_t>(m_rng());
        };
        PppSession::Config server;
        server.role = ppp::PppRole::Server;
        server.random = random;
        server.localAddress = 0x0a4b0001;
        server.peerAddress = peerAddress;
        server.primaryDns = 0xc0000235;
        server.echoInterval = std::chrono::seconds(10);
        server.signInTimeout = signInTimeout;
        server.mppePolicy = serverPolicy;
        PppSession::Config client;
        client.role = ppp::PppRole::Client;
        client.random = random;
        client.mppePolicy = clientPolicy;
        client.echoInterval = std::chrono::seconds(3600);
        client.credentials = {user, password};
        if (!newPassword.empty())
            client.newPassword = [newPassword] { return std::optional<std::string>(newPassword); };
        if (tweak)
            tweak(server, client);
        Link link;
        link.backend = [this](const MsChapV2Check &check) { return judge(check); };
        link.server = PppSession::create(*m_lib, server).value();
        link.client = PppSession::create(*m_lib, client).value();
        link.server->start(link.now);
        link.client->start(link.now);
        return link;
    }

    std::shared_ptr<const crypto::CryptoLibrary> m_lib;
    std::map<std::string, MsChapV2Account> m_accounts;
    std::map<std::string, mschapv2::NtHash> m_changed; // what the backend stored
    std::mt19937 m_rng{42};
};

QTEST_GUILESS_MAIN(TestPppSession)
#include "TestPppSession.moc"
