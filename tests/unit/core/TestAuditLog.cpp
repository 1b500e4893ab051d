// The audit trail: verify() catches every edit, removal and reordering and says
// where; retention keeps what remains verifiable. A keyed trail (audit.key) also
// catches an entry rewritten by someone who recomputed the unkeyed hashes, the anchors
// outside the database catch a trail cut short or rewritten whole, keywardd's trail
// does not open without its key, and a clock pushed forward prunes nothing the policy
// keeps.

#include "core/AuditLog.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

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

    // Keyed trails: keywardd's, with audit.key and an anchor file.

    void keyingStartsAfterTheUnkeyedEntriesAndTheWholeTrailVerifies()
    {
        auto keyed = openKeyed();
        QVERIFY(keyed);
        QCOMPARE(keyed->keyedFrom(), qint64(11));
        QVERIFY(QFile::exists(keyFile()));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(keyFile()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        auto id = keyed->append("root (uid 0)", "user.add", "zoe", "ok", {}, 11000);
        QVERIFY(id.ok());
        QCOMPARE(*id, qint64(11));
        auto v = keyed->verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.checked, qint64(11));
        QCOMPARE(v.keyedFrom, qint64(11));
        // Entry 11 carries an HMAC, not the SHA-256 anyone could recompute.
        const AuditEntry newest = keyed->list({})->first();
        QVERIFY(newest.hash != newest.computeHash());
        // Without the key, the trail is neither continued nor taken as verified.
        QVERIFY(!m_log->append("system", "user.add", "x", "ok", {}, 12000).ok());
        m_log = std::make_unique<AuditLog>(*m_db);
        QVERIFY(!m_log->append("system", "user.add", "x", "ok", {}, 12000).ok());
        QVERIFY(!m_log->verify().intact);
    }

    void aRewrittenEntryWithARecomputedUnkeyedHashIsFound()
    {
        auto keyed = openKeyed();
        QVERIFY(keyed);
        for (int i = 11; i <= 15; ++i)
            QVERIFY(
                keyed->append("system", "user.add", QString("user%1").arg(i), "ok", {}, i * 1000)
                    .ok());
        // Someone with the database edits entry 13 and recomputes the chain from there
        // the way an unkeyed trail is hashed.
        exec("UPDATE audit SET target = 'mallory' WHERE id = 13");
        rehashFrom(13);
        auto v = keyed->verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadId, qint64(13));
        QVERIFY2(v.problem.contains("entry 13") && v.problem.contains("edited"),
                 qPrintable(v.problem));
    }

    void aTruncatedTrailIsFoundFromTheAnchor()
    {
        auto keyed = openKeyed();
        QVERIFY(keyed);
        for (int i = 11; i <= 15; ++i)
            QVERIFY(keyed->append("system", "user.add", "u", "ok", {}, i * 1000).ok());
        auto anchored = keyed->writeAnchor(16000);
        QVERIFY(anchored.ok() && anchored->has_value());
        QCOMPARE((*anchored)->id, qint64(15));
        QVERIFY2(keyed->verify().intact, qPrintable(keyed->verify().problem));
        QCOMPARE(keyed->verify().anchorsChecked, 1);

        // The newest entries go, and the sequence SQLite keeps is set back to hide it.
        exec("DELETE FROM audit WHERE id > 12");
        exec("UPDATE sqlite_sequence SET seq = 12 WHERE name = 'audit'");
        auto v = keyed->verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.anchorFailure, QString("truncated"));
        QCOMPARE(v.failedAnchor, 1);
        QCOMPARE(v.firstBadId, qint64(13));
        QVERIFY2(v.problem.contains("line 1") && v.problem.contains("entry 15") &&
                     v.problem.contains("ends at entry 12") && v.problem.contains("truncated"),
                 qPrintable(v.problem));
    }

    void aTrailRewrittenWholeIsFoundFromTheAnchor()
    {
        auto keyed = openKeyed();
        QVERIFY(keyed);
        for (int i = 11; i <= 13; ++i)
            QVERIFY(keyed->append("system", "user.add", "u", "ok", {}, i * 1000).ok());
        QVERIFY(keyed->writeAnchor(14000).ok());
        // The record of the keying goes, and every entry is rehashed unkeyed: the chain
        // alone now looks like a trail that was never keyed.
        exec("DELETE FROM audit_keying");
        exec("UPDATE audit SET target = 'mallory' WHERE id = 12");
        rehashFrom(11);
        auto v = keyed->verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.anchorFailure, QString("rewritten"));
        QCOMPARE(v.failedAnchor, 1);
        QVERIFY2(v.problem.contains("entry 13") && v.problem.contains("rewritten"),
                 qPrintable(v.problem));
    }

    void anAnchorIsWrittenAtAStopWhenTheHeadMoved()
    {
        {
            auto keyed = openKeyed();
            QVERIFY(keyed);
            QVERIFY(keyed->append("system", "user.add", "u", "ok", {}, 11000).ok());
        }
        QCOMPARE(anchorLines().size(), 1);
        QVERIFY2(anchorLines().first().contains("entry=11 "), anchorLines().first().constData());
        QVERIFY(anchorLines().first().contains("keyed-from=11"));
        {
            auto keyed = openKeyed(); // nothing new: no new anchor
            QVERIFY(keyed);
        }
        QCOMPARE(anchorLines().size(), 1);
        auto keyed = openKeyed();
        QVERIFY(keyed);
        QVERIFY(keyed->append("system", "user.add", "u", "ok", {}, 12000).ok());
        QVERIFY(keyed->writeAnchor(13000).ok());
        QCOMPARE(anchorLines().size(), 2);
        auto v = keyed->verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.anchorsChecked, 2);
        // An edited anchor file shows too.
        QFile file(anchorFile());
        QVERIFY(file.open(QIODevice::Append));
        file.write("keyward-audit-anchor at=yesterday entry=12\n");
        file.close();
        v = keyed->verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.anchorFailure, QString("damaged"));
        QCOMPARE(v.failedAnchor, 3);
    }

    void aMissingKeyWithKeyedEntriesRefusesToOpen()
    {
        {
            auto keyed = openKeyed();
            QVERIFY(keyed);
            QVERIFY(keyed->append("system", "user.add", "u", "ok", {}, 11000).ok());
        }
        QVERIFY(QFile::remove(keyFile()));
        auto refused = AuditLog::open(*m_db, keyFile(), anchorFile());
        QVERIFY(!refused.ok());
        const QString message = QString::fromStdString(refused.message());
        QVERIFY2(message.contains("the audit key file " + keyFile() + " is missing"),
                 qPrintable(message));
        QVERIFY2(message.contains("Restore audit.key"), qPrintable(message));
        QVERIFY(!QFile::exists(keyFile())); // no new key over keyed entries

        // Another key is no better.
        QVERIFY(AuditKey::create(keyFile()).ok());
        refused = AuditLog::open(*m_db, keyFile(), anchorFile());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().find("does not belong") != std::string::npos,
                 refused.message().c_str());
    }

    void aMissingKeyWithoutKeyedEntriesIsMade()
    {
        {
            auto keyed = openKeyed();
            QVERIFY(keyed);
        }
        QVERIFY(QFile::remove(keyFile())); // made, but nothing was keyed with it
        auto keyed = openKeyed();
        QVERIFY(keyed);
        QVERIFY(QFile::exists(keyFile()));
        QVERIFY(keyed->append("system", "user.add", "u", "ok", {}, 11000).ok());
        QVERIFY2(keyed->verify().intact, qPrintable(keyed->verify().problem));
    }

    void aClockPushedForwardAYearPrunesNothingThePolicyKeeps()
    {
        auto keyed = openKeyed();
        QVERIFY(keyed);
        const qint64 day = 86400 * 1000LL;
        const qint64 now = 1'800'000'000'000LL;
        const qint64 retention = 120 * day;
        // One entry a week for the last 100 days: the policy keeps them all.
        for (qint64 at = now - 100 * day; at <= now; at += 7 * day)
            QVERIFY(keyed->append("system", "user.add", "u", "ok", {}, at).ok());
        // What the policy does not keep goes: the ten entries written at 1..10 s.
        auto removed = keyed->prune(retention, now, "system");
        QVERIFY(removed.ok());
        QCOMPARE(*removed, qint64(10));
        const auto before = keyed->list({})->size();

        // The clock jumps a year ahead: everything was written within the retention of
        // the newest entry, so nothing goes.
        removed = keyed->prune(retention, now + 365 * day, "system");
        QVERIFY(removed.ok());
        QCOMPARE(*removed, qint64(0));
        QCOMPARE(keyed->list({})->size(), before);
        auto v = keyed->verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
    }

    void entriesCutOffTheFrontWithoutAPruningAreFound()
    {
        auto keyed = openKeyed();
        QVERIFY(keyed);
        for (int i = 11; i <= 15; ++i)
            QVERIFY(keyed->append("system", "user.add", "u", "ok", {}, i * 1000).ok());
        // Retention would leave a record of where the trail starts; a forger writes
        // one too, but cannot write the keyed audit.prune entry that goes with it.
        exec("DELETE FROM audit WHERE id < 13");
        exec("INSERT INTO audit_anchor (first_id, prev_hash, pruned_at) SELECT id, prev_hash, "
             "0 FROM audit WHERE id = 13");
        auto v = keyed->verify();
        QVERIFY(!v.intact);
        QVERIFY2(v.problem.contains("before 13") && v.problem.contains("without a recorded "
                                                                       "pruning"),
                 qPrintable(v.problem));
    }

