#include "capture/live/CaptureProcess.h"

#include <QFileInfo>
#include <QSocketNotifier>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/capability.h>
#include <signal.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace keyward::capture::live {

namespace {

// The socket's buffers: a burst of full-size packets waits here, not in memory.
constexpr int SocketBuffer = 4 * 1024 * 1024;

bool hasEffective(int capability)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    if (::syscall(SYS_capget, &header, data) < 0)
        return false;
    return (data[capability / 32].effective & (1u << (capability % 32))) != 0;
}

// An unprivileged keywardd given CAP_NET_RAW (a unit's AmbientCapabilities, a file
// capability) passes it to the child through the ambient set.
bool raiseAmbient(int capability)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    if (::syscall(SYS_capget, &header, data) < 0)
        return false;
    data[capability / 32].inheritable |= 1u << (capability % 32);
    if (::syscall(SYS_capset, &header, data) < 0)
        return false;
    return ::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, capability, 0, 0) == 0;
}

QString exitReason(int status)
{
    if (WIFEXITED(status))
        return QStringLiteral("exited with status %1").arg(WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return QStringLiteral("was killed by signal %1 (%2)")
            .arg(WTERMSIG(status))
            .arg(QString::fromLocal8Bit(::strsignal(WTERMSIG(status))));
    return QStringLiteral("ended");
}

} // namespace

CaptureProcess::CaptureProcess(QObject *parent) : QObject(parent) {}

CaptureProcess::~CaptureProcess()
{
    m_notifier.reset();
    if (m_fd >= 0)
        ::close(m_fd); // keyward-capture ends when it reads the end of its socket
    if (m_pid > 0) {
        int status = 0;
        for (int i = 0; i < 50 && ::waitpid(m_pid, &status, WNOHANG) == 0; ++i)
            ::usleep(10000);
        if (::waitpid(m_pid, &status, WNOHANG) == 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, &status, 0);
        }
    }
}

Status CaptureProcess::launch(const QString &program, const QString &user)
{
    if (m_pid > 0)
        return fail(ErrorKind::Conflict, "the capture process is already running");
    if (!QFileInfo(program).isExecutable()) {
        m_unavailable = QStringLiteral("the capture program %1 is not installed").arg(program);
        return fail(ErrorKind::Unavailable, m_unavailable.toStdString());
    }
    const bool root = ::geteuid() == 0;
    if (!root && !hasEffective(CAP_NET_RAW)) {
        m_unavailable =
            QStringLiteral("keywardd was started without root or CAP_NET_RAW, so it cannot "
                           "capture packets; start it as root (it drops privileges itself) or "
                           "give it CAP_NET_RAW (AmbientCapabilities=CAP_NET_RAW in its unit)");
        return fail(ErrorKind::Unavailable, m_unavailable.toStdString());
    }
    if (!root && !raiseAmbient(CAP_NET_RAW)) {
        m_unavailable = QStringLiteral("cannot pass CAP_NET_RAW to the capture process: %1")
                            .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return fail(ErrorKind::Unavailable, m_unavailable.toStdString());
    }
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) < 0)
        return fail(ErrorKind::Unavailable,
                    std::string("cannot make the capture socket: ") + std::strerror(errno));
    for (int fd : pair) {
        ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &SocketBuffer, sizeof SocketBuffer);
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &SocketBuffer, sizeof SocketBuffer);
    }
    constexpr int ChildFd = 3;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    // dup2 onto 3 clears close-on-exec there; when the end already is 3, dup2 would
    // do nothing, so move it away first.
    int childEnd = pair[1];
    if (childEnd == ChildFd) {
        childEnd = ::fcntl(pair[1], F_DUPFD_CLOEXEC, 10);
        ::close(pair[1]);
        pair[1] = childEnd;
    }
    posix_spawn_file_actions_adddup2(&actions, childEnd, ChildFd);
    const QByteArray path = program.toLocal8Bit();
    const QByteArray who = user.toLocal8Bit();
    std::vector<char *> argv{const_cast<char *>(path.constData()), const_cast<char *>("--fd"),
                             const_cast<char *>("3")};
    if (!user.isEmpty()) {
        argv.push_back(const_cast<char *>("--user"));
        argv.push_back(const_cast<char *>(who.constData()));
    }
    argv.push_back(nullptr);
    char *noEnvironment[] = {nullptr};
    pid_t pid = -1;
    const int spawned =
        ::posix_spawn(&pid, path.constData(), &actions, nullptr, argv.data(), noEnvironment);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pair[1]);
    if (!root)
        (void)::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
    if (spawned != 0) {
        ::close(pair[0]);
        m_unavailable = QStringLiteral("cannot start the capture program %1: %2")
                            .arg(program, QString::fromLocal8Bit(std::strerror(spawned)));
        return fail(ErrorKind::Unavailable, m_unavailable.toStdString());
    }
    m_pid = pid;
    m_fd = pair[0];
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &CaptureProcess::onReadable);
    m_unavailable.clear();
    return {};
}

