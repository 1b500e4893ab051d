#pragma once

// One domain of the admin API (users, sessions, policy, ...): it registers its own
// methods and keeps its rules in its own files.

#include "ipc/MethodRegistry.h"

namespace keyward::admin {

struct AdminContext;

class AdminService
{
public:
    virtual ~AdminService() = default;
    virtual void registerMethods(ipc::MethodRegistry &registry) = 0;

protected:
    using Request = ipc::IpcRequest;
    using Responder = ipc::IpcResponder;

    // A method handler that calls one of the service's member functions.
    template <typename Service>
    static ipc::MethodRegistry::Handler
    handler(Service *service, void (Service::*method)(const Request &, const Responder &))
    {
        return [service, method](const Request &request, const Responder &reply) {
            (service->*method)(request, reply);
        };
    }
};

} // namespace keyward::admin
