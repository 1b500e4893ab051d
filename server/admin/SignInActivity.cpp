#include "admin/SignInActivity.h"

#include "admin/AdminContext.h"
#include "api/AdminEvent.h"

#include <QDateTime>

namespace keyward::admin {

void SignInActivity::failed(const QString &user, quint32 code, const QString &address)
{
    // To the second, as the admin API writes it.
    const QDateTime now =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    m_recentFailures.prepend(
        api::LoginFailure{now, user.left(MaxNameLength), address, static_cast<int>(code)});
    while (m_recentFailures.size() > Kept)
        m_recentFailures.removeLast();
    m_context.publish(api::Event::LoginFailed, m_recentFailures.first().toJson());
}

void SignInActivity::lockedOut(const QString &user, int failures, const QString &address)
{
    m_context.publish(api::Event::Alert, api::Alert{QStringLiteral("lockout"),
                                                    user.left(MaxNameLength), address, failures}
                                             .toJson());
}

void SignInActivity::radiusServerDown(const QString &server)
{
    m_context.publish(api::Event::Alert,
                      api::Alert{QStringLiteral("radius-down"), {}, server, std::nullopt}.toJson());
}

void SignInActivity::radiusServerUp(const QString &server)
{
    m_context.publish(api::Event::Alert,
                      api::Alert{QStringLiteral("radius-up"), {}, server, std::nullopt}.toJson());
}

} // namespace keyward::admin
