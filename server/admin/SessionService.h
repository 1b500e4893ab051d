#pragma once

// Live and ended sessions: list, disconnect, revoke (end and disable the account),
// rekey (fresh MPPE keys in-session) and the history of ended sessions. How a live
// session looks in the admin API, shared with the session events, is written here
// once.

#include "admin/AdminService.h"
#include "api/SessionMessages.h"
#include "core/LiveSession.h"

#include <QSet>
#include <memory>
#include <optional>

namespace keyward::core {
class SessionHistory;
}

namespace keyward::admin {

class SessionControl;
class SessionEventPublisher;

class SessionService : public AdminService
{
public:
    SessionService(AdminContext &context, SessionControl &sessions, core::SessionHistory &history)
        : m_context(context), m_sessions(sessions), m_history(history)
    {}

    void registerMethods(ipc::MethodRegistry &registry) override;

    // A session as the admin API shows it (session.list and the session events).
    static api::SessionInfo sessionInfo(core::LiveSession session);
    // One row of session.list (and of session.delta): the session, how long it has
    // lasted at `now`, and its traffic once the data plane has the call.
    static api::SessionListEntry listEntry(core::LiveSession session, const QDateTime &now);
    // The deltas that session.list's revision refers to (none: no revision is sent).
    void setDeltas(const SessionEventPublisher *deltas) { m_deltas = deltas; }

private:
    void list(const Request &request, const Responder &reply);
    void disconnect(const Request &request, const Responder &reply);
    void revoke(const Request &request, const Responder &reply);
    void rekey(const Request &request, const Responder &reply);
    void history(const Request &request, const Responder &reply);
    // The live session with this id, if there is one.
    std::optional<core::LiveSession> find(int id) const;

    AdminContext &m_context;
    SessionControl &m_sessions;
    core::SessionHistory &m_history;
    const SessionEventPublisher *m_deltas = nullptr;
    // Sessions with a rekey under way (shared with the rekeys' completions).
    std::shared_ptr<QSet<int>> m_rekeying = std::make_shared<QSet<int>>();
};

} // namespace keyward::admin
