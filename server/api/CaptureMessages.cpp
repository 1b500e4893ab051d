#include "api/CaptureMessages.h"

#include "api/IsoTime.h"
#include "api/JsonReader.h"
#include "api/ListJson.h"

namespace keyward::api {

QJsonObject CaptureStartParams::toJson() const
{
    QJsonObject json{{"filter", filter}, {"interface", interface}, {"snaplen", snaplen}};
    if (maxFileBytes > 0)
        json.insert("maxFileBytes", maxFileBytes);
    if (maxFiles > 0)
        json.insert("maxFiles", maxFiles);
    return json;
}

Result<CaptureStartParams> CaptureStartParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CaptureStartParams p;
    p.filter = r.optionalString(u"filter").value_or(DefaultFilter);
    p.interface = r.optionalString(u"interface").value_or(QStringLiteral("any"));
    p.snaplen = r.optionalInteger(u"snaplen").value_or(65535);
    p.maxFileBytes = r.optionalInteger64(u"maxFileBytes").value_or(0);
    p.maxFiles = r.optionalInteger(u"maxFiles").value_or(0);
    if (p.interface.isEmpty())
        r.reject(u"interface", QStringLiteral("names no interface (\"any\" captures on all)"));
    if (p.snaplen < 64 || p.snaplen > 262144)
        r.reject(u"snaplen", QStringLiteral("must be from 64 to 262144"));
    if (p.maxFileBytes < 0 || (p.maxFileBytes > 0 && p.maxFileBytes < 65536))
        r.reject(u"maxFileBytes", QStringLiteral("must be at least 65536 (0: the setting)"));
    if (p.maxFiles < 0 || p.maxFiles > 1000)
        r.reject(u"maxFiles", QStringLiteral("must be from 1 to 1000 (0: the setting)"));
    return r.finish(std::move(p));
}

QJsonObject CaptureRef::toJson() const
{
    return {{"id", id}};
}

Result<CaptureRef> CaptureRef::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CaptureRef ref;
    ref.id = r.integer(u"id");
    return r.finish(std::move(ref));
}

QJsonObject CaptureInfo::toJson() const
{
    return {{"id", id},
            {"state", state},
            {"interface", interface},
            {"filter", filter},
            {"snaplen", snaplen},
            {"linkType", qint64(linkType)},
            {"startedBy", startedBy},
            {"started", IsoTime::milliseconds(started)},
            {"stopped", IsoTime::milliseconds(stopped)},
            {"packets", packets},
            {"bytes", bytes},
            {"files", files},
            {"kernelDropped", kernelDropped},
            {"interfaceDropped", interfaceDropped},
            {"feedDropped", feedDropped},
            {"ringDropped", ringDropped},
            {"error", error}};
}

Result<CaptureInfo> CaptureInfo::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CaptureInfo c;
    c.id = r.integer(u"id");
    c.state = r.string(u"state");
    c.interface = r.string(u"interface");
    c.filter = r.string(u"filter");
    c.snaplen = r.optionalInteger(u"snaplen").value_or(0);
    c.linkType = static_cast<quint32>(r.optionalInteger64(u"linkType").value_or(0));
    c.startedBy = r.optionalString(u"startedBy").value_or(QString());
    c.started = r.dateTime(u"started", true);
    c.stopped = r.dateTime(u"stopped", true);
    c.packets = r.optionalInteger64(u"packets").value_or(0);
    c.bytes = r.optionalInteger64(u"bytes").value_or(0);
    c.files = r.optionalInteger(u"files").value_or(0);
    c.kernelDropped = r.optionalInteger64(u"kernelDropped").value_or(0);
    c.interfaceDropped = r.optionalInteger64(u"interfaceDropped").value_or(0);
    c.feedDropped = r.optionalInteger64(u"feedDropped").value_or(0);
    c.ringDropped = r.optionalInteger64(u"ringDropped").value_or(0);
    c.error = r.optionalString(u"error").value_or(QString());
    return r.finish(std::move(c));
}

QJsonObject CaptureListResult::toJson() const
{
    return {{"captures", toJsonArray(captures)},
            {"available", available},
            {"unavailableReason", unavailableReason},
            {"maxFileBytes", maxFileBytes},
            {"maxFiles", maxFiles},
            {"feedRate", feedRate}};
}

