#include "radius/RadiusClient.h"

#include "radius/RadiusSigner.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QTimer>
#include <QUdpSocket>
#include <openssl/crypto.h>

namespace keyward::radius {

Q_LOGGING_CATEGORY(lcRadius, "keyward.radius")

using protocol::Bytes;
using protocol::ByteView;

namespace {

bool sameAddress(const QHostAddress &a, const QHostAddress &b)
{
    return a.isEqual(b, QHostAddress::ConvertV4MappedToIPv4);
}

} // namespace

RadiusClient::RadiusClient(QList<Server> servers, Timing timing, QObject *parent)
    : QObject(parent), m_timing(timing)
{
    m_clock.start();
    for (Server &server : servers) {
        ServerState state;
        state.config = server.config;
        state.secret.assign(server.secret.begin(), server.secret.end());
        OPENSSL_cleanse(server.secret.data(), static_cast<std::size_t>(server.secret.size()));
        state.socket = new QUdpSocket(this);
        const QHostAddress any = state.config.address.protocol() == QAbstractSocket::IPv6Protocol
                                     ? QHostAddress(QHostAddress::AnyIPv6)
                                     : QHostAddress(QHostAddress::AnyIPv4);
        if (!state.socket->bind(any, 0))
            qCWarning(lcRadius).noquote()
                << "cannot open a UDP socket for RADIUS server" << state.config.name() << ":"
                << state.socket->errorString();
        if (state.config.messageAuthenticator == RadiusServerConfig::MessageAuthenticator::No)
            qCWarning(lcRadius).noquote()
                << "RADIUS server" << state.config.name()
                << "is trusted without a Message-Authenticator in its answers "
                   "(message-authenticator=no): weak, open to forged answers (BlastRADIUS, "
                   "CVE-2024-3596)";
        const int index = static_cast<int>(m_servers.size());
        connect(state.socket, &QUdpSocket::readyRead, this, [this, index] { onReadyRead(index); });
        m_servers.push_back(std::move(state));
    }
}

RadiusClient::~RadiusClient()
{
    for (ServerState &server : m_servers)
        OPENSSL_cleanse(server.secret.data(), server.secret.size());
}

ByteView RadiusClient::secret(int server) const
{
    return m_servers[static_cast<std::size_t>(server)].secret;
}

bool RadiusClient::allServersDown() const
{
    for (const ServerState &server : m_servers)
        if (server.downUntilMs <= now())
            return false;
    return true;
}

void RadiusClient::send(RadiusPacket request, Done done, int firstServer)
{
    const quint64 id = m_nextId++;
    Pending &pending = m_pending[id];
    pending.request = std::move(request);
    pending.done = std::move(done);
    if (firstServer >= 0 && firstServer < serverCount())
        pending.order.push_back(firstServer);
    for (int server = 0; server < serverCount(); ++server)
        if (server != firstServer)
            pending.order.push_back(server);
    pending.timer = new QTimer(this);
    pending.timer->setSingleShot(true);
    connect(pending.timer, &QTimer::timeout, this, [this, id] { onTimeout(id); });
    if (m_pending.size() > MaxOutstanding) {
        pending.failures
            << QStringLiteral("%1 RADIUS requests are outstanding already").arg(MaxOutstanding);
        pending.order.clear();
    }
    // Never inside send(): the first server is tried from the event loop.
    QTimer::singleShot(0, this, [this, id] { tryNextServer(id); });
}

void RadiusClient::tryNextServer(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending &pending = it->second;
    while (pending.nextServer < pending.order.size()) {
        const int index = pending.order[pending.nextServer++];
        ServerState &server = m_servers[static_cast<std::size_t>(index)];
        if (server.downUntilMs > now()) {
            pending.failures << QStringLiteral("%1 is marked down for %2 s more")
                                    .arg(server.config.name())
                                    .arg((server.downUntilMs - now() + 999) / 1000);
            continue;
        }
        if (server.inFlight.size() >= 256) {
            pending.failures
                << QStringLiteral("%1 has 256 requests in flight").arg(server.config.name());
            continue;
        }
        while (server.inFlight.count(server.nextIdentifier))
            ++server.nextIdentifier;
        const std::uint8_t identifier = server.nextIdentifier++;
        auto authenticator = RadiusSigner::randomAuthenticator();
        if (!authenticator) {
            pending.failures << QString::fromStdString(authenticator.message());
            break;
        }
        pending.request.identifier = identifier;
        pending.request.authenticator = *authenticator;
        auto wire = RadiusSigner::signRequest(pending.request, server.secret);
        if (!wire) {
            pending.failures << QString::fromStdString(wire.message());
            break;
        }
        pending.wire = std::move(*wire);
        // An Accounting-Request's authenticator is the MD5 signRequest computed (RFC
        // 2866 §3), not the random one: the answer's Response Authenticator covers it.
        std::copy_n(pending.wire.begin() + 4, AuthenticatorSize,
                    pending.request.authenticator.begin());
        pending.server = index;
        pending.attempt = 0;
        pending.discarded.clear();
        server.inFlight[identifier] = id;
        server.socket->writeDatagram(reinterpret_cast<const char *>(pending.wire.data()),
                                     static_cast<qint64>(pending.wire.size()),
                                     server.config.address, server.config.port);
        pending.sentAtMs = now();
        pending.timer->start(m_timing.firstWaitMs);
        return;
    }
    finish(id, fail(ErrorKind::Unavailable,
                    ("no RADIUS server answered: " +
                     (pending.failures.isEmpty() ? QStringLiteral("no server configured")
                                                 : pending.failures.join(QStringLiteral("; "))))
                        .toStdString()));
}

void RadiusClient::onTimeout(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end() || it->second.server < 0)
        return;
    Pending &pending = it->second;
    ServerState &server = m_servers[static_cast<std::size_t>(pending.server)];
    if (pending.attempt < m_timing.retries) {
        ++pending.attempt;
        server.socket->writeDatagram(reinterpret_cast<const char *>(pending.wire.data()),
                                     static_cast<qint64>(pending.wire.size()),
                                     server.config.address, server.config.port);
        pending.timer->start(m_timing.firstWaitMs << pending.attempt);
        return;
    }
    qint64 waited = 0;
    for (int a = 0; a <= m_timing.retries; ++a)
        waited += qint64(m_timing.firstWaitMs) << a;
    const QString why = pending.discarded.isEmpty()
                            ? QStringLiteral("%1 did not answer in %2 s")
                                  .arg(server.config.name())
                                  .arg(waited / 1000.0)
                            : QStringLiteral("%1 sent no valid answer in %2 s (%3)")
                                  .arg(server.config.name())
                                  .arg(waited / 1000.0)
                                  .arg(pending.discarded);
    ++server.timeouts;
    if (server.deadSinceMs < 0) {
        server.deadSinceMs = now();
        qCWarning(lcRadius).noquote()
            << "RADIUS server" << why << "; marked down for" << m_timing.deadSeconds << "s";
        emit serverDown(server.config.name(), why);
    } else {
        qCDebug(lcRadius).noquote() << "RADIUS server" << why << "; still down";
    }
    server.downUntilMs = now() + qint64(m_timing.deadSeconds) * 1000;
    pending.failures << why;
    release(pending);
    tryNextServer(id);
}

