#include "core/CredentialStore.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <openssl/crypto.h>

namespace keyward::core {

Q_LOGGING_CATEGORY(lcStore, "keyward.store")

namespace {

QByteArray sealContext(const QString &name)
{
    return "keyward/nt-hash/v1/" + name.toLower().toUtf8();
}

QByteArray historyContext(const QString &name)
{
    return "keyward/nt-hash-history/v1/" + name.toLower().toUtf8();
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

CredentialStore::CredentialStore(Database &database, SecretBox box)
    : m_database(database), m_box(std::move(box))
{}

Status CredentialStore::execute(const QString &sql, const QVariantList &values, int *rowsAffected)
{
    QSqlQuery q(m_database.connection());
    if (!q.prepare(sql))
        return fail(ErrorKind::Internal,
                    sqlError(QStringLiteral("credential store query failed"), q.lastError()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return fail(ErrorKind::Internal,
                    sqlError(QStringLiteral("credential store update failed"), q.lastError()));
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
        return fail(ErrorKind::NotFound, "no user named '" + name.toStdString() + "'");
    return {};
}

Result<qint64> CredentialStore::addUser(const QString &name, const NtHash &hash, qint64 now,
                                        bool mustChangePassword)
{
    if (name.trimmed().isEmpty() || name.size() > 256)
        return fail("a user name must have 1 to 256 characters");
    if (auto existing = findUser(name); existing.ok() && existing->has_value())
        return fail(ErrorKind::Conflict,
                    "a user named \'" + name.toStdString() + "\' already exists");
    protocol::Bytes sealed = m_box.seal(hash, view(sealContext(name)));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO users (name, nt_hash_sealed, must_change, "
                             "password_changed_at, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(QByteArray(reinterpret_cast<const char *>(sealed.data()),
                              static_cast<qsizetype>(sealed.size())));
    q.addBindValue(mustChangePassword ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return fail(ErrorKind::Internal,
                    sqlError(QStringLiteral("cannot add user ") + name, q.lastError()));
    return q.lastInsertId().toLongLong();
}

Result<int> CredentialStore::sealedCredentialCount(const Database &database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM users")) || !q.next())
        return fail(ErrorKind::Internal,
                    sqlError(QStringLiteral("cannot count the stored credentials"), q.lastError()));
    return q.value(0).toInt();
}

Result<UserRecord> CredentialStore::readRow(const QSqlQuery &q, std::string *damage) const
{
    UserRecord user;
    user.id = q.value(0).toLongLong();
    user.name = q.value(1).toString();
    auto opened = m_box.open(view(q.value(2).toByteArray()), view(sealContext(user.name)));
    if (opened && opened->size() == user.ntHash.size()) {
        std::copy(opened->begin(), opened->end(), user.ntHash.begin());
    } else {
        user.credentialDamaged = true;
        if (damage)
            *damage = opened ? "wrong size" : opened.message();
    }
    if (opened)
        OPENSSL_cleanse(opened->data(), opened->size());
    if (!accountStateFromString(q.value(3).toString(), &user.state))
        return fail(ErrorKind::Internal,
                    "user \'" + user.name.toStdString() + "\' has an unknown state");
    user.mustChangePassword = q.value(4).toInt() != 0;
    user.passwordChangedAt = q.value(5).toLongLong();
    user.failedLogins = q.value(6).toInt();
    user.lockedUntil = q.value(7).toLongLong();
    user.lastLoginAt = q.value(8).toLongLong();
    user.lastLoginAddress = q.value(9).toString();
    user.createdAt = q.value(10).toLongLong();
    return user;
}

Result<std::optional<UserRecord>> CredentialStore::readUser(const QString &name,
                                                            std::string *damage) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM users WHERE name = ?").arg(QLatin1String(UserColumns)));
    q.addBindValue(name);
    if (!q.exec())
        return fail(ErrorKind::Internal,
                    sqlError(QStringLiteral("cannot look up user ") + name, q.lastError()));
    if (!q.next())
        return std::optional<UserRecord>();
    auto user = readRow(q, damage);
    if (!user)
        return user.error();
    return std::optional<UserRecord>(std::move(user).value());
}

Result<std::optional<UserRecord>> CredentialStore::findUser(const QString &name) const
{
    std::string damage;
    auto found = readUser(name, &damage);
    if (found && found->has_value() && (*found)->credentialDamaged)
        return fail(ErrorKind::Internal, "the stored credential of '" +
                                             (*found)->name.toStdString() +
                                             "' does not open: " + damage);
    return found;
}

Result<QList<UserRecord>> CredentialStore::listUsers() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM users ORDER BY name").arg(QLatin1String(UserColumns))))
        return fail(ErrorKind::Internal,
                    sqlError(QStringLiteral("cannot list users"), q.lastError()));
    QList<UserRecord> users;
    while (q.next()) {
        std::string damage;
        auto user = readRow(q, &damage);
        if (!user)
            return user.error();
        if (user->credentialDamaged)
            qCWarning(lcStore).noquote()
                << QStringLiteral("the stored credential of %1 does not open (%2): listed as "
                                  "damaged; set a new password for this user, or restore the "
                                  "key file it was sealed with")
                       .arg(user->name, QString::fromStdString(damage));
        users.append(std::move(user).value());
    }
    return users;
}

Status CredentialStore::setPassword(const QString &name, const NtHash &hash, qint64 now,
                                    bool mustChangePassword)
{
    auto found = readUser(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return fail(ErrorKind::NotFound, "no user named '" + name.toStdString() + "'");
    // The replaced credential joins the history, sealed with its own context (a
    // damaged one is unknown: there is nothing to remember).
    const core::UserRecord &old = **found;
    if (!old.credentialDamaged) {
        protocol::Bytes previous = m_box.seal(old.ntHash, view(historyContext(old.name)));
        if (auto kept =
                execute(QStringLiteral("INSERT INTO password_history (user_id, nt_hash_sealed, "
                                       "replaced_at) VALUES (?, ?, ?)"),
                        {old.id,
                         QByteArray(reinterpret_cast<const char *>(previous.data()),
                                    static_cast<qsizetype>(previous.size())),
                         now});
            !kept)
            return kept;
    }
    // At most 24 remembered (the policy's upper bound).
    if (auto trimmed =
            execute(QStringLiteral("DELETE FROM password_history WHERE user_id = ? AND id "
                                   "NOT IN (SELECT id FROM password_history WHERE "
                                   "user_id = ? ORDER BY id DESC LIMIT 24)"),
                    {old.id, old.id});
        !trimmed)
        return trimmed;
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
    auto user = readUser(name);
    if (!user)
        return user.error();
    if (!user->has_value())
        return fail(ErrorKind::NotFound, "no user named '" + name.toStdString() + "'");
    return (*user)->failedLogins;
}

Status CredentialStore::recordLoginSuccess(const QString &name, qint64 now, const QString &address)
{
    if (auto done = requireOneRow(name,
                                  QStringLiteral("UPDATE users SET failed_logins = 0, "
                                                 "locked_until = 0, last_login_at = ?, "
                                                 "last_login_address = ? WHERE name = ?"),
                                  {now, address, name});
        !done)
        return done;
    if (address.isEmpty())
        return {};
    // REPLACE gives the row a new rowid, so rowid order is the order of last use.
    if (auto remembered = execute(
            QStringLiteral("INSERT OR REPLACE INTO user_addresses (user_id, address, last_seen) "
                           "SELECT id, ?, ? FROM users WHERE name = ?"),
            {address, now, name});
        !remembered)
        return remembered;
    return execute(QStringLiteral("DELETE FROM user_addresses WHERE user_id = (SELECT id FROM "
                                  "users WHERE name = ?) AND rowid NOT IN (SELECT a.rowid FROM "
                                  "user_addresses a JOIN users u ON u.id = a.user_id WHERE "
                                  "u.name = ? ORDER BY a.rowid DESC LIMIT ?)"),
                   {name, name, KnownAddressesPerUser});
}

Result<bool> CredentialStore::isKnownAddress(const QString &name, const QString &address) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM user_addresses a JOIN users u ON u.id = a.user_id "
                             "WHERE u.name = ? AND a.address = ?"));
    q.addBindValue(name);
    q.addBindValue(address);
    if (!q.exec())
        return fail(
            ErrorKind::Internal,
            sqlError(QStringLiteral("cannot read the known addresses of ") + name, q.lastError()));
    return q.next();
}

Result<QStringList> CredentialStore::knownAddresses(const QString &name) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT a.address FROM user_addresses a JOIN users u ON "
                             "u.id = a.user_id WHERE u.name = ? ORDER BY a.rowid DESC"));
    q.addBindValue(name);
    if (!q.exec())
        return fail(
            ErrorKind::Internal,
            sqlError(QStringLiteral("cannot read the known addresses of ") + name, q.lastError()));
    QStringList addresses;
    while (q.next())
        addresses << q.value(0).toString();
    return addresses;
}

