// The policy, audit, token, change-window and status services: bounds refused with
// nothing changed, every change audited and announced, and the error kinds a client
// branches on.

#include "AdminFixture.h"
#include "admin/AuditService.h"
#include "admin/PolicyService.h"
#include "admin/SignInActivity.h"
#include "admin/StatusService.h"
#include "admin/TokenService.h"
#include "admin/WindowService.h"
#include "api/AdminEvent.h"
#include "api/AdminMethod.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTest>

using namespace keyward;
namespace Method = keyward::api::Method;

class TestPolicyAndAuditServices : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fx = std::make_unique<AdminFixture>();
        m_signIns = std::make_unique<admin::SignInActivity>(*m_fx->context);
        m_services.clear();
        m_services.push_back(std::make_unique<admin::PolicyService>(*m_fx->context));
        m_services.push_back(std::make_unique<admin::AuditService>(*m_fx->context, *m_fx->history));
        m_services.push_back(
            std::make_unique<admin::TokenService>(*m_fx->context, *m_fx->tokens, "AB:CD"));
        m_services.push_back(std::make_unique<admin::WindowService>(*m_fx->context));
        m_services.push_back(std::make_unique<admin::StatusService>(
            *m_fx->context, m_fx->sessions, *m_signIns,
            admin::StatusService::Listening{"0.0.0.0", "127.0.0.1:7443", "AB:CD"}));
        for (auto &s : m_services)
            s->registerMethods(m_fx->registry);
    }

    void policyOutsideItsBoundsIsRefusedAndNothingChanges()
    {
        const Reply r =
            m_fx->call(Method::PolicySet, {{"changes", QJsonObject{{"maxSessionHours", 99}}}});
        QCOMPARE(r.errorCode, ipc::ErrorCode::InvalidParams);
        QVERIFY(r.errorMessage.contains("maxSessionHours"));
        QCOMPARE(m_fx->policy->current().maxSessionHours, 8);
        QVERIFY(m_fx->audited(Method::PolicySet).isEmpty());
        QVERIFY(m_fx->events.isEmpty());
    }

    void aPolicyChangeIsSavedAuditedAndAnnounced()
    {
        const Reply r =
            m_fx->call(Method::PolicySet, {{"changes", QJsonObject{{"allowStatefulMppe", true}}}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QVERIFY(m_fx->policy->current().allowStatefulMppe);
        QVERIFY(!r.result.value("weaknesses").toArray().isEmpty());
        QCOMPARE(m_fx->events.last().toObject().value("event").toString(),
                 api::Event::PolicyChanged);
        QCOMPARE(m_fx->audited(Method::PolicySet).size(), 1);
        core::PolicyStore reloaded(*m_fx->settings);
        QVERIFY(reloaded.load().ok());
        QVERIFY(reloaded.current().allowStatefulMppe);
    }

    void auditListFiltersAndVerifyChecksTheChain()
    {
        QVERIFY(m_fx->call(Method::PolicySet, {{"changes", QJsonObject{{"passwordMinLength", 14}}}})
                    .ok());
        QVERIFY(m_fx->call(Method::WindowPlan,
                           {{"title", "rotate"},
                            {"start",
                             QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate)}})
                    .ok());
        const Reply listed = m_fx->call(Method::AuditList, {{"action", "window."}});
        QCOMPARE(listed.result.value("entries").toArray().size(), 1);
        const Reply verified = m_fx->call(Method::AuditVerify);
        QVERIFY(verified.result.value("intact").toBool());
        QCOMPARE(verified.result.value("checked").toInt(), 2);
    }

    void tokensAreCreatedOnTheServerOnly()
    {
        const Reply remote = m_fx->call(Method::TokenCreate, {{"name", "laptop"}}, "192.0.2.1");
        QCOMPARE(remote.errorCode, ipc::ErrorCode::Forbidden);
        const Reply local = m_fx->call(Method::TokenCreate, {{"name", "laptop"}});
        QVERIFY(local.ok());
        QCOMPARE(local.result.value("fingerprint").toString(), QString("AB:CD"));
        QVERIFY(!local.result.value("token").toString().isEmpty());
        QCOMPARE(m_fx->call(Method::TokenCreate, {{"name", "laptop"}}).errorCode,
                 ipc::ErrorCode::Conflict);
        QCOMPARE(m_fx->call(Method::TokenRevoke, {{"name", "phone"}}).errorCode,
                 ipc::ErrorCode::NotFound);
        QVERIFY(m_fx->call(Method::TokenRevoke, {{"name", "laptop"}}).ok());
        QCOMPARE(m_fx->audited("token.").size(), 2);
    }

    void changeWindowsAreCheckedAuditedAndAnnounced()
    {
        QCOMPARE(m_fx->call(Method::WindowPlan, {{"title", ""}}).errorCode,
                 ipc::ErrorCode::InvalidParams);
        QCOMPARE(m_fx->call(Method::WindowCancel, {{"id", 77}}).errorCode,
                 ipc::ErrorCode::NotFound);
        const Reply planned = m_fx->call(
            Method::WindowPlan,
            {{"title", "quarterly rotation"},
             {"start", QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate)}});
        QVERIFY2(planned.ok(), qPrintable(planned.errorMessage));
        QCOMPARE(m_fx->events.last().toObject().value("event").toString(),
                 api::Event::WindowChanged);
        QVERIFY(m_fx->call(Method::WindowCancel, {{"id", planned.result.value("id")}}).ok());
        QCOMPARE(m_fx->call(Method::WindowList).result.value("windows").toArray().size(), 0);
        QCOMPARE(m_fx->audited("window.").size(), 2);
    }

    void statusShowsWeaknessesAndTheLatestFailedSignIns()
    {
        for (int i = 0; i < admin::SignInActivity::Kept + 5; ++i)
            m_signIns->failed(QString("user%1").arg(i), 691, "192.0.2.9");
        m_fx->sessions.add(1, "alice");
        const Reply r = m_fx->call(Method::Status);
        QVERIFY(r.ok());
        QCOMPARE(r.result.value("sessions").toInt(), 1);
        QCOMPARE(r.result.value("fingerprint").toString(), QString("AB:CD"));
        const QJsonArray failures = r.result.value("recentFailures").toArray();
        QCOMPARE(failures.size(), admin::SignInActivity::Kept); // bounded
        QCOMPARE(failures.first().toObject().value("user").toString(),
                 QString("user%1").arg(admin::SignInActivity::Kept + 4)); // newest first
        QCOMPARE(m_fx->events.last().toObject().value("event").toString(), api::Event::LoginFailed);
    }

    // The exact JSON of every reply and event of these services: keywardctl, the
    // console and scripts read it.

    void policyGetRepliesWithThePolicyItsBoundsAndWeaknesses()
    {
        const Reply r = m_fx->call(Method::PolicyGet);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(wire(r.result), wire(jsonLiteral(R"J({
            "policy":{"passwordMinLength":12,"passwordMinClasses":3,"passwordHistory":5,
                      "passwordMaxAgeDays":90,"lockoutThreshold":5,"lockoutMinutes":15,
                      "maxSessionHours":8,"idleTimeoutMinutes":30,"auditRetentionDays":120,
                      "allowMppe40":false,"allowMppe56":false,"allowMppe128":true,
                      "allowStatefulMppe":false,"preferStatefulMppe":false,"lockoutKnownAddressesOnly":true,"authMethods":["mschapv2"]},
            "bounds":{"passwordMinLength":{"min":8,"max":128},
                      "passwordMinClasses":{"min":1,"max":4},
                      "passwordHistory":{"min":0,"max":24},
                      "passwordMaxAgeDays":{"min":30,"max":90},
                      "lockoutThreshold":{"min":3,"max":20},
                      "lockoutMinutes":{"min":1,"max":1440},
                      "maxSessionHours":{"min":8,"max":24},
                      "idleTimeoutMinutes":{"min":5,"max":480},
                      "auditRetentionDays":{"min":90,"max":180}},
            "weaknesses":[]})J")));
        // Every setting and bound the policy has reaches the console, whatever is added.
        QCOMPARE(wire(r.result.value("policy").toObject()), wire(m_fx->policy->current().toJson()));
        QCOMPARE(wire(r.result.value("bounds").toObject()), wire(core::Policy::bounds()));
    }

    void policySetRepliesAndAnnouncesThePolicyInForce()
    {
        const Reply r = m_fx->call(
            Method::PolicySet,
            {{"changes", QJsonObject{{"allowMppe40", true}, {"passwordMaxAgeDays", 45}}}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        const QJsonObject expected = jsonLiteral(R"J({
            "policy":{"passwordMinLength":12,"passwordMinClasses":3,"passwordHistory":5,
                      "passwordMaxAgeDays":45,"lockoutThreshold":5,"lockoutMinutes":15,
                      "maxSessionHours":8,"idleTimeoutMinutes":30,"auditRetentionDays":120,
                      "allowMppe40":true,"allowMppe56":false,"allowMppe128":true,
                      "allowStatefulMppe":false,"preferStatefulMppe":false,"lockoutKnownAddressesOnly":true,"authMethods":["mschapv2"]},
            "weaknesses":[]})J");
        QJsonObject withWeaknesses = expected;
        withWeaknesses.insert("weaknesses",
                              QJsonArray::fromStringList(m_fx->policy->current().weaknesses()));
        QCOMPARE(r.result.value("weaknesses").toArray().size(), 1);
        QCOMPARE(wire(r.result), wire(withWeaknesses));
        QCOMPARE(m_fx->events.size(), 1);
        QCOMPARE(m_fx->events[0].toObject().value("event").toString(), api::Event::PolicyChanged);
        QCOMPARE(wire(m_fx->events[0].toObject().value("data").toObject()), wire(r.result));
        QCOMPARE(
            wire(m_fx->audited(Method::PolicySet).first().details),
            wire(jsonLiteral(R"J({"changes":{"allowMppe40":true,"passwordMaxAgeDays":45}})J")));
    }

    void auditListRepliesWithTheEntriesNewestFirst()
    {
        const qint64 at =
            QDateTime(QDate(2026, 11, 27), QTime(10, 0, 0, 123), Qt::UTC).toMSecsSinceEpoch();
        QVERIFY(m_fx->audit
                    ->append("root (uid 0)", "user.add", "gina", "ok",
                             {{"mustChange", false}, {"generated", false}}, at - 1123)
                    .ok());
        QVERIFY(m_fx->audit->append("system", "audit.prune", "audit", "ok", {}, at).ok());
        QVERIFY(m_fx->audit
                    ->append("alice (uid 1000)", "session.rekey", "gina", "disconnected",
                             {{"session", 4711}}, at + 1000)
                    .ok());
        const Reply r = m_fx->call(Method::AuditList, {{"actor", "root (uid 0)"}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(wire(r.result), wire(jsonLiteral(R"J({"entries":[
            {"id":1,"at":"2026-11-27T09:59:59.000Z","actor":"root (uid 0)",
             "action":"user.add","target":"gina","outcome":"ok",
             "details":{"mustChange":false,"generated":false}}]})J")));
        const Reply all = m_fx->call(Method::AuditList);
        QCOMPARE(wire(all.result), wire(jsonLiteral(R"J({"entries":[
            {"id":3,"at":"2026-11-27T10:00:01.123Z","actor":"alice (uid 1000)",
             "action":"session.rekey","target":"gina","outcome":"disconnected",
             "details":{"session":4711}},
            {"id":2,"at":"2026-11-27T10:00:00.123Z","actor":"system",
             "action":"audit.prune","target":"audit","outcome":"ok","details":{}},
            {"id":1,"at":"2026-11-27T09:59:59.000Z","actor":"root (uid 0)",
             "action":"user.add","target":"gina","outcome":"ok",
             "details":{"mustChange":false,"generated":false}}]})J")));
        auto ids = [](const Reply &reply) {
            QList<qint64> out;
            for (const QJsonValue &e : reply.result.value("entries").toArray())
                out << e.toObject().value("id").toInteger();
            return out;
        };
        QCOMPARE(ids(m_fx->call(Method::AuditList, {{"target", "gina"}})), QList<qint64>({3, 1}));
        QCOMPARE(ids(m_fx->call(Method::AuditList, {{"action", "session."}})), QList<qint64>({3}));
        QCOMPARE(ids(m_fx->call(Method::AuditList, {{"beforeId", 3}, {"limit", 1}})),
                 QList<qint64>({2}));
        QCOMPARE(wire(m_fx->call(Method::AuditVerify).result),
                 wire(jsonLiteral(R"J({"intact":true,"checked":3,"firstBadId":0,"problem":"",
                                        "keyedFrom":0,"anchorsChecked":0,"failedAnchor":0,
                                        "anchorFailure":""})J")));
    }

    void auditListGivesTheLatestHundredUnlessToldOtherwise()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 105; ++i)
            QVERIFY(m_fx->audit->append("system", "test.entry", "x", "ok", {}, now).ok());
        QCOMPARE(m_fx->call(Method::AuditList).result.value("entries").toArray().size(), 100);
        QCOMPARE(m_fx->call(Method::AuditList, {{"limit", 102}})
                     .result.value("entries")
                     .toArray()
                     .size(),
                 102);
    }

    void retentionPrunesTheSessionHistoryAndAuditsIt()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int age : {300, 150, 10}) {
            core::SessionRecord r;
            r.user = QString("aged%1").arg(age);
            r.endedAt = now - age * 86400;
            QVERIFY(m_fx->history->record(r).ok());
        }
        auto *audit = dynamic_cast<admin::AuditService *>(m_services[1].get());
        QVERIFY(audit);
        audit->pruneExpired(now * 1000);
        QCOMPARE(m_fx->history->recent(100)->size(), 1); // the 120-day policy keeps aged10
        const auto pruned = m_fx->audited("history.prune");
        QCOMPARE(pruned.size(), 1);
        QCOMPARE(pruned.first().actor, QString("system"));
        QCOMPARE(pruned.first().details.value("removed").toInt(), 2);
        QVERIFY(m_fx->audit->verify().intact);

        // A clock a year ahead prunes nothing the policy keeps, here or in the trail.
        const auto entries = m_fx->audit->list({})->size();
        audit->pruneExpired((now + 365 * 86400) * 1000);
        QCOMPARE(m_fx->history->recent(100)->size(), 1);
        QCOMPARE(m_fx->audit->list({})->size(), entries);
        QCOMPARE(m_fx->audited("history.prune").size(), 1);
    }

    void aBrokenChainIsReportedWhereItBreaks()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_fx->audit->append("system", "test.entry", "x", "ok", {}, now).ok());
        QSqlQuery q(m_fx->database().connection());
        QVERIFY(q.exec("UPDATE audit SET target = 'y' WHERE id = 2"));
        const Reply r = m_fx->call(Method::AuditVerify);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        const auto v = m_fx->audit->verify();
        QVERIFY(!v.intact);
        QCOMPARE(wire(r.result), wire(QJsonObject{{"intact", false},
                                                  {"checked", v.checked},
                                                  {"firstBadId", 2},
                                                  {"problem", v.problem},
                                                  {"keyedFrom", 0},
                                                  {"anchorsChecked", 0},
                                                  {"failedAnchor", 0},
                                                  {"anchorFailure", ""}}));
        QVERIFY(!v.problem.isEmpty());
    }

    void tokenMethodsReplyWithTheTokenOnceAndNeverAgain()
    {
        const Reply created = m_fx->call(Method::TokenCreate, {{"name", "laptop"}});
        QVERIFY2(created.ok(), qPrintable(created.errorMessage));
        QVERIFY(created.result.value("token").toString().startsWith("kw_"));
        QCOMPARE(wire(masked(created.result, "token")),
                 wire(jsonLiteral(R"J({"name":"laptop","token":"<secret>","fingerprint":"AB:CD",
                                  "role":"admin","expires":"","sources":[]})J")));
        const qint64 made = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC).toSecsSinceEpoch();
        auto spare = m_fx->tokens->create("spare", made);
        QVERIFY(spare.ok());
        QVERIFY(m_fx->tokens->verify(*spare, made + 86400).has_value());
        QVERIFY(m_fx->tokens->create("unused", made).ok());
        const Reply listed = m_fx->call(Method::TokenList);
        QVERIFY2(listed.ok(), qPrintable(listed.errorMessage));
        QJsonArray tokens = listed.result.value("tokens").toArray();
        QCOMPARE(tokens.size(), 3);
        QJsonObject laptop = tokens[0].toObject();
        QVERIFY(QDateTime::fromString(laptop.value("created").toString(), Qt::ISODate).isValid());
        laptop.insert("created", "<now>");
        tokens[0] = laptop;
        QCOMPARE(wire(QJsonObject{{"tokens", tokens}}), wire(jsonLiteral(R"J({"tokens":[
            {"name":"laptop","role":"admin","created":"<now>","expires":"","sources":[],
             "lastUsed":"","lastUsedFrom":""},
            {"name":"spare","role":"admin","created":"2026-11-02T10:00:00Z","expires":"",
             "sources":[],"lastUsed":"2026-11-03T10:00:00Z","lastUsedFrom":""},
            {"name":"unused","role":"admin","created":"2026-11-02T10:00:00Z","expires":"",
             "sources":[],"lastUsed":"","lastUsedFrom":""}]})J")));
        QCOMPARE(wire(m_fx->call(Method::TokenRevoke, {{"name", "spare"}}).result),
                 wire(jsonLiteral(R"J({"name":"spare"})J")));
    }

    void windowMethodsReplyAndAnnounceThePlan()
    {
        const qint64 start = QDateTime::currentSecsSinceEpoch() + 2 * 86400;
        const Reply planned = m_fx->call(Method::WindowPlan, {{"title", " Office rotation "},
                                                              {"start", isoSeconds(start)},
                                                              {"durationMinutes", 90},
                                                              {"group", "office"}});
        QVERIFY2(planned.ok(), qPrintable(planned.errorMessage));
        const QJsonObject office{{"id", 1},
                                 {"title", "Office rotation"},
                                 {"start", isoSeconds(start)},
                                 {"durationMinutes", 90},
                                 {"group", "office"},
                                 {"olderThanDays", 0},
                                 {"plannedBy", "root (uid 0)"}};
        QCOMPARE(wire(planned.result), wire(office));
        const Reply older = m_fx->call(Method::WindowPlan, {{"title", "Old passwords"},
                                                            {"start", isoSeconds(start - 3600)},
                                                            {"olderThanDays", 60}});
        QVERIFY2(older.ok(), qPrintable(older.errorMessage));
        const QJsonObject oldPasswords{{"id", 2},
                                       {"title", "Old passwords"},
                                       {"start", isoSeconds(start - 3600)},
                                       {"durationMinutes", 60},
                                       {"group", ""},
                                       {"olderThanDays", 60},
                                       {"plannedBy", "root (uid 0)"}};
        QCOMPARE(wire(older.result), wire(oldPasswords));
        const QJsonObject both{{"windows", QJsonArray{oldPasswords, office}}};
        QCOMPARE(wire(m_fx->call(Method::WindowList).result), wire(both));
        QCOMPARE(m_fx->events.size(), 2);
        QCOMPARE(wire(m_fx->events[1].toObject().value("data").toObject()), wire(both));
        QCOMPARE(wire(m_fx->audited(Method::WindowPlan).first().details),
                 wire(QJsonObject{{"start", isoSeconds(start - 3600)}, {"id", 2}}));
        QCOMPARE(wire(m_fx->call(Method::WindowCancel, {{"id", 1}}).result),
                 wire(jsonLiteral(R"J({"id":1})J")));
        QCOMPARE(wire(m_fx->events.last().toObject().value("data").toObject()),
                 wire(QJsonObject{{"windows", QJsonArray{oldPasswords}}}));
        QCOMPARE(m_fx->call(Method::WindowCancel, {}).errorCode, ipc::ErrorCode::NotFound);
        QCOMPARE(m_fx->call(Method::WindowCancel, {{"id", 1}}).errorCode, ipc::ErrorCode::NotFound);
    }

    void statusRepliesWithTheServerAtAGlance()
    {
        QCoreApplication::setApplicationVersion("0.9.0");
        m_signIns->failed("gina", 691, "192.0.2.2");
        m_signIns->failed(QString(70, 'x'), 649, "192.0.2.9");
        m_fx->sessions.add(1, "alice");
        m_fx->sessions.add(2, "");
        const Reply r = m_fx->call(Method::Status);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QJsonObject result = r.result;
        QJsonArray failures = result.value("recentFailures").toArray();
        QCOMPARE(failures.size(), 2);
        for (int i = 0; i < failures.size(); ++i)
            failures[i] = atNow(failures[i].toObject());
        result.insert("recentFailures", failures);
        QJsonObject expected = jsonLiteral(R"J({"server":"keywardd","adminListen":"127.0.0.1:7443",
            "fingerprint":"AB:CD","version":"0.9.0","sessions":2,"listen":"0.0.0.0",
            "weaknesses":[],
            "recentFailures":[
                {"at":"<now>","user":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                 "address":"192.0.2.9","code":649},
                {"at":"<now>","user":"gina","address":"192.0.2.2","code":691}],
            "signIn":{"backend":"local","groups":[],"radiusServers":[]}})J");
        // The local store alone: who judges sign-ins, and no accounting.
        QCOMPARE(wire(result), wire(expected));

        // Without a remote listener there is no fingerprint to show.
        admin::StatusService local(*m_fx->context, m_fx->sessions, *m_signIns,
                                   admin::StatusService::Listening{"192.0.2.1", "", "AB:CD"});
        ipc::MethodRegistry registry;
        local.registerMethods(registry);
        Reply localReply;
        ipc::IpcRequest request;
        request.method = Method::Status;
        request.peer.authorized = true; // an auditor may ask for the status
        registry.dispatch(
            request,
            ipc::IpcResponder(
                [&](const QByteArray &frame) { AdminFixture::fill(localReply, frame); }, 1));
        QVERIFY(localReply.ok());
        QCOMPARE(localReply.result.value("adminListen"), QJsonValue(""));
        QCOMPARE(localReply.result.value("fingerprint"), QJsonValue(""));
        QCOMPARE(localReply.result.value("listen"), QJsonValue("192.0.2.1"));
    }

    void signInEventsSayWhoFailedAndWhoIsLockedOut()
    {
        m_signIns->failed("gina", 691, "192.0.2.2");
        m_signIns->lockedOut(QString(70, 'y'), 5, "192.0.2.2");
        QCOMPARE(m_fx->events.size(), 2);
        QCOMPARE(m_fx->events[0].toObject().value("event").toString(), api::Event::LoginFailed);
        QCOMPARE(wire(atNow(m_fx->events[0].toObject().value("data").toObject())),
                 wire(jsonLiteral(
                     R"J({"at":"<now>","user":"gina","address":"192.0.2.2","code":691})J")));
        QCOMPARE(m_fx->events[1].toObject().value("event").toString(), api::Event::Alert);
        QCOMPARE(wire(m_fx->events[1].toObject().value("data").toObject()),
                 wire(QJsonObject{{"kind", "lockout"},
                                  {"user", QString(64, 'y')},
                                  {"address", "192.0.2.2"},
                                  {"failures", 5}}));
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
        row(Method::PolicySet, R"J({})J", "changes");
        row(Method::PolicySet, R"J({"changes":[{"allowMppe40":true}]})J", "changes");
        row(Method::PolicySet, R"J({"changes":"allowMppe40"})J", "changes");
        row(Method::AuditList, R"J({"limit":"5"})J", "limit");
        row(Method::AuditList, R"J({"actor":1})J", "actor");
        row(Method::AuditList, R"J({"action":true})J", "action");
        row(Method::AuditList, R"J({"target":[]})J", "target");
        row(Method::AuditList, R"J({"beforeId":"9"})J", "beforeId");
        row(Method::TokenCreate, R"J({})J", "name");
        row(Method::TokenCreate, R"J({"name":7})J", "name");
        row(Method::TokenRevoke, R"J({})J", "name");
        row(Method::WindowPlan, R"J({"title":"rotate"})J", "start");
        row(Method::WindowPlan, R"J({"start":"2036-01-01T10:00:00Z"})J", "title");
        row(Method::WindowPlan,
            R"J({"title":"rotate","start":"2036-01-01T10:00:00Z","durationMinutes":"60"})J",
            "durationMinutes");
        row(Method::WindowPlan, R"J({"title":"rotate","start":"2036-01-01T10:00:00Z","group":5})J",
            "group");
        row(Method::WindowPlan,
            R"J({"title":"rotate","start":"2036-01-01T10:00:00Z","olderThanDays":"60"})J",
            "olderThanDays");
        row(Method::WindowCancel, R"J({"id":"1"})J", "id");
    }

    void malformedParamsAreRefusedByName()
    {
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        QFETCH(QString, field);
        const Reply r = m_fx->call(method, params);
        QCOMPARE(r.errorCode, ipc::ErrorCode::InvalidParams);
        QVERIFY2(r.errorMessage.contains("'" + field + "'"), qPrintable(r.errorMessage));
        // Nothing happened: no entry, no event, the policy as it was, no token.
        QVERIFY(m_fx->audited("").isEmpty());
        QVERIFY(m_fx->events.isEmpty());
        QCOMPARE(wire(m_fx->policy->current().toJson()), wire(core::Policy().toJson()));
        QVERIFY(m_fx->tokens->list()->isEmpty());
    }

    void aRemoteTokenRequestIsForbiddenWhateverItsParams()
    {
        QCOMPARE(m_fx->call(Method::TokenCreate, {}, "192.0.2.1").errorCode,
                 ipc::ErrorCode::Forbidden);
        QCOMPARE(m_fx->call(Method::TokenCreate, {{"name", 7}}, "192.0.2.1").errorCode,
                 ipc::ErrorCode::Forbidden);
    }

private:
    // A sign-in failure with its time checked (UTC, to the second, within the last
    // minute) and replaced by "<now>".
    static QJsonObject atNow(QJsonObject failure)
    {
        const QString at = failure.value("at").toString();
        const QDateTime t = QDateTime::fromString(at, Qt::ISODate);
        const bool recent = at.endsWith('Z') && at.size() == 20 && t.isValid() &&
                            qAbs(t.secsTo(QDateTime::currentDateTimeUtc())) < 60;
        failure.insert("at", recent ? QStringLiteral("<now>") : at);
        return failure;
    }

    std::unique_ptr<AdminFixture> m_fx;
    std::unique_ptr<admin::SignInActivity> m_signIns;
    std::vector<std::unique_ptr<admin::AdminService>> m_services;
};

QTEST_GUILESS_MAIN(TestPolicyAndAuditServices)
#include "TestPolicyAndAuditServices.moc"
