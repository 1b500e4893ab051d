// The accounting record: the Accounting-Request it builds (RFC 2866 attributes, octets
// past 4 GiB in Gigawords, Acct-Delay-Time from the event to the send, what a Start
// and an Accounting-On leave out) and its journal line, read back field for field;
// a line that is not a record is refused with the reason.

#include "radius/AccountingRecord.h"
#include "radius/RadiusSigner.h"

#include <QTest>

using namespace keyward;
using namespace keyward::radius;

namespace {

AccountingRecord stopRecord()
{
    AccountingRecord r;
    r.sequence = 42;
    r.status = AccountingRecord::Status::Stop;
    r.sessionId = QStringLiteral("0191A2B3C4D5BEEF");
    r.user = QStringLiteral("alice");
    r.nasAddress = 0xc0000201; // 192.0.2.1
    r.nasIdentifier = QStringLiteral("vpn1");
    r.nasPort = 0xbeef;
    r.callingStation = QStringLiteral("198.51.100.7");
    r.calledStation = QStringLiteral("192.0.2.1");
    r.framedAddress = 0x0a4b0002;
    r.radiusClass = QByteArray("\x00\x01"
                               "cls\xff",
                               6);
    r.radiusAuthenticated = true;
    r.inputOctets = (quint64(5) << 32) + 7;
    r.outputOctets = 123456;
    r.inputPackets = 1000;
    r.outputPackets = 900;
    r.sessionSeconds = 3600;
    r.terminateCause = 6;
    r.eventTime = 1'700'000'000;
    return r;
}

} // namespace

