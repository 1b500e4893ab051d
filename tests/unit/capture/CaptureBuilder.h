#pragma once

// Builds the packets of PPTP sessions byte by byte for the capture tests: IPv4 with
// TCP port 1723 and enhanced GRE, PPTP control messages, PPP frames (LCP, CHAP, PAP,
// CCP, IPCP, MPPE), wrapped in Ethernet, Linux SLL/SLL2, raw IP or loopback.

#include "file/LinkType.h"
#include "file/PacketRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>

namespace keyward::capture::test {

inline QByteArray be16(quint16 v)
{
    QByteArray b(2, '\0');
    qToBigEndian(v, b.data());
    return b;
}

inline QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

inline quint16 checksum(const QByteArray &data)
{
    quint32 sum = 0;
    for (int i = 0; i + 1 < data.size(); i += 2)
        sum += static_cast<quint32>(uchar(data[i]) << 8 | uchar(data[i + 1]));
    if (data.size() % 2)
        sum += static_cast<quint32>(uchar(data[data.size() - 1]) << 8);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<quint16>(~sum);
}

inline QByteArray ipv4(quint32 src, quint32 dst, quint8 protocol, const QByteArray &payload)
{
    QByteArray h;
    h += char(0x45);
    h += char(0);
    h += be16(static_cast<quint16>(20 + payload.size()));
    h += be16(0x1234);
    h += be16(0x4000);
    h += char(64);
    h += char(protocol);
    h += be16(0);
    h += be32(src);
    h += be32(dst);
    const quint16 c = checksum(h);
    h[10] = char(c >> 8);
    h[11] = char(c & 0xff);
    return h + payload;
}

inline QByteArray tcp(quint16 srcPort, quint16 dstPort, quint32 seq, quint8 flags,
                      const QByteArray &payload)
{
    QByteArray h = be16(srcPort) + be16(dstPort) + be32(seq) + be32(0);
    h += char(5 << 4);
    h += char(flags);
    h += be16(65535) + be16(0) + be16(0);
    return h + payload;
}

inline QByteArray gre(quint16 callId, const QByteArray &ppp, quint32 seq, bool withSeq = true)
{
    QByteArray h;
    h += char(0x20 | (withSeq ? 0x10 : 0));
    h += char(0x01);
    h += be16(0x880b);
    h += be16(static_cast<quint16>(ppp.size()));
    h += be16(callId);
    if (withSeq)
        h += be32(seq);
    return h + ppp;
}

inline QByteArray ppp(quint16 protocol, const QByteArray &body, bool addressControl = true)
{
    QByteArray out;
    if (addressControl)
        out += "\xff\x03";
    return out + be16(protocol) + body;
}

inline QByteArray option(quint8 type, const QByteArray &data)
{
    QByteArray out;
    out += char(type);
    out += char(data.size() + 2);
    return out + data;
}

inline QByteArray control(quint8 code, quint8 id, const QByteArray &data)
{
    QByteArray out;
    out += char(code);
    out += char(id);
    out += be16(static_cast<quint16>(data.size() + 4));
    return out + data;
}

inline QByteArray fixed(const QString &text, int size)
{
    QByteArray b = text.toLatin1().left(size);
    b.resize(size, '\0');
    return b;
}

// A PPTP control message of its exact size: header, then body padded with zeros.
inline QByteArray pptp(quint16 type, const QByteArray &body, int size)
{
    QByteArray m =
        be16(static_cast<quint16>(size)) + be16(1) + be32(0x1a2b3c4d) + be16(type) + be16(0) + body;
    m.resize(size, '\0');
    return m;
}

inline QByteArray sccrq(const QString &vendor, const QString &host, quint16 firmware)
{
    return pptp(1,
                be16(0x0100) + be16(0) + be32(1) + be32(1) + be16(0) + be16(firmware) +
                    fixed(host, 64) + fixed(vendor, 64),
                156);
}

inline QByteArray sccrp()
{
    return pptp(2,
                be16(0x0100) + QByteArray("\x01\x00", 2) + be32(1) + be32(1) + be16(0) + be16(1) +
                    fixed("server", 64) + fixed("Keyward", 64),
                156);
}

inline QByteArray ocrq(quint16 callId)
{
    return pptp(7,
                be16(callId) + be16(1) + be32(300) + be32(100000000) + be32(3) + be32(3) +
                    be16(64) + be16(0),
                168);
}

inline QByteArray ocrp(quint16 callId, quint16 peer)
{
    return pptp(8,
                be16(callId) + be16(peer) + QByteArray("\x01\x00", 2) + be16(0) + be32(100000000) +
                    be16(64) + be16(0) + be32(0),
                32);
}

inline QByteArray chapChallenge(quint8 id, const QByteArray &challenge, const QString &name)
{
    QByteArray d;
    d += char(challenge.size());
    return ppp(0xc223, control(1, id, d + challenge + name.toLatin1()));
}

inline QByteArray chapResponse(quint8 id, const QByteArray &value, const QString &name)
{
    QByteArray d;
    d += char(value.size());
    return ppp(0xc223, control(2, id, d + value + name.toLatin1()));
}

inline QByteArray mppeOption(quint32 bits)
{
    return option(18, be32(bits));
}

inline constexpr quint32 Client = 0xc0a80a02; // 192.168.10.2
inline constexpr quint32 Server = 0xc0a80a01; // 192.168.10.1

inline QByteArray ethernet(const QByteArray &ip, bool vlan = false)
{
    QByteArray e("\x02\x00\x00\x00\x00\x01\x02\x00\x00\x00\x00\x02", 12);
    if (vlan)
        e += be16(0x8100) + be16(42);
    return e + be16(0x0800) + ip;
}

// Builds one capture: packets in order, timestamps one millisecond apart.
class CaptureBuilder
{
public:
    explicit CaptureBuilder(quint32 linkType = LinkType::Ethernet) : m_linkType(linkType) {}

