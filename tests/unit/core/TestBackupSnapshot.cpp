// Backups of a real state directory (SQLite database, credential and audit keys,
// anchors): the snapshot restores into a scratch directory with the same counts and
// a chain that verifies; swapped into a live database it brings back the old rows and
// keeps the chain verifiable with the restore recorded; installed into a new state
// directory it gives a store that opens with the backup's keys.

#include "core/AccountRules.h"
#include "core/AuditLog.h"
#include "core/BackupFile.h"
#include "core/BackupSnapshot.h"
#include "core/CredentialStore.h"
#include "core/Database.h"
#include "core/SecretBox.h"
#include "crypto/CryptoLibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace keyward::core;

class TestBackupSnapshot : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    StateFiles m_files;
    std::shared_ptr<const keyward::protocol::crypto::CryptoLibrary> m_crypto;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AuditLog> m_audit;

    void addUser(const QString &name)
    {
        auto hash = AccountRules::hashPassword(*m_crypto, QStringLiteral("Correct-horse-42"));
        QVERIFY(hash.ok());
        QVERIFY(
            m_credentials->addUser(name, *hash, QDateTime::currentSecsSinceEpoch(), false).ok());
        QVERIFY(m_audit
                    ->append("root (uid 0)", "user.add", name, "ok", {},
                             QDateTime::currentMSecsSinceEpoch())
                    .ok());
    }

    QStringList userNames()
    {
        auto users = m_credentials->listUsers();
        QStringList names;
        for (const auto &u : *users)
            names << u.name;
        return names;
    }

