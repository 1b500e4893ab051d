// Many credentials at once: CSV import, groups, the expiry schedule and bulk
// rotation in one transaction — and a daemon killed with SIGKILL in the middle of
// rotating 1,000 users leaves a consistent store and an audit chain that verifies.

#include "KeywardLab.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

class TestBulkRotation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KEYWARD_LAB_SET_UP(m_lab); }

    void cleanup() { m_lab.reportIfFailed(); }

    void importGroupsAndRotateAGroup()
    {
        auto imported = m_lab.server().call(
            "user.import", {{"csv", "name,groups\nanna,sales;north\nben,sales\ncara,ops\n"}});
        QVERIFY2(imported.ok, qPrintable(imported.errorMessage));
        const QJsonArray users = imported.result.value("users").toArray();
        QCOMPARE(users.size(), 3);
        QVERIFY(users.at(0).toObject().value("password").toString().size() >= 16);

        // A bad line refuses the whole file.
        auto bad = m_lab.server().call("user.import", {{"csv", "dora,ops\nanna,sales\n"}});
        QVERIFY(!bad.ok);
        QVERIFY2(bad.errorMessage.contains("line 2"), qPrintable(bad.errorMessage));
        QVERIFY(!userNames().contains("dora"));

        auto rotated = m_lab.server().call("user.rotate", {{"group", "sales"}});
        QVERIFY2(rotated.ok, qPrintable(rotated.errorMessage));
        QStringList names;
        for (const QJsonValue &u : rotated.result.value("users").toArray())
            names << u.toObject().value("name").toString();
        QCOMPARE(names, QStringList({"anna", "ben"}));
        // A rotated user must change the one-time password in protocol.
        const QString pw =
            rotated.result.value("users").toArray().at(0).toObject().value("password").toString();
        auto run = m_lab.server().probe("anna", pw + "\nAnnas-New-Pass-12",
                                        {"--new-password-stdin", "--count", "1"});
        QVERIFY2(run.exitCode == 0 && run.session().value("passwordChanged").toBool(),
                 qPrintable(run.output));
    }

    void expiryScheduleListsWhatIsDue()
    {
        // Every password is fresh: nothing within 14 days, everything within the 90-day policy.
        QCOMPARE(m_lab.server()
                     .call("user.expiring", {{"days", 14}})
                     .result.value("users")
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(m_lab.server()
                     .call("user.expiring", {{"days", 91}})
                     .result.value("users")
                     .toArray()
                     .size(),
                 userNames().size());
    }

    void aCrashDuringBulkRotationLeavesAllOrNothing()
    {
        QString csv;
        for (int i = 0; i < 1000; ++i)
            csv += QStringLiteral("bulk%1,bulk\n").arg(i, 4, 10, QChar('0'));
        QVERIFY(m_lab.server().call("user.import", {{"csv", csv}}).ok);
        // The import set must-change; clear it so a rotation is visible as must-change.
        QVERIFY(m_lab.server().call("user.rotate", {{"group", "bulk"}}).ok);
        m_lab.server().stop();
        setMustChange("bulk", false);
        QVERIFY(m_lab.server().start().isEmpty());

        m_lab.server().callAsync("user.rotate", {{"group", "bulk"}});
        QThread::msleep(30);
        m_lab.server().kill();

        const int changed = countMustChange("bulk");
        QVERIFY2(changed == 0 || changed == 1000, qPrintable(QString::number(changed)));
        qInfo("killed 30 ms into the rotation: %s", changed == 0 ? "rolled back" : "had committed");
        QVERIFY(m_lab.server().start().isEmpty());
        QCOMPARE(m_lab.server().call("user.list").result.value("users").toArray().size(), 1003);
        auto verify = m_lab.server().call("audit.verify");
        QVERIFY2(verify.result.value("intact").toBool(),
                 qPrintable(verify.result.value("problem").toString()));

        // And an edited audit row is caught, with its place.
        m_lab.server().stop();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "edit");
            db.setDatabaseName(m_lab.server().stateDir() + "/keyward.db");
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("UPDATE audit SET actor = 'nobody' WHERE id = 2"));
        }
        QSqlDatabase::removeDatabase("edit");
        QVERIFY(m_lab.server().start().isEmpty());
        verify = m_lab.server().call("audit.verify");
        QVERIFY(!verify.result.value("intact").toBool());
        QCOMPARE(verify.result.value("firstBadId").toInt(), 2);
    }

private:
    QStringList userNames()
    {
        QStringList names;
        for (const QJsonValue &u : m_lab.server().call("user.list").result.value("users").toArray())
            names << u.toObject().value("name").toString();
        return names;
    }

    // Reads the store directly (the daemon is stopped or killed).
    int countMustChange(const QString &prefix)
    {
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "count");
            db.setDatabaseName(m_lab.server().stateDir() + "/keyward.db");
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare("SELECT COUNT(*) FROM users WHERE must_change = 1 AND name LIKE ?");
                q.addBindValue(prefix + "%");
                if (q.exec() && q.next())
                    n = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase("count");
        return n;
    }

    void setMustChange(const QString &prefix, bool value)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "set");
            db.setDatabaseName(m_lab.server().stateDir() + "/keyward.db");
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare("UPDATE users SET must_change = ? WHERE name LIKE ?");
                q.addBindValue(value ? 1 : 0);
                q.addBindValue(prefix + "%");
                q.exec();
            }
        }
        QSqlDatabase::removeDatabase("set");
    }

    KeywardLab m_lab;
};

QTEST_GUILESS_MAIN(TestBulkRotation)
#include "TestBulkRotation.moc"
