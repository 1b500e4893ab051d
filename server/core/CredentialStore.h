#pragma once

// The users and their credentials, in the state database. NT hashes are sealed with
// SecretBox (AES-256-GCM, bound to the user name); the plaintext password is never
// stored.

#include "common/Result.h"
#include "core/Database.h"
#include "core/SecretBox.h"
#include "core/UserRecord.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace keyward::core {

class CredentialStore
{
public:
    CredentialStore(Database &database, SecretBox box);
    CredentialStore(const CredentialStore &) = delete;
    CredentialStore &operator=(const CredentialStore &) = delete;

    Result<qint64> addUser(const QString &name, const NtHash &hash, qint64 now,
                           bool mustChangePassword);
    // nullopt when there is no such user; an error when the store cannot answer or the
    // sealed hash does not open.
    Result<std::optional<UserRecord>> findUser(const QString &name) const;
    Result<QList<UserRecord>> listUsers() const;

    // Sets a new credential; the one it replaces goes to the user's history (sealed).
    Status setPassword(const QString &name, const NtHash &hash, qint64 now,
                       bool mustChangePassword);
    // Whether `hash` is the current credential or one of the `depth` before it.
    Result<bool> usedBefore(const QString &name, const NtHash &hash, int depth) const;
    Status setState(const QString &name, AccountState state);
    Status deleteUser(const QString &name);

    // Counts a failed login; at `threshold` failures the account locks for
    // `lockoutSeconds`. Returns the failure count after this one.
    Result<int> recordLoginFailure(const QString &name, qint64 now, int threshold,
                                   qint64 lockoutSeconds);
    Status recordLoginSuccess(const QString &name, qint64 now, const QString &address);
    Status unlock(const QString &name);

    // Groups: a user may be in several; names compare without case.
    Status setGroups(const QString &name, const QStringList &groups);
    Result<QStringList> groupsOf(const QString &name) const;
    // The users in a group; or whose password is older than `changedBefore` (Unix
    // seconds); both filters apply when both are given.
    Result<QStringList> select(const QString &group, qint64 changedBefore) const;

private:
    Status execute(const QString &sql, const QVariantList &values, int *rowsAffected = nullptr);
    Status requireOneRow(const QString &name, const QString &sql, const QVariantList &values);

    Database &m_database;
    SecretBox m_box;
};

} // namespace keyward::core