Status CredentialStore::unlock(const QString &name)
{
    return requireOneRow(
        name, QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = 0 WHERE name = ?"),
        {name});
}

} // namespace keyward::core

namespace keyward::core {

Status CredentialStore::setGroups(const QString &name, const QStringList &groups)
{
    auto found = readUser(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return fail(ErrorKind::NotFound, "no user named '" + name.toStdString() + "'");
    const qint64 id = (*found)->id;
    if (auto cleared = execute(QStringLiteral("DELETE FROM user_groups WHERE user_id = ?"), {id});
        !cleared)
        return cleared;
    for (const QString &g : groups) {
        const QString group = g.trimmed();
        if (group.isEmpty() || group.size() > 64)
            return fail("a group name must have 1 to 64 characters");
        if (auto added = execute(QStringLiteral("INSERT OR IGNORE INTO user_groups (user_id, name) "
                                                "VALUES (?, ?)"),
                                 {id, group});
            !added)
            return added;
    }
    return {};
}

Result<QStringList> CredentialStore::groupsOf(const QString &name) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT g.name FROM user_groups g JOIN users u ON u.id = g.user_id "
                             "WHERE u.name = ? ORDER BY g.name"));
    q.addBindValue(name);
    if (!q.exec())
        return fail(ErrorKind::Internal,
                    "cannot read groups: " + q.lastError().text().toStdString());
    QStringList groups;
    while (q.next())
        groups << q.value(0).toString();
    return groups;
}

