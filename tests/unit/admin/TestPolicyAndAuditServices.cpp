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
        m_services.push_back(std::make_unique<admin::AuditService>(*m_fx->context));
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

private:
    std::unique_ptr<AdminFixture> m_fx;
    std::unique_ptr<admin::SignInActivity> m_signIns;
    std::vector<std::unique_ptr<admin::AdminService>> m_services;
};

QTEST_GUILESS_MAIN(TestPolicyAndAuditServices)
#include "TestPolicyAndAuditServices.moc"
