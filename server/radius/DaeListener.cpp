#include "radius/DaeListener.h"

#include "radius/DaeRequest.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkDatagram>

namespace keyward::radius {

Q_LOGGING_CATEGORY(lcDae, "keyward.radius.dae")

namespace {

constexpr qint64 LogIntervalMs = 10000;
// Datagrams read in one turn of the event loop; the rest wait for the next turn.
constexpr int DatagramsPerTurn = 64;

QString addressKey(const QHostAddress &address)
{
    // An IPv4 client seen through an IPv6 socket (::ffff:a.b.c.d) is the IPv4 client.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

protocol::ByteView view(const QByteArray &bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.constData()),
            static_cast<std::size_t>(bytes.size())};
}

} // namespace

DaeListener::DaeListener(QList<Client> clients, DynamicAuthorization &authorization,
                         Settings settings, QObject *parent)
    : QObject(parent), m_authorization(authorization), m_settings(settings),
      m_replays(settings.windowSeconds)
{
    m_clock.start();
    for (Client &client : clients) {
        m_byAddress.insert(addressKey(client.config.address), static_cast<int>(m_clients.size()));
        ClientState state;
        state.client = std::move(client);
        state.tokens = 2.0 * m_settings.requestsPerSecond;
        m_clients.append(std::move(state));
    }
    connect(&m_socket, &QUdpSocket::readyRead, this, &DaeListener::onReadyRead);
}

DaeListener::~DaeListener() = default;

Status DaeListener::listen(const QHostAddress &address, quint16 port)
{
    if (!m_socket.bind(address, port))
        return fail(ErrorKind::Unavailable,
                    QStringLiteral("cannot listen for RADIUS Disconnect/CoA on %1:%2: %3")
                        .arg(address.toString())
                        .arg(port)
                        .arg(m_socket.errorString())
                        .toStdString());
    for (const ClientState &c : m_clients)
        if (c.client.config.messageAuthenticator == DaeClientConfig::MessageAuthenticator::No)
            qCWarning(lcDae).noquote()
                << QStringLiteral("RADIUS dynamic authorization client %1 need not send a "
                                  "Message-Authenticator (message-authenticator=no): weak")
                       .arg(c.client.config.address.toString());
    return {};
}

void DaeListener::onReadyRead()
{
    for (int i = 0; i < DatagramsPerTurn && m_socket.hasPendingDatagrams(); ++i) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram(MaxPacketSize + 1);
        if (datagram.isValid())
            onDatagram(datagram.data(), datagram.senderAddress(),
                       static_cast<quint16>(datagram.senderPort()));
    }
    if (m_socket.hasPendingDatagrams())
        QMetaObject::invokeMethod(this, &DaeListener::onReadyRead, Qt::QueuedConnection);
}

void DaeListener::logLimited(qint64 &lastMs, int &unlogged, const QString &line)
{
    if (nowMs() - lastMs < LogIntervalMs) {
        ++unlogged;
        return;
    }
    if (unlogged > 0)
        qCWarning(lcDae).noquote()
            << line << QStringLiteral("(and %1 more in the last seconds)").arg(unlogged);
    else
        qCWarning(lcDae).noquote() << line;
    lastMs = nowMs();
    unlogged = 0;
}

