// Full MS-CHAPv2 exchanges between MsChapV2Authenticator and MsChapV2Peer: success
// with mutual authentication, retry, exhaustion, account states, Change-Password,
// DOMAIN\user, tampering, duplicates and timers. A small sign-in backend answers
// each check from a table of accounts with MsChapV2Verifier, as the local store
// does; other tests answer by hand (late, twice, RADIUS-shaped).

#include "TestAccount.h"
#include "common/Bytes.h"
#include "crypto/CryptoLibrary.h"
#include "mppe/MppeKeys.h"
#include "mschapv2/MsChapV2Authenticator.h"
#include "mschapv2/MsChapV2Codec.h"
#include "mschapv2/MsChapV2Peer.h"
#include "mschapv2/MsChapV2Verifier.h"

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
        std::vector<MsChapV2AuthenticatorEvent> serverEvents; // all but the checks
        std::vector<MsChapV2Check> checks;                    // what the backend was asked
        std::vector<MsChapV2PeerEvent> peerEvents;
        std::vector<Bytes> toPeer;   // every packet the authenticator sent
        std::vector<Bytes> toServer; // every packet the peer sent
    };

    // Checks a proposed new password (UTF-8); an error's message is shown to the user.
    using PasswordPolicy = std::function<Status(std::string_view user, std::string_view pw)>;

    std::shared_ptr<const crypto::CryptoLibrary> m_lib;
    // The test backend: accounts by full name, what it looked up, the policy for new
    // passwords and the changes it stored.
    std::map<std::string, MsChapV2Account> m_accounts;
    std::vector<std::string> m_lookups;
    PasswordPolicy m_policy;
    std::map<std::string, NtHash> m_changed;

    NtHash hashOf(const std::string &password)
    {
        return *MsChapV2Crypto(*m_lib).ntPasswordHash(password);
    }

    MsChapV2Account lookup(const std::string &user)
    {
        m_lookups.push_back(user);
        auto it = m_accounts.find(user);
        return it == m_accounts.end() ? MsChapV2Account{} : it->second;
    }

    // The verdict a store with m_accounts gives: the password first, then the state.
    MsChapV2Verdict judge(const MsChapV2Check &check)
    {
        MsChapV2Verifier verifier(*m_lib);
        if (const auto *response = std::get_if<MsChapV2ResponseCheck>(&check)) {
            const MsChapV2Account account = lookup(response->user);
            if (account.state == MsChapV2AccountState::UnknownUser)
                return MsChapV2Refused{691, "unknown user", {}};
            if (!verifier.responseMatches(*response, account.ntHash))
                return MsChapV2Refused{691, "wrong password (NT-Response mismatch)", {}};
            switch (account.state) {
            case MsChapV2AccountState::Ok:
                return verifier.accept(*response, account.ntHash);
            case MsChapV2AccountState::PasswordExpired:
                return MsChapV2Refused{648, "password expired", {}};
            case MsChapV2AccountState::Disabled:
                return MsChapV2Refused{647, "account disabled", {}};
            case MsChapV2AccountState::NoDialinPermission:
                return MsChapV2Refused{649, "account locked out", {}};
            case MsChapV2AccountState::RestrictedLogonHours:
                return MsChapV2Refused{646, "outside logon hours", {}};
            case MsChapV2AccountState::UnknownUser:
                break;
            }
            return MsChapV2Refused{};
        }
        const auto &change = std::get<MsChapV2PasswordChangeCheck>(check);
        const MsChapV2Account account = lookup(change.user);
        auto opened = verifier.openPasswordChange(change, account.ntHash);
        if (!opened)
            return MsChapV2Verifier::refusal(opened.error());
        if (m_policy) {
            const Status allowed = m_policy(change.user, opened->utf8);
            if (!allowed)
                return MsChapV2Refused{709,
                                       "password change rejected by policy: " + allowed.message(),
                                       allowed.message()};
        }
        m_changed[change.user] = opened->ntHash;
        return verifier.acceptChanged(change, opened->ntHash);
    }

    // Takes the server's events, answers every check at once with judge(), and keeps
    // the rest (and the checks) in run.
    void settle(MsChapV2Authenticator &server, Run &run, Timestamp now)
    {
        for (bool again = true; again;) {
            again = false;
            for (auto &e : server.takeEvents()) {
                if (auto *asked = std::get_if<MsChapV2CheckRequested>(&e)) {
                    run.checks.push_back(asked->check);
                    server.onVerdict(judge(asked->check), now);
                    again = true;
                } else {
                    run.serverEvents.push_back(std::move(e));
                }
            }
        }
    }

    MsChapV2Authenticator makeServer(PasswordPolicy policy = {}, int maxAttempts = 3)
    {
        m_policy = std::move(policy);
        MsChapV2Authenticator::Config config;
        config.name = "keyward";
        config.maxAttempts = maxAttempts;
        return MsChapV2Authenticator(*m_lib, config, CountingRandom{0x40});
    }

    // The server side's MPPE keys as RFC 3079 derives them from what the peer saw.
    MsChapV2MppeKeys keysFromPeer(const MsChapV2PeerAuthenticated &peer)
    {
        auto keys = mppe::MppeKeys::masterKeys(*m_lib, peer.passwordHashHash, peer.ntResponse,
                                               mppe::MppeRole::Server);
        return MsChapV2MppeKeys{keys.send, keys.receive};
    }

    static bool sameKeys(const MsChapV2MppeKeys &a, const MsChapV2MppeKeys &b)
    {
        return a.send == b.send && a.receive == b.receive;
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
                settle(server, run, 0ms);
            }
            if (out.empty() && back.empty())
                break;
        }
        settle(server, run, 0ms);
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
        m_changed.clear();
        m_policy = {};
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
        QCOMPARE(run.checks.size(), std::size_t(1));
        const auto &check = std::get<MsChapV2ResponseCheck>(run.checks[0]);
        QCOMPARE(check.user, std::string("alice"));
        QVERIFY(check.authenticatorChallenge == challengeOf(0x10));
        auto &auth = std::get<MsChapV2Authenticated>(run.serverEvents[0]);
        QCOMPARE(auth.user, std::string("alice"));
        auto &peerAuth = std::get<MsChapV2PeerAuthenticated>(run.peerEvents.at(0));
        QVERIFY(check.ntResponse == peerAuth.ntResponse);
        MsChapV2Crypto c(*m_lib);
        QVERIFY(peerAuth.passwordHashHash == c.hashNtPasswordHash(hashOf("correct horse")));
        // The keys in the event are the server side's, as the peer derives them.
        QVERIFY(sameKeys(auth.keys, keysFromPeer(peerAuth)));
        QVERIFY(auth.keys.send != auth.keys.receive);
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
        QVERIFY(fin.final);
        QCOMPARE(m_lookups, std::vector<std::string>{"mallory"});
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
        // The change was checked against the challenge sent with E=648.
        QCOMPARE(run.checks.size(), std::size_t(2));
        const auto &change = std::get<MsChapV2PasswordChangeCheck>(run.checks[1]);
        QCOMPARE(change.user, std::string("alice"));
        auto d = MsChapV2Codec::decode(run.toPeer[1]);
        auto f = MsChapV2Codec::parseFailure(std::get<ChapFailurePacket>(*d).message);
        QVERIFY(f->challenge && change.authenticatorChallenge == *f->challenge);
        NtHash newHash = hashOf("n3w p\xc3\xa4ss");
        QCOMPARE(m_changed.size(), std::size_t(1));
        QVERIFY(m_changed.at("alice") == newHash);
        auto &peerAuth = std::get<MsChapV2PeerAuthenticated>(run.peerEvents.at(0));
        QVERIFY(peerAuth.passwordChanged);
        QVERIFY(peerAuth.passwordHashHash == MsChapV2Crypto(*m_lib).hashNtPasswordHash(newHash));
        bool authenticated = false;
        for (auto &e : run.serverEvents) {
            if (auto *a = std::get_if<MsChapV2Authenticated>(&e)) {
                authenticated = true;
                QVERIFY(sameKeys(a->keys, keysFromPeer(peerAuth)));
            }
        }
        QVERIFY(authenticated);
        // The E=648 step is reported, not final.
        auto &expired = std::get<MsChapV2Failed>(run.serverEvents.at(0));
        QCOMPARE(expired.code, 648u);
        QVERIFY(!expired.final);
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
        QVERIFY(m_changed.empty());
        auto &fin = std::get<MsChapV2Failed>(run.serverEvents.back());
        QVERIFY(fin.final);
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
        QVERIFY(m_changed.empty());
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
        QVERIFY(m_changed.empty());
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
        Bytes flagged = response; // the Flags octet is the last of the 49-octet value
        flagged[4 + 1 + 48] = 1;
        dropped = server.onPacket(flagged, 4100ms);
        QVERIFY(!dropped.ok());
        QVERIFY(dropped.message().find("Flags") != std::string::npos);
        Run run;
        QVERIFY(server.onPacket(response, 4100ms).ok());
        settle(server, run, 4100ms);
        auto success = server.takeOutgoing();
        QCOMPARE(success.size(), std::size_t(1));
        QCOMPARE(int(success[0][0]), 3);
        // The Success was lost; the peer repeats its Response: same answer again.
        QVERIFY(server.onPacket(response, 4200ms).ok());
        settle(server, run, 4200ms);
        auto repeat = server.takeOutgoing();
        QCOMPARE(repeat.size(), std::size_t(1));
        QVERIFY(repeat[0] == success[0]);
        QCOMPARE(run.checks.size(), std::size_t(1));              // judged once
        QCOMPARE(run.serverEvents.size(), std::size_t(1));        // authenticated once
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

    void changeWithTheOldPasswordsNtResponseIsFinal691()
    {
        m_accounts["alice"].state = MsChapV2AccountState::PasswordExpired;
        auto server = makeServer();
        auto peer = makePeer("alice", "correct horse", {},
                             []() -> std::optional<std::string> { return "a much better one"; });
        Run run = exchange(server, peer, [](Bytes &p) {
            if (p[0] == 7)
                p[4 + 516 + 16 + 16 + 8] ^= 0x01; // the NT-Response
        });
        QCOMPARE(failureCode(run.toPeer.back()), 691u);
        QCOMPARE(server.state(), MsChapV2Authenticator::State::Failed);
        auto &fin = std::get<MsChapV2Failed>(run.serverEvents.back());
        QVERIFY(fin.final);
        QVERIFY(fin.reason.find("NT-Response") != std::string::npos);
        QVERIFY(m_changed.empty());
        // The Failure was lost; the repeated Change-Password gets it again, unjudged.
        const std::size_t checks = run.checks.size();
        QVERIFY(server.onPacket(run.toServer.back(), 0ms).ok());
        settle(server, run, 0ms);
        auto repeat = server.takeOutgoing();
        QCOMPARE(repeat.size(), std::size_t(1));
        QVERIFY(repeat[0] == run.toPeer.back());
        QCOMPARE(run.checks.size(), checks);
    }

    void verdictDeadline()
    {
        auto server = makeServer();
        server.start(challengeOf(0x10), 7, 0ms);
        auto peer = makePeer("alice", "correct horse");
        QVERIFY(peer.onPacket(server.takeOutgoing().at(0), 0ms).ok());
        QVERIFY(server.onPacket(peer.takeOutgoing().at(0), 500ms).ok());
        QCOMPARE(server.state(), MsChapV2Authenticator::State::WaitVerdict);
        auto asked = server.takeEvents();
        QCOMPARE(asked.size(), std::size_t(1));
        QVERIFY(std::holds_alternative<MsChapV2CheckRequested>(asked[0]));
        // 20 s by default; the Challenge is not retransmitted while waiting.
        QCOMPARE(server.nextDeadline(), Timestamp(20500ms));
        server.onTimer(3500ms);
        server.onTimer(20499ms);
        QVERIFY(server.takeOutgoing().empty());
        QVERIFY(server.takeEvents().empty());
        server.onTimer(20500ms);
        QCOMPARE(server.state(), MsChapV2Authenticator::State::Failed);
        auto out = server.takeOutgoing();
        QCOMPARE(out.size(), std::size_t(1));
        QCOMPARE(int(out[0][1]), 7); // answers the Response
        auto d = MsChapV2Codec::decode(out[0]);
        auto f = MsChapV2Codec::parseFailure(std::get<ChapFailurePacket>(*d).message);
        QCOMPARE(f->error, 691u);
        QVERIFY(!f->retry);
        auto events = server.takeEvents();
        QCOMPARE(events.size(), std::size_t(1));
        auto &failed = std::get<MsChapV2Failed>(events[0]);
        QCOMPARE(failed.user, std::string("alice"));
        QCOMPARE(failed.code, 691u);
        QVERIFY(failed.final);
        QCOMPARE(failed.reason, std::string("the sign-in service did not answer in time"));
        QVERIFY(nextDeadlineIsMax(server));
        // The verdict that comes too late changes nothing.
        server.onVerdict(judge(std::get<MsChapV2CheckRequested>(asked[0]).check), 21000ms);
        QCOMPARE(server.state(), MsChapV2Authenticator::State::Failed);
        QVERIFY(server.takeOutgoing().empty());
        QVERIFY(server.takeEvents().empty());

        // A configured timeout is used as given.
        MsChapV2Authenticator::Config config;
        config.verdictTimeout = 1500ms;
        MsChapV2Authenticator quick(*m_lib, config, CountingRandom{0x40});
        quick.start(challengeOf(0x10), 1, 0ms);
        auto peer2 = makePeer("alice", "correct horse");
        QVERIFY(peer2.onPacket(quick.takeOutgoing().at(0), 0ms).ok());
        QVERIFY(quick.onPacket(peer2.takeOutgoing().at(0), 100ms).ok());
        QCOMPARE(quick.nextDeadline(), Timestamp(1600ms));
    }

    void duplicateResponseWhileWaiting()
    {
        auto server = makeServer();
        server.start(challengeOf(0x10), 3, 0ms);
        auto peer = makePeer("alice", "correct horse");
        QVERIFY(peer.onPacket(server.takeOutgoing().at(0), 0ms).ok());
        const Bytes response = peer.takeOutgoing().at(0);
        QVERIFY(server.onPacket(response, 10ms).ok());
        Status dropped = server.onPacket(response, 3010ms);
        QVERIFY(!dropped.ok());
        QVERIFY2(dropped.message().find("still judging") != std::string::npos,
                 dropped.message().c_str());
        Bytes other = response;
        other[1] = 4;
        QVERIFY(!server.onPacket(other, 3020ms).ok());
        QVERIFY(server.takeOutgoing().empty()); // nothing answered, nothing repeated
        auto events = server.takeEvents();
        QCOMPARE(events.size(), std::size_t(1)); // asked once
        server.onVerdict(judge(std::get<MsChapV2CheckRequested>(events[0]).check), 3030ms);
        auto out = server.takeOutgoing();
        QCOMPARE(out.size(), std::size_t(1));
        QCOMPARE(int(out[0][0]), 3);
        QVERIFY(peer.onPacket(out[0], 3030ms).ok());
        QCOMPARE(peer.state(), MsChapV2Peer::State::Succeeded);
        QCOMPARE(server.takeEvents().size(), std::size_t(1));

        // The same for a Change-Password while its verdict is awaited.
        m_accounts["alice"].state = MsChapV2AccountState::PasswordExpired;
        auto server2 = makeServer();
        auto peer2 = makePeer("alice", "correct horse", {},
                              []() -> std::optional<std::string> { return "a much better one"; });
        server2.start(challengeOf(0x10), 1, 0ms);
        Run run;
        QVERIFY(peer2.onPacket(server2.takeOutgoing().at(0), 0ms).ok());
        QVERIFY(server2.onPacket(peer2.takeOutgoing().at(0), 0ms).ok());
        settle(server2, run, 0ms); // E=648
        QVERIFY(peer2.onPacket(server2.takeOutgoing().at(0), 0ms).ok());
        const Bytes change = peer2.takeOutgoing().at(0);
        QCOMPARE(int(change[0]), 7);
        QVERIFY(server2.onPacket(change, 0ms).ok());
        dropped = server2.onPacket(change, 100ms);
        QVERIFY(!dropped.ok());
        QVERIFY(dropped.message().find("still judging") != std::string::npos);
        auto asked = server2.takeEvents();
        QCOMPARE(asked.size(), std::size_t(1));
        QVERIFY(std::holds_alternative<MsChapV2PasswordChangeCheck>(
            std::get<MsChapV2CheckRequested>(asked[0]).check));
    }

    void verdictWhenNoneIsAwaited()
    {
        MsChapV2Accepted accepted{"S=" + std::string(40, 'A'), {}, {}};
        auto server = makeServer();
        server.onVerdict(accepted, 0ms); // before start
        QCOMPARE(server.state(), MsChapV2Authenticator::State::Idle);
        server.start(challengeOf(0x10), 1, 0ms);
        (void)server.takeOutgoing();
        server.onVerdict(accepted, 0ms); // no Response yet
        server.onVerdict(MsChapV2Refused{691, "x", {}}, 0ms);
        QCOMPARE(server.state(), MsChapV2Authenticator::State::WaitResponse);
        QVERIFY(server.takeOutgoing().empty());
        QVERIFY(server.takeEvents().empty());

        auto peer = makePeer("alice", "correct horse");
        Run run = exchange(server, peer);
        QCOMPARE(server.state(), MsChapV2Authenticator::State::Succeeded);
        server.onVerdict(MsChapV2Refused{647, "late", {}}, 0ms); // after the Success
        server.onVerdict(accepted, 0ms);
        QCOMPARE(server.state(), MsChapV2Authenticator::State::Succeeded);
        QVERIFY(server.takeOutgoing().empty());
        QVERIFY(server.takeEvents().empty());
    }

    void radiusShapedVerdict()
    {
        // A RADIUS server answers with MS-CHAP2-Success and MS-MPPE keys: no hash.
        const std::string s = "S=407a5589115fd0d6209f510fe9c04566932cda56";
        MsChapV2MppeKeys keys;
        for (std::size_t i = 0; i < keys.send.size(); ++i) {
            keys.send[i] = static_cast<std::uint8_t>(0xa0 + i);
            keys.receive[i] = static_cast<std::uint8_t>(0x50 + i);
        }
        auto server = makeServer();
        server.start(challengeOf(0x10), 9, 0ms);
        auto peer = makePeer("bob@example.org", "whatever");
        QVERIFY(peer.onPacket(server.takeOutgoing().at(0), 0ms).ok());
        QVERIFY(server.onPacket(peer.takeOutgoing().at(0), 0ms).ok());
        auto asked = server.takeEvents();
        QCOMPARE(
            std::get<MsChapV2ResponseCheck>(std::get<MsChapV2CheckRequested>(asked.at(0)).check)
                .user,
            std::string("bob@example.org"));
        server.onVerdict(MsChapV2Accepted{s, keys, "Welcome from RADIUS"}, 50ms);
        QCOMPARE(server.state(), MsChapV2Authenticator::State::Succeeded);
        auto out = server.takeOutgoing();
        QCOMPARE(out.size(), std::size_t(1));
        auto d = MsChapV2Codec::decode(out[0]);
        const auto &success = std::get<ChapSuccessPacket>(*d);
        QCOMPARE(int(success.identifier), 9);
        // The given S=, written in upper case as RFC 2759 §8.7 has it, and the M= text.
        QCOMPARE(success.message,
                 std::string("S=407A5589115FD0D6209F510FE9C04566932CDA56 M=Welcome from RADIUS"));
        auto events = server.takeEvents();
        QCOMPARE(events.size(), std::size_t(1));
        auto &auth = std::get<MsChapV2Authenticated>(events[0]);
        QCOMPARE(auth.user, std::string("bob@example.org"));
        QVERIFY(sameKeys(auth.keys, keys));

        // No M= from the backend: the configured one.
        auto server2 = makeServer();
        server2.start(challengeOf(0x10), 1, 0ms);
        auto peer2 = makePeer("bob", "whatever");
        QVERIFY(peer2.onPacket(server2.takeOutgoing().at(0), 0ms).ok());
        QVERIFY(server2.onPacket(peer2.takeOutgoing().at(0), 0ms).ok());
        (void)server2.takeEvents();
        server2.onVerdict(MsChapV2Accepted{s, keys, {}}, 0ms);
        auto d2 = MsChapV2Codec::decode(server2.takeOutgoing().at(0));
        QCOMPARE(std::get<ChapSuccessPacket>(*d2).message,
                 std::string("S=407A5589115FD0D6209F510FE9C04566932CDA56 M=Access granted"));
    }

    void malformedAuthenticatorResponseFromTheBackendFails()
    {
        for (const std::string &bad :
             {std::string("S=407A"), std::string(42, 'S'), "S=" + std::string(39, '0') + "G"}) {
            auto server = makeServer();
            server.start(challengeOf(0x10), 1, 0ms);
            auto peer = makePeer("bob", "whatever");
            QVERIFY(peer.onPacket(server.takeOutgoing().at(0), 0ms).ok());
            QVERIFY(server.onPacket(peer.takeOutgoing().at(0), 0ms).ok());
            (void)server.takeEvents();
            server.onVerdict(MsChapV2Accepted{bad, {}, {}}, 0ms);
            QCOMPARE(server.state(), MsChapV2Authenticator::State::Failed);
            QCOMPARE(failureCode(server.takeOutgoing().at(0)), 691u);
            auto events = server.takeEvents();
            auto &failed = std::get<MsChapV2Failed>(events.at(0));
            QVERIFY(failed.final);
            QVERIFY(failed.reason.find("malformed") != std::string::npos);
            for (const auto &e : events)
                QVERIFY(!std::holds_alternative<MsChapV2Authenticated>(e));
        }
    }

    void refusalWithUnknownCodeIsFinal()
    {
        // A backend's own code (here E=709 for a Response) ends the exchange, with its
        // M= text and reason; a retry is only offered for E=691.
        auto server = makeServer();
        server.start(challengeOf(0x10), 1, 0ms);
        auto peer = makePeer("bob", "whatever");
        QVERIFY(peer.onPacket(server.takeOutgoing().at(0), 0ms).ok());
        QVERIFY(server.onPacket(peer.takeOutgoing().at(0), 0ms).ok());
        (void)server.takeEvents();
        server.onVerdict(MsChapV2Refused{709, "directory says no", "Call the help desk"}, 0ms);
        QCOMPARE(server.state(), MsChapV2Authenticator::State::Failed);
        auto d = MsChapV2Codec::decode(server.takeOutgoing().at(0));
        auto f = MsChapV2Codec::parseFailure(std::get<ChapFailurePacket>(*d).message);
        QCOMPARE(f->error, 709u);
        QVERIFY(!f->retry);
        QCOMPARE(f->message, std::string("Call the help desk"));
        auto events = server.takeEvents();
        QCOMPARE(std::get<MsChapV2Failed>(events.at(0)).reason, std::string("directory says no"));
    }

private:
    static bool nextDeadlineIsMax(const MsChapV2Authenticator &s)
    {
        return s.nextDeadline() == Timestamp::max();
    }
};

QTEST_GUILESS_MAIN(TestMsChapV2Authenticator)
#include "TestMsChapV2Authenticator.moc"
