#include "capture/live/CaptureSupervisor.h"

#include "capture/live/CaptureLoop.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <poll.h>
#include <string>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace keyward::capture::live {

namespace {

// The same buffers as keywardd's socket: a burst of packets waits in the kernel.
constexpr int SocketBuffer = 4 * 1024 * 1024;
// Bytes read from the worker per wake-up before keywardd's commands are looked at.
constexpr int ReadRounds = 16;

std::string howItEnded(int status)
{
    if (WIFEXITED(status))
        return "exited with status " + std::to_string(WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return "was killed by signal " + std::to_string(WTERMSIG(status)) + " (" +
               ::strsignal(WTERMSIG(status)) + ")";
    return "ended";
}

bool sendAll(int fd, const Bytes &bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

CaptureSupervisor::~CaptureSupervisor()
{
    if (m_workerFd >= 0)
        ::close(m_workerFd); // the worker ends when it reads the end of its socket
    if (m_worker > 0) {
        int status = 0;
        ::waitpid(m_worker, &status, 0);
    }
}

int CaptureSupervisor::run()
{
    for (;;) {
        pollfd fds[2] = {{m_fd, POLLIN, 0}, {m_workerFd, POLLIN, 0}};
        const nfds_t count = m_workerFd >= 0 ? 2 : 1;
        const int ready = ::poll(fds, count, -1);
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            return 3;
        }
        if ((fds[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0 && !onControl())
            return m_fromKeywardd.failed() ? 2 : 0;
        if (count == 2 && (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) != 0 && !onWorker())
            return 4;
    }
}

bool CaptureSupervisor::onControl()
{
    return m_fromKeywardd.receive(m_fd, [this](const CaptureFrame &frame) {
        if (m_worker <= 0 && !spawnWorker()) {
            const std::string why =
                std::string("cannot start a capture worker: ") + std::strerror(errno);
            return sendTo(m_fd, {CaptureMessage::Error,
                                 CaptureFrame::errorBody(ErrorKind::Unavailable, why)});
        }
        // The worker answers every command, also one it refuses; if it is gone, its
        // end is seen on the next poll and keywardd is told.
        (void)sendTo(m_workerFd, frame);
        return true;
    });
}

bool CaptureSupervisor::onWorker()
{
    Bytes out;
    for (int round = 0; round < ReadRounds; ++round) {
        std::uint8_t buffer[65536];
        const ssize_t n = ::recv(m_workerFd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            break;
        if (n <= 0) {
            // Whatever whole frames came before its end still go to keywardd, in order.
            if (!out.empty() && !sendAll(m_fd, out))
                return false;
            if (n < 0) {
                const std::string broken = std::strerror(errno);
                ::kill(m_worker, SIGKILL); // its end is broken, not closed: make sure
                return workerEnded(broken);
            }
            const Status cut = m_fromWorker.finish();
            return workerEnded(cut ? std::string() : cut.message());
        }
        m_fromWorker.append(ByteView(buffer, static_cast<std::size_t>(n)));
        for (;;) {
            auto frame = m_fromWorker.next();
            if (!frame) {
                if (!out.empty() && !sendAll(m_fd, out))
                    return false;
                ::kill(m_worker, SIGKILL);
                return workerEnded(frame.message());
            }
            if (!frame->has_value())
                break;
            const Bytes encoded = CaptureFrame::encode((*frame)->type, (*frame)->body);
            out.insert(out.end(), encoded.begin(), encoded.end());
        }
    }
    return out.empty() || sendAll(m_fd, out);
}

bool CaptureSupervisor::spawnWorker()
{
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) < 0)
        return false;
    for (int fd : pair) {
        ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &SocketBuffer, sizeof SocketBuffer);
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &SocketBuffer, sizeof SocketBuffer);
    }
    const pid_t supervisor = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        const int saved = errno;
        ::close(pair[0]);
        ::close(pair[1]);
        errno = saved;
        return false;
    }
    if (pid == 0) {
        // The worker: keywardd's socket is the supervisor's alone. It keeps the
        // supervisor's single capability, user, no-new-privs and non-dumpable flag.
        ::close(m_fd);
        ::close(pair[0]);
        (void)::prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
        if (::getppid() != supervisor)
            ::_exit(0);
        ::_exit(CaptureLoop(pair[1]).run());
    }
    ::close(pair[1]);
    m_worker = pid;
    m_workerFd = pair[0];
    m_fromWorker = CaptureFrameReader();
    return true;
}

bool CaptureSupervisor::workerEnded(const std::string &why)
{
    ::close(m_workerFd);
    m_workerFd = -1;
    int status = 0;
    std::string reason = "the capture worker of keyward-capture ";
    if (::waitpid(m_worker, &status, 0) == m_worker)
        reason += howItEnded(status);
    else
        reason += "ended";
    if (!why.empty())
        reason += " (" + why + ")";
    m_worker = -1;
    std::fprintf(stderr, "keyward-capture: %s\n", reason.c_str());
    // keywardd ends the capture that was running with this reason; the next start gets
    // a new worker.
    return sendTo(m_fd,
                  {CaptureMessage::Error, CaptureFrame::errorBody(ErrorKind::Unavailable, reason)});
}

bool CaptureSupervisor::sendTo(int fd, const CaptureFrame &frame)
{
    return sendAll(fd, CaptureFrame::encode(frame.type, frame.body));
}

} // namespace keyward::capture::live
