#pragma once

// Sign-in against keywardd's own credential store. The password is proved first (the
// NT-Response against the stored NT hash), and only then is the account's state
// revealed (disabled E=647, locked E=649, must change E=648): someone who does not know
// the password learns nothing but E=691. Failures count towards the lockout, written
// with its audit entry in one transaction; a password changed in-protocol must pass
// the policy (complexity and history) and is stored with its audit entry.

#include "signin/SignInBackend.h"

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
                QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("local"); }
    void verify(const SignInRequest &request, Done done) override;

    // The verdict now, without the queued answer (for verify() and tests).
    protocol::mschapv2::MsChapV2Verdict judge(const SignInRequest &request);

private:
    protocol::mschapv2::MsChapV2Verdict
    judgeResponse(const protocol::mschapv2::MsChapV2ResponseCheck &check, const QString &address);
    protocol::mschapv2::MsChapV2Verdict
    judgeChange(const protocol::mschapv2::MsChapV2PasswordChangeCheck &check);
    void recordFailure(const QString &user, const QString &address);

    core::Database &m_database;
    core::CredentialStore &m_credentials;
    core::AuditLog &m_audit;
    const core::PolicyStore &m_policy;
    const protocol::crypto::CryptoLibrary &m_crypto;
};

} // namespace keyward::signin