Result<QStringList> CredentialStore::select(const QString &group, qint64 changedBefore) const
{
    QString sql = QStringLiteral("SELECT u.name FROM users u WHERE 1=1");
    QVariantList values;
    if (!group.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM user_groups g WHERE g.user_id = u.id "
                              "AND g.name = ?)");
        values << group;
    }
    if (changedBefore > 0) {
        sql += QStringLiteral(" AND u.password_changed_at < ?");
        values << changedBefore;
    }
    sql += QStringLiteral(" ORDER BY u.name");
    QSqlQuery q(m_database.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return fail(ErrorKind::Internal,
                    "cannot select users: " + q.lastError().text().toStdString());
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace keyward::core

namespace keyward::core {

Result<bool> CredentialStore::usedBefore(const QString &name, const NtHash &hash, int depth) const
{
    auto found = readUser(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return fail(ErrorKind::NotFound, "no user named '" + name.toStdString() + "'");
    const UserRecord &user = **found;
    if (!user.credentialDamaged && protocol::constantTimeEqual(user.ntHash, hash))
        return true;
    if (depth <= 1)
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT nt_hash_sealed FROM password_history WHERE user_id = ? "
                             "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(user.id);
    q.addBindValue(depth - 1);
    if (!q.exec())
        return fail(ErrorKind::Internal,
                    "cannot read the password history: " + q.lastError().text().toStdString());
    while (q.next()) {
        auto opened = m_box.open(view(q.value(0).toByteArray()), view(historyContext(user.name)));
        if (opened && protocol::constantTimeEqual(*opened, hash))
            return true;
    }
    return false;
}

} // namespace keyward::core
