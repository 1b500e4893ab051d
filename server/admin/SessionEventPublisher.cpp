#include "admin/SessionEventPublisher.h"

#include "admin/AdminContext.h"
#include "admin/SessionService.h"
#include "api/AdminEvent.h"

namespace keyward::admin {

void SessionEventPublisher::onSessionUp(const core::LiveSession &session)
{
    m_context.publish(api::Event::SessionUp, SessionService::toJson(session));
}

void SessionEventPublisher::onSessionChanged(const core::LiveSession &session,
                                             const QString &change)
{
    QJsonObject data = SessionService::toJson(session);
    data.insert("change", change);
    m_context.publish(api::Event::SessionChanged, data);
}

void SessionEventPublisher::onSessionEnded(const core::LiveSession &session)
{
    QJsonObject data = SessionService::toJson(session);
    data.insert("reason", session.endReason);
    m_context.publish(api::Event::SessionEnded, data);
}

} // namespace keyward::admin
