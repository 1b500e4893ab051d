#include "probe/ProbeSession.h"

#include "mppe/MppePolicy.h"
#include "net/InternetChecksum.h"
#include "probe/Probe.h"
#include "runtime/Ipv4Address.h"
#include "runtime/MonotonicClock.h"

#include <QHostAddress>
#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace keyward::probe {

using runtime::formatAddress;
using runtime::monotonicNow;
using namespace protocol::session;
using namespace protocol::pptp;

namespace {

PnsControlConnection::Config pnsConfig(quint16 callId)
{
    PnsControlConnection::Config c;
    c.firstCallId = callId;
    return c;
}

} // namespace

ProbeSession::ProbeSession(Probe &probe, int index)
    : m_probe(probe), m_index(index), m_callId(probe.callIdFor(index)), m_pns(pnsConfig(m_callId)),
      m_control(
          m_pns,
          [this](std::vector<protocol::Bytes> messages) {
              for (const auto &bytes : messages)
                  m_socket.write(reinterpret_cast<const char *>(bytes.data()),
                                 static_cast<qint64>(bytes.size()));
          },
          [this](const ControlEvent &event) { handleControl(event); })
{
    m_report.index = index;
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(m_report.up ? QStringLiteral("the session did not close in time")
                         : QStringLiteral("the session was not up within %1 s")
                               .arg(m_probe.options().timeoutSeconds));
    });
    connect(&m_pingTimer, &QTimer::timeout, this, &ProbeSession::onPingTimer);
    m_settleDeadline.setSingleShot(true);
    connect(&m_settleDeadline, &QTimer::timeout, this, &ProbeSession::linkReady);
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_pns.start(monotonicNow());
        m_control.pump();
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &ProbeSession::onTcpReadable);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (!m_finished && !m_closing)
            fail(QStringLiteral("control connection: ") + m_socket.errorString());
        else if (!m_finished)
            done();
    });
}

ProbeSession::~ProbeSession()
{
    if (m_pingFd >= 0)
        ::close(m_pingFd);
}

void ProbeSession::start()
{
    m_clock.start();
    m_report.startedAtMs = m_clock.msecsSinceReference();
    m_deadline.start(m_probe.options().timeoutSeconds * 1000);
    const ProbeOptions &o = m_probe.options();
    if (!o.bindAddress.isEmpty())
        m_socket.bind(QHostAddress(o.bindAddress));
    m_socket.connectToHost(QHostAddress(m_probe.serverAddress()), o.port);
}

void ProbeSession::onTcpReadable()
{
    const QByteArray data = m_socket.readAll();
    m_pns.onBytes({reinterpret_cast<const std::uint8_t *>(data.constData()),
                   static_cast<std::size_t>(data.size())},
                  monotonicNow());
    m_control.pump();
}

