// The users service against a real state database: what each method refuses, what it
// audits (and that a failed audit write fails the change), which error kind comes
// back, and which sessions a credential change ends.

#include "AdminFixture.h"
#include "admin/UserService.h"
#include "api/AdminMethod.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace keyward;
namespace Method = keyward::api::Method;

class TestUserService : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fx = std::make_unique<AdminFixture>();
        m_service = std::make_unique<admin::UserService>(*m_fx->context, m_fx->sessions);
        m_service->registerMethods(m_fx->registry);
    }

    void registersEveryUserMethod()
    {
        for (const QString &name : api::Method::all()) {
            if (name.startsWith("user."))
                QVERIFY2(m_fx->registry.contains(name), qPrintable(name));
        }
    }

    void addRefusesAWeakPasswordAndRecordsNothing()
    {
        const Reply r = m_fx->call(Method::UserAdd, {{"name", "alice"}, {"password", "short"}});
        QCOMPARE(r.errorCode, ipc::ErrorCode::InvalidParams);
        QVERIFY(r.errorMessage.contains("at least 12"));
        QVERIFY(!m_fx->credentials->findUser("alice")->has_value());
        QVERIFY(m_fx->audited(Method::UserAdd).isEmpty());
    }

    void addGeneratesAOneTimePasswordShownOnlyToTheCaller()
    {
        const Reply r = m_fx->call(Method::UserAdd, {{"name", "bob"}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        const QString password = r.result.value("password").toString();
        QCOMPARE(password.size(), 18);
        QVERIFY(r.result.value("mustChange").toBool());
        const auto entries = m_fx->audited(Method::UserAdd);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].target, QString("bob"));
        QVERIFY(entries[0].actor.startsWith("root"));
        QVERIFY(entries[0].details.value("generated").toBool());
        QVERIFY(!QJsonDocument(entries[0].details).toJson().contains(password.toUtf8()));
        QVERIFY(m_fx->events.isEmpty()); // no password in any event
    }

    void addingAnExistingUserIsAConflict()
    {
        QVERIFY(m_fx->call(Method::UserAdd, {{"name", "carol"}}).ok());
        const Reply r = m_fx->call(Method::UserAdd, {{"name", "carol"}});
        QCOMPARE(r.errorCode, ipc::ErrorCode::Conflict);
        QCOMPARE(m_fx->audited(Method::UserAdd).size(), 1);
    }

    void aFailedAuditWriteFailsTheChange()
    {
        QSqlQuery q(m_fx->database().connection());
        QVERIFY(q.exec("CREATE TRIGGER refuse BEFORE INSERT ON audit "
                       "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
        const Reply r = m_fx->call(Method::UserAdd, {{"name", "dave"}});
        QCOMPARE(r.errorCode, ipc::ErrorCode::Internal);
        QVERIFY(!m_fx->credentials->findUser("dave")->has_value()); // rolled back
    }

    void unknownUsersAreNotFound_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("reset") << Method::UserReset;
        QTest::newRow("disable") << Method::UserDisable;
        QTest::newRow("enable") << Method::UserEnable;
        QTest::newRow("unlock") << Method::UserUnlock;
        QTest::newRow("delete") << Method::UserDelete;
        QTest::newRow("show") << Method::UserShow;
    }

    void unknownUsersAreNotFound()
    {
        QFETCH(QString, method);
        const Reply r = m_fx->call(method, {{"name", "nobody"}});
        QCOMPARE(r.errorCode, ipc::ErrorCode::NotFound);
        QVERIFY(r.errorMessage.contains("nobody"));
        QVERIFY(m_fx->audited(method).isEmpty());
    }

    void resetEndsTheUsersSessionsAndRequiresAChange()
    {
        QVERIFY(m_fx->addUser("erin"));
        m_fx->sessions.add(7, "erin");
        m_fx->sessions.add(8, "frank");
        const Reply r = m_fx->call(Method::UserReset, {{"name", "erin"}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.result.value("sessionsEnded").toInt(), 1);
        QCOMPARE(m_fx->sessions.live.size(), 1);
        QVERIFY(m_fx->sessions.endReasons.first().contains("credential reset by root"));
        QVERIFY((*m_fx->credentials->findUser("erin"))->mustChangePassword);
        QCOMPARE(m_fx->audited(Method::UserReset).size(), 1);
    }

    void disableEndsSessionsAndEnableDoesNot()
    {
        QVERIFY(m_fx->addUser("gina"));
        m_fx->sessions.add(9, "Gina"); // names compare case-insensitively
        QCOMPARE(m_fx->call(Method::UserDisable, {{"name", "gina"}})
                     .result.value("sessionsEnded")
                     .toInt(),
                 1);
        m_fx->sessions.add(10, "gina");
        const Reply enabled = m_fx->call(Method::UserEnable, {{"name", "gina"}});
        QCOMPARE(enabled.result.value("state").toString(), QString("active"));
        QCOMPARE(enabled.result.value("sessionsEnded").toInt(), 0);
        QCOMPARE(m_fx->sessions.live.size(), 1);
    }

    void importIsAllOrNothingAndNamesTheBadLine()
    {
        QVERIFY(m_fx->addUser("hank"));
        const Reply r =
            m_fx->call(Method::UserImport, {{"csv", "name,groups\nivy,staff\nhank,staff\n"}});
        QCOMPARE(r.errorCode, ipc::ErrorCode::Conflict);
        QVERIFY2(r.errorMessage.startsWith("line 3:"), qPrintable(r.errorMessage));
        QVERIFY(!m_fx->credentials->findUser("ivy")->has_value());
        QVERIFY(m_fx->audited(Method::UserImport).isEmpty());

        const Reply ok = m_fx->call(Method::UserImport, {{"csv", "ivy,staff;vpn\njack\n"}});
        QVERIFY2(ok.ok(), qPrintable(ok.errorMessage));
        QCOMPARE(ok.result.value("users").toArray().size(), 2);
        QCOMPARE(*m_fx->credentials->groupsOf("ivy"), QStringList({"staff", "vpn"}));
        const auto entries = m_fx->audited(Method::UserImport);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].details.value("count").toInt(), 2);
    }

    void rotateNeedsToBeToldWhom()
    {
        const Reply r = m_fx->call(Method::UserRotate, {});
        QCOMPARE(r.errorCode, ipc::ErrorCode::InvalidParams);
    }

    void rotateByGroupGivesEachAOneTimePasswordAndEndsTheirSessions()
    {
        QVERIFY(m_fx->addUser("kim"));
        QVERIFY(m_fx->addUser("lee"));
        QVERIFY(
            m_fx->call(Method::UserGroups, {{"name", "kim"}, {"groups", QJsonArray{"ops"}}}).ok());
        m_fx->sessions.add(11, "kim");
        m_fx->sessions.add(12, "lee");
        const Reply r = m_fx->call(Method::UserRotate, {{"group", "ops"}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.result.value("users").toArray().size(), 1);
        QCOMPARE(r.result.value("sessionsEnded").toInt(), 1);
        QCOMPARE(m_fx->sessions.live.first().user, QString("lee"));
        QCOMPARE(m_fx->audited(Method::UserRotate).first().target, QString("group:ops"));
    }

    void listAndShowApplyThePolicysExpiry()
    {
        QVERIFY(m_fx->addUser("mia"));
        m_fx->sessions.add(13, "mia");
        const Reply shown = m_fx->call(Method::UserShow, {{"name", "mia"}});
        QVERIFY(shown.ok());
        const int daysLeft = shown.result.value("daysLeft").toInt(); // 90-day policy, just set
        QVERIFY2(daysLeft == 89 || daysLeft == 90, qPrintable(QString::number(daysLeft)));
        QCOMPARE(shown.result.value("sessions").toArray(), QJsonArray{13});
        const Reply expiring = m_fx->call(Method::UserExpiring, {{"days", 100}});
        QCOMPARE(expiring.result.value("users").toArray().size(), 1);
        QCOMPARE(
            m_fx->call(Method::UserExpiring, {{"days", 14}}).result.value("users").toArray().size(),
            0);
    }

private:
    std::unique_ptr<AdminFixture> m_fx;
    std::unique_ptr<admin::UserService> m_service;
};

QTEST_GUILESS_MAIN(TestUserService)
#include "TestUserService.moc"
