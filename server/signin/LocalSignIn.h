#pragma once

// Sign-in against keywardd's own credential store.
//
// - A locked-out account is refused before its password is looked at: no NT-Response
//   is computed, the answer is the one a wrong password gets (E=691), and the attempt
//   neither counts as a failure nor extends the lockout. Guessing during a lockout
//   learns nothing, not even when it hit.
// - Otherwise the password is proved first (the NT-Response against the stored NT
//   hash), and only then is the account's state told (disabled E=647, must change
//   E=648): someone who does not know the password learns nothing but E=691.
// - A failure counts against its source address (SourceThrottle: later answers to that
//   address wait) and, when it comes from an address the user has signed in from
//   before (or the policy counts every address), towards the account's lockout,
//   written with its audit entry in one transaction. So a stranger elsewhere cannot
//   lock a user out of the addresses they use.
// - Lockout state that cannot be written refuses the attempt (E=691) and is logged.
// - A password changed in-protocol must pass the policy (complexity and history) and
//   is stored with its audit entry.

#include "common/Result.h"
#include "core/UserRecord.h"
#include "signin/SignInBackend.h"
#include "signin/SourceThrottle.h"

#include <QElapsedTimer>
#include <optional>
#include <string>

namespace keyward::protocol::crypto {
class CryptoLibrary;
}

namespace keyward::core {
class AuditLog;
class CredentialStore;
class Database;
class PolicyStore;
} // namespace keyward::core

namespace keyward::signin {

class LocalSignIn : public SignInBackend
{
    Q_OBJECT

public:
    LocalSignIn(core::Database &database, core::CredentialStore &credentials, core::AuditLog &audit,
                const core::PolicyStore &policy, const protocol::crypto::CryptoLibrary &crypto,
                SourceThrottle::Limits throttle = {}, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("local"); }

    // Judges now and answers later: after the wait the request's source address has
    // earned (decided before judging), at the earliest from the event loop.
    void verify(const SignInRequest &request, Done done) override;

    // The verdict now, without the wait or the queued answer (for verify() and tests).
    protocol::mschapv2::MsChapV2Verdict judge(const SignInRequest &request);
    // How long an answer to `address` would wait now.
    qint64 throttleDelayMs(const QString &address);

private:
    // The account a name from the wire means ("DOMAIN\user", "user@realm", "user");
    // *name is the store's name that was looked up. The form is logged.
    Result<std::optional<core::UserRecord>> findAccount(const std::string &fullName, QString *name);
    protocol::mschapv2::MsChapV2Verdict
    judgeResponse(const protocol::mschapv2::MsChapV2ResponseCheck &check, const QString &address);
    protocol::mschapv2::MsChapV2Verdict
    judgeChange(const protocol::mschapv2::MsChapV2PasswordChangeCheck &check);
    // Counts a failure against the address, and warns once when it is a spray.
    void countAgainstSource(const QString &address, const QString &user);
    // Counts a failure towards the user's lockout when the policy says this address
    // counts; the lockout and its audit entry are written together or not at all.
    [[nodiscard]] Status recordFailure(const QString &user, const QString &address);

    core::Database &m_database;
    core::CredentialStore &m_credentials;
    core::AuditLog &m_audit;
    const core::PolicyStore &m_policy;
    const protocol::crypto::CryptoLibrary &m_crypto;
    SourceThrottle m_throttle;
    QElapsedTimer m_clock; // monotonic milliseconds for the throttle
};

} // namespace keyward::signin
