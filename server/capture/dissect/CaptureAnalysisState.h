#pragma once

// What CaptureAnalysis keeps between packets: control connections with their two
// reassembled streams, calls with their GRE keys and PPP state, counters. Private to
// the dissector library.

#include "dissect/CaptureReport.h"
#include "dissect/ClientEvidence.h"
#include "dissect/PacketLayers.h"
#include "dissect/PppSummary.h"
#include "dissect/PptpControlSummary.h"
#include "dissect/TcpStreamReassembler.h"
#include "file/PacketRecord.h"

#include <QHash>
#include <QList>
#include <map>
#include <tuple>

namespace keyward::capture {

class CaptureAnalysisState
{
public:
    static constexpr int MaxConnections = 4096;
    static constexpr int MaxCalls = 16384;
    static constexpr int MaxExchangesPerCall = 64;

    void add(const PacketRecord &packet);
    CaptureReport report() const;

private:
    struct Exchange
    {
        QString user;
        QString protocol; // "MS-CHAPv2", "MS-CHAPv1", "CHAP-MD5", "PAP"
        qint64 timestampNs = 0;
        QString result; // "success", "failure ..." or empty
    };

    struct Connection
    {
        quint32 clientIp = 0;
        quint16 clientPort = 0;
        quint32 serverIp = 0;
        quint16 serverPort = 0;
        TcpStreamReassembler toServer;
        TcpStreamReassembler toClient;
        ClientEvidence evidence;
        QList<int> calls;
        quint64 messages = 0;
        quint64 malformed = 0;
    };

    struct Call
    {
        CaptureSessionInfo info;
        int connection = -1;
        quint32 clientIp = 0;
        quint32 serverIp = 0;
        bool haveServerCallId = false;
        bool orphan = false; // seen in GRE only: the control connection is not in the capture
        int authAlgorithm = -1;
        quint32 serverAuthRequested = 0; // protocol << 8 | algorithm of the server's last request
        bool ccpAckedByServer = false;
        bool ccpAckedByClient = false;
        quint32 ccpRequestBitsByClient = 0;
        quint32 ccpRequestBitsByServer = 0;
        bool weakOfferedByClient = false;
        bool weakOfferedByServer = false;
        bool ccpSeen = false;
        quint64 plaintextBeforeCcp = 0;
        QList<quint32> authAttempts; // protocol << 8 | algorithm seen agreed, proposed or used
        QList<Exchange> exchanges;
        ClientEvidence evidence; // the call's own (LCP, CCP); merged with its connection's SCCRQ
    };

    void controlSegment(const PacketRecord &packet, const PacketLayers &layers);
    void controlMessage(Connection &connection, int connectionIndex, bool toServer,
                        const uchar *message, int length, qint64 timestampNs);
    void greFrame(const PacketRecord &packet, const PacketLayers &layers);
    void pppFrame(Call &call, bool toServer, const uchar *frame, int length, qint64 timestampNs);
    int newCall(int connection, quint32 clientIp, quint32 serverIp, qint64 timestampNs);
    void registerKeys(int call);
    static quint64 greKey(quint32 destination, quint16 callId)
    {
        return static_cast<quint64>(destination) << 16 | callId;
    }
    static void noteAttempt(Call &call, quint32 code);
    ClientEvidence evidenceOf(const Call &call) const;

    CaptureReport m_counts;
    std::map<std::tuple<quint32, quint16, quint32, quint16>, int> m_connectionIndex;
    QList<Connection> m_connections;
    QList<Call> m_calls;
    QHash<quint64, int> m_greKeys; // (destination address, call id) -> call
    quint64 m_droppedCalls = 0;
};

} // namespace keyward::capture
