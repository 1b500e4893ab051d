#include "PnsTestClient.h"

#include "mppe/MppePolicy.h"
#include "net/InternetChecksum.h"
#include "runtime/Ipv4Address.h"
#include "runtime/MonotonicClock.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>
#include <arpa/inet.h>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <openssl/rand.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace keyward;
using namespace keyward::protocol::pptp;
using namespace keyward::protocol::session;
using runtime::formatAddress;
using runtime::monotonicNow;

namespace {

constexpr int PingsPerCall = 5;

PnsControlConnection::Config pnsConfig(quint16 firstCallId)
{
    PnsControlConnection::Config c;
    c.hostName = "keyward-test-pns";
    c.firstCallId = firstCallId;
    return c;
}

} // namespace

PnsTestClient::PnsTestClient(Options options)
    : m_options(std::move(options)),
      // Ids the PNS machine hands out in order from here; known before the calls are
      // placed, so each call's data path exists before the server's first LCP frame.
      m_firstCallId(static_cast<quint16>(1 + QRandomGenerator::system()->bounded(60000u))),
      m_pns(pnsConfig(m_firstCallId)),
      m_control(
          m_pns,
          [this](std::vector<protocol::Bytes> messages) {
              for (const auto &bytes : messages)
                  m_socket.write(reinterpret_cast<const char *>(bytes.data()),
                                 static_cast<qint64>(bytes.size()));
          },
          [this](const ControlEvent &event) { onControl(event); })
{
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_pns.start(monotonicNow());
        m_control.pump();
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
        const QByteArray data = m_socket.readAll();
        m_pns.onBytes({reinterpret_cast<const std::uint8_t *>(data.constData()),
                       static_cast<std::size_t>(data.size())},
                      monotonicNow());
        m_control.pump();
    });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_pns.state() != PnsControlConnection::State::Closed)
            print({{"event", "closed"},
                   {"byServer", true},
                   {"reason", QStringLiteral("the server closed the TCP connection")}});
        QTimer::singleShot(0, this, &PnsTestClient::finished);
    });
}

PnsTestClient::~PnsTestClient()
{
    for (const auto &call : m_calls)
        if (call->pingFd >= 0)
            ::close(call->pingFd);
    if (m_dataPlane)
        m_dataPlane->stop();
}

bool PnsTestClient::start(QString *error)
{
    auto crypto = protocol::crypto::CryptoLibrary::load();
    if (!crypto) {
        *error = QString::fromStdString(crypto.message());
        return false;
    }
    m_crypto = crypto.value();
    const auto server = runtime::parseAddress(m_options.server);
    if (!server) {
        *error = QStringLiteral("--server must be an IPv4 address");
        return false;
    }
    m_serverAddress = *server;
    auto gre = net::GreSocket::open(0);
    if (!gre) {
        *error = QString::fromStdString(gre.message());
        return false;
    }
    auto tun = net::TunDevice::open("kwt%d");
    if (!tun) {
        *error = QString::fromStdString(tun.message());
        return false;
    }
    m_dataPlane = std::make_unique<net::DataPlane>(std::move(tun).value(), std::move(gre).value(),
                                                   net::DataPlane::RouteBy::Source);
    if (auto started = m_dataPlane->start(); !started) {
        *error = QString::fromStdString(started.message());
        return false;
    }
    m_notices = std::make_unique<QSocketNotifier>(m_dataPlane->noticeFd(), QSocketNotifier::Read);
    connect(m_notices.get(), &QSocketNotifier::activated, this, &PnsTestClient::onNotices);
    m_stdin = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    connect(m_stdin.get(), &QSocketNotifier::activated, this, &PnsTestClient::onCommand);
    for (int i = 0; i < m_options.calls; ++i) {
        auto call = std::make_unique<Call>();
        call->index = i;
        call->callId = static_cast<quint16>(m_firstCallId + i);
        m_calls.push_back(std::move(call));
    }
    m_socket.connectToHost(QHostAddress(m_serverAddress), 1723);
    return true;
}

