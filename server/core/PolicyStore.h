#pragma once

// The security policy in force, kept in the settings table. Everyone who applies the
// policy reads current(); only a policy change (in its audited transaction) saves a
// new one, and it takes effect once that transaction has committed.

#include "common/Result.h"
#include "core/Policy.h"

namespace keyward::core {

class SettingsStore;

class PolicyStore
{
public:
    explicit PolicyStore(SettingsStore &settings) : m_settings(settings) {}

    // Reads the saved policy over the defaults. A saved policy that is not valid any
    // more is an error naming the setting: keywardd does not start on a policy it
    // cannot enforce.
    Status load();
    const Policy &current() const { return m_policy; }

    // Checks `changes` against the current policy and the bounds, and writes the
    // result (joining the caller's transaction). Nothing is in force until adopt().
    Result<Policy> save(const QJsonObject &changes);
    void adopt(const Policy &policy) { m_policy = policy; }

private:
    SettingsStore &m_settings;
    Policy m_policy;
};

} // namespace keyward::core
