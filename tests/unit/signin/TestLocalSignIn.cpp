// Sign-in against keywardd's own credential store, as a PPP session asks for it: the
// password proved before the account's state is told, failures counted towards the
// lockout with its audit entry, a password changed in-protocol checked against the
// policy and stored with its audit entry, and the answer always given later.

#include "core/AccountRules.h"
#include "core/AuditLog.h"
#include "core/CredentialStore.h"
#include "core/Database.h"
#include "core/PolicyStore.h"
#include "core/SettingsStore.h"
#include "crypto/CryptoLibrary.h"
#include "mschapv2/MsChapV2Crypto.h"
#include "signin/LocalSignIn.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using namespace keyward::protocol::mschapv2;

namespace {
const QString Password = QStringLiteral("Correct-horse-42");
} // namespace

class TestLocalSignIn : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_crypto = protocol::crypto::CryptoLibrary::load().value();
        m_database = std::move(core::Database::open(m_dir->filePath("keyward.db"))).value();
        m_credentials = std::make_unique<core::CredentialStore>(
            *m_database,
            std::move(core::SecretBox::create(m_dir->filePath("k.key"))).value());
        m_audit = std::make_unique<core::AuditLog>(*m_database);
        m_settings = std::make_unique<core::SettingsStore>(*m_database);
        m_policy = std::make_unique<core::PolicyStore>(*m_settings);
        QVERIFY(m_policy->load().ok());
        m_signIn = std::make_unique<signin::LocalSignIn>(*m_database, *m_credentials, *m_audit,
                                                         *m_policy, *m_crypto);
        QVERIFY(addUser("alice", Password));
    }

    void theRightPasswordGivesTheSuccessAndKeysAMatchingPeerExpects()
    {
        const auto check = response("OFFICE\\alice", Password); // the domain is not the store's
        const auto verdict = m_signIn->judge({check, "192.0.2.5", 7});
        const auto *accepted = std::get_if<MsChapV2Accepted>(&verdict);
        QVERIFY(accepted);
        const MsChapV2Crypto crypto(*m_crypto);
        QCOMPARE(accepted->authenticatorResponse,
                 crypto.generateAuthenticatorResponse(hash(Password), check.ntResponse,
                                                      check.peerChallenge,
                                                      check.authenticatorChallenge, check.user));
        QVERIFY(accepted->keys.send != accepted->keys.receive);
        const auto user = **m_credentials->findUser("alice");
        QCOMPARE(user.lastLoginAddress, QString("192.0.2.5"));
    }

    void theAnswerComesLaterNeverInsideVerify()
    {
        bool answered = false;
        m_signIn->verify({response("alice", Password), "192.0.2.5", 7},
                         [&](const MsChapV2Verdict &v) {
                             answered = std::holds_alternative<MsChapV2Accepted>(v);
                         });
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
    }

    void aWrongPasswordIs691WhateverTheAccountsState()
    {
        QVERIFY(m_credentials->setState("alice", core::AccountState::Disabled).ok());
        const auto verdict = m_signIn->judge({response("alice", "Wrong-horse-42"), "", 1});
        QCOMPARE(std::get<MsChapV2Refused>(verdict).code, 691u);
        const auto unknown = m_signIn->judge({response("mallory", Password), "", 1});
        QCOMPARE(std::get<MsChapV2Refused>(unknown).code, 691u);
    }

    void theAccountsStateIsToldOnlyWithTheRightPassword()
    {
        QVERIFY(m_credentials->setState("alice", core::AccountState::Disabled).ok());
        QCOMPARE(
            std::get<MsChapV2Refused>(m_signIn->judge({response("alice", Password), "", 1})).code,
            647u);
        QVERIFY(m_credentials->setState("alice", core::AccountState::Active).ok());
        QVERIFY(m_credentials->setPassword("alice", hash(Password), now(), true).ok());
        QCOMPARE(
            std::get<MsChapV2Refused>(m_signIn->judge({response("alice", Password), "", 1})).code,
            648u);
    }

    void failuresLockTheAccountWithAnAuditEntryAndAnAlert()
    {
        QSignalSpy locked(m_signIn.get(), &signin::SignInBackend::lockedOut);
        const int threshold = m_policy->current().lockoutThreshold;
        for (int i = 0; i < threshold; ++i)
            (void)m_signIn->judge({response("alice", "Wrong-horse-42"), "198.51.100.9", 1});
        QCOMPARE(locked.size(), 1);
        QCOMPARE(locked.first().at(1).toInt(), threshold);
        core::AuditFilter filter;
        filter.action = QStringLiteral("user.lockout");
        const auto entries = *m_audit->list(filter);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].details.value("address").toString(), QString("198.51.100.9"));
        QVERIFY((**m_credentials->findUser("alice")).isLocked(now()));
    }

    void aChangedPasswordIsCheckedStoredAndAudited()
    {
        QVERIFY(m_credentials->setPassword("alice", hash(Password), now(), true).ok());
        // Refused by the policy: too short. Nothing changes.
        const auto weak = m_signIn->judge({change("alice", Password, "short"), "", 1});
        QCOMPARE(std::get<MsChapV2Refused>(weak).code, 709u);
        QVERIFY((**m_credentials->findUser("alice")).mustChangePassword);
        // The same password again: refused by the history.
        const auto reused = m_signIn->judge({change("alice", Password, Password), "", 1});
        QCOMPARE(std::get<MsChapV2Refused>(reused).code, 709u);
        QVERIFY(std::get<MsChapV2Refused>(reused).reason.find("used before") != std::string::npos);

        const auto changed =
            m_signIn->judge({change("alice", Password, "Brand-new-Pass-77"), "", 1});
        QVERIFY(std::holds_alternative<MsChapV2Accepted>(changed));
        const auto user = **m_credentials->findUser("alice");
        QVERIFY(!user.mustChangePassword);
        QVERIFY(user.ntHash == hash("Brand-new-Pass-77"));
        core::AuditFilter filter;
        filter.action = QStringLiteral("user.password-change");
        QCOMPARE(m_audit->list(filter)->size(), 1);
    }

