// Full MS-CHAPv2 exchanges between MsChapV2Authenticator and MsChapV2Peer: success
// with mutual authentication, retry, exhaustion, account states, Change-Password,
// DOMAIN\user, tampering, duplicates and timers.

#include "common/Bytes.h"
#include "crypto/CryptoLibrary.h"
#include "mschapv2/MsChapV2Authenticator.h"
#include "mschapv2/MsChapV2Codec.h"
#include "mschapv2/MsChapV2Peer.h"

#include <QTest>
#include <map>

using namespace keyward;
using namespace keyward::protocol;
using namespace keyward::protocol::mschapv2;
using namespace std::chrono_literals;

namespace {

// Deterministic "random" for reproducible tests.
struct CountingRandom
{
    std::uint8_t next = 1;
    void operator()(std::span<std::uint8_t> out)
    {
        for (auto &b : out)
            b = next++;
    }
};

Challenge challengeOf(std::uint8_t seed)
{
    Challenge c{};
    for (std::size_t i = 0; i < c.size(); ++i)
        c[i] = static_cast<std::uint8_t>(seed + i);
    return c;
}

} // namespace

class TestMsChapV2Authenticator : public QObject
{
    Q_OBJECT

    struct Run
    {
        std::vector<MsChapV2AuthenticatorEvent> serverEvents;
        std::vector<MsChapV2PeerEvent> peerEvents;
        std::vector<Bytes> toPeer;   // every packet the authenticator sent
        std::vector<Bytes> toServer; // every packet the peer sent
    };

    std::shared_ptr<const crypto::CryptoLibrary> m_lib;
    std::map<std::string, MsChapV2Account> m_accounts;
    std::vector<std::string> m_lookups;

    NtHash hashOf(const std::string &password)
    {
        return *MsChapV2Crypto(*m_lib).ntPasswordHash(password);
    }

    MsChapV2Authenticator makeServer(MsChapV2Authenticator::PasswordPolicy policy = {},
                                     int maxAttempts = 3)
    {
        MsChapV2Authenticator::Config config;
        config.name = "keyward";
        config.maxAttempts = maxAttempts;
        return MsChapV2Authenticator(
            *m_lib, config,
            [this](std::string_view user) {
                m_lookups.emplace_back(user);
                auto it = m_accounts.find(std::string(user));
                return it == m_accounts.end() ? MsChapV2Account{} : it->second;
            },
            std::move(policy), CountingRandom{0x40});
    }

    // Shuttles packets until both sides are quiet. tamper may edit peer->server packets.
    Run exchange(MsChapV2Authenticator &server, MsChapV2Peer &peer,
                 const std::function<void(Bytes &)> &tamperToServer = {},
                 const std::function<void(Bytes &)> &tamperToPeer = {})
    {
        Run run;
        server.start(challengeOf(0x10), 1, 0ms);
        for (int round = 0; round < 20; ++round) {
            auto out = server.takeOutgoing();
            for (Bytes &p : out) {
                if (tamperToPeer)
                    tamperToPeer(p);
                run.toPeer.push_back(p);
                (void)peer.onPacket(p, 0ms);
            }
            auto back = peer.takeOutgoing();
            for (Bytes &p : back) {
                if (tamperToServer)
                    tamperToServer(p);
                run.toServer.push_back(p);
                Status s = server.onPacket(p, 0ms);
                if (!s.ok())
                    qWarning("server dropped: %s", s.message().c_str());
            }
            if (out.empty() && back.empty())
                break;
        }
        for (auto &e : server.takeEvents())
            run.serverEvents.push_back(e);
        for (auto &e : peer.takeEvents())
            run.peerEvents.push_back(e);
        return run;
    }

    MsChapV2Peer makePeer(const std::string &user, const std::string &password,
                          MsChapV2Peer::RetryCredentials retry = {},
                          MsChapV2Peer::NewPassword newPassword = {})
    {
        auto p = MsChapV2Peer::create(*m_lib, {user, password}, CountingRandom{0x90},
                                      std::move(retry), std::move(newPassword));
        if (!p.ok())
            qFatal("peer: %s", p.message().c_str());
        return std::move(p).value();
    }

