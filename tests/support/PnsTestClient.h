#pragma once

// A PPTP client for tests that need what keyward-probe does not do: several calls on
// ONE control connection (as pptp-linux's call manager does), each with its own PPP
// session (MS-CHAPv2, MPPE 128-bit stateless, IPCP), driven step by step from stdin.
// Built on the protocol core (PnsControlConnection, PppSession) and the data plane,
// like keyward-probe; it needs root for its TUN device and raw sockets.
//
// It prints one JSON object a line on stdout:
//   {"event":"up","index":I,"callId":C,"serverCallId":S,"address":A}  a call is up
//   {"event":"allUp"}                                   every call is up
//   {"event":"pinged","calls":[{"index":I,"sent":N,"received":M},...]}   after "ping"
//   {"event":"cleared","index":I,"byServer":B,"result":R,"reason":T}  R: the CDN's
//                                                       result code (0 when none came)
//   {"event":"closed","byServer":B,"reason":T}          the control connection ended
//   {"event":"error","message":T}
// Commands on stdin, one a line: "ping" (5 echoes through each call that is up),
// "clear I" (Call-Clear-Request for call I), "quit". The password is the first line.

#include "crypto/CryptoLibrary.h"
#include "net/DataPlane.h"
#include "pptp/PnsControlConnection.h"
#include "runtime/MachineDriver.h"
#include "session/PppSession.h"

#include <QJsonObject>
#include <QObject>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <memory>
#include <vector>

class PnsTestClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString server;
        QString user;
        QString password;
        int calls = 2;
    };

    explicit PnsTestClient(Options options);
    ~PnsTestClient() override;

    bool start(QString *error);

signals:
    void finished();

private:
    struct Call
    {
        int index = 0;
        quint16 callId = 0;
        quint16 serverCallId = 0;
        bool callUp = false;
        bool up = false;
        quint32 localAddress = 0;
        quint32 serverTunnelAddress = 0;
        int pingFd = -1;
        int pingsSent = 0;
        std::unique_ptr<keyward::protocol::session::PppSession> ppp;
        std::unique_ptr<keyward::runtime::MachineDriver<keyward::protocol::session::PppSession>>
            driver;
        std::vector<std::pair<quint16, keyward::protocol::Bytes>> early;
    };

    void print(const QJsonObject &object);
    void onControl(const keyward::protocol::pptp::ControlEvent &event);
    void onCallUp(Call &call, quint16 serverCallId);
    void onPpp(Call &call, const keyward::protocol::session::PppSessionEvent &event);
    void onNotices();
    void onCommand();
    void ping();
    void reportPings();
    Call *callById(quint16 callId);

    Options m_options;
    std::shared_ptr<const keyward::protocol::crypto::CryptoLibrary> m_crypto;
    std::unique_ptr<keyward::net::DataPlane> m_dataPlane;
    std::unique_ptr<QSocketNotifier> m_notices;
    std::unique_ptr<QSocketNotifier> m_stdin;
    quint32 m_serverAddress = 0;
    quint16 m_firstCallId = 1;
    QTcpSocket m_socket;
    keyward::protocol::pptp::PnsControlConnection m_pns;
    keyward::runtime::MachineDriver<keyward::protocol::pptp::PnsControlConnection> m_control;
    std::vector<std::unique_ptr<Call>> m_calls;
    int m_addresses = 0;
    bool m_routed = false;
    bool m_allUpSaid = false;
    QByteArray m_input;
};
