#include "core/AccountRules.h"

#include "core/CredentialStore.h"
#include "mschapv2/MsChapV2Crypto.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <string>

namespace keyward::core {

namespace {
constexpr qint64 SecondsPerDay = 86400;
} // namespace

qint64 AccountRules::passwordExpiresAt(const UserRecord &user) const
{
    return user.passwordChangedAt + qint64(m_policy.passwordMaxAgeDays) * SecondsPerDay;
}

bool AccountRules::passwordExpired(const UserRecord &user, qint64 now) const
{
    return passwordExpiresAt(user) < now;
}

int AccountRules::daysLeft(const UserRecord &user, qint64 now) const
{
    return static_cast<int>((passwordExpiresAt(user) - now) / SecondsPerDay);
}

SignInState AccountRules::signInState(const UserRecord &user, qint64 now) const
{
    if (user.state != AccountState::Active)
        return SignInState::Disabled;
    if (user.isLocked(now))
        return SignInState::Locked;
    if (user.mustChangePassword || passwordExpired(user, now))
        return SignInState::MustChangePassword;
    return SignInState::Allowed;
}

QString AccountRules::displayState(const UserRecord &user, qint64 now) const
{
    if (user.credentialDamaged)
        return QStringLiteral("damaged");
    return user.isLocked(now) ? QStringLiteral("locked") : toString(user.state);
}

Status AccountRules::checkNewPassword(const QString &password) const
{
    return m_policy.checkPassword(password);
}

Status AccountRules::checkNotReused(const CredentialStore &store, const QString &name,
                                    const NtHash &candidate) const
{
    if (m_policy.passwordHistory <= 0)
        return {};
    auto used = store.usedBefore(name, candidate, m_policy.passwordHistory);
    if (!used)
        return used.error();
    if (*used)
        return fail(ErrorKind::Invalid,
                    "the new password was used before; choose one that is not among the last " +
                        std::to_string(m_policy.passwordHistory));
    return {};
}

Result<QString> AccountRules::generatePassword()
{
    static constexpr char Alphabet[] = "abcdefghijkmnpqrstuvwxyz"
                                       "ABCDEFGHJKLMNPQRSTUVWXYZ"
                                       "23456789"
                                       "-_.!+=";
    constexpr std::size_t AlphabetSize = sizeof(Alphabet) - 1;
    for (int attempt = 0; attempt < 100; ++attempt) {
        unsigned char random[18];
        if (RAND_bytes(random, sizeof random) != 1)
            return fail(ErrorKind::Internal, "no randomness from OpenSSL for a password");
        QString password;
        for (unsigned char r : random)
            password += QChar(Alphabet[r % AlphabetSize]);
        OPENSSL_cleanse(random, sizeof random);
        if (Policy::characterClasses(password) == 4)
            return password;
    }
    return fail(ErrorKind::Internal, "cannot generate a password with every character class");
}

Result<NtHash> AccountRules::hashPassword(const protocol::crypto::CryptoLibrary &crypto,
                                          const QString &password)
{
    return protocol::mschapv2::MsChapV2Crypto(crypto).ntPasswordHash(password.toStdString());
}

} // namespace keyward::core
