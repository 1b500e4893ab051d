#include "core/PolicyStore.h"

#include "core/SettingsStore.h"

namespace keyward::core {

namespace {
const QString PolicyKey = QStringLiteral("policy");
} // namespace

Status PolicyStore::load()
{
    auto saved = m_settings.read(PolicyKey);
    if (!saved)
        return saved.error();
    Policy policy;
    if (auto applied = policy.apply(*saved); !applied)
        return fail(ErrorKind::Invalid, "the saved policy is not valid: " + applied.message());
    m_policy = policy;
    return {};
}

Result<Policy> PolicyStore::save(const QJsonObject &changes)
{
    Policy next = m_policy;
    if (auto applied = next.apply(changes); !applied)
        return applied.error();
    if (auto written = m_settings.write(PolicyKey, next.toJson()); !written)
        return written.error();
    return next;
}

} // namespace keyward::core
