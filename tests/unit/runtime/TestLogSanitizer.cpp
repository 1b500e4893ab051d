// keywardd's log handler: a string from the wire cannot break a log line or send
// escape sequences to a terminal, whichever call site logs it.

#include "runtime/LogSanitizer.h"

#include <QLoggingCategory>
#include <QTest>

using keyward::runtime::LogSanitizer;

namespace {

QStringList g_written;

// Stands in for Qt's default handler, which the sanitizer hands each message to.
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_written << message;
}

Q_LOGGING_CATEGORY(lcTest, "keyward.test")

} // namespace

class TestLogSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void controlCharactersAndLineBreaksAreEscaped_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("newline") << QString("alice\nforged line") << QString("alice\\nforged line");
        QTest::newRow("carriage return") << QString("a\r\nb") << QString("a\\r\\nb");
        QTest::newRow("tab") << QString("a\tb") << QString("a\\tb");
        QTest::newRow("escape sequence")
            << QString("\x1b[31mred\x1b[0m") << QString("\\x1b[31mred\\x1b[0m");
        QTest::newRow("nul and del")
            << QString::fromLatin1("a\0b\x7f", 4) << QString("a\\x00b\\x7f");
        QTest::newRow("c1 control") << QString(QChar(0x9b)) + "2J" << QString("\\u009b2J");
        QTest::newRow("line separator")
            << QString("a") + QChar(0x2028) + "b" << QString("a\\u2028b");
        QTest::newRow("bidi override")
            << QString("txt.") + QChar(0x202e) + "exe" << QString("txt.\\u202eexe");
    }

    void controlCharactersAndLineBreaksAreEscaped()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(LogSanitizer::escape(in), out);
    }

    void printableTextIsKept()
    {
        const QString text = QStringLiteral("user Jürgen from 192.0.2.7: E=691 \\n ok ✓");
        QCOMPARE(LogSanitizer::escape(text), text);
    }

    void everyLoggedMessageIsEscaped()
    {
        const QtMessageHandler testLog = qInstallMessageHandler(&capture);
        LogSanitizer::install();
        LogSanitizer::install(); // twice: still escaped once
        const QString wireName = QStringLiteral("eve\n2026-11-29T10:00:00.000 info "
                                                "keyward.session: user root authenticated\x1b[2J");
        qCWarning(lcTest).noquote() << "login failed for" << wireName;
        qInfo("%s", "plain\tprintf");
        qInstallMessageHandler(testLog);
        QCOMPARE(g_written.size(), 2);
        QCOMPARE(g_written[0], QStringLiteral("login failed for eve\\n2026-11-29T10:00:00.000 info "
                                              "keyward.session: user root authenticated\\x1b[2J"));
        QCOMPARE(g_written[1], QStringLiteral("plain\\tprintf"));
    }
};

QTEST_GUILESS_MAIN(TestLogSanitizer)
#include "TestLogSanitizer.moc"
