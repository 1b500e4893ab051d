// CHAP packet codec for MS-CHAPv2: byte-exact encodings, the wire values from the
// captures, rejections with reasons, and the Success/Failure text fields.

#include "TestVectors.h"
#include "common/Bytes.h"
#include "mschapv2/MsChapV2Codec.h"

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

void expectReject(const Bytes &packet, const std::string &needle)
{
    auto r = MsChapV2Codec::decode(packet);
    QVERIFY2(!r.ok(), "malformed packet was accepted");
    QVERIFY2(r.message().find(needle) != std::string::npos, r.message().c_str());
}

} // namespace

class TestMsChapV2Codec : public QObject
{
    Q_OBJECT

private slots:
    void challengeEncoding()
    {
        ChapChallengePacket p{0xb0, arr<16>(fromHex("258d4fc024f111512d0b61f9c375aee1")), "pptpd"};
        Bytes wire = MsChapV2Codec::encode(p);
        QCOMPARE(toHex(wire), std::string("01b0001a10258d4fc024f111512d0b61f9c375aee1") +
                                  toHex(asBytes("pptpd")));
        auto back = MsChapV2Codec::decode(wire);
        QVERIFY(back.ok());
        QVERIFY(std::get<ChapChallengePacket>(*back) == p);
    }

    void responseMatchesCaptureValue()
    {
        auto v = m_captures.section("chapcrack_pptp_cap");
        ChapResponsePacket p;
        p.identifier = 176;
        p.peerChallenge = arr<16>(TestVectors::hex(v, "peer_challenge"));
        p.ntResponse = arr<24>(TestVectors::hex(v, "nt_response"));
        p.name = "moxie";
        Bytes wire = MsChapV2Codec::encode(p);
        QCOMPARE(wire.size(), std::size_t(4 + 1 + 49 + 5));
        QCOMPARE(toHex(wire), "02b0003b31" + TestVectors::text(v, "response_value_49") +
                                  toHex(asBytes("moxie")));
        auto back = MsChapV2Codec::decode(wire);
        QVERIFY(back.ok());
        QVERIFY(std::get<ChapResponsePacket>(*back) == p);

        auto d = m_vectors.section("mschapv2_rfc2759_derived_wire");
        ChapResponsePacket q;
        q.peerChallenge = arr<16>(fromHex("21402324255e262a28295f2b3a337c7e"));
        q.ntResponse = arr<24>(fromHex("82309ecd8d708b5ea08faa3981cd83544233114a3d85d6df"));
        q.name = "User";
        QCOMPARE(toHex(MsChapV2Codec::encode(q)).substr(10, 98),
                 TestVectors::text(d, "chap_response_value_49"));
    }

    void successAndFailureEncoding()
    {
        Bytes s = MsChapV2Codec::encode(ChapSuccessPacket{
            7, MsChapV2Codec::formatSuccess(
                   {"S=54644F81E5F18C0EE9E26776495D6BC7ADDFB767", "Access granted"})});
        std::string text = "S=54644F81E5F18C0EE9E26776495D6BC7ADDFB767 M=Access granted";
        QCOMPARE(toHex(s), "0307" + toHex(Bytes{0, static_cast<std::uint8_t>(4 + text.size())}) +
                               toHex(asBytes(text)));
        MsChapV2FailureMessage f{691, true, arr<16>(fromHex("00112233445566778899aabbccddeeff")), 3,
                                 "Authentication failed"};
        QCOMPARE(MsChapV2Codec::formatFailure(f),
                 std::string("E=691 R=1 C=00112233445566778899AABBCCDDEEFF V=3 M=Authentication "
                             "failed"));
        auto parsed = MsChapV2Codec::parseFailure(MsChapV2Codec::formatFailure(f));
        QVERIFY(parsed.ok());
        QVERIFY(*parsed == f);
    }

    void changePasswordLayout()
    {
        ChapChangePasswordPacket p;
        p.identifier = 9;
        p.encryptedPassword.fill(0xaa);
        p.encryptedHash.fill(0xbb);
        p.peerChallenge.fill(0xcc);
        p.ntResponse.fill(0xdd);
        p.flags = 0;
        Bytes wire = MsChapV2Codec::encode(p);
        QCOMPARE(wire.size(), std::size_t(586));
        QCOMPARE(toHex(ByteView(wire).first(4)), std::string("0709024a"));
        QCOMPARE(int(wire[4]), 0xaa);
        QCOMPARE(int(wire[4 + 515]), 0xaa);
        QCOMPARE(int(wire[520]), 0xbb);
        QCOMPARE(int(wire[536]), 0xcc);
        QCOMPARE(toHex(ByteView(wire).subspan(552, 8)), std::string("0000000000000000"));
        QCOMPARE(int(wire[560]), 0xdd);
        QCOMPARE(int(wire[583]), 0xdd);
        QCOMPARE(toHex(ByteView(wire).subspan(584, 2)), std::string("0000"));
        auto back = MsChapV2Codec::decode(wire);
        QVERIFY(back.ok());
        QVERIFY(std::get<ChapChangePasswordPacket>(*back) == p);
    }

