#pragma once

// keywardd's and keyward-probe's Qt event dispatcher: one epoll set for the socket
// notifiers and an ordered set for the timers, so that a turn of the event loop costs
// what is ready, not what is open.
//
// Qt's own dispatchers (glib's, and the poll() one with QT_NO_GLIB) hand the kernel
// every registered socket on every turn: with several thousand control connections a
// turn cost milliseconds and keywardd's CPU per session set-up grew with the number of
// sessions. Here a socket is added to the epoll set once, when its notifier is
// enabled, and each turn looks at the sockets that are ready; timers wait in a set
// ordered by deadline (O(log n) to start, stop or fire one).
//
// Semantics follow Qt's Unix dispatcher: level-triggered sockets (a notifier fires on
// every turn while its condition holds), an error or hang-up wakes the read and write
// notifiers of that socket, timers fire at or after their deadline and a repeating
// timer is re-armed from its last deadline (never into the past), a timer whose handler
// runs a nested event loop is not fired again inside it, posted events first on every
// turn, wakeUp() from any thread through an eventfd. Only the thread that installed it
// uses it (QCoreApplication::setEventDispatcher before the application exists).

#include <QAbstractEventDispatcher>
#include <atomic>
#include <cstdint>
#include <set>
#include <unordered_map>
#include <utility>

class QSocketNotifier;

namespace keyward::runtime {

class EpollEventDispatcher : public QAbstractEventDispatcher
{
    Q_OBJECT

public:
    // nullptr (and a warning naming the error) when the kernel gives no epoll set or
    // eventfd; the caller then keeps Qt's own dispatcher.
    static EpollEventDispatcher *create();
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

    // Sockets in the epoll set and timers registered (for tests).
    std::size_t socketCount() const { return m_sockets.size(); }
    std::size_t timerCount() const { return m_timers.size(); }

private:
    EpollEventDispatcher(int epollFd, int wakeFd);

    struct Socket
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        bool inEpoll = false;
        // A regular file (stdin redirected from one): epoll refuses it, and poll()
        // reports it ready at all times, so it is activated on every turn.
        bool alwaysReady = false;
    };
    struct Timer
    {
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        qint64 deadlineMs = 0; // on the monotonic clock
        bool inHandler = false;
    };

    static qint64 nowMs();
    // Changes the epoll set after a notifier of `fd` came or went.
    void updateSocket(int fd);
    // Sends the timers that are due; true when any was.
    bool fireTimers();
    // Sends a socket's activations; true when any was.
    bool activate(int fd, std::uint32_t events);
    // Milliseconds until the next timer (-1: none).
    int waitTimeMs() const;
    void drainWakeUps();

    int m_epollFd = -1;
    int m_wakeFd = -1;
    std::atomic<bool> m_wakeUpPending{false};
    std::atomic<bool> m_interrupted{false};
    std::unordered_map<int, Socket> m_sockets;
    std::set<int> m_alwaysReady; // sockets with alwaysReady
    std::unordered_map<int, Timer> m_timers;
    std::set<std::pair<qint64, int>> m_deadlines; // (deadline, timer id)
    std::unordered_multimap<QObject *, int> m_timersOf;
};

} // namespace keyward::runtime
