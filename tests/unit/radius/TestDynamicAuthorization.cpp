// What a Disconnect-Request or CoA-Request does to live sessions, against a stand-in
// session registry: matching by User-Name, Acct-Session-Id and Framed-IP-Address (all
// given must match), NAS identification, the NAKs and their Error-Cause, limits
// changed and rekeys started for a CoA, and the audit entry written before anything
// happens (none written: nothing done, NAK 506), with the source as its actor.

#include "StandInSessions.h"
#include "radius/DynamicAuthorization.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QTest>

using namespace keyward;
using namespace keyward::radius;
using protocol::Bytes;

namespace {

struct AuditLine
{
    QString actor, action, target, outcome;
    QJsonObject details;
};

core::LiveSession live(quint16 id, const QString &user, const QString &acct, const QString &ip)
{
    core::LiveSession s;
    s.id = id;
    s.user = user;
    s.accountingSessionId = acct;
    s.tunnelAddress = ip;
    s.up = true;
    return s;
}

quint32 ip(const char *text)
{
    return QHostAddress(QString::fromLatin1(text)).toIPv4Address();
}

RadiusPacket request(RadiusCode code)
{
    RadiusPacket p;
    p.code = code;
    p.identifier = 1;
    return p;
}

} // namespace

class TestDynamicAuthorization : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_sessions = StandInSessions{};
        m_sessions.live = {live(11, "alice", "0000AAAA000B", "10.75.0.2"),
                           live(12, "alice", "0000AAAA000C", "10.75.0.3"),
                           live(13, "bob", "0000AAAA000D", "10.75.0.4"),
                           live(14, "", "0000AAAA000E", "")}; // still signing in
        m_audit.clear();
        m_auditFails = false;
        m_dae = std::make_unique<DynamicAuthorization>(
            m_sessions, DynamicAuthorization::Nas{"kw-test", ip("192.0.2.1")},
            [this](const QString &actor, const QString &action, const QString &target,
                   const QString &outcome, const QJsonObject &details) -> Status {
                if (m_auditFails)
                    return fail(ErrorKind::Unavailable, "database is locked");
                m_audit.append({actor, action, target, outcome, details});
                return {};
            });
    }

    void aDisconnectByUserNameEndsEverySessionOfTheUser()
    {
        RadiusPacket p = request(RadiusCode::DisconnectRequest);
        p.addText(attr::UserName, "ALICE");
        const auto outcome = m_dae->handle(p, "192.0.2.10");
        QVERIFY2(!outcome.nak, qPrintable(outcome.summary));
        QCOMPARE(m_sessions.ended,
                 QStringList({"11 disconnected (RADIUS Disconnect-Request) by radius-dae "
                              "192.0.2.10",
                              "12 disconnected (RADIUS Disconnect-Request) by radius-dae "
                              "192.0.2.10"}));
        QCOMPARE(m_audit.size(), 1);
        QCOMPARE(m_audit[0].actor, QString("radius-dae 192.0.2.10"));
        QCOMPARE(m_audit[0].action, QString("radius.disconnect"));
        QCOMPARE(m_audit[0].target, QString("ALICE"));
        QCOMPARE(m_audit[0].outcome, QString("ok"));
        QCOMPARE(m_audit[0].details.value("answer").toString(), QString("Disconnect-ACK"));
        QCOMPARE(m_audit[0].details.value("sessions").toArray(), QJsonArray({11, 12}));
    }

    void everyIdentificationGivenMustMatch()
    {
        RadiusPacket p = request(RadiusCode::DisconnectRequest);
        p.addText(attr::UserName, "alice");
        p.addText(attr::AcctSessionId, "0000AAAA000C");
        QVERIFY(!m_dae->handle(p, "192.0.2.10").nak);
        QCOMPARE(m_sessions.ended.size(), 1);
        QVERIFY(m_sessions.ended[0].startsWith("12 "));

        // Framed-IP-Address of bob's session with alice's name: no match.
        RadiusPacket q = request(RadiusCode::DisconnectRequest);
        q.addText(attr::UserName, "alice");
        q.addU32(attr::FramedIpAddress, ip("10.75.0.4"));
        const auto outcome = m_dae->handle(q, "192.0.2.10");
        QCOMPARE(outcome.nak, std::optional(DaeErrorCause::SessionContextNotFound));
        QCOMPARE(m_sessions.ended.size(), 1);
        QCOMPARE(m_audit.last().outcome, QString("refused"));
        QCOMPARE(m_audit.last().details.value("error-cause").toInt(), 503);
        QCOMPARE(m_audit.last().details.value("answer").toString(), QString("Disconnect-NAK"));

        RadiusPacket r = request(RadiusCode::DisconnectRequest);
        r.addU32(attr::FramedIpAddress, ip("10.75.0.4"));
        QVERIFY(!m_dae->handle(r, "192.0.2.10").nak);
        QVERIFY(m_sessions.ended.last().startsWith("13 "));
    }

    void aSessionNotSignedInIsNoMatch()
    {
        RadiusPacket p = request(RadiusCode::DisconnectRequest);
        p.addText(attr::AcctSessionId, "0000AAAA000E");
        QCOMPARE(m_dae->handle(p, "192.0.2.10").nak,
                 std::optional(DaeErrorCause::SessionContextNotFound));
        QVERIFY(m_sessions.ended.isEmpty());
    }

    void noIdentificationIsMissingAttribute()
    {
        RadiusPacket p = request(RadiusCode::DisconnectRequest);
        p.addText(attr::NasIdentifier, "kw-test");
        QCOMPARE(m_dae->handle(p, "192.0.2.10").nak,
                 std::optional(DaeErrorCause::MissingAttribute));
        QVERIFY(m_sessions.ended.isEmpty());
        QCOMPARE(m_audit.last().details.value("error-cause").toInt(), 402);
    }

    void anotherNasIsAMismatch()
    {
        RadiusPacket p = request(RadiusCode::DisconnectRequest);
        p.addText(attr::UserName, "alice");
        p.addText(attr::NasIdentifier, "other-nas");
        QCOMPARE(m_dae->handle(p, "192.0.2.10").nak,
                 std::optional(DaeErrorCause::NasIdentificationMismatch));
        RadiusPacket q = request(RadiusCode::DisconnectRequest);
        q.addText(attr::UserName, "alice");
        q.addU32(attr::NasIpAddress, ip("192.0.2.2"));
        QCOMPARE(m_dae->handle(q, "192.0.2.10").nak,
                 std::optional(DaeErrorCause::NasIdentificationMismatch));
        QVERIFY(m_sessions.ended.isEmpty());
        // Ours: taken.
        RadiusPacket r = request(RadiusCode::DisconnectRequest);
        r.addText(attr::UserName, "bob");
        r.addText(attr::NasIdentifier, "kw-test");
        r.addU32(attr::NasIpAddress, ip("192.0.2.1"));
        QVERIFY(!m_dae->handle(r, "192.0.2.10").nak);
        QCOMPARE(m_sessions.ended.size(), 1);
    }

    void unsupportedOrBadAttributesChangeNothing()
    {
        struct Case
        {
            RadiusPacket packet;
            DaeErrorCause cause;
        };
        QList<Case> cases;
        {
            RadiusPacket p = request(RadiusCode::CoaRequest);
            p.addText(attr::UserName, "alice");
            p.addU32(attr::SessionTimeout, 60);
            p.addText(attr::Class, "gold"); // not something Keyward changes
            cases.append({p, DaeErrorCause::UnsupportedAttribute});
        }
        {
            RadiusPacket p = request(RadiusCode::DisconnectRequest);
            p.addText(attr::UserName, "alice");
            p.addU32(attr::SessionTimeout, 60); // a limit in a Disconnect
            cases.append({p, DaeErrorCause::UnsupportedAttribute});
        }
        {
            RadiusPacket p = request(RadiusCode::CoaRequest);
            p.addText(attr::UserName, "alice");
            p.addVendor(cisco::VendorId, cisco::AvPair,
                        protocol::asBytes("subscriber:command=account-logoff"));
            cases.append({p, DaeErrorCause::UnsupportedAttribute});
        }
        {
            RadiusPacket p = request(RadiusCode::CoaRequest);
            p.addText(attr::UserName, "alice");
            p.addU32(attr::ServiceType, attr::ServiceTypeAuthorizeOnly);
            cases.append({p, DaeErrorCause::UnsupportedService});
        }
        {
            RadiusPacket p = request(RadiusCode::CoaRequest);
            p.addText(attr::UserName, "alice");
            p.addU32(attr::SessionTimeout, 0);
            cases.append({p, DaeErrorCause::InvalidAttributeValue});
        }
        {
            RadiusPacket p = request(RadiusCode::CoaRequest);
            p.addText(attr::UserName, "alice");
            p.add(attr::IdleTimeout, Bytes{0, 60});
            cases.append({p, DaeErrorCause::InvalidAttributeValue});
        }
        {
            RadiusPacket p = request(RadiusCode::DisconnectRequest);
            p.addText(attr::UserName, "alice");
            p.addText(attr::UserName, "bob");
            cases.append({p, DaeErrorCause::InvalidRequest});
        }
        {
            RadiusPacket p = request(RadiusCode::CoaRequest);
            p.addText(attr::UserName, "alice"); // asks for no change
            cases.append({p, DaeErrorCause::InvalidRequest});
        }
        for (const Case &c : cases) {
            const auto outcome = m_dae->handle(c.packet, "192.0.2.10");
            QCOMPARE(outcome.nak, std::optional(c.cause));
        }
        QVERIFY(m_sessions.ended.isEmpty());
        QVERIFY(m_sessions.limits.isEmpty());
        QVERIFY(m_sessions.rekeyed.isEmpty());
        QCOMPARE(m_audit.size(), cases.size());
        for (const AuditLine &line : m_audit)
            QCOMPARE(line.outcome, QString("refused"));
    }

    void aCoaChangesLimitsAndAsksForNewKeys()
    {
        RadiusPacket p = request(RadiusCode::CoaRequest);
        p.addText(attr::AcctSessionId, "0000AAAA000D");
        p.addU32(attr::SessionTimeout, 4);
        p.addU32(attr::IdleTimeout, 30);
        p.addVendor(cisco::VendorId, cisco::AvPair, protocol::asBytes(cisco::Reauthenticate));
        const auto outcome = m_dae->handle(p, "192.0.2.10");
        QVERIFY2(!outcome.nak, qPrintable(outcome.summary));
        QCOMPARE(m_sessions.limits, QStringList({"13 4 30 radius-dae 192.0.2.10"}));
        QCOMPARE(m_sessions.rekeyed, QList<quint16>({13}));
        QVERIFY(m_sessions.ended.isEmpty());
        QCOMPARE(m_audit.size(), 1);
        QCOMPARE(m_audit[0].action, QString("radius.coa"));
        QCOMPARE(m_audit[0].details.value("answer").toString(), QString("CoA-ACK"));
        QCOMPARE(m_audit[0].details.value("session-timeout").toInt(), 4);
        QVERIFY(m_audit[0].details.value("new-keys").toBool());
        // The rekey's outcome is a second entry once known.
        m_sessions.rekeyDone[0]("rekeyed", "new MPPE keys from a fresh MS-CHAPv2 exchange");
        QCOMPARE(m_audit.size(), 2);
        QCOMPARE(m_audit[1].outcome, QString("rekeyed"));
        QCOMPARE(m_audit[1].actor, QString("radius-dae 192.0.2.10"));
        QCOMPARE(m_audit[1].target, QString("bob"));
    }

    void nothingHappensWhenTheAuditCannotBeWritten()
    {
        m_auditFails = true;
        RadiusPacket p = request(RadiusCode::DisconnectRequest);
        p.addText(attr::UserName, "alice");
        QCOMPARE(m_dae->handle(p, "192.0.2.10").nak,
                 std::optional(DaeErrorCause::ResourcesUnavailable));
        QVERIFY(m_sessions.ended.isEmpty());
        QCOMPARE(m_sessions.live.size(), 4);
    }

    void hostileTextIsShownPrintableAndShort()
    {
        RadiusPacket p = request(RadiusCode::DisconnectRequest);
        Bytes name(200, 'x');
        name[3] = '\n';
        name[4] = 0;
        p.add(attr::UserName, name);
        const auto outcome = m_dae->handle(p, "192.0.2.10");
        QCOMPARE(outcome.nak, std::optional(DaeErrorCause::SessionContextNotFound));
        QVERIFY(!outcome.summary.contains('\n'));
        QCOMPARE(m_audit.last().target.size(), 64);
        QVERIFY(!m_audit.last().target.contains('\n'));
    }

private:
    StandInSessions m_sessions;
    QList<AuditLine> m_audit;
    bool m_auditFails = false;
    std::unique_ptr<DynamicAuthorization> m_dae;
};

QTEST_APPLESS_MAIN(TestDynamicAuthorization)
#include "TestDynamicAuthorization.moc"
