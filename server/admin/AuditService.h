#pragma once

// The audit trail: list it with filters, verify its hash chain, and keep it within the
// policy's retention (pruned at start and then daily, the chain re-anchored).

#include "admin/AdminService.h"

#include <QObject>
#include <QTimer>

namespace keyward::admin {

class AuditService : public QObject, public AdminService
{
    Q_OBJECT

public:
    explicit AuditService(AdminContext &context, QObject *parent = nullptr);

    void registerMethods(ipc::MethodRegistry &registry) override;
    // Prunes now, then once a day.
    void startRetention();
    void pruneExpired();

private:
    void list(const Request &request, const Responder &reply);
    void verify(const Request &request, const Responder &reply);

    AdminContext &m_context;
    QTimer m_retention;
};

} // namespace keyward::admin
