#include "dissect/PppDissector.h"

#include "dissect/FieldText.h"

namespace keyward::capture {

namespace {

constexpr quint16 Lcp = 0xc021;
constexpr quint16 Pap = 0xc023;
constexpr quint16 Chap = 0xc223;
constexpr quint16 Ccp = 0x80fd;
constexpr quint16 Ipcp = 0x8021;
constexpr quint16 Ipv6cp = 0x8057;
constexpr quint16 Compressed = 0x00fd;
constexpr quint16 Ipv4 = 0x0021;
constexpr quint16 Ipv6 = 0x0057;

int at(int offset, int rel)
{
    return offset < 0 ? -1 : offset + rel;
}

QString ccpOptionName(quint8 type)
{
    switch (type) {
    case 0:
        return QStringLiteral("OUI");
    case 1:
        return QStringLiteral("Predictor type 1");
    case 2:
        return QStringLiteral("Predictor type 2");
    case 17:
        return QStringLiteral("Stac Electronics LZS");
    case 18:
        return QStringLiteral("Microsoft PPE/PPC (MPPE)");
    case 21:
        return QStringLiteral("BSD LZW Compress");
    case 24:
        return QStringLiteral("Deflate (draft)");
    case 26:
        return QStringLiteral("Deflate");
    default:
        return QStringLiteral("Unknown option %1").arg(type);
    }
}

QString ipcpOptionName(quint8 type)
{
    switch (type) {
    case 1:
        return QStringLiteral("IP-Addresses (deprecated)");
    case 2:
        return QStringLiteral("IP-Compression-Protocol");
    case 3:
        return QStringLiteral("IP-Address");
    case 4:
        return QStringLiteral("Mobile-IPv4");
    case 129:
        return QStringLiteral("Primary DNS server");
    case 130:
        return QStringLiteral("Primary NBNS server");
    case 131:
        return QStringLiteral("Secondary DNS server");
    case 132:
        return QStringLiteral("Secondary NBNS server");
    default:
        return QStringLiteral("Unknown option %1").arg(type);
    }
}

QString ipv6cpOptionName(quint8 type)
{
    switch (type) {
    case 1:
        return QStringLiteral("Interface-Identifier");
    case 2:
        return QStringLiteral("IPv6-Compression-Protocol");
    default:
        return QStringLiteral("Unknown option %1").arg(type);
    }
}

bool isConfigure(int code)
{
    return code >= 1 && code <= 4;
}

} // namespace

QString PppDissector::protocolName(quint16 protocol)
{
    switch (protocol) {
    case Lcp:
        return QStringLiteral("LCP");
    case Pap:
        return QStringLiteral("PAP");
    case Chap:
        return QStringLiteral("CHAP");
    case Ccp:
        return QStringLiteral("CCP");
    case Ipcp:
        return QStringLiteral("IPCP");
    case Ipv6cp:
        return QStringLiteral("IPV6CP");
    case Compressed:
        return QStringLiteral("MPPE");
    case Ipv4:
        return QStringLiteral("IPv4");
    case Ipv6:
        return QStringLiteral("IPv6");
    case 0xc025:
        return QStringLiteral("LQR");
    case 0xc227:
        return QStringLiteral("EAP");
    case 0x002d:
        return QStringLiteral("VJ compressed TCP/IP");
    case 0x002f:
        return QStringLiteral("VJ uncompressed TCP/IP");
    case 0x00fb:
        return QStringLiteral("Individual link compressed datagram");
    case 0x80fb:
        return QStringLiteral("Individual link CCP");
    case 0x003d:
        return QStringLiteral("Multilink");
    default:
        return QStringLiteral("protocol %1").arg(FieldText::hex16(protocol));
    }
}

QString PppDissector::controlCodeName(quint16 protocol, int code)
{
    static const char *common[] = {"",
                                   "Configure-Request",
                                   "Configure-Ack",
                                   "Configure-Nak",
                                   "Configure-Reject",
                                   "Terminate-Request",
                                   "Terminate-Ack",
                                   "Code-Reject",
                                   "Protocol-Reject",
                                   "Echo-Request",
                                   "Echo-Reply",
                                   "Discard-Request",
                                   "Identification",
                                   "Time-Remaining"};
    if (protocol == Chap) {
        switch (code) {
        case 1:
            return QStringLiteral("Challenge");
        case 2:
            return QStringLiteral("Response");
        case 3:
            return QStringLiteral("Success");
        case 4:
            return QStringLiteral("Failure");
        case 7:
            return QStringLiteral("Change-Password");
        default:
            return QStringLiteral("code %1").arg(code);
        }
    }
    if (protocol == Pap) {
        switch (code) {
        case 1:
            return QStringLiteral("Authenticate-Request");
        case 2:
            return QStringLiteral("Authenticate-Ack");
        case 3:
            return QStringLiteral("Authenticate-Nak");
        default:
            return QStringLiteral("code %1").arg(code);
        }
    }
    if (protocol == Ccp && code == 14)
        return QStringLiteral("Reset-Request");
    if (protocol == Ccp && code == 15)
        return QStringLiteral("Reset-Ack");
    const int max = protocol == Lcp ? 13 : 7;
    if (code >= 1 && code <= max)
        return QLatin1String(common[code]);
    return QStringLiteral("code %1").arg(code);
}

QString PppDissector::mppeBitsText(quint32 bits)
{
    QStringList out;
    if (bits & 0x01000000)
        out << QStringLiteral("H (stateless)");
    if (bits & 0x80)
        out << QStringLiteral("M (56-bit)");
    if (bits & 0x40)
        out << QStringLiteral("S (128-bit)");
    if (bits & 0x20)
        out << QStringLiteral("L (40-bit)");
    if (bits & 0x10)
        out << QStringLiteral("D (obsolete)");
    if (bits & 0x01)
        out << QStringLiteral("C (MPPC compression)");
    const quint32 unknown = bits & ~quint32(0x010000f1);
    if (unknown)
        out << QStringLiteral("unknown bits %1").arg(FieldText::hex32(unknown));
    if (out.isEmpty())
        out << QStringLiteral("none");
    return out.join(QStringLiteral(", "));
}

QString PppDissector::lcpOptionName(quint8 type)
{
    switch (type) {
    case 0:
        return QStringLiteral("Vendor-Specific");
    case 1:
        return QStringLiteral("Maximum-Receive-Unit");
    case 2:
        return QStringLiteral("Async-Control-Character-Map");
    case 3:
        return QStringLiteral("Authentication-Protocol");
    case 4:
        return QStringLiteral("Quality-Protocol");
    case 5:
        return QStringLiteral("Magic-Number");
    case 7:
        return QStringLiteral("Protocol-Field-Compression");
    case 8:
        return QStringLiteral("Address-and-Control-Field-Compression");
    case 9:
        return QStringLiteral("FCS-Alternatives");
    case 10:
        return QStringLiteral("Self-Describing-Pad");
    case 11:
        return QStringLiteral("Numbered-Mode");
    case 13:
        return QStringLiteral("Callback");
    case 17:
        return QStringLiteral("Multilink-MRRU");
    case 18:
        return QStringLiteral("Multilink-Short-Sequence-Number-Header");
    case 19:
        return QStringLiteral("Multilink-Endpoint-Discriminator");
    case 23:
        return QStringLiteral("Link-Discriminator");
    default:
        return QStringLiteral("Unknown option %1").arg(type);
    }
}

QString PppDissector::authProtocolText(const QByteArray &data)
{
    if (data.size() < 2)
        return QStringLiteral("[too short]");
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const quint16 protocol = FieldText::u16(p);
    if (protocol == Chap && data.size() >= 3) {
        switch (p[2]) {
        case 0x05:
            return QStringLiteral("CHAP with MD5");
        case 0x80:
            return QStringLiteral("MS-CHAPv1");
        case 0x81:
            return QStringLiteral("MS-CHAPv2");
        default:
            return QStringLiteral("CHAP with algorithm %1").arg(p[2]);
        }
    }
    if (protocol == Pap)
        return QStringLiteral("PAP");
    if (protocol == 0xc227)
        return QStringLiteral("EAP");
    return protocolName(protocol);
}

void PppDissector::dissect(const uchar *frame, int length, int offset, int chapAlgorithm,
                           PppSummary &s, FieldNode *tree, QString *info)
{
    int pos = 0;
    FieldNode ppp;
    if (tree)
        ppp = FieldText::node(QStringLiteral("Point-to-Point Protocol"), QString(), offset, 0);
    auto finish = [&](const QString &problem) {
        if (tree) {
            if (!problem.isEmpty())
                ppp.value = QStringLiteral("[%1]").arg(problem);
            tree->children << ppp;
        }
        if (info && !problem.isEmpty())
            *info = QStringLiteral("PPP: %1").arg(problem);
    };
    if (length >= 2 && frame[0] == 0xff && frame[1] == 0x03) {
        s.addressControl = true;
        if (tree)
            ppp.children << FieldText::node(QStringLiteral("Address"), QStringLiteral("0xff"),
                                            at(offset, 0), 1, QStringLiteral("ppp.address"))
                         << FieldText::node(QStringLiteral("Control"), QStringLiteral("0x03"),
                                            at(offset, 1), 1, QStringLiteral("ppp.control"));
        pos = 2;
    }
    if (length < pos + 1)
        return finish(QStringLiteral("frame truncated before the protocol field"));
    int protocolLength = 2;
    if (frame[pos] & 0x01) {
        s.protocol = frame[pos];
        s.compressedProtocol = true;
        protocolLength = 1;
    } else {
        if (length < pos + 2)
            return finish(QStringLiteral("frame truncated inside the protocol field"));
        s.protocol = FieldText::u16(frame + pos);
    }
    if (tree) {
        ppp.children << FieldText::node(
            QStringLiteral("Protocol"),
            QStringLiteral("%1 (%2)%3")
                .arg(protocolName(s.protocol), FieldText::hex16(s.protocol),
                     s.compressedProtocol ? QStringLiteral(", compressed field") : QString()),
            at(offset, pos), protocolLength, QStringLiteral("ppp.protocol"));
        ppp.length = pos + protocolLength;
        ppp.value = protocolName(s.protocol);
    }
    pos += protocolLength;
    s.payloadOffset = pos;
    const uchar *p = frame + pos;
    const int n = length - pos;
    const int o = at(offset, pos);
    switch (s.protocol) {
    case Lcp:
    case Ccp:
    case Ipcp:
    case Ipv6cp:
        controlProtocol(p, n, o, s.protocol, s, tree ? &ppp : nullptr, info);
        break;
    case Chap:
        chap(p, n, o, chapAlgorithm, s, tree ? &ppp : nullptr, info);
        break;
    case Pap:
        pap(p, n, o, s, tree ? &ppp : nullptr, info);
        break;
    case Compressed: {
        if (n < 2) {
            s.valid = false;
            return finish(QStringLiteral("MPPE header truncated"));
        }
        s.coherencyCount = static_cast<quint16>((p[0] & 0x0f) << 8 | p[1]);
        s.mppeFlags = p[0] & 0xf0;
        s.valid = true;
        QStringList flags;
        if (s.mppeFlags & 0x80)
            flags << QStringLiteral("flushed (A)");
        if (s.mppeFlags & 0x40)
            flags << QStringLiteral("B");
        if (s.mppeFlags & 0x20)
            flags << QStringLiteral("compressed (C)");
        if (s.mppeFlags & 0x10)
            flags << QStringLiteral("encrypted (D)");
        if (tree) {
            FieldNode mppe =
                FieldText::node(QStringLiteral("Microsoft Point-to-Point Encryption"),
                                QStringLiteral("coherency count %1").arg(s.coherencyCount), o, n);
            mppe.children << FieldText::node(QStringLiteral("Flags"),
                                             QStringLiteral("%1 (%2)")
                                                 .arg(flags.isEmpty()
                                                          ? QStringLiteral("none")
                                                          : flags.join(QStringLiteral(", ")))
                                                 .arg(FieldText::hex16(s.mppeFlags >> 4)),
                                             o, 1, QStringLiteral("mppe.flags"))
                          << FieldText::node(QStringLiteral("Coherency count"),
                                             QString::number(s.coherencyCount), o, 2,
                                             QStringLiteral("mppe.coherency_count"))
                          << FieldText::node(QStringLiteral("Data"),
                                             QStringLiteral("%1 bytes%2")
                                                 .arg(n - 2)
                                                 .arg((s.mppeFlags & 0x10)
                                                          ? QStringLiteral(" encrypted")
                                                          : QString()),
                                             at(o, 2), n - 2, QStringLiteral("mppe.data"));
            ppp.children << mppe;
        }
        if (info)
            *info =
                QStringLiteral("MPPE count %1%2")
                    .arg(s.coherencyCount)
                    .arg(flags.isEmpty() ? QString()
                                         : QStringLiteral(", ") + flags.join(QStringLiteral(", ")));
        break;
    }
    case Ipv4:
    case Ipv6:
        s.valid = true;
        if (tree)
            ppp.children << FieldText::node(
                s.protocol == Ipv4 ? QStringLiteral("Internet Protocol Version 4 (not encrypted)")
                                   : QStringLiteral("Internet Protocol Version 6 (not encrypted)"),
                QStringLiteral("%1 bytes").arg(n), o, n, QStringLiteral("ppp.plaintext"));
        if (info)
            *info = QStringLiteral("%1 datagram, not encrypted (%2 bytes)")
                        .arg(protocolName(s.protocol))
                        .arg(n);
        break;
    default:
        s.valid = true;
        if (tree)
            ppp.children << FieldText::node(QStringLiteral("Data"),
                                            QStringLiteral("%1 bytes").arg(n), o, n);
        if (info)
            *info = QStringLiteral("%1 (%2 bytes)").arg(protocolName(s.protocol)).arg(n);
        break;
    }
    if (tree) {
        ppp.length = length;
        tree->children << ppp;
    }
}

void PppDissector::controlProtocol(const uchar *p, int n, int o, quint16 protocol, PppSummary &s,
                                   FieldNode *tree, QString *info)
{
    const QString name = protocolName(protocol);
    FieldNode node;
    if (tree)
        node =
            FieldText::node(protocol == Lcp    ? QStringLiteral("PPP Link Control Protocol")
                            : protocol == Ccp  ? QStringLiteral("PPP Compression Control Protocol")
                            : protocol == Ipcp ? QStringLiteral("PPP IP Control Protocol")
                                               : QStringLiteral("PPP IPv6 Control Protocol"),
                            QString(), o, n);
    const QString keyPrefix = name.toLower();
    auto done = [&](const QString &infoText) {
        if (tree)
            tree->children << node;
        if (info)
            *info = infoText;
    };
    if (n < 4) {
        if (tree)
            node.value = QStringLiteral("[truncated]");
        return done(QStringLiteral("%1 truncated").arg(name));
    }
    s.code = p[0];
    s.identifier = p[1];
    const int declared = FieldText::u16(p + 2);
    const QString codeName = controlCodeName(protocol, s.code);
    if (tree) {
        node.value = codeName;
        node.children << FieldText::node(QStringLiteral("Code"),
                                         QStringLiteral("%1 (%2)").arg(codeName).arg(s.code), o, 1,
                                         keyPrefix + QStringLiteral(".code"))
                      << FieldText::node(QStringLiteral("Identifier"),
                                         QString::number(s.identifier), at(o, 1), 1,
                                         keyPrefix + QStringLiteral(".identifier"))
                      << FieldText::node(QStringLiteral("Length"), QString::number(declared),
                                         at(o, 2), 2, keyPrefix + QStringLiteral(".length"));
    }
    if (declared < 4 || declared > n) {
        if (tree)
            node.value += QStringLiteral(" [length %1 does not fit the %2 bytes present]")
                              .arg(declared)
                              .arg(n);
        return done(QStringLiteral("%1 %2 (malformed length)").arg(name, codeName));
    }
    const uchar *b = p + 4;
    const int bn = declared - 4;
    const int bo = at(o, 4);
    QString detail;
    if (isConfigure(s.code)) {
        QStringList brief;
        options(b, bn, bo, protocol, s, tree ? &node : nullptr, &brief);
        detail = brief.join(QStringLiteral(", "));
        if (!s.valid)
            return done(QStringLiteral("%1 %2 id %3 (malformed options)")
                            .arg(name, codeName)
                            .arg(s.identifier));
    } else if (protocol == Lcp && s.code == 8) {
        if (bn < 2)
            return done(QStringLiteral("LCP Protocol-Reject (truncated)"));
        s.rejectedProtocol = FieldText::u16(b);
        if (tree)
            node.children << FieldText::node(QStringLiteral("Rejected protocol"),
                                             QStringLiteral("%1 (%2)").arg(
                                                 protocolName(s.rejectedProtocol),
                                                 FieldText::hex16(s.rejectedProtocol)),
                                             bo, 2, QStringLiteral("lcp.rej_proto"))
                          << FieldText::node(QStringLiteral("Rejected information"),
                                             FieldText::hex(b + 2, bn - 2, 32), at(bo, 2), bn - 2);
        detail = QStringLiteral("rejects %1").arg(protocolName(s.rejectedProtocol));
        s.valid = true;
    } else if (protocol == Lcp && s.code >= 9 && s.code <= 13) {
        if (bn < 4)
            return done(QStringLiteral("LCP %1 (truncated)").arg(codeName));
        if (tree)
            node.children << FieldText::node(QStringLiteral("Magic number"),
                                             FieldText::hex32(FieldText::u32(b)), bo, 4,
                                             QStringLiteral("lcp.magic_number"));
        if (s.code == 12) {
            s.identification = FieldText::printable(b + 4, bn - 4);
            if (tree)
                node.children << FieldText::node(QStringLiteral("Message"), s.identification,
                                                 at(bo, 4), bn - 4, QStringLiteral("lcp.message"));
            detail = QStringLiteral("\"%1\"").arg(s.identification);
        } else if (s.code == 13) {
            if (bn < 8)
                return done(QStringLiteral("LCP Time-Remaining (truncated)"));
            const quint32 seconds = FieldText::u32(b + 4);
            if (tree)
                node.children << FieldText::node(QStringLiteral("Seconds remaining"),
                                                 QString::number(seconds), at(bo, 4), 4,
                                                 QStringLiteral("lcp.seconds_remaining"))
                              << FieldText::node(QStringLiteral("Message"),
                                                 FieldText::printable(b + 8, bn - 8), at(bo, 8),
                                                 bn - 8, QStringLiteral("lcp.message"));
            detail = QStringLiteral("%1 s").arg(seconds);
        } else if (tree && bn > 4) {
            node.children << FieldText::node(QStringLiteral("Data"),
                                             FieldText::hex(b + 4, bn - 4, 32), at(bo, 4), bn - 4);
        }
        s.valid = true;
    } else if (protocol == Lcp && s.code == 7) {
        if (tree)
            node.children << FieldText::node(QStringLiteral("Rejected packet"),
                                             FieldText::hex(b, bn, 32), bo, bn);
        if (bn >= 1)
            detail = QStringLiteral("rejects code %1").arg(b[0]);
        s.valid = true;
    } else {
        if (tree && bn > 0)
            node.children << FieldText::node(QStringLiteral("Data"), FieldText::hex(b, bn, 32), bo,
                                             bn);
        s.valid = true;
    }
    done(QStringLiteral("%1 %2 id %3%4")
             .arg(name, codeName)
             .arg(s.identifier)
             .arg(detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail)));
}

