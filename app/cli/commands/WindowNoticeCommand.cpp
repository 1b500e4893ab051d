#include "cli/commands/WindowNoticeCommand.h"

#include "api/AdminMethod.h"
#include "api/WindowStepMessages.h"

namespace keyward::cli {

Result<CommandRequest> WindowNoticeCommand::parse(const QStringList &args,
                                                  const CommandInput &) const
{
    api::WindowNoticeParams params;
    if (args.size() == 1) {
        auto id = number(args[0], QStringLiteral("ID"), 1);
        if (!id)
            return id.error();
        params.id = *id;
        return CommandRequest{api::Method::WindowNotice, params.toJson()};
    }
    for (int i = 0; i < args.size(); ++i) {
        if (i + 1 >= args.size())
            return expects();
        const QString &a = args[i], &value = args[++i];
        if (a == QLatin1String("--title")) {
            params.title = value;
        } else if (a == QLatin1String("--start")) {
            params.start = value;
        } else if (a == QLatin1String("--minutes")) {
            auto minutes = number(value, QStringLiteral("M"), 1);
            if (!minutes)
                return minutes.error();
            params.durationMinutes = *minutes;
        } else {
            return expects();
        }
    }
    if (params.title.isEmpty() || params.start.isEmpty())
        return expects();
    return CommandRequest{api::Method::WindowNotice, params.toJson()};
}

Result<CommandOutput> WindowNoticeCommand::present(const QJsonObject &result) const
{
    auto notice = api::NoticeText::fromJson(result);
    if (!notice)
        return notice.error();
    return CommandOutput{QStringLiteral("Subject: %1\n\n%2\n--- HTML ---\n%3")
                             .arg(notice->subject, notice->text, notice->html)};
}

} // namespace keyward::cli
