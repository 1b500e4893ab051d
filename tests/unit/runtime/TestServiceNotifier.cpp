// keywardd under systemd (Type=notify, WatchdogSec): READY=1 only once it serves,
// STATUS= that follows the sessions, WATCHDOG=1 while the event loop turns, STOPPING=1
// at shutdown; and nothing at all when no service manager started it.

#include "runtime/ServiceNotifier.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cstdlib>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using keyward::runtime::ServiceNotifier;
using namespace std::chrono_literals;

namespace {

// A service manager's notification socket: a datagram socket the test reads.
class FakeManager
{
public:
    explicit FakeManager(const QString &path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray native = path.toLocal8Bit();
        std::memcpy(addr.sun_path, native.constData(), native.size());
        m_bound = ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    }
    ~FakeManager() { ::close(m_fd); }
    bool bound() const { return m_bound; }

    // Every datagram that arrives within `wait`.
    QList<QByteArray> received(std::chrono::milliseconds wait)
    {
        QList<QByteArray> out;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < wait.count()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            char buffer[4096];
            for (;;) {
                const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
                if (n <= 0)
                    break;
                out << QByteArray(buffer, static_cast<int>(n));
            }
        }
        return out;
    }

private:
    int m_fd = -1;
    bool m_bound = false;
};

} // namespace

class TestServiceNotifier : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        ::unsetenv("NOTIFY_SOCKET");
        ::unsetenv("WATCHDOG_USEC");
        ::unsetenv("WATCHDOG_PID");
    }

    void withoutAServiceManagerNothingIsSent()
    {
        QTemporaryDir dir;
        FakeManager manager(dir.filePath("notify"));
        QVERIFY(manager.bound());
        ::setenv("WATCHDOG_USEC", "100000", 1); // ignored without NOTIFY_SOCKET
        ServiceNotifier notifier;
        QVERIFY(!notifier.active());
        QCOMPARE(notifier.watchdogInterval(), 0ms);
        notifier.ready([] { return QStringLiteral("0 session(s)"); }, 20ms);
        notifier.stopping(QStringLiteral("signal received"));
        QVERIFY(manager.received(150ms).isEmpty());
    }

    void readyCarriesTheStatusAndTheStatusFollows()
    {
        QTemporaryDir dir;
        FakeManager manager(dir.filePath("notify"));
        QVERIFY(manager.bound());
        ::setenv("NOTIFY_SOCKET", qPrintable(dir.filePath("notify")), 1);
        ServiceNotifier notifier;
        QVERIFY(notifier.active());
        QCOMPARE(notifier.watchdogInterval(), 0ms); // no WatchdogSec: no pings
        int sessions = 0;
        notifier.ready([&sessions] { return QStringLiteral("%1 session(s)").arg(sessions); }, 30ms);
        QList<QByteArray> got = manager.received(100ms);
        QCOMPARE(got.value(0), QByteArray("READY=1\nSTATUS=0 session(s)"));
        QCOMPARE(got.size(), 1); // an unchanged status is not sent again
        sessions = 3;
        got = manager.received(150ms);
        QCOMPARE(got.value(0), QByteArray("STATUS=3 session(s)"));
        QCOMPARE(got.size(), 1);
        notifier.stopping(QStringLiteral("signal received"));
        got = manager.received(100ms);
        QCOMPARE(got, QList<QByteArray>{"STOPPING=1\nSTATUS=stopping: signal received"});
    }

    void theWatchdogIsFedFromTheEventLoopAtHalfItsPeriod()
    {
        QTemporaryDir dir;
        FakeManager manager(dir.filePath("notify"));
        QVERIFY(manager.bound());
        ::setenv("NOTIFY_SOCKET", qPrintable(dir.filePath("notify")), 1);
        ::setenv("WATCHDOG_USEC", "200000", 1);
        ::setenv("WATCHDOG_PID", qPrintable(QString::number(::getpid())), 1);
        ServiceNotifier notifier;
        QCOMPARE(notifier.watchdogInterval(), 100ms);
        notifier.ready({});
        const QList<QByteArray> got = manager.received(450ms);
        QCOMPARE(got.value(0), QByteArray("READY=1\nSTATUS="));
        QVERIFY2(got.count("WATCHDOG=1") >= 3,
                 qPrintable(QString::number(got.count("WATCHDOG=1"))));
        notifier.stopping(QStringLiteral("done"));
        manager.received(50ms);
        QVERIFY(manager.received(250ms).isEmpty()); // stopped: no more pings
    }

    void aWatchdogMeantForAnotherProcessIsNotFed()
    {
        QTemporaryDir dir;
        ::setenv("NOTIFY_SOCKET", qPrintable(dir.filePath("notify")), 1);
        ::setenv("WATCHDOG_USEC", "200000", 1);
        ::setenv("WATCHDOG_PID", qPrintable(QString::number(::getpid() + 1)), 1);
        ServiceNotifier notifier;
        QCOMPARE(notifier.watchdogInterval(), 0ms);
    }
};

QTEST_GUILESS_MAIN(TestServiceNotifier)
#include "TestServiceNotifier.moc"
