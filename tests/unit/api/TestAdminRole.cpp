// The role table the server, keywardctl and the console share: what each role may
// call, that every method of the API is in it, and that tokens are for local admins.

#include "api/AdminMethod.h"
#include "api/AdminRole.h"

#include <QTest>

using namespace keyward::api;

class TestAdminRole : public QObject
{
    Q_OBJECT

private slots:
    void namesGoBothWays()
    {
        for (AdminRole role : {AdminRole::Auditor, AdminRole::Operator, AdminRole::Admin})
            QCOMPARE(roleFromName(roleName(role)), role);
        QCOMPARE(roleNames(), (QStringList{"auditor", "operator", "admin"}));
        QVERIFY(!roleFromName("root").has_value());
        QVERIFY(!roleFromName("Admin").has_value());
    }

    void anAuditorReadsOnly()
    {
        QCOMPARE(methodsFor(AdminRole::Auditor, AdminChannel::Local),
                 (QStringList{
                     "audit.list",       "audit.verify", "hello",         "policy.get",
                     "report.download",  "report.key",   "report.list",   "report.schedule",
                     "session.history",  "session.list", "status",        "subscribe",
                     "user.expiring",    "user.list",    "user.show",     "window.baseline.preview",
                     "window.inventory", "window.list",  "window.notice", "window.temporary"}));
    }

    void anOperatorAlsoHandlesSessionsAndAccounts()
    {
        const QStringList auditor = methodsFor(AdminRole::Auditor, AdminChannel::Local);
        QStringList extra = methodsFor(AdminRole::Operator, AdminChannel::Local);
        for (const QString &m : auditor)
            QVERIFY(extra.removeOne(m));
        QCOMPARE(extra, (QStringList{"report.create", "session.disconnect", "session.rekey",
                                     "session.revoke", "user.disable", "user.enable", "user.reset",
                                     "user.unlock"}));
        QVERIFY(!mayCall(AdminRole::Operator, AdminChannel::Local, Method::PolicySet));
        QVERIFY(!mayCall(AdminRole::Operator, AdminChannel::Local, Method::UserAdd));
        QVERIFY(!mayCall(AdminRole::Operator, AdminChannel::Local, Method::TokenCreate));
    }

    void anAdminMayDoEverythingButTokensFromAfar()
    {
        const QStringList local = methodsFor(AdminRole::Admin, AdminChannel::Local);
        for (const QString &m : Method::all())
            QVERIFY2(local.contains(m), qPrintable(m)); // every method is in the table
        const QStringList remote = methodsFor(AdminRole::Admin, AdminChannel::Remote);
        for (const QString &m : Method::all())
            QCOMPARE(remote.contains(m), !m.startsWith("token."));
        QVERIFY(forbiddenMessage(AdminRole::Admin, AdminChannel::Remote, Method::TokenCreate)
                    .contains("local admin"));
    }

    void aRefusalNamesBothRoles()
    {
        const QString why =
            forbiddenMessage(AdminRole::Auditor, AdminChannel::Local, Method::SessionDisconnect);
        QVERIFY2(why.contains("operator role") && why.contains("auditor role"), qPrintable(why));
        // A method the table does not know needs the strongest role.
        QCOMPARE(roleNeeded("something.new"), AdminRole::Admin);
    }
};

QTEST_GUILESS_MAIN(TestAdminRole)
#include "TestAdminRole.moc"
