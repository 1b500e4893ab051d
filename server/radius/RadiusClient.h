#pragma once

// The RADIUS client: requests to the configured servers over UDP, on the Qt event
// loop, never blocking. Sign-in uses it now; accounting will share it.
//
// - Servers are tried in order. One that does not answer a request in time (after
//   its retransmissions) is marked down for `deadSeconds`; later requests skip it
//   until then and go to the next server.
// - A retransmission resends the same packet (same identifier and authenticator), so
//   the server sees a duplicate, not a second attempt. The first wait is longer than
//   FreeRADIUS's one-second delay of every reject; each retry waits twice as long.
// - Each server has its own socket (own source port) and identifier space; an answer
//   counts only from the server's address and port, for an identifier in flight,
//   with a valid Response Authenticator and, as the server's setting says, a valid
//   Message-Authenticator. Anything else is dropped and logged (the request waits on).
// - Every request ends with exactly one call of its `done`, never inside send():
//   an answer, or an error of kind Unavailable when no server answered (the reasons
//   of each server in its message).
// - A slow server holds only its own requests; every request has its own timer.
// - Each server keeps its figures (health()): answers, timeouts, the last answer's
//   time and round trip. A server that stops answering is logged once, with
//   serverDown(), until it answers again (serverUp()).

#include "common/Result.h"
#include "radius/RadiusPacket.h"
#include "radius/RadiusServerConfig.h"
#include "radius/RadiusServerHealth.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <functional>
#include <map>
#include <memory>
#include <vector>

class QUdpSocket;
class QTimer;

namespace keyward::radius {

class RadiusClient : public QObject
{
    Q_OBJECT

public:
    struct Server
    {
        RadiusServerConfig config;
        QByteArray secret;
    };

    struct Timing
    {
        int firstWaitMs = 2000; // above FreeRADIUS's 1 s reject delay
        int retries = 1;        // retransmissions per server, each waiting twice as long
        int deadSeconds = 30;   // a server that did not answer is skipped this long
    };

    struct Answer
    {
        RadiusPacket packet;
        Authenticator requestAuthenticator{};
        int server = 0; // index in the server list
    };

    using Done = std::function<void(Result<Answer> answer)>;

    static constexpr int MaxOutstanding = 1024;

    RadiusClient(QList<Server> servers, Timing timing, QObject *parent = nullptr);
    ~RadiusClient() override;

    // Sends `request` (its code and attributes; the identifier and authenticator are
    // the client's) to the first server up, failing over in order. With `firstServer`
    // (an index), that server is asked first and the others follow in their order: a
    // request that continues an exchange goes where the exchange began.
    void send(RadiusPacket request, Done done, int firstServer = -1);

    int serverCount() const { return static_cast<int>(m_servers.size()); }
    const RadiusServerConfig &serverConfig(int server) const { return m_servers[server].config; }
    // The shared secret of a server, for attributes hidden with it (RFC 2548 keys).
    protocol::ByteView secret(int server) const;
    // Accounting answers (Accounting-Response) need no Message-Authenticator: RFC 3579
    // concerns Access-* packets, and FreeRADIUS sends none in them. When false, an
    // answer's Message-Authenticator is checked when present but never required,
    // whatever each server's message-authenticator setting says (true by default).
    void setRequireMessageAuthenticator(bool required) { m_requireMessageAuthenticator = required; }
    // True while every server is marked down.
    bool allServersDown() const;
    int outstanding() const { return static_cast<int>(m_pending.size()); }
    // Each server's figures, in the order they are tried.
    QList<RadiusServerHealth> health() const;

signals:
    // A server left a request unanswered after answering (or before ever answering);
    // said once until it answers again.
    void serverDown(const QString &server, const QString &why);
    // A server that was down answered.
    void serverUp(const QString &server);

private:
    struct ServerState
    {
        RadiusServerConfig config;
        protocol::Bytes secret;
        QUdpSocket *socket = nullptr;
        std::map<std::uint8_t, quint64> inFlight; // identifier -> request
        std::uint8_t nextIdentifier = 0;
        qint64 downUntilMs = 0;
        bool sawMessageAuthenticator = false;
        qint64 deadSinceMs = -1; // -1: not dead
        qint64 lastAnswerMs = -1;
        qint64 lastAnswerEpochMs = 0;
        int roundTripMs = 0;
        qint64 accepts = 0;
        qint64 rejects = 0;
        qint64 timeouts = 0;
    };

    struct Pending
    {
        RadiusPacket request;
        Done done;
        int server = -1;
        std::vector<int> order; // the servers to try, in turn
        std::size_t nextServer = 0;
        int attempt = 0;
        qint64 sentAtMs = 0; // the first send to the current server
        protocol::Bytes wire;
        QTimer *timer = nullptr;
        QString discarded; // why the last answer from this server was dropped
        QStringList failures;
    };

    void tryNextServer(quint64 id);
    void onTimeout(quint64 id);
    void onReadyRead(int server);
    void finish(quint64 id, Result<Answer> answer);
    void release(Pending &pending);
    qint64 now() const { return m_clock.elapsed(); }

    std::vector<ServerState> m_servers;
    Timing m_timing;
    bool m_requireMessageAuthenticator = true;
    std::map<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    QElapsedTimer m_clock;
};

} // namespace keyward::radius
