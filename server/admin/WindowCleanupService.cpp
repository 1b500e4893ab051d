#include "admin/WindowCleanupService.h"

#include "admin/AdminContext.h"
#include "admin/AuditedChange.h"
#include "admin/SessionControl.h"
#include "admin/TemporaryCredentials.h"
#include "api/AdminMethod.h"
#include "core/CredentialStore.h"
#include "ipc/MethodRegistry.h"

#include <QJsonArray>
#include <QLoggingCategory>

namespace keyward::admin {

Q_LOGGING_CATEGORY(lcCleanup, "keyward.window")

WindowCleanupService::WindowCleanupService(AdminContext &context, SessionControl &sessions)
    : m_context(context), m_sessions(sessions)
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        auto done = expireDue(QDateTime::currentDateTimeUtc());
        if (!done)
            qCWarning(lcCleanup).noquote()
                << "temporary credentials not expired:" << QString::fromStdString(done.message());
    });
}

void WindowCleanupService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::WindowTemporary, handler(this, &WindowCleanupService::list));
    registry.add(api::Method::WindowCleanup, handler(this, &WindowCleanupService::cleanup));
}

void WindowCleanupService::startExpiry()
{
    m_timer.start();
}

void WindowCleanupService::list(const Request &, const Responder &reply)
{
    auto temporary = TemporaryCredentials::load(m_context.settings);
    if (!temporary)
        return reply.error(temporary.error());
    reply.result(temporary->toList().toJson());
}

void WindowCleanupService::cleanup(const Request &request, const Responder &reply)
{
    auto params = api::WindowCleanupParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    if (!params->expireUnused && params->revoke.isEmpty())
        return reply.error(
            fail(ErrorKind::Invalid, "say what to clean up: expireUnused, or accounts to revoke"));
    auto done =
        run(request.peer.identity(), api::Method::WindowCleanup,
            params->expireUnused ? std::optional<QDateTime>() : QDateTime(), params->revoke);
    if (!done)
        return reply.error(done.error());
    reply.result(done->toJson());
}

Result<api::WindowCleanupResult> WindowCleanupService::expireDue(const QDateTime &now)
{
    auto temporary = TemporaryCredentials::load(m_context.settings);
    if (!temporary)
        return temporary.error();
    bool due = false;
    for (const api::TemporaryCredential &c : temporary->all())
        due = due || c.expiresAt <= now;
    if (!due)
        return api::WindowCleanupResult{};
    return run(QStringLiteral("system"), ExpiredAction, now, {});
}

// `due`: nullopt expires every unused credential; a null time expires none; else
// those whose expiry is at or before it.
Result<api::WindowCleanupResult> WindowCleanupService::run(const QString &actor,
                                                           const QString &action,
                                                           std::optional<QDateTime> due,
                                                           const QStringList &revoke)
{
    api::WindowCleanupResult result;
    auto done =
        AuditedChange(m_context, actor)
            .run(action, QStringLiteral("accounts"), [&]() -> Result<QJsonObject> {
                auto temporary = TemporaryCredentials::load(m_context.settings);
                if (!temporary)
                    return temporary.error();
                const auto credentials = temporary->all();
                for (const api::TemporaryCredential &c : credentials) {
                    if (due && (!due->isValid() || c.expiresAt > *due))
                        continue;
                    auto user = m_context.credentials.findUser(c.name);
                    if (!user)
                        return user.error();
                    temporary->remove(c.name);
                    if (!user->has_value())
                        continue; // deleted since
                    if (!TemporaryCredentials::unused(c, **user)) {
                        result.used << c.name;
                        continue;
                    }
                    if (auto disabled =
                            m_context.credentials.setState(c.name, core::AccountState::Disabled);
                        !disabled)
                        return disabled.error();
                    result.expired << c.name;
                }
                for (const QString &name : revoke) {
                    if (auto revoked =
                            m_context.credentials.setState(name, core::AccountState::Revoked);
                        !revoked)
                        return revoked.error();
                    temporary->remove(name);
                    result.revoked << name;
                }
                if (auto saved = temporary->save(m_context.settings); !saved)
                    return saved.error();
                return QJsonObject{{"expired", QJsonArray::fromStringList(result.expired)},
                                   {"revoked", QJsonArray::fromStringList(result.revoked)},
                                   {"used", QJsonArray::fromStringList(result.used)}};
            });
    if (!done)
        return done.error();
    for (const QString &name : std::as_const(result.expired))
        result.sessionsEnded +=
            m_sessions.endSessionsOf(name, QStringLiteral("temporary credential expired"), actor);
    for (const QString &name : std::as_const(result.revoked))
        result.sessionsEnded +=
            m_sessions.endSessionsOf(name, QStringLiteral("account revoked"), actor);
    return result;
}

} // namespace keyward::admin