void PppDissector::options(const uchar *p, int n, int o, quint16 protocol, PppSummary &s,
                           FieldNode *tree, QStringList *brief)
{
    int pos = 0;
    while (pos < n) {
        if (n - pos < 2) {
            s.valid = false;
            if (tree)
                tree->children << FieldText::node(
                    QStringLiteral("Option"), QStringLiteral("[truncated]"), at(o, pos), n - pos);
            return;
        }
        const quint8 type = p[pos];
        const int length = p[pos + 1];
        if (length < 2 || pos + length > n) {
            s.valid = false;
            if (tree)
                tree->children << FieldText::node(
                    QStringLiteral("Option %1").arg(type),
                    QStringLiteral("[length %1 does not fit]").arg(length), at(o, pos), n - pos);
            return;
        }
        const uchar *d = p + pos + 2;
        const int dn = length - 2;
        s.options.append({type, QByteArray(reinterpret_cast<const char *>(d), dn)});
        QString optionName;
        QString value;
        QString key;
        QList<FieldNode> children;
        if (protocol == Lcp) {
            optionName = lcpOptionName(type);
            key = QStringLiteral("lcp.opt.type");
            switch (type) {
            case 1:
                value =
                    dn == 2 ? QString::number(FieldText::u16(d)) : QStringLiteral("[bad length]");
                if (brief)
                    *brief << QStringLiteral("MRU %1").arg(value);
                break;
            case 2:
                value =
                    dn == 4 ? FieldText::hex32(FieldText::u32(d)) : QStringLiteral("[bad length]");
                break;
            case 3:
                value = authProtocolText(QByteArray(reinterpret_cast<const char *>(d), dn));
                if (brief)
                    *brief << QStringLiteral("Auth %1").arg(value);
                break;
            case 5:
                value =
                    dn == 4 ? FieldText::hex32(FieldText::u32(d)) : QStringLiteral("[bad length]");
                if (brief)
                    *brief << QStringLiteral("Magic %1").arg(value);
                break;
            case 7:
                if (brief)
                    *brief << QStringLiteral("PFC");
                break;
            case 8:
                if (brief)
                    *brief << QStringLiteral("ACFC");
                break;
            case 13:
                value = dn >= 1 ? QStringLiteral("operation %1").arg(d[0]) : QString();
                if (brief)
                    *brief << QStringLiteral("Callback");
                break;
            case 17:
                value =
                    dn == 2 ? QString::number(FieldText::u16(d)) : QStringLiteral("[bad length]");
                if (brief)
                    *brief << QStringLiteral("MRRU %1").arg(value);
                break;
            default:
                value = FieldText::hex(d, dn, 32);
                if (brief)
                    *brief << optionName;
                break;
            }
        } else if (protocol == Ccp) {
            optionName = ccpOptionName(type);
            key = QStringLiteral("ccp.opt.type");
            if (type == 18 && dn == 4) {
                const quint32 bits = FieldText::u32(d);
                value = QStringLiteral("%1: %2").arg(FieldText::hex32(bits), mppeBitsText(bits));
                const int bo = at(o, pos + 2);
                children
                    << FieldText::node(QStringLiteral("Supported bits"), FieldText::hex32(bits), bo,
                                       4, QStringLiteral("ccp.opt.supported_bits"))
                    << FieldText::node(QStringLiteral("H (stateless mode)"),
                                       (bits & 0x01000000) ? QStringLiteral("1")
                                                           : QStringLiteral("0"),
                                       bo, 1, QStringLiteral("ccp.opt.supported_bits.h"))
                    << FieldText::node(QStringLiteral("M (56-bit encryption)"),
                                       (bits & 0x80) ? QStringLiteral("1") : QStringLiteral("0"),
                                       at(bo, 3), 1, QStringLiteral("ccp.opt.supported_bits.m"))
                    << FieldText::node(QStringLiteral("S (128-bit encryption)"),
                                       (bits & 0x40) ? QStringLiteral("1") : QStringLiteral("0"),
                                       at(bo, 3), 1, QStringLiteral("ccp.opt.supported_bits.s"))
                    << FieldText::node(QStringLiteral("L (40-bit encryption)"),
                                       (bits & 0x20) ? QStringLiteral("1") : QStringLiteral("0"),
                                       at(bo, 3), 1, QStringLiteral("ccp.opt.supported_bits.l"))
                    << FieldText::node(QStringLiteral("D (obsolete)"),
                                       (bits & 0x10) ? QStringLiteral("1") : QStringLiteral("0"),
                                       at(bo, 3), 1, QStringLiteral("ccp.opt.supported_bits.d"))
                    << FieldText::node(QStringLiteral("C (MPPC compression)"),
                                       (bits & 0x01) ? QStringLiteral("1") : QStringLiteral("0"),
                                       at(bo, 3), 1, QStringLiteral("ccp.opt.supported_bits.c"));
                if (brief)
                    *brief << QStringLiteral("MPPE %1").arg(mppeBitsText(bits));
            } else {
                value = FieldText::hex(d, dn, 32);
                if (brief)
                    *brief << optionName;
            }
        } else if (protocol == Ipcp) {
            optionName = ipcpOptionName(type);
            key = QStringLiteral("ipcp.opt.type");
            if ((type == 3 || (type >= 129 && type <= 132)) && dn == 4) {
                value = FieldText::ipv4(FieldText::u32(d));
                if (brief)
                    *brief << QStringLiteral("%1 %2").arg(
                        type == 3 ? QStringLiteral("address") : optionName, value);
            } else if (type == 2 && dn >= 2) {
                value = FieldText::u16(d) == 0x002d ? QStringLiteral("Van Jacobson (0x002d)")
                                                    : FieldText::hex16(FieldText::u16(d));
                if (brief)
                    *brief << QStringLiteral("VJ");
            } else {
                value = FieldText::hex(d, dn, 32);
                if (brief)
                    *brief << optionName;
            }
        } else {
            optionName = ipv6cpOptionName(type);
            key = QStringLiteral("ipv6cp.opt.type");
            value = FieldText::hex(d, dn, 32);
            if (brief)
                *brief << (type == 1 ? QStringLiteral("interface id %1").arg(value) : optionName);
        }
        if (tree) {
            FieldNode option = FieldText::node(optionName, value, at(o, pos), length, key);
            option.children << FieldText::node(QStringLiteral("Type"), QString::number(type),
                                               at(o, pos), 1, key)
                            << FieldText::node(QStringLiteral("Length"), QString::number(length),
                                               at(o, pos + 1), 1);
            option.children << children;
            tree->children << option;
        }
        pos += length;
    }
    s.valid = true;
}

