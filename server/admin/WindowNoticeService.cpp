#include "admin/WindowNoticeService.h"

#include "admin/AdminContext.h"
#include "admin/AuditedChange.h"
#include "api/AdminMethod.h"
#include "api/IsoTime.h"
#include "api/WindowMessages.h"
#include "core/ChangeWindowPlan.h"
#include "core/SettingsStore.h"
#include "ipc/MethodRegistry.h"

#include <QRegularExpression>

namespace keyward::admin {

namespace {

const QString TemplateKey = QStringLiteral("windowNotice");
const QString PlanKey = QStringLiteral("changeWindows");
constexpr int MaxTemplateChars = 8192;

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression p(QStringLiteral("\\{([A-Za-z]+)\\}"));
    return p;
}

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

void WindowNoticeService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::WindowNotice, handler(this, &WindowNoticeService::notice));
    registry.add(api::Method::WindowNoticeSet, handler(this, &WindowNoticeService::set));
}

api::NoticeTemplate WindowNoticeService::defaultTemplate()
{
    return {QStringLiteral("VPN maintenance: {title}, {start}"),
            QStringLiteral("Dear VPN user,\n\n"
                           "The VPN server is under maintenance from {start} to {end} "
                           "({duration} minutes): {title}.\n\n"
                           "During this window your VPN password may be replaced. Your "
                           "administrator gives you a one-time password in person or by "
                           "telephone, never by e-mail. At your next sign-in you must choose a "
                           "new password of your own.\n\n"
                           "Connections use 128-bit encryption only from now on: if your VPN "
                           "client cannot connect afterwards, contact your administrator.\n")};
}

QStringList WindowNoticeService::placeholders()
{
    return {QStringLiteral("title"), QStringLiteral("start"), QStringLiteral("end"),
            QStringLiteral("duration"), QStringLiteral("group")};
}

Status WindowNoticeService::check(const api::NoticeTemplate &notice)
{
    if (notice.body.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, "the notice needs a body");
    if (notice.subject.size() + notice.body.size() > MaxTemplateChars)
        return fail(ErrorKind::Invalid, "the notice template is longer than 8192 characters");
    for (const QString &text : {notice.subject, notice.body}) {
        auto it = placeholderPattern().globalMatch(text);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!placeholders().contains(name))
                return fail(ErrorKind::Invalid,
                            ("the notice template uses {" + name + "}, which is not one of {" +
                             placeholders().join(QStringLiteral("}, {")) + "}")
                                .toStdString());
        }
    }
    return {};
}

QString WindowNoticeService::render(const QString &text, const QMap<QString, QString> &values,
                                    bool html)
{
    QString out;
    qsizetype from = 0;
    auto it = placeholderPattern().globalMatch(text);
    auto literal = [html](const QString &s) { return html ? s.toHtmlEscaped() : s; };
    while (it.hasNext()) {
        const auto m = it.next();
        out += literal(text.mid(from, m.capturedStart() - from));
        out += literal(values.value(m.captured(1)));
        from = m.capturedEnd();
    }
    out += literal(text.mid(from));
    return out;
}

Result<api::NoticeTemplate> WindowNoticeService::load() const
{
    auto stored = m_context.settings.read(TemplateKey);
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return defaultTemplate();
    auto read = api::NoticeTemplate::fromJson(*stored);
    if (!read)
        return fail(ErrorKind::Internal, "the stored notice template: " + read.message());
    return read;
}

void WindowNoticeService::notice(const Request &request, const Responder &reply)
{
    auto params = api::WindowNoticeParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    api::ChangeWindow window;
    if (params->id) {
        auto stored = m_context.settings.read(PlanKey);
        if (!stored)
            return reply.error(stored.error());
        const core::ChangeWindowPlan plan =
            core::ChangeWindowPlan::fromJson(*stored, QDateTime::currentDateTimeUtc());
        auto windows = api::ChangeWindowList::fromJson({{"windows", plan.windows()}});
        if (!windows)
            return reply.error(
                fail(ErrorKind::Internal, "the planned windows: " + windows.message()));
        const auto found =
            std::find_if(windows->windows.cbegin(), windows->windows.cend(),
                         [&](const api::ChangeWindow &w) { return w.id == *params->id; });
        if (found == windows->windows.cend())
            return reply.error(fail(ErrorKind::NotFound, "no planned change window with id " +
                                                             std::to_string(*params->id)));
        window = *found;
    } else {
        window.title = params->title.trimmed();
        window.start = QDateTime::fromString(params->start, Qt::ISODate).toUTC();
        window.durationMinutes = params->durationMinutes.value_or(60);
        if (window.title.isEmpty() || !window.start.isValid() || window.durationMinutes < 1)
            return reply.error(fail(ErrorKind::Invalid,
                                    "name a planned window (id), or give a title, a start in "
                                    "ISO 8601 UTC (2026-12-01T17:00:00Z) and a duration"));
    }
    auto templ = load();
    if (!templ)
        return reply.error(templ.error());
    const QMap<QString, QString> values{
        {QStringLiteral("title"), window.title},
        {QStringLiteral("start"), utc(window.start)},
        {QStringLiteral("end"), utc(window.end())},
        {QStringLiteral("duration"), QString::number(window.durationMinutes)},
        {QStringLiteral("group"), window.group}};
    api::NoticeText text;
    text.templ = *templ;
    text.subject = render(templ->subject, values, false);
    text.text = render(templ->body, values, false);
    QString html = render(templ->body, values, true);
    html.replace(QStringLiteral("\n\n"), QStringLiteral("</p>\n<p>"));
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>\n"));
    html.replace(QStringLiteral("</p><br>\n<p>"), QStringLiteral("</p>\n<p>"));
    text.html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1"
                               "</title></head>\n<body><p>%2</p></body></html>\n")
                    .arg(render(templ->subject, values, true), html);
    reply.result(text.toJson());
}

void WindowNoticeService::set(const Request &request, const Responder &reply)
{
    auto params = api::NoticeTemplate::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    if (auto ok = check(*params); !ok)
        return reply.error(ok.error());
    auto done = AuditedChange(m_context, request.peer.identity())
                    .run(api::Method::WindowNoticeSet, QStringLiteral("notice"),
                         {{"subject", params->subject}, {"bodyChars", int(params->body.size())}},
                         [&] { return m_context.settings.write(TemplateKey, params->toJson()); });
    if (!done)
        return reply.error(done.error());
    reply.result(params->toJson());
}

} // namespace keyward::admin
