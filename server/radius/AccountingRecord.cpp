#include "radius/AccountingRecord.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace keyward::radius {

namespace {

void addQString(RadiusPacket &packet, std::uint8_t type, const QString &text)
{
    const QByteArray utf8 = text.toUtf8().left(static_cast<qsizetype>(MaxAttributeValue));
    if (!utf8.isEmpty())
        packet.addText(type,
                       std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

qint64 readInteger(const QJsonObject &object, const char *key, bool *ok)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return 0;
    if (!value.isString()) {
        *ok = false;
        return 0;
    }
    // Counters are kept as decimal strings: a JSON number loses precision past 2^53.
    bool parsed = false;
    const qint64 n = value.toString().toLongLong(&parsed);
    if (!parsed || n < 0)
        *ok = false;
    return n;
}

} // namespace

QString AccountingRecord::toString(Status status)
{
    switch (status) {
    case Status::Start:
        return QStringLiteral("Start");
    case Status::Stop:
        return QStringLiteral("Stop");
    case Status::InterimUpdate:
        return QStringLiteral("Interim-Update");
    case Status::AccountingOn:
        return QStringLiteral("Accounting-On");
    case Status::AccountingOff:
        return QStringLiteral("Accounting-Off");
    }
    return QStringLiteral("?");
}

RadiusPacket AccountingRecord::toRequest(qint64 now) const
{
    RadiusPacket packet;
    packet.code = RadiusCode::AccountingRequest;
    packet.addU32(attr::AcctStatusType, static_cast<std::uint32_t>(status));
    addQString(packet, attr::AcctSessionId, sessionId);
    if (nasAddress)
        packet.addU32(attr::NasIpAddress, nasAddress);
    addQString(packet, attr::NasIdentifier, nasIdentifier);
    packet.addU32(attr::EventTimestamp, static_cast<std::uint32_t>(eventTime));
    packet.addU32(attr::AcctDelayTime,
                  static_cast<std::uint32_t>(std::clamp<qint64>(now - eventTime, 0, 0xffffffff)));
    if (!isSessionRecord())
        return packet;
    addQString(packet, attr::UserName, user);
    packet.addU32(attr::NasPort, nasPort);
    packet.addU32(attr::NasPortType, attr::NasPortTypeVirtual);
    packet.addU32(attr::ServiceType, attr::ServiceTypeFramed);
    packet.addU32(attr::FramedProtocol, attr::FramedProtocolPpp);
    addQString(packet, attr::CallingStationId, callingStation);
    addQString(packet, attr::CalledStationId, calledStation);
    if (framedAddress)
        packet.addU32(attr::FramedIpAddress, framedAddress);
    if (!radiusClass.isEmpty())
        packet.add(
            attr::Class,
            protocol::ByteView(reinterpret_cast<const std::uint8_t *>(radiusClass.constData()),
                               std::min<std::size_t>(static_cast<std::size_t>(radiusClass.size()),
                                                     MaxAttributeValue)));
    packet.addU32(attr::AcctAuthentic,
                  radiusAuthenticated ? attr::AcctAuthenticRadius : attr::AcctAuthenticLocal);
    if (status == Status::Start)
        return packet;
    const auto low = [](quint64 v) { return static_cast<std::uint32_t>(v & 0xffffffffu); };
    const auto high = [](quint64 v) { return static_cast<std::uint32_t>(v >> 32); };
    packet.addU32(attr::AcctSessionTime,
                  static_cast<std::uint32_t>(std::clamp<qint64>(sessionSeconds, 0, 0xffffffff)));
    packet.addU32(attr::AcctInputOctets, low(inputOctets));
    packet.addU32(attr::AcctOutputOctets, low(outputOctets));
    if (high(inputOctets))
        packet.addU32(attr::AcctInputGigawords, high(inputOctets));
    if (high(outputOctets))
        packet.addU32(attr::AcctOutputGigawords, high(outputOctets));
    packet.addU32(attr::AcctInputPackets, low(inputPackets));
    packet.addU32(attr::AcctOutputPackets, low(outputPackets));
    if (status == Status::Stop && terminateCause > 0)
        packet.addU32(attr::AcctTerminateCause, static_cast<std::uint32_t>(terminateCause));
    return packet;
}

QByteArray AccountingRecord::toJournalLine() const
{
    const auto n = [](auto v) { return QString::number(v); };
    QJsonObject o{{QStringLiteral("seq"), n(sequence)},
                  {QStringLiteral("status"), n(static_cast<std::uint32_t>(status))},
                  {QStringLiteral("session"), sessionId},
                  {QStringLiteral("time"), n(eventTime)}};
    if (!user.isEmpty())
        o.insert(QStringLiteral("user"), user);
    if (nasAddress)
        o.insert(QStringLiteral("nasAddress"), n(nasAddress));
    if (!nasIdentifier.isEmpty())
        o.insert(QStringLiteral("nasIdentifier"), nasIdentifier);
    if (isSessionRecord()) {
        o.insert(QStringLiteral("nasPort"), n(nasPort));
        o.insert(QStringLiteral("calling"), callingStation);
        o.insert(QStringLiteral("called"), calledStation);
        o.insert(QStringLiteral("framed"), n(framedAddress));
        if (!radiusClass.isEmpty())
            o.insert(QStringLiteral("class"), QString::fromLatin1(radiusClass.toBase64()));
        o.insert(QStringLiteral("radius"), radiusAuthenticated);
        o.insert(QStringLiteral("inOctets"), n(inputOctets));
        o.insert(QStringLiteral("outOctets"), n(outputOctets));
        o.insert(QStringLiteral("inPackets"), n(inputPackets));
        o.insert(QStringLiteral("outPackets"), n(outputPackets));
        o.insert(QStringLiteral("seconds"), n(sessionSeconds));
        if (terminateCause)
            o.insert(QStringLiteral("cause"), n(terminateCause));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<AccountingRecord> AccountingRecord::fromJournalLine(const QByteArray &line)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorKind::Invalid, "not a JSON object");
    const QJsonObject o = document.object();
    bool ok = true;
    AccountingRecord r;
    r.sequence = static_cast<quint64>(readInteger(o, "seq", &ok));
    const qint64 status = readInteger(o, "status", &ok);
    r.eventTime = readInteger(o, "time", &ok);
    r.nasAddress = static_cast<quint32>(readInteger(o, "nasAddress", &ok));
    r.nasPort = static_cast<quint32>(readInteger(o, "nasPort", &ok));
    r.framedAddress = static_cast<quint32>(readInteger(o, "framed", &ok));
    r.inputOctets = static_cast<quint64>(readInteger(o, "inOctets", &ok));
    r.outputOctets = static_cast<quint64>(readInteger(o, "outOctets", &ok));
    r.inputPackets = static_cast<quint64>(readInteger(o, "inPackets", &ok));
    r.outputPackets = static_cast<quint64>(readInteger(o, "outPackets", &ok));
    r.sessionSeconds = readInteger(o, "seconds", &ok);
    r.terminateCause = static_cast<int>(readInteger(o, "cause", &ok));
    if (!ok)
        return fail(ErrorKind::Invalid, "a number that is not a non-negative decimal string");
    if (r.sequence == 0)
        return fail(ErrorKind::Invalid, "no sequence number");
    switch (status) {
    case 1:
    case 2:
    case 3:
    case 7:
    case 8:
        r.status = static_cast<Status>(status);
        break;
    default:
        return fail(ErrorKind::Invalid, "an unknown Acct-Status-Type " + std::to_string(status));
    }
    r.sessionId = o.value(QStringLiteral("session")).toString();
    if (r.sessionId.isEmpty())
        return fail(ErrorKind::Invalid, "no Acct-Session-Id");
    r.user = o.value(QStringLiteral("user")).toString();
    r.nasIdentifier = o.value(QStringLiteral("nasIdentifier")).toString();
    r.callingStation = o.value(QStringLiteral("calling")).toString();
    r.calledStation = o.value(QStringLiteral("called")).toString();
    r.radiusClass = QByteArray::fromBase64(o.value(QStringLiteral("class")).toString().toLatin1());
    r.radiusAuthenticated = o.value(QStringLiteral("radius")).toBool();
    return r;
}

} // namespace keyward::radius