void ProbeSession::handleControl(const ControlEvent &event)
{
    if (std::get_if<ControlEstablished>(&event)) {
        // Our side of the data path first: the server may send LCP right after its
        // Outgoing-Call-Reply, before we have read the reply.
        m_probe.dataPlane().post([library = &m_probe.crypto(), server = m_probe.serverAddress(),
                                  callId = m_callId](net::DataPlane &plane) {
            plane.addPath(server, std::make_unique<TunnelPath>(*library, callId, 0, 64));
        });
        auto placed = m_pns.placeCall(monotonicNow());
        if (!placed)
            fail(QString::fromStdString(placed.message()));
    } else if (auto *up = std::get_if<CallEstablished>(&event)) {
        m_callUp = true;
        const quint16 id = up->callId, peer = up->peerCallId, window = up->peerReceiveWindow;
        const quint32 server = m_probe.serverAddress();
        // The path registered before the call now learns the server's call id. (Its
        // send window stays at the PPTP default of 64 packets.)
        Q_UNUSED(window);
        Q_UNUSED(server);
        m_probe.dataPlane().post([id, peer](net::DataPlane &plane) {
            if (auto *path = plane.path(id))
                path->setPeerCallId(peer);
        });
        const ProbeOptions &o = m_probe.options();
        PppSession::Config c;
        c.role = protocol::ppp::PppRole::Client;
        c.random = [this](std::span<std::uint8_t> out) { m_probe.fillRandom(out); };
        c.credentials = {o.user.toStdString(), o.password.toStdString()};
        if (!o.newPassword.isEmpty()) {
            const std::string np = o.newPassword.toStdString();
            c.newPassword = [np] { return std::optional<std::string>(np); };
        }
        protocol::mppe::MppePolicy policy;
        const auto strength = o.mppeBits == 40   ? protocol::mppe::MppeStrength::Bits40
                              : o.mppeBits == 56 ? protocol::mppe::MppeStrength::Bits56
                                                 : protocol::mppe::MppeStrength::Bits128;
        policy.setAllowed(protocol::mppe::MppeStrength::Bits128, false);
        policy.setAllowed(strength, true);
        policy.setStatefulAllowed(o.stateful);
        policy.setStatelessAllowed(!o.stateful);
        c.mppePolicy = policy;
        auto created = PppSession::create(m_probe.crypto(), c);
        if (!created) {
            fail(QString::fromStdString(created.message()));
            return;
        }
        m_ppp = std::move(created).value();
        m_pppDriver = std::make_unique<runtime::MachineDriver<PppSession>>(
            *m_ppp,
            [this](std::vector<PppSession::Frame> frames) { sendPppFrames(std::move(frames)); },
            [this](const PppSessionEvent &e) { handlePpp(e); });
        m_ppp->start(monotonicNow());
        for (const auto &[protocol, information] : std::exchange(m_early, {}))
            m_ppp->onFrame(protocol, information, monotonicNow());
        pumpPpp();
    } else if (auto *rejected = std::get_if<CallRejected>(&event)) {
        fail(QStringLiteral("the server refused the call: ") +
             QString::fromStdString(rejected->reason));
    } else if (auto *cleared = std::get_if<CallCleared>(&event)) {
        m_callUp = false;
        if (m_ppp)
            m_ppp->lowerDown(cleared->reason, monotonicNow());
        if (m_report.endReason.isEmpty())
            m_report.endReason = QString::fromStdString(cleared->reason);
        const quint16 id = m_callId;
        m_probe.captureTraffic(id);
        m_probe.dataPlane().post([id](net::DataPlane &plane) { plane.removePath(id); });
        if (!m_closing && m_report.error.isEmpty() && !m_report.up)
            m_report.error = QStringLiteral("the server cleared the call: ") +
                             QString::fromStdString(cleared->reason);
        m_closing = true;
        m_pns.close(monotonicNow());
    } else if (auto *closed = std::get_if<ControlClosed>(&event)) {
        if (m_report.endReason.isEmpty())
            m_report.endReason = QString::fromStdString(closed->reason);
        m_socket.disconnectFromHost();
        done();
    }
}

void ProbeSession::onControlFrame(quint16 protocol, const protocol::Bytes &information)
{
    m_report.retransmits.onReceived(protocol, information);
    if (!m_ppp) {
        if (m_early.size() < 16)
            m_early.emplace_back(protocol, information);
        return;
    }
    m_ppp->onFrame(protocol, information, monotonicNow());
    pumpPpp();
}

void ProbeSession::onDecryptorResetRequest()
{
    if (!m_ppp)
        return;
    m_ppp->requestCcpReset(monotonicNow());
    pumpPpp();
}

void ProbeSession::onDecryptorResynchronised()
{
    if (!m_ppp)
        return;
    m_ppp->ccpResynchronised(monotonicNow());
    pumpPpp();
}

void ProbeSession::sendPppFrames(std::vector<PppSession::Frame> frames)
{
    if (!m_callUp)
        return;
    for (const auto &f : frames)
        m_report.retransmits.onSent(f.protocol, f.information);
    const quint16 id = m_callId;
    m_probe.dataPlane().post([id, frames = std::move(frames)](net::DataPlane &plane) {
        for (const auto &f : frames)
            plane.sendControl(id, f.protocol, f.information);
    });
}

void ProbeSession::pumpPpp()
{
    if (m_pppDriver)
        m_pppDriver->pump();
}

