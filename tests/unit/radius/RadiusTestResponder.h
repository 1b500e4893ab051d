#pragma once

// A RADIUS server in the test process: a UDP socket on 127.0.0.1 that hands each
// request to the test's function, which answers (an encoded datagram) or not.

#include "radius/RadiusPacket.h"
#include "radius/RadiusSigner.h"

#include <QNetworkDatagram>
#include <QUdpSocket>
#include <functional>

class RadiusTestResponder : public QObject
{
public:
    // The request as received; returns the datagram to send back, or nothing.
    using Answer = std::function<keyward::protocol::Bytes(const keyward::protocol::Bytes &request)>;

    explicit RadiusTestResponder(Answer answer) : m_answer(std::move(answer))
    {
        m_socket.bind(QHostAddress::LocalHost, 0);
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams()) {
                const QNetworkDatagram d = m_socket.receiveDatagram();
                const QByteArray data = d.data();
                keyward::protocol::Bytes request(data.begin(), data.end());
                m_received.push_back(request);
                const keyward::protocol::Bytes reply = m_answer(request);
                if (!reply.empty())
                    m_socket.writeDatagram(reinterpret_cast<const char *>(reply.data()),
                                           static_cast<qint64>(reply.size()), d.senderAddress(),
                                           d.senderPort());
            }
        });
    }

    quint16 port() const { return m_socket.localPort(); }
    const std::vector<keyward::protocol::Bytes> &received() const { return m_received; }

    // The answer a server would give `request` with `secret`.
    static keyward::protocol::Bytes sign(keyward::radius::RadiusPacket answer,
                                         const keyward::protocol::Bytes &request,
                                         keyward::protocol::ByteView secret, bool withMac = true)
    {
        auto decoded = keyward::radius::RadiusPacket::decode(request);
        if (!decoded)
            return {};
        answer.identifier = decoded->identifier;
        auto wire = keyward::radius::RadiusSigner::signAnswer(answer, decoded->authenticator,
                                                              secret, withMac);
        return wire ? *wire : keyward::protocol::Bytes{};
    }

private:
    QUdpSocket m_socket;
    Answer m_answer;
    std::vector<keyward::protocol::Bytes> m_received;
};