private:
    static qint64 now() { return QDateTime::currentSecsSinceEpoch(); }

    core::NtHash hash(const QString &password) const
    {
        return core::AccountRules::hashPassword(*m_crypto, password).value();
    }

    bool addUser(const QString &name, const QString &password)
    {
        return m_credentials->addUser(name, hash(password), now(), false).ok();
    }

    MsChapV2ResponseCheck response(const std::string &user, const QString &password) const
    {
        MsChapV2ResponseCheck check;
        check.user = user;
        check.authenticatorChallenge.fill(0x21);
        check.peerChallenge.fill(0x42);
        check.ntResponse = MsChapV2Crypto(*m_crypto).generateNtResponse(
            check.authenticatorChallenge, check.peerChallenge, user, hash(password));
        return check;
    }

    MsChapV2PasswordChangeCheck change(const std::string &user, const QString &oldPassword,
                                       const QString &newPassword) const
    {
        const MsChapV2Crypto crypto(*m_crypto);
        MsChapV2PasswordChangeCheck check;
        check.user = user;
        check.authenticatorChallenge.fill(0x33);
        check.peerChallenge.fill(0x44);
        const auto newHash = hash(newPassword);
        check.ntResponse = crypto.generateNtResponse(check.authenticatorChallenge,
                                                     check.peerChallenge, user, newHash);
        const protocol::Bytes fill(512, 0x5a);
        check.encryptedPassword = crypto
                                      .newPasswordEncryptedWithOldNtPasswordHash(
                                          newPassword.toStdString(), hash(oldPassword), fill)
                                      .value();
        check.encryptedHash =
            crypto.oldNtPasswordHashEncryptedWithNewNtPasswordHash(newHash, hash(oldPassword));
        return check;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<const protocol::crypto::CryptoLibrary> m_crypto;
    std::unique_ptr<core::Database> m_database;
    std::unique_ptr<core::CredentialStore> m_credentials;
    std::unique_ptr<core::AuditLog> m_audit;
    std::unique_ptr<core::SettingsStore> m_settings;
    std::unique_ptr<core::PolicyStore> m_policy;
    std::unique_ptr<signin::LocalSignIn> m_signIn;
};

QTEST_GUILESS_MAIN(TestLocalSignIn)
#include "TestLocalSignIn.moc"
