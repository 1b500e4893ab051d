// The RADIUS sign-in backend's side of the exchange: the Access-Request it builds,
// and the verdict and grant it reads from an answer (S= text, MPPE keys decrypted
// with the secret and the request's authenticator, E= codes, Session-Timeout and the
// rest, the MPPE rule only when stricter than the policy), end to end through a
// server in this process.

#include "RadiusTestResponder.h"
#include "core/Database.h"
#include "core/PolicyStore.h"
#include "core/SettingsStore.h"
#include "radius/RadiusClient.h"
#include "radius/RadiusMppeKey.h"
#include "signin/RadiusSignIn.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using namespace keyward::radius;
using namespace keyward::protocol::mschapv2;
using protocol::Bytes;

namespace {

const QByteArray Secret = QByteArrayLiteral("unit-test-secret");
const Bytes SecretBytes(Secret.begin(), Secret.end());
const std::string SuccessText = "S=0123456789ABCDEF0123456789ABCDEF01234567";

MsChapV2ResponseCheck check()
{
    MsChapV2ResponseCheck c;
    c.user = "OFFICE\\alice";
    c.authenticatorChallenge.fill(0x11);
    c.peerChallenge.fill(0x22);
    c.ntResponse.fill(0x33);
    return c;
}

Bytes keyOf(std::uint8_t fill)
{
    return Bytes(16, fill);
}

// An Access-Accept as FreeRADIUS's mschap module sends it, for the request `wire`.
RadiusPacket acceptFor(const Authenticator &request, std::uint32_t types = ms::Types128)
{
    RadiusPacket answer;
    answer.code = RadiusCode::AccessAccept;
    const std::string success = "\x01" + SuccessText; // Ident, then the text
    answer.addVendor(ms::VendorId, ms::Chap2Success, protocol::asBytes(success));
    answer.addVendor(ms::VendorId, ms::MppeSendKey,
                     *RadiusMppeKey::encrypt(keyOf(0xaa), SecretBytes, request, 0x0102));
    answer.addVendor(ms::VendorId, ms::MppeRecvKey,
                     *RadiusMppeKey::encrypt(keyOf(0xbb), SecretBytes, request, 0x0304));
    const Bytes policy{0, 0, 0, 2};
    answer.addVendor(ms::VendorId, ms::MppeEncryptionPolicy, policy);
    const Bytes typeBytes{0, 0, 0, static_cast<std::uint8_t>(types)};
    answer.addVendor(ms::VendorId, ms::MppeEncryptionTypes, typeBytes);
    answer.addU32(attr::SessionTimeout, 3600);
    answer.addU32(attr::IdleTimeout, 600);
    answer.addU32(attr::FramedIpAddress, 0x0a4b0063);
    answer.addText(attr::Class, "class-1");
    answer.addText(attr::ReplyMessage, "Welcome");
    return answer;
}

RadiusClient::Answer answerOf(RadiusPacket packet, const Authenticator &request)
{
    return {std::move(packet), request, 0};
}

} // namespace

