// RFC 3079 key derivation and the RFC 3078 key change against RFC 3079 §3.5, the
// derived receive-direction and rekey-chain vectors, and two real captures.

#include "TestVectors.h"
#include "common/Bytes.h"
#include "crypto/CryptoLibrary.h"
#include "crypto/Rc4.h"
#include "mppe/MppeKeyDerivation.h"
#include "mppe/MppeKeySchedule.h"
#include "mppe/MppeKeys.h"
#include "mppe/MppeMagic.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward::protocol;
using namespace keyward::protocol::mppe;

class TestMppeKeys : public QObject
{
    Q_OBJECT

    std::shared_ptr<const crypto::CryptoLibrary> m_lib;
    TestVectors m_vectors{"mschapv2_mppe.json"};
    TestVectors m_captures{"pptp_captures.json"};

    std::string rc4Hex(ByteView key, std::string_view text)
    {
        crypto::Rc4 rc4(*m_lib);
        rc4.setKey(key);
        Bytes data(text.begin(), text.end());
        rc4.applyInPlace(data);
        return toHex(data);
    }

    MppeKeys rfcKeys(MppeRole role, MppeStrength s)
    {
        auto v = m_vectors.section("mschapv2_rfc2759");
        return MppeKeys(*m_lib, TestVectors::hex(v, "password_hash_hash"),
                        TestVectors::hex(v, "nt_response"), role, s);
    }

