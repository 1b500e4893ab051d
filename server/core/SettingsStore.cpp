#include "core/SettingsStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace keyward::core {

Result<QJsonObject> SettingsStore::read(const QString &key) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return fail(ErrorKind::Internal, "cannot read setting '" + key.toStdString() +
                                             "': " + q.lastError().text().toStdString());
    if (!q.next())
        return QJsonObject{};
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toByteArray());
    if (!doc.isObject())
        return fail(ErrorKind::Internal,
                    "setting \'" + key.toStdString() + "' is damaged (not a JSON object)");
    return doc.object();
}

Status SettingsStore::write(const QString &key, const QJsonObject &value)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return fail(ErrorKind::Internal,
                    "cannot save setting '" + key.toStdString() +
                        "' (disk full?): " + q.lastError().text().toStdString());
    return {};
}

} // namespace keyward::core
