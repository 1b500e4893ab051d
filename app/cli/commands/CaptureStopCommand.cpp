#include "cli/commands/CaptureStopCommand.h"

#include "api/AdminMethod.h"
#include "api/CaptureMessages.h"

namespace keyward::cli {

Result<CommandRequest> CaptureStopCommand::parse(const QStringList &args,
                                                 const CommandInput &) const
{
    if (auto counted = count(args, 0, 1); !counted)
        return counted.error();
    if (args.isEmpty())
        return CommandRequest{api::Method::CaptureStop, {}};
    auto id = number(args[0], QStringLiteral("ID"), 1);
    if (!id)
        return id.error();
    return CommandRequest{api::Method::CaptureStop, api::CaptureRef{*id}.toJson()};
}

Result<CommandOutput> CaptureStopCommand::present(const QJsonObject &result) const
{
    auto info = api::CaptureInfo::fromJson(result);
    if (!info)
        return info.error();
    QString text = QStringLiteral("capture %1 %2: %3 packets, %4 dropped by the kernel, %5 bytes "
                                  "in %6 file(s)\n")
                       .arg(info->id)
                       .arg(info->state)
                       .arg(info->packets)
                       .arg(info->kernelDropped)
                       .arg(info->bytes)
                       .arg(info->files);
    if (!info->error.isEmpty())
        text += QStringLiteral("error: %1\n").arg(info->error);
    return CommandOutput{text};
}

} // namespace keyward::cli
