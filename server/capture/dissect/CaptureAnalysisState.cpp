#include "dissect/CaptureAnalysisState.h"

#include "dissect/ClientInventory.h"
#include "dissect/FieldText.h"
#include "dissect/NetworkDecoder.h"
#include "dissect/PppDissector.h"
#include "dissect/PptpControlDissector.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace keyward::capture {

namespace {

constexpr quint32 MagicCookie = 0x1a2b3c4d;
constexpr int MaxControlMessage = 220;
constexpr quint32 AuthMsChapV2 = 0xc22381;
constexpr quint32 AuthMsChapV1 = 0xc22380;
constexpr quint32 AuthChapMd5 = 0xc22305;
constexpr quint32 AuthPap = 0xc02300;
constexpr quint32 MppeH = 0x01000000;
constexpr quint32 MppeL = 0x20;
constexpr quint32 MppeS = 0x40;
constexpr quint32 MppeM = 0x80;

QString endpoint(quint32 ip, quint16 port)
{
    return QStringLiteral("%1:%2").arg(FieldText::ipv4(ip)).arg(port);
}

quint32 authCode(const QByteArray &data)
{
    if (data.size() < 2)
        return 0;
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    quint32 code = static_cast<quint32>(FieldText::u16(p)) << 8;
    if (code == 0xc22300 && data.size() >= 3)
        code |= p[2];
    return code;
}

QString authName(quint32 code)
{
    switch (code) {
    case AuthMsChapV2:
        return QStringLiteral("MS-CHAPv2");
    case AuthMsChapV1:
        return QStringLiteral("MS-CHAPv1");
    case AuthChapMd5:
        return QStringLiteral("CHAP-MD5");
    case AuthPap:
        return QStringLiteral("PAP");
    default:
        return QStringLiteral("protocol %1").arg(FieldText::hex16(static_cast<quint16>(code >> 8)));
    }
}

QString strengthOf(quint32 bits)
{
    if (bits & MppeS)
        return QStringLiteral("128-bit");
    if (bits & MppeM)
        return QStringLiteral("56-bit");
    if (bits & MppeL)
        return QStringLiteral("40-bit");
    return {};
}

QString isoTime(qint64 ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

void CaptureAnalysisState::add(const PacketRecord &packet)
{
    ++m_counts.packets;
    if (m_counts.packets == 1 || packet.timestampNs < m_counts.firstNs)
        m_counts.firstNs = packet.timestampNs;
    m_counts.lastNs = qMax(m_counts.lastNs, packet.timestampNs);
    const PacketLayers layers = NetworkDecoder::decode(packet);
    if (!layers.linkSupported) {
        ++m_counts.unsupportedLinkPackets;
        ++m_counts.otherPackets;
        return;
    }
    if (layers.isPptpControl()) {
        ++m_counts.pptpControlPackets;
        controlSegment(packet, layers);
        return;
    }
    if (layers.transport == PacketLayers::Transport::Gre) {
        ++m_counts.grePackets;
        if (layers.malformed)
            ++m_counts.malformedPackets;
        greFrame(packet, layers);
        return;
    }
    if (layers.malformed)
        ++m_counts.malformedPackets;
    ++m_counts.otherPackets;
}

void CaptureAnalysisState::controlSegment(const PacketRecord &packet, const PacketLayers &layers)
{
    const bool toServer = layers.destinationPort == 1723;
    const quint32 clientIp = toServer ? layers.source : layers.destination;
    const quint16 clientPort = toServer ? layers.sourcePort : layers.destinationPort;
    const quint32 serverIp = toServer ? layers.destination : layers.source;
    const quint16 serverPort = toServer ? layers.destinationPort : layers.sourcePort;
    const auto key = std::make_tuple(clientIp, clientPort, serverIp, serverPort);
    auto it = m_connectionIndex.find(key);
    int index = -1;
    if (it == m_connectionIndex.end()) {
        if (m_connections.size() >= MaxConnections)
            return;
        // A SYN after a closed connection on the same ports starts a new one.
        index = static_cast<int>(m_connections.size());
        Connection c;
        c.clientIp = clientIp;
        c.clientPort = clientPort;
        c.serverIp = serverIp;
        c.serverPort = serverPort;
        m_connections.append(std::move(c));
        m_connectionIndex.emplace(key, index);
    } else {
        index = it->second;
    }
    Connection &connection = m_connections[index];
    TcpStreamReassembler &stream = toServer ? connection.toServer : connection.toClient;
    const bool syn = layers.tcpFlags & 0x02;
    stream.add(
        layers.tcpSeq, syn,
        QByteArrayView(packet.data.constData() + layers.payloadOffset, layers.payloadLength));
    QByteArray &bytes = stream.stream();
    if (stream.takeGap()) {
        // Bytes are missing: find the next message by its magic cookie.
        qsizetype at = bytes.indexOf(QByteArrayView("\x1a\x2b\x3c\x4d", 4));
        stream.consume(at >= 4 ? at - 4 : bytes.size());
    }
    for (;;) {
        if (bytes.size() < 12)
            break;
        const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
        const int length = FieldText::u16(p);
        if (FieldText::u32(p + 4) != MagicCookie || length < 12 || length > MaxControlMessage) {
            ++connection.malformed;
            ++m_counts.malformedPackets;
            const qsizetype next = bytes.indexOf(QByteArrayView("\x1a\x2b\x3c\x4d", 4), 5);
            stream.consume(next >= 4 ? next - 4 : bytes.size());
            continue;
        }
        if (bytes.size() < length)
            break;
        const QByteArray message = bytes.left(length);
        stream.consume(length);
        controlMessage(m_connections[index], index, toServer,
                       reinterpret_cast<const uchar *>(message.constData()), length,
                       packet.timestampNs);
    }
}

void CaptureAnalysisState::controlMessage(Connection &connection, int connectionIndex,
                                          bool toServer, const uchar *message, int length,
                                          qint64 ts)
{
    PptpControlSummary s;
    (void)PptpControlDissector::dissect(message, length, -1, s, nullptr);
    ++connection.messages;
    if (!s.valid) {
        ++connection.malformed;
        ++m_counts.malformedPackets;
        return;
    }
    auto findCall = [&](auto predicate) -> int {
        for (int i = static_cast<int>(connection.calls.size()) - 1; i >= 0; --i)
            if (predicate(m_calls[connection.calls[i]]))
                return connection.calls[i];
        return -1;
    };
    switch (s.type) {
    case 1: // SCCRQ: the PNS names itself
        if (toServer) {
            connection.evidence.sccrqSeen = true;
            connection.evidence.vendor = s.vendor;
            connection.evidence.hostName = s.hostName;
            connection.evidence.firmwareRevision = s.firmwareRevision;
            connection.evidence.protocolVersion = s.protocolVersion;
        }
        break;
    case 7: { // OCRQ from the PNS
        const int call = newCall(connectionIndex, connection.clientIp, connection.serverIp, ts);
        if (call >= 0) {
            m_calls[call].info.clientCallId = s.callId;
            registerKeys(call);
        }
        break;
    }
    case 8: { // OCRP from the PAC
        const int call = findCall([&](const Call &c) {
            return c.info.clientCallId == s.peerCallId && !c.haveServerCallId;
        });
        if (call >= 0) {
            m_calls[call].info.serverCallId = s.callId;
            m_calls[call].haveServerCallId = true;
            m_calls[call].info.callEstablished = s.result == 1;
            if (s.result != 1)
                m_calls[call].info.clearReason =
                    QStringLiteral("Outgoing-Call-Reply: %1").arg(s.resultText);
            registerKeys(call);
        }
        break;
    }
    case 9: { // ICRQ from the PAC
        const int call = newCall(connectionIndex, connection.clientIp, connection.serverIp, ts);
        if (call >= 0) {
            m_calls[call].info.serverCallId = s.callId;
            m_calls[call].haveServerCallId = true;
            registerKeys(call);
        }
        break;
    }
    case 10: { // ICRP from the PNS
        const int call = findCall([&](const Call &c) {
            return c.info.serverCallId == s.peerCallId && c.info.clientCallId == 0;
        });
        if (call >= 0) {
            m_calls[call].info.clientCallId = s.callId;
            m_calls[call].info.callEstablished = s.result == 1;
            registerKeys(call);
        }
        break;
    }
    case 12: { // CCRQ from the PNS
        const int call = findCall([&](const Call &c) { return c.info.clientCallId == s.callId; });
        if (call >= 0 && m_calls[call].info.clearReason.isEmpty())
            m_calls[call].info.clearReason = QStringLiteral("Call-Clear-Request from the client");
        break;
    }
    case 13: { // CDN from either side
        const int call = findCall([&](const Call &c) {
            return toServer ? c.info.clientCallId == s.callId : c.info.serverCallId == s.callId;
        });
        if (call >= 0) {
            QString &reason = m_calls[call].info.clearReason;
            const QString cdn =
                QStringLiteral("Call-Disconnect-Notify from the %1: %2")
                    .arg(toServer ? QStringLiteral("client") : QStringLiteral("server"),
                         s.resultText);
            reason = reason.isEmpty() ? cdn : reason + QStringLiteral("; ") + cdn;
        }
        break;
    }
    default:
        break;
    }
}

int CaptureAnalysisState::newCall(int connection, quint32 clientIp, quint32 serverIp, qint64 ts)
{
    if (m_calls.size() >= MaxCalls) {
        ++m_droppedCalls;
        return -1;
    }
    Call call;
    call.connection = connection;
    call.clientIp = clientIp;
    call.serverIp = serverIp;
    call.info.firstSeenNs = ts;
    call.info.lastSeenNs = ts;
    if (connection >= 0) {
        const Connection &c = m_connections[connection];
        call.info.client = endpoint(c.clientIp, c.clientPort);
        call.info.server = endpoint(c.serverIp, c.serverPort);
    } else {
        call.info.client = FieldText::ipv4(clientIp);
        call.info.server = FieldText::ipv4(serverIp);
    }
    const int index = static_cast<int>(m_calls.size());
    m_calls.append(std::move(call));
    if (connection >= 0)
        m_connections[connection].calls.append(index);
    return index;
}

void CaptureAnalysisState::registerKeys(int index)
{
    const Call &call = m_calls[index];
    // GRE to the server carries the server's call id, GRE to the client the client's.
    if (call.haveServerCallId)
        m_greKeys.insert(greKey(call.serverIp, call.info.serverCallId), index);
    if (call.info.clientCallId != 0 || !call.haveServerCallId)
        m_greKeys.insert(greKey(call.clientIp, call.info.clientCallId), index);
}

void CaptureAnalysisState::greFrame(const PacketRecord &packet, const PacketLayers &layers)
{
    auto it = m_greKeys.constFind(greKey(layers.destination, layers.greCallId));
    int index = -1;
    if (it != m_greKeys.constEnd()) {
        index = it.value();
    } else {
        // No control connection for it in the capture: the reverse direction of an
        // orphan call, or a new orphan call (the sender taken as the client).
        for (int i = static_cast<int>(m_calls.size()) - 1; i >= 0 && i >= m_calls.size() - 64;
             --i) {
            Call &c = m_calls[i];
            if (c.orphan && c.clientIp == layers.destination && c.serverIp == layers.source &&
                !c.haveServerCallId) {
                c.info.clientCallId = layers.greCallId;
                c.haveServerCallId = true;
                index = i;
                break;
            }
        }
        if (index < 0) {
            index = newCall(-1, layers.source, layers.destination, packet.timestampNs);
            if (index < 0)
                return;
            m_calls[index].orphan = true;
            m_calls[index].info.serverCallId = layers.greCallId;
            m_greKeys.insert(greKey(layers.destination, layers.greCallId), index);
            m_calls[index].haveServerCallId = false;
        } else {
            m_greKeys.insert(greKey(layers.destination, layers.greCallId), index);
        }
    }
    Call &call = m_calls[index];
    const bool toServer = layers.destination == call.serverIp;
    call.info.lastSeenNs = qMax(call.info.lastSeenNs, packet.timestampNs);
    if (toServer)
        ++call.info.greToServer;
    else
        ++call.info.greToClient;
    if (layers.payloadLength > 0)
        pppFrame(call, toServer,
                 reinterpret_cast<const uchar *>(packet.data.constData()) + layers.payloadOffset,
                 layers.payloadLength, packet.timestampNs);
}

void CaptureAnalysisState::noteAttempt(Call &call, quint32 code)
{
    if (code != 0 && !call.authAttempts.contains(code) && call.authAttempts.size() < 8)
        call.authAttempts.append(code);
}

void CaptureAnalysisState::pppFrame(Call &call, bool toServer, const uchar *frame, int length,
                                    qint64 ts)
{
    PppSummary s;
    PppDissector::dissect(frame, length, -1, call.authAlgorithm, s, nullptr, nullptr);
    if (!s.valid) {
        ++m_counts.malformedPackets;
        return;
    }
    switch (s.protocol) {
    case 0x00fd:
        ++call.info.encryptedPackets;
        return;
    case 0x0021:
    case 0x0057:
        if (call.ccpAckedByClient || call.ccpAckedByServer)
            ++call.info.plaintextAfterCcp;
        else
            ++call.plaintextBeforeCcp;
        return;
    case 0xc021: // LCP
        if (s.code == 1 && !toServer) {
            for (const auto &[type, data] : s.options)
                if (type == 3)
                    call.serverAuthRequested = authCode(data);
        } else if (s.code == 1 && toServer) {
            ClientInventory::addLcpOptions(call.evidence, s.options, false);
        } else if (s.code == 3 && toServer) {
            // The client's counter-proposal to the server's request: what it offers.
            ClientInventory::addLcpOptions(call.evidence, s.options, true);
            for (const auto &[type, data] : s.options)
                if (type == 3)
                    noteAttempt(call, authCode(data));
        } else if (s.code == 2 && toServer) {
            for (const auto &[type, data] : s.options) {
                if (type == 3) {
                    const quint32 code = authCode(data);
                    call.authAlgorithm = (code >> 8) == 0xc223 ? static_cast<int>(code & 0xff) : -1;
                    call.info.authProtocol = authName(code);
                    noteAttempt(call, code);
                }
            }
        } else if (s.code == 12 && toServer && call.evidence.lcpIdentifications.size() < 8) {
            call.evidence.lcpIdentifications.append(s.identification);
        }
        return;
    case 0xc223: { // CHAP
        if (s.code == 2 && toServer) {
            const int algorithm = s.chapAlgorithm;
            const quint32 code = 0xc22300 | static_cast<quint32>(algorithm & 0xff);
            noteAttempt(call, code);
            call.info.authProtocol = authName(code);
            call.info.user = s.chapName;
            if (call.exchanges.size() < MaxExchangesPerCall)
                call.exchanges.append({s.chapName, authName(code), ts, {}});
        } else if ((s.code == 3 || s.code == 4) && !toServer && !call.exchanges.isEmpty()) {
            QString result = s.code == 3 ? QStringLiteral("success") : QStringLiteral("failure");
            if (s.code == 4) {
                const qsizetype e = s.chapMessage.indexOf(QStringLiteral("E="));
                if (e >= 0)
                    result += QStringLiteral(" (%1)").arg(
                        s.chapMessage.mid(e).section(QLatin1Char(' '), 0, 0));
            }
            call.exchanges.last().result = result;
            call.info.authResult = result;
        } else if (s.code == 7 && toServer && call.exchanges.size() < MaxExchangesPerCall) {
            call.exchanges.append({call.info.user, QStringLiteral("MS-CHAPv2"), ts, {}});
        }
        return;
    }
    case 0xc023: // PAP
        if (s.code == 1 && toServer) {
            noteAttempt(call, AuthPap);
            call.info.authProtocol = QStringLiteral("PAP");
            call.info.user = s.papPeer;
            if (call.exchanges.size() < MaxExchangesPerCall)
                call.exchanges.append({s.papPeer, QStringLiteral("PAP"), ts, {}});
        } else if ((s.code == 2 || s.code == 3) && !toServer && !call.exchanges.isEmpty()) {
            call.exchanges.last().result =
                s.code == 2 ? QStringLiteral("success") : QStringLiteral("failure");
            call.info.authResult = call.exchanges.last().result;
        }
        return;
    case 0x80fd: { // CCP
        call.ccpSeen = true;
        quint32 bits = 0;
        bool mppe = false;
        for (const auto &[type, data] : s.options) {
            if (type == 18 && data.size() == 4) {
                bits = FieldText::u32(reinterpret_cast<const uchar *>(data.constData()));
                mppe = true;
            }
        }
        if (s.code == 1 && mppe) {
            call.info.mppeBitsOffered |= bits;
            if (toServer) {
                call.ccpRequestBitsByClient = bits;
                ClientInventory::addMppeOption(call.evidence, bits);
                if (bits & (MppeL | MppeM))
                    call.weakOfferedByClient = true;
            } else {
                call.ccpRequestBitsByServer = bits;
                if (bits & (MppeL | MppeM))
                    call.weakOfferedByServer = true;
            }
        } else if (s.code == 2 && mppe) {
            (toServer ? call.ccpAckedByClient : call.ccpAckedByServer) = true;
            call.info.mppeAgreed = true;
            call.info.mppeStrength = strengthOf(bits);
            call.info.mppeStateful = !(bits & MppeH);
        }
        return;
    }
    default:
        return;
    }
}

ClientEvidence CaptureAnalysisState::evidenceOf(const Call &call) const
{
    ClientEvidence e = call.evidence;
    if (call.connection >= 0) {
        const ClientEvidence &c = m_connections[call.connection].evidence;
        e.sccrqSeen = c.sccrqSeen;
        e.vendor = c.vendor;
        e.hostName = c.hostName;
        e.firmwareRevision = c.firmwareRevision;
        e.protocolVersion = c.protocolVersion;
    }
    return e;
}

CaptureReport CaptureAnalysisState::report() const
{
    CaptureReport r = m_counts;
    auto finding = [&r](const char *code, FindingSeverity severity, const QString &message,
                        int session, qint64 ts, const QString &user = {}) {
        CaptureFinding f;
        f.code = QLatin1String(code);
        f.severity = severity;
        f.message = message;
        f.session = session;
        f.timestampNs = ts;
        f.user = user;
        r.findings.append(f);
    };
    for (int i = 0; i < m_calls.size(); ++i) {
        const Call &call = m_calls[i];
        CaptureSessionInfo info = call.info;
        info.clientIdentity = ClientInventory::classify(evidenceOf(call));
        const int session = static_cast<int>(r.sessions.size());
        const QString who =
            QStringLiteral("session %1 (%2 -> %3%4)")
                .arg(session + 1)
                .arg(info.client, info.server,
                     info.user.isEmpty() ? QString()
                                         : QStringLiteral(", user \"%1\"").arg(info.user));
        r.sessions.append(info);

        if (call.weakOfferedByClient || call.weakOfferedByServer) {
            const quint32 bits = call.info.mppeBitsOffered;
            const QString strengths =
                QStringList{(bits & MppeL) ? QStringLiteral("40-bit") : QString(),
                            (bits & MppeM) ? QStringLiteral("56-bit") : QString()}
                    .filter(QRegularExpression(QStringLiteral(".+")))
                    .join(QStringLiteral(" and "));
            const QString by = call.weakOfferedByClient && call.weakOfferedByServer
                                   ? QStringLiteral("both ends")
                               : call.weakOfferedByClient ? QStringLiteral("the client")
                                                          : QStringLiteral("the server");
            finding(FindingCode::WeakMppeOffered, FindingSeverity::Warning,
                    QStringLiteral("In %1, %2 offered %3 MPPE; a session key that short can be "
                                   "found by brute force. "
                                   "Configure clients and servers for 128-bit only.")
                        .arg(who, by, strengths),
                    session, info.firstSeenNs);
        }
        if (info.mppeAgreed && (info.mppeStrength == QLatin1String("40-bit") ||
                                info.mppeStrength == QLatin1String("56-bit")))
            finding(FindingCode::WeakMppeAgreed, FindingSeverity::Critical,
                    QStringLiteral("%1 agreed %2 MPPE: its traffic can be decrypted by a key "
                                   "search without the password. "
                                   "Require 128-bit MPPE.")
                        .arg(who.left(1).toUpper() + who.mid(1), info.mppeStrength),
                    session, info.firstSeenNs);
        if (info.mppeAgreed && info.mppeStateful)
            finding(FindingCode::StatefulMppe, FindingSeverity::Warning,
                    QStringLiteral("%1 uses stateful MPPE: the key changes only every 256 packets "
                                   "and one lost packet "
                                   "stalls the tunnel until a reset. Prefer stateless MPPE.")
                        .arg(who.left(1).toUpper() + who.mid(1)),
                    session, info.firstSeenNs);
        for (const Exchange &x : call.exchanges) {
            if (x.protocol != QLatin1String("MS-CHAPv2"))
                continue;
            const bool succeeded = x.result == QLatin1String("success");
            finding(FindingCode::MsChapV2Exposed,
                    succeeded ? FindingSeverity::Critical : FindingSeverity::Warning,
                    QStringLiteral("The MS-CHAPv2 exchange of user \"%1\" at %2 (%3) crossed this "
                                   "network: anyone who "
                                   "captured it can recover the password's NT hash offline and "
                                   "decrypt the session. "
                                   "Rotate %1's password.")
                        .arg(x.user, isoTime(x.timestampNs),
                             x.result.isEmpty() ? QStringLiteral("result not seen") : x.result),
                    session, x.timestampNs, x.user);
        }
        for (quint32 code : call.authAttempts) {
            const char *findingCode = nullptr;
            FindingSeverity severity = FindingSeverity::Warning;
            QString why;
            if (code == AuthPap) {
                findingCode = FindingCode::PapAttempt;
                severity = FindingSeverity::Critical;
                why = QStringLiteral("PAP sends the password itself in clear text");
            } else if (code == AuthChapMd5) {
                findingCode = FindingCode::ChapMd5Attempt;
                why = QStringLiteral(
                    "CHAP-MD5 gives no MPPE keys and its response can be cracked offline");
            } else if (code == AuthMsChapV1) {
                findingCode = FindingCode::MsChapV1Attempt;
                severity = FindingSeverity::Critical;
                why = QStringLiteral(
                    "MS-CHAPv1 responses (with their LAN Manager hash) are cracked in minutes");
            } else {
                continue;
            }
            QString user;
            for (const Exchange &x : call.exchanges)
                if (x.protocol == authName(code))
                    user = x.user;
            finding(findingCode, severity,
                    QStringLiteral("%1 attempted %2: %3. Allow MS-CHAPv2 only%4.")
                        .arg(who.left(1).toUpper() + who.mid(1), authName(code), why,
                             user.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" and rotate %1's password").arg(user)),
                    session, info.firstSeenNs, user);
        }
        if (info.plaintextAfterCcp > 0)
            finding(FindingCode::PlaintextAfterCcp, FindingSeverity::Critical,
                    QStringLiteral("%1 carried %2 unencrypted IP packets after CCP agreed MPPE: a "
                                   "peer sends data in the "
                                   "clear although encryption was negotiated.")
                        .arg(who.left(1).toUpper() + who.mid(1))
                        .arg(info.plaintextAfterCcp),
                    session, info.firstSeenNs);
        if (call.plaintextBeforeCcp > 0 && !info.mppeAgreed)
            finding(
                FindingCode::NoEncryption, FindingSeverity::Critical,
                QStringLiteral(
                    "%1 carried %2 IP packets with no MPPE at all: the tunnel is not encrypted.")
                    .arg(who.left(1).toUpper() + who.mid(1))
                    .arg(call.plaintextBeforeCcp),
                session, info.firstSeenNs);
        if (info.clientIdentity.legacy)
            finding(FindingCode::LegacyClient, FindingSeverity::Warning,
                    QStringLiteral(
                        "The client of %1 (%2) is a legacy client: %3. Upgrade or reconfigure it.")
                        .arg(who, info.clientIdentity.name,
                             info.clientIdentity.legacyReasons.join(QStringLiteral("; "))),
                    session, info.firstSeenNs);

        for (const Exchange &x : call.exchanges) {
            auto u = std::find_if(r.users.begin(), r.users.end(),
                                  [&](const CaptureUser &cu) { return cu.name == x.user; });
            if (u == r.users.end()) {
                r.users.append({x.user, x.protocol, 1, x.timestampNs});
            } else {
                ++u->exchanges;
                u->firstSeenNs = qMin(u->firstSeenNs, x.timestampNs);
                if (!u->authProtocol.split(QStringLiteral(", ")).contains(x.protocol))
                    u->authProtocol += QStringLiteral(", ") + x.protocol;
            }
        }
        const QString address = info.client.section(QLatin1Char(':'), 0, 0);
        auto c = std::find_if(r.clients.begin(), r.clients.end(), [&](const CaptureClient &cc) {
            return cc.address == address && cc.identity.name == info.clientIdentity.name &&
                   cc.identity.version == info.clientIdentity.version;
        });
        if (c == r.clients.end())
            r.clients.append({info.clientIdentity, address, 1});
        else
            ++c->sessions;
    }
    if (r.otherPackets > 0)
        finding(FindingCode::NonPptpTraffic, FindingSeverity::Info,
                QStringLiteral("%1 packets that are not PPTP (not TCP port 1723 nor enhanced GRE "
                               "over IPv4) were counted "
                               "and ignored.")
                    .arg(r.otherPackets),
                -1, r.firstNs);
    std::stable_sort(
        r.findings.begin(), r.findings.end(),
        [](const CaptureFinding &a, const CaptureFinding &b) { return a.severity > b.severity; });
    return r;
}

} // namespace keyward::capture
