// The credential store on a real SQLite file: users persist, hashes are sealed,
// lockout counts, each user's recent addresses are remembered (bounded), and a row
// that does not unseal is listed as damaged instead of breaking the list.

#include "core/AccountRules.h"
#include "core/CredentialStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward::core;

namespace {
NtHash hashOf(std::uint8_t seed)
{
    NtHash h{};
    for (std::size_t i = 0; i < h.size(); ++i)
        h[i] = static_cast<std::uint8_t>(seed + i * 13);
    return h;
}
} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_key = SecretBox::create(m_dir->filePath("store.key")).ok();
    }

    void usersPersistAcrossReopenWithSealedHashes()
    {
        QVERIFY(m_key);
        QString db = m_dir->filePath("keyward.db");
        {
            auto store = openStore(db);
            QVERIFY(store);
            QCOMPARE(m_database->schemaVersion(), Database::latestSchemaVersion());
            auto id = store->addUser("alice", hashOf(7), 1000, false);
            QVERIFY2(id.ok(), id.ok() ? "" : id.message().c_str());
            QVERIFY(store->addUser("Bob", hashOf(9), 1000, true).ok());
        }
        auto store = openStore(db);
        QVERIFY(store);
        auto alice = store->findUser("ALICE");
        QVERIFY(alice.ok() && alice->has_value());
        QCOMPARE((*alice)->name, QString("alice"));
        QVERIFY((*alice)->ntHash == hashOf(7));
        QVERIFY((*alice)->state == AccountState::Active);
        QCOMPARE((*alice)->passwordChangedAt, qint64(1000));
        auto bob = store->findUser("bob");
        QVERIFY(bob.ok() && bob->has_value() && (*bob)->mustChangePassword);
        auto nobody = store->findUser("carol");
        QVERIFY(nobody.ok() && !nobody->has_value());
        auto all = store->listUsers();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        store.reset();

        // The raw hash bytes appear nowhere in the database file or its WAL.
        QByteArray raw(reinterpret_cast<const char *>(hashOf(7).data()), 16);
        for (QString file : {db, db + "-wal"}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(raw), qPrintable(file));
        }
    }

    void duplicateAndEmptyNamesAreRefused()
    {
        auto store = openStore(m_dir->filePath("k.db"));
        QVERIFY(store);
        QVERIFY(store->addUser("alice", hashOf(1), 1, false).ok());
        auto again = store->addUser("Alice", hashOf(2), 1, false);
        QVERIFY(!again.ok());
        QVERIFY(again.message().find("already exists") != std::string::npos);
        QVERIFY(!store->addUser("  ", hashOf(2), 1, false).ok());
        auto missing = store->setState("nobody", AccountState::Disabled);
        QVERIFY(!missing.ok());
        QVERIFY(missing.message().find("no user named 'nobody'") != std::string::npos);
    }

    void failuresLockTheAccountAndSuccessOrUnlockClearsIt()
    {
        auto store = openStore(m_dir->filePath("k.db"));
        QVERIFY(store);
        QVERIFY(store->addUser("alice", hashOf(1), 1, false).ok());
        for (int i = 1; i <= 4; ++i) {
            auto count = store->recordLoginFailure("alice", 100, 5, 900);
            QVERIFY(count.ok());
            QCOMPARE(*count, i);
        }
        QVERIFY(!(*store->findUser("alice").value()).isLocked(100));
        QCOMPARE(*store->recordLoginFailure("alice", 100, 5, 900), 5);
        auto locked = *store->findUser("alice").value();
        QVERIFY(locked.isLocked(100));
        QVERIFY(locked.isLocked(999));
        QVERIFY(!locked.isLocked(1000));
        QVERIFY(store->unlock("alice").ok());
        QVERIFY(!(*store->findUser("alice").value()).isLocked(100));

        QVERIFY(store->recordLoginFailure("alice", 100, 5, 900).ok());
        QVERIFY(store->recordLoginSuccess("alice", 200, "192.0.2.7").ok());
        auto user = *store->findUser("alice").value();
        QCOMPARE(user.failedLogins, 0);
        QCOMPARE(user.lastLoginAt, qint64(200));
        QCOMPARE(user.lastLoginAddress, QString("192.0.2.7"));
    }

    void stateAndPasswordChanges()
    {
        auto store = openStore(m_dir->filePath("k.db"));
        QVERIFY(store);
        QVERIFY(store->addUser("alice", hashOf(1), 1, true).ok());
        QVERIFY(store->setState("alice", AccountState::Revoked).ok());
        QVERIFY((*store->findUser("alice").value()).state == AccountState::Revoked);
        QVERIFY(store->setPassword("alice", hashOf(3), 50, false).ok());
        auto user = *store->findUser("alice").value();
        QVERIFY(user.ntHash == hashOf(3));
        QVERIFY(!user.mustChangePassword);
        QCOMPARE(user.passwordChangedAt, qint64(50));
        QVERIFY(store->deleteUser("alice").ok());
        QVERIFY(!store->findUser("alice").value().has_value());
    }

    void replacedCredentialsAreRememberedForTheHistoryRule()
    {
        auto store = openStore(m_dir->filePath("k.db"));
        QVERIFY(store);
        QVERIFY(store->addUser("anna", hashOf(1), 100, false).ok());
        for (std::uint8_t i = 2; i <= 4; ++i)
            QVERIFY(store->setPassword("anna", hashOf(i), 100 + i, false).ok());
        // Current is 4; before it 3, 2, 1.
        QVERIFY(store->usedBefore("anna", hashOf(4), 1).value());
        QVERIFY(!store->usedBefore("anna", hashOf(3), 1).value());
        QVERIFY(store->usedBefore("anna", hashOf(3), 2).value());
        QVERIFY(!store->usedBefore("anna", hashOf(1), 3).value());
        QVERIFY(store->usedBefore("anna", hashOf(1), 4).value());
        QVERIFY(!store->usedBefore("anna", hashOf(9), 24).value());
        QVERIFY(!store->usedBefore("nobody", hashOf(1), 5).ok());
    }

    void groupsAndSelection()
    {
        auto store = openStore(m_dir->filePath("k.db"));
        QVERIFY(store);
        QVERIFY(store->addUser("anna", hashOf(1), 100, false).ok());
        QVERIFY(store->addUser("ben", hashOf(2), 500, false).ok());
        QVERIFY(store->addUser("cara", hashOf(3), 100, false).ok());
        QVERIFY(store->setGroups("anna", {"Sales", "north"}).ok());
        QVERIFY(store->setGroups("ben", {"sales"}).ok());
        QCOMPARE(store->groupsOf("anna").value(), QStringList({"north", "Sales"}));
        QCOMPARE(store->select("SALES", 0).value(), QStringList({"anna", "ben"}));
        QCOMPARE(store->select({}, 200).value(), QStringList({"anna", "cara"}));
        QCOMPARE(store->select("sales", 200).value(), QStringList({"anna"}));
        QVERIFY(!store->setGroups("anna", {""}).ok());
        QVERIFY(!store->setGroups("nobody", {"x"}).ok());
        QVERIFY(store->deleteUser("anna").ok()); // groups go with the user
        QCOMPARE(store->select("north", 0).value(), QStringList());
    }

    void aDifferentKeyCannotReadTheHashes()
    {
        QString db = m_dir->filePath("k.db");
        {
            auto store = openStore(db);
            QVERIFY(store && store->addUser("alice", hashOf(1), 1, false).ok());
        }
        std::array<std::uint8_t, 32> other{};
        auto database = Database::open(db);
        QVERIFY(database.ok());
        CredentialStore store(**database, SecretBox::fromKey(other));
        auto user = store.findUser("alice");
        QVERIFY(!user.ok());
        QVERIFY(user.message().find("does not open") != std::string::npos);
    }

    void theSealedCredentialsAreCountedWithoutTheKey()
    {
        auto store = openStore(m_dir->filePath("k.db"));
        QVERIFY(store);
        QCOMPARE(CredentialStore::sealedCredentialCount(*m_database).value(), 0);
        QVERIFY(store->addUser("alice", hashOf(1), 1, false).ok());
        QVERIFY(store->addUser("bob", hashOf(2), 1, false).ok());
        QCOMPARE(CredentialStore::sealedCredentialCount(*m_database).value(), 2);
    }

    void aRowThatDoesNotOpenIsListedAsDamaged()
    {
        const QString db = m_dir->filePath("k.db");
        {
            auto store = openStore(db);
            QVERIFY(store && store->addUser("alice", hashOf(1), 1, false).ok());
        }
        // bob's row sealed under another key, as if copied from another server.
        std::array<std::uint8_t, 32> other{};
        other[0] = 7;
        {
            CredentialStore foreign(*m_database, SecretBox::fromKey(other));
            QVERIFY(foreign.addUser("bob", hashOf(2), 1, false).ok());
        }
        // carol's sealed value damaged on disk.
        auto store = openStore(db);
        QVERIFY(store && store->addUser("carol", hashOf(3), 1, false).ok());
        QSqlQuery damage(m_database->connection());
        QVERIFY(damage.exec("UPDATE users SET nt_hash_sealed = zeroblob(44) WHERE name = 'carol'"));

        auto all = store->listUsers();
        QVERIFY2(all.ok(), all.message().c_str());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).name, QString("alice"));
        QVERIFY(!all->at(0).credentialDamaged);
        QVERIFY(all->at(0).ntHash == hashOf(1));
        QVERIFY(all->at(1).credentialDamaged);
        QVERIFY(all->at(1).ntHash == NtHash{});
        QVERIFY(all->at(2).credentialDamaged);
        const Policy policy;
        QCOMPARE(AccountRules(policy).displayState(all->at(1), 100), QString("damaged"));
        QCOMPARE(AccountRules(policy).displayState(all->at(0), 100), QString("active"));

        // Looking one up to sign in is still an error; a new password repairs it.
        auto bob = store->findUser("bob");
        QVERIFY(!bob.ok());
        QVERIFY(bob.message().find("does not open") != std::string::npos);
        QVERIFY(store->setPassword("bob", hashOf(4), 50, true).ok());
        auto repaired = store->findUser("bob");
        QVERIFY(repaired.ok() && repaired->has_value());
        QVERIFY((*repaired)->ntHash == hashOf(4));
    }

    void theLastTenAddressesAreKnown()
    {
        auto store = openStore(m_dir->filePath("k.db"));
        QVERIFY(store);
        QVERIFY(store->addUser("alice", hashOf(1), 1, false).ok());
        QVERIFY(store->addUser("bob", hashOf(2), 1, false).ok());
        QVERIFY(!store->isKnownAddress("alice", "192.0.2.1").value());
        for (int i = 1; i <= 12; ++i)
            QVERIFY(store->recordLoginSuccess("alice", 100 + i, QString("192.0.2.%1").arg(i)).ok());
        QVERIFY(store->recordLoginSuccess("alice", 200, "").ok()); // no address: none kept
        auto known = store->knownAddresses("alice").value();
        QCOMPARE(known.size(), CredentialStore::KnownAddressesPerUser);
        QCOMPARE(known.first(), QString("192.0.2.12"));
        QCOMPARE(known.last(), QString("192.0.2.3"));
        QVERIFY(!store->isKnownAddress("alice", "192.0.2.2").value());
        QVERIFY(store->isKnownAddress("ALICE", "192.0.2.3").value());
        QVERIFY(!store->isKnownAddress("bob", "192.0.2.3").value()); // per user
        // Signing in again from an old address makes it the most recent.
        QVERIFY(store->recordLoginSuccess("alice", 300, "192.0.2.3").ok());
        QVERIFY(store->recordLoginSuccess("alice", 301, "198.51.100.1").ok());
        known = store->knownAddresses("alice").value();
        QCOMPARE(known.size(), CredentialStore::KnownAddressesPerUser);
        QCOMPARE(known.mid(0, 2), QStringList({"198.51.100.1", "192.0.2.3"}));
        QVERIFY(!store->isKnownAddress("alice", "192.0.2.4").value());
        QVERIFY(store->deleteUser("alice").ok()); // the addresses go with the user
        QSqlQuery left(m_database->connection());
        QVERIFY(left.exec("SELECT COUNT(*) FROM user_addresses") && left.next());
        QCOMPARE(left.value(0).toInt(), 0);
    }

    void anOlderDatabaseKnowsEachUsersLastLoginAddress()
    {
        const QString db = m_dir->filePath("k.db");
        {
            auto store = openStore(db);
            QVERIFY(store && store->addUser("alice", hashOf(1), 1, false).ok());
            QVERIFY(store->addUser("bob", hashOf(2), 1, false).ok());
            QVERIFY(store->recordLoginSuccess("alice", 100, "192.0.2.7").ok());
            // Back to the schema before known addresses (version 7), token table and
            // audit keying included.
            QSqlQuery q(m_database->connection());
            QVERIFY(q.exec("DROP TABLE user_addresses"));
            QVERIFY(q.exec("DROP TABLE audit_keying"));
            QVERIFY(q.exec("DROP TABLE api_tokens"));
            QVERIFY(q.exec("CREATE TABLE api_tokens (name TEXT PRIMARY KEY COLLATE NOCASE,"
                           " hash BLOB NOT NULL UNIQUE, created_at INTEGER NOT NULL,"
                           " last_used_at INTEGER NOT NULL DEFAULT 0)"));
            QVERIFY(q.exec("UPDATE schema_version SET version = 7"));
        }
        auto store = openStore(db);
        QVERIFY(store);
        QCOMPARE(m_database->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(store->knownAddresses("alice").value(), QStringList({"192.0.2.7"}));
        QCOMPARE(store->knownAddresses("bob").value(), QStringList());
    }

private:
    std::unique_ptr<CredentialStore> openStore(const QString &path)
    {
        auto box = SecretBox::load(m_dir->filePath("store.key"));
        if (!box)
            return nullptr;
        m_database.reset();
        auto database = Database::open(path);
        if (!database) {
            qWarning("%s", database.message().c_str());
            return nullptr;
        }
        m_database = std::move(database).value();
        return std::make_unique<CredentialStore>(*m_database, std::move(box).value());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    bool m_key = false;
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "TestCredentialStore.moc"
