#include "probe/Probe.h"

#include "probe/ProbeSession.h"
#include "runtime/Ipv4Address.h"

#include <QRandomGenerator>
#include <QTimer>
#include <openssl/rand.h>

namespace keyward::probe {

Probe::Probe(ProbeOptions options)
    : m_options(std::move(options)), m_callIdBase(QRandomGenerator::system()->bounded(65535u))
{}

Probe::~Probe()
{
    qDeleteAll(m_sessions);
    if (m_dataPlane)
        m_dataPlane->stop();
}

bool Probe::start(QString *error)
{
    auto crypto = protocol::crypto::CryptoLibrary::load();
    if (!crypto) {
        *error = QString::fromStdString(crypto.message());
        return false;
    }
    m_crypto = crypto.value();
    const auto server = runtime::parseAddress(m_options.server);
    if (!server) {
        *error = QStringLiteral("--server must be an IPv4 address, not '%1'").arg(m_options.server);
        return false;
    }
    m_serverAddress = *server;
    const auto bind = m_options.bindAddress.isEmpty()
                          ? std::optional<std::uint32_t>(0)
                          : runtime::parseAddress(m_options.bindAddress);
    if (!bind) {
        *error = QStringLiteral("--bind must be an IPv4 address");
        return false;
    }
    auto gre =
        m_options.greFd >= 0 ? net::GreSocket::adopt(m_options.greFd) : net::GreSocket::open(*bind);
    if (!gre) {
        *error = m_options.greFd >= 0
                     ? QStringLiteral("--gre-fd: %1").arg(QString::fromStdString(gre.message()))
                     : QString::fromStdString(gre.message());
        return false;
    }
    // A TUN device only to carry IP (pings, --tun): checking that a session comes up
    // needs none, and so no CAP_NET_ADMIN.
    const bool carriesIp = m_options.pingCount > 0 || !m_options.tunName.isEmpty();
    auto tun = !carriesIp ? net::TunDevice::none()
                          : net::TunDevice::open(m_options.tunName.isEmpty()
                                                     ? std::string("kwp%d")
                                                     : m_options.tunName.toStdString());
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
    m_notifier = std::make_unique<QSocketNotifier>(m_dataPlane->noticeFd(), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &Probe::onNotices);

    for (int i = 0; i < m_options.sessions; ++i) {
        auto *session = new ProbeSession(*this, i);
        m_sessions.insert(session->callId(), session);
        ++m_running;
        connect(session, &ProbeSession::finished, this, [this](ProbeSession *s) {
            m_reports.append(s->report());
            if (--m_running == 0)
                onAllSessionsEnded();
        });
        connect(session, &ProbeSession::ready, this, [this](ProbeSession *s) {
            emit tunnelReady(QString::fromStdString(m_dataPlane->tun().name()),
                             s->report().localAddress, s->report().serverAddress);
        });
        // Spread the connection attempts a little, as real clients would arrive.
        QTimer::singleShot(static_cast<int>(qint64(i) * 1000 / m_options.sessionsPerSecond),
                           session, &ProbeSession::start);
    }
    return true;
}

Status Probe::addTunnelAddress(quint32 local, quint32 server)
{
    auto &tun = m_dataPlane->tun();
    if (!tun.isDevice())
        return {}; // no IP carried: nothing to address
    auto added = m_addresses == 0 ? tun.configure(local, 1400) : tun.addAddress(local, m_addresses);
    if (!added)
        return added;
    ++m_addresses;
    if (!m_routes.contains(server)) {
        if (auto routed = tun.addHostRoute(server); !routed)
            return routed;
        m_routes.insert(server);
    }
    return {};
}

namespace {

ProbeTraffic trafficOf(const protocol::session::TunnelPath &path)
{
    const auto &c = path.counters();
    const auto &gre = path.sequencer();
    ProbeTraffic t;
    t.known = true;
    t.packetsIn = c.packetsIn;
    t.bytesIn = c.bytesIn;
    t.packetsOut = c.packetsOut;
    t.bytesOut = c.bytesOut;
    t.greAccepted = gre.accepted();
    t.greDuplicates = gre.duplicates();
    t.greOutOfOrder = gre.outOfOrder();
    t.windowFull = c.windowFull;
    t.decryptErrors = c.decryptErrors;
    t.dropped = c.dropped;
    return t;
}

} // namespace

void Probe::captureTraffic(quint16 callId)
{
    m_dataPlane->post([this, callId](net::DataPlane &plane) {
        if (const auto *path = plane.path(callId)) {
            std::lock_guard lock(m_trafficMutex);
            m_traffic[callId] = trafficOf(*path);
        }
    });
}

void Probe::stop(const QString &reason)
{
    for (ProbeSession *session : std::as_const(m_sessions))
        session->interrupt(reason);
}

void Probe::onAllSessionsEnded()
{
    // Sessions that ended without a Call-Clear still have their paths: read them too.
    for (ProbeSession *session : std::as_const(m_sessions))
        captureTraffic(session->callId());
    m_dataPlane->post([this](net::DataPlane &) {
        QMetaObject::invokeMethod(this, &Probe::onDrained, Qt::QueuedConnection);
    });
}

void Probe::onDrained()
{
    {
        std::lock_guard lock(m_trafficMutex);
        for (ProbeReport &report : m_reports) {
            const quint16 callId = callIdFor(report.index);
            if (m_traffic.contains(callId))
                report.traffic = m_traffic.value(callId);
        }
    }
    emit finished();
}

void Probe::fillRandom(std::span<std::uint8_t> out) const
{
    if (RAND_bytes(out.data(), static_cast<int>(out.size())) != 1)
        qFatal("no randomness from OpenSSL");
}

void Probe::onNotices()
{
    for (auto &notice : m_dataPlane->takeNotices()) {
        ProbeSession *s = m_sessions.value(notice.callId);
        if (!s)
            continue;
        if (notice.kind == net::DataPlane::Notice::Kind::ControlFrame)
            s->onControlFrame(notice.protocol, notice.information);
        else if (notice.kind == net::DataPlane::Notice::Kind::ResetRequest)
            s->onDecryptorResetRequest();
        else if (notice.kind == net::DataPlane::Notice::Kind::Resynchronised)
            s->onDecryptorResynchronised();
    }
}

int Probe::exitCode() const
{
    for (const ProbeReport &r : m_reports) {
        if (!r.up || !r.error.isEmpty() || r.pingsReceived < r.pingsSent ||
            r.pingsSent < m_options.pingCount)
            return 1;
    }
    return m_reports.size() == m_options.sessions ? 0 : 1;
}

} // namespace keyward::probe
