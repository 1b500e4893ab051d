// MsChapV2Verifier, what the local sign-in backend answers with: RFC 2759 §9.2
// (NT-Response, S=), RFC 3079 §3.5 keys from the server's side, and the
// Change-Password checks with the derived change vector (clientPass -> MyPw).

#include "TestVectors.h"
#include "common/Bytes.h"
#include "crypto/CryptoLibrary.h"
#include "crypto/Rc4.h"
#include "mppe/MppeKeys.h"
#include "mschapv2/MsChapV2Crypto.h"
#include "mschapv2/MsChapV2Verifier.h"

#include <QJsonObject>
#include <QTest>

using namespace keyward;
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

} // namespace

class TestMsChapV2Verifier : public QObject
{
    Q_OBJECT

    std::shared_ptr<const crypto::CryptoLibrary> m_lib;
    TestVectors m_vectors{"mschapv2_mppe.json"};

    // The RFC 2759 §9.2 Response, as the authenticator hands it over.
    MsChapV2ResponseCheck rfcCheck() const
    {
        auto v = m_vectors.section("mschapv2_rfc2759");
        MsChapV2ResponseCheck check;
        check.user = TestVectors::text(v, "username_ascii");
        check.authenticatorChallenge = arr<16>(TestVectors::hex(v, "authenticator_challenge"));
        check.peerChallenge = arr<16>(TestVectors::hex(v, "peer_challenge"));
        check.ntResponse = arr<24>(TestVectors::hex(v, "nt_response"));
        return check;
    }

    NtHash rfcHash() const
    {
        return arr<16>(TestVectors::hex(m_vectors.section("mschapv2_rfc2759"), "password_hash"));
    }

    // A Change-Password from "clientPass" to newUnicode (UTF-16LE), built the way a
    // peer builds it (RFC 2759 §7, §8.9-8.13), with zero fill.
    MsChapV2PasswordChangeCheck changeTo(const Bytes &newUnicode) const
    {
        MsChapV2Crypto c(*m_lib);
        const MsChapV2ResponseCheck base = rfcCheck();
        const NtHash oldHash = rfcHash();
        const NtHash newHash = c.ntPasswordHashOfUtf16(newUnicode);
        PwBlock block{};
        std::copy(newUnicode.begin(), newUnicode.end(), block.begin() + (512 - newUnicode.size()));
        const auto len = static_cast<std::uint32_t>(newUnicode.size());
        for (std::size_t i = 0; i < 4; ++i)
            block[512 + i] = static_cast<std::uint8_t>(len >> (8 * i));
        crypto::Rc4 rc4(*m_lib);
        rc4.setKey(oldHash);
        rc4.applyInPlace(block);
        MsChapV2PasswordChangeCheck check;
        check.user = base.user;
        check.authenticatorChallenge = base.authenticatorChallenge;
        check.peerChallenge = base.peerChallenge;
        check.ntResponse = c.generateNtResponse(base.authenticatorChallenge, base.peerChallenge,
                                                base.user, newHash);
        check.encryptedPassword = block;
        check.encryptedHash = c.oldNtPasswordHashEncryptedWithNewNtPasswordHash(newHash, oldHash);
        return check;
    }

    static Bytes unicodeOf(std::string_view ascii)
    {
        Bytes out;
        for (char ch : ascii) {
            out.push_back(static_cast<std::uint8_t>(ch));
            out.push_back(0);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        auto loaded = crypto::CryptoLibrary::load();
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.message().c_str());
        m_lib = loaded.value();
        QVERIFY(m_vectors.isValid());
    }

    void rfc2759ResponseMatchesOnlyTheRightHash()
    {
        MsChapV2Verifier verifier(*m_lib);
        const MsChapV2ResponseCheck check = rfcCheck();
        QVERIFY(verifier.responseMatches(check, rfcHash()));

        NtHash other = rfcHash();
        other[15] ^= 0x01;
        QVERIFY(!verifier.responseMatches(check, other));
        MsChapV2ResponseCheck tampered = check;
        tampered.ntResponse[23] ^= 0x01;
        QVERIFY(!verifier.responseMatches(tampered, rfcHash()));
        tampered = check;
        tampered.authenticatorChallenge[0] ^= 0x01; // answers another challenge
        QVERIFY(!verifier.responseMatches(tampered, rfcHash()));
        // RFC 2759 §8.2 hashes the user part only: a domain prefix is ignored.
        MsChapV2ResponseCheck domain = check;
        domain.user = "CORP\\" + check.user;
        QVERIFY(verifier.responseMatches(domain, rfcHash()));
    }

