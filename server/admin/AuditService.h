#pragma once

// The audit trail: list it with filters, verify its chain and anchors, anchor its head
// outside the database (at start, every AnchorIntervalMs while it moves, and at a clean
// stop, by the AuditLog), and keep the records within the policy's retention: the
// audit trail (re-anchored) and the session history, pruned at start and then daily,
// each pruning audited.

#include "admin/AdminService.h"

#include <QObject>
#include <QTimer>

namespace keyward::core {
class SessionHistory;
}

namespace keyward::admin {

class AuditService : public QObject, public AdminService
{
    Q_OBJECT

public:
    static constexpr int AnchorIntervalMs = 10 * 60 * 1000;

    AuditService(AdminContext &context, core::SessionHistory &history, QObject *parent = nullptr);

    void registerMethods(ipc::MethodRegistry &registry) override;
    // Prunes and anchors now, then prunes once a day and anchors every AnchorIntervalMs.
    void startRetention();
    // Removes audit entries and ended sessions older than the policy's retention, as
    // of `nowMs` (never past the newest record's time minus the retention).
    void pruneExpired(qint64 nowMs);
    void anchor(qint64 nowMs);

private:
    void list(const Request &request, const Responder &reply);
    void verify(const Request &request, const Responder &reply);
    void pruneHistory(qint64 retentionMs, qint64 nowMs);

    AdminContext &m_context;
    core::SessionHistory &m_history;
    QTimer m_retention;
    QTimer m_anchoring;
};

} // namespace keyward::admin
