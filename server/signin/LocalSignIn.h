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
// - A successful sign-in is answered only once its record (failures cleared, last
//   sign-in, known address) is on disk. The records of the sign-ins that succeed
//   together are written in one transaction (group commit): one disk flush for many
//   clients instead of one each, which is most of what a burst of sign-ins costs.
// - A password changed in-protocol must pass the policy (complexity and history) and
//   is stored with its audit entry.

#include "common/Result.h"
#include "core/UserRecord.h"
#include "signin/SignInBackend.h"
#include "signin/SourceThrottle.h"

#include <QElapsedTimer>
#include <optional>
#include <string>
#include <vector>

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

    ~LocalSignIn() override;

    QString name() const override { return QStringLiteral("local"); }

    // Judges now and answers later: after the wait the request's source address has
    // earned (decided before judging), at the earliest from the event loop.
    void verify(const SignInRequest &request, Done done) override;

    // The verdict now, without the wait or the queued answer (for verify() and tests).
    protocol::mschapv2::MsChapV2Verdict judge(const SignInRequest &request);
    // How long an answer to `address` would wait now.
    qint64 throttleDelayMs(const QString &address);

private:
    // A sign-in that proved its password and is allowed: what must be on disk before
    // the client is told.
    struct SuccessRecord
    {
        QString user;
        qint64 at = 0;
        QString address;
    };
    // A judged sign-in whose record waits for the next group commit.
    struct PendingAnswer
    {
        SuccessRecord record;
        protocol::mschapv2::MsChapV2Verdict verdict;
        Done done;
        qint64 delayMs = 0;
    };
    // The account a name from the wire means ("DOMAIN\user", "user@realm", "user");
    // *name is the store's name that was looked up. The form is logged.
    Result<std::optional<core::UserRecord>> findAccount(const std::string &fullName, QString *name);
    protocol::mschapv2::MsChapV2Verdict
    judgeResponse(const protocol::mschapv2::MsChapV2ResponseCheck &check, const QString &address,
                  std::optional<SuccessRecord> *record);
    protocol::mschapv2::MsChapV2Verdict
    judgeChange(const protocol::mschapv2::MsChapV2PasswordChangeCheck &check);
    // The verdict; for an accepted sign-in *record is what must be written first.
    protocol::mschapv2::MsChapV2Verdict judgeOnly(const SignInRequest &request,
                                                  std::optional<SuccessRecord> *record);
    // Writes the records in one transaction; the outcome for each. An account deleted
    // meanwhile fails alone; any other error fails them all, and nothing is written.
    std::vector<Status> recordSuccesses(const std::vector<const SuccessRecord *> &records);
    // An accepted verdict whose record could not be written becomes a refusal.
    static void refuseUnrecorded(protocol::mschapv2::MsChapV2Verdict &verdict,
                                 const SuccessRecord &record, const Status &recorded);
    void flushPending();
    void answer(protocol::mschapv2::MsChapV2Verdict verdict, Done done, qint64 delayMs);
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
    std::vector<PendingAnswer> m_pending;
    bool m_flushQueued = false;
};

} // namespace keyward::signin
