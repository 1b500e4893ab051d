// The policy: strong defaults, bounds that name the key, weak settings listed.

#include "core/Policy.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward::core;
using keyward::ErrorKind;

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreStrongAndHaveNoWeaknesses()
    {
        Policy p;
        QVERIFY(p.allowMppe128 && !p.allowMppe40 && !p.allowMppe56 && !p.allowStatefulMppe);
        QCOMPARE(p.authMethods, QStringList{"mschapv2"});
        QVERIFY(p.weaknesses().isEmpty());
        QVERIFY(p.passwordMaxAgeDays >= 30 && p.passwordMaxAgeDays <= 90);
        QVERIFY(p.maxSessionHours >= 8 && p.maxSessionHours <= 24);
    }

    void changesAreCheckedAgainstBounds_data()
    {
        QTest::addColumn<QJsonObject>("change");
        QTest::addColumn<QString>("problem");
        QTest::newRow("expiry too long")
            << QJsonObject{{"passwordMaxAgeDays", 365}}
            << "passwordMaxAgeDays must be a whole number from 30 to 90";
        QTest::newRow("not a number") << QJsonObject{{"lockoutThreshold", "five"}}
                                      << "lockoutThreshold must be a whole number from 3 to 20";
        QTest::newRow("fraction") << QJsonObject{{"maxSessionHours", 8.5}}
                                  << "maxSessionHours must be a whole number from 8 to 24";
        QTest::newRow("unknown") << QJsonObject{{"allowTelnet", true}}
                                 << "unknown policy setting 'allowTelnet'";
        QTest::newRow("pap") << QJsonObject{{"authMethods", QJsonArray{"mschapv2", "pap"}}}
                             << "authMethods: Keyward authenticates with MS-CHAPv2 only";
        QTest::newRow("no mppe") << QJsonObject{{"allowMppe128", false}}
                                 << "at least one MPPE strength must be allowed";
        QTest::newRow("prefer stateful without allowing it")
            << QJsonObject{{"preferStatefulMppe", true}}
            << "preferStatefulMppe needs allowStatefulMppe";
        QTest::newRow("bool as string")
            << QJsonObject{{"allowMppe40", "yes"}} << "allowMppe40 must be true or false";
    }

    void changesAreCheckedAgainstBounds()
    {
        QFETCH(QJsonObject, change);
        QFETCH(QString, problem);
        Policy p;
        const QJsonObject before = p.toJson();
        auto error = p.apply(change);
        QVERIFY(!error);
        QVERIFY(error.kind() == ErrorKind::Invalid);
        const QString message = QString::fromStdString(error.message());
        QVERIFY2(message.startsWith(problem), qPrintable(message));
        QCOMPARE(p.toJson(), before); // nothing half-applied
    }

    void weakChoicesAreListed()
    {
        Policy p;
        QVERIFY(p.apply({{"allowMppe40", true},
                         {"allowStatefulMppe", true},
                         {"passwordHistory", 0},
                         {"maxSessionHours", 24}})
                    .ok());
        const QStringList weak = p.weaknesses();
        QCOMPARE(weak.size(), 4);
        QVERIFY(weak.join('\n').contains("40-bit MPPE is allowed"));
        QVERIFY(weak.join('\n').contains("stateful MPPE"));
        Policy round;
        QVERIFY(round.apply(p.toJson()).ok());
        QCOMPARE(round.toJson(), p.toJson());
    }

    void lockoutCountsOnlyKnownAddressesUnlessAskedOtherwise()
    {
        Policy p;
        QVERIFY(p.lockoutKnownAddressesOnly);
        QCOMPARE(p.toJson().value("lockoutKnownAddressesOnly"), QJsonValue(true));
        QVERIFY(p.apply({{"lockoutKnownAddressesOnly", false}}).ok());
        QVERIFY(!p.lockoutKnownAddressesOnly);
        QCOMPARE(p.weaknesses().size(), 1);
        QVERIFY(p.weaknesses().first().contains("lock that user out"));
        QVERIFY(!p.apply({{"lockoutKnownAddressesOnly", "no"}}).ok());
    }

    void passwordsAreChecked()
    {
        Policy p;
        QVERIFY(
            QString::fromStdString(p.checkPassword("short1A!").message()).contains("at least 12"));
        QVERIFY(QString::fromStdString(p.checkPassword("alllowercaseletters").message())
                    .contains("at least 3 of"));
        QVERIFY(p.checkPassword("Correct-horse-42").ok());
        QVERIFY(p.checkPassword(QString::fromUtf8("Grüße-aus-Köln")).ok());
        QVERIFY(!p.checkPassword(QString(300, 'a')).ok());
        QCOMPARE(Policy::characterClasses("aB3!"), 4);
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "TestPolicy.moc"