void ProbeSession::handlePpp(const PppSessionEvent &event)
{
    if (auto *failed = std::get_if<PppAuthFailed>(&event)) {
        m_report.authCode = failed->code;
        if (m_report.error.isEmpty())
            m_report.error = QStringLiteral("authentication failed (E=%1): %2")
                                 .arg(failed->code)
                                 .arg(QString::fromStdString(failed->reason));
    } else if (auto *log = std::get_if<PppLog>(&event)) {
        if (log->message.find("password changed") != std::string::npos)
            m_report.passwordChanged = true;
    } else if (auto *keys = std::get_if<PppMppeReady>(&event)) {
        ++m_report.keyChanges;
        m_report.mppe = QString::fromLatin1(toString(keys->parameters.strength).data()) + " " +
                        QString::fromLatin1(toString(keys->parameters.mode).data());
        const quint16 id = m_callId;
        m_probe.dataPlane().post([id, k = *keys](net::DataPlane &plane) {
            plane.enableMppe(id, k.parameters, k.sendStartKey, k.receiveStartKey);
        });
    } else if (auto *net = std::get_if<PppNetworkUp>(&event)) {
        m_localAddress = net->localAddress;
        m_serverTunnelAddress = net->peerAddress;
        m_report.localAddress = formatAddress(net->localAddress);
        m_report.serverAddress = formatAddress(net->peerAddress);
        if (auto added = m_probe.addTunnelAddress(net->localAddress, net->peerAddress); !added) {
            fail(QString::fromStdString(added.message()));
            return;
        }
        const quint16 id = m_callId;
        const quint32 local = net->localAddress;
        m_probe.dataPlane().post(
            [id, local](net::DataPlane &plane) { plane.setTunnelAddress(id, local); });
        // Up means authenticated, MPPE on and an address: the tunnel can carry data.
        m_report.up = !m_report.mppe.isEmpty();
        if (!m_report.up) {
            fail(QStringLiteral("IPCP came up without MPPE"));
            return;
        }
        m_report.setupMs = m_clock.elapsed();
        m_networkUpAt = m_report.setupMs;
        m_deadline.stop();
        startPinging();
    } else if (auto *ended = std::get_if<PppEnded>(&event)) {
        if (m_report.endReason.isEmpty())
            m_report.endReason = QString::fromStdString(ended->reason);
        if (!m_report.up && m_report.error.isEmpty())
            m_report.error = QString::fromStdString(ended->reason);
        m_closing = true;
        if (m_callUp)
            (void)m_pns.clearCall(m_callId, monotonicNow());
        else
            m_pns.close(monotonicNow());
        m_control.pump();
    }
}

void ProbeSession::startPinging()
{
    const ProbeOptions &o = m_probe.options();
    const bool tunMode = !o.tunName.isEmpty();
    const bool warmup = o.settleMs > 0 && (o.pingCount > 0 || tunMode);
    if (o.pingCount <= 0 && !warmup) {
        linkReady();
        return;
    }
    m_pingFd = ::socket(AF_INET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_ICMP);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    local.sin_addr.s_addr = htonl(m_localAddress);
    // Pinned to this probe's TUN: another probe on the same host has its own TUN
    // and its own route to the same server tunnel address, and the kernel would
    // otherwise send our echoes through whichever route came last.
    const std::string &device = m_probe.dataPlane().tun().name();
    if (m_pingFd < 0 || ::bind(m_pingFd, reinterpret_cast<sockaddr *>(&local), sizeof local) < 0 ||
        ::setsockopt(m_pingFd, SOL_SOCKET, SO_BINDTODEVICE, device.c_str(),
                     static_cast<socklen_t>(device.size())) < 0) {
        fail(QStringLiteral("cannot open the ping socket: %1")
                 .arg(QString::fromLocal8Bit(strerror(errno))));
        return;
    }
    m_pingNotifier = std::make_unique<QSocketNotifier>(m_pingFd, QSocketNotifier::Read);
    connect(m_pingNotifier.get(), &QSocketNotifier::activated, this, &ProbeSession::onPingReadable);
    if (!warmup) {
        linkReady();
        return;
    }
    m_settling = true;
    m_settleDeadline.start(o.settleMs);
    m_pingTimer.start(100);
    sendWarmup();
}

void ProbeSession::onPingTimer()
{
    if (m_settling)
        sendWarmup();
    else
        sendPing();
}

void ProbeSession::linkReady()
{
    if (m_finished || m_closing)
        return;
    m_settling = false;
    m_settleDeadline.stop();
    m_pingTimer.stop();
    emit ready(this);
    const ProbeOptions &o = m_probe.options();
    if (o.pingCount <= 0) {
        afterPings();
        return;
    }
    m_pingTimer.start(o.pingIntervalMs > 0 ? o.pingIntervalMs : 10);
    sendPing();
}

namespace {

// Warm-up echoes carry the complement of the call id, so their late answers are never
// taken for answers to counted pings.
quint16 warmupIdentifier(quint16 callId)
{
    return static_cast<quint16>(~callId);
}

} // namespace

void ProbeSession::sendWarmup()
{
    if (sendEcho(warmupIdentifier(m_callId), ++m_warmupSequence))
        ++m_report.warmupEchoes;
}

void ProbeSession::sendPing()
{
    const ProbeOptions &o = m_probe.options();
    if (m_report.pingsSent >= o.pingCount) {
        m_pingTimer.stop();
        // Give the last replies a moment.
        QTimer::singleShot(1500, this, &ProbeSession::afterPings);
        return;
    }
    const quint16 seq = ++m_pingSequence;
    if (sendEcho(m_callId, seq)) {
        m_pingSentAt[seq] = m_clock.elapsed();
        ++m_report.pingsSent;
    }
    // --interval 0 floods like ping -f: at most 16 echoes in flight, the next one
    // sent as a reply comes back (or after 10 ms when replies are lost).
    if (o.pingIntervalMs == 0 && m_report.pingsSent < o.pingCount && m_pingSentAt.size() < 16)
        QTimer::singleShot(0, this, &ProbeSession::sendPing);
}

