#include "api/BackupMessages.h"

#include "api/IsoTime.h"
#include "api/JsonReader.h"
#include "api/ListJson.h"

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
            {QStringLiteral("auditHead"), auditHead}};
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

QJsonObject BackupRestoreParams::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("passphrase"), passphrase},
            {QStringLiteral("confirm"), confirm}};
}

Result<BackupRestoreParams> BackupRestoreParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    BackupRestoreParams p;
    p.id = r.string(u"id");
    p.passphrase = r.string(u"passphrase");
    p.confirm = r.optionalBoolean(u"confirm").value_or(false);
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