class TestRadiusSignInBackend : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::move(core::Database::open(m_dir->filePath("keyward.db"))).value();
        m_settings = std::make_unique<core::SettingsStore>(*m_database);
        m_policy = std::make_unique<core::PolicyStore>(*m_settings);
        QVERIFY(m_policy->load().ok());
    }

    void theAccessRequestCarriesTheExchange()
    {
        signin::RadiusSignIn::Options options{QStringLiteral("vpn1"), 0xc0000201};
        const RadiusPacket request =
            signin::RadiusSignIn::accessRequest(check(), QStringLiteral("198.51.100.7"), options);
        const std::string user = check().user;
        QCOMPARE(*request.find(attr::UserName), Bytes(user.begin(), user.end()));
        QCOMPARE(request.findVendor(ms::VendorId, ms::ChapChallenge).value_or(Bytes{}),
                 Bytes(16, 0x11));
        const Bytes response =
            request.findVendor(ms::VendorId, ms::Chap2Response).value_or(Bytes{});
        QCOMPARE(response.size(), std::size_t(50));
        QVERIFY(std::equal(response.begin() + 2, response.begin() + 18, Bytes(16, 0x22).begin()));
        QVERIFY(std::all_of(response.begin() + 18, response.begin() + 26,
                            [](auto b) { return b == 0; }));
        QVERIFY(std::equal(response.begin() + 26, response.end(), Bytes(24, 0x33).begin()));
        QCOMPARE(request.findU32(attr::NasIpAddress).value_or(0), 0xc0000201u);
        QCOMPARE(*request.find(attr::NasIdentifier), (Bytes{'v', 'p', 'n', '1'}));
        QCOMPARE(request.findU32(attr::NasPortType).value_or(0), attr::NasPortTypeVirtual);
        QCOMPARE(request.findU32(attr::ServiceType).value_or(0), attr::ServiceTypeFramed);
        QCOMPARE(request.findU32(attr::FramedProtocol).value_or(0), attr::FramedProtocolPpp);
        const std::string station = "198.51.100.7";
        QCOMPARE(*request.find(attr::CallingStationId), Bytes(station.begin(), station.end()));
    }

    void theChangePasswordRequestCarriesTheEncryptedPasswordInChunks()
    {
        MsChapV2PasswordChangeCheck change;
        change.user = "alice";
        change.authenticatorChallenge.fill(0x11);
        change.peerChallenge.fill(0x22);
        change.ntResponse.fill(0x33);
        for (std::size_t i = 0; i < change.encryptedPassword.size(); ++i)
            change.encryptedPassword[i] = static_cast<std::uint8_t>(i * 7);
        change.encryptedHash.fill(0x44);
        const RadiusPacket request = signin::RadiusSignIn::changePasswordRequest(
            change, QStringLiteral("198.51.100.7"), {QStringLiteral("vpn1"), 0});
        QCOMPARE(request.findVendor(ms::VendorId, ms::ChapChallenge).value_or(Bytes{}),
                 Bytes(16, 0x11));
        QVERIFY(!request.findVendor(ms::VendorId, ms::Chap2Response));
        // Code 7, Ident, Encrypted-Hash, Peer-Challenge, reserved, NT-Response, Flags.
        const Bytes cpw = request.findVendor(ms::VendorId, ms::Chap2Cpw).value_or(Bytes{});
        QCOMPARE(cpw.size(), std::size_t(68));
        QCOMPARE(cpw[0], std::uint8_t(7));
        QVERIFY(std::equal(cpw.begin() + 2, cpw.begin() + 18, Bytes(16, 0x44).begin()));
        QVERIFY(std::equal(cpw.begin() + 18, cpw.begin() + 34, Bytes(16, 0x22).begin()));
        QVERIFY(std::all_of(cpw.begin() + 34, cpw.begin() + 42, [](auto b) { return b == 0; }));
        QVERIFY(std::equal(cpw.begin() + 42, cpw.begin() + 66, Bytes(24, 0x33).begin()));
        QCOMPARE(cpw[66], std::uint8_t(0));
        QCOMPARE(cpw[67], std::uint8_t(0));
        // 516 octets as 243 + 243 + 30, numbered 1, 2, 3, in order.
        std::vector<Bytes> chunks;
        for (const RadiusAttribute &a : request.attributes) {
            if (a.type != attr::VendorSpecific || a.value.size() < 6 ||
                a.value[4] != ms::ChapNtEncPw)
                continue;
            chunks.emplace_back(a.value.begin() + 6, a.value.end());
        }
        QCOMPARE(chunks.size(), std::size_t(3));
        Bytes joined;
        const std::size_t sizes[] = {243, 243, 30};
        for (std::size_t i = 0; i < chunks.size(); ++i) {
            QCOMPARE(chunks[i].size(), sizes[i] + 4);
            QCOMPARE(chunks[i][0], std::uint8_t(6));
            QCOMPARE(chunks[i][2], std::uint8_t(0));
            QCOMPARE(chunks[i][3], std::uint8_t(i + 1));
            joined.insert(joined.end(), chunks[i].begin() + 4, chunks[i].end());
        }
        QVERIFY(std::equal(joined.begin(), joined.end(), change.encryptedPassword.begin(),
                           change.encryptedPassword.end()));
        const std::string user = "alice";
        QCOMPARE(*request.find(attr::UserName), Bytes(user.begin(), user.end()));
        QCOMPARE(request.findU32(attr::ServiceType).value_or(0), attr::ServiceTypeFramed);
    }

    void anAcceptGivesTheSuccessKeysAndLimits()
    {
        RadiusClient client({}, {});
        signin::RadiusSignIn backend(client, *m_policy, {});
        Authenticator request{};
        request.fill(0x5a);
        signin::SignInGrant grant;
        const auto verdict =
            backend.judge(answerOf(acceptFor(request), request), SecretBytes, &grant);
        const auto *accepted = std::get_if<MsChapV2Accepted>(&verdict);
        QVERIFY(accepted);
        QCOMPARE(accepted->authenticatorResponse, SuccessText);
        QVERIFY(Bytes(accepted->keys.send.begin(), accepted->keys.send.end()) == keyOf(0xaa));
        QVERIFY(Bytes(accepted->keys.receive.begin(), accepted->keys.receive.end()) == keyOf(0xbb));
        QCOMPARE(accepted->message, std::string("Welcome"));
        QCOMPARE(grant.sessionTimeoutSeconds.value_or(0), 3600);
        QCOMPARE(grant.idleTimeoutSeconds.value_or(0), 600);
        QCOMPARE(grant.framedAddress.value_or(0), 0x0a4b0063u);
        QCOMPARE(grant.radiusClass, QByteArray("class-1"));
        QVERIFY(!grant.mppeTypes); // 128-bit only, as the policy already says

        // Keys hidden under another request's authenticator do not come out.
        Authenticator other = request;
        other[0] ^= 1;
        const auto wrong = backend.judge(answerOf(acceptFor(other), request), SecretBytes, &grant);
        QVERIFY(!std::holds_alternative<MsChapV2Accepted>(wrong) ||
                std::get<MsChapV2Accepted>(wrong).keys.send != accepted->keys.send);
    }

    void theFramedAddressesThatLeaveTheChoiceToKeywarddGiveNone()
    {
        RadiusClient client({}, {});
        signin::RadiusSignIn backend(client, *m_policy, {});
        Authenticator request{};
        request.fill(0x5a);
        // 255.255.255.254: the NAS chooses; 255.255.255.255: the client would, keywardd does.
        for (const std::uint32_t choice : {0xfffffffeu, 0xffffffffu}) {
            RadiusPacket accept = acceptFor(request);
            accept.remove(attr::FramedIpAddress);
            accept.addU32(attr::FramedIpAddress, choice);
            signin::SignInGrant grant;
            const auto verdict = backend.judge(answerOf(accept, request), SecretBytes, &grant);
            QVERIFY(std::holds_alternative<MsChapV2Accepted>(verdict));
            QVERIFY(!grant.framedAddress);
        }
    }

    void anAcceptWithoutKeysIsRefused()
    {
        RadiusClient client({}, {});
        signin::RadiusSignIn backend(client, *m_policy, {});
        Authenticator request{};
        RadiusPacket answer = acceptFor(request);
        std::erase_if(answer.attributes, [](const RadiusAttribute &a) {
            return a.type == attr::VendorSpecific && a.value.size() > 4 &&
                   a.value[4] == ms::MppeRecvKey;
        });
        signin::SignInGrant grant;
        const auto verdict = backend.judge(answerOf(answer, request), SecretBytes, &grant);
        QCOMPARE(std::get<MsChapV2Refused>(verdict).code, 691u);
        QVERIFY(std::get<MsChapV2Refused>(verdict).reason.find("MS-MPPE") != std::string::npos);
    }

    void theMppeRuleOnlyNarrowsThePolicy()
    {
        RadiusClient client({}, {});
        signin::RadiusSignIn backend(client, *m_policy, {});
        Authenticator request{};
        signin::SignInGrant grant;
        // 40-bit only against a 128-bit-only policy: the policy stays.
        (void)backend.judge(answerOf(acceptFor(request, ms::Types40), request), SecretBytes,
                            &grant);
        QVERIFY(!grant.mppeTypes);
        // A policy that allows 40 and 128, a server that says 128: 128 only.
        QVERIFY(m_policy->save(QJsonObject{{"allowMppe40", true}}).ok());
        QVERIFY(m_policy->load().ok());
        QVERIFY(m_policy->current().allowMppe40);
        (void)backend.judge(answerOf(acceptFor(request, ms::Types128), request), SecretBytes,
                            &grant);
        QCOMPARE(grant.mppeTypes.value_or(0), ms::Types128);
        // ... and a server that allows both leaves the policy alone.
        (void)backend.judge(answerOf(acceptFor(request, ms::Types40 | ms::Types128), request),
                            SecretBytes, &grant);
        QVERIFY(!grant.mppeTypes);
    }

    void aRejectGivesItsCode()
    {
        RadiusClient client({}, {});
        signin::RadiusSignIn backend(client, *m_policy, {});
        Authenticator request{};
        RadiusPacket reject;
        reject.code = RadiusCode::AccessReject;
        const std::string error =
            "\x01"
            "E=648 R=0 C=00112233445566778899aabbccddeeff V=3 M=Password expired";
        reject.addVendor(ms::VendorId, ms::ChapError, protocol::asBytes(error));
        signin::SignInGrant grant;
        auto verdict = backend.judge(answerOf(reject, request), SecretBytes, &grant);
        QCOMPARE(std::get<MsChapV2Refused>(verdict).code, 648u);
        QCOMPARE(std::get<MsChapV2Refused>(verdict).userMessage, std::string("Password expired"));

        // The M= text may say anything, " E=" too: the code is the first E=.
        RadiusPacket odd;
        odd.code = RadiusCode::AccessReject;
        const std::string oddError = "\x01"
                                     "E=691 R=0 V=3 M=Try E=647 later";
        odd.addVendor(ms::VendorId, ms::ChapError, protocol::asBytes(oddError));
        verdict = backend.judge(answerOf(odd, request), SecretBytes, &grant);
        QCOMPARE(std::get<MsChapV2Refused>(verdict).code, 691u);
        QCOMPARE(std::get<MsChapV2Refused>(verdict).userMessage, std::string("Try E=647 later"));

        RadiusPacket bare;
        bare.code = RadiusCode::AccessReject;
        bare.addText(attr::ReplyMessage, "Go away");
        verdict = backend.judge(answerOf(bare, request), SecretBytes, &grant);
        QCOMPARE(std::get<MsChapV2Refused>(verdict).code, 691u);
        QCOMPARE(std::get<MsChapV2Refused>(verdict).userMessage, std::string("Go away"));
    }

    void verifyAsksTheServerAndAnswersLater()
    {
        // Accepts a Response; refuses a Change-Password as a server that does not allow
        // changes does (FreeRADIUS without passchange).
        RadiusTestResponder server([](const Bytes &wire) {
            auto decoded = RadiusPacket::decode(wire);
            if (decoded->findVendor(ms::VendorId, ms::Chap2Cpw)) {
                RadiusPacket reject;
                reject.code = RadiusCode::AccessReject;
                const std::string error = "\x01"
                                          "E=709 R=0 V=3 M=no changes here";
                reject.addVendor(ms::VendorId, ms::ChapError, protocol::asBytes(error));
                return RadiusTestResponder::sign(reject, wire, SecretBytes);
            }
            return RadiusTestResponder::sign(acceptFor(decoded->authenticator), wire, SecretBytes);
        });
        RadiusServerConfig config;
        config.address = QHostAddress::LocalHost;
        config.port = server.port();
        RadiusClient client({{config, Secret}}, {300, 0, 30});
        signin::RadiusSignIn backend(client, *m_policy, {QStringLiteral("vpn1"), 0});
        std::optional<MsChapV2Verdict> verdict;
        signin::SignInGrant grant;
        backend.verify({check(), QStringLiteral("198.51.100.7"), 9},
                       [&](const MsChapV2Verdict &v, const signin::SignInGrant &g) {
                           verdict = v;
                           grant = g;
                       });
        QVERIFY(!verdict);
        QTRY_VERIFY(verdict.has_value());
        QVERIFY(std::holds_alternative<MsChapV2Accepted>(*verdict));
        QCOMPARE(grant.backend, QString("radius"));
        QCOMPARE(grant.server, QStringLiteral("127.0.0.1:%1").arg(server.port()));

        // A password change goes to RADIUS; its E=709 reaches the client as it came.
        verdict.reset();
        backend.verify({MsChapV2PasswordChangeCheck{}, QStringLiteral("198.51.100.7"), 9},
                       [&](const MsChapV2Verdict &v, const signin::SignInGrant &) { verdict = v; });
        QTRY_VERIFY(verdict.has_value());
        QCOMPARE(std::get<MsChapV2Refused>(*verdict).code, 709u);
        QCOMPARE(std::get<MsChapV2Refused>(*verdict).userMessage, std::string("no changes here"));
        QCOMPARE(server.received().size(), std::size_t(2));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Database> m_database;
    std::unique_ptr<core::SettingsStore> m_settings;
    std::unique_ptr<core::PolicyStore> m_policy;
};

QTEST_GUILESS_MAIN(TestRadiusSignInBackend)
#include "TestRadiusSignInBackend.moc"
