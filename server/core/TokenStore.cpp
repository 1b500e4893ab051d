#include "core/TokenStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <openssl/rand.h>

namespace keyward::core {

namespace {
QByteArray digest(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

Result<QString> TokenStore::create(const QString &name, qint64 now)
{
    if (name.trimmed().isEmpty() || name.size() > 64)
        return fail("a token name must have 1 to 64 characters");
    unsigned char raw[32];
    if (RAND_bytes(raw, sizeof raw) != 1)
        return fail(ErrorKind::Internal, "no randomness for a token");
    const QString token =
        QStringLiteral("kw_") +
        QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(raw), sizeof raw)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO api_tokens (name, hash, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(name.trimmed());
    q.addBindValue(digest(token));
    q.addBindValue(now);
    if (!q.exec())
        return q.lastError().text().contains("UNIQUE")
                   ? fail(ErrorKind::Conflict,
                          "a token named '" + name.toStdString() + "' already exists")
                   : fail(ErrorKind::Internal,
                          "cannot store the token: " + q.lastError().text().toStdString());
    return token;
}

std::optional<QString> TokenStore::verify(const QString &token, qint64 now)
{
    if (!token.startsWith(QStringLiteral("kw_")) || token.size() > 128)
        return std::nullopt;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT name FROM api_tokens WHERE hash = ?"));
    q.addBindValue(digest(token));
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QString name = q.value(0).toString();
    QSqlQuery used(m_database.connection());
    used.prepare(QStringLiteral("UPDATE api_tokens SET last_used_at = ? WHERE name = ?"));
    used.addBindValue(now);
    used.addBindValue(name);
    used.exec();
    return name;
}

Status TokenStore::revoke(const QString &name)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM api_tokens WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return fail(ErrorKind::Internal,
                    "cannot revoke the token: " + q.lastError().text().toStdString());
    if (q.numRowsAffected() == 0)
        return fail(ErrorKind::NotFound, "no token named '" + name.toStdString() + "'");
    return {};
}

Result<QJsonArray> TokenStore::list() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(
            QStringLiteral("SELECT name, created_at, last_used_at FROM api_tokens ORDER BY name")))
        return fail(ErrorKind::Internal,
                    "cannot list tokens: " + q.lastError().text().toStdString());
    QJsonArray out;
    auto iso = [](qint64 t) {
        return t ? QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate) : QString();
    };
    while (q.next())
        out.append(QJsonObject{{"name", q.value(0).toString()},
                               {"created", iso(q.value(1).toLongLong())},
                               {"lastUsed", iso(q.value(2).toLongLong())}});
    return out;
}

} // namespace keyward::core