bool ProbeSession::sendEcho(quint16 identifier, quint16 sequence)
{
    const ProbeOptions &o = m_probe.options();
    const quint32 target = o.pingAddress.isEmpty()
                               ? m_serverTunnelAddress
                               : runtime::parseAddress(o.pingAddress).value_or(0);
    std::vector<std::uint8_t> packet(8 + static_cast<std::size_t>(o.pingSize));
    packet[0] = 8;
    packet[4] = static_cast<std::uint8_t>(identifier >> 8);
    packet[5] = static_cast<std::uint8_t>(identifier);
    packet[6] = static_cast<std::uint8_t>(sequence >> 8);
    packet[7] = static_cast<std::uint8_t>(sequence);
    for (std::size_t i = 8; i < packet.size(); ++i)
        packet[i] = static_cast<std::uint8_t>(i);
    const std::uint16_t sum = keyward::net::internetChecksum(packet.data(), packet.size());
    packet[2] = static_cast<std::uint8_t>(sum >> 8);
    packet[3] = static_cast<std::uint8_t>(sum);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_addr.s_addr = htonl(target);
    return ::sendto(m_pingFd, packet.data(), packet.size(), 0, reinterpret_cast<sockaddr *>(&to),
                    sizeof to) == static_cast<ssize_t>(packet.size());
}

void ProbeSession::onPingReadable()
{
    std::uint8_t buf[2048];
    for (;;) {
        const ssize_t n = ::recv(m_pingFd, buf, sizeof buf, 0);
        if (n <= 0)
            return;
        const std::size_t ihl = static_cast<std::size_t>(buf[0] & 0x0f) * 4;
        if (static_cast<std::size_t>(n) < ihl + 8 || buf[ihl] != 0)
            continue;
        const quint16 id = static_cast<quint16>(buf[ihl + 4] << 8 | buf[ihl + 5]);
        const quint16 seq = static_cast<quint16>(buf[ihl + 6] << 8 | buf[ihl + 7]);
        if (id == warmupIdentifier(m_callId) && m_settling) {
            m_report.settled = true;
            m_report.settleMs = m_clock.elapsed() - m_networkUpAt;
            linkReady();
            continue;
        }
        if (id != m_callId)
            continue;
        auto it = m_pingSentAt.find(seq);
        if (it == m_pingSentAt.end())
            continue;
        m_report.rttTotalMs += static_cast<double>(m_clock.elapsed() - it->second);
        m_pingSentAt.erase(it);
        ++m_report.pingsReceived;
        if (m_probe.options().pingIntervalMs == 0 &&
            m_report.pingsSent < m_probe.options().pingCount)
            sendPing();
    }
}

void ProbeSession::afterPings()
{
    if (m_finished || m_closing)
        return;
    const int hold = m_probe.options().durationSeconds;
    if (hold == 0 && !m_probe.options().tunName.isEmpty())
        return; // carries traffic until interrupted
    if (hold > 0)
        QTimer::singleShot(hold * 1000, this,
                           [this] { closeSession(QStringLiteral("probe finished")); });
    else
        closeSession(QStringLiteral("probe finished"));
}

void ProbeSession::closeSession(const QString &reason)
{
    if (m_closing || m_finished)
        return;
    m_closing = true;
    m_deadline.start(10000);
    if (m_ppp)
        m_ppp->close(reason.toStdString(), monotonicNow());
    pumpPpp();
}

void ProbeSession::interrupt(const QString &reason)
{
    if (m_report.up)
        closeSession(reason);
    else
        fail(reason);
}

void ProbeSession::fail(const QString &error)
{
    if (m_finished)
        return;
    if (m_report.error.isEmpty())
        m_report.error = error;
    if (!m_closing) {
        m_closing = true;
        m_deadline.start(5000);
        if (m_ppp && m_callUp) {
            m_ppp->close(error.toStdString(), monotonicNow());
            pumpPpp();
        } else if (m_socket.state() == QAbstractSocket::ConnectedState) {
            m_pns.close(monotonicNow());
            m_control.pump();
        } else {
            done();
        }
        return;
    }
    done(); // the close itself timed out
}

void ProbeSession::done()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_pingTimer.stop();
    m_settleDeadline.stop();
    m_settling = false;
    if (m_pppDriver)
        m_pppDriver->stop();
    m_control.stop();
    m_socket.abort();
    emit finished(this);
}

} // namespace keyward::probe
