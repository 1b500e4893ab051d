#pragma once

// Named JSON settings in the state database (the policy, and later others). A
// missing setting reads as an empty object.

#include "common/Result.h"
#include "core/Database.h"

#include <QJsonObject>
#include <QString>

namespace keyward::core {

class SettingsStore
{
public:
    explicit SettingsStore(Database &database) : m_database(database) {}

    Result<QJsonObject> read(const QString &key) const;
    // Joins the caller's transaction when there is one.
    Status write(const QString &key, const QJsonObject &value);

private:
    Database &m_database;
};

} // namespace keyward::core
