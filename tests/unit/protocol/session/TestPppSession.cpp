// A whole PPP link between our server and our client sessions: LCP, MS-CHAPv2,
// CCP/MPPE and IPCP, with the outcomes an admin cares about.

#include "crypto/CryptoLibrary.h"
#include "mschapv2/MsChapV2Crypto.h"
#include "ppp/PppProtocol.h"
#include "session/PppSession.h"

#include <QTest>
#include <map>
#include <random>

using namespace keyward;
using namespace keyward::protocol;
using namespace keyward::protocol::session;
using keyward::protocol::mschapv2::MsChapV2Account;
using keyward::protocol::mschapv2::MsChapV2AccountState;

namespace {

struct Link
{
    std::unique_ptr<PppSession> server;
    std::unique_ptr<PppSession> client;
    std::vector<PppSessionEvent> serverEvents;
    std::vector<PppSessionEvent> clientEvents;
    Timestamp now{1000};
    bool dropClientToServer = false;

    // Moves frames both ways until nothing is left (bounded), running timers too.
    void run(int rounds = 200)
    {
        for (int i = 0; i < rounds; ++i) {
            bool moved = false;
            for (auto &f : server->takeOutgoing()) {
                client->onFrame(f.protocol, f.information, now);
                moved = true;
            }
            for (auto &f : client->takeOutgoing()) {
                if (!dropClientToServer)
                    server->onFrame(f.protocol, f.information, now);
                moved = true;
            }
            for (auto &e : server->takeEvents())
                serverEvents.push_back(std::move(e));
            for (auto &e : client->takeEvents())
                clientEvents.push_back(std::move(e));
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
        const auto *changed = link.find<PppPasswordChanged>(link.serverEvents);
        QVERIFY(changed);
        mschapv2::MsChapV2Crypto crypto(*m_lib);
        QVERIFY(changed->newNtHash == crypto.ntPasswordHash("Brand-new-Pass-7").value());
        QVERIFY(link.find<PppMppeReady>(link.clientEvents));
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

private:
    Link makeLink(const std::string &user, const std::string &password,
                  const std::string &newPassword = {}, mppe::MppePolicy clientPolicy = {})
    {
        auto random = [this](std::span<std::uint8_t> out) {
            for (auto &b : out)
                b = static_cast<std::uint8_t>(m_rng());
        };
        PppSession::Config server;
        server.role = ppp::PppRole::Server;
        server.random = random;
        server.localAddress = 0x0a4b0001;
        server.peerAddress = 0x0a4b0002;
        server.primaryDns = 0xc0000235;
        server.echoInterval = std::chrono::seconds(10);
        server.lookup = [this](std::string_view name) {
            auto it = m_accounts.find(std::string(name));
            return it == m_accounts.end() ? MsChapV2Account{} : it->second;
        };
        server.passwordPolicy = [](std::string_view, std::string_view pw) -> Status {
            if (pw.size() < 12)
                return fail("too short");
            return {};
        };
        PppSession::Config client;
        client.role = ppp::PppRole::Client;
        client.random = random;
        client.mppePolicy = clientPolicy;
        client.echoInterval = std::chrono::seconds(3600);
        client.credentials = {user, password};
        if (!newPassword.empty())
            client.newPassword = [newPassword] { return std::optional<std::string>(newPassword); };
        Link link;
        link.server = PppSession::create(*m_lib, server).value();
        link.client = PppSession::create(*m_lib, client).value();
        link.server->start(link.now);
        link.client->start(link.now);
        return link;
    }

    std::shared_ptr<const crypto::CryptoLibrary> m_lib;
    std::map<std::string, MsChapV2Account> m_accounts;
    std::mt19937 m_rng{42};
};

QTEST_GUILESS_MAIN(TestPppSession)
#include "TestPppSession.moc"
