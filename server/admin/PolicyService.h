#pragma once

// The security policy: read it with its bounds and weaknesses, and change it. A change
// is saved and audited in one transaction, takes effect once committed, and is
// announced to every console (policy.changed); weak settings are logged.

#include "admin/AdminService.h"

namespace keyward::ipc {
struct IpcRequest;
class IpcResponder;
} // namespace keyward::ipc

namespace keyward::admin {

struct AdminContext;

class PolicyService : public AdminService
{
public:
    explicit PolicyService(AdminContext &context) : m_context(context) {}

    void registerMethods(ipc::MethodRegistry &registry) override;
    // Logs every setting weaker than the safe defaults (at start and after a change).
    void warnAboutWeaknesses() const;

private:
    void get(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    void set(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);

    AdminContext &m_context;
};

} // namespace keyward::admin
