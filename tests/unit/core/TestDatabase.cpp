// The state database: migrations bring a new file to the latest schema, and a
// multi-step change is all or nothing.

#include "core/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward::core;
using keyward::fail;
using keyward::Status;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void newFileIsMigratedToTheLatestSchemaInWalMode()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("state.db"));
        QVERIFY2(db.ok(), db.ok() ? "" : db.message().c_str());
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec("PRAGMA journal_mode") && q.next());
        QCOMPARE(q.value(0).toString(), QString("wal"));
    }

    void aFileFromANewerKeywarddIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("state.db");
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec("UPDATE schema_version SET version = 99"));
        }
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY(db.message().find("schema version 99") != std::string::npos);
    }

    void failedOrThrowingTransactionsLeaveNothingBehind()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath("state.db"));
        QVERIFY(opened.ok());
        Database &db = **opened;
        QSqlQuery setup(db.connection());
        QVERIFY(setup.exec("CREATE TABLE t (v INTEGER)"));

        auto insert = [&](int v) {
            QSqlQuery q(db.connection());
            return q.exec(QString("INSERT INTO t VALUES (%1)").arg(v));
        };
        auto count = [&] {
            QSqlQuery q(db.connection());
            q.exec("SELECT COUNT(*) FROM t");
            q.next();
            return q.value(0).toInt();
        };

        Status failed = db.transaction([&]() -> Status {
            insert(1);
            insert(2);
            return fail("step three failed");
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.message(), std::string("step three failed"));
        QCOMPARE(count(), 0);

        bool threw = false;
        try {
            (void)db.transaction([&]() -> Status {
                insert(1);
                throw std::runtime_error("crash in the middle");
            });
        } catch (const std::runtime_error &) {
            threw = true;
        }
        QVERIFY(threw);
        QCOMPARE(count(), 0);

        QVERIFY(db.transaction([&]() -> Status {
                      insert(1);
                      insert(2);
                      return {};
                  }).ok());
        QCOMPARE(count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
