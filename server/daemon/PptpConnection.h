#pragma once

// One PPTP control connection (TCP 1723) on the server: feeds the socket into the
// sans-I/O PAC state machine (run by a MachineDriver), answers call requests through
// the daemon, and owns the CallSession of its call.

#include "pptp/PacControlConnection.h"
#include "runtime/MachineDriver.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace keyward::daemon {

class CallSession;
class Daemon;

class PptpConnection : public QObject
{
    Q_OBJECT

public:
    PptpConnection(Daemon &daemon, QTcpSocket *socket, quint32 peerAddress);
    ~PptpConnection() override;

    void start();
    quint32 peerAddress() const { return m_peerAddress; }
    // Clears a call from our side (the session ended) with a Call-Disconnect-Notify.
    void clearCall(quint16 callId, const QString &reason);
    // Tells the client about errors on its call (WAN-Error-Notify, cumulative counters).
    void reportErrors(quint16 callId, const protocol::pptp::WanErrorNotify &counters);
    // Stops the control connection (daemon shutdown, admin).
    void stop(const QString &reason);

signals:
    void closed(keyward::daemon::PptpConnection *connection);

private:
    void onReadyRead();
    void write(const std::vector<protocol::Bytes> &messages);
    void handle(const protocol::pptp::ControlEvent &event);
    void close(const QString &reason);

    Daemon &m_daemon;
    QTcpSocket *m_socket;
    quint32 m_peerAddress;
    quint16 m_reservedCallId; // before m_pac: its configuration starts from this id
    protocol::pptp::PacControlConnection m_pac;
    runtime::MachineDriver<protocol::pptp::PacControlConnection> m_driver;
    QPointer<CallSession> m_session;
    bool m_closed = false;
};

} // namespace keyward::daemon