    static std::uint32_t failureCode(const Bytes &packet)
    {
        auto d = MsChapV2Codec::decode(packet);
        if (!d.ok() || !std::holds_alternative<ChapFailurePacket>(*d))
            return 0;
        auto f = MsChapV2Codec::parseFailure(std::get<ChapFailurePacket>(*d).message);
        return f.ok() ? f->error : 0;
    }

private slots:
    void initTestCase()
    {
        auto loaded = crypto::CryptoLibrary::load();
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.message().c_str());
        m_lib = loaded.value();
    }

    void init()
    {
        m_accounts.clear();
        m_lookups.clear();
        m_accounts["alice"] = {MsChapV2AccountState::Ok, hashOf("correct horse")};
    }

    void successWithMutualAuthentication()
    {
        auto server = makeServer();
        auto peer = makePeer("alice", "correct horse");
        Run run = exchange(server, peer);
        QCOMPARE(run.toPeer.size(), std::size_t(2)); // Challenge, Success
        QCOMPARE(int(run.toPeer[0][0]), 1);
        QCOMPARE(int(run.toPeer[1][0]), 3);
        QCOMPARE(int(run.toPeer[1][1]), 1); // Success echoes the Response identifier
        QCOMPARE(server.state(), MsChapV2Authenticator::State::Succeeded);
        QCOMPARE(peer.state(), MsChapV2Peer::State::Succeeded);
        QCOMPARE(run.serverEvents.size(), std::size_t(1));
        auto &auth = std::get<MsChapV2Authenticated>(run.serverEvents[0]);
        QCOMPARE(auth.user, std::string("alice"));
        auto &peerAuth = std::get<MsChapV2PeerAuthenticated>(run.peerEvents.at(0));
        QVERIFY(auth.ntResponse == peerAuth.ntResponse);
        QVERIFY(auth.passwordHashHash == peerAuth.passwordHashHash);
        MsChapV2Crypto c(*m_lib);
        QVERIFY(auth.passwordHashHash == c.hashNtPasswordHash(hashOf("correct horse")));
        QCOMPARE(peerAuth.message, std::string("Access granted"));
        QCOMPARE(nextDeadlineIsMax(server), true);
    }

    void forgedAuthenticatorResponseIsRejectedByPeer()
    {
        auto server = makeServer();
        auto peer = makePeer("alice", "correct horse");
        Run run = exchange(server, peer, {}, [](Bytes &p) {
            if (p[0] == 3)
                p[10] = p[10] == 'A' ? 'B' : 'A'; // inside the S= hex digits
        });
        QCOMPARE(peer.state(), MsChapV2Peer::State::Failed);
        auto &failed = std::get<MsChapV2PeerFailed>(run.peerEvents.at(0));
        QVERIFY(failed.reason.find("mutual authentication failed") != std::string::npos);
    }

    void wrongPasswordThenRetrySucceeds()
    {
        auto server = makeServer();
        int asked = 0;
        auto peer = makePeer("alice", "wrong", [&]() -> std::optional<MsChapV2Peer::Credentials> {
            ++asked;
            return MsChapV2Peer::Credentials{"alice", "correct horse"};
        });
        Run run = exchange(server, peer);
        QCOMPARE(asked, 1);
        QCOMPARE(run.toPeer.size(), std::size_t(3)); // Challenge, Failure, Success
        QCOMPARE(failureCode(run.toPeer[1]), 691u);
        auto d = MsChapV2Codec::decode(run.toPeer[1]);
        auto f = MsChapV2Codec::parseFailure(std::get<ChapFailurePacket>(*d).message);
        QVERIFY(f->retry);
        QVERIFY(f->challenge.has_value());
        QVERIFY(*f->challenge != challengeOf(0x10)); // a fresh challenge
        QCOMPARE(f->version, 3u);
        QCOMPARE(int(run.toServer[1][1]), 2); // retry Response has identifier + 1
        QCOMPARE(int(run.toPeer[2][0]), 3);
        QCOMPARE(int(run.toPeer[2][1]), 2);
        QCOMPARE(peer.state(), MsChapV2Peer::State::Succeeded);
        QCOMPARE(run.serverEvents.size(), std::size_t(2));
        auto &failed = std::get<MsChapV2Failed>(run.serverEvents[0]);
        QCOMPARE(failed.code, 691u);
        QVERIFY(!failed.final);
        QVERIFY(failed.reason.find("wrong password") != std::string::npos);
        QVERIFY(failed.reason.find("correct horse") == std::string::npos);
        QVERIFY(std::holds_alternative<MsChapV2Authenticated>(run.serverEvents[1]));
    }

    void retriesExhausted()
    {
        auto server = makeServer({}, 3);
        int asked = 0;
        auto peer = makePeer("alice", "wrong", [&]() -> std::optional<MsChapV2Peer::Credentials> {
            ++asked;
            return MsChapV2Peer::Credentials{"alice", "still wrong"};
        });
        Run run = exchange(server, peer);
        QCOMPARE(asked, 2);
        QCOMPARE(run.toServer.size(), std::size_t(3));
        QCOMPARE(server.state(), MsChapV2Authenticator::State::Failed);
        auto last = MsChapV2Codec::decode(run.toPeer.back());
        auto f = MsChapV2Codec::parseFailure(std::get<ChapFailurePacket>(*last).message);
        QCOMPARE(f->error, 691u);
        QVERIFY(!f->retry);
        auto &fin = std::get<MsChapV2Failed>(run.serverEvents.back());
        QVERIFY(fin.final);
        QVERIFY(fin.reason.find("no retry left") != std::string::npos);
        QCOMPARE(peer.state(), MsChapV2Peer::State::Failed);
        QCOMPARE(std::get<MsChapV2PeerFailed>(run.peerEvents.at(0)).code, 691u);
    }

    void unknownUserLooksLikeWrongPassword()
    {
        auto server = makeServer({}, 1);
        auto peer = makePeer("mallory", "x");
        Run run = exchange(server, peer);
        QCOMPARE(failureCode(run.toPeer.back()), 691u);
        auto &fin = std::get<MsChapV2Failed>(run.serverEvents.back());
        QVERIFY(fin.reason.find("unknown user") != std::string::npos);
    }

    void accountStates_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<uint>("code");
        QTest::newRow("disabled") << int(MsChapV2AccountState::Disabled) << 647u;
        QTest::newRow("no dial-in / locked")
            << int(MsChapV2AccountState::NoDialinPermission) << 649u;
        QTest::newRow("logon hours") << int(MsChapV2AccountState::RestrictedLogonHours) << 646u;
    }

    void accountStates()
    {
        QFETCH(int, state);
        QFETCH(uint, code);
        m_accounts["alice"].state = static_cast<MsChapV2AccountState>(state);
        auto server = makeServer();
        auto peer = makePeer("alice", "correct horse");
        Run run = exchange(server, peer);
        QCOMPARE(failureCode(run.toPeer.back()), code);
        QCOMPARE(server.state(), MsChapV2Authenticator::State::Failed);
        QCOMPARE(std::get<MsChapV2Failed>(run.serverEvents.back()).code, code);
        QVERIFY(std::get<MsChapV2Failed>(run.serverEvents.back()).final);
        QCOMPARE(std::get<MsChapV2PeerFailed>(run.peerEvents.at(0)).code, code);
        // The account state is not revealed to someone without the password.
        auto server2 = makeServer({}, 1);
        auto peer2 = makePeer("alice", "guess");
        Run run2 = exchange(server2, peer2);
        QCOMPARE(failureCode(run2.toPeer.back()), 691u);
    }

    void expiredPasswordIsChangedInProtocol()
    {
        m_accounts["alice"].state = MsChapV2AccountState::PasswordExpired;
        std::string seenPolicy;
        auto server = makeServer([&](std::string_view user, std::string_view pw) -> Status {
            seenPolicy = std::string(user) + ":" + std::string(pw);
            return {};
        });
        auto peer = makePeer("alice", "correct horse", {},
                             []() -> std::optional<std::string> { return "n3w p\xc3\xa4ss"; });
        Run run = exchange(server, peer);
        QCOMPARE(failureCode(run.toPeer[1]), 648u);
        QCOMPARE(run.toServer.size(), std::size_t(2));
        QCOMPARE(int(run.toServer[1][0]), 7);
        QCOMPARE(run.toServer[1].size(), std::size_t(586));
        QCOMPARE(int(run.toServer[1][1]), 2);
        QCOMPARE(seenPolicy, std::string("alice:n3w p\xc3\xa4ss"));
        QCOMPARE(server.state(), MsChapV2Authenticator::State::Succeeded);
        QCOMPARE(peer.state(), MsChapV2Peer::State::Succeeded);
        NtHash newHash = hashOf("n3w p\xc3\xa4ss");
        bool changed = false, authenticated = false;
        for (auto &e : run.serverEvents) {
            if (auto *c = std::get_if<MsChapV2PasswordChanged>(&e)) {
                changed = true;
                QCOMPARE(c->user, std::string("alice"));
                QVERIFY(c->newNtHash == newHash);
            }
            if (auto *a = std::get_if<MsChapV2Authenticated>(&e)) {
                authenticated = true;
                QVERIFY(a->passwordHashHash == MsChapV2Crypto(*m_lib).hashNtPasswordHash(newHash));
            }
        }
        QVERIFY(changed && authenticated);
        QVERIFY(std::get<MsChapV2PeerAuthenticated>(run.peerEvents.at(0)).passwordChanged);
    }

    void newPasswordFailingPolicyIsRefused()
    {
        m_accounts["alice"].state = MsChapV2AccountState::PasswordExpired;
        auto server = makeServer([](std::string_view, std::string_view pw) -> Status {
            if (pw.size() < 12)
                return fail("the new password must have at least 12 characters");
            return {};
        });
        auto peer = makePeer("alice", "correct horse", {},
                             []() -> std::optional<std::string> { return "short"; });
        Run run = exchange(server, peer);
        QCOMPARE(failureCode(run.toPeer.back()), 709u);
        QCOMPARE(server.state(), MsChapV2Authenticator::State::Failed);
        for (auto &e : run.serverEvents)
            QVERIFY(!std::holds_alternative<MsChapV2PasswordChanged>(e));
        auto &fin = std::get<MsChapV2Failed>(run.serverEvents.back());
        QVERIFY(fin.reason.find("at least 12 characters") != std::string::npos);
        QVERIFY(fin.reason.find("short") == std::string::npos);
        QCOMPARE(peer.state(), MsChapV2Peer::State::Failed);
    }

    void tamperedEncryptedHashIsRejected()
    {
        m_accounts["alice"].state = MsChapV2AccountState::PasswordExpired;
        bool policyAsked = false;
        auto server = makeServer([&](std::string_view, std::string_view) -> Status {
            policyAsked = true;
            return {};
        });
        auto peer = makePeer("alice", "correct horse", {},
                             []() -> std::optional<std::string> { return "a much better one"; });
        Run run = exchange(server, peer, [](Bytes &p) {
            if (p[0] == 7)
                p[4 + 516 + 3] ^= 0x01;
        });
        QCOMPARE(failureCode(run.toPeer.back()), 709u);
        QVERIFY(!policyAsked);
        auto &fin = std::get<MsChapV2Failed>(run.serverEvents.back());
        QVERIFY(fin.reason.find("Encrypted-Hash") != std::string::npos);
        for (auto &e : run.serverEvents)
            QVERIFY(!std::holds_alternative<MsChapV2PasswordChanged>(e));
    }

    void tamperedPasswordBlockIsRejected()
    {
        m_accounts["alice"].state = MsChapV2AccountState::PasswordExpired;
        auto server = makeServer();
        auto peer = makePeer("alice", "correct horse", {},
                             []() -> std::optional<std::string> { return "a much better one"; });
        Run run = exchange(server, peer, [](Bytes &p) {
            if (p[0] == 7)
                p[4 + 515] ^= 0x80; // the length field's top octet
        });
        QCOMPARE(failureCode(run.toPeer.back()), 709u);
        QVERIFY(std::get<MsChapV2Failed>(run.serverEvents.back()).reason.find("length field") !=
                std::string::npos);
    }

    void domainUser()
    {
        m_accounts["CORP\\alice"] = {MsChapV2AccountState::Ok, hashOf("correct horse")};
        auto server = makeServer();
        auto peer = makePeer("CORP\\alice", "correct horse");
        Run run = exchange(server, peer);
        QCOMPARE(m_lookups.at(0), std::string("CORP\\alice"));
        QCOMPARE(peer.state(), MsChapV2Peer::State::Succeeded);
        auto &auth = std::get<MsChapV2Authenticated>(run.serverEvents.at(0));
        QCOMPARE(auth.user, std::string("CORP\\alice"));
        // The NT-Response on the wire is the one computed over the stripped name.
        auto resp = std::get<ChapResponsePacket>(*MsChapV2Codec::decode(run.toServer[0]));
        QCOMPARE(resp.name, std::string("CORP\\alice"));
        MsChapV2Crypto c(*m_lib);
        QVERIFY(resp.ntResponse ==
                c.challengeResponse(c.challengeHash(resp.peerChallenge, challengeOf(0x10), "alice"),
                                    hashOf("correct horse")));
    }

    void duplicatesIdentifiersAndTimers()
    {
        auto server = makeServer();
        server.start(challengeOf(0x10), 5, 1000ms);
        QCOMPARE(server.takeOutgoing().size(), std::size_t(1));
        QCOMPARE(server.nextDeadline(), Timestamp(4000ms));
        server.onTimer(3999ms);
        QVERIFY(server.takeOutgoing().empty());
        server.onTimer(4000ms);
        auto again = server.takeOutgoing();
        QCOMPARE(again.size(), std::size_t(1));
        QCOMPARE(int(again[0][0]), 1);

        auto peer = makePeer("alice", "correct horse");
        QVERIFY(peer.onPacket(again[0], 0ms).ok());
        Bytes response = peer.takeOutgoing().at(0);
        Bytes wrongId = response;
        wrongId[1] = 6;
        Status dropped = server.onPacket(wrongId, 4100ms);
        QVERIFY(!dropped.ok());
        QVERIFY(dropped.message().find("identifier") != std::string::npos);
        QVERIFY(server.onPacket(response, 4100ms).ok());
        auto success = server.takeOutgoing();
        QCOMPARE(success.size(), std::size_t(1));
        // The Success was lost; the peer repeats its Response: same answer again.
        QVERIFY(server.onPacket(response, 4200ms).ok());
        auto repeat = server.takeOutgoing();
        QCOMPARE(repeat.size(), std::size_t(1));
        QVERIFY(repeat[0] == success[0]);
        QCOMPARE(server.takeEvents().size(), std::size_t(1));     // authenticated once
        QVERIFY(!server.onPacket(fromHex("03050004"), 0ms).ok()); // a Success to a server

        auto silent = makeServer();
        silent.start(challengeOf(1), 1, 0ms);
        Timestamp now = 0ms;
        for (int i = 0; i < 20 && !silent.finished(); ++i) {
            now = silent.nextDeadline();
            silent.onTimer(now);
        }
        QCOMPARE(silent.state(), MsChapV2Authenticator::State::Failed);
        QCOMPARE(silent.takeOutgoing().size(), std::size_t(10)); // maxTransmits
        auto events = silent.takeEvents();
        QVERIFY(std::get<MsChapV2Failed>(events.at(0)).reason.find("did not answer") !=
                std::string::npos);
    }

private:
    static bool nextDeadlineIsMax(const MsChapV2Authenticator &s)
    {
        return s.nextDeadline() == Timestamp::max();
    }
};

QTEST_GUILESS_MAIN(TestMsChapV2Authenticator)
#include "TestMsChapV2Authenticator.moc"
