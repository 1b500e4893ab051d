#include "admin/StatusService.h"

#include "admin/AdminContext.h"
#include "admin/SessionControl.h"
#include "admin/SignInActivity.h"
#include "api/AdminMethod.h"
#include "api/StatusMessages.h"
#include "core/PolicyStore.h"
#include "ipc/MethodRegistry.h"
#include "radius/RadiusAccounting.h"
#include "radius/RadiusClient.h"

#include <QCoreApplication>

namespace keyward::admin {

void StatusService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::Status, handler(this, &StatusService::status));
}

void StatusService::status(const Request &, const Responder &reply)
{
    api::StatusResult result;
    result.server = QStringLiteral("keywardd");
    result.version = QCoreApplication::applicationVersion();
    result.listen = m_listening.pptp;
    result.adminListen = m_listening.admin;
    // A fingerprint only with a listener it belongs to.
    result.fingerprint = m_listening.admin.isEmpty() ? QString() : m_listening.fingerprint;
    result.sessions = m_sessions.count();
    result.weaknesses = m_context.policy.current().weaknesses();
    result.recentFailures = m_signIns.recentFailures();
    result.signIn = signInStatus();
    result.accounting = accountingStatus();
    reply.result(result.toJson());
}

api::SignInStatus StatusService::signInStatus() const
{
    api::SignInStatus status{m_signIn.backend, m_signIn.groups, {}};
    if (!m_signIn.radius)
        return status;
    for (const radius::RadiusServerHealth &server : m_signIn.radius->health()) {
        api::RadiusServerStatus row;
        row.address = server.address;
        switch (server.state) {
        case radius::RadiusServerHealth::State::Up:
            row.state = QStringLiteral("up");
            break;
        case radius::RadiusServerHealth::State::Dead:
            row.state = QStringLiteral("dead");
            row.deadForSeconds = server.deadForSeconds;
            break;
        case radius::RadiusServerHealth::State::Untried:
            row.state = QStringLiteral("untried");
            break;
        }
        // To the second, as the admin API writes times.
        if (server.lastAnswer.isValid())
            row.lastAnswer =
                QDateTime::fromSecsSinceEpoch(server.lastAnswer.toSecsSinceEpoch(), Qt::UTC);
        row.roundTripMs = server.roundTripMs;
        row.accepts = server.accepts;
        row.rejects = server.rejects;
        row.timeouts = server.timeouts;
        row.messageAuthenticator =
            radius::RadiusServerConfig::toString(server.messageAuthenticator);
        status.radiusServers << row;
    }
    return status;
}

std::optional<api::AccountingStatus> StatusService::accountingStatus() const
{
    if (!m_signIn.accounting)
        return std::nullopt;
    const radius::RadiusAccounting::State state = m_signIn.accounting->state();
    api::AccountingStatus status;
    status.enabled = true;
    status.waiting = state.queued;
    status.dropped = state.dropped;
    if (state.lastAnswer.isValid())
        status.lastAnswer =
            QDateTime::fromSecsSinceEpoch(state.lastAnswer.toSecsSinceEpoch(), Qt::UTC);
    status.lastServer = state.lastServer;
    return status;
}

} // namespace keyward::admin
