// Roles at the admin API's one dispatch: an operator cannot change the policy, an
// auditor cannot end a session, a remote admin cannot touch tokens; each refusal
// is "forbidden", names the role needed, changes nothing and is reported once. And
// tokens carry their role, expiry and sources, and a revoked one is announced so
// its connections end.

#include "AdminFixture.h"
#include "admin/AccessAudit.h"
#include "admin/AuditService.h"
#include "admin/PolicyService.h"
#include "admin/SessionService.h"
#include "admin/SignInActivity.h"
#include "admin/StatusService.h"
#include "admin/TokenService.h"
#include "admin/UserService.h"
#include "admin/WindowService.h"
#include "api/AdminMethod.h"
#include "api/AdminRole.h"

#include <QTest>

using namespace keyward;
namespace Method = keyward::api::Method;
using keyward::api::AdminRole;

class TestAdminRoles : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fx = std::make_unique<AdminFixture>();
        m_signIns = std::make_unique<admin::SignInActivity>(*m_fx->context);
        m_revoked.clear();
        m_denied.clear();
        m_services.clear();
        m_services.push_back(std::make_unique<admin::PolicyService>(*m_fx->context));
        m_services.push_back(std::make_unique<admin::AuditService>(*m_fx->context, *m_fx->history));
        m_services.push_back(std::make_unique<admin::TokenService>(
            *m_fx->context, *m_fx->tokens, "AB:CD",
            [this](const QString &name) { m_revoked << name; }));
        m_services.push_back(std::make_unique<admin::WindowService>(*m_fx->context));
        m_services.push_back(std::make_unique<admin::UserService>(*m_fx->context, m_fx->sessions));
        m_services.push_back(std::make_unique<admin::SessionService>(*m_fx->context, m_fx->sessions,
                                                                     *m_fx->history));
        m_services.push_back(std::make_unique<admin::StatusService>(
            *m_fx->context, m_fx->sessions, *m_signIns,
            admin::StatusService::Listening{"0.0.0.0", "127.0.0.1:7443", "AB:CD"}));
        for (auto &s : m_services)
            s->registerMethods(m_fx->registry);
        m_fx->registry.setDeniedObserver(
            [this](const ipc::IpcRequest &r, const QString &) { m_denied << r.method; });
    }

    void anOperatorCannotChangeThePolicy()
    {
        const Reply r =
            m_fx->call(Method::PolicySet, {{"changes", QJsonObject{{"allowStatefulMppe", true}}}},
                       {}, AdminRole::Operator);
        QCOMPARE(r.errorCode, ipc::ErrorCode::Forbidden);
        QVERIFY2(r.errorMessage.contains("admin role") && r.errorMessage.contains("operator"),
                 qPrintable(r.errorMessage));
        QVERIFY(!m_fx->policy->current().allowStatefulMppe);
        QVERIFY(m_fx->audited(Method::PolicySet).isEmpty());
        QCOMPARE(m_denied, QStringList{Method::PolicySet});
        // What an operator is for still works.
        m_fx->sessions.add(7, "gina");
        QVERIFY(m_fx->call(Method::SessionDisconnect, {{"id", 7}}, {}, AdminRole::Operator).ok());
        QVERIFY(m_fx->call(Method::PolicyGet, {}, {}, AdminRole::Operator).ok());
    }

    void anAuditorCannotEndASession()
    {
        m_fx->sessions.add(7, "gina");
        const Reply r = m_fx->call(Method::SessionDisconnect, {{"id", 7}}, {}, AdminRole::Auditor);
        QCOMPARE(r.errorCode, ipc::ErrorCode::Forbidden);
        QVERIFY2(r.errorMessage.contains("operator role") && r.errorMessage.contains("auditor"),
                 qPrintable(r.errorMessage));
        QCOMPARE(m_fx->sessions.live.size(), 1);
        QVERIFY(m_fx->sessions.endReasons.isEmpty());
        QCOMPARE(m_fx->call(Method::UserAdd, {{"name", "hal"}}, {}, AdminRole::Auditor).errorCode,
                 ipc::ErrorCode::Forbidden);
        QVERIFY(m_fx->audited("").isEmpty());
        // Reading is what an auditor does.
        QVERIFY(m_fx->call(Method::SessionList, {}, {}, AdminRole::Auditor).ok());
        QVERIFY(m_fx->call(Method::AuditVerify, {}, {}, AdminRole::Auditor).ok());
        QVERIFY(m_fx->call(Method::Status, {}, {}, AdminRole::Auditor).ok());
    }

    void aRemoteAdminTokenCannotManageTokens()
    {
        for (const QString &method :
             {Method::TokenCreate, Method::TokenList, Method::TokenRevoke}) {
            const Reply r = m_fx->call(method, {{"name", "phone"}}, "192.0.2.1", AdminRole::Admin);
            QCOMPARE(r.errorCode, ipc::ErrorCode::Forbidden);
            QVERIFY2(r.errorMessage.contains("local admin"), qPrintable(r.errorMessage));
        }
        QVERIFY(m_fx->tokens->list()->isEmpty());
        // A remote admin still administers everything else.
        QVERIFY(m_fx->call(Method::UserAdd, {{"name", "hal"}}, "192.0.2.1").ok());
        // A local operator cannot make tokens either.
        QCOMPARE(
            m_fx->call(Method::TokenCreate, {{"name", "phone"}}, {}, AdminRole::Operator).errorCode,
            ipc::ErrorCode::Forbidden);
    }

    void anUnknownMethodIsUnknownWhateverTheRole()
    {
        QCOMPARE(m_fx->call("no.such", {}, {}, AdminRole::Auditor).errorCode,
                 ipc::ErrorCode::UnknownMethod);
        QVERIFY(m_denied.isEmpty());
    }

    void aTokenCarriesItsRoleExpiryAndSources()
    {
        const Reply created = m_fx->call(Method::TokenCreate,
                                         {{"name", "ops"},
                                          {"role", "operator"},
                                          {"expiresInDays", 30},
                                          {"sources", QJsonArray{"192.0.2.0/24", "198.51.100.7"}}});
        QVERIFY2(created.ok(), qPrintable(created.errorMessage));
        QCOMPARE(created.result.value("role").toString(), QString("operator"));
        QCOMPARE(created.result.value("sources").toArray(),
                 (QJsonArray{"192.0.2.0/24", "198.51.100.7/32"}));
        const QDateTime expires =
            QDateTime::fromString(created.result.value("expires").toString(), Qt::ISODate);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(expires) - 30) <= 1);
        const QString token = created.result.value("token").toString();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto granted = m_fx->tokens->verify(token, QHostAddress("192.0.2.50"), now);
        QVERIFY(granted.granted());
        QCOMPARE(granted.role, AdminRole::Operator);
        QCOMPARE(m_fx->tokens->verify(token, QHostAddress("203.0.113.9"), now).verdict,
                 api::TokenGrant::Verdict::SourceNotAllowed);
        QCOMPARE(m_fx->tokens->verify(token, QHostAddress("192.0.2.50"), now + 31 * 86400).verdict,
                 api::TokenGrant::Verdict::Expired);
        // The audit entry says what the token may do, never the token.
        const auto entries = m_fx->audited(Method::TokenCreate);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().details.value("role").toString(), QString("operator"));
        QVERIFY(!QJsonDocument(entries.first().details).toJson().contains(token.toUtf8()));

        QCOMPARE(m_fx->call(Method::TokenCreate, {{"name", "x"}, {"role", "root"}}).errorCode,
                 ipc::ErrorCode::InvalidParams);
        const Reply badSource =
            m_fx->call(Method::TokenCreate, {{"name", "x"}, {"sources", QJsonArray{"lan"}}});
        QCOMPARE(badSource.errorCode, ipc::ErrorCode::InvalidParams);
        QVERIFY2(badSource.errorMessage.contains("'lan'"), qPrintable(badSource.errorMessage));
    }

    void aRevokedTokenIsAnnouncedSoItsConnectionsEnd()
    {
        QVERIFY(m_fx->call(Method::TokenCreate, {{"name", "laptop"}}).ok());
        QVERIFY(m_fx->call(Method::TokenRevoke, {{"name", "laptop"}}).ok());
        QCOMPARE(m_revoked, QStringList{"laptop"});
        QCOMPARE(m_fx->call(Method::TokenRevoke, {{"name", "laptop"}}).errorCode,
                 ipc::ErrorCode::NotFound);
        QCOMPARE(m_revoked.size(), 1);
    }

    void signInsAndDenialsAreAuditedWithoutFillingTheTrail()
    {
        admin::AccessAudit access(*m_fx->context);
        access.tokenSignedIn("laptop", "192.0.2.1", AdminRole::Operator);
        for (int i = 0; i < 500; ++i)
            access.tokenRefused({}, "203.0.113.9", "a valid API token is needed");
        access.callDenied("token laptop from 192.0.2.1", Method::PolicySet, AdminRole::Operator,
                          "policy.set needs the admin role");
        const auto signIns = m_fx->audited(admin::AccessAudit::SignIn);
        QCOMPARE(signIns.size(), 1 + admin::AccessAudit::RefusalsPerMinute);
        const auto ok = signIns.last(); // oldest first at the end
        QCOMPARE(ok.actor, QString("token laptop from 192.0.2.1"));
        QCOMPARE(ok.outcome, QString("ok"));
        QCOMPARE(ok.details.value("role").toString(), QString("operator"));
        QCOMPARE(signIns.first().outcome, QString("refused"));
        QCOMPARE(signIns.first().details.value("address").toString(), QString("203.0.113.9"));
        const auto denied = m_fx->audited(admin::AccessAudit::Denied);
        QCOMPARE(denied.size(), 1);
        QCOMPARE(denied.first().target, Method::PolicySet);
        QCOMPARE(denied.first().outcome, QString("forbidden"));
    }

private:
    std::unique_ptr<AdminFixture> m_fx;
    std::unique_ptr<admin::SignInActivity> m_signIns;
    std::vector<std::unique_ptr<admin::AdminService>> m_services;
    QStringList m_revoked;
    QStringList m_denied;
};

QTEST_GUILESS_MAIN(TestAdminRoles)
#include "TestAdminRoles.moc"