void PnsTestClient::print(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

PnsTestClient::Call *PnsTestClient::callById(quint16 callId)
{
    for (const auto &call : m_calls)
        if (call->callId == callId)
            return call.get();
    return nullptr;
}

void PnsTestClient::onControl(const ControlEvent &event)
{
    if (std::get_if<ControlEstablished>(&event)) {
        for (const auto &call : m_calls) {
            m_dataPlane->post([library = m_crypto.get(), server = m_serverAddress,
                               id = call->callId](net::DataPlane &plane) {
                plane.addPath(server, std::make_unique<TunnelPath>(*library, id, 0, 64));
            });
            auto placed = m_pns.placeCall(monotonicNow());
            if (!placed || *placed != call->callId)
                print({{"event", "error"},
                       {"message",
                        QStringLiteral("call %1 was not placed as expected").arg(call->index)}});
        }
    } else if (auto *up = std::get_if<CallEstablished>(&event)) {
        if (Call *call = callById(up->callId))
            onCallUp(*call, up->peerCallId);
    } else if (auto *rejected = std::get_if<CallRejected>(&event)) {
        print({{"event", "error"},
               {"message",
                QStringLiteral("call refused: ") + QString::fromStdString(rejected->reason)}});
    } else if (auto *cleared = std::get_if<CallCleared>(&event)) {
        Call *call = callById(cleared->callId);
        if (!call)
            return;
        call->callUp = false;
        call->up = false;
        if (call->driver)
            call->driver->stop();
        const quint16 id = call->callId;
        m_dataPlane->post([id](net::DataPlane &plane) { plane.removePath(id); });
        print({{"event", "cleared"},
               {"index", call->index},
               {"byServer", cleared->byPeer},
               {"result", static_cast<int>(cleared->disconnectResult.value_or(CdnResult{}))},
               {"reason", QString::fromStdString(cleared->reason)}});
    } else if (auto *closed = std::get_if<ControlClosed>(&event)) {
        print({{"event", "closed"},
               {"byServer", closed->byPeer},
               {"reason", QString::fromStdString(closed->reason)}});
        m_socket.disconnectFromHost();
    } else if (auto *error = std::get_if<ProtocolError>(&event)) {
        print({{"event", "error"}, {"message", QString::fromStdString(error->reason)}});
    }
}

void PnsTestClient::onCallUp(Call &call, quint16 serverCallId)
{
    call.callUp = true;
    call.serverCallId = serverCallId;
    m_dataPlane->post([id = call.callId, serverCallId](net::DataPlane &plane) {
        if (auto *path = plane.path(id))
            path->setPeerCallId(serverCallId);
    });
    PppSession::Config c;
    c.role = protocol::ppp::PppRole::Client;
    c.random = [](std::span<std::uint8_t> out) {
        if (RAND_bytes(out.data(), static_cast<int>(out.size())) != 1)
            qFatal("no randomness from OpenSSL");
    };
    c.credentials = {m_options.user.toStdString(), m_options.password.toStdString()};
    protocol::mppe::MppePolicy policy;
    policy.setStatefulAllowed(false);
    policy.setStatelessAllowed(true);
    c.mppePolicy = policy;
    auto created = PppSession::create(*m_crypto, c);
    if (!created) {
        print({{"event", "error"}, {"message", QString::fromStdString(created.message())}});
        return;
    }
    call.ppp = std::move(created).value();
    Call *self = &call;
    call.driver = std::make_unique<runtime::MachineDriver<PppSession>>(
        *call.ppp,
        [this, self](std::vector<PppSession::Frame> frames) {
            if (!self->callUp)
                return;
            m_dataPlane->post(
                [id = self->callId, frames = std::move(frames)](net::DataPlane &plane) {
                    for (const auto &f : frames)
                        plane.sendControl(id, f.protocol, f.information);
                });
        },
        [this, self](const PppSessionEvent &e) { onPpp(*self, e); });
    call.ppp->start(monotonicNow());
    for (const auto &[protocol, information] : std::exchange(call.early, {}))
        call.ppp->onFrame(protocol, information, monotonicNow());
    call.driver->pump();
}

void PnsTestClient::onPpp(Call &call, const PppSessionEvent &event)
{
    if (auto *failed = std::get_if<PppAuthFailed>(&event)) {
        print({{"event", "error"},
               {"message", QStringLiteral("call %1: authentication failed (E=%2)")
                               .arg(call.index)
                               .arg(failed->code)}});
    } else if (auto *keys = std::get_if<PppMppeReady>(&event)) {
        m_dataPlane->post([id = call.callId, k = *keys](net::DataPlane &plane) {
            plane.enableMppe(id, k.parameters, k.sendStartKey, k.receiveStartKey);
        });
    } else if (auto *net = std::get_if<PppNetworkUp>(&event)) {
        call.localAddress = net->localAddress;
        call.serverTunnelAddress = net->peerAddress;
        auto &tun = m_dataPlane->tun();
        auto added = m_addresses == 0 ? tun.configure(net->localAddress, 1400)
                                      : tun.addAddress(net->localAddress, m_addresses);
        if (added && !m_routed)
            added = tun.addHostRoute(net->peerAddress);
        if (!added) {
            print({{"event", "error"}, {"message", QString::fromStdString(added.message())}});
            return;
        }
        ++m_addresses;
        m_routed = true;
        m_dataPlane->post([id = call.callId, local = net->localAddress](net::DataPlane &plane) {
            plane.setTunnelAddress(id, local);
        });
        call.up = true;
        print({{"event", "up"},
               {"index", call.index},
               {"callId", call.callId},
               {"serverCallId", call.serverCallId},
               {"address", formatAddress(net->localAddress)}});
        bool all = true;
        for (const auto &c : m_calls)
            all = all && c->up;
        if (all && !m_allUpSaid) {
            m_allUpSaid = true;
            print({{"event", "allUp"}});
        }
    } else if (auto *ended = std::get_if<PppEnded>(&event)) {
        call.up = false;
        print({{"event", "pppEnded"},
               {"index", call.index},
               {"reason", QString::fromStdString(ended->reason)}});
    }
}

void PnsTestClient::onNotices()
{
    for (auto &notice : m_dataPlane->takeNotices()) {
        Call *call = callById(notice.callId);
        if (!call || notice.kind == net::DataPlane::Notice::Kind::PathAdded ||
            notice.kind == net::DataPlane::Notice::Kind::PathRemoved)
            continue;
        if (notice.kind == net::DataPlane::Notice::Kind::ResetRequest) {
            if (call->ppp)
                call->ppp->requestCcpReset(monotonicNow());
        } else if (notice.kind == net::DataPlane::Notice::Kind::Resynchronised) {
            if (call->ppp)
                call->ppp->ccpResynchronised(monotonicNow());
        } else if (!call->ppp) {
            if (call->early.size() < 16)
                call->early.emplace_back(notice.protocol, notice.information);
            continue;
        } else {
            call->ppp->onFrame(notice.protocol, notice.information, monotonicNow());
        }
        if (call->driver)
            call->driver->pump();
    }
}

void PnsTestClient::onCommand()
{
    char buffer[256];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n <= 0) {
        m_stdin->setEnabled(false);
        return;
    }
    m_input.append(buffer, static_cast<qsizetype>(n));
    qsizetype end;
    while ((end = m_input.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_input.left(end)).trimmed();
        m_input.remove(0, end + 1);
        if (line == QLatin1String("ping")) {
            ping();
        } else if (line.startsWith(QLatin1String("clear "))) {
            const int index = line.mid(6).toInt();
            if (index >= 0 && index < static_cast<int>(m_calls.size())) {
                (void)m_pns.clearCall(m_calls[static_cast<std::size_t>(index)]->callId,
                                      monotonicNow());
                m_control.pump();
            }
        } else if (line == QLatin1String("quit")) {
            QTimer::singleShot(0, this, &PnsTestClient::finished);
        }
    }
}

