#pragma once

// One client session of keyward-probe: TCP to port 1723 as a PNS, one outgoing
// call, PPP as the client (MS-CHAPv2 peer, CCP/MPPE, IPCP), then pings through the
// tunnel, a hold time, and an orderly close (LCP terminate, Call-Clear, Stop).

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

signals:
    void finished(keyward::probe::ProbeSession *session);

private:
    void onTcpReadable();
    void handleControl(const protocol::pptp::ControlEvent &event);
    void sendPppFrames(std::vector<protocol::session::PppSession::Frame> frames);
    void pumpPpp();
    void handlePpp(const protocol::session::PppSessionEvent &event);
    void startPinging();
    void sendPing();
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
