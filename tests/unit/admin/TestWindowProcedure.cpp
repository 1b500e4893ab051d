// The change window's steps on the server: the inventory an auditor may read, the
// baseline's preview (who it cuts off, nothing changed) and its audited application.

#include "AdminFixture.h"
#include "admin/PolicyService.h"
#include "admin/WindowInventoryService.h"
#include "api/AdminEvent.h"
#include "api/AdminMethod.h"
#include "api/AdminRole.h"
#include "api/WindowInventoryMessages.h"

#include <QCoreApplication>
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
        for (auto &s : m_services)
            s->registerMethods(m_fx->registry);
    }

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

private:
    std::unique_ptr<AdminFixture> m_fx;
    std::vector<std::unique_ptr<admin::AdminService>> m_services;
};

QTEST_GUILESS_MAIN(TestWindowProcedure)
#include "TestWindowProcedure.moc"
