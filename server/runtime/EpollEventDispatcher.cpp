#include "runtime/EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimerEvent>
#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace keyward::runtime {

namespace {

Q_LOGGING_CATEGORY(lcDispatcher, "keyward.eventloop")

// Ready sockets taken in one turn; more wait for the next (level-triggered, so none
// is lost, and the kernel rotates its ready list, so none waits for ever).
constexpr int MaxEventsPerTurn = 256;

void sendActivation(QSocketNotifier *notifier)
{
    QEvent event(QEvent::SockAct);
    QCoreApplication::sendEvent(notifier, &event);
}

} // namespace

EpollEventDispatcher *EpollEventDispatcher::create()
{
    const int epollFd = ::epoll_create1(EPOLL_CLOEXEC);
    const int wakeFd = epollFd < 0 ? -1 : ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    epoll_event wake{};
    wake.events = EPOLLIN;
    wake.data.fd = wakeFd;
    if (epollFd < 0 || wakeFd < 0 || ::epoll_ctl(epollFd, EPOLL_CTL_ADD, wakeFd, &wake) != 0) {
        qCWarning(lcDispatcher).noquote()
            << "no epoll event loop (" << QString::fromLocal8Bit(std::strerror(errno))
            << "); Qt's own dispatcher is used, which polls every socket on every turn";
        if (wakeFd >= 0)
            ::close(wakeFd);
        if (epollFd >= 0)
            ::close(epollFd);
        return nullptr;
    }
    return new EpollEventDispatcher(epollFd, wakeFd);
}

EpollEventDispatcher::EpollEventDispatcher(int epollFd, int wakeFd)
    : m_epollFd(epollFd), m_wakeFd(wakeFd)
{}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epollFd);
}

qint64 EpollEventDispatcher::nowMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false);
    emit awake();
    QCoreApplication::sendPostedEvents();
    if (m_interrupted.load())
        return false;
    // A post while this turn was busy wrote the eventfd, so a wait returns at once.
    int timeout = 0;
    if (flags.testFlag(QEventLoop::WaitForMoreEvents) && m_alwaysReady.empty())
        timeout = waitTimeMs();
    if (timeout != 0)
        emit aboutToBlock();
    epoll_event events[MaxEventsPerTurn];
    int n = ::epoll_wait(m_epollFd, events, MaxEventsPerTurn, timeout);
    if (n < 0) {
        if (errno != EINTR)
            qCWarning(lcDispatcher).noquote()
                << "epoll_wait failed:" << QString::fromLocal8Bit(std::strerror(errno));
        n = 0;
    }
    if (timeout != 0)
        emit awake();
    bool processed = false;
    const bool sockets = !flags.testFlag(QEventLoop::ExcludeSocketNotifiers);
    for (int i = 0; i < n; ++i) {
        if (events[i].data.fd == m_wakeFd) {
            drainWakeUps();
            processed = true;
        } else if (sockets) {
            processed = activate(events[i].data.fd, events[i].events) || processed;
        }
    }
    if (sockets && !m_alwaysReady.empty()) {
        const std::vector<int> files(m_alwaysReady.begin(), m_alwaysReady.end());
        for (const int fd : files)
            processed = activate(fd, EPOLLIN | EPOLLOUT) || processed;
    }
    if (!flags.testFlag(QEventLoop::X11ExcludeTimers))
        processed = fireTimers() || processed;
    return processed;
}

bool EpollEventDispatcher::activate(int fd, std::uint32_t events)
{
    // A handler may close sockets and open others (the same number again) or change
    // this one's notifiers: each notifier is looked up again just before it is sent.
    const bool failed = events & (EPOLLERR | EPOLLHUP);
    bool any = false;
    auto current = [this, fd]() -> Socket * {
        auto it = m_sockets.find(fd);
        return it == m_sockets.end() ? nullptr : &it->second;
    };
    if ((events & EPOLLIN) || failed) {
        if (Socket *s = current(); s && s->read) {
            sendActivation(s->read);
            any = true;
        }
    }
    if ((events & EPOLLOUT) || failed) {
        if (Socket *s = current(); s && s->write) {
            sendActivation(s->write);
            any = true;
        }
    }
    if (events & EPOLLPRI) {
        if (Socket *s = current(); s && s->exception) {
            sendActivation(s->exception);
            any = true;
        }
    }
    return any;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = static_cast<int>(notifier->socket());
    Socket &s = m_sockets[fd];
    QSocketNotifier **slot = notifier->type() == QSocketNotifier::Read    ? &s.read
                             : notifier->type() == QSocketNotifier::Write ? &s.write
                                                                          : &s.exception;
    if (*slot && *slot != notifier)
        qCWarning(lcDispatcher) << "two socket notifiers of one type for socket" << fd
                                << "; the newer one is used";
    *slot = notifier;
    updateSocket(fd);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = static_cast<int>(notifier->socket());
    auto it = m_sockets.find(fd);
    if (it == m_sockets.end())
        return;
    Socket &s = it->second;
    for (QSocketNotifier **slot : {&s.read, &s.write, &s.exception}) {
        if (*slot == notifier)
            *slot = nullptr;
    }
    updateSocket(fd);
}