private slots:
    void init()
    {
        auto crypto = keyward::protocol::crypto::CryptoLibrary::load();
        QVERIFY2(crypto.ok(), crypto.message().c_str());
        m_crypto = *crypto;
        m_dir = std::make_unique<QTemporaryDir>();
        m_files = StateFiles{m_dir->path(), m_dir->filePath("audit.anchors")};
        auto db = Database::open(m_files.database());
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        auto box = SecretBox::create(m_files.credentialKey());
        QVERIFY(box.ok());
        m_credentials = std::make_unique<CredentialStore>(*m_db, std::move(box).value());
        auto audit = AuditLog::open(*m_db, m_files.auditKey(), m_files.anchorFile);
        QVERIFY2(audit.ok(), audit.message().c_str());
        m_audit = std::move(audit).value();
        addUser("alice");
        addUser("bob");
        QVERIFY(m_audit->writeAnchor(QDateTime::currentMSecsSinceEpoch()).ok());
    }

    void cleanup()
    {
        m_audit.reset();
        m_credentials.reset();
        m_db.reset();
    }

    void aSnapshotRestoresIntoScratchWithTheSameCounts()
    {
        auto contents = BackupSnapshot::take(*m_db, m_files, {{"listen", "0.0.0.0"}},
                                             QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(contents.ok(), contents.message().c_str());
        for (const char *name :
             {BackupContents::Database, BackupContents::CredentialKey, BackupContents::AuditKeyFile,
              BackupContents::AuditAnchors, BackupContents::Manifest, BackupContents::Config})
            QVERIFY2(contents->files.contains(name), name);
        // Through the file format and back, as backup.create verifies it.
        auto sealed = BackupFile::seal(*contents, "a long passphrase", {12, 8, 1});
        QVERIFY(sealed.ok());
        auto opened = BackupFile::open(*sealed, "a long passphrase");
        QVERIFY(opened.ok());
        QTemporaryDir scratch;
        const BackupCheck check = BackupSnapshot::check(*opened, scratch.path());
        QVERIFY2(check.verified(), qPrintable(check.problem));
        QVERIFY(check.chainIntact);
        QCOMPARE(check.counts.users, qint64(2));
        QCOMPARE(check.counts.auditEntries, qint64(2));
        QCOMPARE(check.headHash, QString::fromLatin1(m_audit->head()->hash.toHex()));
    }

    void aDamagedSnapshotDoesNotVerify()
    {
        auto contents =
            BackupSnapshot::take(*m_db, m_files, {}, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(contents.ok());
        // Another audit key: the keyed chain cannot verify.
        contents->files[BackupContents::AuditKeyFile] = QByteArray(32, '\x01');
        QTemporaryDir scratch;
        const BackupCheck check = BackupSnapshot::check(*contents, scratch.path());
        QVERIFY(!check.verified());
        QVERIFY2(check.problem.contains("audit"), qPrintable(check.problem));
    }

    void aLiveDatabaseGetsTheOldRowsBackAndItsChainStillVerifies()
    {
        auto contents =
            BackupSnapshot::take(*m_db, m_files, {}, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(contents.ok());
        addUser("carol");
        QCOMPARE(userNames(), (QStringList{"alice", "bob", "carol"}));
        QTemporaryDir scratch;
        const QString restored = QDir(scratch.path()).filePath("keyward.db");
        QVERIFY(
            BackupSnapshot::writePrivate(restored, contents->files.value(BackupContents::Database))
                .ok());
        // The anchors go back with the chain (backup.restore keeps the replaced ones).
        QVERIFY(BackupSnapshot::writePrivate(m_files.anchorFile,
                                             contents->files.value(BackupContents::AuditAnchors))
                    .ok());
        auto swapped = BackupSnapshot::replaceDatabase(*m_db, restored, [&]() -> keyward::Status {
            auto logged = m_audit->append("root (uid 0)", "backup.restore", "b1", "ok", {},
                                          QDateTime::currentMSecsSinceEpoch());
            return logged ? keyward::Status{} : keyward::Status{logged.error()};
        });
        QVERIFY2(swapped.ok(), swapped.message().c_str());
        QCOMPARE(userNames(), (QStringList{"alice", "bob"}));
        const AuditVerification v = m_audit->verify();
        QVERIFY2(v.intact, qPrintable(v.problem + v.anchorFailure));
        AuditFilter filter;
        auto entries = m_audit->list(filter);
        QCOMPARE(entries->size(), 3);
        QCOMPARE(entries->first().action, QString("backup.restore"));
        // The restored credentials still open under the key in memory.
        auto alice = m_credentials->findUser("alice");
        QVERIFY(alice.ok() && alice->has_value() && !(*alice)->credentialDamaged);
    }

    void aFailedSwapChangesNothing()
    {
        auto contents =
            BackupSnapshot::take(*m_db, m_files, {}, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(contents.ok());
        addUser("carol");
        QTemporaryDir scratch;
        const QString restored = QDir(scratch.path()).filePath("keyward.db");
        QVERIFY(
            BackupSnapshot::writePrivate(restored, contents->files.value(BackupContents::Database))
                .ok());
        auto swapped = BackupSnapshot::replaceDatabase(*m_db, restored, []() -> keyward::Status {
            return keyward::fail(keyward::ErrorKind::Internal,
                                 "the audit entry could not be written");
        });
        QVERIFY(!swapped.ok());
        QCOMPARE(userNames(), (QStringList{"alice", "bob", "carol"}));
    }

    void installGivesANewStateDirectoryThatOpensWithTheBackupsKeys()
    {
        auto contents =
            BackupSnapshot::take(*m_db, m_files, {}, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(contents.ok());
        QTemporaryDir target;
        const StateFiles files{QDir(target.path()).filePath("state"),
                               QDir(target.path()).filePath("state/audit.anchors")};
        bool recorded = false;
        auto installed = BackupSnapshot::install(
            *contents, files,
            [&](Database &db, const StateFiles &f) -> keyward::Status {
                auto audit = AuditLog::open(db, f.auditKey(), f.anchorFile);
                if (!audit)
                    return audit.error();
                recorded =
                    (*audit)->append("keywardd --restore", "backup.restore", "f", "ok", {}, 1).ok();
                return {};
            },
            QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(installed.ok(), installed.message().c_str());
        QVERIFY(recorded);
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(files.credentialKey()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        auto db = Database::open(files.database());
        QVERIFY(db.ok());
        auto box = SecretBox::load(files.credentialKey());
        QVERIFY(box.ok());
        CredentialStore store(**db, std::move(box).value());
        auto bob = store.findUser("bob");
        QVERIFY(bob.ok() && bob->has_value() && !(*bob)->credentialDamaged);
        auto audit = AuditLog::open(**db, files.auditKey(), files.anchorFile);
        QVERIFY(audit.ok());
        const AuditVerification v = (*audit)->verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.checked, qint64(3));
    }

    void installKeepsWhatItReplaces()
    {
        auto contents =
            BackupSnapshot::take(*m_db, m_files, {}, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(contents.ok());
        QTemporaryDir target;
        const StateFiles files{target.path(), target.filePath("audit.anchors")};
        QVERIFY(BackupSnapshot::writePrivate(files.database(), "old database").ok());
        auto installed = BackupSnapshot::install(
            *contents, files, [](Database &, const StateFiles &) { return keyward::Status{}; },
            QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(installed.ok(), installed.message().c_str());
        const QStringList kept = QDir(target.path()).entryList({"before-restore-*"}, QDir::Dirs);
        QCOMPARE(kept.size(), 1);
        QFile old(QDir(target.filePath(kept.first())).filePath("keyward.db"));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old database"));
    }
};

QTEST_GUILESS_MAIN(TestBackupSnapshot)
#include "TestBackupSnapshot.moc"
