#pragma once

// One client session of keyward-probe: TCP to port 1723 as a PNS, one outgoing
// call, PPP as the client (MS-CHAPv2 peer, CCP/MPPE, IPCP), then pings through the
// tunnel, a hold time, and an orderly close (LCP terminate, Call-Clear, Stop).
//
// A fair judge: the server's side of the tunnel may start forwarding a moment after
// IPCP opens (pppd brings its interface up and runs ip-up then), so before the counted
// pings it sends warm-up echoes every 100 ms until one is answered or the settle time
// runs out. Only the counted pings make the loss figure; the report says how long the
// tunnel took to answer and how many echoes that took.

#include "pptp/PnsControlConnection.h"
#include "probe/ProbeReport.h"
#include "runtime/MachineDriver.h"
#include "session/PppSession.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>
#include <map>
#include <memory>

namespace keyward::probe {

class Probe;

class ProbeSession : public QObject
{
    Q_OBJECT

public:
    ProbeSession(Probe &probe, int index);
    ~ProbeSession() override;

    void start();
    quint16 callId() const { return m_callId; }
    void onControlFrame(quint16 protocol, const protocol::Bytes &information);
    void onDecryptorResetRequest();
    void onDecryptorResynchronised();
    const ProbeReport &report() const { return m_report; }
    // Ends the session in order when it is up; one not yet up fails with the reason.
    void interrupt(const QString &reason);

signals:
    // The tunnel answered a first echo (or had its settle time, or no echo was asked
    // for): traffic may flow.
    void ready(keyward::probe::ProbeSession *session);
    void finished(keyward::probe::ProbeSession *session);

private:
    void onTcpReadable();
    void handleControl(const protocol::pptp::ControlEvent &event);
    void sendPppFrames(std::vector<protocol::session::PppSession::Frame> frames);
    void pumpPpp();
    void handlePpp(const protocol::session::PppSessionEvent &event);
    void startPinging();
    void onPingTimer();
    // The link is settled (or the settle time is over): counted pings start.
    void linkReady();
    void sendWarmup();
    void sendPing();
    bool sendEcho(quint16 identifier, quint16 sequence);
    void onPingReadable();
    void afterPings();
    void closeSession(const QString &reason);
    void fail(const QString &error);
    void done();

    Probe &m_probe;
    int m_index;
    quint16 m_callId;
    QTcpSocket m_socket;
    protocol::pptp::PnsControlConnection m_pns;
    runtime::MachineDriver<protocol::pptp::PnsControlConnection> m_control;
    std::unique_ptr<protocol::session::PppSession> m_ppp;
    std::unique_ptr<runtime::MachineDriver<protocol::session::PppSession>> m_pppDriver;
    QTimer m_deadline;
    QTimer m_pingTimer;
    QTimer m_settleDeadline;
    bool m_settling = false;
    qint64 m_networkUpAt = 0; // ms on m_clock
    quint16 m_warmupSequence = 0;
    QElapsedTimer m_clock;
    ProbeReport m_report;
    quint32 m_localAddress = 0;
    quint32 m_serverTunnelAddress = 0;
    int m_pingFd = -1;
    std::unique_ptr<QSocketNotifier> m_pingNotifier;
    std::map<quint16, qint64> m_pingSentAt; // sequence -> ms
    quint16 m_pingSequence = 0;
    bool m_closing = false;
    bool m_finished = false;
    bool m_callUp = false;
    std::vector<std::pair<quint16, protocol::Bytes>> m_early; // frames before PPP started
};

} // namespace keyward::probe
