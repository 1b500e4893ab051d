#pragma once

// Planned change windows, kept as one setting and shared by every console: list,
// plan and cancel, each change audited and announced (window.changed).

#include "admin/AdminService.h"
#include "common/Result.h"
#include "core/ChangeWindowPlan.h"

namespace keyward::ipc {
struct IpcRequest;
class IpcResponder;
} // namespace keyward::ipc

namespace keyward::admin {

struct AdminContext;

class WindowService : public AdminService
{
public:
    explicit WindowService(AdminContext &context) : m_context(context) {}

    void registerMethods(ipc::MethodRegistry &registry) override;

private:
    void list(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    void plan(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    void cancel(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    Result<core::ChangeWindowPlan> load() const;

    AdminContext &m_context;
};

} // namespace keyward::admin