private:
    QString keyFile() const { return m_dir->filePath("audit.key"); }
    QString anchorFile() const { return m_dir->filePath("audit.anchors"); }

    std::unique_ptr<AuditLog> openKeyed()
    {
        auto opened = AuditLog::open(*m_db, keyFile(), anchorFile());
        if (!opened) {
            qWarning("%s", opened.message().c_str());
            return nullptr;
        }
        return std::move(opened).value();
    }

    QList<QByteArray> anchorLines() const
    {
        QFile file(anchorFile());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = file.readAll().split('\n');
        lines.removeAll(QByteArray());
        return lines;
    }

    // Recomputes the chain from entry `from` on with the unkeyed SHA-256, as anyone
    // with the database could.
    void rehashFrom(qint64 from)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec("SELECT id, at, actor, action, target, outcome, details, prev_hash FROM "
                       "audit ORDER BY id"));
        QByteArray previous;
        QList<AuditEntry> entries;
        while (q.next()) {
            AuditEntry e;
            e.id = q.value(0).toLongLong();
            e.at = q.value(1).toLongLong();
            e.actor = q.value(2).toString();
            e.action = q.value(3).toString();
            e.target = q.value(4).toString();
            e.outcome = q.value(5).toString();
            e.details = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
            e.previousHash = q.value(7).toByteArray();
            entries.append(e);
        }
        for (AuditEntry &e : entries) {
            if (e.id >= from) {
                e.previousHash = previous.isEmpty() ? e.previousHash : previous;
                e.hash = e.computeHash();
                QSqlQuery u(m_db->connection());
                u.prepare("UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?");
                u.addBindValue(e.previousHash);
                u.addBindValue(e.hash);
                u.addBindValue(e.id);
                QVERIFY(u.exec());
                previous = e.hash;
            } else {
                QSqlQuery h(m_db->connection());
                h.prepare("SELECT hash FROM audit WHERE id = ?");
                h.addBindValue(e.id);
                QVERIFY(h.exec() && h.next());
                previous = h.value(0).toByteArray();
            }
        }
    }

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
