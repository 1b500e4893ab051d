// The RADIUS codec to the byte: packets decoded only when every length is sound,
// Microsoft vendor attributes found, RFC 2548 key encryption against a known answer
// (computed independently from the RFC's formulas) and round trip, a signed answer
// checked against a known answer, and answers with a wrong Response Authenticator,
// a missing or wrong Message-Authenticator refused.

#include "radius/RadiusDigest.h"
#include "radius/RadiusMppeKey.h"
#include "radius/RadiusPacket.h"
#include "radius/RadiusSigner.h"

#include <QTest>

using namespace keyward;
using namespace keyward::radius;
using protocol::Bytes;
using protocol::fromHex;
using protocol::toHex;

namespace {

const Bytes Secret = {'t', 'e', 's', 't', 'i', 'n', 'g', '1', '2', '3'};

Authenticator countingAuthenticator()
{
    Authenticator a{};
    for (std::size_t i = 0; i < a.size(); ++i)
        a[i] = static_cast<std::uint8_t>(i);
    return a;
}

} // namespace

class TestRadiusCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsAPacket()
    {
        RadiusPacket packet;
        packet.code = RadiusCode::AccessRequest;
        packet.identifier = 42;
        packet.authenticator = countingAuthenticator();
        packet.addText(attr::UserName, "alice");
        packet.addU32(attr::ServiceType, attr::ServiceTypeFramed);
        packet.addVendor(ms::VendorId, ms::ChapChallenge, Bytes(16, 0xab));
        auto wire = packet.encode();
        QVERIFY2(wire.ok(), wire.message().c_str());
        QCOMPARE(wire->size(), std::size_t(20 + 7 + 6 + 24));
        auto back = RadiusPacket::decode(*wire);
        QVERIFY2(back.ok(), back.message().c_str());
        QCOMPARE(back->identifier, std::uint8_t(42));
        QVERIFY(back->attributes == packet.attributes);
        QCOMPARE(back->findU32(attr::ServiceType).value_or(0), attr::ServiceTypeFramed);
        QCOMPARE(back->findVendor(ms::VendorId, ms::ChapChallenge).value_or(Bytes{}),
                 Bytes(16, 0xab));
        QVERIFY(!back->findVendor(ms::VendorId, ms::Chap2Success));
        QVERIFY(!back->findVendor(9, ms::ChapChallenge));
    }

    void refusesBadLengths_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QString>("why");
        const QByteArray auth = QByteArray(32, '0');
        QTest::newRow("short header") << QByteArray("0201001300") << "shorter";
        QTest::newRow("length below 20") << "02010013" + auth << "outside";
        QTest::newRow("length above datagram") << "02010017" + auth + "0102"
                                               << "longer than";
        QTest::newRow("length above 4096") << "02011001" + auth << "outside";
        QTest::newRow("attribute length 1") << "02010016" + auth + "0101"
                                            << "at least 2";
        QTest::newRow("attribute past end") << "02010017" + auth + "01050a"
                                            << "past";
        QTest::newRow("attribute header cut") << "02010015" + auth + "01"
                                              << "cut off";
        QTest::newRow("unknown code") << "63010014" + auth << "code";
        QTest::newRow("short vendor") << "0201001a" + auth + "1a0600000137"
                                      << "shorter than 5";
        QTest::newRow("bad microsoft sub-attribute") << "0201001b" + auth + "1a07000001371a01"
                                                     << "Microsoft";
    }

    void refusesBadLengths()
    {
        QFETCH(QByteArray, hex);
        QFETCH(QString, why);
        auto decoded = RadiusPacket::decode(fromHex(hex.toStdString()));
        QVERIFY(!decoded.ok());
        QVERIFY2(QString::fromStdString(decoded.message()).contains(why),
                 decoded.message().c_str());
    }

    void ignoresPaddingPastTheLength()
    {
        auto decoded = RadiusPacket::decode(
            fromHex("02010018" + std::string(32, '0') + "12046869" + "ffffffff"));
        QVERIFY2(decoded.ok(), decoded.message().c_str());
        QCOMPARE(decoded->attributes.size(), std::size_t(1));
    }

    void refusesToEncodeTooMuch()
    {
        RadiusPacket packet;
        packet.add(attr::Class, Bytes(254, 1));
        QVERIFY(!packet.encode().ok());
        RadiusPacket big;
        for (int i = 0; i < 17; ++i)
            big.add(attr::Class, Bytes(253, 1));
        QVERIFY(!big.encode().ok());
    }

    void encryptsMppeKeysAsTheRfcSays()
    {
        Bytes key;
        for (std::uint8_t i = 0x10; i < 0x20; ++i)
            key.push_back(i);
        auto hidden = RadiusMppeKey::encrypt(key, Secret, countingAuthenticator(), 0x0001);
        QVERIFY2(hidden.ok(), hidden.message().c_str());
        QCOMPARE(
            toHex(*hidden),
            std::string("800122b4155f190e302ed83fa971a9a608ed19d3d06ebf9ed7bc4f3bb896f4201603"));
        auto plain = RadiusMppeKey::decrypt(*hidden, Secret, countingAuthenticator());
        QVERIFY2(plain.ok(), plain.message().c_str());
        QVERIFY(*plain == key);
    }

    void mppeKeyDecryptionChecksItsInput()
    {
        Bytes key(16, 0x55);
        auto hidden = RadiusMppeKey::encrypt(key, Secret, countingAuthenticator(), 0x1234);
        QVERIFY(hidden.ok());
        // Another request's authenticator: the length octet comes out wrong (or the
        // key does), never the key.
        Authenticator other = countingAuthenticator();
        other[0] ^= 1;
        auto wrong = RadiusMppeKey::decrypt(*hidden, Secret, other);
        QVERIFY(!wrong.ok() || *wrong != key);
        Bytes noSaltBit = *hidden;
        noSaltBit[0] &= 0x7f;
        QVERIFY(!RadiusMppeKey::decrypt(noSaltBit, Secret, countingAuthenticator()).ok());
        QVERIFY(!RadiusMppeKey::decrypt(Bytes(hidden->begin(), hidden->end() - 1), Secret,
                                        countingAuthenticator())
                     .ok());
        QVERIFY(!RadiusMppeKey::decrypt(Bytes(2, 0x80), Secret, countingAuthenticator()).ok());
    }

    void signsAnAnswerAsAServerDoes()
    {
        RadiusPacket answer;
        answer.code = RadiusCode::AccessAccept;
        answer.identifier = 7;
        answer.addText(attr::ReplyMessage, "hi");
        auto wire = RadiusSigner::signAnswer(answer, countingAuthenticator(), Secret, true);
        QVERIFY2(wire.ok(), wire.message().c_str());
        QCOMPARE(toHex(*wire), std::string("0207002ada5da15756f687dfeb3970bbd5be5ebf501291f1b8ad10"
                                           "c16aa7c89fc5b72ab454cd12046869"));
        auto checked = RadiusSigner::checkAnswer(*wire, countingAuthenticator(), Secret, true);
        QVERIFY2(checked.ok(), checked.message().c_str());
        QVERIFY(checked->hadMessageAuthenticator);
        QCOMPARE(checked->packet.code, RadiusCode::AccessAccept);
    }

    void refusesForgedAnswers()
    {
        RadiusPacket answer;
        answer.code = RadiusCode::AccessAccept;
        answer.identifier = 9;
        const Authenticator request = countingAuthenticator();
        auto with = RadiusSigner::signAnswer(answer, request, Secret, true);
        auto without = RadiusSigner::signAnswer(answer, request, Secret, false);
        QVERIFY(with.ok() && without.ok());

        // Without a Message-Authenticator: refused when required, taken when not.
        auto required = RadiusSigner::checkAnswer(*without, request, Secret, true);
        QVERIFY(!required.ok());
        QVERIFY(
            QString::fromStdString(required.message()).contains("without a Message-Authenticator"));
        auto optional = RadiusSigner::checkAnswer(*without, request, Secret, false);
        QVERIFY(optional.ok());
        QVERIFY(!optional->hadMessageAuthenticator);

        // Another secret, another request: the Response Authenticator does not match.
        const Bytes otherSecret = {'x'};
        QVERIFY(!RadiusSigner::checkAnswer(*with, request, otherSecret, true).ok());
        Authenticator otherRequest = request;
        otherRequest[15] ^= 0x80;
        QVERIFY(!RadiusSigner::checkAnswer(*with, otherRequest, Secret, true).ok());

        // A Message-Authenticator that does not match, with a Response Authenticator
        // that does (what a BlastRADIUS forgery cannot make, and a sloppy server might).
        RadiusPacket forged;
        forged.code = RadiusCode::AccessAccept;
        forged.identifier = 9;
        forged.add(attr::MessageAuthenticator, Bytes(16, 0x11));
        auto forgedWire = RadiusSigner::signAnswer(forged, request, Secret, false);
        QVERIFY(forgedWire.ok());
        auto refused = RadiusSigner::checkAnswer(*forgedWire, request, Secret, false);
        QVERIFY(!refused.ok());
        QVERIFY(QString::fromStdString(refused.message())
                    .contains("Message-Authenticator does not match"));

        // A Message-Authenticator of the wrong size.
        RadiusPacket shortMac = forged;
        shortMac.attributes.back().value.resize(8);
        auto shortWire = RadiusSigner::signAnswer(shortMac, request, Secret, false);
        QVERIFY(shortWire.ok());
        QVERIFY(!RadiusSigner::checkAnswer(*shortWire, request, Secret, false).ok());
    }

    void signsRequestsWithAMessageAuthenticator()
    {
        RadiusPacket request;
        request.code = RadiusCode::AccessRequest;
        request.identifier = 3;
        request.authenticator = countingAuthenticator();
        request.addText(attr::UserName, "alice");
        auto wire = RadiusSigner::signRequest(request, Secret);
        QVERIFY2(wire.ok(), wire.message().c_str());
        QCOMPARE((*wire)[20], attr::MessageAuthenticator); // first, as RFC 3579 advises now
        QVERIFY(RadiusSigner::requestMessageAuthenticatorValid(*wire, Secret));
        QVERIFY(!RadiusSigner::requestMessageAuthenticatorValid(*wire, Bytes{'x'}));
        Bytes tampered = *wire;
        tampered.back() ^= 1;
        QVERIFY(!RadiusSigner::requestMessageAuthenticatorValid(tampered, Secret));
    }

    void signsAccountingRequests()
    {
        RadiusPacket request;
        request.code = RadiusCode::AccountingRequest;
        request.identifier = 5;
        request.addText(attr::UserName, "alice");
        auto wire = RadiusSigner::signRequest(request, Secret);
        QVERIFY(wire.ok());
        // RFC 2866 §3: MD5(Code+Identifier+Length+16 zero octets+Attributes+Secret).
        Bytes zeroed = *wire;
        std::fill(zeroed.begin() + 4, zeroed.begin() + 20, 0);
        zeroed.insert(zeroed.end(), Secret.begin(), Secret.end());
        auto digest = RadiusDigest::md5({zeroed});
        QVERIFY(digest.ok());
        QVERIFY(std::equal(digest->begin(), digest->end(), wire->begin() + 4));
    }
};

QTEST_GUILESS_MAIN(TestRadiusCodec)
#include "TestRadiusCodec.moc"
