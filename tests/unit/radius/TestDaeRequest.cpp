// The RFC 5176 codec to the byte: a Disconnect-Request's Request Authenticator and
// Message-Authenticator against known answers (computed independently with Python's
// hashlib and hmac from RFC 5176 §2.3 and RFC 3579 §3.2), a wrong secret, a missing
// required or a wrong Message-Authenticator refused, answers (ACK, NAK with
// Error-Cause, Proxy-State echoed) that a client's check accepts, Event-Timestamp's
// window, and the replay cache's window and bound.

#include "radius/DaeReplayCache.h"
#include "radius/DaeRequest.h"
#include "radius/RadiusDigest.h"
#include "radius/RadiusSigner.h"

#include <QTest>

using namespace keyward;
using namespace keyward::radius;
using protocol::Bytes;
using protocol::fromHex;
using protocol::toHex;

namespace {

const Bytes Secret = {'t', 'e', 's', 't', 'i', 'n', 'g', '1', '2', '3'};
const Bytes Wrong = {'t', 'e', 's', 't', 'i', 'n', 'g', '1', '2', '4'};

RadiusPacket disconnectAlice()
{
    RadiusPacket packet;
    packet.code = RadiusCode::DisconnectRequest;
    packet.identifier = 7;
    packet.addText(attr::UserName, "alice");
    return packet;
}

Bytes text(std::string_view s)
{
    const auto view = protocol::asBytes(s);
    return Bytes(view.begin(), view.end());
}

} // namespace

class TestDaeRequest : public QObject
{
    Q_OBJECT

private slots:
    void theRequestAuthenticatorIsTheKnownAnswer()
    {
        auto wire = DaeRequest::sign(disconnectAlice(), Secret, false);
        QVERIFY2(wire.ok(), wire.message().c_str());
        QCOMPARE(toHex(Bytes(wire->begin() + 4, wire->begin() + 20)),
                 std::string("49788d4edaa481accaa88999455cf1df"));
        auto checked = DaeRequest::check(*wire, Secret, false);
        QVERIFY2(checked.ok(), checked.message().c_str());
        QVERIFY(checked->isDisconnect());
        QVERIFY(!checked->hadMessageAuthenticator);
        QCOMPARE(checked->packet.identifier, std::uint8_t(7));
    }

    void theMessageAuthenticatorIsTheKnownAnswer()
    {
        auto wire = DaeRequest::sign(disconnectAlice(), Secret, true);
        QVERIFY2(wire.ok(), wire.message().c_str());
        QCOMPARE(toHex(Bytes(wire->end() - 16, wire->end())),
                 std::string("793ee8fe8ebaafcb88c40c15f854bac6"));
        QCOMPARE(toHex(Bytes(wire->begin() + 4, wire->begin() + 20)),
                 std::string("46c488058e70a209134640745856ca71"));
        auto checked = DaeRequest::check(*wire, Secret, true);
        QVERIFY2(checked.ok(), checked.message().c_str());
        QVERIFY(checked->hadMessageAuthenticator);
    }

    void aWrongSecretIsRefused()
    {
        for (bool withMac : {false, true}) {
            auto wire = DaeRequest::sign(disconnectAlice(), Wrong, withMac);
            QVERIFY(wire.ok());
            auto checked = DaeRequest::check(*wire, Secret, false);
            QVERIFY(!checked.ok());
            QVERIFY(QString::fromStdString(checked.message()).contains("Request Authenticator"));
        }
    }

    void aRequiredMessageAuthenticatorMustBeThereAndRight()
    {
        auto plain = DaeRequest::sign(disconnectAlice(), Secret, false);
        QVERIFY(plain.ok());
        auto refused = DaeRequest::check(*plain, Secret, true);
        QVERIFY(!refused.ok());
        QVERIFY(
            QString::fromStdString(refused.message()).contains("without a Message-Authenticator"));

        // A Message-Authenticator made with another secret, the Request Authenticator
        // then recomputed with the right one: only the Message-Authenticator is wrong.
        auto forged = DaeRequest::sign(disconnectAlice(), Wrong, true);
        QVERIFY(forged.ok());
        std::fill(forged->begin() + 4, forged->begin() + 20, 0);
        Bytes withSecret = *forged;
        withSecret.insert(withSecret.end(), Secret.begin(), Secret.end());
        auto digest = RadiusDigest::md5({withSecret});
        QVERIFY(digest.ok());
        std::copy(digest->begin(), digest->end(), forged->begin() + 4);
        auto wrongMac = DaeRequest::check(*forged, Secret, false);
        QVERIFY(!wrongMac.ok());
        QVERIFY(QString::fromStdString(wrongMac.message())
                    .contains("Message-Authenticator does not match"));
    }

    void onlyDisconnectAndCoaRequestsAreTaken()
    {
        RadiusPacket access = disconnectAlice();
        access.code = RadiusCode::AccessRequest;
        auto wire = DaeRequest::sign(access, Secret, true);
        QVERIFY(wire.ok());
        QVERIFY(!DaeRequest::check(*wire, Secret, false).ok());
        // A hostile datagram: a length past its end, an attribute of length 1.
        QVERIFY(
            !DaeRequest::check(fromHex("2807ffff00000000000000000000000000000000"), Secret, false)
                 .ok());
        QVERIFY(!DaeRequest::check(fromHex("28070017000000000000000000000000000000000101"
                                           "00"),
                                   Secret, false)
                     .ok());
    }

