#pragma once

// The audit trail: list it with filters, verify its hash chain, and keep it within the
// policy's retention (pruned at start and then daily, the chain re-anchored).

#include "admin/AdminService.h"

#include <QObject>
#include <QTimer>

namespace keyward::ipc {
struct IpcRequest;
class IpcResponder;
} // namespace keyward::ipc

namespace keyward::admin {

struct AdminContext;

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
    void list(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    void verify(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);

    AdminContext &m_context;
    QTimer m_retention;
};

} // namespace keyward::admin
