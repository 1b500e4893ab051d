#pragma once

// The server at a glance (status): version, where it listens, how many sessions, the
// settings weaker than the safe defaults and the latest failed sign-ins.

#include "admin/AdminService.h"

#include <QString>

namespace keyward::ipc {
struct IpcRequest;
class IpcResponder;
} // namespace keyward::ipc

namespace keyward::admin {

struct AdminContext;
class SessionControl;
class SignInActivity;

class StatusService : public AdminService
{
public:
    struct Listening
    {
        QString pptp;        // the PPTP listen address
        QString admin;       // HOST:PORT of the TLS listener, or empty
        QString fingerprint; // its certificate's, or empty
    };

    StatusService(AdminContext &context, SessionControl &sessions, const SignInActivity &signIns,
                  Listening listening)
        : m_context(context), m_sessions(sessions), m_signIns(signIns),
          m_listening(std::move(listening))
    {}

    void registerMethods(ipc::MethodRegistry &registry) override;

private:
    void status(const ipc::IpcRequest &request, const ipc::IpcResponder &reply);

    AdminContext &m_context;
    SessionControl &m_sessions;
    const SignInActivity &m_signIns;
    Listening m_listening;
};

} // namespace keyward::admin
