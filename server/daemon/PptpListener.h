#pragma once

// TCP 1723: accepts control connections and hands them on (connectionArrived), after
// the per-address rate (a token bucket per address, connection-rate a second with a
// burst of connection-burst; see SourceRateLimiter). The concurrent cap per address
// and the budgets are the SessionRegistry's.
//
// When accept fails (EMFILE, ENFILE, ENOBUFS) QTcpServer stops accepting for good;
// the listener pauses instead and tries again a moment later, logging one line when
// the trouble starts and one when it is over.

#include "common/Result.h"
#include "daemon/DescriptorServer.h"
#include "daemon/SourceRateLimiter.h"

#include <QObject>
#include <QTimer>

namespace keyward::net {
class TcpStream;
}

namespace keyward::daemon {

struct DaemonConfig;

class PptpListener : public QObject
{
    Q_OBJECT

public:
    static constexpr int RetryAcceptMs = 500;
    // Connections the kernel may hold completed but not yet accepted.
    static constexpr int ListenBacklog = 1024;

    explicit PptpListener(const DaemonConfig &config, QObject *parent = nullptr);

    // Raises the open-files limit as far as allowed, then listens.
    [[nodiscard]] Status listen(quint32 address, quint16 port);
    void close();
    QString errorString() const { return m_server.errorString(); }

signals:
    // A new control connection; the receiver owns `stream`.
    void connectionArrived(keyward::net::TcpStream *stream, quint32 peer);

private:
    void onNewConnection();
    void onAcceptError(QAbstractSocket::SocketError error);

    DescriptorServer m_server;
    SourceRateLimiter m_rate;
    QTimer m_retry;
    bool m_failing = false;
};

} // namespace keyward::daemon
