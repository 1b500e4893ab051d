#include "core/CredentialStore.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace keyward::core {

using protocol::fail;

namespace {

// Migration N brings the schema from version N-1 to N. Append, never edit.
const char *const Migrations[] = {
    // 1: users and their sealed credentials
    "CREATE TABLE users ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " nt_hash_sealed BLOB NOT NULL,"
    " state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active','disabled','revoked')),"
    " must_change INTEGER NOT NULL DEFAULT 0,"
    " password_changed_at INTEGER NOT NULL,"
    " failed_logins INTEGER NOT NULL DEFAULT 0,"
    " locked_until INTEGER NOT NULL DEFAULT 0,"
    " last_login_at INTEGER NOT NULL DEFAULT 0,"
    " last_login_address TEXT NOT NULL DEFAULT '',"
    " created_at INTEGER NOT NULL)",
};

QByteArray sealContext(const QString &name)
{
    return "keyward/nt-hash/v1/" + name.toLower().toUtf8();
}

protocol::ByteView view(const QByteArray &bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.constData()),
            static_cast<std::size_t>(bytes.size())};
}

std::string sqlError(const QString &what, const QSqlError &error)
{
    return (what + QStringLiteral(": ") + error.text()).toStdString();
}

const char *const UserColumns = "id, name, nt_hash_sealed, state, must_change, "
                                "password_changed_at, failed_logins, locked_until, "
                                "last_login_at, last_login_address, created_at";

} // namespace

CredentialStore::CredentialStore(QString connectionName, SecretBox box)
    : m_connectionName(std::move(connectionName)), m_box(std::move(box))
{}

CredentialStore::~CredentialStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<CredentialStore>> CredentialStore::open(const QString &databasePath,
                                                               SecretBox box)
{
    static QAtomicInteger<int> counter;
    QString connection =
        QStringLiteral("keyward-credentials-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<CredentialStore> store(new CredentialStore(connection, std::move(box)));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    if (!db.isValid())
        return fail("the Qt SQLite driver is missing (install libqt6sql6-sqlite)");
    db.setDatabaseName(databasePath);
    if (!db.open())
        return fail(sqlError(QStringLiteral("cannot open the credential store ") + databasePath,
                             db.lastError()));
    QSqlQuery pragma(db);
    for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                            "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
        if (!pragma.exec(QString::fromLatin1(sql)))
            return fail(
                sqlError(QStringLiteral("cannot set up the credential store"), pragma.lastError()));
    }
    if (auto migrated = store->migrate(); !migrated)
        return migrated.error();
    return store;
}

Status CredentialStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                               "NOT NULL)")))
        return fail(sqlError(QStringLiteral("cannot create the schema table"), q.lastError()));
    int current = schemaVersion();
    const int known = static_cast<int>(std::size(Migrations));
    if (current > known)
        return fail("the credential store has schema version " + std::to_string(current) +
                    " but this keywardd knows only up to " + std::to_string(known) +
                    "; run the newer keywardd that wrote it");
    for (int version = current + 1; version <= known; ++version) {
        if (!db.transaction())
            return fail(sqlError(QStringLiteral("cannot start a migration"), db.lastError()));
        QSqlQuery step(db);
        bool ok = step.exec(QString::fromLatin1(Migrations[version - 1])) &&
                  step.exec(QStringLiteral("DELETE FROM schema_version")) &&
                  step.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1)").arg(version));
        if (!ok) {
            QString error = step.lastError().text();
            db.rollback();
            return fail("migration to schema version " + std::to_string(version) +
                        " failed: " + error.toStdString());
        }
        if (!db.commit())
            return fail(sqlError(QStringLiteral("cannot commit a migration"), db.lastError()));
    }
    return {};
}

int CredentialStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

