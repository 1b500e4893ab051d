#pragma once

// The users and their credentials, in the state database. NT hashes are sealed with
// SecretBox (AES-256-GCM, bound to the user name); the plaintext password is never
// stored. Each user also has a short list of the addresses they signed in from, so a
// lockout can count only failures from those. Methods that write more than one row
// join the caller's transaction (Database::transaction) and expect to be in one.

#include "common/Result.h"
#include "core/Database.h"
#include "core/SecretBox.h"
#include "core/UserRecord.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <string>

class QSqlQuery;

namespace keyward::core {

class CredentialStore
{
public:
    // How many addresses a user's known set keeps (the most recent sign-ins).
    static constexpr int KnownAddressesPerUser = 10;

    CredentialStore(Database &database, SecretBox box);
    CredentialStore(const CredentialStore &) = delete;
    CredentialStore &operator=(const CredentialStore &) = delete;

    // How many users `database` holds sealed credentials for (every user has one).
    // Without their key file none of them can sign in, so a new key may be made only
    // when this is 0; it needs no key itself.
    static Result<int> sealedCredentialCount(const Database &database);

    Result<qint64> addUser(const QString &name, const NtHash &hash, qint64 now,
                           bool mustChangePassword);
    // nullopt when there is no such user; an error when the store cannot answer or the
    // sealed hash does not open.
    Result<std::optional<UserRecord>> findUser(const QString &name) const;
    // Every user by name. A user whose sealed hash does not open is logged as a
    // warning naming them and listed with credentialDamaged set, so one bad row does
    // not hide the others.
    Result<QList<UserRecord>> listUsers() const;

    // Sets a new credential; the one it replaces goes to the user's history (sealed),
    // unless it is damaged (then a new password is how the user gets back in).
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
    // Clears the failure count and any lockout, records the login, and remembers
    // `address` (when not empty) among the user's last KnownAddressesPerUser.
    Status recordLoginSuccess(const QString &name, qint64 now, const QString &address);
    Status unlock(const QString &name);
    // Whether the user signed in successfully from `address` before (among the
    // remembered ones); false for an unknown user.
    Result<bool> isKnownAddress(const QString &name, const QString &address) const;
    // The user's remembered addresses, the most recent first.
    Result<QStringList> knownAddresses(const QString &name) const;

    // Groups: a user may be in several; names compare without case.
    Status setGroups(const QString &name, const QStringList &groups);
    Result<QStringList> groupsOf(const QString &name) const;
    // The users in a group; or whose password is older than `changedBefore` (Unix
    // seconds); both filters apply when both are given.
    Result<QStringList> select(const QString &group, qint64 changedBefore) const;

private:
    // Like findUser, but a record whose sealed hash does not open comes back with
    // credentialDamaged set (and `damage` saying why) instead of as an error.
    Result<std::optional<UserRecord>> readUser(const QString &name,
                                               std::string *damage = nullptr) const;
    Result<UserRecord> readRow(const QSqlQuery &row, std::string *damage) const;
    Status execute(const QString &sql, const QVariantList &values, int *rowsAffected = nullptr);
    Status requireOneRow(const QString &name, const QString &sql, const QVariantList &values);

    Database &m_database;
    SecretBox m_box;
};

} // namespace keyward::core
