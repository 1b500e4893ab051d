#include "cli/commands/WindowNoticeTemplateCommand.h"

#include "api/AdminMethod.h"
#include "api/WindowStepMessages.h"

namespace keyward::cli {

Result<CommandRequest> WindowNoticeTemplateCommand::parse(const QStringList &args,
                                                          const CommandInput &input) const
{
    if (args.size() != 2 || !args.contains(QStringLiteral("--body-stdin")))
        return expects();
    api::NoticeTemplate notice;
    notice.subject = args[0] == QLatin1String("--body-stdin") ? args[1] : args[0];
    notice.body = input.stdinText;
    if (notice.body.trimmed().isEmpty())
        return usage(QStringLiteral("the body comes on stdin, and stdin was empty"));
    return CommandRequest{api::Method::WindowNoticeSet, notice.toJson()};
}

Result<CommandOutput> WindowNoticeTemplateCommand::present(const QJsonObject &result) const
{
    auto notice = api::NoticeTemplate::fromJson(result);
    if (!notice)
        return notice.error();
    return CommandOutput{
        QStringLiteral("notice template stored (subject: %1)\n").arg(notice->subject)};
}

} // namespace keyward::cli
