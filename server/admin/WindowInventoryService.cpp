#include "admin/WindowInventoryService.h"

#include "admin/AdminContext.h"
#include "admin/PolicyService.h"
#include "admin/SessionControl.h"
#include "api/AdminMethod.h"
#include "core/AccountRules.h"
#include "core/CredentialStore.h"
#include "core/PolicyStore.h"
#include "core/SessionHistory.h"
#include "ipc/MethodRegistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace keyward::admin {

namespace {

// "128-bit stateless" -> 128; 0 when MPPE never came up.
int mppeBits(const QString &mppe)
{
    return mppe.section(QLatin1Char('-'), 0, 0).toInt();
}

bool allows(const core::Policy &policy, int bits)
{
    switch (bits) {
    case 40:
        return policy.allowMppe40;
    case 56:
        return policy.allowMppe56;
    case 128:
        return policy.allowMppe128;
    default:
        return true; // no MPPE agreed yet: nothing to judge
    }
}

QStringList allowedStrengths(const core::Policy &p)
{
    QStringList out;
    if (p.allowMppe40)
        out << QStringLiteral("40-bit");
    if (p.allowMppe56)
        out << QStringLiteral("56-bit");
    if (p.allowMppe128)
        out << QStringLiteral("128-bit");
    return out;
}

// The credential-age buckets the inventory counts in (days since the password was set).
struct Bucket
{
    int minDays;
    int maxDays; // -1: no upper end
};
constexpr Bucket Buckets[] = {{0, 29}, {30, 59}, {60, 89}, {90, 179}, {180, -1}};

QString bucketLabel(const Bucket &b)
{
    return b.maxDays < 0 ? QStringLiteral("%1+ days").arg(b.minDays)
                         : QStringLiteral("%1-%2 days").arg(b.minDays).arg(b.maxDays);
}

} // namespace

void WindowInventoryService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::WindowInventory, handler(this, &WindowInventoryService::inventory));
    registry.add(api::Method::WindowBaselinePreview,
                 handler(this, &WindowInventoryService::preview));
    registry.add(api::Method::WindowBaselineApply, handler(this, &WindowInventoryService::apply));
}

Result<QJsonObject> WindowInventoryService::baselineChanges(const core::Policy &current,
                                                            const api::BaselineParams &params)
{
    core::Policy target = current;
    target.allowMppe40 = false;
    target.allowMppe56 = false;
    target.allowMppe128 = true;
    target.authMethods = {QStringLiteral("mschapv2")};
    target.maxSessionHours = params.maxSessionHours.value_or(8);
    target.idleTimeoutMinutes =
        params.idleTimeoutMinutes.value_or(std::min(current.idleTimeoutMinutes, 30));
    // The bounds are the policy's own: a limit outside them is refused here, before
    // anything is shown as the baseline.
    core::Policy checked = current;
    if (auto within = checked.apply({{"maxSessionHours", target.maxSessionHours},
                                     {"idleTimeoutMinutes", target.idleTimeoutMinutes}});
        !within)
        return within.error();
    const QJsonObject before = current.toJson(), after = target.toJson();
    QJsonObject changes;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value())
            changes.insert(it.key(), it.value());
    }
    return changes;
}

Result<QList<api::WeakUse>> WindowInventoryService::cutOffBy(const core::Policy &policy)
{
    QList<api::WeakUse> out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> live;
    for (const core::LiveSession &s : m_sessions.sessions()) {
        live.insert(s.user.toLower());
        const int bits = mppeBits(s.mppeStrength);
        QString mppe = s.mppeStrength;
        if (!s.mppeMode.isEmpty())
            mppe += QLatin1Char(' ') + s.mppeMode;
        if (!allows(policy, bits))
            out.append({s.user, s.id, mppe, QStringLiteral("%1-bit MPPE").arg(bits), s.startedAt});
        else if (s.startedAt.isValid() &&
                 s.startedAt.secsTo(now) > qint64(policy.maxSessionHours) * 3600)
            out.append({s.user, s.id, mppe,
                        QStringLiteral("session longer than %1 hours").arg(policy.maxSessionHours),
                        s.startedAt});
    }
    auto recent = m_history.recent(HistoryDepth);
    if (!recent)
        return recent.error();
    // Newest first: each user's latest session decides.
    QSet<QString> judged;
    for (const core::SessionRecord &r : *recent) {
        const QString key = r.user.toLower();
        if (r.user.isEmpty() || r.mppe.isEmpty() || judged.contains(key) || live.contains(key))
            continue;
        judged.insert(key);
        const int bits = mppeBits(r.mppe);
        if (!allows(policy, bits))
            out.append({r.user, 0, r.mppe,
                        QStringLiteral("last signed in with %1-bit MPPE").arg(bits),
                        QDateTime::fromSecsSinceEpoch(r.endedAt, Qt::UTC)});
    }
    return out;
}