Status CredentialStore::execute(const QString &sql, const QVariantList &values, int *rowsAffected)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.prepare(sql))
        return fail(sqlError(QStringLiteral("credential store query failed"), q.lastError()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return fail(sqlError(QStringLiteral("credential store update failed"), q.lastError()));
    if (rowsAffected)
        *rowsAffected = q.numRowsAffected();
    return {};
}

Status CredentialStore::requireOneRow(const QString &name, const QString &sql,
                                      const QVariantList &values)
{
    int rows = 0;
    if (auto done = execute(sql, values, &rows); !done)
        return done;
    if (rows == 0)
        return fail("no user named '" + name.toStdString() + "'");
    return {};
}

Result<qint64> CredentialStore::addUser(const QString &name, const NtHash &hash, qint64 now,
                                        bool mustChangePassword)
{
    if (name.trimmed().isEmpty() || name.size() > 256)
        return fail("a user name must have 1 to 256 characters");
    if (auto existing = findUser(name); existing.ok() && existing->has_value())
        return fail("a user named '" + name.toStdString() + "' already exists");
    protocol::Bytes sealed = m_box.seal(hash, view(sealContext(name)));
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("INSERT INTO users (name, nt_hash_sealed, must_change, "
                             "password_changed_at, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(QByteArray(reinterpret_cast<const char *>(sealed.data()),
                              static_cast<qsizetype>(sealed.size())));
    q.addBindValue(mustChangePassword ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return fail(sqlError(QStringLiteral("cannot add user ") + name, q.lastError()));
    return q.lastInsertId().toLongLong();
}

Result<std::optional<UserRecord>> CredentialStore::findUser(const QString &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(
        QStringLiteral("SELECT %1 FROM users WHERE name = ?").arg(QLatin1String(UserColumns)));
    q.addBindValue(name);
    if (!q.exec())
        return fail(sqlError(QStringLiteral("cannot look up user ") + name, q.lastError()));
    if (!q.next())
        return std::optional<UserRecord>();
    UserRecord user;
    user.id = q.value(0).toLongLong();
    user.name = q.value(1).toString();
    auto opened = m_box.open(view(q.value(2).toByteArray()), view(sealContext(user.name)));
    if (!opened || opened->size() != user.ntHash.size())
        return fail("the stored credential of '" + user.name.toStdString() +
                    "' does not open: " + (opened ? "wrong size" : opened.message()));
    std::copy(opened->begin(), opened->end(), user.ntHash.begin());
    if (!accountStateFromString(q.value(3).toString(), &user.state))
        return fail("user '" + user.name.toStdString() + "' has an unknown state");
    user.mustChangePassword = q.value(4).toInt() != 0;
    user.passwordChangedAt = q.value(5).toLongLong();
    user.failedLogins = q.value(6).toInt();
    user.lockedUntil = q.value(7).toLongLong();
    user.lastLoginAt = q.value(8).toLongLong();
    user.lastLoginAddress = q.value(9).toString();
    user.createdAt = q.value(10).toLongLong();
    return std::optional<UserRecord>(std::move(user));
}

Result<QList<UserRecord>> CredentialStore::listUsers() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("SELECT name FROM users ORDER BY name")))
        return fail(sqlError(QStringLiteral("cannot list users"), q.lastError()));
    QList<UserRecord> users;
    while (q.next()) {
        auto user = findUser(q.value(0).toString());
        if (!user)
            return user.error();
        if (user->has_value())
            users.append(std::move(**user));
    }
    return users;
}

Status CredentialStore::setPassword(const QString &name, const NtHash &hash, qint64 now,
                                    bool mustChangePassword)
{
    auto found = findUser(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return fail("no user named '" + name.toStdString() + "'");
    protocol::Bytes sealed = m_box.seal(hash, view(sealContext((*found)->name)));
    return requireOneRow(
        name,
        QStringLiteral("UPDATE users SET nt_hash_sealed = ?, must_change = ?, "
                       "password_changed_at = ?, failed_logins = 0, locked_until = 0 "
                       "WHERE name = ?"),
        {QByteArray(reinterpret_cast<const char *>(sealed.data()),
                    static_cast<qsizetype>(sealed.size())),
         mustChangePassword ? 1 : 0, now, name});
}

Status CredentialStore::setState(const QString &name, AccountState state)
{
    return requireOneRow(name, QStringLiteral("UPDATE users SET state = ? WHERE name = ?"),
                         {toString(state), name});
}

Status CredentialStore::deleteUser(const QString &name)
{
    return requireOneRow(name, QStringLiteral("DELETE FROM users WHERE name = ?"), {name});
}

Result<int> CredentialStore::recordLoginFailure(const QString &name, qint64 now, int threshold,
                                                qint64 lockoutSeconds)
{
    // One statement, so concurrent failures cannot lose a count.
    if (auto done =
            requireOneRow(name,
                          QStringLiteral("UPDATE users SET failed_logins = failed_logins + 1, "
                                         "locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? "
                                         "ELSE locked_until END WHERE name = ?"),
                          {threshold, now + lockoutSeconds, name});
        !done)
        return done.error();
    auto user = findUser(name);
    if (!user)
        return user.error();
    return (*user)->failedLogins;
}

Status CredentialStore::recordLoginSuccess(const QString &name, qint64 now, const QString &address)
{
    return requireOneRow(name,
                         QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = 0, "
                                        "last_login_at = ?, last_login_address = ? "
                                        "WHERE name = ?"),
                         {now, address, name});
}

Status CredentialStore::unlock(const QString &name)
{
    return requireOneRow(
        name, QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = 0 WHERE name = ?"),
        {name});
}

} // namespace keyward::core
