#include "admin/SignInActivity.h"

#include "admin/AdminContext.h"
#include "api/AdminEvent.h"

#include <QDateTime>
#include <QJsonObject>

namespace keyward::admin {

void SignInActivity::failed(const QString &user, quint32 code, const QString &address)
{
    m_recentFailures.prepend(
        QJsonObject{{"at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                    {"user", user.left(64)},
                    {"address", address},
                    {"code", static_cast<int>(code)}});
    while (m_recentFailures.size() > Kept)
        m_recentFailures.removeLast();
    m_context.publish(api::Event::LoginFailed, m_recentFailures.first().toObject());
}

void SignInActivity::lockedOut(const QString &user, int failures, const QString &address)
{
    m_context.publish(api::Event::Alert, {{"kind", "lockout"},
                                          {"user", user.left(64)},
                                          {"address", address},
                                          {"failures", failures}});
}

} // namespace keyward::admin
