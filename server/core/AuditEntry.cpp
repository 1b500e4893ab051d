#include "core/AuditEntry.h"

#include "core/AuditKey.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace keyward::core {

namespace {
void addField(QByteArray &out, const QByteArray &field)
{
    const quint32 n = static_cast<quint32>(field.size());
    const char length[4] = {static_cast<char>(n >> 24), static_cast<char>(n >> 16),
                            static_cast<char>(n >> 8), static_cast<char>(n)};
    out.append(length, 4);
    out.append(field);
}
} // namespace

QByteArray AuditEntry::canonical() const
{
    QByteArray out;
    for (const QByteArray &field :
         {previousHash, QByteArray::number(id), QByteArray::number(at), actor.toUtf8(),
          action.toUtf8(), target.toUtf8(), outcome.toUtf8(),
          QJsonDocument(details).toJson(QJsonDocument::Compact)})
        addField(out, field);
    return out;
}

QByteArray AuditEntry::computeHash() const
{
    return QCryptographicHash::hash(canonical(), QCryptographicHash::Sha256);
}

QByteArray AuditEntry::computeMac(const AuditKey &key) const
{
    return key.mac(canonical());
}

} // namespace keyward::core
