#pragma once

// The RFC 5176 listener: Disconnect-Request and CoA-Request over UDP (port 3799 by
// default) from the listed dynamic authorization clients, on the Qt event loop.
//
// - A datagram from an address that is not a radius-dae-client is dropped and logged,
//   at most one line per address kind every 10 s with a count of the rest, so a flood
//   cannot fill the journal.
// - Each client may send `requestsPerSecond` requests a second (a burst of twice that);
//   more are dropped before any digest is computed, so one source cannot hold up the
//   others. The replay cache and the work per datagram are bounded.
// - A request whose authenticators do not check (a wrong secret), without a required
//   Message-Authenticator, or malformed, gets no answer (RFC 5176 §3.1) and a log line
//   (rate-limited per client); one whose Event-Timestamp is more than 300 s away from
//   now is dropped and logged (§3.5).
// - A retransmission (same source address and port, Identifier and Request
//   Authenticator within 300 s) gets the answer it got before; nothing is done again.
// - Everything else goes to DynamicAuthorization, and its answer goes back signed.

#include "common/Result.h"
#include "radius/DaeClientConfig.h"
#include "radius/DaeReplayCache.h"
#include "radius/DynamicAuthorization.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUdpSocket>

namespace keyward::radius {

class DaeListener : public QObject
{
    Q_OBJECT

public:
    struct Client
    {
        DaeClientConfig config;
        QByteArray secret;
    };

    struct Settings
    {
        int requestsPerSecond = 20;
        qint64 windowSeconds = 300; // Event-Timestamp window and replay cache
    };

    static constexpr quint16 DefaultPort = 3799;

    DaeListener(QList<Client> clients, DynamicAuthorization &authorization, Settings settings,
                QObject *parent = nullptr);
    ~DaeListener() override;

    [[nodiscard]] Status listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_socket.localPort(); }
    // Datagrams dropped without an answer, for tests and status.
    qint64 dropped() const { return m_dropped; }

private:
    struct ClientState
    {
        Client client;
        bool sawMessageAuthenticator = false;
        // Requests this second (token bucket: refills `requestsPerSecond` a second).
        double tokens = 0;
        qint64 refilledMs = 0;
        // Rate-limited log of refused requests.
        qint64 lastLogMs = -100000;
        int unlogged = 0;
    };

    void onReadyRead();
    void onDatagram(const QByteArray &datagram, const QHostAddress &from, quint16 fromPort);
    // Logs `line` unless one was logged in the last 10 s from `lastMs`, counting the rest.
    void logLimited(qint64 &lastMs, int &unlogged, const QString &line);
    qint64 nowMs() const { return m_clock.elapsed(); }

    QUdpSocket m_socket;
    QList<ClientState> m_clients;
    QHash<QString, int> m_byAddress;
    DynamicAuthorization &m_authorization;
    Settings m_settings;
    DaeReplayCache m_replays;
    QElapsedTimer m_clock;
    qint64 m_dropped = 0;
    qint64 m_lastUnlistedLogMs = -100000;
    int m_unlistedUnlogged = 0;
};

} // namespace keyward::radius