void EpollEventDispatcher::updateSocket(int fd)
{
    auto it = m_sockets.find(fd);
    if (it == m_sockets.end())
        return;
    Socket &s = it->second;
    epoll_event ev{};
    ev.data.fd = fd;
    ev.events = (s.read ? EPOLLIN : 0u) | (s.write ? EPOLLOUT : 0u) | (s.exception ? EPOLLPRI : 0u);
    if (ev.events == 0) {
        // A socket closed before its notifiers went has left the set already (EBADF
        // or ENOENT then): nothing to undo.
        if (s.inEpoll)
            ::epoll_ctl(m_epollFd, EPOLL_CTL_DEL, fd, nullptr);
        m_alwaysReady.erase(fd);
        m_sockets.erase(it);
        return;
    }
    if (s.alwaysReady)
        return;
    int rc = ::epoll_ctl(m_epollFd, s.inEpoll ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &ev);
    // The number may name a new socket since it was added (the old one closed, and
    // with it its entry in the set), or one the set still has.
    if (rc != 0 && errno == ENOENT)
        rc = ::epoll_ctl(m_epollFd, EPOLL_CTL_ADD, fd, &ev);
    else if (rc != 0 && errno == EEXIST)
        rc = ::epoll_ctl(m_epollFd, EPOLL_CTL_MOD, fd, &ev);
    if (rc != 0 && errno == EPERM) {
        s.alwaysReady = true;
        m_alwaysReady.insert(fd);
        return;
    }
    if (rc != 0) {
        qCWarning(lcDispatcher).noquote()
            << "cannot watch socket" << fd << ":" << QString::fromLocal8Bit(std::strerror(errno));
        s.inEpoll = false;
        return;
    }
    s.inEpoll = true;
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    unregisterTimer(timerId); // an id is registered once; a second registration replaces it
    const qint64 deadline = nowMs() + std::max<qint64>(interval, 0);
    m_timers.emplace(timerId, Timer{interval, timerType, object, deadline, false});
    m_deadlines.emplace(deadline, timerId);
    m_timersOf.emplace(object, timerId);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    m_deadlines.erase({it->second.deadlineMs, timerId});
    auto [first, last] = m_timersOf.equal_range(it->second.object);
    for (auto owned = first; owned != last; ++owned) {
        if (owned->second == timerId) {
            m_timersOf.erase(owned);
            break;
        }
    }
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    auto [first, last] = m_timersOf.equal_range(object);
    if (first == last)
        return false;
    for (auto owned = first; owned != last; ++owned) {
        auto it = m_timers.find(owned->second);
        if (it == m_timers.end())
            continue;
        m_deadlines.erase({it->second.deadlineMs, owned->second});
        m_timers.erase(it);
    }
    m_timersOf.erase(first, last);
    return true;
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> list;
    auto [first, last] = m_timersOf.equal_range(object);
    for (auto owned = first; owned != last; ++owned) {
        const auto it = m_timers.find(owned->second);
        if (it != m_timers.end())
            list.append(
                TimerInfo(owned->second, static_cast<int>(it->second.intervalMs), it->second.type));
    }
    return list;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return -1;
    return static_cast<int>(std::clamp<qint64>(it->second.deadlineMs - nowMs(), 0, INT_MAX));
}

int EpollEventDispatcher::waitTimeMs() const
{
    if (m_deadlines.empty())
        return -1;
    return static_cast<int>(std::clamp<qint64>(m_deadlines.begin()->first - nowMs(), 0, INT_MAX));
}

bool EpollEventDispatcher::fireTimers()
{
    const qint64 now = nowMs();
    // The timers due now, taken first: one that a handler starts, or a repeating one
    // of interval 0, waits for the next turn.
    std::vector<int> due;
    for (auto it = m_deadlines.begin(); it != m_deadlines.end() && it->first <= now; ++it)
        due.push_back(it->second);
    bool any = false;
    for (const int id : due) {
        auto it = m_timers.find(id);
        if (it == m_timers.end() || it->second.inHandler || it->second.deadlineMs > now)
            continue; // stopped, restarted or still running in a nested loop
        Timer &t = it->second;
        // Re-armed before its handler runs, which may stop or restart it.
        m_deadlines.erase({t.deadlineMs, id});
        qint64 next = t.deadlineMs + t.intervalMs;
        if (next < now)
            next = now + t.intervalMs;
        t.deadlineMs = next;
        m_deadlines.emplace(next, id);
        t.inHandler = true;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(t.object, &event);
        if (auto again = m_timers.find(id); again != m_timers.end())
            again->second.inHandler = false;
        any = true;
    }
    return any;
}

void EpollEventDispatcher::wakeUp()
{
    if (m_wakeUpPending.exchange(true))
        return;
    const std::uint64_t one = 1;
    // EAGAIN means the counter is full: the loop is awake anyway.
    [[maybe_unused]] const auto written = ::write(m_wakeFd, &one, sizeof one);
}

void EpollEventDispatcher::drainWakeUps()
{
    // Cleared before reading: a wakeUp() in between writes again and is not lost.
    m_wakeUpPending.store(false);
    std::uint64_t count = 0;
    [[maybe_unused]] const auto got = ::read(m_wakeFd, &count, sizeof count);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true);
    wakeUp();
}

} // namespace keyward::runtime
