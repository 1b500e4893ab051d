#include "signin/LocalSignIn.h"

#include "core/AccountRules.h"
#include "core/AuditLog.h"
#include "core/CredentialStore.h"
#include "core/Database.h"
#include "core/PolicyStore.h"
#include "mschapv2/MsChapV2UserName.h"
#include "mschapv2/MsChapV2Verifier.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <openssl/crypto.h>

namespace keyward::signin {

Q_LOGGING_CATEGORY(lcSignIn, "keyward.signin")

using namespace protocol::mschapv2;

namespace {

// The store's name for a name from the wire: "DOMAIN\user" is "user".
QString storeName(const std::string &fullName)
{
    const auto user = MsChapV2UserName::stripDomain(fullName);
    return QString::fromUtf8(user.data(), static_cast<qsizetype>(user.size()));
}

MsChapV2Verdict refused(std::uint32_t code, std::string reason, std::string userMessage = {})
{
    return MsChapV2Refused{code, std::move(reason), std::move(userMessage)};
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

// Wipes the NT hash of a record that leaves scope early.
struct WipeHash
{
    core::NtHash &hash;
    ~WipeHash() { OPENSSL_cleanse(hash.data(), hash.size()); }
};

} // namespace

LocalSignIn::LocalSignIn(core::Database &database, core::CredentialStore &credentials,
                         core::AuditLog &audit, const core::PolicyStore &policy,
                         const protocol::crypto::CryptoLibrary &crypto, QObject *parent)
    : SignInBackend(parent), m_database(database), m_credentials(credentials), m_audit(audit),
      m_policy(policy), m_crypto(crypto)
{}

void LocalSignIn::verify(const SignInRequest &request, Done done)
{
    MsChapV2Verdict verdict = judge(request);
    // Answered from the event loop, never inside the caller's own handling.
    QMetaObject::invokeMethod(
        this,
        [verdict = std::move(verdict), done = std::move(done)]() mutable {
            done(verdict);
            if (auto *accepted = std::get_if<MsChapV2Accepted>(&verdict)) {
                OPENSSL_cleanse(accepted->keys.send.data(), accepted->keys.send.size());
                OPENSSL_cleanse(accepted->keys.receive.data(), accepted->keys.receive.size());
            }
        },
        Qt::QueuedConnection);
}

MsChapV2Verdict LocalSignIn::judge(const SignInRequest &request)
{
    if (const auto *response = std::get_if<MsChapV2ResponseCheck>(&request.check))
        return judgeResponse(*response, request.peerAddress);
    return judgeChange(std::get<MsChapV2PasswordChangeCheck>(request.check));
}

MsChapV2Verdict LocalSignIn::judgeResponse(const MsChapV2ResponseCheck &check,
                                           const QString &address)
{
    const QString name = storeName(check.user);
    auto found = m_credentials.findUser(name);
    if (!found) {
        qCWarning(lcSignIn).noquote()
            << "credential store:" << QString::fromStdString(found.message());
        return refused(691, "the credential store cannot be read");
    }
    if (!found->has_value())
        return refused(691, "unknown user");
    core::UserRecord &user = **found;
    WipeHash wipe{user.ntHash};
    const MsChapV2Verifier verifier(m_crypto);
    // The password first: the account's state is only told to who knows it.
    if (!verifier.responseMatches(check, user.ntHash)) {
        recordFailure(user.name, address);
        return refused(691, "wrong password (NT-Response mismatch)");
    }
    const core::AccountRules rules(m_policy.current());
    switch (rules.signInState(user, nowSeconds())) {
    case core::SignInState::Disabled:
        return refused(647, "account disabled");
    case core::SignInState::Locked:
        return refused(649, "account locked out or without dial-in permission");
    case core::SignInState::MustChangePassword:
        return refused(648, "password expired or must be changed");
    case core::SignInState::Allowed:
        break;
    }
    if (auto recorded = m_credentials.recordLoginSuccess(user.name, nowSeconds(), address);
        !recorded)
        qCWarning(lcSignIn).noquote() << QString::fromStdString(recorded.message());
    return verifier.accept(check, user.ntHash);
}

MsChapV2Verdict LocalSignIn::judgeChange(const MsChapV2PasswordChangeCheck &check)
{
    const QString name = storeName(check.user);
    auto found = m_credentials.findUser(name);
    if (!found || !found->has_value())
        return refused(709, "the account is no longer in the credential store");
    core::UserRecord &user = **found;
    WipeHash wipeOld{user.ntHash};
    const MsChapV2Verifier verifier(m_crypto);
    auto opened = verifier.openPasswordChange(check, user.ntHash);
    if (!opened)
        return MsChapV2Verifier::refusal(opened.error());
    WipeHash wipeNew{opened->ntHash};
    const core::AccountRules rules(m_policy.current());
    Status allowed = rules.checkNewPassword(QString::fromStdString(opened->utf8));
    if (!opened->utf8.empty())
        OPENSSL_cleanse(opened->utf8.data(), opened->utf8.size());
    if (allowed)
        allowed = rules.checkNotReused(m_credentials, user.name, opened->ntHash);
    if (!allowed)
        return refused(709, "password change rejected by policy: " + allowed.message(),
                       allowed.message());
    auto stored = m_database.transaction([&]() -> Status {
        if (auto set = m_credentials.setPassword(user.name, opened->ntHash, nowSeconds(), false);
            !set)
            return set;
        auto logged = m_audit.append(QStringLiteral("user:") + user.name,
                                     QStringLiteral("user.password-change"), user.name,
                                     QStringLiteral("ok"), {{"via", "MS-CHAPv2 Change-Password"}},
                                     QDateTime::currentMSecsSinceEpoch());
        return logged ? Status{} : Status{logged.error()};
    });
    if (!stored) {
        qCWarning(lcSignIn).noquote() << "cannot store the new password of" << user.name << ":"
                                      << QString::fromStdString(stored.message());
        return refused(709, "the new password could not be stored: " + stored.message(),
                       "Password change failed");
    }
    qCInfo(lcSignIn).noquote() << "user" << user.name << "changed their password";
    return verifier.acceptChanged(check, opened->ntHash);
}

void LocalSignIn::recordFailure(const QString &user, const QString &address)
{
    const core::Policy &policy = m_policy.current();
    int failures = 0;
    // The failure count, the lockout and its audit entry: together or not at all.
    auto recorded = m_database.transaction([&]() -> Status {
        auto count = m_credentials.recordLoginFailure(user, nowSeconds(), policy.lockoutThreshold,
                                                      qint64(policy.lockoutMinutes) * 60);
        if (!count)
            return count.error();
        failures = *count;
        if (failures < policy.lockoutThreshold)
            return {};
        auto logged = m_audit.append(
            QStringLiteral("system"), QStringLiteral("user.lockout"), user, QStringLiteral("ok"),
            {{"failures", failures}, {"address", address}}, QDateTime::currentMSecsSinceEpoch());
        return logged ? Status{} : Status{logged.error()};
    });
    if (!recorded) {
        qCWarning(lcSignIn).noquote() << "cannot record a failed sign-in of" << user << ":"
                                      << QString::fromStdString(recorded.message());
        return;
    }
    if (failures >= policy.lockoutThreshold) {
        qCWarning(lcSignIn).noquote() << "user" << user << "locked out after" << failures
                                      << "failed logins, last from" << address;
        emit lockedOut(user, failures, address);
    }
}

} // namespace keyward::signin
