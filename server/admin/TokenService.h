#pragma once

// API tokens for remote consoles: created on the server itself only (shown once,
// only a hash kept), listed, revoked; each change audited. A token carries one role,
// optionally an expiry and the networks it may be used from. Who may call these is
// decided by the dispatch (api/AdminRole.h: a local admin), not here.

#include "admin/AdminService.h"

#include <QString>
#include <functional>

namespace keyward::core {
class TokenStore;
}

namespace keyward::admin {

class TokenService : public AdminService
{
public:
    // Called with a token's name once it is revoked, to end its live connections.
    using Revoked = std::function<void(const QString &name)>;

    // `fingerprint`: the TLS certificate's, handed out with a new token so the console
    // can pin it; empty when keywardd has no remote listener.
    TokenService(AdminContext &context, core::TokenStore &tokens, QString fingerprint,
                 Revoked revoked = {})
        : m_context(context), m_tokens(tokens), m_fingerprint(std::move(fingerprint)),
          m_revoked(std::move(revoked))
    {}

    void registerMethods(ipc::MethodRegistry &registry) override;

private:
    void create(const Request &request, const Responder &reply);
    void list(const Request &request, const Responder &reply);
    void revoke(const Request &request, const Responder &reply);

    AdminContext &m_context;
    core::TokenStore &m_tokens;
    QString m_fingerprint;
    Revoked m_revoked;
};

} // namespace keyward::admin
