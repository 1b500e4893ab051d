// Admin API tokens: shown once, stored only as a hash, verified, revoked.

#include "core/TokenStore.h"

#include <QFile>
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
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
