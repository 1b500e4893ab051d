#pragma once

// Live and ended sessions: list, disconnect, revoke (end and disable the account),
// rekey (fresh MPPE keys in-session) and the history of ended sessions. The JSON form
// of a session, shared with the session events, is written here once.

#include "admin/AdminService.h"
#include "core/LiveSession.h"

#include <QJsonObject>

namespace keyward::core {
class SessionHistory;
}

namespace keyward::ipc {
struct IpcRequest;
class IpcResponder;
} // namespace keyward::ipc

namespace keyward::admin {

struct AdminContext;
class SessionControl;

class SessionService : public AdminService
{
public:
    SessionService(AdminContext &context, SessionControl &sessions, core::SessionHistory &history)
        : m_context(context), m_sessions(sessions), m_history(history)
    {}

    void registerMethods(ipc::MethodRegistry &registry) override;

    // A session as the admin API shows it (session.list and the session events).
    static QJsonObject toJson(const core::LiveSession &session);

private:
    void list(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    void disconnect(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    void revoke(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    void rekey(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    void history(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);

    AdminContext &m_context;
    SessionControl &m_sessions;
    core::SessionHistory &m_history;
};

} // namespace keyward::admin