void PppDissector::chap(const uchar *p, int n, int o, int algorithm, PppSummary &s, FieldNode *tree,
                        QString *info)
{
    FieldNode node;
    if (tree)
        node = FieldText::node(QStringLiteral("PPP Challenge Handshake Authentication Protocol"),
                               QString(), o, n);
    auto done = [&](const QString &infoText) {
        if (tree)
            tree->children << node;
        if (info)
            *info = infoText;
    };
    if (n < 4)
        return done(QStringLiteral("CHAP truncated"));
    s.code = p[0];
    s.identifier = p[1];
    const int declared = FieldText::u16(p + 2);
    const QString codeName = controlCodeName(Chap, s.code);
    if (tree) {
        node.value = codeName;
        node.children << FieldText::node(QStringLiteral("Code"),
                                         QStringLiteral("%1 (%2)").arg(codeName).arg(s.code), o, 1,
                                         QStringLiteral("chap.code"))
                      << FieldText::node(QStringLiteral("Identifier"),
                                         QString::number(s.identifier), at(o, 1), 1,
                                         QStringLiteral("chap.identifier"))
                      << FieldText::node(QStringLiteral("Length"), QString::number(declared),
                                         at(o, 2), 2, QStringLiteral("chap.length"));
    }
    if (declared < 4 || declared > n)
        return done(QStringLiteral("CHAP %1 (malformed length)").arg(codeName));
    const uchar *b = p + 4;
    const int bn = declared - 4;
    const int bo = at(o, 4);
    QString detail;
    if (s.code == 1 || s.code == 2) {
        if (bn < 1 || 1 + p[4] > bn)
            return done(QStringLiteral("CHAP %1 (malformed value)").arg(codeName));
        const int valueSize = b[0];
        s.chapValue = QByteArray(reinterpret_cast<const char *>(b + 1), valueSize);
        s.chapName = FieldText::printable(b + 1 + valueSize, bn - 1 - valueSize);
        int decided = algorithm;
        if (decided < 0) {
            if (s.code == 1)
                decided = valueSize == 16 ? 0x81 : (valueSize == 8 ? 0x80 : 0x05);
            else if (valueSize == 49)
                decided = (b[49] == 0) ? 0x81 : 0x80;
            else
                decided = 0x05;
        }
        s.chapAlgorithm = decided;
        const QString algorithmName = decided == 0x81   ? QStringLiteral("MS-CHAPv2")
                                      : decided == 0x80 ? QStringLiteral("MS-CHAPv1")
                                                        : QStringLiteral("MD5");
        if (tree) {
            node.children << FieldText::node(QStringLiteral("Value size"),
                                             QString::number(valueSize), bo, 1,
                                             QStringLiteral("chap.value_size"));
            FieldNode value =
                FieldText::node(QStringLiteral("Value"), FieldText::hex(b + 1, valueSize),
                                at(bo, 1), valueSize, QStringLiteral("chap.value"));
            const int vo = at(bo, 1);
            if (s.code == 2 && valueSize == 49 && decided == 0x81) {
                value.children << FieldText::node(QStringLiteral("Peer challenge"),
                                                  FieldText::hex(b + 1, 16), vo, 16,
                                                  QStringLiteral("chap.mschapv2.peer_challenge"))
                               << FieldText::node(QStringLiteral("Reserved"),
                                                  FieldText::hex(b + 17, 8), at(vo, 16), 8)
                               << FieldText::node(QStringLiteral("NT-Response"),
                                                  FieldText::hex(b + 25, 24), at(vo, 24), 24,
                                                  QStringLiteral("chap.mschapv2.nt_response"))
                               << FieldText::node(QStringLiteral("Flags"), QString::number(b[49]),
                                                  at(vo, 48), 1,
                                                  QStringLiteral("chap.mschapv2.flags"));
            } else if (s.code == 2 && valueSize == 49 && decided == 0x80) {
                value.children << FieldText::node(QStringLiteral("LAN Manager response"),
                                                  FieldText::hex(b + 1, 24), vo, 24)
                               << FieldText::node(QStringLiteral("NT response"),
                                                  FieldText::hex(b + 25, 24), at(vo, 24), 24)
                               << FieldText::node(QStringLiteral("Use NT response"),
                                                  QString::number(b[49]), at(vo, 48), 1);
            } else if (s.code == 1 && decided == 0x81 && valueSize == 16) {
                value.name = QStringLiteral("Authenticator challenge");
            }
            node.children << value
                          << FieldText::node(QStringLiteral("Name"), s.chapName,
                                             at(bo, 1 + valueSize), bn - 1 - valueSize,
                                             QStringLiteral("chap.name"));
            node.value = QStringLiteral("%1 (%2)").arg(codeName, algorithmName);
        }
        detail = QStringLiteral("%1, name \"%2\"").arg(algorithmName, s.chapName);
    } else if (s.code == 3 || s.code == 4) {
        s.chapMessage = FieldText::printable(b, bn);
        if (tree) {
            FieldNode message = FieldText::node(QStringLiteral("Message"), s.chapMessage, bo, bn,
                                                QStringLiteral("chap.message"));
            // MS-CHAPv2: "S=<40 hex> M=<text>"; failure "E=e R=r C=c V=v M=<text>".
            const QStringList parts = s.chapMessage.split(QLatin1Char(' '));
            int mAt = s.chapMessage.indexOf(QStringLiteral("M="));
            for (const QString &part : parts) {
                if (part.size() < 2 || part.at(1) != QLatin1Char('=') ||
                    (mAt >= 0 && s.chapMessage.indexOf(part) > mAt))
                    continue;
                const QChar k = part.at(0);
                QString name;
                QString v = part.mid(2);
                if (k == QLatin1Char('S'))
                    name = QStringLiteral("Authenticator response (S)");
                else if (k == QLatin1Char('E')) {
                    name = QStringLiteral("Error (E)");
                    const int e = v.toInt();
                    if (e == 646)
                        v += QStringLiteral(" (restricted logon hours)");
                    else if (e == 647)
                        v += QStringLiteral(" (account disabled)");
                    else if (e == 648)
                        v += QStringLiteral(" (password expired)");
                    else if (e == 649)
                        v += QStringLiteral(" (no dial-in permission)");
                    else if (e == 691)
                        v += QStringLiteral(" (authentication failure)");
                    else if (e == 709)
                        v += QStringLiteral(" (error changing password)");
                } else if (k == QLatin1Char('R'))
                    name = QStringLiteral("Retry allowed (R)");
                else if (k == QLatin1Char('C'))
                    name = QStringLiteral("New challenge (C)");
                else if (k == QLatin1Char('V'))
                    name = QStringLiteral("Password change protocol version (V)");
                else
                    continue;
                message.children << FieldText::node(
                    name, v, -1, 0, QStringLiteral("chap.message.%1").arg(k.toLower()));
            }
            if (mAt >= 0)
                message.children << FieldText::node(QStringLiteral("Message (M)"),
                                                    s.chapMessage.mid(mAt + 2), -1, 0,
                                                    QStringLiteral("chap.message.m"));
            node.children << message;
        }
        detail = s.chapMessage.left(80);
    } else if (s.code == 7) {
        // MS-CHAPv2 Change-Password (RFC 2759 §7): 516 + 16 + 16 + 8 + 24 + 2 octets.
        if (bn < 582)
            return done(QStringLiteral("CHAP Change-Password (truncated)"));
        if (tree)
            node.children << FieldText::node(QStringLiteral("Encrypted password"),
                                             QStringLiteral("516 bytes"), bo, 516)
                          << FieldText::node(QStringLiteral("Encrypted hash"),
                                             FieldText::hex(b + 516, 16), at(bo, 516), 16)
                          << FieldText::node(QStringLiteral("Peer challenge"),
                                             FieldText::hex(b + 532, 16), at(bo, 532), 16,
                                             QStringLiteral("chap.mschapv2.peer_challenge"))
                          << FieldText::node(QStringLiteral("Reserved"), FieldText::hex(b + 548, 8),
                                             at(bo, 548), 8)
                          << FieldText::node(QStringLiteral("NT-Response"),
                                             FieldText::hex(b + 556, 24), at(bo, 556), 24,
                                             QStringLiteral("chap.mschapv2.nt_response"))
                          << FieldText::node(QStringLiteral("Flags"),
                                             QString::number(FieldText::u16(b + 580)), at(bo, 580),
                                             2);
        s.chapAlgorithm = 0x81;
        detail = QStringLiteral("MS-CHAPv2 password change");
    }
    s.valid = true;
    done(QStringLiteral("CHAP %1 id %2%3")
             .arg(codeName)
             .arg(s.identifier)
             .arg(detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail)));
}

