#include "core/AuditEntry.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace keyward::core {

namespace {
void addField(QCryptographicHash &hash, const QByteArray &field)
{
    const quint32 n = static_cast<quint32>(field.size());
    const char length[4] = {static_cast<char>(n >> 24), static_cast<char>(n >> 16),
                            static_cast<char>(n >> 8), static_cast<char>(n)};
    hash.addData(QByteArrayView(length, 4));
    hash.addData(field);
}
} // namespace

QByteArray AuditEntry::computeHash() const
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    addField(sha, previousHash);
    addField(sha, QByteArray::number(id));
    addField(sha, QByteArray::number(at));
    addField(sha, actor.toUtf8());
    addField(sha, action.toUtf8());
    addField(sha, target.toUtf8());
    addField(sha, outcome.toUtf8());
    addField(sha, QJsonDocument(details).toJson(QJsonDocument::Compact));
    return sha.result();
}

} // namespace keyward::core
