#pragma once

// One domain of the admin API (users, sessions, policy, ...): it registers its own
// methods and keeps its rules in its own files.

namespace keyward::ipc {
class MethodRegistry;
}

namespace keyward::admin {

class AdminService
{
public:
    virtual ~AdminService() = default;
    virtual void registerMethods(ipc::MethodRegistry &registry) = 0;
};

} // namespace keyward::admin