    void raw(const QByteArray &ip)
    {
        PacketRecord p;
        p.timestampNs = 1700000000000000000 + static_cast<qint64>(m_packets.size()) * 1000000;
        p.linkType = m_linkType;
        if (m_linkType == LinkType::Ethernet) {
            p.data = ethernet(ip);
        } else if (m_linkType == LinkType::LinuxSll2) {
            p.data = be16(0x0800) + be16(0) + be32(3) + be16(1) + QByteArray(1, '\4') +
                     QByteArray(1, '\6') + QByteArray(8, '\0') + ip;
        } else if (m_linkType == LinkType::LinuxSll) {
            p.data = be16(4) + be16(1) + be16(6) + QByteArray(8, '\0') + be16(0x0800) + ip;
        } else if (m_linkType == LinkType::Null) {
            p.data = QByteArray("\x02\x00\x00\x00", 4) + ip;
        } else {
            p.data = ip;
        }
        p.originalLength = static_cast<quint32>(p.data.size());
        m_packets.append(p);
    }
    // A control message (or part of one) on the TCP connection.
    void toServerTcp(const QByteArray &bytes, quint32 seqOffset)
    {
        raw(ipv4(Client, Server, 6, tcp(40000, 1723, 1000 + seqOffset, 0x18, bytes)));
    }
    void toClientTcp(const QByteArray &bytes, quint32 seqOffset)
    {
        raw(ipv4(Server, Client, 6, tcp(1723, 40000, 5000 + seqOffset, 0x18, bytes)));
    }
    void toServer(const QByteArray &bytes)
    {
        toServerTcp(bytes, m_clientSeq);
        m_clientSeq += bytes.size();
    }
    void toClient(const QByteArray &bytes)
    {
        toClientTcp(bytes, m_serverSeq);
        m_serverSeq += bytes.size();
    }
    // GRE to the server carries the server's call id, to the client the client's.
    void greToServer(const QByteArray &frame)
    {
        raw(ipv4(Client, Server, 47, gre(m_serverCallId, frame, m_greSeqUp++)));
    }
    void greToClient(const QByteArray &frame)
    {
        raw(ipv4(Server, Client, 47, gre(m_clientCallId, frame, m_greSeqDown++)));
    }

    // The control connection and one outgoing call.
    void openCall(const QString &vendor = QStringLiteral("Keyward"),
                  const QString &host = QStringLiteral("probe"), quint16 firmware = 0x0100)
    {
        raw(ipv4(Client, Server, 6, tcp(40000, 1723, 999, 0x02, {})));
        toServer(sccrq(vendor, host, firmware));
        toClient(sccrp());
        toServer(ocrq(m_clientCallId));
        toClient(ocrp(m_serverCallId, m_clientCallId));
    }

    QList<PacketRecord> packets() const { return m_packets; }

    quint16 m_clientCallId = 7;
    quint16 m_serverCallId = 9;

private:
    quint32 m_linkType;
    QList<PacketRecord> m_packets;
    quint32 m_clientSeq = 0;
    quint32 m_serverSeq = 0;
    quint32 m_greSeqUp = 0;
    quint32 m_greSeqDown = 0;
};

} // namespace keyward::capture::test