void RadiusClient::onReadyRead(int index)
{
    ServerState &server = m_servers[static_cast<std::size_t>(index)];
    while (server.socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = server.socket->receiveDatagram(MaxPacketSize);
        if (!sameAddress(datagram.senderAddress(), server.config.address) ||
            datagram.senderPort() != server.config.port) {
            qCWarning(lcRadius).noquote()
                << "dropped a datagram from" << datagram.senderAddress().toString() << "port"
                << datagram.senderPort() << "on the socket of RADIUS server"
                << server.config.name();
            continue;
        }
        const QByteArray data = datagram.data();
        const ByteView wire(reinterpret_cast<const std::uint8_t *>(data.constData()),
                            static_cast<std::size_t>(data.size()));
        if (wire.size() < HeaderSize) {
            qCWarning(lcRadius).noquote()
                << "dropped a runt datagram from RADIUS server" << server.config.name();
            continue;
        }
        const auto flight = server.inFlight.find(wire[1]);
        if (flight == server.inFlight.end()) {
            qCInfo(lcRadius).noquote()
                << "dropped an answer from RADIUS server" << server.config.name()
                << "for identifier" << wire[1] << "that no request waits for (late or duplicate)";
            continue;
        }
        const quint64 id = flight->second;
        Pending &pending = m_pending.at(id);
        using Mode = RadiusServerConfig::MessageAuthenticator;
        const bool require =
            m_requireMessageAuthenticator &&
            (server.config.messageAuthenticator == Mode::Require ||
             (server.config.messageAuthenticator == Mode::Auto && server.sawMessageAuthenticator));
        auto checked =
            RadiusSigner::checkAnswer(wire, pending.request.authenticator, server.secret, require);
        if (checked && checked->packet.code != RadiusCode::AccessAccept &&
            checked->packet.code != RadiusCode::AccessReject &&
            checked->packet.code != RadiusCode::AccessChallenge &&
            checked->packet.code != RadiusCode::AccountingResponse)
            checked = fail("a request code in an answer");
        if (!checked) {
            pending.discarded = QString::fromStdString(checked.message());
            qCWarning(lcRadius).noquote() << "dropped an answer from RADIUS server"
                                          << server.config.name() << ":" << pending.discarded;
            continue;
        }
        if (checked->hadMessageAuthenticator && !server.sawMessageAuthenticator &&
            server.config.messageAuthenticator == Mode::Auto) {
            qCInfo(lcRadius).noquote()
                << "RADIUS server" << server.config.name()
                << "sends Message-Authenticator: required in its answers from now on";
        }
        server.sawMessageAuthenticator =
            server.sawMessageAuthenticator || checked->hadMessageAuthenticator;
        server.downUntilMs = 0;
        server.lastAnswerMs = now();
        server.lastAnswerEpochMs = QDateTime::currentMSecsSinceEpoch();
        server.roundTripMs = static_cast<int>(std::min<qint64>(now() - pending.sentAtMs, 1 << 30));
        if (checked->packet.code == RadiusCode::AccessAccept)
            ++server.accepts;
        else if (checked->packet.code == RadiusCode::AccessReject)
            ++server.rejects;
        const bool wasDown = server.deadSinceMs >= 0;
        const qint64 downMs = now() - server.deadSinceMs;
        server.deadSinceMs = -1;
        Answer answer{std::move(checked->packet), pending.request.authenticator, index};
        release(pending);
        if (wasDown) {
            qCInfo(lcRadius).noquote() << "RADIUS server" << server.config.name()
                                       << "answers again after" << downMs / 1000 << "s";
            emit serverUp(server.config.name());
        }
        finish(id, std::move(answer));
    }
}

