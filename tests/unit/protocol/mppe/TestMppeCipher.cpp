// MPPE packets (RFC 3078): the Windows RRAS capture decrypts in both directions,
// traffic both ways in both modes, loss, reordering, duplicates, 4096 wraparound,
// the stateful 256-packet key change, the flushed bit after a reset, rejections.

#include "TestVectors.h"
#include "common/Bytes.h"
#include "crypto/CryptoLibrary.h"
#include "mppe/MppeDecryptor.h"
#include "mppe/MppeEncryptor.h"
#include "mppe/MppeHeader.h"
#include "mppe/MppeKeySchedule.h"
#include "mppe/MppeKeys.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward;
using namespace keyward::protocol;
using namespace keyward::protocol::mppe;

class TestMppeCipher : public QObject
{
    Q_OBJECT

    std::shared_ptr<const crypto::CryptoLibrary> m_lib;
    TestVectors m_vectors{"mschapv2_mppe.json"};
    TestVectors m_captures{"pptp_captures.json"};

    MppeKeys keysFor(MppeRole role, MppeStrength s)
    {
        auto v = m_vectors.section("mschapv2_rfc2759");
        return MppeKeys(*m_lib, TestVectors::hex(v, "password_hash_hash"),
                        TestVectors::hex(v, "nt_response"), role, s);
    }

    static Bytes plaintext(int i)
    {
        Bytes p;
        p.push_back(0x00);
        p.push_back(0x21);
        std::size_t n = 20 + static_cast<std::size_t>((i * 37) % 1400);
        for (std::size_t k = 0; k < n; ++k)
            p.push_back(static_cast<std::uint8_t>(i + k * 7));
        return p;
    }

    static Bytes encryptOne(MppeEncryptor &enc, const Bytes &plain)
    {
        Bytes out(plain.size() + MppeHeader::Length);
        auto n = enc.encrypt(plain, out);
        if (!n.ok() || *n != out.size())
            qFatal("encrypt failed");
        return out;
    }

    static Result<Bytes> decryptOne(MppeDecryptor &dec, const Bytes &packet)
    {
        Bytes out(packet.size());
        auto n = dec.decrypt(packet, out);
        if (!n)
            return n.error();
        out.resize(*n);
        return out;
    }

    void expectDropped(MppeDecryptor &dec, const Bytes &packet, const std::string &needle)
    {
        auto r = decryptOne(dec, packet);
        QVERIFY2(!r.ok(), "packet should have been dropped");
        QVERIFY2(r.message().find(needle) != std::string::npos, r.message().c_str());
    }