void WindowInventoryService::inventory(const Request &, const Responder &reply)
{
    const core::Policy &policy = m_context.policy.current();
    api::WindowInventory inv;
    inv.serverVersion = QCoreApplication::applicationVersion();
    inv.mppeStrengths = allowedStrengths(policy);
    inv.authMethods = policy.authMethods;
    inv.maxSessionHours = policy.maxSessionHours;
    inv.idleTimeoutMinutes = policy.idleTimeoutMinutes;
    inv.passwordMaxAgeDays = policy.passwordMaxAgeDays;
    inv.weaknesses = policy.weaknesses();

    QMap<QString, api::InventoryClient> clients;
    for (const core::LiveSession &s : m_sessions.sessions()) {
        const QString name = s.clientName.isEmpty() ? QStringLiteral("unknown") : s.clientName;
        api::InventoryClient &c = clients[name + QLatin1Char('\n') + s.clientVersion];
        c.name = name;
        c.version = s.clientVersion;
        c.legacy = c.legacy || s.clientLegacy;
        ++c.sessions;
        if (!s.user.isEmpty() && !c.users.contains(s.user, Qt::CaseInsensitive))
            c.users << s.user;
    }
    inv.clients = clients.values();

    auto users = m_context.credentials.listUsers();
    if (!users)
        return reply.error(users.error());
    const core::AccountRules rules(policy);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const Bucket &b : Buckets)
        inv.credentialAge.append({bucketLabel(b), b.minDays, b.maxDays, 0});
    for (const core::UserRecord &u : *users) {
        ++inv.accounts.total;
        if (u.state == core::AccountState::Disabled)
            ++inv.accounts.disabled;
        else if (u.state == core::AccountState::Revoked)
            ++inv.accounts.revoked;
        else if (u.isLocked(now))
            ++inv.accounts.locked;
        else
            ++inv.accounts.active;
        if (u.mustChangePassword)
            ++inv.accounts.mustChange;
        if (rules.passwordExpired(u, now))
            ++inv.accounts.expired;
        const qint64 days = std::max<qint64>(0, (now - u.passwordChangedAt) / 86400);
        for (api::AgeBucket &b : inv.credentialAge) {
            if (days >= b.minDays && (b.maxDays < 0 || days <= b.maxDays)) {
                ++b.count;
                break;
            }
        }
    }
    // Who the baseline would cut off is who still needs weak settings.
    core::Policy baseline = policy;
    baseline.allowMppe40 = baseline.allowMppe56 = false;
    baseline.allowMppe128 = true;
    auto weak = cutOffBy(baseline);
    if (!weak)
        return reply.error(weak.error());
    for (const api::WeakUse &w : std::as_const(*weak)) {
        if (mppeBits(w.mppe) < 128)
            inv.weak.append(w);
    }
    reply.result(inv.toJson());
}

Result<api::BaselineResult> WindowInventoryService::previewFor(const QJsonObject &json)
{
    auto params = api::BaselineParams::fromJson(json);
    if (!params)
        return params.error();
    const core::Policy &current = m_context.policy.current();
    auto changes = baselineChanges(current, *params);
    if (!changes)
        return changes.error();
    core::Policy target = current;
    if (auto applied = target.apply(*changes); !applied)
        return applied.error();
    auto cutOff = cutOffBy(target);
    if (!cutOff)
        return cutOff.error();
    api::BaselineResult result;
    result.changes = *changes;
    result.cutOff = *cutOff;
    return result;
}

void WindowInventoryService::preview(const Request &request, const Responder &reply)
{
    auto result = previewFor(request.params);
    if (!result)
        return reply.error(result.error());
    reply.result(result->toJson());
}

void WindowInventoryService::apply(const Request &request, const Responder &reply)
{
    auto result = previewFor(request.params);
    if (!result)
        return reply.error(result.error());
    // Audited even when the baseline is in force already: the window's record shows
    // that it was applied.
    auto changed =
        m_policy.change(request.peer.identity(), api::Method::WindowBaselineApply, result->changes);
    if (!changed)
        return reply.error(changed.error());
    result->applied = true;
    // The live sessions below the baseline end now; users last seen weak are cut off
    // at their next sign-in by the policy itself.
    for (const api::WeakUse &w : std::as_const(result->cutOff)) {
        if (w.sessionId &&
            m_sessions.end(static_cast<quint16>(w.sessionId),
                           QStringLiteral("below the security baseline"), request.peer.identity()))
            ++result->sessionsEnded;
    }
    reply.result(result->toJson());
}

} // namespace keyward::admin
