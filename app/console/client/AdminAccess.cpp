#include "client/AdminAccess.h"

#include "api/AdminRole.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace keyward::console {

AdminAccess AdminAccess::fromHello(const QJsonObject &hello)
{
    AdminAccess access;
    access.m_role = hello.value(QStringLiteral("role")).toString();
    const QJsonValue methods = hello.value(QStringLiteral("methods"));
    if (methods.isArray()) {
        QSet<QString> names;
        for (const QJsonValue &m : methods.toArray())
            names.insert(m.toString());
        access.m_methods = names;
    }
    return access;
}

bool AdminAccess::allows(const QString &method) const
{
    return !m_methods || m_methods->contains(method);
}

QString AdminAccess::neededRole(const QString &method)
{
    return api::roleName(api::roleNeeded(method));
}

QString AdminAccess::roleLabel(const QString &role)
{
    if (role == QLatin1String("auditor"))
        return QCoreApplication::translate("AdminAccess", "auditor");
    if (role == QLatin1String("operator"))
        return QCoreApplication::translate("AdminAccess", "operator");
    if (role == QLatin1String("admin"))
        return QCoreApplication::translate("AdminAccess", "admin");
    return role;
}

} // namespace keyward::console