Result<CaptureListResult> CaptureListResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CaptureListResult l;
    l.captures = r.list<CaptureInfo>(u"captures");
    l.available = r.boolean(u"available");
    l.unavailableReason = r.optionalString(u"unavailableReason").value_or(QString());
    l.maxFileBytes = r.optionalInteger64(u"maxFileBytes").value_or(0);
    l.maxFiles = r.optionalInteger(u"maxFiles").value_or(0);
    l.feedRate = r.optionalInteger(u"feedRate").value_or(0);
    return r.finish(std::move(l));
}

QJsonObject CaptureDownloadParams::toJson() const
{
    return {{"id", id}, {"offset", offset}};
}

Result<CaptureDownloadParams> CaptureDownloadParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CaptureDownloadParams p;
    p.id = r.integer(u"id");
    p.offset = r.optionalInteger64(u"offset").value_or(0);
    if (p.offset < 0)
        r.reject(u"offset", QStringLiteral("must not be negative"));
    return r.finish(std::move(p));
}

QJsonObject CaptureChunk::toJson() const
{
    return {{"id", id},
            {"offset", offset},
            {"size", size},
            {"data", QString::fromLatin1(data.toBase64())},
            {"done", done}};
}

Result<CaptureChunk> CaptureChunk::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CaptureChunk c;
    c.id = r.integer(u"id");
    c.offset = r.integer64(u"offset");
    c.size = r.integer64(u"size");
    const QString data = r.string(u"data");
    c.done = r.boolean(u"done");
    auto decoded =
        QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        r.reject(u"data", QStringLiteral("is not base64"));
    c.data = *decoded;
    return r.finish(std::move(c));
}

QJsonObject CapturePacketParams::toJson() const
{
    return {{"id", id}, {"number", number}};
}

Result<CapturePacketParams> CapturePacketParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CapturePacketParams p;
    p.id = r.integer(u"id");
    p.number = r.integer64(u"number");
    if (p.number < 1)
        r.reject(u"number", QStringLiteral("must be 1 or more"));
    return r.finish(std::move(p));
}

QJsonObject CapturePacketData::toJson() const
{
    return {{"id", id},
            {"number", number},
            {"timestampNs", QString::number(timestampNs)},
            {"originalLength", qint64(originalLength)},
            {"linkType", qint64(linkType)},
            {"data", QString::fromLatin1(data.toBase64())}};
}

Result<CapturePacketData> CapturePacketData::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CapturePacketData p;
    p.id = r.integer(u"id");
    p.number = r.integer64(u"number");
    p.timestampNs = r.string(u"timestampNs").toLongLong();
    p.originalLength = static_cast<quint32>(r.integer64(u"originalLength"));
    p.linkType = static_cast<quint32>(r.integer64(u"linkType"));
    auto decoded = QByteArray::fromBase64Encoding(r.string(u"data").toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        r.reject(u"data", QStringLiteral("is not base64"));
    p.data = *decoded;
    return r.finish(std::move(p));
}

QJsonObject CapturePacketSummary::toJson() const
{
    return {{"number", number},        {"time", QString::number(timestampNs)},
            {"source", source},        {"destination", destination},
            {"protocol", protocol},    {"info", info},
            {"length", qint64(length)}};
}

Result<CapturePacketSummary> CapturePacketSummary::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CapturePacketSummary s;
    s.number = r.integer64(u"number");
    s.timestampNs = r.string(u"time").toLongLong();
    s.source = r.string(u"source");
    s.destination = r.string(u"destination");
    s.protocol = r.string(u"protocol");
    s.info = r.string(u"info");
    s.length = static_cast<quint32>(r.integer64(u"length"));
    return r.finish(std::move(s));
}

QJsonObject CapturePacketsEvent::toJson() const
{
    return {{"id", id},
            {"packets", toJsonArray(packets)},
            {"received", received},
            {"feedDropped", feedDropped},
            {"kernelDropped", kernelDropped}};
}

Result<CapturePacketsEvent> CapturePacketsEvent::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CapturePacketsEvent e;
    e.id = r.integer(u"id");
    e.packets = r.list<CapturePacketSummary>(u"packets");
    e.received = r.optionalInteger64(u"received").value_or(0);
    e.feedDropped = r.optionalInteger64(u"feedDropped").value_or(0);
    e.kernelDropped = r.optionalInteger64(u"kernelDropped").value_or(0);
    return r.finish(std::move(e));
}

} // namespace keyward::api
