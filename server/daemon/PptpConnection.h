#pragma once

// One PPTP control connection (TCP 1723) on the server: feeds the socket into the
// sans-I/O PAC state machine (run by a MachineDriver), answers call requests through
// the daemon, and owns the CallSessions of its calls.
//
// A connection carries up to max-calls-per-connection calls (the stock Linux client
// puts every tunnel to a server on one connection), each its own session with its own
// sign-in, deadlines and end. Every call takes its own call id from the registry (ids
// are unique across all connections), its own place among the calls still signing in,
// and, once signed in, its own session slot. One call ending leaves the others; a
// connection whose last call ended is call-less again: it takes a place in that budget
// and closes at call-timeout unless a new call comes (or when the client stops it).
//
// What one client can make it do is bounded. Input is read at most
// control-input-rate octets a second (a token bucket), and not at all while replies
// wait in our buffer: they wait there only when
// the kernel's send buffer is full, that is when the client does not read. Then TCP's
// own flow control holds the client back, so a client costs us no more work than it
// takes replies, and a slow reader is not dropped for a burst. A client that takes
// none of its replies for OutputStallSeconds is closed, and so is one whose replies
// exceed control-output-limit octets (only our own timers could still add to them).
// Deadlines (no SCCRQ, no call, no sign-in) close a connection that does nothing
// useful. Each close is logged once with its reason.
//
// A call's Outgoing-Call-Reply, and whatever follows it on the connection, waits until
// the data plane has the call's GRE path (pathReady): a client sends its first LCP
// frame as soon as it has the reply, and GRE for a call the data plane does not know
// yet is dropped, which would cost the client a PPP retransmission (3 s).

#include "daemon/TokenBucket.h"
#include "dissect/ClientEvidence.h"
#include "net/TcpStream.h"
#include "pptp/PacControlConnection.h"
#include "runtime/MachineDriver.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace keyward::daemon {

class CallSession;
class CallContext;

class PptpConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr int OutputStallSeconds = 30;

    PptpConnection(CallContext &context, net::TcpStream *stream, quint32 peerAddress,
                   QObject *parent = nullptr);
    ~PptpConnection() override;

    void start();
    quint32 peerAddress() const { return m_peerAddress; }
    // Clears a call from our side (the session ended) with a Call-Disconnect-Notify
    // carrying `result` and the reason as its Call Statistics text.
    void clearCall(quint16 callId, protocol::pptp::CdnResult result, const QString &reason);
    // Calls that are up (their sessions started) on this connection.
    int sessionCount() const { return static_cast<int>(m_sessions.size()); }
    // Tells the client about errors on its call (WAN-Error-Notify, cumulative counters).
    void reportErrors(quint16 callId, const protocol::pptp::WanErrorNotify &counters);
    // The data plane takes the call's GRE now: what waited for it goes out.
    void pathReady(quint16 callId);
    // Stops the control connection (daemon shutdown, admin).
    void stop(const QString &reason);
    // Closes it at once, without a goodbye (a limit was reached); logs the reason.
    void abort(const QString &reason);

signals:
    void closed(keyward::daemon::PptpConnection *connection);

private:
    // Reads what the input budget allows, unless replies are piling up.
    void readInput();
    void write(const std::vector<protocol::Bytes> &messages);
    // Sends messages to the socket, in order (nothing is held any more).
    void send(const std::vector<protocol::Bytes> &messages);
    // The call no longer waits for its path (it is there, or the call is gone).
    void stopHolding(quint16 callId);
    void handle(const protocol::pptp::ControlEvent &event);
    void onCallRequested(const protocol::pptp::CallRequested &request);
    void onCallEstablished(const protocol::pptp::CallEstablished &up);
    // The PAC machine asks for a call id for a new call: one the registry reserves.
    quint16 reserveCallId();
    // A call left the PAC machine: its id goes back to the registry.
    void releaseCallId(quint16 callId);
    // The connection holds no call (again): it takes a place in that budget.
    void becameCallless();
    void close(const QString &reason, bool abortSocket = false);

    CallContext &m_context;
    net::TcpStream *m_stream; // a child: no buffers but what the kernel could not take yet
    quint32 m_peerAddress;
    QSet<quint16> m_callIds;             // reserved in the registry for calls on this connection
    QSet<quint16> m_pathsPending;        // accepted calls the data plane has no path for yet
    std::vector<protocol::Bytes> m_held; // output waiting for those paths, in order
    protocol::pptp::PacControlConnection m_pac;
    runtime::MachineDriver<protocol::pptp::PacControlConnection> m_driver;
    QHash<quint16, QPointer<CallSession>> m_sessions; // by call id
    TokenBucket m_input;
    QTimer m_readLater;   // reads what the input budget held back
    QTimer m_outputStall; // replies have waited too long for the client
    bool m_closed = false;
    bool m_wanErrorsNoted = false; // the first WAN-Error-Notify from the client is logged
    capture::ClientEvidence m_clientEvidence; // what the SCCRQ said of the client
};

} // namespace keyward::daemon
