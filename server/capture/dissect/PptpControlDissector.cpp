#include "dissect/PptpControlDissector.h"

#include "dissect/FieldText.h"
#include "pptp/ControlCodes.h"

namespace keyward::capture {

namespace pptp = keyward::protocol::pptp;

namespace {

QString code(quint8 value, const std::string &text)
{
    return QStringLiteral("%1 (%2)").arg(QString::fromStdString(text)).arg(value);
}

QString framing(quint32 v)
{
    QStringList out;
    if (v & 1)
        out << QStringLiteral("asynchronous");
    if (v & 2)
        out << QStringLiteral("synchronous");
    return QStringLiteral("%1 (%2)")
        .arg(out.isEmpty() ? QStringLiteral("none") : out.join(QStringLiteral(", ")))
        .arg(v);
}

QString bearer(quint32 v)
{
    QStringList out;
    if (v & 1)
        out << QStringLiteral("analog");
    if (v & 2)
        out << QStringLiteral("digital");
    return QStringLiteral("%1 (%2)")
        .arg(out.isEmpty() ? QStringLiteral("none") : out.join(QStringLiteral(", ")))
        .arg(v);
}

class Fields
{
public:
    Fields(FieldNode &root, const uchar *m, int base) : m_root(root), m_m(m), m_base(base) {}

