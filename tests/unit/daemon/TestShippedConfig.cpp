// The config file the package installs (/etc/keyward/keywardd.conf) shows an admin
// every setting keywardd has, each commented out with its default: a setting added to
// keywardd without a line here, a line keywardd would refuse, or a value that is not
// the default fails this test.

#include "daemon/DaemonConfig.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace keyward::daemon;

namespace {

QString shippedText()
{
    QFile file(QStringLiteral(KEYWARD_SHIPPED_CONFIG));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// "# key = value" lines with the '#' taken away; everything else stays a comment.
QString uncommented(const QString &text)
{
    static const QRegularExpression setting(QStringLiteral("^#\\s*([a-z-]+\\s*=.*)$"));
    QStringList out;
    for (const QString &line : text.split('\n')) {
        const auto match = setting.match(line);
        out << (match.hasMatch() ? match.captured(1) : line);
    }
    return out.join('\n');
}

} // namespace

class TestShippedConfig : public QObject
{
    Q_OBJECT

private slots:
    void everySettingIsInTheFile()
    {
        const QString text = shippedText();
        QVERIFY2(!text.isEmpty(), KEYWARD_SHIPPED_CONFIG);
        // The settings as keywardd --help lists them.
        static const QRegularExpression flag(QStringLiteral("^\\s+--([a-z-]+)"),
                                             QRegularExpression::MultilineOption);
        QStringList keys;
        for (auto it = flag.globalMatch(DaemonConfig::usage()); it.hasNext();)
            keys << it.next().captured(1);
        keys.removeAll(QStringLiteral("config"));  // names the file itself
        keys.removeAll(QStringLiteral("restore")); // an action run once, not a setting
        QVERIFY(keys.size() >= 29);
        for (const QString &key : keys) {
            const QRegularExpression line(
                QStringLiteral("^# %1 = \\S").arg(QRegularExpression::escape(key)),
                QRegularExpression::MultilineOption);
            QVERIFY2(
                line.match(text).hasMatch(),
                qPrintable(
                    QStringLiteral("no '# %1 = ...' line in %2").arg(key, KEYWARD_SHIPPED_CONFIG)));
        }
    }

    void everyLineIsASettingKeywarddTakes()
    {
        const QString text = shippedText();
        QVERIFY(!text.isEmpty());
        // As shipped, all commented: the defaults.
        QVERIFY(DaemonConfig::fromText(text, QStringLiteral("keywardd.conf"), {}).ok());
        auto all = DaemonConfig::fromText(uncommented(text), QStringLiteral("keywardd.conf"), {});
        QVERIFY2(all.ok(), all.ok() ? "" : all.message().c_str());
    }

    void theValuesShownAreTheDefaults()
    {
        auto shown =
            DaemonConfig::fromText(uncommented(shippedText()), QStringLiteral("keywardd.conf"), {});
        QVERIFY(shown.ok());
        const DaemonConfig defaults;
        // dns, admin-listen, audit-anchor-file and user have no value by default: their
        // lines are examples.
        QCOMPARE(shown->listenAddress, defaults.listenAddress);
        QCOMPARE(shown->port, defaults.port);
        QCOMPARE(shown->stateDir, defaults.stateDir);
        QCOMPARE(shown->ipcSocket, defaults.ipcSocket);
        QCOMPARE(shown->tunnelPool.network, defaults.tunnelPool.network);
        QCOMPARE(shown->tunnelPool.prefixLength, defaults.tunnelPool.prefixLength);
        QCOMPARE(shown->forwardToLan, defaults.forwardToLan);
        QCOMPARE(shown->foreground, defaults.foreground);
        QCOMPARE(shown->logLevel, defaults.logLevel);
        QCOMPARE(shown->maxSessions, defaults.maxSessions);
        QCOMPARE(shown->maxConnectionsPerSource, defaults.maxConnectionsPerSource);
        QCOMPARE(shown->maxCallsPerConnection, defaults.maxCallsPerConnection);
        QCOMPARE(shown->handshakeTimeoutSeconds, defaults.handshakeTimeoutSeconds);
        QCOMPARE(shown->maxHandshakingCalls, defaults.maxHandshakingCalls);
        QCOMPARE(shown->maxCalllessConnections, defaults.maxCalllessConnections);
        QCOMPARE(shown->startTimeoutSeconds, defaults.startTimeoutSeconds);
        QCOMPARE(shown->callTimeoutSeconds, defaults.callTimeoutSeconds);
        QCOMPARE(shown->signInTimeoutSeconds, defaults.signInTimeoutSeconds);
        QCOMPARE(shown->connectionRate, defaults.connectionRate);
        QCOMPARE(shown->connectionBurst, defaults.connectionBurst);
        QCOMPARE(shown->controlOutputLimit, defaults.controlOutputLimit);
        QCOMPARE(shown->controlInputRate, defaults.controlInputRate);
        QCOMPARE(shown->echoIntervalSeconds, defaults.echoIntervalSeconds);
        QCOMPARE(shown->idleTimeoutSeconds, defaults.idleTimeoutSeconds);
        QCOMPARE(shown->maxSessionSeconds, defaults.maxSessionSeconds);
        QCOMPARE(shown->mtu, defaults.mtu);
        QCOMPARE(shown->radiusAccountingQueue, defaults.radiusAccountingQueue);
        QCOMPARE(shown->radiusInterimSeconds, defaults.radiusInterimSeconds);
        // The audit anchor example is where the default puts it.
        QCOMPARE(shown->auditAnchorFile, defaults.stateDir + QStringLiteral("/audit.anchors"));
    }
};

QTEST_GUILESS_MAIN(TestShippedConfig)
#include "TestShippedConfig.moc"
