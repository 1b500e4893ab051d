// keywardd's records hold: the audit chain is keyed with audit.key (mode 0600, made at
// the first start) and its head anchored outside the database at a clean stop; a
// missing audit.key with keyed entries stops keywardd until it is restored; a trail
// cut short while keywardd was down is found from the anchor by `keywardctl audit
// verify`; and a session still up at a clean stop is in the history afterwards.

#include "KeywardLab.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <sys/stat.h>

namespace {
const char *const Password = "Correct-horse-42";
}

class TestAuditRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KEYWARD_LAB_SET_UP(m_lab); }

    void cleanup() { m_lab.reportIfFailed(); }

    void theChainIsKeyedAndAnchoredAtAStop()
    {
        QVERIFY(m_lab.server().addUser("alice", Password));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(keyFile()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        auto verify = m_lab.server().call("audit.verify");
        QVERIFY2(verify.result.value("intact").toBool(),
                 qPrintable(verify.result.value("problem").toString()));
        QCOMPARE(verify.result.value("keyedFrom").toInt(), 1);

        QCOMPARE(m_lab.server().stop(), 0);
        const QList<QByteArray> anchors = anchorLines();
        QVERIFY(!anchors.isEmpty());
        QVERIFY2(anchors.last().startsWith("keyward-audit-anchor ") &&
                     anchors.last().contains("keyed-from=1"),
                 anchors.last().constData());
        QVERIFY(m_lab.server().output().contains("audit anchor: entry"));
        QVERIFY(m_lab.server().start().isEmpty());
        verify = m_lab.server().call("audit.verify");
        QVERIFY(verify.result.value("intact").toBool());
        QVERIFY(verify.result.value("anchorsChecked").toInt() >= 1);
    }

    void aMissingAuditKeyStopsKeywarddUntilItIsRestored()
    {
        QCOMPARE(m_lab.server().stop(), 0);
        const QString kept = keyFile() + ".saved";
        QVERIFY(QFile::rename(keyFile(), kept));
        const QString refused = m_lab.server().start();
        QVERIFY2(!refused.isEmpty(), "keywardd started without its audit key");
        QVERIFY2(refused.contains("the audit key file " + keyFile() + " is missing"),
                 qPrintable(refused));
        QVERIFY(!m_lab.server().isRunning());
        QVERIFY(!QFile::exists(keyFile())); // no new key over keyed entries

        QVERIFY(QFile::rename(kept, keyFile()));
        const QString started = m_lab.server().start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(m_lab.server().call("audit.verify").result.value("intact").toBool());
    }

    void aTrailCutShortIsFoundFromTheAnchor()
    {
        QVERIFY(m_lab.server().addUser("bob", Password));
        QVERIFY(m_lab.server().addUser("carol", Password));
        QCOMPARE(m_lab.server().stop(), 0); // anchors the head
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "cut");
            db.setDatabaseName(m_lab.server().stateDir() + "/keyward.db");
            QVERIFY(db.open());
            QSqlQuery q(db);
            // The newest two entries go, and the sequence is set back to hide it.
            QVERIFY(q.exec("DELETE FROM audit WHERE id > (SELECT MAX(id) - 2 FROM audit)"));
            QVERIFY(q.exec("UPDATE sqlite_sequence SET seq = (SELECT MAX(id) FROM audit) "
                           "WHERE name = 'audit'"));
        }
        QSqlDatabase::removeDatabase("cut");
        const QString started = m_lab.server().start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const auto run = m_lab.ctl({"audit", "verify"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("AUDIT CHAIN BROKEN") && run.out.contains("truncated") &&
                     run.out.contains("the anchor at line"),
                 qPrintable(run.out));
        const auto verify = m_lab.server().call("audit.verify");
        QCOMPARE(verify.result.value("anchorFailure").toString(), QString("truncated"));
        QVERIFY(verify.result.value("failedAnchor").toInt() >= 1);
    }

    void aSessionUpAtACleanStopIsInTheHistory()
    {
        QVERIFY(m_lab.server().addUser("dave", Password));
        auto probe = m_lab.server().startProbe("dave", Password, {"--duration", "30"});
        // session.list also shows a call that is still signing in, and a call that ends
        // then is no session for the history: wait until it is up.
        QJsonArray sessions;
        QTRY_VERIFY_WITH_TIMEOUT(
            (sessions = m_lab.server().call("session.list").result.value("sessions").toArray())
                        .size() == 1 &&
                sessions.at(0).toObject().value("state").toString() == "up",
            10000);
        QCOMPARE(m_lab.server().stop(), 0);
        ServerUnderTest::finishProbe(*probe, 20000);
        QVERIFY(m_lab.server().start().isEmpty());
        const QJsonArray history = m_lab.server()
                                       .call("session.history", {{"user", "dave"}})
                                       .result.value("sessions")
                                       .toArray();
        QCOMPARE(history.size(), 1);
    }

private:
    QString keyFile() { return QDir(m_lab.server().stateDir()).filePath("audit.key"); }

    QList<QByteArray> anchorLines()
    {
        QFile file(QDir(m_lab.server().stateDir()).filePath("audit.anchors"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = file.readAll().split('\n');
        lines.removeAll(QByteArray());
        return lines;
    }

    KeywardLab m_lab;
};

QTEST_GUILESS_MAIN(TestAuditRecords)
#include "TestAuditRecords.moc"
