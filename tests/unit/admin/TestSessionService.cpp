// The sessions service: what an admin may do to live sessions, what each refuses,
// that nothing ends without its audit entry, and the JSON a console reads.

#include "AdminFixture.h"
#include "admin/SessionService.h"
#include "api/AdminMethod.h"

#include <QSqlQuery>
#include <QTest>

using namespace keyward;
namespace Method = keyward::api::Method;

class TestSessionService : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fx = std::make_unique<AdminFixture>();
        m_service =
            std::make_unique<admin::SessionService>(*m_fx->context, m_fx->sessions, *m_fx->history);
        m_service->registerMethods(m_fx->registry);
    }

    void listShowsEachSessionWithItsMppeAndCounters()
    {
        auto &s = m_fx->sessions.add(21, "alice");
        s.hasCounters = true;
        s.bytesIn = 1000;
        m_fx->sessions.add(22, "").up = false;
        const Reply r = m_fx->call(Method::SessionList);
        QVERIFY(r.ok());
        const QJsonArray list = r.result.value("sessions").toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject first = list[0].toObject();
        QCOMPARE(first.value("id").toInt(), 21);
        QCOMPARE(first.value("state").toString(), QString("up"));
        QCOMPARE(first.value("mppe").toString(), QString("128-bit"));
        QCOMPARE(first.value("mppeMode").toString(), QString("stateless"));
        QCOMPARE(first.value("bytesIn").toInteger(), 1000);
        QCOMPARE(list[1].toObject().value("state").toString(), QString("negotiating"));
        QVERIFY(!list[1].toObject().contains("bytesIn"));
    }

    void disconnectAuditsThenEnds()
    {
        m_fx->sessions.add(23, "bob");
        const Reply r = m_fx->call(Method::SessionDisconnect, {{"id", 23}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QVERIFY(m_fx->sessions.live.isEmpty());
        QVERIFY(m_fx->sessions.endReasons.first().startsWith("disconnected by root"));
        QCOMPARE(m_fx->audited(Method::SessionDisconnect).first().target, QString("bob"));
    }

    void noDisconnectWithoutItsAuditEntry()
    {
        m_fx->sessions.add(24, "carol");
        QSqlQuery q(m_fx->database().connection());
        QVERIFY(q.exec("CREATE TRIGGER refuse BEFORE INSERT ON audit "
                       "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
        const Reply r = m_fx->call(Method::SessionDisconnect, {{"id", 24}});
        QCOMPARE(r.errorCode, ipc::ErrorCode::Internal);
        QCOMPARE(m_fx->sessions.live.size(), 1);
    }

    void unknownSessionsAreNotFound_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("disconnect") << Method::SessionDisconnect;
        QTest::newRow("revoke") << Method::SessionRevoke;
        QTest::newRow("rekey") << Method::SessionRekey;
    }

    void unknownSessionsAreNotFound()
    {
        QFETCH(QString, method);
        QCOMPARE(m_fx->call(method, {{"id", 999}}).errorCode, ipc::ErrorCode::NotFound);
        QCOMPARE(m_fx->call(method, {}).errorCode, ipc::ErrorCode::NotFound);
    }

    void revokeNeedsAnAuthenticatedSessionAndDisablesTheAccount()
    {
        m_fx->sessions.add(25, ""); // still negotiating: no user yet
        QCOMPARE(m_fx->call(Method::SessionRevoke, {{"id", 25}}).errorCode,
                 ipc::ErrorCode::NotFound);
        QVERIFY(m_fx->addUser("dave"));
        m_fx->sessions.add(26, "dave");
        m_fx->sessions.add(27, "dave");
        const Reply r = m_fx->call(Method::SessionRevoke, {{"id", 26}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.result.value("sessionsEnded").toInt(), 2);
        QVERIFY((*m_fx->credentials->findUser("dave"))->state == core::AccountState::Revoked);
        QCOMPARE(m_fx->audited(Method::SessionRevoke).size(), 1);
    }

    void rekeyAnswersWhenTheSessionHasNewKeysAndAuditsTheOutcome()
    {
        m_fx->sessions.add(28, "erin");
        const Reply pending = m_fx->call(Method::SessionRekey, {{"id", 28}});
        QVERIFY(!pending.answered); // the answer comes with the outcome
        QCOMPARE(m_fx->call(Method::SessionRekey, {{"id", 28}}).errorCode,
                 ipc::ErrorCode::Conflict); // one at a time
        m_fx->sessions.pendingRekey(QStringLiteral("rekeyed"), QStringLiteral("new keys"));
        m_fx->sessions.pendingRekey = {};
        const auto entries = m_fx->audited(Method::SessionRekey);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].outcome, QString("rekeyed"));
        QCOMPARE(entries[0].target, QString("erin"));
    }

    void historyListsEndedSessionsNewestFirst()
    {
        core::LiveSession ended;
        ended.id = 5;
        ended.user = QStringLiteral("fay");
        ended.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        ended.endedAt = QDateTime::currentDateTimeUtc();
        ended.endReason = QStringLiteral("idle for 1800 s");
        ended.mppeStrength = QStringLiteral("128-bit");
        ended.mppeMode = QStringLiteral("stateless");
        ended.bytesIn = 42;
        QVERIFY(m_fx->history->recordEnded(ended).ok());
        const Reply r = m_fx->call(Method::SessionHistory, {{"user", "fay"}});
        QVERIFY(r.ok());
        const QJsonObject first = r.result.value("sessions").toArray().first().toObject();
        QCOMPARE(first.value("reason").toString(), QString("idle for 1800 s"));
        QCOMPARE(first.value("mppe").toString(), QString("128-bit stateless"));
        QCOMPARE(first.value("bytesIn").toInteger(), 42);
    }

private:
    std::unique_ptr<AdminFixture> m_fx;
    std::unique_ptr<admin::SessionService> m_service;
};

QTEST_GUILESS_MAIN(TestSessionService)
#include "TestSessionService.moc"
