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

// An IPv4 client on a dual-stack listener shows as ::ffff:a.b.c.d.
QHostAddress plain(const QHostAddress &address)
{
    bool v4 = false;
    const quint32 ip = address.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip) : address;
}

bool allowedFrom(const QString &sources, const QHostAddress &from)
{
    if (sources.isEmpty())
        return true;
    if (from.isNull())
        return false;
    const QHostAddress address = plain(from);
    for (const QString &source : sources.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (address.isInSubnet(QHostAddress::parseSubnet(source)))
            return true;
    }
    return false;
}

} // namespace

std::optional<QString> TokenStore::normalizedSource(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    QString withPrefix = trimmed;
    if (!trimmed.contains(QLatin1Char('/'))) {
        const QHostAddress host(trimmed);
        if (host.isNull())
            return std::nullopt;
        withPrefix += host.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("/128")
                                                                       : QStringLiteral("/32");
    }
    const auto subnet = QHostAddress::parseSubnet(withPrefix);
    if (subnet.first.isNull() || subnet.second < 0)
        return std::nullopt;
    return QStringLiteral("%1/%2").arg(subnet.first.toString()).arg(subnet.second);
}

Result<QString> TokenStore::create(const Spec &spec, qint64 now)
{
    const QString name = spec.name.trimmed();
    if (name.isEmpty() || name.size() > 64)
        return fail("a token name must have 1 to 64 characters");
    QStringList sources;
    for (const QString &source : spec.sources) {
        const auto normal = normalizedSource(source);
        if (!normal)
            return fail("'" + source.toStdString() +
                        "' is not an address or network (write 192.0.2.0/24 or 192.0.2.7)");
        sources << *normal;
    }
    if (spec.expiresAt != 0 && spec.expiresAt <= now)
        return fail("a token's expiry must be in the future");
    unsigned char raw[32];
    if (RAND_bytes(raw, sizeof raw) != 1)
        return fail(ErrorKind::Internal, "no randomness for a token");
    const QString token =
        QStringLiteral("kw_") +
        QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(raw), sizeof raw)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO api_tokens (name, hash, created_at, role, expires_at, "
                             "sources) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(digest(token));
    q.addBindValue(now);
    q.addBindValue(api::roleName(spec.role));
    q.addBindValue(spec.expiresAt);
    q.addBindValue(sources.isEmpty() ? QStringLiteral("") : sources.join(QLatin1Char(',')));
    if (!q.exec())
        return q.lastError().text().contains("UNIQUE")
                   ? fail(ErrorKind::Conflict,
                          "a token named '" + name.toStdString() + "' already exists")
                   : fail(ErrorKind::Internal,
                          "cannot store the token: " + q.lastError().text().toStdString());
    return token;
}

api::TokenGrant TokenStore::verify(const QString &token, const QHostAddress &from, qint64 now)
{
    api::TokenGrant grant;
    if (!token.startsWith(QStringLiteral("kw_")) || token.size() > 128)
        return grant;
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT name, role, expires_at, sources FROM api_tokens WHERE hash = ?"));
    q.addBindValue(digest(token));
    if (!q.exec() || !q.next())
        return grant;
    grant.name = q.value(0).toString();
    // A role this keywardd does not know grants the least, never the most.
    grant.role = api::roleFromName(q.value(1).toString()).value_or(api::AdminRole::Auditor);
    grant.expiresAt = q.value(2).toLongLong();
    if (grant.expiresAt != 0 && now >= grant.expiresAt) {
        grant.verdict = api::TokenGrant::Verdict::Expired;
        return grant;
    }
    if (!allowedFrom(q.value(3).toString(), from)) {
        grant.verdict = api::TokenGrant::Verdict::SourceNotAllowed;
        return grant;
    }
    grant.verdict = api::TokenGrant::Verdict::Granted;
    QSqlQuery used(m_database.connection());
    used.prepare(QStringLiteral(
        "UPDATE api_tokens SET last_used_at = ?, last_used_from = ? WHERE name = ?"));
    used.addBindValue(now);
    used.addBindValue(from.isNull() ? QStringLiteral("") : plain(from).toString());
    used.addBindValue(grant.name);
    used.exec();
    return grant;
}

std::optional<QString> TokenStore::verify(const QString &token, qint64 now)
{
    const api::TokenGrant grant = verify(token, QHostAddress(), now);
    if (!grant.granted())
        return std::nullopt;
    return grant.name;
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
    if (!q.exec(QStringLiteral("SELECT name, role, created_at, expires_at, sources, last_used_at, "
                               "last_used_from FROM api_tokens ORDER BY name")))
        return fail(ErrorKind::Internal,
                    "cannot list tokens: " + q.lastError().text().toStdString());
    QJsonArray out;
    auto iso = [](qint64 t) {
        return t ? QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate) : QString();
    };
    while (q.next())
        out.append(QJsonObject{{"name", q.value(0).toString()},
                               {"role", q.value(1).toString()},
                               {"created", iso(q.value(2).toLongLong())},
                               {"expires", iso(q.value(3).toLongLong())},
                               {"sources", QJsonArray::fromStringList(q.value(4).toString().split(
                                               QLatin1Char(','), Qt::SkipEmptyParts))},
                               {"lastUsed", iso(q.value(5).toLongLong())},
                               {"lastUsedFrom", q.value(6).toString()}});
    return out;
}

} // namespace keyward::core
