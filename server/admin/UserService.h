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

namespace keyward::admin {

class SessionControl;

class UserService : public AdminService
{
public:
    UserService(AdminContext &context, SessionControl &sessions)
        : m_context(context), m_sessions(sessions)
    {}

    void registerMethods(ipc::MethodRegistry &registry) override;

private:
    void add(const Request &request, const Responder &reply);
    void list(const Request &request, const Responder &reply);
    void show(const Request &request, const Responder &reply);
    void setState(const Request &request, const Responder &reply, core::AccountState state,
                  const QString &action);
    void unlock(const Request &request, const Responder &reply);
    void remove(const Request &request, const Responder &reply);
    void reset(const Request &request, const Responder &reply);
    void groups(const Request &request, const Responder &reply);
    void import(const Request &request, const Responder &reply);
    void rotate(const Request &request, const Responder &reply);
    void expiring(const Request &request, const Responder &reply);

    // A fresh one-time password and its NT hash.
    struct FreshPassword
    {
        QString password;
        core::NtHash hash{};
    };
    Result<FreshPassword> oneTimePassword() const;

    AdminContext &m_context;
    SessionControl &m_sessions;
};

} // namespace keyward::admin
