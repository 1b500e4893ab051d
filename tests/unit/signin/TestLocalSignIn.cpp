// Sign-in against keywardd's own credential store, as a PPP session asks for it: the
// password proved before the account's state is told, failures counted towards the
// lockout with its audit entry, a password changed in-protocol checked against the
// policy and stored with its audit entry, and the answer always given later. A locked
// account answers every password alike without checking it; failures from an address
// make its answers wait; only failures from the user's known addresses lock the
// account; lockout state that cannot be written refuses the sign-in.

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
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace keyward;
using namespace keyward::protocol::mschapv2;

namespace {
const QString Password = QStringLiteral("Correct-horse-42");
const QString Wrong = QStringLiteral("Wrong-horse-42");
const QString Home = QStringLiteral("192.0.2.5");        // where alice signs in from
const QString Elsewhere = QStringLiteral("203.0.113.9"); // where she never did
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
            *m_database, std::move(core::SecretBox::create(m_dir->filePath("k.key"))).value());
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

    void domainAndRealmFormsBothReachTheUser()
    {
        // Windows sends DOMAIN\\user; other clients user@realm. The peer hashed the name
        // as it sent it (minus DOMAIN\\), and the account is the bare name.
        for (const std::string wire :
             {"OFFICE\\alice", "alice@office.example", "OFFICE\\alice@office.example", "alice"}) {
            const auto verdict = m_signIn->judge({response(wire, Password), Home, 7});
            QVERIFY2(std::holds_alternative<MsChapV2Accepted>(verdict), wire.c_str());
        }
        // A response whose hash left the realm out does not match what was sent.
        auto check = response("alice", Password);
        check.user = "alice@office.example";
        const auto refused = m_signIn->judge({check, Home, 7});
        QVERIFY(std::holds_alternative<MsChapV2Refused>(refused));
        // A wrong password in the realm form counts against alice.
        const int before = (**m_credentials->findUser("alice")).failedLogins;
        (void)m_signIn->judge({response("alice@office.example", Wrong), Home, 7});
        QCOMPARE((**m_credentials->findUser("alice")).failedLogins, before + 1);
        // An account whose name is an e-mail address is found by that name first.
        QVERIFY(addUser("carol@example.org", Password));
        const auto verdict = m_signIn->judge({response("carol@example.org", Password), Home, 7});
        QVERIFY(std::holds_alternative<MsChapV2Accepted>(verdict));
        QVERIFY(!(**m_credentials->findUser("carol@example.org")).lastLoginAddress.isEmpty());
    }

    void theAnswerComesLaterNeverInsideVerify()
    {
        bool answered = false;
        m_signIn->verify({response("alice", Password), "192.0.2.5", 7},
                         [&](const MsChapV2Verdict &v, const signin::SignInGrant &grant) {
                             answered = std::holds_alternative<MsChapV2Accepted>(v) &&
                                        grant.backend == QLatin1String("local");
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
        // An address alice has signed in from: its failures count towards the lockout.
        QVERIFY(accepted(m_signIn->judge({response("alice", Password), "198.51.100.9", 1})));
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

    void aLockedAccountAnswersEveryPasswordAlikeWithoutCheckingIt()
    {
        lockAliceFrom(Home);
        const auto user = **m_credentials->findUser("alice");
        const auto right = m_signIn->judge({response("alice", Password), Home, 1});
        const auto wrong = m_signIn->judge({response("alice", Wrong), Home, 1});
        // The same answer, down to the reason: the password took no part in it.
        const auto *r = std::get_if<MsChapV2Refused>(&right);
        const auto *w = std::get_if<MsChapV2Refused>(&wrong);
        QVERIFY(r && w);
        QCOMPARE(r->code, 691u); // what an unknown user and a wrong password get
        QCOMPARE(w->code, r->code);
        QCOMPARE(w->userMessage, r->userMessage);
        QCOMPARE(w->reason, r->reason);
        QVERIFY(r->reason.find("not checked") != std::string::npos);
        const auto unknown = m_signIn->judge({response("mallory", Password), Home, 1});
        QCOMPARE(std::get<MsChapV2Refused>(unknown).code, r->code);
        QCOMPARE(std::get<MsChapV2Refused>(unknown).userMessage, r->userMessage);

        // Neither counted nor extending the lockout; nothing recorded as a sign-in.
        const auto after = **m_credentials->findUser("alice");
        QCOMPARE(after.failedLogins, user.failedLogins);
        QCOMPARE(after.lockedUntil, user.lockedUntil);
        QCOMPARE(after.lastLoginAt, user.lastLoginAt);
        core::AuditFilter filter;
        filter.action = QStringLiteral("user.lockout");
        QCOMPARE(m_audit->list(filter)->size(), 1);

        // Unlocked, the right password works again.
        QVERIFY(m_credentials->unlock("alice").ok());
        QVERIFY(accepted(m_signIn->judge({response("alice", Password), Home, 1})));
    }

    void failuresFromAnUnknownAddressDoNotLockTheAccount()
    {
        QSignalSpy locked(m_signIn.get(), &signin::SignInBackend::lockedOut);
        QVERIFY(accepted(m_signIn->judge({response("alice", Password), Home, 1})));
        const int threshold = m_policy->current().lockoutThreshold;
        for (int i = 0; i < 3 * threshold; ++i)
            QCOMPARE(refusal(m_signIn->judge({response("alice", Wrong), Elsewhere, 1})), 691u);
        const auto user = **m_credentials->findUser("alice");
        QVERIFY(!user.isLocked(now()));
        QCOMPARE(user.failedLogins, 0);
        QCOMPARE(locked.size(), 0);
        // They count against that address instead, and alice's own still works.
        QVERIFY(m_signIn->throttleDelayMs(Elsewhere) > 0);
        QCOMPARE(m_signIn->throttleDelayMs(Home), 0);
        QVERIFY(accepted(m_signIn->judge({response("alice", Password), Home, 1})));
    }

    void failuresFromAKnownAddressLockTheAccount()
    {
        QSignalSpy locked(m_signIn.get(), &signin::SignInBackend::lockedOut);
        lockAliceFrom(Home);
        QCOMPARE(locked.size(), 1);
        QCOMPARE(locked.first().at(2).toString(), Home);
        QVERIFY((**m_credentials->findUser("alice")).isLocked(now()));
    }

    void withThePolicyOffFailuresFromAnyAddressLockTheAccount()
    {
        auto saved = m_policy->save({{"lockoutKnownAddressesOnly", false}});
        QVERIFY(saved.ok());
        m_policy->adopt(*saved);
        const int threshold = m_policy->current().lockoutThreshold;
        for (int i = 0; i < threshold; ++i)
            (void)m_signIn->judge({response("alice", Wrong), Elsewhere, 1});
        QVERIFY((**m_credentials->findUser("alice")).isLocked(now()));
    }

    void answersToAFailingAddressWaitAndOthersDoNot()
    {
        signin::SourceThrottle::Limits limits;
        limits.freeFailures = 1;
        limits.firstDelayMs = 400;
        limits.maxDelayMs = 1600;
        signin::LocalSignIn signIn(*m_database, *m_credentials, *m_audit, *m_policy, *m_crypto,
                                   limits);
        QVERIFY(accepted(signIn.judge({response("alice", Password), Home, 1})));
        for (int i = 0; i < 2; ++i)
            (void)signIn.judge({response("alice", Wrong), Elsewhere, 1});

        // Right and wrong from the failing address wait alike; home is answered at once.
        QElapsedTimer clock;
        clock.start();
        qint64 rightAt = -1, wrongAt = -1, homeAt = -1;
        bool rightAccepted = false, homeAccepted = false;
        signIn.verify({response("alice", Password), Elsewhere, 2},
                      [&](const MsChapV2Verdict &v, const signin::SignInGrant &) {
                          rightAt = clock.elapsed();
                          rightAccepted = accepted(v);
                      });
        signIn.verify({response("alice", Wrong), Elsewhere, 3},
                      [&](const MsChapV2Verdict &, const signin::SignInGrant &) {
                          wrongAt = clock.elapsed();
                      });
        signIn.verify({response("alice", Password), Home, 4},
                      [&](const MsChapV2Verdict &v, const signin::SignInGrant &) {
                          homeAt = clock.elapsed();
                          homeAccepted = accepted(v);
                      });
        QTRY_VERIFY_WITH_TIMEOUT(rightAt >= 0 && wrongAt >= 0 && homeAt >= 0, 5000);
        QVERIFY2(homeAt < 300, qPrintable(QString::number(homeAt)));
        QVERIFY(homeAccepted);
        QVERIFY2(rightAt >= 400, qPrintable(QString::number(rightAt)));
        QVERIFY2(wrongAt >= 400, qPrintable(QString::number(wrongAt)));
        QVERIFY(rightAccepted); // the right password still gets in, only later
        // The wrong one counted: the next wait is longer.
        QCOMPARE(signIn.throttleDelayMs(Elsewhere), 800);
        QCOMPARE(signIn.throttleDelayMs(Home), 0);
    }

    void aSprayOverManyNamesIsReportedOnceAndWaitsTheLongest()
    {
        const QString sprayer = QStringLiteral("198.51.100.77");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("password spray from 198.51.100.77"));
        QTest::failOnWarning(QRegularExpression("password spray"));
        for (const char *name : {"anna", "ben", "alice", "dora", "emil", "fritz", "gus"})
            (void)m_signIn->judge({response(name, Wrong), sprayer, 1});
        QCOMPARE(m_signIn->throttleDelayMs(sprayer), signin::SourceThrottle::Limits{}.maxDelayMs);
    }

    void lockoutStateThatCannotBeWrittenRefusesTheSignIn()
    {
        QVERIFY(accepted(m_signIn->judge({response("alice", Password), Home, 1})));
        QSqlQuery q(m_database->connection());
        QVERIFY(q.exec("CREATE TRIGGER no_lockout_writes BEFORE UPDATE OF failed_logins ON users "
                       "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression("cannot record the sign-in of alice.*disk I/O"));
        QCOMPARE(refusal(m_signIn->judge({response("alice", Password), Home, 1})), 691u);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("cannot record a failed sign-in of "
                                                              "alice.*disk I/O"));
        QCOMPARE(refusal(m_signIn->judge({response("alice", Wrong), Home, 1})), 691u);
    }

    void signInsAnsweredTogetherAreRecordedBeforeTheirAnswers()
    {
        // Sign-ins judged in the same turn of the event loop are written in one
        // transaction; each answer comes only once its record is on disk. An account
        // deleted between its judgement and the write fails alone.
        QVERIFY(addUser("bob", Password));
        QVERIFY(addUser("carol", Password));
        std::map<std::string, std::uint32_t> codes; // 0 = accepted
        std::map<std::string, QString> recordedAtAnswer;
        for (const char *name : {"alice", "bob", "carol"}) {
            m_signIn->verify({response(name, Password), Home, 1},
                             [&, name](const MsChapV2Verdict &v, const signin::SignInGrant &) {
                                 codes[name] = refusal(v);
                                 auto user = m_credentials->findUser(name);
                                 if (user && user->has_value())
                                     recordedAtAnswer[name] = (**user).lastLoginAddress;
                             });
        }
        QVERIFY(m_credentials->deleteUser("carol").ok());
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression("cannot record the sign-in of carol.*no user"));
        QTRY_COMPARE(codes.size(), std::size_t(3));
        QCOMPARE(codes["alice"], 0u);
        QCOMPARE(codes["bob"], 0u);
        QCOMPARE(codes["carol"], 691u);
        QCOMPARE(recordedAtAnswer["alice"], Home);
        QCOMPARE(recordedAtAnswer["bob"], Home);

        // A write that fails refuses every sign-in of the group, and none is half kept.
        QSqlQuery q(m_database->connection());
        QVERIFY(q.exec("CREATE TRIGGER no_bob_writes BEFORE UPDATE OF last_login_at ON users "
                       "WHEN NEW.name = 'bob' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"));
        const qint64 aliceBefore = (**m_credentials->findUser("alice")).lastLoginAt;
        QVERIFY(q.exec("UPDATE users SET last_login_at = 1 WHERE name = 'alice'"));
        codes.clear();
        for (const char *name : {"alice", "bob"})
            m_signIn->verify({response(name, Password), Elsewhere, 1},
                             [&, name](const MsChapV2Verdict &v, const signin::SignInGrant &) {
                                 codes[name] = refusal(v);
                             });
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression("cannot record the sign-in of alice.*disk I/O"));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression("cannot record the sign-in of bob.*disk I/O"));
        QTRY_COMPARE(codes.size(), std::size_t(2));
        QCOMPARE(codes["alice"], 691u);
        QCOMPARE(codes["bob"], 691u);
        QVERIFY(aliceBefore > 1);
        QCOMPARE((**m_credentials->findUser("alice")).lastLoginAt, qint64(1)); // rolled back
        QCOMPARE((**m_credentials->findUser("alice")).lastLoginAddress, Home);
    }

private:
    static qint64 now() { return QDateTime::currentSecsSinceEpoch(); }

    static bool accepted(const MsChapV2Verdict &verdict)
    {
        return std::holds_alternative<MsChapV2Accepted>(verdict);
    }

    static std::uint32_t refusal(const MsChapV2Verdict &verdict)
    {
        const auto *refused = std::get_if<MsChapV2Refused>(&verdict);
        return refused ? refused->code : 0;
    }

    // alice signs in from `address` once (so it is known), then fails until locked.
    void lockAliceFrom(const QString &address)
    {
        QVERIFY(accepted(m_signIn->judge({response("alice", Password), address, 1})));
        const int threshold = m_policy->current().lockoutThreshold;
        for (int i = 0; i < threshold; ++i)
            QCOMPARE(refusal(m_signIn->judge({response("alice", Wrong), address, 1})), 691u);
        QVERIFY((**m_credentials->findUser("alice")).isLocked(now()));
    }

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