    struct Pair
    {
        MppeEncryptor enc;
        MppeDecryptor dec;
    };

private slots:
    void initTestCase()
    {
        auto loaded = crypto::CryptoLibrary::load();
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.message().c_str());
        m_lib = loaded.value();
    }

    void windowsCaptureDecryptsBothWays()
    {
        auto v = m_captures.section("pptpcrack_test_pcap");
        Bytes unicode;
        for (char c : TestVectors::text(v, "password_ascii")) {
            unicode.push_back(static_cast<std::uint8_t>(c));
            unicode.push_back(0);
        }
        auto hashHash = m_lib->md4(m_lib->md4(unicode));
        Bytes nt = TestVectors::hex(v, "nt_response");
        MppeKeys server(*m_lib, hashHash, nt, MppeRole::Server, MppeStrength::Bits128);
        MppeKeys client(*m_lib, hashHash, nt, MppeRole::Client, MppeStrength::Bits128);
        MppeParameters params{MppeStrength::Bits128, MppeMode::Stateless};
        MppeDecryptor atServer(*m_lib, server.receiveStartKey(), params);
        MppeDecryptor atClient(*m_lib, client.receiveStartKey(), params);
        MppeEncryptor clientSends(*m_lib, client.sendStartKey(), params);
        MppeEncryptor serverSends(*m_lib, server.sendStartKey(), params);
        auto first = v.value("first_mppe_packets").toObject();
        struct Dir
        {
            const char *name;
            MppeDecryptor *dec;
            MppeEncryptor *enc;
        };
        for (Dir d : {Dir{"client_to_server", &atServer, &clientSends},
                      Dir{"server_to_client", &atClient, &serverSends}}) {
            for (const auto &entry : first.value(d.name).toArray()) {
                auto e = entry.toObject();
                Bytes packet = TestVectors::hex(e, "mppe_header");
                Bytes cipher = TestVectors::hex(e, "ciphertext_first16");
                packet.insert(packet.end(), cipher.begin(), cipher.end());
                QCOMPARE(toHex(packet).substr(0, 14),
                         TestVectors::text(e, "gre_payload_first_bytes").substr(2));
                auto plain = decryptOne(*d.dec, packet);
                QVERIFY2(plain.ok(), plain.ok() ? "" : plain.message().c_str());
                QCOMPARE(toHex(*plain), TestVectors::text(e, "plaintext_first16"));
                // And our encryptor produces exactly the captured bytes.
                Bytes again = encryptOne(*d.enc, TestVectors::hex(e, "plaintext_first16"));
                QCOMPARE(toHex(again), toHex(packet));
            }
        }
    }

    void trafficBothWays_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("strength");
        for (int m : {0, 1})
            for (int s : {0, 1, 2})
                QTest::addRow("%s/%d", m == 0 ? "stateless" : "stateful",
                              s == 0   ? 40
                              : s == 1 ? 56
                                       : 128)
                    << m << s;
    }

    void trafficBothWays()
    {
        QFETCH(int, mode);
        QFETCH(int, strength);
        MppeParameters params{static_cast<MppeStrength>(strength), static_cast<MppeMode>(mode)};
        MppeKeys server = keysFor(MppeRole::Server, params.strength);
        MppeKeys client = keysFor(MppeRole::Client, params.strength);
        MppeEncryptor serverEnc(*m_lib, server.sendStartKey(), params);
        MppeDecryptor clientDec(*m_lib, client.receiveStartKey(), params);
        MppeEncryptor clientEnc(*m_lib, client.sendStartKey(), params);
        MppeDecryptor serverDec(*m_lib, server.receiveStartKey(), params);
        for (int i = 0; i < 600; ++i) {
            Bytes p = plaintext(i);
            Bytes down = encryptOne(serverEnc, p);
            QCOMPARE(int(MppeHeader::count(down.data())), i);
            QVERIFY(down[0] & MppeHeader::EncryptedBit);
            QVERIFY(Bytes(down.begin() + 2, down.end()) != p);
            auto got = decryptOne(clientDec, down);
            QVERIFY2(got.ok(), got.ok() ? "" : got.message().c_str());
            QVERIFY(*got == p);
            Bytes up = encryptOne(clientEnc, p);
            QVERIFY(up != down); // different keys per direction
            auto got2 = decryptOne(serverDec, up);
            QVERIFY(got2.ok());
            QVERIFY(*got2 == p);
        }
    }

    void statelessLossReorderAndDuplicates()
    {
        MppeParameters params{MppeStrength::Bits128, MppeMode::Stateless};
        MppeKeys k = keysFor(MppeRole::Server, params.strength);
        MppeEncryptor enc(*m_lib, k.sendStartKey(), params);
        MppeDecryptor dec(*m_lib, k.sendStartKey(), params);
        std::vector<Bytes> sent;
        for (int i = 0; i < 12; ++i)
            sent.push_back(encryptOne(enc, plaintext(i)));
        for (const Bytes &p : sent)
            QVERIFY(p[0] & MppeHeader::FlushedBit); // stateless: every packet flushed
        QVERIFY(decryptOne(dec, sent[0]).ok());
        QVERIFY(decryptOne(dec, sent[1]).ok());
        // 2, 3, 4 lost: packet 5 still decrypts (three extra key changes).
        auto five = decryptOne(dec, sent[5]);
        QVERIFY(five.ok());
        QVERIFY(*five == plaintext(5));
        QVERIFY(!dec.takeResetRequest()); // no Reset-Request in stateless mode
        expectDropped(dec, sent[5], "duplicate");
        expectDropped(dec, sent[3], "late");
        auto eight = decryptOne(dec, sent[8]);
        QVERIFY(eight.ok() && *eight == plaintext(8));
        expectDropped(dec, sent[7], "late"); // reordered
        auto nine = decryptOne(dec, sent[9]);
        QVERIFY(nine.ok() && *nine == plaintext(9));
    }

    void wraparoundAt4096_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("stateless") << int(MppeMode::Stateless);
        QTest::newRow("stateful") << int(MppeMode::Stateful);
    }

    void wraparoundAt4096()
    {
        QFETCH(int, mode);
        MppeParameters params{MppeStrength::Bits128, static_cast<MppeMode>(mode)};
        MppeKeys k = keysFor(MppeRole::Client, params.strength);
        MppeEncryptor enc(*m_lib, k.sendStartKey(), params);
        MppeDecryptor dec(*m_lib, k.sendStartKey(), params);
        Bytes small = {0x00, 0x21, 1, 2, 3, 4};
        for (int i = 0; i < 4096 + 300; ++i) {
            Bytes packet = encryptOne(enc, small);
            QCOMPARE(int(MppeHeader::count(packet.data())), i % 4096);
            auto got = decryptOne(dec, packet);
            if (!got.ok() || *got != small)
                QFAIL(qPrintable(QString("packet %1 failed").arg(i)));
        }
        QCOMPARE(int(enc.nextCoherencyCount()), 300);
    }

    void statefulKeyChangesEvery256Packets()
    {
        MppeParameters params{MppeStrength::Bits128, MppeMode::Stateful};
        MppeKeys k = keysFor(MppeRole::Server, params.strength);
        MppeEncryptor enc(*m_lib, k.sendStartKey(), params);
        std::vector<Bytes> sent;
        for (int i = 0; i < 520; ++i)
            sent.push_back(encryptOne(enc, plaintext(i)));
        for (int i = 0; i < 520; ++i) {
            bool flushed = sent[i][0] & MppeHeader::FlushedBit;
            // Only flag packets: the Linux kernel's ppp_mppe changes its key on every
            // A packet, so A on the first one would desynchronise a Linux peer.
            bool expectFlushed = (i & 0xff) == 0xff;
            QVERIFY2(flushed == expectFlushed, qPrintable(QString("packet %1").arg(i)));
            QCOMPARE(int(sent[i][0] & 0x70), 0x10); // D only, no B/C
        }
        // Packet 255 is encrypted from a fresh RC4 state under the key after one change;
        // packet 511 after two changes.
        MppeKeySchedule ref(*m_lib, k.sendStartKey(), params.strength);
        ref.changeKey();
        Bytes body(sent[255].begin() + 2, sent[255].end());
        ref.apply(body, body.data());
        QVERIFY(body == plaintext(255));
        ref.changeKey();
        Bytes body2(sent[511].begin() + 2, sent[511].end());
        ref.apply(body2, body2.data());
        QVERIFY(body2 == plaintext(511));
        // Packet 1 continues the keystream of packet 0 under the initial key.
        MppeKeySchedule init(*m_lib, k.sendStartKey(), params.strength);
        Bytes b0(sent[0].begin() + 2, sent[0].end());
        Bytes b1(sent[1].begin() + 2, sent[1].end());
        init.apply(b0, b0.data());
        init.apply(b1, b1.data());
        QVERIFY(b0 == plaintext(0) && b1 == plaintext(1));
    }

    void statefulLossNeedsResetAndFlushedResync()
    {
        MppeParameters params{MppeStrength::Bits128, MppeMode::Stateful};
        MppeKeys k = keysFor(MppeRole::Server, params.strength);
        MppeEncryptor enc(*m_lib, k.sendStartKey(), params);
        MppeDecryptor dec(*m_lib, k.sendStartKey(), params);
        for (int i = 0; i < 10; ++i)
            QVERIFY(decryptOne(dec, encryptOne(enc, plaintext(i))).ok());
        Bytes ten = encryptOne(enc, plaintext(10));
        Bytes dup = ten;
        QVERIFY(decryptOne(dec, ten).ok());
        expectDropped(dec, dup, "duplicate or late"); // stream untouched by the duplicate
        QVERIFY(decryptOne(dec, encryptOne(enc, plaintext(11))).ok());
        (void)encryptOne(enc, plaintext(12)); // lost
        expectDropped(dec, encryptOne(enc, plaintext(13)), "1 packet(s) lost");
        QVERIFY(dec.takeResetRequest());
        QVERIFY(!dec.takeResetRequest());
        QVERIFY(dec.discarding());
        expectDropped(dec, encryptOne(enc, plaintext(14)), "waiting for a flushed packet");
        enc.onResetRequest();
        Bytes flushed = encryptOne(enc, plaintext(15));
        QVERIFY(flushed[0] & MppeHeader::FlushedBit);
        auto got = decryptOne(dec, flushed);
        QVERIFY2(got.ok(), got.ok() ? "" : got.message().c_str());
        QVERIFY(*got == plaintext(15));
        QVERIFY(!dec.discarding());
        Bytes next = encryptOne(enc, plaintext(16));
        QVERIFY(!(next[0] & MppeHeader::FlushedBit));
        QVERIFY(decryptOne(dec, next).ok());
    }

    void statefulLossAcrossAFlagPacket()
    {
        MppeParameters params{MppeStrength::Bits40, MppeMode::Stateful};
        MppeKeys k = keysFor(MppeRole::Client, params.strength);
        MppeEncryptor enc(*m_lib, k.sendStartKey(), params);
        MppeDecryptor dec(*m_lib, k.sendStartKey(), params);
        for (int i = 0; i < 250; ++i)
            QVERIFY(decryptOne(dec, encryptOne(enc, plaintext(i))).ok());
        for (int i = 250; i < 600; ++i) // lost, including flag packets 255 and 511
            (void)encryptOne(enc, plaintext(i));
        expectDropped(dec, encryptOne(enc, plaintext(600)), "lost");
        QVERIFY(dec.takeResetRequest());
        enc.onResetRequest();
        auto got = decryptOne(dec, encryptOne(enc, plaintext(601)));
        QVERIFY2(got.ok(), got.ok() ? "" : got.message().c_str());
        QVERIFY(*got == plaintext(601));
        for (int i = 602; i < 800; ++i) { // crosses flag packet 767
            auto g = decryptOne(dec, encryptOne(enc, plaintext(i)));
            QVERIFY(g.ok() && *g == plaintext(i));
        }
    }

    // A packet as the Linux kernel's ppp_mppe sends it: `keys` is the sender's
    // schedule, already moved to the key it encrypts with.
    static Bytes kernelPacket(MppeKeySchedule &keys, std::uint8_t flags, std::uint16_t count,
                              const Bytes &plain)
    {
        Bytes out(plain.size() + MppeHeader::Length);
        MppeHeader::write(out.data(), flags, count);
        keys.apply(plain, out.data() + MppeHeader::Length);
        return out;
    }

    void statefulResetChangesTheKeyAsTheKernelDoes()
    {
        // ppp_mppe's compressor answers a Reset-Request with a key change (mppe_rekey)
        // and A on the next packet; its decompressor changes the key on every A packet.
        MppeParameters params{MppeStrength::Bits128, MppeMode::Stateful};
        MppeKeys k = keysFor(MppeRole::Server, params.strength);
        const std::uint8_t D = MppeHeader::EncryptedBit, A = MppeHeader::FlushedBit;

        // Our encryptor: the packet after a Reset-Request is under the changed key.
        MppeEncryptor enc(*m_lib, k.sendStartKey(), params);
        MppeKeySchedule peer(*m_lib, k.sendStartKey(), params.strength);
        for (int i = 0; i < 5; ++i) {
            Bytes p = encryptOne(enc, plaintext(i));
            QVERIFY2(!(p[0] & A), qPrintable(QString("packet %1 flushed").arg(i)));
            Bytes body(p.begin() + 2, p.end());
            peer.apply(body, body.data());
            QVERIFY(body == plaintext(i));
        }
        enc.onResetRequest();
        Bytes flushed = encryptOne(enc, plaintext(5));
        QVERIFY(flushed[0] & A);
        peer.changeKey();
        Bytes body(flushed.begin() + 2, flushed.end());
        peer.apply(body, body.data());
        QVERIFY2(body == plaintext(5), "the flushed packet is not under the changed key");

        // Our decryptor, fed by a kernel-style sender: loss, Reset-Request, A packet.
        MppeDecryptor dec(*m_lib, k.sendStartKey(), params);
        MppeKeySchedule sender(*m_lib, k.sendStartKey(), params.strength);
        for (std::uint16_t c = 0; c < 3; ++c)
            QVERIFY(decryptOne(dec, kernelPacket(sender, D, c, plaintext(c))).ok());
        (void)kernelPacket(sender, D, 3, plaintext(3)); // lost
        expectDropped(dec, kernelPacket(sender, D, 4, plaintext(4)), "lost");
        QVERIFY(dec.takeResetRequest());
        QVERIFY(!dec.takeResynchronised());
        sender.changeKey(); // the Reset-Request arrived
        auto got = decryptOne(dec, kernelPacket(sender, D | A, 5, plaintext(5)));
        QVERIFY2(got.ok(), got.ok() ? "" : got.message().c_str());
        QVERIFY2(*got == plaintext(5), "decrypted the flushed packet with the wrong key");
        QVERIFY(dec.takeResynchronised());
        QVERIFY(!dec.takeResynchronised());
        auto next = decryptOne(dec, kernelPacket(sender, D, 6, plaintext(6)));
        QVERIFY(next.ok() && *next == plaintext(6));
        // An A packet in order (a reset with no loss seen here) changes the key too.
        sender.changeKey();
        auto again = decryptOne(dec, kernelPacket(sender, D | A, 7, plaintext(7)));
        QVERIFY(again.ok() && *again == plaintext(7));
        QVERIFY(!dec.takeResynchronised());
        // A flag packet without A is refused, as the kernel refuses it.
        for (std::uint16_t c = 8; c < 255; ++c)
            QVERIFY(decryptOne(dec, kernelPacket(sender, D, c, plaintext(c))).ok());
        expectDropped(dec, kernelPacket(sender, D, 255, plaintext(255)), "flag packet");
    }

    void flagPacketArrivingAfterLossResyncsDirectly()
    {
        MppeParameters params{MppeStrength::Bits128, MppeMode::Stateful};
        MppeKeys k = keysFor(MppeRole::Client, params.strength);
        MppeEncryptor enc(*m_lib, k.sendStartKey(), params);
        MppeDecryptor dec(*m_lib, k.sendStartKey(), params);
        for (int i = 0; i < 250; ++i)
            QVERIFY(decryptOne(dec, encryptOne(enc, plaintext(i))).ok());
        for (int i = 250; i < 255; ++i)
            (void)encryptOne(enc, plaintext(i));
        auto got = decryptOne(dec, encryptOne(enc, plaintext(255))); // flag, flushed
        QVERIFY(got.ok() && *got == plaintext(255));
        QVERIFY(!dec.takeResetRequest());
        auto next = decryptOne(dec, encryptOne(enc, plaintext(256)));
        QVERIFY(next.ok() && *next == plaintext(256));
    }

    void malformedPacketsAreRejected()
    {
        MppeParameters params{MppeStrength::Bits128, MppeMode::Stateless};
        MppeKeys k = keysFor(MppeRole::Server, params.strength);
        MppeEncryptor enc(*m_lib, k.sendStartKey(), params);
        MppeDecryptor dec(*m_lib, k.sendStartKey(), params);
        expectDropped(dec, {}, "too short");
        expectDropped(dec, {0x90, 0x00}, "too short");
        expectDropped(dec, {0x80, 0x00, 0x00, 0x21}, "D bit clear");
        expectDropped(dec, {0xb0, 0x00, 0x00, 0x21}, "MPPC-compressed");
        Bytes good = encryptOne(enc, plaintext(0));
        Bytes tiny(3);
        QVERIFY(!dec.decrypt(good, tiny).ok());
        auto ok = decryptOne(dec, good); // the failed calls did not disturb the state
        QVERIFY(ok.ok() && *ok == plaintext(0));
        Bytes small(4);
        auto r = enc.encrypt(plaintext(1), small);
        QVERIFY(!r.ok());
        QVERIFY(r.message().find("too small") != std::string::npos);
        QVERIFY(!enc.encrypt({}, small).ok());
    }

    void inPlaceApi()
    {
        MppeParameters params{MppeStrength::Bits128, MppeMode::Stateful};
        MppeKeys k = keysFor(MppeRole::Server, params.strength);
        MppeEncryptor enc(*m_lib, k.sendStartKey(), params);
        MppeDecryptor dec(*m_lib, k.sendStartKey(), params);
        for (int i = 0; i < 300; ++i) {
            Bytes p = plaintext(i);
            Bytes buffer(2);
            buffer.insert(buffer.end(), p.begin(), p.end());
            QVERIFY(enc.encryptInPlace(buffer).ok());
            QCOMPARE(int(MppeHeader::count(buffer.data())), i);
            auto view = dec.decryptInPlace(buffer);
            QVERIFY(view.ok());
            QVERIFY(Bytes(view->begin(), view->end()) == p);
            QVERIFY(view->data() == buffer.data() + 2);
        }
        Bytes two(2);
        QVERIFY(!enc.encryptInPlace(two).ok());
    }
};

QTEST_GUILESS_MAIN(TestMppeCipher)
#include "TestMppeCipher.moc"
