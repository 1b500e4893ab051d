// The audit trail: verify() catches every edit, removal and reordering and says
// where; retention keeps what remains verifiable.

#include "core/AuditLog.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward::core;

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath("state.db"));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_log = std::make_unique<AuditLog>(*m_db);
        for (int i = 1; i <= 10; ++i) {
            auto id = m_log->append(i % 2 ? "alice (uid 1000)" : "system",
                                    i % 3 ? "user.add" : "session.revoke", QString("user%1").arg(i),
                                    "ok", {{"n", i}}, i * 1000);
            QVERIFY(id.ok());
            QCOMPARE(*id, qint64(i));
        }
    }

    void intactTrailVerifies()
    {
        auto v = m_log->verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.checked, qint64(10));
    }

    void anEditedEntryIsFound()
    {
        exec("UPDATE audit SET target = 'mallory' WHERE id = 4");
        auto v = m_log->verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadId, qint64(4));
        QVERIFY2(v.problem.contains("entry 4") && v.problem.contains("edited"),
                 qPrintable(v.problem));
    }

    void anEditedDetailOrTimeIsFound()
    {
        exec("UPDATE audit SET at = at + 1 WHERE id = 7");
        QCOMPARE(m_log->verify().firstBadId, qint64(7));
    }

    void aRemovedEntryIsFound()
    {
        exec("DELETE FROM audit WHERE id = 5");
        auto v = m_log->verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadId, qint64(5));
        QVERIFY(v.problem.contains("missing"));
    }

    void reorderedEntriesAreFound()
    {
        // Swap the contents of entries 3 and 4 (ids stay in place).
        exec("UPDATE audit SET id = 100 WHERE id = 3");
        exec("UPDATE audit SET id = 3 WHERE id = 4");
        exec("UPDATE audit SET id = 4 WHERE id = 100");
        auto v = m_log->verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadId, qint64(3));
    }

    void aCutOffEndIsFound()
    {
        exec("DELETE FROM audit WHERE id >= 9");
        auto v = m_log->verify();
        QVERIFY(!v.intact);
        QVERIFY2(v.problem.contains("newest entries after 8"), qPrintable(v.problem));
    }

    void pruningKeepsTheRestVerifiable()
    {
        // A retention of 4 s at 10 s: the entries written before 6 s go.
        auto removed = m_log->prune(4000, 10000, "system");
        QVERIFY(removed.ok());
        QCOMPARE(*removed, qint64(5));
        auto v = m_log->verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.checked, qint64(6)); // entries 6..10 and the prune record
        auto newest = m_log->list({});
        QVERIFY(newest.ok());
        QCOMPARE(newest->first().action, QString("audit.prune"));
        QCOMPARE(newest->first().details.value("removed").toInt(), 5);

        // Removing the first kept entry after pruning is still caught.
        exec("DELETE FROM audit WHERE id = 6");
        QVERIFY(!m_log->verify().intact);
    }

    void listFiltersAndPages()
    {
        AuditFilter f;
        f.action = "session.";
        auto revokes = m_log->list(f);
        QVERIFY(revokes.ok());
        QCOMPARE(revokes->size(), 3); // 3, 6, 9
        QCOMPARE(revokes->first().id, qint64(9));
        f = {};
        f.actor = "system";
        f.limit = 2;
        auto page = m_log->list(f);
        QCOMPARE(page->size(), 2);
        f.beforeId = page->last().id;
        auto next = m_log->list(f);
        QCOMPARE(next->first().id, qint64(6));
        f = {};
        f.since = 3000;
        f.until = 5000;
        QCOMPARE(m_log->list(f)->size(), 2);
    }

    void appendJoinsTheCallersTransaction()
    {
        auto status = m_db->transaction([&]() -> keyward::Status {
            (void)m_log->append("system", "user.delete", "x", "ok", {}, 11000);
            return keyward::fail("the change itself failed");
        });
        QVERIFY(!status.ok());
        QCOMPARE(m_log->list({})->size(), 10);
        QVERIFY(m_log->verify().intact);
    }

private:
    void exec(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_log;
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