    void acceptGivesTheRfcAuthenticatorResponseAndKeys()
    {
        MsChapV2Verifier verifier(*m_lib);
        const MsChapV2Accepted accepted = verifier.accept(rfcCheck(), rfcHash(), "Welcome");
        QCOMPARE(
            accepted.authenticatorResponse,
            TestVectors::text(m_vectors.section("mschapv2_rfc2759"), "authenticator_response"));
        QCOMPARE(accepted.message, std::string("Welcome"));
        QVERIFY(verifier.accept(rfcCheck(), rfcHash()).message.empty());

        // RFC 3079 §3.5: the server's send key (Magic3) and receive key (Magic2),
        // 16 octets; 40/56-bit sessions start from the first 8.
        auto send = m_vectors.section("mppe_rfc3079_3_5").value("keys").toObject();
        auto receive = m_vectors.section("mppe_rfc3079_receive_direction").value("keys").toObject();
        QCOMPARE(toHex(accepted.keys.send),
                 TestVectors::text(send.value("128").toObject(), "send_start_key"));
        QCOMPARE(toHex(accepted.keys.receive),
                 TestVectors::text(receive.value("128").toObject(), "recv_start_key"));
        for (const char *bits : {"40", "56"}) {
            QCOMPARE(toHex(ByteView(accepted.keys.send).first(8)),
                     TestVectors::text(send.value(bits).toObject(), "send_start_key"));
            QCOMPARE(toHex(ByteView(accepted.keys.receive).first(8)),
                     TestVectors::text(receive.value(bits).toObject(), "recv_start_key"));
        }
    }

    void passwordChangeOpensWithTheOldHash()
    {
        MsChapV2Verifier verifier(*m_lib);
        auto v = m_vectors.section("mschapv2_change_password_derived");
        MsChapV2PasswordChangeCheck check = changeTo(unicodeOf("MyPw"));
        // The block built here is the derived vector's (zero fill), to the octet.
        QCOMPARE(toHex(check.encryptedPassword), TestVectors::text(v, "encrypted_pwblock_516"));
        QCOMPARE(
            toHex(check.encryptedHash),
            TestVectors::text(v, "encrypted_hash_OldNtPasswordHashEncryptedWithNewNtPasswordHash"));

        auto opened = verifier.openPasswordChange(check, rfcHash());
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.message().c_str());
        QCOMPARE(opened->utf8, std::string("MyPw"));
        QCOMPARE(toHex(opened->ntHash), TestVectors::text(v, "new_password_hash"));

        // The Success after the change: S= and keys from the new hash.
        MsChapV2Crypto c(*m_lib);
        const MsChapV2Accepted accepted = verifier.acceptChanged(check, opened->ntHash);
        QCOMPARE(accepted.authenticatorResponse,
                 c.generateAuthenticatorResponse(opened->ntHash, check.ntResponse,
                                                 check.peerChallenge, check.authenticatorChallenge,
                                                 check.user));
        const auto keys = mppe::MppeKeys::masterKeys(*m_lib, c.hashNtPasswordHash(opened->ntHash),
                                                     check.ntResponse, mppe::MppeRole::Server);
        QVERIFY(accepted.keys.send == keys.send);
        QVERIFY(accepted.keys.receive == keys.receive);
        QVERIFY(accepted.keys.send != verifier.accept(rfcCheck(), rfcHash()).keys.send);
    }

    void passwordChangeRejections_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("because");
        QTest::addColumn<uint>("code");
        QTest::newRow("wrong old hash") << "old hash"
                                        << "length field" << 709u;
        QTest::newRow("tampered length field") << "length"
                                               << "length field" << 709u;
        QTest::newRow("tampered Encrypted-Hash") << "encrypted hash"
                                                 << "Encrypted-Hash" << 709u;
        QTest::newRow("NT-Response of the old password") << "nt response"
                                                         << "NT-Response does not match" << 691u;
        QTest::newRow("unpaired surrogate") << "unicode"
                                            << "not valid Unicode" << 709u;
    }

    void passwordChangeRejections()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, because);
        QFETCH(uint, code);
        MsChapV2Verifier verifier(*m_lib);
        MsChapV2Crypto c(*m_lib);
        NtHash oldHash = rfcHash();
        MsChapV2PasswordChangeCheck check = changeTo(unicodeOf("Secret-New-Pass"));
        if (tamper == "old hash") {
            // Seen through another key, the block's length field is noise; this key
            // happens to give an invalid one (checked below by the message).
            oldHash = *c.ntPasswordHash("not the old password");
        } else if (tamper == "length") {
            check.encryptedPassword[515] ^= 0x80;
        } else if (tamper == "encrypted hash") {
            check.encryptedHash[3] ^= 0x01;
        } else if (tamper == "nt response") {
            check.ntResponse = c.generateNtResponse(check.authenticatorChallenge,
                                                    check.peerChallenge, check.user, oldHash);
        } else if (tamper == "unicode") {
            Bytes bad = unicodeOf("abc");
            bad.push_back(0x00);
            bad.push_back(0xd8); // a high surrogate with nothing after it
            check = changeTo(bad);
        }
        auto opened = verifier.openPasswordChange(check, oldHash);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.message().find(because.toStdString()) != std::string::npos,
                 opened.message().c_str());
        QCOMPARE(MsChapV2Verifier::refusalCode(opened.error()), code);
        // The refusal the backend hands back: same code, the reason for the log, no secret.
        const MsChapV2Refused refused = MsChapV2Verifier::refusal(opened.error());
        QCOMPARE(refused.code, code);
        QVERIFY(refused.reason.find(opened.message()) != std::string::npos);
        QVERIFY(refused.reason.find("Secret-New-Pass") == std::string::npos);
        QVERIFY(refused.reason.find("clientPass") == std::string::npos);
        QCOMPARE(refused.userMessage,
                 std::string(code == 691 ? "Authentication failed" : "Password change failed"));
    }
};

QTEST_GUILESS_MAIN(TestMsChapV2Verifier)
#include "TestMsChapV2Verifier.moc"
