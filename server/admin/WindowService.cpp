#include "admin/WindowService.h"

#include "admin/AdminContext.h"
#include "admin/AuditedChange.h"
#include "api/AdminEvent.h"
#include "api/AdminMethod.h"
#include "core/SettingsStore.h"
#include "ipc/MethodRegistry.h"

#include <QDateTime>

namespace keyward::admin {

using ipc::IpcRequest;
using ipc::IpcResponder;

namespace {
const QString PlanKey = QStringLiteral("changeWindows");
} // namespace

void WindowService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::WindowList,
                 [this](const IpcRequest &r, const IpcResponder &reply) { list(r, reply); });
    registry.add(api::Method::WindowPlan,
                 [this](const IpcRequest &r, const IpcResponder &reply) { plan(r, reply); });
    registry.add(api::Method::WindowCancel,
                 [this](const IpcRequest &r, const IpcResponder &reply) { cancel(r, reply); });
}

Result<core::ChangeWindowPlan> WindowService::load() const
{
    auto stored = m_context.settings.read(PlanKey);
    if (!stored)
        return stored.error();
    return core::ChangeWindowPlan::fromJson(*stored, QDateTime::currentDateTimeUtc());
}

void WindowService::list(const IpcRequest &, const IpcResponder &reply)
{
    auto plan = load();
    if (!plan)
        return reply.error(plan.error());
    reply.result({{"windows", plan->windows()}});
}

void WindowService::plan(const IpcRequest &request, const IpcResponder &reply)
{
    auto plan = load();
    if (!plan)
        return reply.error(plan.error());
    auto window =
        plan->plan(request.params, request.peer.identity(), QDateTime::currentDateTimeUtc());
    if (!window)
        return reply.error(window.error());
    auto done = AuditedChange(m_context, request.peer.identity())
                    .run(api::Method::WindowPlan, window->value("title").toString(),
                         {{"start", window->value("start")}, {"id", window->value("id")}},
                         [&] { return m_context.settings.write(PlanKey, plan->toJson()); });
    if (!done)
        return reply.error(done.error());
    m_context.publish(api::Event::WindowChanged, {{"windows", plan->windows()}});
    reply.result(*window);
}

void WindowService::cancel(const IpcRequest &request, const IpcResponder &reply)
{
    const int id = request.params.value("id").toInt(-1);
    auto plan = load();
    if (!plan)
        return reply.error(plan.error());
    if (!plan->cancel(id))
        return reply.error(
            fail(ErrorKind::NotFound, "no planned change window with id " + std::to_string(id)));
    auto done = AuditedChange(m_context, request.peer.identity())
                    .run(api::Method::WindowCancel, QString::number(id), {},
                         [&] { return m_context.settings.write(PlanKey, plan->toJson()); });
    if (!done)
        return reply.error(done.error());
    m_context.publish(api::Event::WindowChanged, {{"windows", plan->windows()}});
    reply.result({{"id", id}});
}

} // namespace keyward::admin
