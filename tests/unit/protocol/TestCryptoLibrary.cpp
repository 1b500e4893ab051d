// The OpenSSL wrappers: the legacy algorithms load and compute what the RFCs print.

#include "TestVectors.h"
#include "common/Bytes.h"
#include "crypto/CryptoLibrary.h"
#include "crypto/Rc4.h"

#include <QTest>

using namespace keyward::protocol;
using namespace keyward::protocol::crypto;

class TestCryptoLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto loaded = CryptoLibrary::load();
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.message().c_str());
        m_lib = loaded.value();
        QVERIFY(m_vectors.isValid());
    }

    void md4OfUnicodePasswordIsTheNtHash()
    {
        auto v = m_vectors.section("mschapv2_rfc2759");
        auto hash = m_lib->md4(TestVectors::hex(v, "password_utf16le"));
        QCOMPARE(toHex(hash), TestVectors::text(v, "password_hash"));
    }

    void desParityMatchesRfc2759Section93()
    {
        auto v = m_vectors.section("des_parity_rfc2759_9_3");
        QCOMPARE(toHex(CryptoLibrary::desKeyWithParity(TestVectors::hex(v, "raw_key1"))),
                 TestVectors::text(v, "parity_key1"));
        QCOMPARE(toHex(CryptoLibrary::desKeyWithParity(TestVectors::hex(v, "raw_key2"))),
                 TestVectors::text(v, "parity_key2"));
    }

    void desEncryptGivesTheMsChapV1Response()
    {
        // RFC 2433 B.2: the NT response is DES of the challenge under three 7-octet
        // slices of the zero-padded NT hash.
        auto v = m_vectors.section("mschapv1_rfc2433_b2");
        Bytes hash = TestVectors::hex(v, "nt_password_hash");
        hash.resize(21, 0);
        Bytes challenge = TestVectors::hex(v, "challenge");
        Bytes response;
        for (int i = 0; i < 3; ++i) {
            auto block = m_lib->desEncrypt(ByteView(hash).subspan(7 * i, 7), challenge);
            response.insert(response.end(), block.begin(), block.end());
        }
        QCOMPARE(toHex(response), TestVectors::text(v, "nt_challenge_response"));
    }

    void sha1DirectAgreesWithTheEvpPathAndTheKnownAnswer()
    {
        // FIPS 180 "abc", and a 112-octet input (two blocks, as an MPPE key change hashes).
        QCOMPARE(toHex(CryptoLibrary::sha1Direct(asBytes("abc"))),
                 std::string("a9993e364706816aba3e25717850c26c9cd0d89d"));
        Bytes input(112);
        for (std::size_t i = 0; i < input.size(); ++i)
            input[i] = static_cast<std::uint8_t>(i * 7 + 1);
        QCOMPARE(toHex(CryptoLibrary::sha1Direct(input)), toHex(m_lib->sha1({input})));
    }

    void rc4RejectsAnEmptyKeyAndUseBeforeKeying()
    {
        Rc4 rc4;
        Bytes data(4, 0);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, rc4.applyInPlace(data));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rc4.setKey(ByteView()));
    }

    void sha256KnownAnswer()
    {
        auto d = m_lib->sha256({asBytes("ab"), asBytes("c")});
        QCOMPARE(toHex(d),
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void rc4KeystreamContinuesAcrossCalls()
    {
        // RC4("Key", "Plaintext") = bbf316e8d940af0ad3 (the widely published vector),
        // fed in two pieces to prove the stream state carries over.
        Rc4 rc4(*m_lib);
        rc4.setKey(asBytes("Key"));
        Bytes data(asBytes("Plaintext").begin(), asBytes("Plaintext").end());
        rc4.applyInPlace(std::span(data).first(4));
        rc4.applyInPlace(std::span(data).subspan(4));
        QCOMPARE(toHex(data), std::string("bbf316e8d940af0ad3"));
        rc4.setKey(asBytes("Key"));
        rc4.applyInPlace(data);
        QCOMPARE(std::string(data.begin(), data.end()), std::string("Plaintext"));
    }

    void randomBytesAreNotConstant()
    {
        auto a = m_lib->randomBytes(16);
        auto b = m_lib->randomBytes(16);
        QCOMPARE(a.size(), std::size_t(16));
        QVERIFY(a != b);
    }

private:
    std::shared_ptr<const CryptoLibrary> m_lib;
    TestVectors m_vectors{"mschapv2_mppe.json"};
};

QTEST_GUILESS_MAIN(TestCryptoLibrary)
#include "TestCryptoLibrary.moc"
