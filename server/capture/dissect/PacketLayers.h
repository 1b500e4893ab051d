#pragma once

// Where the layers of one captured packet are, as NetworkDecoder found them: the
// link layer, IPv4, and TCP or GRE with the offset and length of their payload.
// Offsets are into PacketRecord::data and were checked against its size.

#include <QString>

namespace keyward::capture {

struct PacketLayers
{
    enum class Transport
    {
        None, // no IPv4 (other link payload, unsupported link, truncated)
        Tcp,
        Gre,   // enhanced GRE (version 1, PPP): PPTP data
        Other, // another IP protocol, or plain GRE
    };

    bool linkSupported = false;
    bool ipv4 = false;
    bool malformed = false;
    QString problem; // why decoding stopped early, for the tree and the info line
    quint16 etherType = 0;

    int ipOffset = -1;
    int ipHeaderLength = 0;
    int ipEnd = 0; // end of the IP packet within the captured bytes
    quint32 source = 0;
    quint32 destination = 0;
    quint8 ipProtocol = 0;
    bool fragment = false; // not the first fragment, or more fragments follow

    Transport transport = Transport::None;
    int transportOffset = -1;
    // TCP
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    quint32 tcpSeq = 0;
    quint32 tcpAck = 0;
    quint8 tcpFlags = 0;
    // enhanced GRE
    quint16 greCallId = 0;
    quint16 grePayloadLength = 0;
    bool greHasSeq = false;
    bool greHasAck = false;
    quint32 greSeq = 0;
    quint32 greAck = 0;

    int payloadOffset = -1; // TCP payload or the PPP frame in GRE
    int payloadLength = 0;

    bool isPptpControl() const
    {
        return transport == Transport::Tcp && (sourcePort == 1723 || destinationPort == 1723);
    }
};

} // namespace keyward::capture