QList<RadiusServerHealth> RadiusClient::health() const
{
    QList<RadiusServerHealth> all;
    for (const ServerState &server : m_servers) {
        RadiusServerHealth health;
        health.address = server.config.name();
        health.messageAuthenticator = server.config.messageAuthenticator;
        if (server.deadSinceMs >= 0) {
            health.state = RadiusServerHealth::State::Dead;
            health.deadForSeconds = (now() - server.deadSinceMs) / 1000;
        } else if (server.lastAnswerMs >= 0) {
            health.state = RadiusServerHealth::State::Up;
        }
        if (server.lastAnswerMs >= 0) {
            health.lastAnswer = QDateTime::fromMSecsSinceEpoch(server.lastAnswerEpochMs, Qt::UTC);
            health.roundTripMs = server.roundTripMs;
        }
        health.accepts = server.accepts;
        health.rejects = server.rejects;
        health.timeouts = server.timeouts;
        all << health;
    }
    return all;
}

void RadiusClient::release(Pending &pending)
{
    pending.timer->stop();
    if (pending.server >= 0)
        m_servers[static_cast<std::size_t>(pending.server)].inFlight.erase(
            pending.request.identifier);
    pending.server = -1;
}

void RadiusClient::finish(quint64 id, Result<Answer> answer)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Done done = std::move(it->second.done);
    it->second.timer->deleteLater();
    m_pending.erase(it);
    if (done)
        done(std::move(answer));
}

} // namespace keyward::radius
