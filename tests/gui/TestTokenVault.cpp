// The console keeps remote servers' API tokens in the OS keychain. Against a real
// Secret Service (GNOME Keyring in a private D-Bus session, see
// with-secret-service.sh): a token is stored, read back and deleted, and a remote
// profile connects over TLS with the token it reads from there. Without any
// keychain (a second ctest entry runs with no session bus) the admin gets a clear
// message and can go on by typing the token.

#include "client/ConnectionProfile.h"
#include "client/ServerConnection.h"
#include "ipc/IpcServer.h"
#include "ipc/TlsIdentity.h"
#include "secrets/TokenVault.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward::console;

namespace {
TokenVault::Answer await(TokenVault &vault,
                         void (TokenVault::*op)(const QString &, TokenVault::Callback),
                         const QString &key)
{
    std::optional<TokenVault::Answer> answer;
    (vault.*op)(key, [&](const TokenVault::Answer &a) { answer = a; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        qWarning("the keychain did not answer within 10 s");
    // No answer in time reads as Failed, which every caller checks against.
    return answer.value_or(TokenVault::Answer{TokenVault::Outcome::Failed, {}, "no answer"});
}

bool haveSecretService()
{
    return qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").startsWith("unix:") &&
           qEnvironmentVariableIsSet("KEYWARD_SECRET_SERVICE");
}
} // namespace

class TestTokenVault : public QObject
{
    Q_OBJECT

private slots:
    void aTokenIsStoredReadBackAndDeleted()
    {
        if (!haveSecretService())
            QSKIP("needs a Secret Service: run under tests/gui/with-secret-service.sh with "
                  "KEYWARD_SECRET_SERVICE=1 (ctest does)");
        TokenVault vault(QStringLiteral("Keyward test"));
        const QString key = QStringLiteral("token/office@192.0.2.1:8443");
        std::optional<TokenVault::Answer> stored;
        vault.store(key, QStringLiteral("kw_secret_token_1"),
                    [&](const TokenVault::Answer &a) { stored = a; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
        QVERIFY2(stored->outcome == TokenVault::Outcome::Ok, qPrintable(stored->message));

        const auto read = await(vault, &TokenVault::read, key);
        QCOMPARE(read.outcome, TokenVault::Outcome::Ok);
        QCOMPARE(read.secret, QString("kw_secret_token_1"));

        const auto removed = await(vault, &TokenVault::remove, key);
        QCOMPARE(removed.outcome, TokenVault::Outcome::Ok);
        const auto gone = await(vault, &TokenVault::read, key);
        QCOMPARE(gone.outcome, TokenVault::Outcome::NotFound);
        QVERIFY(gone.secret.isEmpty());
    }

    void aRemoteProfileConnectsWithTheTokenFromTheKeychain()
    {
        if (!haveSecretService())
            QSKIP("needs a Secret Service (see aTokenIsStoredReadBackAndDeleted)");
        QTemporaryDir dir;
        auto loaded = keyward::ipc::TlsIdentity::loadOrCreate(dir.path());
        QVERIFY2(loaded.ok(), loaded.message().c_str());
        const keyward::ipc::TlsIdentity identity = *loaded;
        keyward::ipc::IpcServer server(QStringLiteral("keyward-test-no-such-group"));
        const auto listening = server.listen(dir.filePath("admin.sock"));
        QVERIFY2(listening.ok(), listening.message().c_str());
        const auto listeningTls =
            server.listenTls(QHostAddress::LocalHost, 0, identity,
                             [](const QString &token) -> std::optional<QString> {
                                 if (token == "kw_from_keychain")
                                     return QString("laptop");
                                 return std::nullopt;
                             });
        QVERIFY2(listeningTls.ok(), listeningTls.message().c_str());
        const auto profile = ConnectionProfile::remote("office", "127.0.0.1", server.tlsPort(),
                                                       identity.fingerprint());
        QVERIFY(profile.problem().isEmpty());

        ServerConnection session;
        std::optional<TokenVault::Answer> stored;
        session.vault().store(profile.keychainKey(), "kw_from_keychain",
                              [&](const TokenVault::Answer &a) { stored = a; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
        QCOMPARE(stored->outcome, TokenVault::Outcome::Ok);

        QSignalSpy online(&session, &ServerConnection::online);
        session.open(profile);
        QVERIFY(online.wait(10000));
        QCOMPARE(session.identity(), QString("token laptop from 127.0.0.1"));
        session.close();

        // Nothing in the keychain: a console started now asks for the token.
        QVERIFY(await(session.vault(), &TokenVault::remove, profile.keychainKey()).outcome ==
                TokenVault::Outcome::Ok);
        ServerConnection later;
        later.open(profile);
        QTRY_COMPARE_WITH_TIMEOUT(later.state(), ServerConnection::State::NeedsToken, 10000);
        QVERIFY2(later.statusText().contains("No token is saved"), qPrintable(later.statusText()));
        later.provideToken("kw_wrong", false);
        QTRY_COMPARE_WITH_TIMEOUT(later.state(), ServerConnection::State::NeedsToken, 10000);
        QVERIFY2(later.statusText().contains("refused the token"), qPrintable(later.statusText()));
        later.provideToken("kw_from_keychain", true); // and keep it this time
        QTRY_COMPARE_WITH_TIMEOUT(later.state(), ServerConnection::State::Online, 10000);
        QTRY_COMPARE(await(later.vault(), &TokenVault::read, profile.keychainKey()).secret,
                     QString("kw_from_keychain"));
    }

    // Keychain entries are keyed by the pinned fingerprint: a token kept while the
    // profile was pinned to one certificate is never read for another.
    void aTokenKeptForOnePinIsNotOfferedToAnother()
    {
        if (!haveSecretService())
            QSKIP("needs a Secret Service (see aTokenIsStoredReadBackAndDeleted)");
        QTemporaryDir dir;
        auto loaded = keyward::ipc::TlsIdentity::loadOrCreate(dir.path());
        QVERIFY2(loaded.ok(), loaded.message().c_str());
        const keyward::ipc::TlsIdentity identity = *loaded;
        keyward::ipc::IpcServer server(QStringLiteral("keyward-test-no-such-group"));
        QVERIFY(server.listen(dir.filePath("admin.sock")).ok());
        int tokensSeen = 0;
        QVERIFY(server
                    .listenTls(QHostAddress::LocalHost, 0, identity,
                               [&](const QString &token) -> std::optional<QString> {
                                   ++tokensSeen;
                                   if (token == "kw_kept_for_pin_a")
                                       return QString("laptop");
                                   return std::nullopt;
                               })
                    .ok());
        const auto pinA = ConnectionProfile::remote("office", "127.0.0.1", server.tlsPort(),
                                                    QString("AB:").repeated(31) + "CD");
        const auto pinB = ConnectionProfile::remote("office", "127.0.0.1", server.tlsPort(),
                                                    identity.fingerprint());
        QVERIFY(pinA.keychainKey() != pinB.keychainKey());

        ServerConnection session;
        await(session.vault(), &TokenVault::remove, pinB.keychainKey()); // none left over
        std::optional<TokenVault::Answer> stored;
        session.vault().store(pinA.keychainKey(), "kw_kept_for_pin_a",
                              [&](const TokenVault::Answer &a) { stored = a; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
        QCOMPARE(stored->outcome, TokenVault::Outcome::Ok);

        session.open(pinB);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ServerConnection::State::NeedsToken, 10000);
        QVERIFY2(session.statusText().contains("No token is saved"),
                 qPrintable(session.statusText()));
        QCOMPARE(tokensSeen, 0);
        QCOMPARE(await(session.vault(), &TokenVault::read, pinA.keychainKey()).secret,
                 QString("kw_kept_for_pin_a"));
        QCOMPARE(await(session.vault(), &TokenVault::remove, pinA.keychainKey()).outcome,
                 TokenVault::Outcome::Ok);
    }

    void withoutAKeychainTheAdminIsToldWhy()
    {
        if (qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS") != "disabled:")
            QSKIP("runs with DBUS_SESSION_BUS_ADDRESS=disabled: (its own ctest entry)");
        TokenVault vault(QStringLiteral("Keyward test"));
        const auto read = await(vault, &TokenVault::read, "token/x@h:1");
        QVERIFY2(read.outcome == TokenVault::Outcome::Unavailable, qPrintable(read.message));
        QVERIFY2(read.message.contains("keychain could not be used"), qPrintable(read.message));
        QVERIFY(read.message.contains("enter the token"));

        // A remote profile then waits for a typed token instead of failing.
        ServerConnection session;
        session.open(ConnectionProfile::remote("office", "127.0.0.1", 9,
                                               QString("AB:").repeated(31) + "CD"));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ServerConnection::State::NeedsToken, 10000);
        QCOMPARE(session.statusText(), read.message);
    }
};

QTEST_MAIN(TestTokenVault)
#include "TestTokenVault.moc"