Status CaptureProcess::start(const CaptureStartRequest &request)
{
    if (auto ok = request.check(); !ok)
        return ok;
    return send(CaptureMessage::Start, request.encode());
}

Status CaptureProcess::stop()
{
    return send(CaptureMessage::Stop, {});
}

Status CaptureProcess::send(CaptureMessage type, ByteView body)
{
    if (m_pid <= 0)
        return fail(ErrorKind::Unavailable, m_unavailable.toStdString());
    const Bytes frame = CaptureFrame::encode(type, body);
    std::size_t done = 0;
    while (done < frame.size()) {
        const ssize_t n = ::send(m_fd, frame.data() + done, frame.size() - done, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN) {
            // A command is a few hundred bytes; the buffer is megabytes. Full means the
            // process is stuck.
            return fail(ErrorKind::Unavailable, "the capture process is not reading commands");
        }
        if (n < 0)
            return fail(ErrorKind::Unavailable,
                        std::string("cannot talk to the capture process: ") + std::strerror(errno));
        done += static_cast<std::size_t>(n);
    }
    return {};
}

void CaptureProcess::onReadable()
{
    std::vector<CapturedPacket> batch;
    // Bounded per wake-up so that the event loop serves the admin API in between.
    for (int round = 0; round < 64; ++round) {
        std::uint8_t buffer[65536];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n == 0) {
            if (!batch.empty())
                emit packets(batch);
            auto cut = m_reader.finish();
            return onEnded(cut ? QString() : QString::fromStdString(cut.message()));
        }
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN)
                return onEnded(QString::fromLocal8Bit(std::strerror(errno)));
            break;
        }
        m_reader.append(ByteView(buffer, static_cast<std::size_t>(n)));
        for (;;) {
            auto frame = m_reader.next();
            if (!frame) {
                if (!batch.empty())
                    emit packets(batch);
                ::kill(m_pid, SIGKILL);
                return onEnded(QString::fromStdString(frame.message()));
            }
            if (!frame->has_value())
                break;
            const CaptureFrame &f = **frame;
            if (f.type == CaptureMessage::Packet) {
                auto packet = CapturedPacket::decode(f.body);
                if (packet)
                    batch.push_back(std::move(packet).value());
                continue;
            }
            if (!batch.empty()) {
                emit packets(batch);
                batch.clear();
            }
            switch (f.type) {
            case CaptureMessage::Started: {
                quint32 link = 0;
                for (std::size_t i = 0; i < 4 && i < f.body.size(); ++i)
                    link = link << 8 | f.body[i];
                emit started(link);
                break;
            }
            case CaptureMessage::Error: {
                const Error error = CaptureFrame::error(f.body);
                emit failed(error.kind, QString::fromStdString(error.message));
                break;
            }
            case CaptureMessage::Stats:
            case CaptureMessage::Stopped: {
                auto stats = CaptureStats::decode(f.body);
                const CaptureStats s = stats ? *stats : CaptureStats{};
                if (f.type == CaptureMessage::Stats)
                    emit statistics(s);
                else
                    emit stopped(s);
                break;
            }
            default:
                break; // commands are keywardd's to send, not to receive
            }
        }
    }
    if (!batch.empty())
        emit packets(batch);
}

void CaptureProcess::onEnded(const QString &why)
{
    m_notifier.reset();
    ::close(m_fd);
    m_fd = -1;
    int status = 0;
    QString reason = QStringLiteral("the capture process ended");
    if (::waitpid(m_pid, &status, 0) == m_pid)
        reason = QStringLiteral("the capture process %1").arg(exitReason(status));
    if (!why.isEmpty())
        reason += QStringLiteral(" (%1)").arg(why);
    m_pid = -1;
    m_unavailable =
        reason + QStringLiteral("; keywardd cannot start it again without its privileges: "
                                "restart keywardd to capture again");
    emit died(m_unavailable);
}

} // namespace keyward::capture::live
