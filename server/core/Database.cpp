#include "core/Database.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace keyward::core {

namespace {

// Migration N brings the schema from version N-1 to N. Append; never edit one that
// has shipped.
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
    // 2: the hash-chained audit trail and the anchor retention leaves behind
    "CREATE TABLE audit ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " at INTEGER NOT NULL,"
    " actor TEXT NOT NULL,"
    " action TEXT NOT NULL,"
    " target TEXT NOT NULL,"
    " outcome TEXT NOT NULL,"
    " details TEXT NOT NULL,"
    " prev_hash BLOB NOT NULL,"
    " hash BLOB NOT NULL);"
    "CREATE INDEX audit_at ON audit (at);"
    "CREATE TABLE audit_anchor (first_id INTEGER NOT NULL, prev_hash BLOB NOT NULL,"
    " pruned_at INTEGER NOT NULL)",
    // 3: settings the admin changes at run time (the policy), as JSON
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    // 4: ended sessions and why they ended
    "CREATE TABLE session_history ("
    " id INTEGER PRIMARY KEY,"
    " user TEXT NOT NULL,"
    " peer_address TEXT NOT NULL,"
    " tunnel_address TEXT NOT NULL,"
    " mppe TEXT NOT NULL,"
    " started_at INTEGER NOT NULL,"
    " ended_at INTEGER NOT NULL,"
    " end_reason TEXT NOT NULL,"
    " bytes_in INTEGER NOT NULL,"
    " bytes_out INTEGER NOT NULL);"
    "CREATE INDEX session_history_ended ON session_history (ended_at)",
    // 5: groups of users (for rotation and reporting)
    "CREATE TABLE user_groups ("
    " user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
    " name TEXT NOT NULL COLLATE NOCASE,"
    " PRIMARY KEY (user_id, name))",
    // 6: earlier credentials, sealed, for the password-history rule
    "CREATE TABLE password_history ("
    " id INTEGER PRIMARY KEY,"
    " user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
    " nt_hash_sealed BLOB NOT NULL,"
    " replaced_at INTEGER NOT NULL)",
    // 7: API tokens for remote consoles, stored as SHA-256 hashes
    "CREATE TABLE api_tokens ("
    " name TEXT PRIMARY KEY COLLATE NOCASE,"
    " hash BLOB NOT NULL UNIQUE,"
    " created_at INTEGER NOT NULL,"
    " last_used_at INTEGER NOT NULL DEFAULT 0)",
    // 8: the addresses each user signed in from lately (for a lockout that failures
    // from elsewhere cannot trigger), seeded with the last login address
    "CREATE TABLE user_addresses ("
    " user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
    " address TEXT NOT NULL,"
    " last_seen INTEGER NOT NULL,"
    " PRIMARY KEY (user_id, address));"
    "INSERT INTO user_addresses (user_id, address, last_seen)"
    " SELECT id, last_login_address, last_login_at FROM users WHERE last_login_address <> ''",
    // 9: where the audit chain became keyed (an HMAC under audit.key) and which key
    // keyed it (an id derived from the key, not the key)
    "CREATE TABLE audit_keying (first_id INTEGER NOT NULL, key_id BLOB NOT NULL)",
    // 10: what each API token may do: its admin role (tokens made before roles keep the
    // full rights they had), an expiry (0: never), the networks it may be used from
    // (comma separated, empty: any) and where it was last used from
    "ALTER TABLE api_tokens ADD COLUMN role TEXT NOT NULL DEFAULT 'admin';"
    "ALTER TABLE api_tokens ADD COLUMN expires_at INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE api_tokens ADD COLUMN sources TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE api_tokens ADD COLUMN last_used_from TEXT NOT NULL DEFAULT ''",
};

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return static_cast<int>(std::size(Migrations));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("keyward-db-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(name, path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid())
        return fail(ErrorKind::Unavailable,
                    "the Qt SQLite driver is missing (install libqt6sql6-sqlite)");
    db.setDatabaseName(path);
    if (!db.open())
        return fail(ErrorKind::Unavailable, "cannot open the database " + path.toStdString() +
                                                ": " + db.lastError().text().toStdString());
    QSqlQuery pragma(db);
    for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                            "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
        if (!pragma.exec(QString::fromLatin1(sql)))
            return fail(ErrorKind::Unavailable, "cannot set up the database " + path.toStdString() +
                                                    ": " + pragma.lastError().text().toStdString());
    }
    if (auto migrated = database->migrate(); !migrated)
        return migrated.error();
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                               "NOT NULL)")))
        return fail(ErrorKind::Internal,
                    "cannot create the schema table: " + q.lastError().text().toStdString());
    const int current = schemaVersion();
    const int known = latestSchemaVersion();
    if (current > known)
        return fail(ErrorKind::Unavailable,
                    "the database has schema version " + std::to_string(current) +
                        " but this keywardd knows only up to " + std::to_string(known) +
                        "; run the newer keywardd that wrote it");
    for (int version = current + 1; version <= known; ++version) {
        auto step = transaction([&]() -> Status {
            QSqlQuery s(db);
            // SQLite runs one statement per exec(): split the migration.
            const QStringList statements =
                QString::fromLatin1(Migrations[version - 1]).split(';', Qt::SkipEmptyParts);
            for (const QString &statement : statements) {
                if (!s.exec(statement))
                    return fail(ErrorKind::Internal,
                                "migration to schema version " + std::to_string(version) +
                                    " failed: " + s.lastError().text().toStdString());
            }
            if (!s.exec(QStringLiteral("DELETE FROM schema_version")) ||
                !s.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1)").arg(version)))
                return fail(ErrorKind::Internal,
                            "migration to schema version " + std::to_string(version) +
                                " failed: " + s.lastError().text().toStdString());
            return {};
        });
        if (!step)
            return step;
    }
    return {};
}

Status Database::begin()
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return fail(ErrorKind::Internal,
                    "cannot start a transaction: " + db.lastError().text().toStdString());
    return {};
}

Status Database::commit()
{
    QSqlDatabase db = connection();
    if (!db.commit()) {
        const std::string why = db.lastError().text().toStdString();
        db.rollback();
        return fail(ErrorKind::Internal,
                    "cannot commit (disk full?): " + why + "; nothing was changed");
    }
    return {};
}

void Database::rollback()
{
    connection().rollback();
}

} // namespace keyward::core
