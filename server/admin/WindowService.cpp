#include "admin/WindowService.h"

#include "admin/AdminContext.h"
#include "admin/AuditedChange.h"
#include "api/AdminEvent.h"
#include "api/AdminMethod.h"
#include "api/IsoTime.h"
#include "api/WindowMessages.h"
#include "core/SettingsStore.h"
#include "ipc/MethodRegistry.h"

#include <QDateTime>

namespace keyward::admin {

namespace {

const QString PlanKey = QStringLiteral("changeWindows");

// The plan keeps its windows in the admin API's form; reading them back is the check
// that it still does.
Result<api::ChangeWindowList> windowsOf(const core::ChangeWindowPlan &plan)
{
    auto windows = api::ChangeWindowList::fromJson({{"windows", plan.windows()}});
    if (!windows)
        return fail(ErrorKind::Internal, "the planned change windows: " + windows.message());
    return windows;
}

} // namespace

void WindowService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::WindowList, handler(this, &WindowService::list));
    registry.add(api::Method::WindowPlan, handler(this, &WindowService::plan));
    registry.add(api::Method::WindowCancel, handler(this, &WindowService::cancel));
}

Result<core::ChangeWindowPlan> WindowService::load() const
{
    auto stored = m_context.settings.read(PlanKey);
    if (!stored)
        return stored.error();
    return core::ChangeWindowPlan::fromJson(*stored, QDateTime::currentDateTimeUtc());
}

void WindowService::list(const Request &, const Responder &reply)
{
    auto plan = load();
    if (!plan)
        return reply.error(plan.error());
    auto windows = windowsOf(*plan);
    if (!windows)
        return reply.error(windows.error());
    reply.result(windows->toJson());
}

void WindowService::plan(const Request &request, const Responder &reply)
{
    auto params = api::WindowPlanParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    auto plan = load();
    if (!plan)
        return reply.error(plan.error());
    // The plan checks the values (a title, a start in ISO 8601 and not past, bounds).
    auto stored =
        plan->plan(params->toJson(), request.peer.identity(), QDateTime::currentDateTimeUtc());
    if (!stored)
        return reply.error(stored.error());
    auto window = api::ChangeWindow::fromJson(*stored);
    if (!window)
        return reply.error(
            fail(ErrorKind::Internal, "the planned change window: " + window.message()));
    auto windows = windowsOf(*plan);
    if (!windows)
        return reply.error(windows.error());
    auto done = AuditedChange(m_context, request.peer.identity())
                    .run(api::Method::WindowPlan, window->title,
                         {{"start", api::IsoTime::seconds(window->start)}, {"id", window->id}},
                         [&] { return m_context.settings.write(PlanKey, plan->toJson()); });
    if (!done)
        return reply.error(done.error());
    m_context.publish(api::Event::WindowChanged, windows->toJson());
    reply.result(window->toJson());
}

void WindowService::cancel(const Request &request, const Responder &reply)
{
    const auto id = namedId<api::WindowRef>(request.params);
    if (!id)
        return reply.error(id.error());
    auto plan = load();
    if (!plan)
        return reply.error(plan.error());
    if (!plan->cancel(*id))
        return reply.error(
            fail(ErrorKind::NotFound, "no planned change window with id " + std::to_string(*id)));
    auto windows = windowsOf(*plan);
    if (!windows)
        return reply.error(windows.error());
    auto done = AuditedChange(m_context, request.peer.identity())
                    .run(api::Method::WindowCancel, QString::number(*id), {},
                         [&] { return m_context.settings.write(PlanKey, plan->toJson()); });
    if (!done)
        return reply.error(done.error());
    m_context.publish(api::Event::WindowChanged, windows->toJson());
    reply.result(api::WindowRef{*id}.toJson());
}

} // namespace keyward::admin
