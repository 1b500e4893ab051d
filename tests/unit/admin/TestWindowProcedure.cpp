// The change window's steps on the server: the inventory an auditor may read, the
// baseline's preview (who it cuts off, nothing changed) and its audited application.

#include "AdminFixture.h"
#include "admin/PolicyService.h"
#include "admin/UserService.h"
#include "admin/WindowCleanupService.h"
#include "admin/WindowInventoryService.h"
#include "admin/WindowNoticeService.h"
#include "admin/WindowService.h"
#include "admin/WindowValidateService.h"
#include "api/AdminEvent.h"
#include "api/AdminMethod.h"
#include "api/AdminRole.h"
#include "api/UserMessages.h"
#include "api/WindowInventoryMessages.h"
#include "api/WindowStepMessages.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
namespace Method = keyward::api::Method;

class TestWindowProcedure : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fx = std::make_unique<AdminFixture>();
        auto policy = std::make_unique<admin::PolicyService>(*m_fx->context);
        m_services.clear();
        m_services.push_back(std::make_unique<admin::WindowInventoryService>(
            *m_fx->context, m_fx->sessions, *m_fx->history, *policy));
        m_services.push_back(std::move(policy));
        m_services.push_back(std::make_unique<admin::UserService>(*m_fx->context, m_fx->sessions));
        auto cleanup =
            std::make_unique<admin::WindowCleanupService>(*m_fx->context, m_fx->sessions);
        m_cleanup = cleanup.get();
        m_services.push_back(std::move(cleanup));
        m_services.push_back(std::make_unique<admin::WindowNoticeService>(*m_fx->context));
        m_services.push_back(std::make_unique<admin::WindowService>(*m_fx->context));
        for (auto &s : m_services)
            s->registerMethods(m_fx->registry);
    }

    void theInventoryShowsSettingsClientsAccountsAndWeakUsers()
    {
        seedWeakServer();
        QCoreApplication::setApplicationVersion("9.8.7");
        const Reply r = m_fx->call(Method::WindowInventory, {}, {}, api::AdminRole::Auditor);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        auto inv = api::WindowInventory::fromJson(r.result);
        QVERIFY2(inv.ok(), inv.message().c_str());
        QCOMPARE(inv->serverVersion, QString("9.8.7"));
        QCOMPARE(inv->mppeStrengths, (QStringList{"40-bit", "56-bit", "128-bit"}));
        QCOMPARE(inv->maxSessionHours, 24);
        QVERIFY(!inv->weaknesses.isEmpty());
        QCOMPARE(inv->clients.size(), 2);
        const api::InventoryClient ras =
            inv->clients.first().name == "Windows RAS" ? inv->clients.first() : inv->clients.last();
        QCOMPARE(ras.version, QString("5.20"));
        QVERIFY(ras.legacy);
        QCOMPARE(ras.users, QStringList{"alice"});
        QCOMPARE(inv->accounts.total, 4);
        QCOMPARE(inv->accounts.active, 3);
        QCOMPARE(inv->accounts.disabled, 1);
        QCOMPARE(inv->accounts.mustChange, 1);
        QCOMPARE(inv->accounts.expired, 2); // carol and dave are past 90 days
        QList<int> counts;
        for (const auto &b : inv->credentialAge)
            counts << b.count;
        QCOMPARE(counts, (QList<int>{1, 1, 0, 1, 1}));
        QStringList weak;
        for (const auto &w : inv->weak)
            weak << QString("%1:%2:%3").arg(w.user).arg(w.sessionId).arg(w.mppe);
        QCOMPARE(weak, (QStringList{"alice:3:40-bit stateful", "carol:0:56-bit stateless"}));
        // Reading changes nothing and records nothing.
        QVERIFY(m_fx->audited(Method::WindowInventory).isEmpty());
    }

    void thePreviewSaysWhoIsCutOffAndChangesNothing()
    {
        seedWeakServer();
        const int entries = m_fx->audited("").size();
        const Reply r = m_fx->call(Method::WindowBaselinePreview, {{"maxSessionHours", 12}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        auto preview = api::BaselineResult::fromJson(r.result);
        QVERIFY(preview.ok());
        QVERIFY(!preview->applied);
        QCOMPARE(wire(preview->changes),
                 wire(jsonLiteral(R"({"allowMppe40":false,"allowMppe56":false,
                                     "idleTimeoutMinutes":30,"maxSessionHours":12})")));
        QStringList cut;
        for (const auto &w : preview->cutOff)
            cut << w.user + ":" + w.reason;
        QCOMPARE(cut, (QStringList{"alice:40-bit MPPE", "carol:last signed in with 56-bit MPPE"}));
        QVERIFY(m_fx->policy->current().allowMppe40);
        QCOMPARE(m_fx->sessions.live.size(), 2);
        QCOMPARE(m_fx->audited("").size(), entries);
        // A limit outside the policy's bounds is refused by name.
        const Reply bad = m_fx->call(Method::WindowBaselinePreview, {{"maxSessionHours", 99}});
        QCOMPARE(bad.errorCode, ipc::ErrorCode::InvalidParams);
        QVERIFY(bad.errorMessage.contains("maxSessionHours"));
    }

    void applyingTheBaselineIsAnAuditedPolicyChangeThatEndsWeakSessions()
    {
        seedWeakServer();
        const Reply r = m_fx->call(Method::WindowBaselineApply, {});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        auto applied = api::BaselineResult::fromJson(r.result);
        QVERIFY(applied.ok());
        QVERIFY(applied->applied);
        QCOMPARE(applied->sessionsEnded, 1);
        const core::Policy &p = m_fx->policy->current();
        QVERIFY(!p.allowMppe40 && !p.allowMppe56 && p.allowMppe128);
        QCOMPARE(p.authMethods, QStringList{"mschapv2"});
        QCOMPARE(p.maxSessionHours, 8);
        QCOMPARE(p.idleTimeoutMinutes, 30);
        QCOMPARE(m_fx->sessions.live.size(), 1);
        QCOMPARE(m_fx->sessions.endReasons.size(), 1);
        QVERIFY(
            m_fx->sessions.endReasons.first().startsWith("below the security baseline by root"));
        QVERIFY(m_fx->sessions.session(4).has_value()); // bob's 128-bit session stays
        const auto audited = m_fx->audited(Method::WindowBaselineApply);
        QCOMPARE(audited.size(), 1);
        QVERIFY(audited.first().actor.startsWith("root"));
        QVERIFY(audited.first().details.value("changes").toObject().contains("allowMppe40"));
        QCOMPARE(m_fx->events.last().toObject().value("event").toString(),
                 api::Event::PolicyChanged);
        // In force now: a second apply changes nothing, and says so in the trail too.
        const Reply again = m_fx->call(Method::WindowBaselineApply, {});
        QVERIFY(again.ok());
        QVERIFY(again.result.value("changes").toObject().isEmpty());
        QCOMPARE(m_fx->audited(Method::WindowBaselineApply).size(), 2);
        // Refused for a connection without the admin role, before anything happens.
        const Reply refused =
            m_fx->call(Method::WindowBaselineApply, {}, {}, api::AdminRole::Operator);
        QCOMPARE(refused.errorCode, ipc::ErrorCode::Forbidden);
        QCOMPARE(m_fx->audited(Method::WindowBaselineApply).size(), 2);
    }

    void unusedTemporaryCredentialsExpireAndUsedOnesAreForgotten()
    {
        QVERIFY(m_fx->addUser("alice"));
        QVERIFY(m_fx->addUser("bob"));
        QCOMPARE(
            m_fx->call(Method::UserRotate, {{"names", QJsonArray{"alice"}}, {"expiresInHours", 0}})
                .errorCode,
            ipc::ErrorCode::InvalidParams);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Reply rotated = m_fx->call(
            Method::UserRotate, {{"names", QJsonArray{"alice", "bob"}}, {"expiresInHours", 2}});
        QVERIFY2(rotated.ok(), qPrintable(rotated.errorMessage));
        auto result = api::UserRotateResult::fromJson(rotated.result);
        QVERIFY(result.ok());
        QCOMPARE(result->users.size(), 2);
        const QDateTime expires = result->expiresAt;
        QVERIFY(expires >= before.addSecs(2 * 3600 - 1) && expires <= before.addSecs(2 * 3600 + 5));
        QCOMPARE(m_fx->audited(Method::UserRotate).first().details.value("expiresInHours").toInt(),
                 2);
        // Listed without any password.
        const Reply listed = m_fx->call(Method::WindowTemporary, {}, {}, api::AdminRole::Auditor);
        QVERIFY(listed.ok());
        auto list = api::TemporaryCredentialList::fromJson(listed.result);
        QVERIFY(list.ok());
        QCOMPARE(list->credentials.size(), 2);
        QCOMPARE(list->credentials.first().expiresAt, expires);
        for (const auto &otp : result->users)
            QVERIFY(!wire(listed.result).contains(otp.password.toUtf8()));

        // bob picks his own password a second later; alice never signs in.
        auto hash = core::AccountRules::hashPassword(m_fx->context->crypto,
                                                     QStringLiteral("Bobs-own-pass-77"));
        QVERIFY(hash.ok());
        QVERIFY(m_fx->credentials
                    ->setPassword("bob", *hash, QDateTime::currentSecsSinceEpoch() + 1, false)
                    .ok());
        m_fx->sessions.add(9, "alice"); // would end with the credential

        // Not due yet: nothing happens, nothing is recorded.
        auto early = m_cleanup->expireDue(expires.addSecs(-60));
        QVERIFY(early.ok());
        QVERIFY(early->expired.isEmpty() && early->used.isEmpty());
        QVERIFY(m_fx->audited(admin::WindowCleanupService::ExpiredAction).isEmpty());

        auto due = m_cleanup->expireDue(expires.addSecs(60));
        QVERIFY2(due.ok(), due.message().c_str());
        QCOMPARE(due->expired, QStringList{"alice"});
        QCOMPARE(due->used, QStringList{"bob"});
        QCOMPARE(due->sessionsEnded, 1);
        QVERIFY(m_fx->credentials->findUser("alice")->value().state ==
                core::AccountState::Disabled);
        QVERIFY(m_fx->credentials->findUser("bob")->value().state == core::AccountState::Active);
        const auto expired = m_fx->audited(admin::WindowCleanupService::ExpiredAction);
        QCOMPARE(expired.size(), 1);
        QCOMPARE(expired.first().actor, QString("system"));
        QCOMPARE(expired.first().details.value("expired").toArray(), QJsonArray{"alice"});
        QVERIFY(
            m_fx->call(Method::WindowTemporary).result.value("credentials").toArray().isEmpty());
    }

    void cleanUpExpiresUnusedCredentialsNowAndRevokesChosenAccounts()
    {
        QVERIFY(m_fx->addUser("carol"));
        QVERIFY(m_fx->addUser("dave"));
        QVERIFY(m_fx->addUser("erin"));
        QVERIFY(
            m_fx->call(Method::UserRotate, {{"names", QJsonArray{"carol"}}, {"expiresInHours", 24}})
                .ok());
        m_fx->sessions.add(1, "carol");
        m_fx->sessions.add(2, "dave");
        m_fx->sessions.add(3, "erin");
        QCOMPARE(m_fx->call(Method::WindowCleanup, {}).errorCode, ipc::ErrorCode::InvalidParams);
        QCOMPARE(m_fx->call(Method::WindowCleanup, {{"revoke", QJsonArray{"dave"}}}, {},
                            api::AdminRole::Operator)
                     .errorCode,
                 ipc::ErrorCode::Forbidden);
        // A name that does not exist refuses the whole clean-up: nothing changes.
        QCOMPARE(m_fx->call(Method::WindowCleanup,
                            {{"expireUnused", true}, {"revoke", QJsonArray{"dave", "nobody"}}})
                     .errorCode,
                 ipc::ErrorCode::NotFound);
        QVERIFY(m_fx->credentials->findUser("carol")->value().state == core::AccountState::Active);
        QVERIFY(m_fx->credentials->findUser("dave")->value().state == core::AccountState::Active);
        QCOMPARE(m_fx->sessions.live.size(), 3);

        const Reply r = m_fx->call(Method::WindowCleanup,
                                   {{"expireUnused", true}, {"revoke", QJsonArray{"dave"}}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(wire(r.result),
                 wire(jsonLiteral(R"({"expired":["carol"],"revoked":["dave"],"used":[],
                                     "sessionsEnded":2})")));
        QVERIFY(m_fx->credentials->findUser("carol")->value().state ==
                core::AccountState::Disabled);
        QVERIFY(m_fx->credentials->findUser("dave")->value().state == core::AccountState::Revoked);
        QCOMPARE(m_fx->sessions.live.size(), 1); // erin's stays
        const auto audited = m_fx->audited(Method::WindowCleanup);
        QCOMPARE(audited.size(), 1);
        QCOMPARE(audited.first().details.value("revoked").toArray(), QJsonArray{"dave"});
    }

    void theNoticeIsRenderedForAPlannedWindowAsTextAndEscapedHtml()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(3);
        const Reply planned =
            m_fx->call(Method::WindowPlan, {{"title", "Sales <b>&</b> rotation"},
                                            {"start", start.toString(Qt::ISODate)},
                                            {"durationMinutes", 90}});
        QVERIFY2(planned.ok(), qPrintable(planned.errorMessage));
        const int id = planned.result.value("id").toInt();

        // The default template, for the planned window; an auditor may read it.
        const Reply byDefault =
            m_fx->call(Method::WindowNotice, {{"id", id}}, {}, api::AdminRole::Auditor);
        QVERIFY2(byDefault.ok(), qPrintable(byDefault.errorMessage));
        auto notice = api::NoticeText::fromJson(byDefault.result);
        QVERIFY(notice.ok());
        const QString when = start.toString("yyyy-MM-dd HH:mm 'UTC'");
        const QString until = start.addSecs(90 * 60).toString("yyyy-MM-dd HH:mm 'UTC'");
        QCOMPARE(notice->subject, "VPN maintenance: Sales <b>&</b> rotation, " + when);
        QVERIFY(notice->text.contains("from " + when + " to " + until + " (90 minutes)"));
        QVERIFY(notice->html.contains("Sales &lt;b&gt;&amp;&lt;/b&gt; rotation"));
        QVERIFY(!notice->html.contains("<b>"));
        QCOMPARE(m_fx->call(Method::WindowNotice, {{"id", id + 7}}).errorCode,
                 ipc::ErrorCode::NotFound);

        // A placeholder the notice does not know (a password, say) is refused by name.
        const Reply refused = m_fx->call(Method::WindowNoticeSet,
                                         {{"subject", "x"}, {"body", "Your password: {password}"}});
        QCOMPARE(refused.errorCode, ipc::ErrorCode::InvalidParams);
        QVERIFY(refused.errorMessage.contains("{password}"));
        QCOMPARE(m_fx->call(Method::WindowNoticeSet, {{"subject", "x"}, {"body", "y"}}, {},
                            api::AdminRole::Operator)
                     .errorCode,
                 ipc::ErrorCode::Forbidden);
        QVERIFY(m_fx->audited(Method::WindowNoticeSet).isEmpty());

        const Reply set = m_fx->call(
            Method::WindowNoticeSet,
            {{"subject", "{title}"},
             {"body", "<script>alert(1)</script>\nStarts {start}, lasts {duration} minutes."}});
        QVERIFY2(set.ok(), qPrintable(set.errorMessage));
        QCOMPARE(m_fx->audited(Method::WindowNoticeSet).size(), 1);
        const Reply custom = m_fx->call(
            Method::WindowNotice,
            {{"title", "Quarterly"}, {"start", "2036-03-01T08:30:00Z"}, {"durationMinutes", 45}});
        QVERIFY2(custom.ok(), qPrintable(custom.errorMessage));
        QCOMPARE(custom.result.value("subject").toString(), QString("Quarterly"));
        QCOMPARE(custom.result.value("text").toString(),
                 QString("<script>alert(1)</script>\nStarts 2036-03-01 08:30 UTC, lasts 45 "
                         "minutes."));
        const QString html = custom.result.value("html").toString();
        QVERIFY2(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;<br>\nStarts 2036-03-01 "
                               "08:30 UTC"),
                 qPrintable(html));
        QVERIFY(!html.contains("<script>"));
        QCOMPARE(m_fx->call(Method::WindowNotice, {{"title", "x"}}).errorCode,
                 ipc::ErrorCode::InvalidParams);
    }

    // keyward-probe's part is played by a script that answers as the probe does
    // (--json): a 128-bit offer comes up, a 40-bit one comes up only when the server
    // is still weak (WEAK set). It also records its command line and what came on
    // stdin, to show the password never appears on a command line.
    void validationProbesWithATestAccountThatIsDeletedAfterwards_data()
    {
        QTest::addColumn<bool>("weak");
        QTest::newRow("baseline in force") << false;
        QTest::newRow("40-bit still let in") << true;
    }

    void validationProbesWithATestAccountThatIsDeletedAfterwards()
    {
        QFETCH(bool, weak);
        QTemporaryDir dir;
        const QString probe = dir.filePath("keyward-probe");
        QFile script(probe);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QString(R"(#!/bin/sh
echo "$@" >> "%1/args"
readlink /proc/$$/fd/3 >> "%1/fd3"
read pw; echo "$pw" >> "%1/stdin"
case "$*" in
  *"--mppe 128"*) echo '{"up":1,"results":[{"up":true,"mppe":"128-bit stateless"}]}'; exit 0;;
esac
if [ "%2" = 1 ]; then
  echo '{"up":1,"results":[{"up":true,"mppe":"40-bit stateless"}]}'; exit 0
fi
echo '{"up":0,"results":[{"up":false,"mppe":"","error":"the server refused MPPE 40-bit"}]}'
exit 1
)")
                         .arg(dir.path(), weak ? "1" : "0")
                         .toUtf8());
        script.close();
        QFile::setPermissions(probe, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        auto gre = net::GreReservedSocket::open();
        if (!gre)
            QSKIP(qPrintable("validation lends the probe a raw GRE socket, which needs root: " +
                             QString::fromStdString(gre.message())));
        admin::WindowValidateService service(*m_fx->context, {probe, "127.0.0.1", 1723, 5},
                                             std::move(gre));
        service.registerMethods(m_fx->registry);

        m_fx->call(Method::WindowValidate);
        QTRY_VERIFY_WITH_TIMEOUT(m_fx->lastReply->answered, 20000);
        const Reply r = *m_fx->lastReply;
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        auto result = api::ValidationResult::fromJson(r.result);
        QVERIFY(result.ok());
        QCOMPARE(result->passed, !weak);
        QCOMPARE(result->checks.size(), 2);
        QVERIFY(result->checks[0].passed);
        QCOMPARE(result->checks[1].passed, !weak);
        QVERIFY2(result->checks[1].detail.contains(weak ? "40-bit stateless" : "refused"),
                 qPrintable(result->checks[1].detail));
        QVERIFY(result->account.startsWith("kw-validate-"));
        // The test account is gone, and both its making and its deletion are recorded.
        QVERIFY(!m_fx->credentials->findUser(result->account)->has_value());
        const auto audited = m_fx->audited(Method::WindowValidate);
        QCOMPARE(audited.size(), 2);
        QCOMPARE(audited[0].target, result->account);
        QCOMPARE(audited[0].details.value("passed").toBool(), !weak);
        // The password came on stdin, the same for both probes, never in the arguments,
        // the reply or the audit trail.
        QFile in(dir.filePath("stdin")), args(dir.filePath("args"));
        QVERIFY(in.open(QIODevice::ReadOnly) && args.open(QIODevice::ReadOnly));
        const QList<QByteArray> passwords = in.readAll().split('\n');
        QCOMPARE(passwords.size(), 3);
        QVERIFY(passwords[0].size() >= 12);
        QCOMPARE(passwords[0], passwords[1]);
        const QByteArray argv = args.readAll();
        QVERIFY(argv.contains("--user " + result->account.toUtf8()));
        QVERIFY(argv.contains("--password-stdin"));
        // Each probe got the reserved GRE socket as its descriptor 3.
        QCOMPARE(argv.count("--gre-fd 3"), 2);
        QFile fd3(dir.filePath("fd3"));
        QVERIFY(fd3.open(QIODevice::ReadOnly));
        QCOMPARE(fd3.readAll().count("socket:["), 2);
        QVERIFY(!argv.contains(passwords[0]));
        QVERIFY(!wire(r.result).contains(passwords[0]));
        for (const auto &e : audited)
            QVERIFY(!wire(e.details).contains(passwords[0]));
    }

    void validationSaysWhenTheProbeIsMissing()
    {
        auto gre = net::GreReservedSocket::open();
        if (!gre)
            QSKIP("validation lends the probe a raw GRE socket, which needs root");
        admin::WindowValidateService service(
            *m_fx->context, {"/nonexistent/keyward-probe", "127.0.0.1", 1723, 5}, std::move(gre));
        service.registerMethods(m_fx->registry);
        const Reply r = m_fx->call(Method::WindowValidate);
        QCOMPARE(r.errorCode, ipc::ErrorCode::Unavailable);
        QVERIFY(r.errorMessage.contains("keyward-probe"));
        QVERIFY(m_fx->audited(Method::WindowValidate).isEmpty());
        QCOMPARE(m_fx->credentials->listUsers()->size(), 0);
    }

    // keywardd could not reserve a GRE socket (started without CAP_NET_RAW): validate
    // says why and how to fix it, and makes no test account.
    void validationSaysWhyWithoutAReservedGreSocket()
    {
        admin::WindowValidateService service(
            *m_fx->context, {"/bin/true", "127.0.0.1", 1723, 5},
            fail(ErrorKind::Unavailable, "cannot open a raw GRE socket for validation (needs "
                                         "CAP_NET_RAW): Operation not permitted"));
        service.registerMethods(m_fx->registry);
        const Reply r = m_fx->call(Method::WindowValidate);
        QCOMPARE(r.errorCode, ipc::ErrorCode::Unavailable);
        QVERIFY2(r.errorMessage.contains("no raw GRE socket to lend keyward-probe") &&
                     r.errorMessage.contains("needs CAP_NET_RAW") &&
                     r.errorMessage.contains("start keywardd as root"),
                 qPrintable(r.errorMessage));
        QVERIFY(m_fx->audited(Method::WindowValidate).isEmpty());
        QCOMPARE(m_fx->credentials->listUsers()->size(), 0);
    }

private:
    // A server that still allows 40- and 56-bit MPPE: alice is on a 40-bit session,
    // bob on a 128-bit one, carol last signed in with 56-bit, dave with 128-bit (after
    // an older 40-bit session that no longer counts).
    void seedWeakServer()
    {
        QVERIFY(
            m_fx->call(Method::PolicySet, {{"changes", QJsonObject{{"allowMppe40", true},
                                                                   {"allowMppe56", true},
                                                                   {"maxSessionHours", 24},
                                                                   {"idleTimeoutMinutes", 60}}}})
                .ok());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(m_fx->addUserAt("alice", now - 10 * 86400));
        QVERIFY(m_fx->addUserAt("bob", now - 45 * 86400, true));
        QVERIFY(m_fx->addUserAt("carol", now - 100 * 86400));
        QVERIFY(m_fx->addUserAt("dave", now - 200 * 86400));
        QVERIFY(m_fx->credentials->setState("dave", core::AccountState::Disabled).ok());
        auto &alice = m_fx->sessions.add(3, "alice");
        alice.mppeStrength = "40-bit";
        alice.mppeMode = "stateful";
        alice.clientName = "Windows RAS";
        alice.clientVersion = "5.20";
        alice.clientLegacy = true;
        auto &bob = m_fx->sessions.add(4, "bob");
        bob.clientName = "pppd/pptp-linux";
        auto history = [&](const QString &user, const QString &mppe, qint64 endedAt) {
            core::SessionRecord r;
            r.user = user;
            r.mppe = mppe;
            r.startedAt = endedAt - 600;
            r.endedAt = endedAt;
            QVERIFY(m_fx->history->record(r).ok());
        };
        history("dave", "40-bit stateful", now - 7200);
        history("dave", "128-bit stateless", now - 3600);
        history("carol", "56-bit stateless", now - 1800);
        history("alice", "128-bit stateless", now - 900); // live now: the live session counts
        QVERIFY(m_fx->history->flush().ok());
    }

    std::unique_ptr<AdminFixture> m_fx;
    admin::WindowCleanupService *m_cleanup = nullptr;
    std::vector<std::unique_ptr<admin::AdminService>> m_services;
};

QTEST_GUILESS_MAIN(TestWindowProcedure)
#include "TestWindowProcedure.moc"
