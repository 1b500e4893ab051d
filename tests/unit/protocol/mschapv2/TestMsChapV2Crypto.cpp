// RFC 2759 §8 algorithms against RFC 2759 §9.2, the change-password vectors and
// two real captures (chapcrack pptp.cap, pptpcrack test.pcap).

#include "TestVectors.h"
#include "common/Bytes.h"
#include "crypto/CryptoLibrary.h"
#include "crypto/Rc4.h"
#include "mschapv2/MsChapV2Crypto.h"
#include "mschapv2/MsChapV2PasswordEncoding.h"
#include "mschapv2/MsChapV2UserName.h"

#include <QTest>

using namespace keyward::protocol;
using namespace keyward::protocol::mschapv2;

namespace {

template <std::size_t N> std::array<std::uint8_t, N> arr(const Bytes &b)
{
    std::array<std::uint8_t, N> out{};
    if (b.size() == N)
        std::copy(b.begin(), b.end(), out.begin());
    return out;
}

std::string lower(std::string s)
{
    for (char &c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

} // namespace

class TestMsChapV2Crypto : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto loaded = crypto::CryptoLibrary::load();
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.message().c_str());
        m_lib = loaded.value();
        QVERIFY(m_vectors.isValid());
        QVERIFY(m_captures.isValid());
    }

    void rfc2759Section92()
    {
        MsChapV2Crypto c(*m_lib);
        auto v = m_vectors.section("mschapv2_rfc2759");
        auto hash = c.ntPasswordHash(TestVectors::text(v, "password_ascii"));
        QVERIFY(hash.ok());
        QCOMPARE(toHex(*hash), TestVectors::text(v, "password_hash"));
        QCOMPARE(toHex(c.hashNtPasswordHash(*hash)), TestVectors::text(v, "password_hash_hash"));
        auto auth = arr<16>(TestVectors::hex(v, "authenticator_challenge"));
        auto peer = arr<16>(TestVectors::hex(v, "peer_challenge"));
        std::string user = TestVectors::text(v, "username_ascii");
        QCOMPARE(toHex(c.challengeHash(peer, auth, user)), TestVectors::text(v, "challenge_hash"));
        auto nt = c.generateNtResponse(auth, peer, user, *hash);
        QCOMPARE(toHex(nt), TestVectors::text(v, "nt_response"));
        std::string s = c.generateAuthenticatorResponse(*hash, nt, peer, auth, user);
        QCOMPARE(s, TestVectors::text(v, "authenticator_response"));
        QVERIFY(c.checkAuthenticatorResponse(*hash, nt, peer, auth, user, s));
        QVERIFY(
            c.checkAuthenticatorResponse(*hash, nt, peer, auth, user, lower(s).replace(0, 1, "S")));
        std::string bad = s;
        bad[10] = bad[10] == '0' ? '1' : '0';
        QVERIFY(!c.checkAuthenticatorResponse(*hash, nt, peer, auth, user, bad));
        QVERIFY(!c.checkAuthenticatorResponse(*hash, nt, peer, auth, user, s.substr(0, 41)));
        QVERIFY(!c.checkAuthenticatorResponse(*hash, nt, peer, auth, user, "s" + s.substr(1)));
    }

    void domainPrefixIsStrippedForChallengeHash()
    {
        MsChapV2Crypto c(*m_lib);
        auto v = m_vectors.section("mschapv2_rfc2759");
        auto auth = arr<16>(TestVectors::hex(v, "authenticator_challenge"));
        auto peer = arr<16>(TestVectors::hex(v, "peer_challenge"));
        QCOMPARE(toHex(c.challengeHash(peer, auth, "CORP\\User")),
                 TestVectors::text(v, "challenge_hash"));
        auto parts = MsChapV2UserName::split("CORP\\User");
        QCOMPARE(std::string(parts.domain), std::string("CORP"));
        QCOMPARE(std::string(parts.user), std::string("User"));
        QCOMPARE(std::string(MsChapV2UserName::split("User").domain), std::string());
        QCOMPARE(std::string(MsChapV2UserName::stripDomain("A\\B\\u")), std::string("u"));
    }

    void aRealmStaysInTheChallengeHashButNotInTheAccountName()
    {
        // RFC 2759 strips only "DOMAIN\\" (as Windows and pppd do): a peer that sends
        // "User@realm" hashed the whole name, so we must too, while the account is "User".
        MsChapV2Crypto c(*m_lib);
        auto v = m_vectors.section("mschapv2_rfc2759");
        auto auth = arr<16>(TestVectors::hex(v, "authenticator_challenge"));
        auto peer = arr<16>(TestVectors::hex(v, "peer_challenge"));
        QVERIFY(toHex(c.challengeHash(peer, auth, "User@example.org")) !=
                TestVectors::text(v, "challenge_hash"));
        QCOMPARE(toHex(c.challengeHash(peer, auth, "CORP\\User@example.org")),
                 toHex(c.challengeHash(peer, auth, "User@example.org")));
        using Form = MsChapV2UserName::Form;
        const struct
        {
            const char *wire;
            const char *account;
            Form form;
        } cases[] = {
            {"User", "User", Form::Plain},
            {"CORP\\User", "User", Form::Domain},
            {"User@example.org", "User", Form::Realm},
            {"CORP\\User@example.org", "User", Form::Domain},
            {"a@b@example.org", "a@b", Form::Realm},
            {"@example.org", "@example.org", Form::Plain}, // no account part: kept
            {"", "", Form::Plain},
        };
        for (const auto &t : cases) {
            QCOMPARE(std::string(MsChapV2UserName::accountName(t.wire)), std::string(t.account));
            QVERIFY2(MsChapV2UserName::form(t.wire) == t.form, t.wire);
        }
    }

    void chapcrackCapture()
    {
        MsChapV2Crypto c(*m_lib);
        auto v = m_captures.section("chapcrack_pptp_cap");
        auto hash = c.ntPasswordHash(TestVectors::text(v, "password_ascii"));
        QVERIFY(hash.ok());
        QCOMPARE(toHex(*hash), TestVectors::text(v, "password_hash"));
        auto auth = arr<16>(TestVectors::hex(v, "authenticator_challenge"));
        auto peer = arr<16>(TestVectors::hex(v, "peer_challenge"));
        std::string user = TestVectors::text(v, "username_ascii");
        QCOMPARE(toHex(c.challengeHash(peer, auth, user)), TestVectors::text(v, "challenge_hash"));
        auto nt = c.generateNtResponse(auth, peer, user, *hash);
        QCOMPARE(toHex(nt), TestVectors::text(v, "nt_response"));
        QCOMPARE(c.generateAuthenticatorResponse(*hash, nt, peer, auth, user),
                 TestVectors::text(v, "authenticator_response_computed"));
    }

    void pptpcrackCapture()
    {
        MsChapV2Crypto c(*m_lib);
        auto v = m_captures.section("pptpcrack_test_pcap");
        auto hash = c.ntPasswordHash(TestVectors::text(v, "password_ascii"));
        QVERIFY(hash.ok());
        auto auth = arr<16>(TestVectors::hex(v, "authenticator_challenge"));
        auto peer = arr<16>(TestVectors::hex(v, "peer_challenge"));
        std::string user = TestVectors::text(v, "username_ascii");
        auto nt = c.generateNtResponse(auth, peer, user, *hash);
        QCOMPARE(toHex(nt), TestVectors::text(v, "nt_response"));
        QCOMPARE(c.generateAuthenticatorResponse(*hash, nt, peer, auth, user),
                 TestVectors::text(v, "success_message_on_wire_ascii"));
    }

    void changePasswordVectors()
    {
        MsChapV2Crypto c(*m_lib);
        auto v = m_vectors.section("mschapv2_change_password_derived");
        auto oldHash = arr<16>(TestVectors::hex(v, "old_password_hash"));
        auto newHash = c.ntPasswordHash(TestVectors::text(v, "new_password_ascii"));
        QVERIFY(newHash.ok());
        QCOMPARE(toHex(*newHash), TestVectors::text(v, "new_password_hash"));
        QCOMPARE(
            toHex(c.oldNtPasswordHashEncryptedWithNewNtPasswordHash(*newHash, oldHash)),
            TestVectors::text(v, "encrypted_hash_OldNtPasswordHashEncryptedWithNewNtPasswordHash"));

        Bytes zeros(512, 0);
        auto block = c.newPasswordEncryptedWithOldNtPasswordHash(
            TestVectors::text(v, "new_password_ascii"), oldHash, zeros);
        QVERIFY(block.ok());
        QCOMPARE(toHex(*block), TestVectors::text(v, "encrypted_pwblock_516"));
        // The clear block (zero fill) hashes as the vector says: decrypting with RC4
        // under the old hash gives it back.
        PwBlock clear = *block;
        {
            crypto::Rc4 rc4(*m_lib);
            rc4.setKey(oldHash);
            rc4.applyInPlace(clear);
        }
        QCOMPARE(toHex(m_lib->sha1({clear})), TestVectors::text(v, "clear_pwblock_516_sha1"));
        QCOMPARE(int(clear[512]), 8); // "MyPw" is 8 UTF-16 octets, little-endian length
        QCOMPARE(int(clear[513]) | int(clear[514]) | int(clear[515]), 0);

        auto decrypted = c.decryptNewPassword(*block, oldHash);
        QVERIFY(decrypted.ok());
        QCOMPARE(toHex(*decrypted), std::string("4d00790050007700"));
    }

    void pwBlockRandomFillAndBadLength()
    {
        MsChapV2Crypto c(*m_lib);
        auto v = m_vectors.section("mschapv2_change_password_derived");
        auto oldHash = arr<16>(TestVectors::hex(v, "old_password_hash"));
        Bytes fill = m_lib->randomBytes(512);
        auto block =
            c.newPasswordEncryptedWithOldNtPasswordHash("n\xc3\xa9w-p\xe2\x82\xac", oldHash, fill);
        QVERIFY(block.ok());
        auto decrypted = c.decryptNewPassword(*block, oldHash);
        QVERIFY(decrypted.ok());
        auto text = MsChapV2PasswordEncoding::utf16LeToUtf8(*decrypted);
        QVERIFY(text.ok());
        QCOMPARE(*text, std::string("n\xc3\xa9w-p\xe2\x82\xac"));

        // Decrypting with the wrong old hash gives a garbage length: rejected.
        NtHash wrong = oldHash;
        wrong[0] ^= 1;
        int rejected = 0;
        for (int i = 0; i < 8; ++i) {
            wrong[1] = static_cast<std::uint8_t>(i);
            auto r = c.decryptNewPassword(*block, wrong);
            if (!r.ok()) {
                ++rejected;
                QVERIFY(r.message().find("length field") != std::string::npos);
            }
        }
        QVERIFY(rejected >= 7);
        QVERIFY(!c.newPasswordEncryptedWithOldNtPasswordHash("abc", oldHash, Bytes(10)).ok());
        QVERIFY(!c.newPasswordEncryptedWithOldNtPasswordHash("", oldHash, fill).ok());
    }

    void passwordEncoding()
    {
        auto u = MsChapV2PasswordEncoding::utf8ToUtf16Le("a\xc3\xa9\xf0\x9f\x98\x80");
        QVERIFY(u.ok());
        QCOMPARE(toHex(*u), std::string("6100e9003dd800de"));
        auto back = MsChapV2PasswordEncoding::utf16LeToUtf8(*u);
        QVERIFY(back.ok());
        QCOMPARE(*back, std::string("a\xc3\xa9\xf0\x9f\x98\x80"));
        QVERIFY(!MsChapV2PasswordEncoding::utf8ToUtf16Le("\xc0\xaf").ok());     // overlong
        QVERIFY(!MsChapV2PasswordEncoding::utf8ToUtf16Le("\xed\xa0\x80").ok()); // surrogate
        QVERIFY(!MsChapV2PasswordEncoding::utf8ToUtf16Le("\xe2\x82").ok());     // truncated
        QVERIFY(!MsChapV2PasswordEncoding::utf8ToUtf16Le("\xff").ok());
        QVERIFY(MsChapV2PasswordEncoding::utf8ToUtf16Le(std::string(256, 'x')).ok());
        QVERIFY(!MsChapV2PasswordEncoding::utf8ToUtf16Le(std::string(257, 'x')).ok());
        QVERIFY(!MsChapV2PasswordEncoding::utf16LeToUtf8(fromHex("3dd8")).ok()); // lone high
        QVERIFY(!MsChapV2PasswordEncoding::utf16LeToUtf8(fromHex("00de")).ok()); // lone low
        QVERIFY(!MsChapV2PasswordEncoding::utf16LeToUtf8(Bytes{0x61, 0x00, 0x62}).ok());
        MsChapV2Crypto c(*m_lib);
        QVERIFY(!c.ntPasswordHash("\xff").ok());
    }

private:
    std::shared_ptr<const crypto::CryptoLibrary> m_lib;
    TestVectors m_vectors{"mschapv2_mppe.json"};
    TestVectors m_captures{"pptp_captures.json"};
};

QTEST_GUILESS_MAIN(TestMsChapV2Crypto)
#include "TestMsChapV2Crypto.moc"