void DaeListener::onDatagram(const QByteArray &datagram, const QHostAddress &from, quint16 fromPort)
{
    const QString source = addressKey(from);
    const auto known = m_byAddress.constFind(source);
    if (known == m_byAddress.constEnd()) {
        ++m_dropped;
        logLimited(m_lastUnlistedLogMs, m_unlistedUnlogged,
                   QStringLiteral("RADIUS Disconnect/CoA datagram from %1, which is not a "
                                  "radius-dae-client: dropped")
                       .arg(source));
        return;
    }
    ClientState &client = m_clients[*known];
    // The client's budget, before any digest is computed.
    const qint64 now = nowMs();
    const double rate = m_settings.requestsPerSecond;
    client.tokens = std::min(2.0 * rate, client.tokens + (now - client.refilledMs) * rate / 1000.0);
    client.refilledMs = now;
    if (client.tokens < 1.0) {
        ++m_dropped;
        logLimited(client.lastLogMs, client.unlogged,
                   QStringLiteral("RADIUS dynamic authorization client %1 sends more than %2 "
                                  "requests a second: dropped")
                       .arg(source)
                       .arg(m_settings.requestsPerSecond));
        return;
    }
    client.tokens -= 1.0;

    const auto mode = client.client.config.messageAuthenticator;
    const bool require =
        mode == DaeClientConfig::MessageAuthenticator::Require ||
        (mode == DaeClientConfig::MessageAuthenticator::Auto && client.sawMessageAuthenticator);
    const protocol::ByteView secret = view(client.client.secret);
    auto checked = DaeRequest::check(view(datagram), secret, require);
    if (!checked) {
        ++m_dropped;
        logLimited(client.lastLogMs, client.unlogged,
                   QStringLiteral("RADIUS request from %1:%2 dropped without an answer: %3")
                       .arg(source)
                       .arg(fromPort)
                       .arg(QString::fromStdString(checked.message())));
        return;
    }
    if (checked->hadMessageAuthenticator)
        client.sawMessageAuthenticator = true;
    const QString kind = checked->isDisconnect() ? QStringLiteral("Disconnect-Request")
                                                 : QStringLiteral("CoA-Request");
    const qint64 wallNow = QDateTime::currentSecsSinceEpoch();
    if (!checked->timely(wallNow, m_settings.windowSeconds)) {
        ++m_dropped;
        logLimited(client.lastLogMs, client.unlogged,
                   QStringLiteral("RADIUS %1 from %2 dropped: its Event-Timestamp is more than "
                                  "%3 s away from this server's clock (a replay, or a clock "
                                  "that is off)")
                       .arg(kind, source)
                       .arg(m_settings.windowSeconds));
        return;
    }
    const std::string replayKey = QStringLiteral("%1:%2").arg(source).arg(fromPort).toStdString();
    const qint64 nowSeconds = now / 1000;
    if (const protocol::Bytes *again = m_replays.find(replayKey, checked->packet.identifier,
                                                      checked->packet.authenticator, nowSeconds)) {
        qCInfo(lcDae).noquote() << QStringLiteral(
                                       "RADIUS %1 from %2 (identifier %3) again: the same answer, "
                                       "nothing done twice")
                                       .arg(kind, source)
                                       .arg(checked->packet.identifier);
        m_socket.writeDatagram(reinterpret_cast<const char *>(again->data()),
                               static_cast<qint64>(again->size()), from, fromPort);
        return;
    }

    const DynamicAuthorization::Outcome outcome = m_authorization.handle(checked->packet, source);
    auto answer = checked->answer(outcome.nak, secret);
    if (!answer) {
        qCWarning(lcDae).noquote()
            << QStringLiteral("RADIUS %1 from %2: no answer could be "
                              "made: %3")
                   .arg(kind, source, QString::fromStdString(answer.message()));
        return;
    }
    const QString answered = outcome.nak
                                 ? QStringLiteral("NAK, Error-Cause %1 %2")
                                       .arg(static_cast<int>(*outcome.nak))
                                       .arg(QString::fromLatin1(toString(*outcome.nak).data()))
                                 : QStringLiteral("ACK");
    if (outcome.nak)
        qCWarning(lcDae).noquote() << QStringLiteral("RADIUS %1 from %2: %3: %4")
                                          .arg(kind, source, answered, outcome.summary);
    else
        qCInfo(lcDae).noquote() << QStringLiteral("RADIUS %1 from %2: %3: %4")
                                       .arg(kind, source, answered, outcome.summary);
    m_socket.writeDatagram(reinterpret_cast<const char *>(answer->data()),
                           static_cast<qint64>(answer->size()), from, fromPort);
    m_replays.remember(replayKey, checked->packet.identifier, checked->packet.authenticator,
                       std::move(*answer), nowSeconds);
}

} // namespace keyward::radius
