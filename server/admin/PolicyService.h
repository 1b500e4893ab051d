#pragma once

// The security policy: read it with its bounds and weaknesses, and change it. A change
// is saved and audited in one transaction, takes effect once committed, and is
// announced to every console (policy.changed); weak settings are logged.

#include "admin/AdminService.h"
#include "core/Policy.h"

namespace keyward::admin {

class PolicyService : public AdminService
{
public:
    explicit PolicyService(AdminContext &context) : m_context(context) {}

    void registerMethods(ipc::MethodRegistry &registry) override;
    // Logs every setting weaker than the safe defaults (at start and after a change).
    void warnAboutWeaknesses() const;
    // Applies `changes` as `actor`, audited as `action` in the same transaction, puts
    // the new policy in force and announces it (policy.changed): what policy.set does,
    // for another step that changes the policy (the change window's baseline).
    [[nodiscard]] Result<core::Policy> change(const QString &actor, const QString &action,
                                              const QJsonObject &changes);

private:
    void get(const Request &request, const Responder &reply);
    void set(const Request &request, const Responder &reply);

    AdminContext &m_context;
};

} // namespace keyward::admin
