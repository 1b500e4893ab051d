#pragma once

// The server at a glance (status): version, where it listens, how many sessions, the
// settings weaker than the safe defaults, the latest failed sign-ins, who judges
// sign-ins with the health of each RADIUS server, and RADIUS accounting's queue.

#include "admin/AdminService.h"
#include "api/StatusMessages.h"

#include <QString>

namespace keyward::radius {
class RadiusAccounting;
class RadiusClient;
} // namespace keyward::radius

namespace keyward::admin {

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

    // Who judges sign-ins, and the RADIUS parts whose figures status reads.
    struct SignIn
    {
        QString backend;                              // signin-backend
        QList<api::SignInGroup> groups;               // signin-backend-group lines, in order
        const radius::RadiusClient *radius = nullptr; // null: no RADIUS sign-in
        const radius::RadiusAccounting *accounting = nullptr; // null: accounting off
    };

    StatusService(AdminContext &context, SessionControl &sessions, const SignInActivity &signIns,
                  Listening listening, SignIn signIn)
        : m_context(context), m_sessions(sessions), m_signIns(signIns),
          m_listening(std::move(listening)), m_signIn(std::move(signIn))
    {}
    // Sign-ins judged by the local store alone, no RADIUS.
    StatusService(AdminContext &context, SessionControl &sessions, const SignInActivity &signIns,
                  Listening listening)
        : StatusService(context, sessions, signIns, std::move(listening),
                        SignIn{QStringLiteral("local"), {}, nullptr, nullptr})
    {}

    // status.signIn and status.accounting as they are now.
    api::SignInStatus signInStatus() const;
    std::optional<api::AccountingStatus> accountingStatus() const;

    void registerMethods(ipc::MethodRegistry &registry) override;

private:
    void status(const Request &request, const Responder &reply);

    AdminContext &m_context;
    SessionControl &m_sessions;
    const SignInActivity &m_signIns;
    Listening m_listening;
    SignIn m_signIn;
};

} // namespace keyward::admin