class TestAccountingRecord : public QObject
{
    Q_OBJECT

private slots:
    void aStopCarriesEveryAttributeWithGigawordsAndTheDelay()
    {
        const RadiusPacket p = stopRecord().toRequest(1'700'000'009);
        QCOMPARE(p.code, RadiusCode::AccountingRequest);
        QCOMPARE(p.findU32(attr::AcctStatusType), std::optional<std::uint32_t>(2));
        QCOMPARE(*p.find(attr::AcctSessionId),
                 protocol::Bytes({'0', '1', '9', '1', 'A', '2', 'B', '3', 'C', '4', 'D', '5', 'B',
                                  'E', 'E', 'F'}));
        QCOMPARE(*p.find(attr::UserName), protocol::Bytes({'a', 'l', 'i', 'c', 'e'}));
        QCOMPARE(p.findU32(attr::NasIpAddress), std::optional<std::uint32_t>(0xc0000201));
        QCOMPARE(p.findU32(attr::NasPort), std::optional<std::uint32_t>(0xbeef));
        QCOMPARE(p.findU32(attr::FramedIpAddress), std::optional<std::uint32_t>(0x0a4b0002));
        QCOMPARE(*p.find(attr::Class), protocol::Bytes({0x00, 0x01, 'c', 'l', 's', 0xff}));
        QCOMPARE(p.findU32(attr::AcctAuthentic), std::optional<std::uint32_t>(1));
        QCOMPARE(p.findU32(attr::AcctInputOctets), std::optional<std::uint32_t>(7));
        QCOMPARE(p.findU32(attr::AcctInputGigawords), std::optional<std::uint32_t>(5));
        QCOMPARE(p.findU32(attr::AcctOutputOctets), std::optional<std::uint32_t>(123456));
        QCOMPARE(p.count(attr::AcctOutputGigawords), std::size_t(0)); // below 4 GiB
        QCOMPARE(p.findU32(attr::AcctInputPackets), std::optional<std::uint32_t>(1000));
        QCOMPARE(p.findU32(attr::AcctOutputPackets), std::optional<std::uint32_t>(900));
        QCOMPARE(p.findU32(attr::AcctSessionTime), std::optional<std::uint32_t>(3600));
        QCOMPARE(p.findU32(attr::AcctTerminateCause), std::optional<std::uint32_t>(6));
        QCOMPARE(p.findU32(attr::EventTimestamp), std::optional<std::uint32_t>(1'700'000'000));
        QCOMPARE(p.findU32(attr::AcctDelayTime), std::optional<std::uint32_t>(9));
        QCOMPARE(p.findU32(attr::NasPortType), std::optional<std::uint32_t>(5));
        const QByteArray calling("198.51.100.7");
        QCOMPARE(*p.find(attr::CallingStationId), protocol::Bytes(calling.begin(), calling.end()));
        QVERIFY(p.find(attr::CalledStationId));
        // It encodes and is signed as RFC 2866 §3 says (the codec's tests check the MD5).
        const protocol::Bytes secret{'s', 'e', 'c'};
        auto wire = RadiusSigner::signRequest(p, secret);
        QVERIFY2(wire.ok(), wire.message().c_str());
        // A later send is a different packet: its delay changed.
        QCOMPARE(stopRecord().toRequest(1'700'000'030).findU32(attr::AcctDelayTime),
                 std::optional<std::uint32_t>(30));
        // A clock that went back gives no negative delay.
        QCOMPARE(stopRecord().toRequest(1'600'000'000).findU32(attr::AcctDelayTime),
                 std::optional<std::uint32_t>(0));
    }

    void aStartAndAnAccountingOnLeaveOutWhatTheyCannotKnow()
    {
        AccountingRecord start = stopRecord();
        start.status = AccountingRecord::Status::Start;
        start.radiusAuthenticated = false;
        const RadiusPacket s = start.toRequest(start.eventTime);
        QCOMPARE(s.findU32(attr::AcctStatusType), std::optional<std::uint32_t>(1));
        QCOMPARE(s.findU32(attr::AcctAuthentic), std::optional<std::uint32_t>(2)); // Local
        QCOMPARE(s.count(attr::AcctInputOctets), std::size_t(0));
        QCOMPARE(s.count(attr::AcctSessionTime), std::size_t(0));
        QCOMPARE(s.count(attr::AcctTerminateCause), std::size_t(0));
        QCOMPARE(s.findU32(attr::AcctDelayTime), std::optional<std::uint32_t>(0));
        QVERIFY(s.find(attr::UserName));

        AccountingRecord on;
        on.status = AccountingRecord::Status::AccountingOn;
        on.sessionId = QStringLiteral("X");
        on.nasIdentifier = QStringLiteral("vpn1");
        on.eventTime = 100;
        const RadiusPacket o = on.toRequest(100);
        QCOMPARE(o.findU32(attr::AcctStatusType), std::optional<std::uint32_t>(7));
        QCOMPARE(o.count(attr::UserName), std::size_t(0));
        QCOMPARE(o.count(attr::NasIpAddress), std::size_t(0)); // none configured
        QCOMPARE(o.count(attr::NasPort), std::size_t(0));
        QVERIFY(o.find(attr::NasIdentifier));
        QVERIFY(o.find(attr::AcctSessionId));
    }

    void aJournalLineReadsBackFieldForField()
    {
        const AccountingRecord r = stopRecord();
        const QByteArray line = r.toJournalLine();
        QVERIFY(!line.contains('\n'));
        auto back = AccountingRecord::fromJournalLine(line);
        QVERIFY2(back.ok(), back.message().c_str());
        QCOMPARE(back->sequence, r.sequence);
        QCOMPARE(back->status, r.status);
        QCOMPARE(back->sessionId, r.sessionId);
        QCOMPARE(back->user, r.user);
        QCOMPARE(back->nasAddress, r.nasAddress);
        QCOMPARE(back->nasIdentifier, r.nasIdentifier);
        QCOMPARE(back->nasPort, r.nasPort);
        QCOMPARE(back->callingStation, r.callingStation);
        QCOMPARE(back->calledStation, r.calledStation);
        QCOMPARE(back->framedAddress, r.framedAddress);
        QCOMPARE(back->radiusClass, r.radiusClass);
        QCOMPARE(back->radiusAuthenticated, r.radiusAuthenticated);
        QCOMPARE(back->inputOctets, r.inputOctets); // past 2^32 exactly
        QCOMPARE(back->outputOctets, r.outputOctets);
        QCOMPARE(back->inputPackets, r.inputPackets);
        QCOMPARE(back->outputPackets, r.outputPackets);
        QCOMPARE(back->sessionSeconds, r.sessionSeconds);
        QCOMPARE(back->terminateCause, r.terminateCause);
        QCOMPARE(back->eventTime, r.eventTime);
        // The same request from the line as from the record.
        auto a = r.toRequest(r.eventTime + 1).encode();
        auto b = back->toRequest(r.eventTime + 1).encode();
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(*a, *b);
    }

    void aDamagedLineIsRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("cut") << stopRecord().toJournalLine().left(40);
        QTest::newRow("not json") << QByteArray("hello");
        QTest::newRow("no sequence") << QByteArray(R"({"status":"1","session":"A","time":"5"})");
        QTest::newRow("unknown status")
            << QByteArray(R"({"seq":"1","status":"9","session":"A","time":"5"})");
        QTest::newRow("no session") << QByteArray(R"({"seq":"1","status":"1","time":"5"})");
        QTest::newRow("negative counter")
            << QByteArray(R"({"seq":"1","status":"2","session":"A","time":"5","inOctets":"-4"})");
        QTest::newRow("number not string")
            << QByteArray(R"({"seq":1,"status":"1","session":"A","time":"5"})");
    }

    void aDamagedLineIsRefusedWithTheReason()
    {
        QFETCH(QByteArray, line);
        auto r = AccountingRecord::fromJournalLine(line);
        QVERIFY(!r.ok());
        QVERIFY(!r.message().empty());
    }
};

QTEST_GUILESS_MAIN(TestAccountingRecord)
#include "TestAccountingRecord.moc"
