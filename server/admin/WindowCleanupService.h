#pragma once

// The end of a change window. window.temporary lists the temporary credentials still
// outstanding; window.cleanup expires the unused ones now and revokes the accounts
// chosen, ending their sessions, all in one audited transaction. Once a minute the
// unused temporary credentials past their expiry are expired by keywardd itself
// (audited as the system): the account is disabled.

#include "admin/AdminService.h"
#include "api/WindowStepMessages.h"
#include "common/Result.h"

#include <QObject>
#include <QTimer>

namespace keyward::admin {

class SessionControl;

class WindowCleanupService : public QObject, public AdminService
{
    Q_OBJECT

public:
    // The audit action of an expiry that fell due (window.cleanup is the admin's).
    static inline const QString ExpiredAction = QStringLiteral("window.temporary.expire");

    WindowCleanupService(AdminContext &context, SessionControl &sessions);

    void registerMethods(ipc::MethodRegistry &registry) override;
    // Checks once a minute from now on.
    void startExpiry();
    // Expires the unused temporary credentials whose expiry is at or before `now`, and
    // forgets those that were used. Public for tests.
    [[nodiscard]] Result<api::WindowCleanupResult> expireDue(const QDateTime &now);

private:
    void list(const Request &request, const Responder &reply);
    void cleanup(const Request &request, const Responder &reply);
    // Expires (all unused, or those due by `due`) and revokes `revoke`, as `actor`.
    Result<api::WindowCleanupResult> run(const QString &actor, const QString &action,
                                         std::optional<QDateTime> due, const QStringList &revoke);

    AdminContext &m_context;
    SessionControl &m_sessions;
    QTimer m_timer;
};

} // namespace keyward::admin