    static MppeStrength strengthOf(const QString &bits)
    {
        return bits == "40"   ? MppeStrength::Bits40
               : bits == "56" ? MppeStrength::Bits56
                              : MppeStrength::Bits128;
    }

private slots:
    void initTestCase()
    {
        auto loaded = crypto::CryptoLibrary::load();
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.message().c_str());
        m_lib = loaded.value();
        QVERIFY(m_vectors.isValid());
        QVERIFY(m_captures.isValid());
    }

    void magicConstantsMatchTheDirectionMap()
    {
        auto m = m_vectors.section("mppe_direction_map");
        QCOMPARE(std::string(MppeMagic::Magic1), TestVectors::text(m, "magic1_ascii"));
        QCOMPARE(std::string(MppeMagic::Magic2), TestVectors::text(m, "magic2_ascii"));
        QCOMPARE(std::string(MppeMagic::Magic3), TestVectors::text(m, "magic3_ascii"));
        QCOMPARE(toHex(MppeMagic::shsPad1()), std::string(80, '0'));
        std::string f2;
        for (int i = 0; i < 40; ++i)
            f2 += "f2";
        QCOMPARE(toHex(MppeMagic::shsPad2()), f2);
    }

    void rfc3079Section35SendDirection()
    {
        auto v = m_vectors.section("mppe_rfc3079_3_5");
        auto keys = v.value("keys").toObject();
        const std::string plain = TestVectors::text(v, "plaintext_ascii");
        for (const QString &bits : keys.keys()) {
            auto k = keys.value(bits).toObject();
            MppeStrength s = strengthOf(bits);
            MppeKeys server = rfcKeys(MppeRole::Server, s);
            QCOMPARE(toHex(server.masterKey()), TestVectors::text(v, "master_key"));
            QCOMPARE(toHex(server.sendStartKey()), TestVectors::text(k, "send_start_key"));
            Bytes session = MppeKeyDerivation::initialSessionKey(*m_lib, server.sendStartKey(), s);
            QCOMPARE(toHex(session), TestVectors::text(k, "send_session_key"));
            // Uses the computed value, not the RFC's misprinted 56-bit one (README).
            QCOMPARE(rc4Hex(session, plain),
                     TestVectors::text(k, "rc4_send_session_key_test_message"));
            MppeKeySchedule schedule(*m_lib, server.sendStartKey(), s);
            QCOMPARE(toHex(schedule.sessionKey()), TestVectors::text(k, "send_session_key"));
        }
        auto k56 = keys.value("56").toObject();
        QVERIFY(TestVectors::text(k56, "rc4_send_session_key_test_message") !=
                TestVectors::text(k56, "rc4_test_message_as_printed_in_rfc_erroneous"));
    }

    void receiveDirectionAndRoles()
    {
        auto v = m_vectors.section("mppe_rfc3079_receive_direction");
        auto keys = v.value("keys").toObject();
        for (const QString &bits : keys.keys()) {
            auto k = keys.value(bits).toObject();
            MppeStrength s = strengthOf(bits);
            MppeKeys server = rfcKeys(MppeRole::Server, s);
            MppeKeys client = rfcKeys(MppeRole::Client, s);
            QCOMPARE(toHex(server.receiveStartKey()), TestVectors::text(k, "recv_start_key"));
            Bytes session =
                MppeKeyDerivation::initialSessionKey(*m_lib, server.receiveStartKey(), s);
            QCOMPARE(toHex(session), TestVectors::text(k, "recv_session_key"));
            QCOMPARE(rc4Hex(session, "test message"),
                     TestVectors::text(k, "rc4_recv_session_key_test_message"));
            // server send == client receive, server receive == client send
            QVERIFY(server.sendStartKey() == client.receiveStartKey());
            QVERIFY(server.receiveStartKey() == client.sendStartKey());
            QVERIFY(server.sendStartKey() != server.receiveStartKey());
            QCOMPARE(server.sendStartKey().size(), MppeKeyDerivation::keyLength(s));
        }
    }

    void masterKeysOfARoleAndTheirStartKeys()
    {
        // The 16-octet MasterSendKey/MasterReceiveKey (what RFC 2548 carries): a
        // session of any strength starts from their first 8 or 16 octets.
        auto v = m_vectors.section("mschapv2_rfc2759");
        auto send = m_vectors.section("mppe_rfc3079_3_5").value("keys").toObject();
        auto receive = m_vectors.section("mppe_rfc3079_receive_direction").value("keys").toObject();
        const MppeMasterKeys server =
            MppeKeys::masterKeys(*m_lib, TestVectors::hex(v, "password_hash_hash"),
                                 TestVectors::hex(v, "nt_response"), MppeRole::Server);
        const MppeMasterKeys client =
            MppeKeys::masterKeys(*m_lib, TestVectors::hex(v, "password_hash_hash"),
                                 TestVectors::hex(v, "nt_response"), MppeRole::Client);
        QVERIFY(server.send == client.receive);
        QVERIFY(server.receive == client.send);
        for (const QString &bits : send.keys()) {
            const MppeStrength s = strengthOf(bits);
            QCOMPARE(toHex(MppeKeys::startKey(server.send, s)),
                     TestVectors::text(send.value(bits).toObject(), "send_start_key"));
            QCOMPARE(toHex(MppeKeys::startKey(server.receive, s)),
                     TestVectors::text(receive.value(bits).toObject(), "recv_start_key"));
            const MppeKeys derived = rfcKeys(MppeRole::Client, s);
            QVERIFY(MppeKeys::startKey(client.send, s) == derived.sendStartKey());
            QVERIFY(MppeKeys::startKey(client.receive, s) == derived.receiveStartKey());
        }
    }

    void rekeyChains()
    {
        auto chains = m_vectors.section("mppe_rekey_chain_derived").value("chains").toObject();
        QCOMPARE(chains.size(), 4);
        for (const QString &name : chains.keys()) {
            bool send = name.contains("send");
            MppeStrength s = name.endsWith("_40") ? MppeStrength::Bits40 : MppeStrength::Bits128;
            MppeKeys server = rfcKeys(MppeRole::Server, s);
            const Bytes &start = send ? server.sendStartKey() : server.receiveStartKey();
            MppeKeySchedule schedule(*m_lib, start, s);
            Bytes pure = MppeKeyDerivation::initialSessionKey(*m_lib, start, s);
            for (const auto &entry : chains.value(name).toArray()) {
                auto e = entry.toObject();
                int count = e.value("coherency_count").toInt();
                // Stateless: the packet with count N uses the key after N+1 changes.
                schedule.changeKey();
                pure = MppeKeyDerivation::changeKey(*m_lib, start, pure, s);
                QCOMPARE(toHex(schedule.sessionKey()), TestVectors::text(e, "key"));
                QCOMPARE(toHex(pure), TestVectors::text(e, "key"));
                QCOMPARE(rc4Hex(schedule.sessionKey(), "test message"),
                         TestVectors::text(e, "rc4_test_message"));
                Q_UNUSED(count);
            }
        }
    }

    void statelessScheduleKeysRc4AfreshForEveryPacket()
    {
        // The rekey chains through the schedule's own keystream: stateless mode starts
        // the keystream of the current key at every apply(), stateful mode runs it on.
        auto chains = m_vectors.section("mppe_rekey_chain_derived").value("chains").toObject();
        const std::string_view text = "test message";
        auto through = [&](MppeKeySchedule &schedule) {
            Bytes data(text.begin(), text.end());
            schedule.apply(data, data.data());
            return toHex(data);
        };
        for (const QString &name : chains.keys()) {
            bool send = name.contains("send");
            MppeStrength s = name.endsWith("_40") ? MppeStrength::Bits40 : MppeStrength::Bits128;
            MppeKeys server = rfcKeys(MppeRole::Server, s);
            const Bytes &start = send ? server.sendStartKey() : server.receiveStartKey();
            MppeKeySchedule stateless(*m_lib, start, s, MppeMode::Stateless);
            MppeKeySchedule stateful(*m_lib, start, s, MppeMode::Stateful);
            for (const auto &entry : chains.value(name).toArray()) {
                const std::string expected =
                    TestVectors::text(entry.toObject(), "rc4_test_message");
                stateless.changeKey();
                stateful.changeKey();
                QCOMPARE(through(stateless), expected);
                QCOMPARE(through(stateless), expected);
                QCOMPARE(through(stateful), expected);
                QVERIFY(through(stateful) != expected);
            }
        }
    }

    void chapcrackCaptureKeys()
    {
        auto v = m_captures.section("chapcrack_pptp_cap");
        Bytes hash = fromHex(TestVectors::text(v, "password_hash"));
        Bytes hashHash(16);
        auto d = m_lib->md4(hash);
        std::copy(d.begin(), d.end(), hashHash.begin());
        MppeKeys server(*m_lib, hashHash, TestVectors::hex(v, "nt_response"), MppeRole::Server,
                        MppeStrength::Bits128);
        QCOMPARE(toHex(server.masterKey()), TestVectors::text(v, "master_key"));
        QCOMPARE(toHex(server.sendStartKey()), TestVectors::text(v, "server_send_start_key_128"));
        QCOMPARE(toHex(server.receiveStartKey()),
                 TestVectors::text(v, "server_recv_start_key_128"));
    }

    void pptpcrackCaptureKeys()
    {
        auto v = m_captures.section("pptpcrack_test_pcap");
        Bytes unicode;
        for (char c : TestVectors::text(v, "password_ascii")) {
            unicode.push_back(static_cast<std::uint8_t>(c));
            unicode.push_back(0);
        }
        auto hash = m_lib->md4(unicode);
        auto hashHash = m_lib->md4(hash);
        MppeKeys server(*m_lib, hashHash, TestVectors::hex(v, "nt_response"), MppeRole::Server,
                        MppeStrength::Bits128);
        QCOMPARE(toHex(server.masterKey()), TestVectors::text(v, "master_key"));
        QCOMPARE(toHex(server.sendStartKey()),
                 TestVectors::text(v, "server_send_start_key_128_magic3"));
        QCOMPARE(toHex(server.receiveStartKey()),
                 TestVectors::text(v, "server_recv_start_key_128_magic2"));
        MppeKeySchedule send(*m_lib, server.sendStartKey(), MppeStrength::Bits128);
        MppeKeySchedule recv(*m_lib, server.receiveStartKey(), MppeStrength::Bits128);
        QCOMPARE(toHex(send.sessionKey()), TestVectors::text(v, "server_send_initial_session_key"));
        QCOMPARE(toHex(recv.sessionKey()), TestVectors::text(v, "server_recv_initial_session_key"));
        auto first = v.value("first_mppe_packets").toObject();
        for (const auto &entry : first.value("client_to_server").toArray()) {
            recv.changeKey();
            QCOMPARE(toHex(recv.sessionKey()), TestVectors::text(entry.toObject(), "rc4_key"));
        }
        for (const auto &entry : first.value("server_to_client").toArray()) {
            send.changeKey();
            QCOMPARE(toHex(send.sessionKey()), TestVectors::text(entry.toObject(), "rc4_key"));
        }
    }

    void resetReturnsToTheInitialKey()
    {
        MppeKeys server = rfcKeys(MppeRole::Server, MppeStrength::Bits56);
        MppeKeySchedule s(*m_lib, server.sendStartKey(), MppeStrength::Bits56);
        Bytes initial(s.sessionKey().begin(), s.sessionKey().end());
        s.changeKey();
        QCOMPARE(int(s.sessionKey()[0]), 0xd1); // 56-bit salt kept after changes
        QVERIFY(Bytes(s.sessionKey().begin(), s.sessionKey().end()) != initial);
        s.reset();
        QVERIFY(Bytes(s.sessionKey().begin(), s.sessionKey().end()) == initial);
    }
};

QTEST_GUILESS_MAIN(TestMppeKeys)
#include "TestMppeKeys.moc"