void PnsTestClient::ping()
{
    const std::string &device = m_dataPlane->tun().name();
    for (const auto &call : m_calls) {
        call->pingsSent = 0;
        if (!call->up)
            continue;
        if (call->pingFd < 0) {
            call->pingFd = ::socket(AF_INET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_ICMP);
            sockaddr_in local{};
            local.sin_family = AF_INET;
            local.sin_addr.s_addr = htonl(call->localAddress);
            if (call->pingFd < 0 ||
                ::bind(call->pingFd, reinterpret_cast<sockaddr *>(&local), sizeof local) < 0 ||
                ::setsockopt(call->pingFd, SOL_SOCKET, SO_BINDTODEVICE, device.c_str(),
                             static_cast<socklen_t>(device.size())) < 0) {
                print({{"event", "error"}, {"message", QStringLiteral("no ping socket")}});
                continue;
            }
        }
        // Drop what an earlier round left.
        std::uint8_t drain[2048];
        while (::recv(call->pingFd, drain, sizeof drain, 0) > 0) {
        }
        for (int seq = 1; seq <= PingsPerCall; ++seq) {
            std::uint8_t packet[8 + 56] = {};
            packet[0] = 8;
            packet[4] = static_cast<std::uint8_t>(call->callId >> 8);
            packet[5] = static_cast<std::uint8_t>(call->callId);
            packet[7] = static_cast<std::uint8_t>(seq);
            const std::uint16_t sum = net::internetChecksum(packet, sizeof packet);
            packet[2] = static_cast<std::uint8_t>(sum >> 8);
            packet[3] = static_cast<std::uint8_t>(sum);
            sockaddr_in to{};
            to.sin_family = AF_INET;
            to.sin_addr.s_addr = htonl(call->serverTunnelAddress);
            if (::sendto(call->pingFd, packet, sizeof packet, 0, reinterpret_cast<sockaddr *>(&to),
                         sizeof to) == static_cast<ssize_t>(sizeof packet))
                ++call->pingsSent;
        }
    }
    QTimer::singleShot(1500, this, &PnsTestClient::reportPings);
}

void PnsTestClient::reportPings()
{
    QJsonArray list;
    for (const auto &call : m_calls) {
        int received = 0;
        if (call->pingFd >= 0) {
            std::uint8_t buf[2048];
            ssize_t n;
            while ((n = ::recv(call->pingFd, buf, sizeof buf, 0)) > 0) {
                const std::size_t ihl = static_cast<std::size_t>(buf[0] & 0x0f) * 4;
                if (static_cast<std::size_t>(n) < ihl + 8 || buf[ihl] != 0)
                    continue;
                const quint16 id = static_cast<quint16>(buf[ihl + 4] << 8 | buf[ihl + 5]);
                if (id == call->callId)
                    ++received;
            }
        }
        list.append(
            QJsonObject{{"index", call->index}, {"sent", call->pingsSent}, {"received", received}});
    }
    print({{"event", "pinged"}, {"calls", list}});
}
