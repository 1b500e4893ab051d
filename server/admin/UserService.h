#pragma once

// Users and their credentials: add, list, show, disable and enable, unlock, delete,
// reset, groups, CSV import, bulk rotation and the expiry schedule. Every change is
// audited in its own transaction; a change that takes a credential away also ends
// the user's running sessions, so the next MPPE keys come from the new state.

#include "admin/AdminService.h"
#include "common/Result.h"
#include "core/UserRecord.h"

#include <QJsonObject>
#include <QString>

namespace keyward::ipc {
struct IpcRequest;
class IpcResponder;
} // namespace keyward::ipc

namespace keyward::admin {

struct AdminContext;
class SessionControl;

class UserService : public AdminService
{
public:
    UserService(AdminContext &context, SessionControl &sessions)
        : m_context(context), m_sessions(sessions)
    {}

    void registerMethods(ipc::MethodRegistry &registry) override;

private:
    void add(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    void list(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    void show(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    void setState(const ipc::IpcRequest &request, const ipc::IpcResponder &reply,
                  core::AccountState state, const QString &action);
    void unlock(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    void remove(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    void reset(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    void groups(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    void import(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    void rotate(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    void expiring(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);

    // A fresh one-time password and its NT hash.
    struct OneTimePassword
    {
        QString password;
        core::NtHash hash{};
    };
    Result<OneTimePassword> oneTimePassword() const;

    AdminContext &m_context;
    SessionControl &m_sessions;
};

} // namespace keyward::admin