    void paddingBeyondLengthIsIgnored()
    {
        Bytes wire = MsChapV2Codec::encode(ChapFailurePacket{1, "E=691 R=0 V=3"});
        wire.push_back(0xff);
        auto back = MsChapV2Codec::decode(wire);
        QVERIFY(back.ok());
        QCOMPARE(std::get<ChapFailurePacket>(*back).message, std::string("E=691 R=0 V=3"));
    }

    void malformedPacketsAreRejected()
    {
        expectReject({}, "too short for its header");
        expectReject(fromHex("010100"), "too short for its header");
        expectReject(fromHex("01010003"), "below the 4-octet header");
        expectReject(fromHex("01010010"), "exceeds the 4 octets received");
        expectReject(fromHex("01010004"), "no Value-Size");
        expectReject(fromHex("0101000508"), "must be 16");
        expectReject(fromHex("010100061011"), "shorter than its 16-octet value");
        Bytes resp = MsChapV2Codec::encode(ChapResponsePacket{});
        Bytes r1 = resp;
        r1[4] = 48;
        expectReject(r1, "must be 49");
        Bytes r2 = resp;
        r2[4 + 1 + 16 + 3] = 1;
        expectReject(r2, "reserved octets are not zero");
        Bytes r3(resp.begin(), resp.begin() + 30);
        r3[3] = 30;
        expectReject(r3, "shorter than its 49-octet value");
        Bytes cp = MsChapV2Codec::encode(ChapChangePasswordPacket{});
        Bytes c1(cp.begin(), cp.end() - 1);
        c1[2] = 0x02;
        c1[3] = 0x49;
        expectReject(c1, "must be 586");
        Bytes c2 = cp;
        c2[4 + 516 + 16 + 16] = 1;
        expectReject(c2, "reserved octets are not zero");
        expectReject(fromHex("05010004"), "not used by MS-CHAPv2");
        expectReject(fromHex("06010004"), "not used by MS-CHAPv2");
    }

    void successMessageParsing()
    {
        auto a = MsChapV2Codec::parseSuccess(
            "S=54644F81E5F18C0EE9E26776495D6BC7ADDFB767 M=Access granted");
        QVERIFY(a.ok());
        QCOMPARE(a->authenticatorResponse,
                 std::string("S=54644F81E5F18C0EE9E26776495D6BC7ADDFB767"));
        QCOMPARE(a->message, std::string("Access granted"));
        auto b = MsChapV2Codec::parseSuccess("S=974E79C350CC7DC53FBC5F3A114C63B1EFA16E19");
        QVERIFY(b.ok());
        QCOMPARE(b->message, std::string());
        QVERIFY(!MsChapV2Codec::parseSuccess("S=974E79C3").ok());
        QVERIFY(!MsChapV2Codec::parseSuccess("X=974E79C350CC7DC53FBC5F3A114C63B1EFA16E19").ok());
        QVERIFY(!MsChapV2Codec::parseSuccess("S=974E79C350CC7DC53FBC5F3A114C63B1EFA16EZZ").ok());
        auto c = MsChapV2Codec::parseSuccess("S=974E79C350CC7DC53FBC5F3A114C63B1EFA16E19junk");
        QVERIFY(!c.ok());
        QVERIFY(c.message().find("unexpected text") != std::string::npos);
    }

    void failureMessageParsing()
    {
        auto a = MsChapV2Codec::parseFailure(
            "E=648 R=0 C=0123456789ABCDEF0123456789abcdef V=3 M=Password expired now");
        QVERIFY(a.ok());
        QCOMPARE(a->error, 648u);
        QVERIFY(!a->retry);
        QVERIFY(a->challenge.has_value());
        QCOMPARE(toHex(*a->challenge), std::string("0123456789abcdef0123456789abcdef"));
        QCOMPARE(a->version, 3u);
        QCOMPARE(a->message, std::string("Password expired now"));
        auto b = MsChapV2Codec::parseFailure("E=691 R=1");
        QVERIFY(b.ok());
        QVERIFY(b->retry);
        QVERIFY(!b->challenge.has_value());
        QVERIFY(!MsChapV2Codec::parseFailure("R=1 V=3 M=x").ok());
        QVERIFY(!MsChapV2Codec::parseFailure("E=69x").ok());
        QVERIFY(!MsChapV2Codec::parseFailure("E=691 R=2").ok());
        QVERIFY(!MsChapV2Codec::parseFailure("E=691 C=0011").ok());
        QVERIFY(!MsChapV2Codec::parseFailure("E=99999999999").ok());
        auto c = MsChapV2Codec::parseFailure("E=691 junk");
        QVERIFY(!c.ok());
        QVERIFY(c.message().find("malformed field") != std::string::npos);
    }

private:
    TestVectors m_vectors{"mschapv2_mppe.json"};
    TestVectors m_captures{"pptp_captures.json"};
};

QTEST_GUILESS_MAIN(TestMsChapV2Codec)
#include "TestMsChapV2Codec.moc"
