#pragma once

// The change window's inventory and baseline. window.inventory (auditors may read it):
// the server's version and the settings that matter, the client programs on live
// sessions, accounts by state and credential age, and who still needs weak settings.
// window.baseline.preview says who the baseline (128-bit MPPE only, MS-CHAPv2 only,
// session limits) would cut off; window.baseline.apply puts it in force through the
// policy service (audited, announced) and ends the live sessions below it.

#include "admin/AdminService.h"
#include "api/WindowInventoryMessages.h"
#include "common/Result.h"
#include "core/Policy.h"

namespace keyward::core {
class SessionHistory;
}

namespace keyward::admin {

class PolicyService;
class SessionControl;

class WindowInventoryService : public AdminService
{
public:
    // How many ended sessions the inventory reads to find who was last seen weak.
    static constexpr int HistoryDepth = 5000;

    WindowInventoryService(AdminContext &context, SessionControl &sessions,
                           core::SessionHistory &history, PolicyService &policy)
        : m_context(context), m_sessions(sessions), m_history(history), m_policy(policy)
    {}

    void registerMethods(ipc::MethodRegistry &registry) override;

    // The policy changes the baseline makes over `current` (only what differs).
    [[nodiscard]] static Result<QJsonObject> baselineChanges(const core::Policy &current,
                                                             const api::BaselineParams &params);

private:
    void inventory(const Request &request, const Responder &reply);
    void preview(const Request &request, const Responder &reply);
    void apply(const Request &request, const Responder &reply);

    // Who a policy cuts off: live sessions it would not allow (with their ids), and
    // users whose latest session in the history it would not allow.
    Result<QList<api::WeakUse>> cutOffBy(const core::Policy &policy);
    Result<api::BaselineResult> previewFor(const QJsonObject &params);

    AdminContext &m_context;
    SessionControl &m_sessions;
    core::SessionHistory &m_history;
    PolicyService &m_policy;
};

} // namespace keyward::admin
