#include "api/BackupMessages.h"

#include "api/IsoTime.h"
#include "api/JsonReader.h"
#include "api/ListJson.h"

#include <QRegularExpression>

namespace keyward::api {

QJsonObject BackupCreateParams::toJson() const
{
    return {{QStringLiteral("passphrase"), passphrase}};
}

Result<BackupCreateParams> BackupCreateParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    BackupCreateParams p;
    p.passphrase = r.string(u"passphrase");
    return r.finish(std::move(p));
}

QJsonObject BackupInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("file"), file},
            {QStringLiteral("created"), IsoTime::seconds(created)},
            {QStringLiteral("createdBy"), createdBy},
            {QStringLiteral("size"), size},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("users"), users},
            {QStringLiteral("tokens"), tokens},
            {QStringLiteral("auditEntries"), auditEntries},
            {QStringLiteral("verified"), verified},
            {QStringLiteral("problem"), problem},
            {QStringLiteral("auditHead"), auditHead},
            {QStringLiteral("uploaded"), uploaded},
            {QStringLiteral("uploadedFrom"), uploadedFrom}};
}

Result<BackupInfo> BackupInfo::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    BackupInfo b;
    b.id = r.string(u"id");
    b.file = r.string(u"file");
    b.created = r.dateTime(u"created");
    b.createdBy = r.string(u"createdBy");
    b.size = r.integer64(u"size");
    b.sha256 = r.string(u"sha256");
    b.users = r.integer64(u"users");
    b.tokens = r.integer64(u"tokens");
    b.auditEntries = r.integer64(u"auditEntries");
    b.verified = r.boolean(u"verified");
    b.problem = r.string(u"problem");
    b.auditHead = r.string(u"auditHead");
    b.uploaded = r.optionalBoolean(u"uploaded").value_or(false);
    b.uploadedFrom = r.optionalString(u"uploadedFrom").value_or(QString());
    return r.finish(std::move(b));
}

QJsonObject BackupList::toJson() const
{
    return {{QStringLiteral("backups"), toJsonArray(backups)},
            {QStringLiteral("retention"), retention}};
}

Result<BackupList> BackupList::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    BackupList l;
    l.backups = r.list<BackupInfo>(u"backups");
    l.retention = r.integer(u"retention");
    return r.finish(std::move(l));
}

QJsonObject FileRef::toJson() const
{
    return {{QStringLiteral("id"), id}};
}

Result<FileRef> FileRef::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    FileRef f;
    f.id = r.string(u"id");
    return r.finish(std::move(f));
}

QJsonObject FileChunkParams::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("offset"), offset}};
}

Result<FileChunkParams> FileChunkParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    FileChunkParams p;
    p.id = r.string(u"id");
    p.offset = r.optionalInteger64(u"offset").value_or(0);
    if (p.offset < 0)
        r.reject(u"offset", QStringLiteral("must not be negative"));
    return r.finish(std::move(p));
}

QJsonObject FileChunk::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("file"), file},
            {QStringLiteral("offset"), offset},
            {QStringLiteral("size"), size},
            {QStringLiteral("data"), QString::fromLatin1(data.toBase64())},
            {QStringLiteral("done"), done},
            {QStringLiteral("signature"), signature}};
}

Result<FileChunk> FileChunk::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    FileChunk c;
    c.id = r.string(u"id");
    c.file = r.string(u"file");
    c.offset = r.integer64(u"offset");
    c.size = r.integer64(u"size");
    const QString data = r.string(u"data");
    c.done = r.boolean(u"done");
    c.signature = r.optionalString(u"signature").value_or(QString());
    auto decoded =
        QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        r.reject(u"data", QStringLiteral("is not base64"));
    c.data = decoded.decoded;
    return r.finish(std::move(c));
}

