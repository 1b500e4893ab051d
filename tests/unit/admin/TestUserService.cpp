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

    // The exact JSON of every user.* reply: keywardctl, the console and scripts read it.

    void addRepliesWithTheNameAndTheGeneratedPasswordOnly()
    {
        const Reply generated = m_fx->call(Method::UserAdd, {{"name", " nia "}});
        QVERIFY2(generated.ok(), qPrintable(generated.errorMessage));
        QCOMPARE(generated.result.value("password").toString().size(), 18);
        QCOMPARE(wire(masked(generated.result, "password")),
                 wire(jsonLiteral(R"J({"name":"nia","mustChange":true,"password":"<secret>"})J")));
        const Reply own =
            m_fx->call(Method::UserAdd, {{"name", "oli"}, {"password", "Correct-horse-42"}});
        QVERIFY2(own.ok(), qPrintable(own.errorMessage));
        QCOMPARE(wire(own.result), wire(jsonLiteral(R"J({"name":"oli","mustChange":false})J")));
        const Reply ownMustChange =
            m_fx->call(Method::UserAdd,
                       {{"name", "pam"}, {"password", "Correct-horse-42"}, {"mustChange", true}});
        QCOMPARE(wire(ownMustChange.result),
                 wire(jsonLiteral(R"J({"name":"pam","mustChange":true})J")));
        const Reply generatedNoChange =
            m_fx->call(Method::UserAdd, {{"name", "quin"}, {"mustChange", false}});
        QCOMPARE(
            wire(masked(generatedNoChange.result, "password")),
            wire(jsonLiteral(R"J({"name":"quin","mustChange":false,"password":"<secret>"})J")));
    }

    void listRepliesWithEveryUsersSummary()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 changed =
            QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC).toSecsSinceEpoch();
        QVERIFY(m_fx->addUserAt("gina", changed, false));
        QVERIFY(m_fx->addUserAt("hal", changed, true));
        QVERIFY(m_fx->credentials->recordLoginSuccess("hal", changed + 3600, "198.51.100.7").ok());
        QVERIFY(m_fx->credentials->recordLoginFailure("hal", now, 1, 900).ok()); // locked now
        const Reply r = m_fx->call(Method::UserList);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(wire(r.result), wire(jsonLiteral(R"J({"users":[
                     {"name":"gina","state":"active","mustChange":false,
                      "passwordChanged":"2026-11-01T10:00:00Z","expires":"2027-01-30T10:00:00Z",
                      "failedLogins":0,"lastLogin":"","lastAddress":""},
                     {"name":"hal","state":"locked","mustChange":true,
                      "passwordChanged":"2026-11-01T10:00:00Z","expires":"2027-01-30T10:00:00Z",
                      "failedLogins":1,"lastLogin":"2026-11-01T11:00:00Z",
                      "lastAddress":"198.51.100.7"}]})J")));
    }

    void showRepliesWithOneUserInDetail()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 changed = now - 10 * 86400 - 100; // 79 whole days left of 90
        QVERIFY(m_fx->addUserAt("gina", changed, false));
        QVERIFY(m_fx->credentials->setGroups("gina", {"sales", "office"}).ok());
        QVERIFY(m_fx->credentials->recordLoginFailure("gina", now, 1, 900).ok());
        m_fx->sessions.add(13, "GINA");
        m_fx->sessions.add(14, "hal");
        m_fx->sessions.add(15, "gina");
        const Reply r = m_fx->call(Method::UserShow, {{"name", "gina"}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        const QJsonObject expected{{"name", "gina"},
                                   {"state", "locked"},
                                   {"mustChange", false},
                                   {"groups", QJsonArray{"office", "sales"}},
                                   {"created", isoSeconds(changed)},
                                   {"passwordChanged", isoSeconds(changed)},
                                   {"expires", isoSeconds(changed + 90 * 86400)},
                                   {"daysLeft", 79},
                                   {"failedLogins", 1},
                                   {"lockedUntil", isoSeconds(now + 900)},
                                   {"lastLogin", ""},
                                   {"lastAddress", ""},
                                   {"sessions", QJsonArray{13, 15}}};
        QCOMPARE(wire(r.result), wire(expected));
        QVERIFY(m_fx->credentials->unlock("gina").ok());
        QCOMPARE(m_fx->call(Method::UserShow, {{"name", "gina"}}).result.value("lockedUntil"),
                 QJsonValue(""));
    }

    void stateChangesReplyWithTheStateAndTheSessionsEnded()
    {
        QVERIFY(m_fx->addUser("gina"));
        m_fx->sessions.add(9, "gina");
        QCOMPARE(wire(m_fx->call(Method::UserDisable, {{"name", "gina"}}).result),
                 wire(jsonLiteral(R"J({"name":"gina","state":"disabled","sessionsEnded":1})J")));
        QCOMPARE(wire(m_fx->call(Method::UserEnable, {{"name", "gina"}}).result),
                 wire(jsonLiteral(R"J({"name":"gina","state":"active","sessionsEnded":0})J")));
        QCOMPARE(wire(m_fx->call(Method::UserUnlock, {{"name", "gina"}}).result),
                 wire(jsonLiteral(R"J({"name":"gina"})J")));
        QCOMPARE(wire(m_fx->call(Method::UserGroups,
                                 {{"name", "gina"}, {"groups", QJsonArray{"office", "vpn"}}})
                          .result),
                 wire(jsonLiteral(R"J({"name":"gina","groups":["office","vpn"]})J")));
        m_fx->sessions.add(10, "gina");
        const Reply reset = m_fx->call(Method::UserReset, {{"name", "gina"}});
        QCOMPARE(reset.result.value("password").toString().size(), 18);
        QCOMPARE(wire(masked(reset.result, "password")),
                 wire(jsonLiteral(R"J({"name":"gina","password":"<secret>","mustChange":true,
                                      "sessionsEnded":1})J")));
        QCOMPARE(wire(m_fx->call(Method::UserDelete, {{"name", "gina"}}).result),
                 wire(jsonLiteral(R"J({"name":"gina","sessionsEnded":0})J")));
    }

    void importAndRotateReplyWithEachOneTimePassword()
    {
        const Reply imported = m_fx->call(Method::UserImport, {{"csv", "ivy,ops\njack\n"}});
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage));
        QCOMPARE(wire(masked(imported.result, "password")),
                 wire(jsonLiteral(R"J({"users":[{"name":"ivy","password":"<secret>"},
                                               {"name":"jack","password":"<secret>"}]})J")));
        m_fx->sessions.add(11, "jack");
        const Reply byName = m_fx->call(Method::UserRotate, {{"names", QJsonArray{"jack", "ivy"}}});
        QVERIFY2(byName.ok(), qPrintable(byName.errorMessage));
        QCOMPARE(wire(masked(byName.result, "password")),
                 wire(jsonLiteral(R"J({"users":[{"name":"jack","password":"<secret>"},
                                               {"name":"ivy","password":"<secret>"}],
                                      "sessionsEnded":1})J")));
        const Reply byGroup = m_fx->call(Method::UserRotate, {{"group", "ops"}});
        QCOMPARE(wire(masked(byGroup.result, "password")),
                 wire(jsonLiteral(R"J({"users":[{"name":"ivy","password":"<secret>"}],
                                      "sessionsEnded":0})J")));
        const auto entries = m_fx->audited(Method::UserRotate);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[1].target, QString("users"));
        QCOMPARE(wire(entries[1].details),
                 wire(jsonLiteral(R"J({"count":2,"users":["jack","ivy"],"olderThanDays":0})J")));
    }

    void rotateByAgeTakesThoseOlderThanTheDaysGiven()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(m_fx->addUserAt("old", now - 40 * 86400, false));
        QVERIFY(m_fx->addUserAt("new", now - 5 * 86400, false));
        const Reply r = m_fx->call(Method::UserRotate, {{"olderThanDays", 30}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(wire(masked(r.result, "password")),
                 wire(jsonLiteral(R"J({"users":[{"name":"old","password":"<secret>"}],
                                      "sessionsEnded":0})J")));
        QCOMPARE(m_fx->audited(Method::UserRotate).first().details.value("olderThanDays"),
                 QJsonValue(30));
    }

    void expiringRepliesWithinFourteenDaysUnlessToldOtherwise()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 soon = now - 80 * 86400 - 100;  // expires in 10 days less 100 s
        const qint64 past = now - 100 * 86400 - 100; // expired 10 days ago
        QVERIFY(m_fx->addUserAt("hal", soon, false));
        QVERIFY(m_fx->addUserAt("kim", past, false));
        QVERIFY(m_fx->addUserAt("lou", now - 60 * 86400, false)); // 30 days left
        const QJsonObject hal{{"name", "hal"},
                              {"expires", isoSeconds(soon + 90 * 86400)},
                              {"daysLeft", 9},
                              {"expired", false}};
        const QJsonObject kim{{"name", "kim"},
                              {"expires", isoSeconds(past + 90 * 86400)},
                              {"daysLeft", -10},
                              {"expired", true}};
        const Reply byDefault = m_fx->call(Method::UserExpiring);
        QVERIFY2(byDefault.ok(), qPrintable(byDefault.errorMessage));
        QCOMPARE(wire(byDefault.result),
                 wire(QJsonObject{{"users", QJsonArray{hal, kim}}, {"days", 14}}));
        const Reply expired = m_fx->call(Method::UserExpiring, {{"days", 0}});
        QCOMPARE(wire(expired.result), wire(QJsonObject{{"users", QJsonArray{kim}}, {"days", 0}}));
        QCOMPARE(
            m_fx->call(Method::UserExpiring, {{"days", 31}}).result.value("users").toArray().size(),
            3);
    }

    void malformedParamsAreRefusedByName_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("field");
        auto row = [](const QString &method, const char *params, const char *field) {
            QTest::addRow("%s %s", qPrintable(method), params)
                << method << jsonLiteral(params) << QString(field);
        };
        row(Method::UserAdd, R"J({})J", "name");
        row(Method::UserAdd, R"J({"name":5})J", "name");
        row(Method::UserAdd, R"J({"name":"hal","password":7})J", "password");
        row(Method::UserAdd, R"J({"name":"hal","mustChange":"yes"})J", "mustChange");
        for (const QString &method : {Method::UserShow, Method::UserDisable, Method::UserEnable,
                                      Method::UserUnlock, Method::UserDelete, Method::UserReset}) {
            row(method, R"J({})J", "name");
            row(method, R"J({"name":["gina"]})J", "name");
        }
        row(Method::UserGroups, R"J({"name":"gina"})J", "groups");
        row(Method::UserGroups, R"J({"name":"gina","groups":"ops"})J", "groups");
        row(Method::UserGroups, R"J({"name":"gina","groups":["ops",1]})J", "groups");
        row(Method::UserGroups, R"J({"groups":["ops"]})J", "name");
        row(Method::UserImport, R"J({})J", "csv");
        row(Method::UserImport, R"J({"csv":["hal"]})J", "csv");
        row(Method::UserRotate, R"J({"names":"gina"})J", "names");
        row(Method::UserRotate, R"J({"group":1})J", "group");
        row(Method::UserRotate, R"J({"olderThanDays":"30"})J", "olderThanDays");
        row(Method::UserRotate, R"J({"olderThanDays":1.5})J", "olderThanDays");
        row(Method::UserExpiring, R"J({"days":"14"})J", "days");
        row(Method::UserExpiring, R"J({"days":2.5})J", "days");
    }

    void malformedParamsAreRefusedByName()
    {
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        QFETCH(QString, field);
        QVERIFY(m_fx->addUser("gina"));
        m_fx->sessions.add(7, "gina");
        const Reply r = m_fx->call(method, params);
        QCOMPARE(r.errorCode, ipc::ErrorCode::InvalidParams);
        QVERIFY2(r.errorMessage.contains("'" + field + "'"), qPrintable(r.errorMessage));
        // Nothing happened: no change, no audit entry, no session ended.
        QVERIFY(m_fx->audited("user.").isEmpty());
        QCOMPARE(m_fx->sessions.live.size(), 1);
        QCOMPARE(m_fx->credentials->listUsers()->size(), 1);
        const core::UserRecord gina = **m_fx->credentials->findUser("gina");
        QVERIFY(gina.state == core::AccountState::Active);
        QVERIFY(!gina.mustChangePassword);
        QVERIFY(m_fx->credentials->groupsOf("gina")->isEmpty());
    }

private:
    std::unique_ptr<AdminFixture> m_fx;
    std::unique_ptr<admin::UserService> m_service;
};

QTEST_GUILESS_MAIN(TestUserService)
#include "TestUserService.moc"
