#pragma once

// Planned change windows, kept as one setting and shared by every console: list,
// plan and cancel, each change audited and announced (window.changed).

#include "admin/AdminService.h"
#include "common/Result.h"
#include "core/ChangeWindowPlan.h"

namespace keyward::admin {

class WindowService : public AdminService
{
public:
    explicit WindowService(AdminContext &context) : m_context(context) {}

    void registerMethods(ipc::MethodRegistry &registry) override;

private:
    void list(const Request &request, const Responder &reply);
    void plan(const Request &request, const Responder &reply);
    void cancel(const Request &request, const Responder &reply);
    Result<core::ChangeWindowPlan> load() const;

    AdminContext &m_context;
};

} // namespace keyward::admin
