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
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <openssl/crypto.h>

namespace keyward::signin {

Q_LOGGING_CATEGORY(lcSignIn, "keyward.signin")

using namespace protocol::mschapv2;

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

MsChapV2Verdict refused(std::uint32_t code, std::string reason, std::string userMessage = {})
{
    return MsChapV2Refused{code, std::move(reason), std::move(userMessage)};
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

// Wipes the MPPE keys of an accepted verdict once it has been answered or dropped.
void wipeKeys(MsChapV2Verdict &verdict)
{
    if (auto *accepted = std::get_if<MsChapV2Accepted>(&verdict)) {
        OPENSSL_cleanse(accepted->keys.send.data(), accepted->keys.send.size());
        OPENSSL_cleanse(accepted->keys.receive.data(), accepted->keys.receive.size());
    }
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
                         const protocol::crypto::CryptoLibrary &crypto,
                         SourceThrottle::Limits throttle, QObject *parent)
    : SignInBackend(parent), m_database(database), m_credentials(credentials), m_audit(audit),
      m_policy(policy), m_crypto(crypto), m_throttle(throttle)
{
    m_clock.start();
}

LocalSignIn::~LocalSignIn()
{
    for (PendingAnswer &pending : m_pending) {
        wipeKeys(pending.verdict);
    }
}

qint64 LocalSignIn::throttleDelayMs(const QString &address)
{
    return m_throttle.delayMs(address, m_clock.elapsed());
}

void LocalSignIn::verify(const SignInRequest &request, Done done)
{
    // The wait is what the source earned before this attempt, so it is the same
    // whatever this attempt's password. A Change-Password follows an E=648 that
    // already waited.
    const qint64 delay = std::holds_alternative<MsChapV2ResponseCheck>(request.check)
                             ? throttleDelayMs(request.peerAddress)
                             : 0;
    if (delay > 0)
        qCInfo(lcSignIn).noquote()
            << QStringLiteral("call %1 from %2 answered after %3 ms: %4 recent failed sign-ins "
                              "from that address")
                   .arg(request.callId)
                   .arg(request.peerAddress)
                   .arg(delay)
                   .arg(m_throttle.failures(request.peerAddress, m_clock.elapsed()));
    std::optional<SuccessRecord> record;
    MsChapV2Verdict verdict = judgeOnly(request, &record);
    if (!record) {
        answer(std::move(verdict), std::move(done), delay);
        return;
    }
    m_pending.push_back({std::move(*record), std::move(verdict), std::move(done), delay});
    if (m_flushQueued)
        return;
    // After the event loop has taken every request that is already waiting: under
    // load, one commit answers them all.
    m_flushQueued = true;
    QTimer::singleShot(0, this, &LocalSignIn::flushPending);
}

void LocalSignIn::flushPending()
{
    m_flushQueued = false;
    std::vector<PendingAnswer> batch;
    batch.swap(m_pending);
    std::vector<const SuccessRecord *> records;
    records.reserve(batch.size());
    for (const PendingAnswer &pending : batch)
        records.push_back(&pending.record);
    const std::vector<Status> recorded = recordSuccesses(records);
    for (std::size_t i = 0; i < batch.size(); ++i) {
        refuseUnrecorded(batch[i].verdict, batch[i].record, recorded[i]);
        answer(std::move(batch[i].verdict), std::move(batch[i].done), batch[i].delayMs);
    }
}

void LocalSignIn::answer(MsChapV2Verdict verdict, Done done, qint64 delayMs)
{
    // Answered from the event loop, never inside the caller's own handling.
    QTimer::singleShot(
        std::chrono::milliseconds(delayMs), this,
        [verdict = std::move(verdict), done = std::move(done)]() mutable {
            done(verdict, SignInGrant{QStringLiteral("local"), {}, {}, {}, {}, {}, {}, {}, {}});
            wipeKeys(verdict);
        });
}

std::vector<Status> LocalSignIn::recordSuccesses(const std::vector<const SuccessRecord *> &records)
{
    std::vector<Status> each(records.size());
    if (records.empty())
        return each;
    auto written = m_database.transaction([&]() -> Status {
        for (std::size_t i = 0; i < records.size(); ++i) {
            const SuccessRecord &r = *records[i];
            // Only the first statement can find no row (the account was deleted
            // after it was judged), and then nothing of that record was written.
            each[i] = m_credentials.recordLoginSuccess(r.user, r.at, r.address);
            if (!each[i] && each[i].kind() != ErrorKind::NotFound)
                return each[i];
        }
        return {};
    });
    if (!written)
        std::fill(each.begin(), each.end(), written);
    return each;
}

void LocalSignIn::refuseUnrecorded(MsChapV2Verdict &verdict, const SuccessRecord &record,
                                   const Status &recorded)
{
    // Clearing the failures and remembering the address are lockout state too: a
    // sign-in that cannot write them is refused rather than half recorded.
    if (recorded)
        return;
    qCWarning(lcSignIn).noquote() << "cannot record the sign-in of" << record.user << ":"
                                  << QString::fromStdString(recorded.message());
    wipeKeys(verdict);
    verdict = refused(691, "the sign-in could not be recorded: " + recorded.message());
}

MsChapV2Verdict LocalSignIn::judge(const SignInRequest &request)
{
    std::optional<SuccessRecord> record;
    MsChapV2Verdict verdict = judgeOnly(request, &record);
    if (record)
        refuseUnrecorded(verdict, *record, recordSuccesses({&*record}).front());
    return verdict;
}

MsChapV2Verdict LocalSignIn::judgeOnly(const SignInRequest &request,
                                       std::optional<SuccessRecord> *record)
{
    if (const auto *response = std::get_if<MsChapV2ResponseCheck>(&request.check))
        return judgeResponse(*response, request.peerAddress, record);
    return judgeChange(std::get<MsChapV2PasswordChangeCheck>(request.check));
}

Result<std::optional<core::UserRecord>> LocalSignIn::findAccount(const std::string &fullName,
                                                                 QString *name)
{
    // "DOMAIN\user" and "user@realm" both mean the account "user". A store that has
    // an account named with the '@' itself (an e-mail address as the name) gets it.
    const auto form = MsChapV2UserName::form(fullName);
    if (form == MsChapV2UserName::Form::Realm) {
        *name = fromView(MsChapV2UserName::stripDomain(fullName));
        auto exact = m_credentials.findUser(*name);
        if (!exact || exact->has_value())
            return exact;
    }
    *name = fromView(MsChapV2UserName::accountName(fullName));
    if (form != MsChapV2UserName::Form::Plain)
        qCInfo(lcSignIn).noquote()
            << "sign-in name" << fromView(fullName) << "sent as"
            << fromView(MsChapV2UserName::formName(form)) << "is looked up as" << *name;
    return m_credentials.findUser(*name);
}

MsChapV2Verdict LocalSignIn::judgeResponse(const MsChapV2ResponseCheck &check,
                                           const QString &address,
                                           std::optional<SuccessRecord> *record)
{
    QString name;
    auto found = findAccount(check.user, &name);
    if (!found) {
        qCWarning(lcSignIn).noquote()
            << "credential store:" << QString::fromStdString(found.message());
        return refused(691, "the credential store cannot be read");
    }
    if (!found->has_value()) {
        countAgainstSource(address, name);
        return refused(691, "unknown user");
    }
    core::UserRecord &user = **found;
    WipeHash wipe{user.ntHash};
    const qint64 now = nowSeconds();
    // A locked-out account gets what a wrong password gets, E=691 with the same
    // message, and its password is not checked at all. Windows clients see a locked
    // account as error 691 ("access denied"), like a wrong password, and so does ours.
    // FreeRADIUS's mschap answers E=647 "account locked out", but only once the
    // password matched: that difference tells a guesser the moment a guess was right.
    // Any code but 691 would also tell an existing, locked name from an unknown one.
    // Not counted: a guess during the lockout neither extends it nor adds to the
    // failures.
    if (user.isLocked(now))
        return refused(691, "account locked out; the password was not checked");
    const MsChapV2Verifier verifier(m_crypto);
    if (!verifier.responseMatches(check, user.ntHash)) {
        countAgainstSource(address, user.name);
        if (auto recorded = recordFailure(user.name, address); !recorded) {
            qCWarning(lcSignIn).noquote() << "cannot record a failed sign-in of" << user.name << ":"
                                          << QString::fromStdString(recorded.message());
            return refused(691, "wrong password (NT-Response mismatch); the failure could not "
                                "be recorded: " +
                                    recorded.message());
        }
        return refused(691, "wrong password (NT-Response mismatch)");
    }
    const core::AccountRules rules(m_policy.current());
    switch (rules.signInState(user, now)) {
    case core::SignInState::Disabled:
        return refused(647, "account disabled");
    case core::SignInState::Locked: // checked above; the same answer if it gets here
        return refused(691, "account locked out; the password was not checked");
    case core::SignInState::MustChangePassword:
        return refused(648, "password expired or must be changed");
    case core::SignInState::Allowed:
        break;
    }
    *record = SuccessRecord{user.name, now, address};
    return verifier.accept(check, user.ntHash);
}

MsChapV2Verdict LocalSignIn::judgeChange(const MsChapV2PasswordChangeCheck &check)
{
    QString name;
    auto found = findAccount(check.user, &name);
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

void LocalSignIn::countAgainstSource(const QString &address, const QString &user)
{
    if (!m_throttle.recordFailure(address, user, m_clock.elapsed()))
        return;
    qCWarning(lcSignIn).noquote()
        << QStringLiteral("password spray from %1: failed sign-ins for %2 different user names; "
                          "every answer to that address now waits %3 s")
               .arg(address)
               .arg(m_throttle.limits().sprayUserNames)
               .arg(m_throttle.limits().maxDelayMs / 1000);
}

Status LocalSignIn::recordFailure(const QString &user, const QString &address)
{
    const core::Policy &policy = m_policy.current();
    if (policy.lockoutKnownAddressesOnly) {
        auto known = m_credentials.isKnownAddress(user, address);
        if (!known)
            return known.error();
        if (!*known) {
            qCInfo(lcSignIn).noquote()
                << "failed sign-in of" << user << "from" << address
                << "counted against that address, not the account: the user never signed "
                   "in from there";
            return {};
        }
    }
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
    if (!recorded)
        return recorded;
    if (failures >= policy.lockoutThreshold) {
        qCWarning(lcSignIn).noquote() << "user" << user << "locked out after" << failures
                                      << "failed logins, last from" << address;
        emit lockedOut(user, failures, address);
    }
    return {};
}

} // namespace keyward::signin
