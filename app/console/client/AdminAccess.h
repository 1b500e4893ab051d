#pragma once

// What this connection may do on the server: the role keywardd gave it and the
// methods it may call, as hello answered them. An older keywardd says neither;
// then everything is allowed (and the server still decides).

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <optional>

namespace keyward::console {

class AdminAccess
{
public:
    AdminAccess() = default;
    // From the hello result's "role" and "methods".
    static AdminAccess fromHello(const QJsonObject &hello);

    // "auditor", "operator", "admin", or empty when the server did not say.
    QString role() const { return m_role; }
    bool knowsMethods() const { return m_methods.has_value(); }
    bool allows(const QString &method) const;

    // The weakest role that may call `method`, from the one table in api/AdminRole.
    static QString neededRole(const QString &method);
    // A role's name for the admin, in the console's language.
    static QString roleLabel(const QString &role);

    bool operator==(const AdminAccess &) const = default;

private:
    QString m_role;
    std::optional<QSet<QString>> m_methods;
};

} // namespace keyward::console
