#pragma once

#include <QDateTime>
#include <QString>

namespace keyward::console {

// One account as the users table shows it.
struct UserRow
{
    QString name;
    QString state; // active, must-change, locked, disabled, revoked
    QDateTime passwordChanged;
    QDateTime expires;
    QDateTime lastLogin;
    QString lastAddress;
    int failedLogins = 0;
    QString key() const { return name; }
    bool operator==(const UserRow &) const = default;
};

} // namespace keyward::console
