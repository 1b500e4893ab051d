#include "dissect/ClientInventory.h"

#include "dissect/PppDissector.h"

#include <QtEndian>

namespace keyward::capture {

namespace {

constexpr quint32 AuthMsChapV2 = 0xc22381;
constexpr quint32 AuthMsChapV1 = 0xc22380;
constexpr quint32 AuthChapMd5 = 0xc22305;
constexpr quint32 AuthPap = 0xc02300;
constexpr quint32 MppeL = 0x20;
constexpr quint32 MppeS = 0x40;
constexpr quint32 MppeM = 0x80;

// The Windows release a PPTP miniport's firmware revision (its build number) names.
QString windowsRelease(quint16 build)
{
    switch (build) {
    case 1381:
        return QStringLiteral("Windows NT 4.0");
    case 2195:
        return QStringLiteral("Windows 2000");
    case 2600:
        return QStringLiteral("Windows XP");
    case 3790:
        return QStringLiteral("Windows Server 2003 / XP x64");
    case 6000:
    case 6001:
    case 6002:
        return QStringLiteral("Windows Vista / Server 2008");
    case 7600:
    case 7601:
        return QStringLiteral("Windows 7 / Server 2008 R2");
    case 9200:
        return QStringLiteral("Windows 8 / Server 2012");
    case 9600:
        return QStringLiteral("Windows 8.1 / Server 2012 R2");
    default:
        if (build >= 22000)
            return QStringLiteral("Windows 11");
        if (build >= 10240)
            return QStringLiteral("Windows 10 / Server 2016 or later");
        return {};
    }
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

} // namespace

ClientIdentity ClientInventory::classify(const ClientEvidence &e)
{
    ClientIdentity id;
    const QString vendor = e.vendor.trimmed();
    // 1. Windows RAS names itself in LCP Identification (rasppp).
    for (const QString &message : e.lcpIdentifications) {
        if (message.startsWith(QLatin1String("MSRASV"))) {
            id.name = QStringLiteral("Windows RAS");
            id.version = message.mid(6).trimmed();
            id.evidence << QStringLiteral("LCP Identification %1").arg(quoted(message));
        } else if (message.startsWith(QLatin1String("MSRAS-"))) {
            id.name = QStringLiteral("Windows RAS");
            id.evidence << QStringLiteral("LCP Identification %1").arg(quoted(message));
        }
    }
    const bool windowsVendor = vendor.startsWith(QLatin1String("Microsoft"), Qt::CaseInsensitive);
    if (windowsVendor) {
        if (id.name == QLatin1String("unknown"))
            id.name = QStringLiteral("Windows RAS");
        const QString release = windowsRelease(e.firmwareRevision);
        if (!release.isEmpty())
            id.version =
                id.version.isEmpty() ? release : QStringLiteral("%1 (%2)").arg(id.version, release);
        id.evidence << QStringLiteral("SCCRQ vendor %1, firmware revision %2 (the Windows build)")
                           .arg(quoted(vendor))
                           .arg(e.firmwareRevision);
    } else if (id.name == QLatin1String("unknown") && e.sccrqSeen) {
        // 2. The vendor string of the SCCRQ.
        const QString evidence =
            QStringLiteral("SCCRQ vendor %1, host name %2, firmware revision %3")
                .arg(quoted(vendor), quoted(e.hostName))
                .arg(e.firmwareRevision);
        if (vendor.compare(QLatin1String("Linux"), Qt::CaseInsensitive) == 0 ||
            vendor.compare(QLatin1String("cananian"), Qt::CaseInsensitive) == 0) {
            // pptp-linux (by C. S. Ananian) drives pppd; neither sends Identification.
            id.name = QStringLiteral("pppd/pptp-linux");
            id.evidence << evidence;
            if (e.lcpIdentifications.isEmpty() && e.lcpRequestSeen)
                id.evidence << QStringLiteral("no LCP Identification (pppd sends none)");
        } else if (vendor.startsWith(QLatin1String("MikroTik"), Qt::CaseInsensitive)) {
            id.name = QStringLiteral("MikroTik RouterOS");
            id.evidence << evidence;
        } else if (vendor.contains(QLatin1String("Cisco"), Qt::CaseInsensitive)) {
            id.name = QStringLiteral("Cisco");
            id.evidence << evidence;
        } else if (vendor.startsWith(QLatin1String("Mac OS X"), Qt::CaseInsensitive) ||
                   vendor.contains(QLatin1String("Apple"), Qt::CaseInsensitive)) {
            id.name = QStringLiteral("Apple macOS/iOS");
            id.evidence << evidence;
        } else if (vendor == QLatin1String("Keyward")) {
            id.name = QStringLiteral("keyward-probe");
            id.version =
                QStringLiteral("%1.%2").arg(e.firmwareRevision >> 8).arg(e.firmwareRevision & 0xff);
            id.evidence << evidence;
        } else if (!vendor.isEmpty()) {
            id.name = vendor;
            if (e.firmwareRevision != 0)
                id.version = QStringLiteral("firmware %1").arg(e.firmwareRevision);
            id.evidence << evidence;
        } else {
            id.evidence << evidence;
        }
    }
    if (id.name == QLatin1String("unknown") && e.offeredCallback) {
        // Only Windows RAS offers the LCP Callback option (Microsoft CBCP) unasked.
        id.name = QStringLiteral("Windows RAS");
        id.evidence << QStringLiteral("LCP Callback option offered (Microsoft CBCP)");
    }
    if (!id.evidence.isEmpty() && e.mru)
        id.evidence << QStringLiteral("LCP MRU %1").arg(*e.mru);

    // Legacy: weak encryption only, or weak authentication offered.
    if (e.mppeOptionSeen && (e.mppeBitsOffered & (MppeL | MppeM | MppeS)) &&
        !(e.mppeBitsOffered & MppeS)) {
        id.legacy = true;
        id.legacyReasons << ((e.mppeBitsOffered & MppeM)
                                 ? QStringLiteral("offers only 40/56-bit MPPE")
                                 : QStringLiteral("offers only 40-bit MPPE"));
    }
    if (e.authOffered.contains(AuthMsChapV1)) {
        id.legacy = true;
        id.legacyReasons << QStringLiteral("offers MS-CHAPv1");
    }
    if (e.authOffered.contains(AuthPap)) {
        id.legacy = true;
        id.legacyReasons << QStringLiteral("offers PAP");
    }
    if (e.authOffered.contains(AuthChapMd5) && !e.authOffered.contains(AuthMsChapV2)) {
        id.legacy = true;
        id.legacyReasons << QStringLiteral("offers CHAP-MD5, which gives no MPPE keys");
    }
    if (id.name == QLatin1String("Windows RAS") && !id.version.isEmpty() &&
        id.version.at(0).isDigit() && id.version.section(QLatin1Char('.'), 0, 0).toInt() < 5) {
        id.legacy = true;
        id.legacyReasons << QStringLiteral("Windows RAS before 5.0 (Windows NT 4)");
    }
    return id;
}

void ClientInventory::addLcpOptions(ClientEvidence &e,
                                    const QList<std::pair<quint8, QByteArray>> &options, bool inNak)
{
    const bool first = !e.lcpRequestSeen && !inNak;
    if (!inNak)
        e.lcpRequestSeen = true;
    for (const auto &[type, data] : options) {
        if (first && e.lcpOptionOrder.size() < 32)
            e.lcpOptionOrder.append(type);
        const auto *p = reinterpret_cast<const uchar *>(data.constData());
        if (type == 3 && data.size() >= 2) {
            quint32 code = static_cast<quint32>(qFromBigEndian<quint16>(p)) << 8;
            if (code == 0xc22300 && data.size() >= 3)
                code |= p[2];
            if (!e.authOffered.contains(code) && e.authOffered.size() < 16)
                e.authOffered.append(code);
            continue;
        }
        if (inNak)
            continue;
        switch (type) {
        case 1:
            if (data.size() == 2)
                e.mru = qFromBigEndian<quint16>(p);
            break;
        case 5:
            e.offeredMagic = true;
            break;
        case 7:
            e.offeredPfc = true;
            break;
        case 8:
            e.offeredAcfc = true;
            break;
        case 13:
            e.offeredCallback = true;
            break;
        case 17:
        case 18:
        case 19:
            e.offeredMultilink = true;
            break;
        default:
            break;
        }
    }
}

void ClientInventory::addClientFrame(ClientEvidence &evidence, quint16 protocol,
                                     const uchar *information, int length)
{
    if ((protocol != 0xc021 && protocol != 0x80fd) || length < 4 || length > 1500)
        return;
    QByteArray frame(2, '\0');
    qToBigEndian(protocol, frame.data());
    frame.append(reinterpret_cast<const char *>(information), length);
    PppSummary s;
    PppDissector::dissect(reinterpret_cast<const uchar *>(frame.constData()),
                          static_cast<int>(frame.size()), -1, -1, s, nullptr, nullptr);
    if (!s.valid)
        return;
    if (protocol == 0xc021 && (s.code == 1 || s.code == 3)) {
        addLcpOptions(evidence, s.options, s.code == 3);
    } else if (protocol == 0xc021 && s.code == 12) {
        if (evidence.lcpIdentifications.size() < 8 &&
            !evidence.lcpIdentifications.contains(s.identification))
            evidence.lcpIdentifications.append(s.identification.left(128));
    } else if (protocol == 0x80fd && s.code == 1) {
        for (const auto &[type, data] : s.options)
            if (type == 18 && data.size() == 4)
                addMppeOption(evidence, qFromBigEndian<quint32>(data.constData()));
    }
}

void ClientInventory::addMppeOption(ClientEvidence &evidence, quint32 bits)
{
    evidence.ccpRequestSeen = true;
    evidence.mppeOptionSeen = true;
    evidence.mppeBitsOffered |= bits;
}

} // namespace keyward::capture
