// IPv4 address text as keywardd's settings and keyward-probe's options take it: a
// dotted quad and nothing looser, so an admin's typo is refused rather than guessed.

#include "runtime/Ipv4Address.h"

#include <QTest>

using keyward::runtime::formatAddress;
using keyward::runtime::parseAddress;

class TestIpv4Address : public QObject
{
    Q_OBJECT

private slots:
    void formatsDottedQuad()
    {
        QCOMPARE(formatAddress(0xc0000201u), QStringLiteral("192.0.2.1"));
        QCOMPARE(formatAddress(0), QStringLiteral("0.0.0.0"));
        QCOMPARE(formatAddress(0xffffffffu), QStringLiteral("255.255.255.255"));
        QCOMPARE(formatAddress(0x0a4b0001u), QStringLiteral("10.75.0.1"));
    }

    void parsesDottedQuad_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<quint32>("address");
        QTest::newRow("documentation") << "192.0.2.1" << 0xc0000201u;
        QTest::newRow("any") << "0.0.0.0" << 0u;
        QTest::newRow("broadcast") << "255.255.255.255" << 0xffffffffu;
        QTest::newRow("tunnel pool") << "10.75.0.0" << 0x0a4b0000u;
        QTest::newRow("blanks around") << " 172.20.5.1\t" << 0xac140501u;
    }

    void parsesDottedQuad()
    {
        QFETCH(QString, text);
        QFETCH(quint32, address);
        const auto parsed = parseAddress(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, address);
        QCOMPARE(parseAddress(formatAddress(address)), std::optional<std::uint32_t>(address));
    }

    void refusesAnythingElse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("name") << "example.org";
        QTest::newRow("short form") << "10.1";
        QTest::newRow("three parts") << "10.0.1";
        QTest::newRow("five parts") << "10.0.0.1.5";
        QTest::newRow("part above 255") << "10.0.0.256";
        QTest::newRow("four digits") << "1000.0.0.1";
        QTest::newRow("leading zero") << "010.0.0.1";
        QTest::newRow("trailing dot") << "10.0.0.1.";
        QTest::newRow("empty part") << "10..0.1";
        QTest::newRow("sign") << "+10.0.0.1";
        QTest::newRow("hex") << "0x0a.0.0.1";
        QTest::newRow("blank inside") << "10.0. 0.1";
        QTest::newRow("port") << "10.0.0.1:1723";
        QTest::newRow("IPv6") << "::1";
        QTest::newRow("IPv4-mapped IPv6") << "::ffff:10.0.0.1";
        QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("١.٢.٣.٤");
    }

    void refusesAnythingElse()
    {
        QFETCH(QString, text);
        QCOMPARE(parseAddress(text), std::optional<std::uint32_t>());
    }
};

QTEST_GUILESS_MAIN(TestIpv4Address)
#include "TestIpv4Address.moc"
