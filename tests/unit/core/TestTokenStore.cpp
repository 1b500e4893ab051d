// Admin API tokens: shown once, stored only as a hash, verified, revoked.

#include "core/TokenStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward::core;

class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void tokensAreVerifiedByHashAndCanBeRevoked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("state.db");
        auto db = Database::open(path);
        QVERIFY(db.ok());
        TokenStore tokens(**db);
        auto token = tokens.create("laptop", 100);
        QVERIFY(token.ok());
        QVERIFY(token->startsWith("kw_") && token->size() >= 40);
        QVERIFY(!tokens.create("LAPTOP", 100).ok()); // names are unique, without case
        QCOMPARE(tokens.verify(*token, 200).value_or(""), QString("laptop"));
        QVERIFY(!tokens.verify(*token + "x", 200).has_value());
        QVERIFY(!tokens.verify("", 200).has_value());
        QCOMPARE(tokens.list()->at(0).toObject().value("lastUsed").toString().isEmpty(), false);
        // The token text is nowhere in the database file.
        db->reset();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(token->toLatin1()));
        auto reopened = Database::open(path);
        TokenStore again(**reopened);
        QVERIFY(again.verify(*token, 300).has_value());
        QVERIFY(again.revoke("laptop").ok());
        QVERIFY(!again.verify(*token, 300).has_value());
        QVERIFY(!again.revoke("laptop").ok());
    }

    void aTokenIsGrantedOnlyInItsTimeAndFromItsNetworks()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("state.db"));
        QVERIFY(db.ok());
        TokenStore tokens(**db);
        TokenStore::Spec spec;
        spec.name = "branch";
        spec.role = keyward::api::AdminRole::Auditor;
        spec.expiresAt = 1000;
        spec.sources = {"192.0.2.0/24", " 2001:db8::1 "};
        auto token = tokens.create(spec, 100);
        QVERIFY2(token.ok(), token.message().c_str());
        using Verdict = keyward::api::TokenGrant::Verdict;
        auto inside = tokens.verify(*token, QHostAddress("192.0.2.200"), 500);
        QCOMPARE(inside.verdict, Verdict::Granted);
        QCOMPARE(inside.role, keyward::api::AdminRole::Auditor);
        QCOMPARE(inside.expiresAt, qint64(1000));
        QCOMPARE(tokens.verify(*token, QHostAddress("::ffff:192.0.2.9"), 500).verdict,
                 Verdict::Granted);
        QCOMPARE(tokens.verify(*token, QHostAddress("2001:db8::1"), 500).verdict, Verdict::Granted);
        const auto outside = tokens.verify(*token, QHostAddress("198.51.100.1"), 500);
        QCOMPARE(outside.verdict, Verdict::SourceNotAllowed);
        QCOMPARE(outside.name, QString("branch"));
        QVERIFY(!tokens.verify(*token, 500).has_value()); // from nowhere in particular
        QCOMPARE(tokens.verify(*token, QHostAddress("192.0.2.200"), 1000).verdict,
                 Verdict::Expired);
        QCOMPARE(tokens.verify("kw_unknown", QHostAddress("192.0.2.200"), 500).verdict,
                 Verdict::Unknown);
        const QJsonObject listed = tokens.list()->at(0).toObject();
        QCOMPARE(listed.value("role").toString(), QString("auditor"));
        QCOMPARE(listed.value("sources").toArray(),
                 (QJsonArray{"192.0.2.0/24", "2001:db8::1/128"}));
        QCOMPARE(listed.value("lastUsedFrom").toString(), QString("2001:db8::1"));
        QCOMPARE(listed.value("expires").toString(), QString("1970-01-01T00:16:40Z"));

        spec.name = "bad";
        spec.sources = {"the office"};
        QVERIFY(tokens.create(spec, 100).kind() == keyward::ErrorKind::Invalid);
        spec.sources = {};
        spec.expiresAt = 50;
        QVERIFY(tokens.create(spec, 100).kind() == keyward::ErrorKind::Invalid);
    }

    void aTokenMadeByNameIsAnAdminFromAnywhere()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("state.db"));
        QVERIFY(db.ok());
        TokenStore tokens(**db);
        auto token = tokens.create("old", 100);
        QVERIFY(token.ok());
        const auto grant = tokens.verify(*token, QHostAddress("203.0.113.5"), 200);
        QVERIFY(grant.granted());
        QCOMPARE(grant.role, keyward::api::AdminRole::Admin);
        QCOMPARE(grant.expiresAt, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
