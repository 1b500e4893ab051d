#include "admin/SessionEventPublisher.h"

#include "admin/AdminContext.h"
#include "admin/SessionService.h"
#include "api/AdminEvent.h"
#include "api/SessionMessages.h"

namespace keyward::admin {

void SessionEventPublisher::onSessionUp(const core::LiveSession &session)
{
    m_context.publish(api::Event::SessionUp, SessionService::sessionInfo(session).toJson());
}

void SessionEventPublisher::onSessionChanged(const core::LiveSession &session,
                                             const QString &change)
{
    m_context.publish(
        api::Event::SessionChanged,
        api::SessionChangedEvent{SessionService::sessionInfo(session), change}.toJson());
}

void SessionEventPublisher::onSessionEnded(const core::LiveSession &session)
{
    m_context.publish(
        api::Event::SessionEnded,
        api::SessionEndedEvent{SessionService::sessionInfo(session), session.endReason}.toJson());
}

} // namespace keyward::admin
