// keywardd's epoll event dispatcher under Qt's own classes: timers fire in deadline
// order, repeat and stop; zero timers, posted events and deleteLater run; a socket
// notifier is level-triggered and only the sockets that are ready wake the loop; a
// notifier removed by another's handler is not activated; a regular file is always ready,
// as poll() says; Qt's TCP sockets and QProcess work on it; and nothing stays registered
// once the objects are gone.

#include "runtime/EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using keyward::runtime::EpollEventDispatcher;

namespace {

EpollEventDispatcher *dispatcher()
{
    return qobject_cast<EpollEventDispatcher *>(QCoreApplication::eventDispatcher());
}

struct SocketPair
{
    int fd[2] = {-1, -1};
    SocketPair() { ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fd); }
    ~SocketPair()
    {
        ::close(fd[0]);
        ::close(fd[1]);
    }
};

} // namespace

class TestEpollEventDispatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(dispatcher(), "the test runs on EpollEventDispatcher"); }

    void timersFireInDeadlineOrderRepeatAndStop()
    {
        const std::size_t before = dispatcher()->timerCount();
        std::vector<int> order;
        for (int ms : {60, 20, 40})
            QTimer::singleShot(ms, this, [&order, ms] { order.push_back(ms); });
        int ticks = 0;
        QTimer repeating;
        repeating.setInterval(10);
        connect(&repeating, &QTimer::timeout, this, [&] { ++ticks; });
        repeating.start();
        QVERIFY(repeating.remainingTime() >= 0 && repeating.remainingTime() <= 10);
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), std::size_t(3), 5000);
        QCOMPARE(order, (std::vector<int>{20, 40, 60}));
        QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
        QCOMPARE(dispatcher()->registeredTimers(&repeating).size(), 1);
        repeating.stop();
        const int stopped = ticks;
        QTest::qWait(50);
        QCOMPARE(ticks, stopped);
        QCOMPARE(dispatcher()->timerCount(), before);
    }

    void aTimerRestartedLaterWaitsForItsNewDeadline()
    {
        QTimer timer;
        timer.setSingleShot(true);
        int fired = 0;
        connect(&timer, &QTimer::timeout, this, [&] { ++fired; });
        timer.start(20);
        timer.start(200);
        QTest::qWait(80);
        QCOMPARE(fired, 0);
        QTRY_COMPARE_WITH_TIMEOUT(fired, 1, 5000);
    }

    void zeroTimersPostedEventsAndDeleteLaterRun()
    {
        bool zero = false, queued = false;
        QTimer::singleShot(0, this, [&] { zero = true; });
        QMetaObject::invokeMethod(
            this, [&] { queued = true; }, Qt::QueuedConnection);
        QPointer<QObject> doomed = new QObject;
        doomed->deleteLater();
        QTRY_VERIFY(zero && queued && doomed.isNull());
    }

    void socketNotifiersAreLevelTriggered()
    {
        SocketPair pair;
        const std::size_t before = dispatcher()->socketCount();
        int activations = 0;
        {
            QSocketNotifier readable(pair.fd[0], QSocketNotifier::Read);
            connect(&readable, &QSocketNotifier::activated, this, [&] { ++activations; });
            QCOMPARE(dispatcher()->socketCount(), before + 1);
            QTest::qWait(30);
            QCOMPARE(activations, 0); // nothing to read: the loop sleeps
            QCOMPARE(::write(pair.fd[1], "x", 1), ssize_t(1));
            // Not read: it is reported again on every turn.
            QTRY_VERIFY(activations >= 3);
            char c = 0;
            QCOMPARE(::read(pair.fd[0], &c, 1), ssize_t(1));
            QTest::qWait(20);
            const int drained = activations;
            QTest::qWait(30);
            QCOMPARE(activations, drained);
            readable.setEnabled(false);
            QCOMPARE(dispatcher()->socketCount(), before);
            readable.setEnabled(true);
            QCOMPARE(dispatcher()->socketCount(), before + 1);
        }
        QCOMPARE(dispatcher()->socketCount(), before);
    }

    void aRegularFileIsAlwaysReadyAsPollSaysIt()
    {
        // stdin redirected from a file: epoll refuses it, poll() calls it readable.
        QTemporaryFile file;
        QVERIFY(file.open());
        QVERIFY(file.write("line\n") == 5 && file.flush());
        int activations = 0;
        {
            QSocketNotifier readable(file.handle(), QSocketNotifier::Read);
            connect(&readable, &QSocketNotifier::activated, this, [&] { ++activations; });
            QTRY_VERIFY(activations >= 2);
        }
        const int after = activations;
        QTest::qWait(20);
        QCOMPARE(activations, after);
    }

    void aNotifierRemovedByAnotherHandlerIsNotActivated()
    {
        SocketPair a, b;
        auto first = std::make_unique<QSocketNotifier>(a.fd[0], QSocketNotifier::Read);
        auto second = std::make_unique<QSocketNotifier>(b.fd[0], QSocketNotifier::Read);
        int firstHits = 0, secondHits = 0;
        // Whichever comes first removes the other, as closing one connection may
        // remove another's.
        connect(first.get(), &QSocketNotifier::activated, this, [&] {
            ++firstHits;
            second.reset();
            first->setEnabled(false);
        });
        connect(second.get(), &QSocketNotifier::activated, this, [&] {
            ++secondHits;
            first.reset();
            second->setEnabled(false);
        });
        QCOMPARE(::write(a.fd[1], "x", 1), ssize_t(1));
        QCOMPARE(::write(b.fd[1], "x", 1), ssize_t(1));
        QTRY_COMPARE(firstHits + secondHits, 1);
        QTest::qWait(30);
        QCOMPARE(firstHits + secondHits, 1);
    }

    void onlyTheReadySocketWakesAmongMany()
    {
        std::vector<std::unique_ptr<SocketPair>> pairs;
        std::vector<std::unique_ptr<QSocketNotifier>> notifiers;
        std::vector<int> hits(500, 0);
        for (int i = 0; i < 500; ++i) {
            pairs.push_back(std::make_unique<SocketPair>());
            notifiers.push_back(
                std::make_unique<QSocketNotifier>(pairs.back()->fd[0], QSocketNotifier::Read));
            connect(notifiers.back().get(), &QSocketNotifier::activated, this, [&, i] {
                ++hits[i];
                char c = 0;
                [[maybe_unused]] auto got = ::read(pairs[i]->fd[0], &c, 1);
            });
        }
        QCOMPARE(::write(pairs[321]->fd[1], "x", 1), ssize_t(1));
        QTRY_COMPARE(hits[321], 1);
        QTest::qWait(20);
        int others = 0;
        for (int i = 0; i < 500; ++i)
            others += i == 321 ? 0 : hits[i];
        QCOMPARE(others, 0);
    }

    void qtTcpSocketsCarryAMegabyteBothWays()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTcpSocket *peer = nullptr;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            peer = server.nextPendingConnection();
            connect(peer, &QTcpSocket::readyRead, peer, [peer] { peer->write(peer->readAll()); });
        });
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
        QByteArray sent(1 << 20, '\0');
        for (int i = 0; i < sent.size(); ++i)
            sent[i] = static_cast<char>(i * 7);
        client.write(sent);
        QByteArray echoed;
        connect(&client, &QTcpSocket::readyRead, this, [&] { echoed += client.readAll(); });
        QTRY_COMPARE_WITH_TIMEOUT(echoed.size(), sent.size(), 10000);
        QCOMPARE(echoed, sent);
        client.disconnectFromHost();
        QTRY_VERIFY(!peer || peer->state() != QAbstractSocket::ConnectedState);
    }

    void aChildProcessIsReadAndReaped()
    {
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral("/bin/echo"), {QStringLiteral("keyward")});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput(), QByteArray("keyward\n"));
    }

    void aNestedLoopDoesNotReenterItsTimer()
    {
        QTimer timer;
        timer.setInterval(5);
        int depth = 0, deepest = 0, calls = 0;
        connect(&timer, &QTimer::timeout, this, [&] {
            ++calls;
            deepest = std::max(deepest, ++depth);
            if (calls == 1) {
                QEventLoop nested;
                QTimer::singleShot(40, &nested, &QEventLoop::quit);
                nested.exec();
            }
            --depth;
        });
        timer.start();
        QTRY_VERIFY(calls >= 3);
        timer.stop();
        QCOMPARE(deepest, 1);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setEventDispatcher(EpollEventDispatcher::create());
    QCoreApplication app(argc, argv);
    TestEpollEventDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestEpollEventDispatcher.moc"
