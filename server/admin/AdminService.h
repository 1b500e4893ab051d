#pragma once

// One domain of the admin API (users, sessions, policy, ...): it registers its own
// methods and keeps its rules in its own files.

#include "common/Result.h"
#include "ipc/MethodRegistry.h"

#include <QJsonObject>

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

    // The id that a method's params name (a session, a change window), read with the
    // method's params type `Ref`. An absent id names nothing: -1, which the caller
    // answers as not found, as keywardd always has. A mistyped one is the type's
    // invalid-params error, naming the field.
    template <typename Ref> static Result<int> namedId(const QJsonObject &params)
    {
        if (!params.contains(QLatin1String("id")))
            return -1;
        auto ref = Ref::fromJson(params);
        if (!ref)
            return ref.error();
        return ref->id;
    }
};

} // namespace keyward::admin