void PppDissector::pap(const uchar *p, int n, int o, PppSummary &s, FieldNode *tree, QString *info)
{
    FieldNode node;
    if (tree)
        node = FieldText::node(QStringLiteral("PPP Password Authentication Protocol"), QString(), o,
                               n);
    auto done = [&](const QString &infoText) {
        if (tree)
            tree->children << node;
        if (info)
            *info = infoText;
    };
    if (n < 4)
        return done(QStringLiteral("PAP truncated"));
    s.code = p[0];
    s.identifier = p[1];
    const int declared = FieldText::u16(p + 2);
    const QString codeName = controlCodeName(Pap, s.code);
    if (tree)
        node.children << FieldText::node(QStringLiteral("Code"),
                                         QStringLiteral("%1 (%2)").arg(codeName).arg(s.code), o, 1,
                                         QStringLiteral("pap.code"))
                      << FieldText::node(QStringLiteral("Identifier"),
                                         QString::number(s.identifier), at(o, 1), 1)
                      << FieldText::node(QStringLiteral("Length"), QString::number(declared),
                                         at(o, 2), 2);
    if (declared < 4 || declared > n)
        return done(QStringLiteral("PAP %1 (malformed length)").arg(codeName));
    const uchar *b = p + 4;
    const int bn = declared - 4;
    const int bo = at(o, 4);
    QString detail;
    if (s.code == 1) {
        if (bn < 1 || 1 + b[0] + 1 > bn || 1 + b[0] + 1 + b[1 + b[0]] > bn)
            return done(QStringLiteral("PAP Authenticate-Request (malformed)"));
        const int peerLength = b[0];
        const int passwordLength = b[1 + peerLength];
        s.papPeer = FieldText::printable(b + 1, peerLength);
        if (tree)
            node.children
                << FieldText::node(QStringLiteral("Peer-ID"), s.papPeer, at(bo, 1), peerLength,
                                   QStringLiteral("pap.peer_id"))
                << FieldText::node(
                       QStringLiteral("Password"),
                       QStringLiteral("[%1 bytes in clear text, not shown]").arg(passwordLength),
                       at(bo, 2 + peerLength), passwordLength, QStringLiteral("pap.password"));
        detail = QStringLiteral("peer \"%1\", password in clear text").arg(s.papPeer);
    } else if ((s.code == 2 || s.code == 3) && bn >= 1) {
        const int ml = qMin<int>(b[0], bn - 1);
        s.chapMessage = FieldText::printable(b + 1, ml);
        if (tree)
            node.children << FieldText::node(QStringLiteral("Message"), s.chapMessage, at(bo, 1),
                                             ml, QStringLiteral("pap.message"));
        detail = s.chapMessage;
    }
    if (tree)
        node.value = codeName;
    s.valid = true;
    done(QStringLiteral("PAP %1 id %2%3")
             .arg(codeName)
             .arg(s.identifier)
             .arg(detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail)));
}

} // namespace keyward::capture