    void anAckIsTheKnownAnswerAndAClientAcceptsIt()
    {
        auto wire = DaeRequest::sign(disconnectAlice(), Secret, false);
        auto request = DaeRequest::check(*wire, Secret, false);
        QVERIFY(request.ok());
        auto ack = request->answer(std::nullopt, Secret);
        QVERIFY2(ack.ok(), ack.message().c_str());
        QCOMPARE((*ack)[0], std::uint8_t(41));
        QCOMPARE((*ack)[1], std::uint8_t(7));
        QCOMPARE(toHex(Bytes(ack->begin() + 4, ack->begin() + 20)),
                 std::string("44826bd6d83bc3e3d2b4ab9a12eabf7f"));
        QCOMPARE(toHex(Bytes(ack->end() - 16, ack->end())),
                 std::string("f778da3b921bd50890457a42453dce96"));
        auto checked = RadiusSigner::checkAnswer(*ack, request->packet.authenticator, Secret, true);
        QVERIFY2(checked.ok(), checked.message().c_str());
        QVERIFY(!checked->packet.find(attr::ErrorCause));
    }

    void aNakCarriesItsErrorCauseAndEchoesProxyState()
    {
        RadiusPacket coa;
        coa.code = RadiusCode::CoaRequest;
        coa.identifier = 200;
        coa.addText(attr::UserName, "nobody");
        coa.addText(attr::ProxyState, "first");
        coa.addU32(attr::SessionTimeout, 60);
        coa.addText(attr::ProxyState, "second");
        auto wire = DaeRequest::sign(coa, Secret, true);
        auto request = DaeRequest::check(*wire, Secret, true);
        QVERIFY(request.ok());
        QVERIFY(!request->isDisconnect());
        auto nak = request->answer(DaeErrorCause::SessionContextNotFound, Secret);
        QVERIFY(nak.ok());
        auto checked = RadiusSigner::checkAnswer(*nak, request->packet.authenticator, Secret, true);
        QVERIFY2(checked.ok(), checked.message().c_str());
        QCOMPARE(checked->packet.code, RadiusCode::CoaNak);
        QCOMPARE(checked->packet.identifier, std::uint8_t(200));
        QCOMPARE(checked->packet.findU32(attr::ErrorCause).value_or(0), 503u);
        const auto states = checked->packet.findAll(attr::ProxyState);
        QCOMPARE(states.size(), std::size_t(2));
        QCOMPARE(states[0], text("first"));
        QCOMPARE(states[1], text("second"));
        // Checked with the wrong secret, the answer is refused.
        QVERIFY(!RadiusSigner::checkAnswer(*nak, request->packet.authenticator, Wrong, true).ok());
    }

    void anEventTimestampOutsideTheWindowIsNotTimely()
    {
        RadiusPacket packet = disconnectAlice();
        DaeRequest request;
        request.packet = packet;
        QVERIFY(request.timely(1'800'000'000, 300)); // none: timely
        request.packet.addU32(attr::EventTimestamp, 1'800'000'000 - 300);
        QVERIFY(request.timely(1'800'000'000, 300));
        QVERIFY(!request.timely(1'800'000'301, 300));
        QVERIFY(!request.timely(1'799'999'399, 300)); // from the future
        request.packet.remove(attr::EventTimestamp);
        request.packet.add(attr::EventTimestamp, Bytes{1, 2});
        QVERIFY(!request.timely(1'800'000'000, 300)); // not 4 octets
    }

    void theReplayCacheAnswersTheSameRequestWithinItsWindow()
    {
        DaeReplayCache cache(300, 3);
        Authenticator a{};
        a[0] = 1;
        QVERIFY(!cache.find("192.0.2.10:1000", 7, a, 0));
        cache.remember("192.0.2.10:1000", 7, a, Bytes{41}, 0);
        const Bytes *again = cache.find("192.0.2.10:1000", 7, a, 299);
        QVERIFY(again);
        QCOMPARE(*again, Bytes{41});
        // Another source, identifier or authenticator is another request.
        QVERIFY(!cache.find("192.0.2.11:1000", 7, a, 1));
        QVERIFY(!cache.find("192.0.2.10:1000", 8, a, 1));
        Authenticator b = a;
        b[15] = 9;
        QVERIFY(!cache.find("192.0.2.10:1000", 7, b, 1));
        // Past the window it is gone.
        QVERIFY(!cache.find("192.0.2.10:1000", 7, a, 301));
        // Bounded: the oldest goes first.
        for (std::uint8_t id = 0; id < 5; ++id)
            cache.remember("s", id, a, Bytes{id}, 400);
        QCOMPARE(cache.size(), std::size_t(3));
        QVERIFY(!cache.find("s", 0, a, 400));
        QVERIFY(cache.find("s", 4, a, 400));
    }
};

QTEST_APPLESS_MAIN(TestDaeRequest)
#include "TestDaeRequest.moc"