QJsonObject BackupUploadParams::toJson() const
{
    QJsonObject o{{QStringLiteral("phase"), phase}};
    if (phase == QLatin1String("begin")) {
        o.insert(QStringLiteral("file"), file);
        o.insert(QStringLiteral("size"), size);
        o.insert(QStringLiteral("sha256"), sha256);
    } else {
        o.insert(QStringLiteral("upload"), upload);
    }
    if (phase == QLatin1String("chunk")) {
        o.insert(QStringLiteral("offset"), offset);
        o.insert(QStringLiteral("data"), QString::fromLatin1(data.toBase64()));
    }
    return o;
}

Result<BackupUploadParams> BackupUploadParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    BackupUploadParams p;
    p.phase = r.string(u"phase");
    if (p.phase == QLatin1String("begin")) {
        p.file = r.optionalString(u"file").value_or(QString());
        p.size = r.integer64(u"size");
        p.sha256 = r.string(u"sha256").toLower();
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (p.size <= 0)
            r.reject(u"size", QStringLiteral("must be more than 0"));
        if (!hex.match(p.sha256).hasMatch())
            r.reject(u"sha256", QStringLiteral("must be 64 hex digits"));
    } else if (p.phase == QLatin1String("chunk") || p.phase == QLatin1String("finish") ||
               p.phase == QLatin1String("abort")) {
        p.upload = r.string(u"upload");
    } else {
        r.reject(u"phase", QStringLiteral("must be begin, chunk, finish or abort"));
    }
    if (p.phase == QLatin1String("chunk")) {
        p.offset = r.integer64(u"offset");
        if (p.offset < 0)
            r.reject(u"offset", QStringLiteral("must not be negative"));
        const QString data = r.string(u"data");
        auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            r.reject(u"data", QStringLiteral("is not base64"));
        else if (decoded.decoded.size() > FileChunk::MaxBytes)
            r.reject(u"data", QStringLiteral("is more than %1 bytes").arg(FileChunk::MaxBytes));
        p.data = decoded.decoded;
    }
    return r.finish(std::move(p));
}

QJsonObject BackupUploadState::toJson() const
{
    return {{QStringLiteral("upload"), upload},
            {QStringLiteral("received"), received},
            {QStringLiteral("size"), size}};
}

Result<BackupUploadState> BackupUploadState::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    BackupUploadState s;
    s.upload = r.string(u"upload");
    s.received = r.integer64(u"received");
    s.size = r.integer64(u"size");
    return r.finish(std::move(s));
}

QJsonObject BackupRestoreParams::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("passphrase"), passphrase},
                     {QStringLiteral("confirm"), confirm}};
    if (!reason.isEmpty())
        json.insert(QStringLiteral("reason"), reason);
    return json;
}

Result<BackupRestoreParams> BackupRestoreParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    BackupRestoreParams p;
    p.id = r.string(u"id");
    p.passphrase = r.string(u"passphrase");
    p.confirm = r.optionalBoolean(u"confirm").value_or(false);
    p.reason = r.optionalString(u"reason").value_or(QString());
    if (p.reason.size() > MaxReasonLength)
        return fail(ErrorKind::Invalid,
                    "'reason' is longer than " + std::to_string(MaxReasonLength) + " characters");
    for (const QChar ch : std::as_const(p.reason))
        if (ch.category() == QChar::Other_Control || ch == QChar::LineSeparator ||
            ch == QChar::ParagraphSeparator)
            return fail(ErrorKind::Invalid, "'reason' must be one line of printable text");
    return r.finish(std::move(p));
}

QJsonObject BackupRestored::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("users"), users},
            {QStringLiteral("tokens"), tokens},
            {QStringLiteral("auditEntries"), auditEntries},
            {QStringLiteral("sessionsEnded"), sessionsEnded}};
}

Result<BackupRestored> BackupRestored::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    BackupRestored b;
    b.id = r.string(u"id");
    b.users = r.integer64(u"users");
    b.tokens = r.integer64(u"tokens");
    b.auditEntries = r.integer64(u"auditEntries");
    b.sessionsEnded = r.integer(u"sessionsEnded");
    return r.finish(std::move(b));
}

} // namespace keyward::api
