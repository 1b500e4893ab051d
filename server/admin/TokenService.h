#pragma once

// API tokens for remote consoles: created on the server itself only (shown once,
// only a hash kept), listed, revoked; each change audited.

#include "admin/AdminService.h"

#include <QString>

namespace keyward::core {
class TokenStore;
}

namespace keyward::ipc {
struct IpcRequest;
class IpcResponder;
} // namespace keyward::ipc

namespace keyward::admin {

struct AdminContext;

class TokenService : public AdminService
{
public:
    // `fingerprint`: the TLS certificate's, handed out with a new token so the console
    // can pin it; empty when keywardd has no remote listener.
    TokenService(AdminContext &context, core::TokenStore &tokens, QString fingerprint)
        : m_context(context), m_tokens(tokens), m_fingerprint(std::move(fingerprint))
    {}

    void registerMethods(ipc::MethodRegistry &registry) override;

private:
    void create(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    void list(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);
    void revoke(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);

    AdminContext &m_context;
    core::TokenStore &m_tokens;
    QString m_fingerprint;
};

} // namespace keyward::admin