    int at(int rel) const { return m_base < 0 ? -1 : m_base + rel; }
    quint16 u16(int rel, const QString &name, const QString &key, const QString &text = {})
    {
        const quint16 v = FieldText::u16(m_m + rel);
        m_root.children << FieldText::node(name, text.isEmpty() ? QString::number(v) : text,
                                           at(rel), 2, key);
        return v;
    }
    quint32 u32(int rel, const QString &name, const QString &key, const QString &text = {})
    {
        const quint32 v = FieldText::u32(m_m + rel);
        m_root.children << FieldText::node(name, text.isEmpty() ? QString::number(v) : text,
                                           at(rel), 4, key);
        return v;
    }
    void u8(int rel, const QString &name, const QString &key, const QString &text)
    {
        m_root.children << FieldText::node(name, text, at(rel), 1, key);
    }
    QString text(int rel, int length, const QString &name, const QString &key)
    {
        const QString v = FieldText::fixedString(m_m + rel, length);
        m_root.children << FieldText::node(name, v, at(rel), length, key);
        return v;
    }
    void raw(int rel, int length, const QString &name, const QString &key)
    {
        m_root.children << FieldText::node(name, FieldText::hex(m_m + rel, length, 32), at(rel),
                                           length, key);
    }

private:
    FieldNode &m_root;
    const uchar *m_m;
    int m_base;
};

QString errorText(quint8 e)
{
    return code(e, pptp::errorText(static_cast<pptp::GeneralError>(e)));
}

} // namespace

QString PptpControlDissector::typeName(quint16 type)
{
    return QString::fromStdString(pptp::controlTypeName(type));
}

QString PptpControlDissector::longTypeName(quint16 type)
{
    static const char *names[] = {"",
                                  "Start-Control-Connection-Request",
                                  "Start-Control-Connection-Reply",
                                  "Stop-Control-Connection-Request",
                                  "Stop-Control-Connection-Reply",
                                  "Echo-Request",
                                  "Echo-Reply",
                                  "Outgoing-Call-Request",
                                  "Outgoing-Call-Reply",
                                  "Incoming-Call-Request",
                                  "Incoming-Call-Reply",
                                  "Incoming-Call-Connected",
                                  "Call-Clear-Request",
                                  "Call-Disconnect-Notify",
                                  "WAN-Error-Notify",
                                  "Set-Link-Info"};
    if (type >= 1 && type <= 15)
        return QLatin1String(names[type]);
    return QStringLiteral("Unknown (%1)").arg(type);
}

FieldNode PptpControlDissector::dissect(const uchar *m, int length, int offset,
                                        PptpControlSummary &s, QString *info)
{
    FieldNode root = FieldText::node(QStringLiteral("Point-to-Point Tunneling Protocol"), QString(),
                                     offset, length);
    Fields f(root, m, offset);
    auto bad = [&](const QString &why) {
        root.value = QStringLiteral("[malformed: %1]").arg(why);
        if (info)
            *info = QStringLiteral("Malformed PPTP control message: %1").arg(why);
        return root;
    };
    if (length < 16)
        return bad(QStringLiteral("%1 bytes, shorter than a header").arg(length));
    const quint16 declared = f.u16(0, QStringLiteral("Length"), QStringLiteral("pptp.length"));
    const quint16 messageType = FieldText::u16(m + 2);
    f.u16(2, QStringLiteral("Message type"), QStringLiteral("pptp.type"),
          messageType == 1 ? QStringLiteral("Control Message (1)")
                           : (messageType == 2 ? QStringLiteral("Management Message (2)")
                                               : QString::number(messageType)));
    const quint32 cookie = FieldText::u32(m + 4);
    f.u32(4, QStringLiteral("Magic cookie"), QStringLiteral("pptp.magic_cookie"),
          FieldText::hex32(cookie) + (cookie == pptp::kMagicCookie
                                          ? QStringLiteral(" (correct)")
                                          : QStringLiteral(" (incorrect)")));
    const quint16 type = FieldText::u16(m + 8);
    s.type = type;
    f.u16(8, QStringLiteral("Control message type"), QStringLiteral("pptp.control_message_type"),
          QStringLiteral("%1 (%2)").arg(longTypeName(type)).arg(type));
    f.u16(10, QStringLiteral("Reserved"), QStringLiteral("pptp.reserved"));
    if (declared != length)
        return bad(QStringLiteral("length field %1 differs from the %2 bytes present")
                       .arg(declared)
                       .arg(length));
    if (cookie != pptp::kMagicCookie)
        return bad(QStringLiteral("magic cookie %1").arg(FieldText::hex32(cookie)));
    if (messageType != 1)
        return bad(QStringLiteral("message type %1 is not a control message").arg(messageType));
    const std::size_t expected = pptp::controlMessageSize(type);
    if (expected == 0)
        return bad(QStringLiteral("unknown control message type %1").arg(type));
    if (static_cast<std::size_t>(length) < expected)
        return bad(QStringLiteral("%1 needs %2 bytes, has %3")
                       .arg(typeName(type))
                       .arg(expected)
                       .arg(length));
    root.value = longTypeName(type);
    QString detail;
    switch (type) {
    case 1:
    case 2: {
        s.protocolVersion =
            f.u16(12, QStringLiteral("Protocol version"), QStringLiteral("pptp.protocol_version"),
                  QStringLiteral("%1.%2").arg(m[12]).arg(m[13]));
        if (type == 1) {
            f.u16(14, QStringLiteral("Reserved"), QStringLiteral("pptp.reserved"));
        } else {
            s.result = m[14];
            s.error = m[15];
            s.resultText =
                QString::fromStdString(pptp::resultText(static_cast<pptp::SccrpResult>(m[14])));
            f.u8(14, QStringLiteral("Result code"), QStringLiteral("pptp.control_result"),
                 code(m[14], s.resultText.toStdString()));
            f.u8(15, QStringLiteral("Error code"), QStringLiteral("pptp.error"), errorText(m[15]));
        }
        f.u32(16, QStringLiteral("Framing capabilities"),
              QStringLiteral("pptp.framing_capabilities"), framing(FieldText::u32(m + 16)));
        f.u32(20, QStringLiteral("Bearer capabilities"), QStringLiteral("pptp.bearer_capabilities"),
              bearer(FieldText::u32(m + 20)));
        f.u16(24, QStringLiteral("Maximum channels"), QStringLiteral("pptp.maximum_channels"));
        s.firmwareRevision = f.u16(26, QStringLiteral("Firmware revision"),
                                   QStringLiteral("pptp.firmware_revision"));
        s.hostName = f.text(28, 64, QStringLiteral("Host name"), QStringLiteral("pptp.host_name"));
        s.vendor =
            f.text(92, 64, QStringLiteral("Vendor name"), QStringLiteral("pptp.vendor_name"));
        detail = QStringLiteral("host \"%1\", vendor \"%2\", firmware %3")
                     .arg(s.hostName, s.vendor)
                     .arg(s.firmwareRevision);
        if (type == 2)
            detail = s.resultText + QStringLiteral(", ") + detail;
        break;
    }
    case 3:
        s.result = m[12];
        s.resultText =
            QString::fromStdString(pptp::reasonText(static_cast<pptp::StopReason>(m[12])));
        f.u8(12, QStringLiteral("Reason"), QStringLiteral("pptp.reason"),
             code(m[12], s.resultText.toStdString()));
        detail = s.resultText;
        break;
    case 4:
    case 6: {
        int at = 12;
        if (type == 6) {
            f.u32(12, QStringLiteral("Identifier"), QStringLiteral("pptp.identifier"));
            at = 16;
        }
        s.result = m[at];
        s.error = m[at + 1];
        s.resultText = QString::fromStdString(
            type == 4 ? pptp::resultText(static_cast<pptp::StopResult>(m[at]))
                      : pptp::resultText(static_cast<pptp::EchoResult>(m[at])));
        f.u8(at, QStringLiteral("Result code"),
             type == 4 ? QStringLiteral("pptp.stop_result") : QStringLiteral("pptp.echo_result"),
             code(m[at], s.resultText.toStdString()));
        f.u8(at + 1, QStringLiteral("Error code"), QStringLiteral("pptp.error"),
             errorText(m[at + 1]));
        detail = s.resultText;
        break;
    }
    case 5:
        f.u32(12, QStringLiteral("Identifier"), QStringLiteral("pptp.identifier"));
        break;
    case 7:
        s.callId = f.u16(12, QStringLiteral("Call ID"), QStringLiteral("pptp.call_id"));
        f.u16(14, QStringLiteral("Call serial number"), QStringLiteral("pptp.call_serial_number"));
        f.u32(16, QStringLiteral("Minimum BPS"), QStringLiteral("pptp.minimum_bps"));
        f.u32(20, QStringLiteral("Maximum BPS"), QStringLiteral("pptp.maximum_bps"));
        f.u32(24, QStringLiteral("Bearer type"), QStringLiteral("pptp.bearer_type"),
              bearer(FieldText::u32(m + 24)));
        f.u32(28, QStringLiteral("Framing type"), QStringLiteral("pptp.framing_type"),
              framing(FieldText::u32(m + 28)));
        f.u16(32, QStringLiteral("Packet receive window size"),
              QStringLiteral("pptp.packet_receive_window_size"));
        f.u16(34, QStringLiteral("Packet processing delay"),
              QStringLiteral("pptp.packet_processing_delay"));
        f.u16(36, QStringLiteral("Phone number length"),
              QStringLiteral("pptp.phone_number_length"));
        f.text(40, 64, QStringLiteral("Phone number"), QStringLiteral("pptp.phone_number"));
        f.text(104, 64, QStringLiteral("Subaddress"), QStringLiteral("pptp.subaddress"));
        detail = QStringLiteral("call id %1").arg(s.callId);
        break;
    case 8:
        s.callId = f.u16(12, QStringLiteral("Call ID"), QStringLiteral("pptp.call_id"));
        s.peerCallId =
            f.u16(14, QStringLiteral("Peer call ID"), QStringLiteral("pptp.peer_call_id"));
        s.result = m[16];
        s.error = m[17];
        s.resultText =
            QString::fromStdString(pptp::resultText(static_cast<pptp::OcrpResult>(m[16])));
        f.u8(16, QStringLiteral("Result code"), QStringLiteral("pptp.out_result"),
             code(m[16], s.resultText.toStdString()));
        f.u8(17, QStringLiteral("Error code"), QStringLiteral("pptp.error"), errorText(m[17]));
        s.cause = f.u16(18, QStringLiteral("Cause code"), QStringLiteral("pptp.cause"));
        f.u32(20, QStringLiteral("Connect speed"), QStringLiteral("pptp.connect_speed"));
        f.u16(24, QStringLiteral("Packet receive window size"),
              QStringLiteral("pptp.packet_receive_window_size"));
        f.u16(26, QStringLiteral("Packet processing delay"),
              QStringLiteral("pptp.packet_processing_delay"));
        f.u32(28, QStringLiteral("Physical channel ID"),
              QStringLiteral("pptp.physical_channel_id"));
        detail = QStringLiteral("call id %1, peer call id %2, %3")
                     .arg(s.callId)
                     .arg(s.peerCallId)
                     .arg(s.resultText);
        break;
    case 9:
        s.callId = f.u16(12, QStringLiteral("Call ID"), QStringLiteral("pptp.call_id"));
        f.u16(14, QStringLiteral("Call serial number"), QStringLiteral("pptp.call_serial_number"));
        f.u32(16, QStringLiteral("Call bearer type"), QStringLiteral("pptp.bearer_type"),
              bearer(FieldText::u32(m + 16)));
        f.u32(20, QStringLiteral("Physical channel ID"),
              QStringLiteral("pptp.physical_channel_id"));
        f.u16(24, QStringLiteral("Dialed number length"),
              QStringLiteral("pptp.dialed_number_length"));
        f.u16(26, QStringLiteral("Dialing number length"),
              QStringLiteral("pptp.dialing_number_length"));
        f.text(28, 64, QStringLiteral("Dialed number"), QStringLiteral("pptp.dialed_number"));
        f.text(92, 64, QStringLiteral("Dialing number"), QStringLiteral("pptp.dialing_number"));
        f.text(156, 64, QStringLiteral("Subaddress"), QStringLiteral("pptp.subaddress"));
        detail = QStringLiteral("call id %1").arg(s.callId);
        break;
    case 10:
        s.callId = f.u16(12, QStringLiteral("Call ID"), QStringLiteral("pptp.call_id"));
        s.peerCallId =
            f.u16(14, QStringLiteral("Peer call ID"), QStringLiteral("pptp.peer_call_id"));
        s.result = m[16];
        s.error = m[17];
        s.resultText =
            QString::fromStdString(pptp::resultText(static_cast<pptp::IcrpResult>(m[16])));
        f.u8(16, QStringLiteral("Result code"), QStringLiteral("pptp.in_result"),
             code(m[16], s.resultText.toStdString()));
        f.u8(17, QStringLiteral("Error code"), QStringLiteral("pptp.error"), errorText(m[17]));
        f.u16(18, QStringLiteral("Packet receive window size"),
              QStringLiteral("pptp.packet_receive_window_size"));
        f.u16(20, QStringLiteral("Packet processing delay"),
              QStringLiteral("pptp.packet_processing_delay"));
        detail = QStringLiteral("call id %1, peer call id %2, %3")
                     .arg(s.callId)
                     .arg(s.peerCallId)
                     .arg(s.resultText);
        break;
    case 11:
        s.peerCallId =
            f.u16(12, QStringLiteral("Peer call ID"), QStringLiteral("pptp.peer_call_id"));
        f.u32(16, QStringLiteral("Connect speed"), QStringLiteral("pptp.connect_speed"));
        f.u16(20, QStringLiteral("Packet receive window size"),
              QStringLiteral("pptp.packet_receive_window_size"));
        f.u16(22, QStringLiteral("Packet processing delay"),
              QStringLiteral("pptp.packet_processing_delay"));
        f.u32(24, QStringLiteral("Framing type"), QStringLiteral("pptp.framing_type"),
              framing(FieldText::u32(m + 24)));
        detail = QStringLiteral("peer call id %1").arg(s.peerCallId);
        break;
    case 12:
        s.callId = f.u16(12, QStringLiteral("Call ID"), QStringLiteral("pptp.call_id"));
        detail = QStringLiteral("call id %1").arg(s.callId);
        break;
    case 13:
        s.callId = f.u16(12, QStringLiteral("Call ID"), QStringLiteral("pptp.call_id"));
        s.result = m[14];
        s.error = m[15];
        s.resultText =
            QString::fromStdString(pptp::resultText(static_cast<pptp::CdnResult>(m[14])));
        f.u8(14, QStringLiteral("Result code"), QStringLiteral("pptp.disc_result"),
             code(m[14], s.resultText.toStdString()));
        f.u8(15, QStringLiteral("Error code"), QStringLiteral("pptp.error"), errorText(m[15]));
        s.cause = f.u16(16, QStringLiteral("Cause code"), QStringLiteral("pptp.cause"));
        f.text(20, 128, QStringLiteral("Call statistics"), QStringLiteral("pptp.call_Statistics"));
        detail = QStringLiteral("call id %1, %2").arg(s.callId).arg(s.resultText);
        break;
    case 14:
        s.peerCallId =
            f.u16(12, QStringLiteral("Peer call ID"), QStringLiteral("pptp.peer_call_id"));
        f.u32(16, QStringLiteral("CRC errors"), QStringLiteral("pptp.crc_errors"));
        f.u32(20, QStringLiteral("Framing errors"), QStringLiteral("pptp.framing_errors"));
        f.u32(24, QStringLiteral("Hardware overruns"), QStringLiteral("pptp.hardware_overruns"));
        f.u32(28, QStringLiteral("Buffer overruns"), QStringLiteral("pptp.buffer_overruns"));
        f.u32(32, QStringLiteral("Time-out errors"), QStringLiteral("pptp.timeout_errors"));
        f.u32(36, QStringLiteral("Alignment errors"), QStringLiteral("pptp.alignment_errors"));
        detail = QStringLiteral("peer call id %1").arg(s.peerCallId);
        break;
    case 15:
        s.peerCallId =
            f.u16(12, QStringLiteral("Peer call ID"), QStringLiteral("pptp.peer_call_id"));
        f.u32(16, QStringLiteral("Send ACCM"), QStringLiteral("pptp.send_accm"),
              FieldText::hex32(FieldText::u32(m + 16)));
        f.u32(20, QStringLiteral("Receive ACCM"), QStringLiteral("pptp.receive_accm"),
              FieldText::hex32(FieldText::u32(m + 20)));
        detail = QStringLiteral("peer call id %1").arg(s.peerCallId);
        break;
    default:
        break;
    }
    s.valid = true;
    if (info)
        *info = detail.isEmpty() ? longTypeName(type)
                                 : QStringLiteral("%1 (%2)").arg(longTypeName(type), detail);
    return root;
}

} // namespace keyward::capture
