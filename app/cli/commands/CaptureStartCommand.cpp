#include "cli/commands/CaptureStartCommand.h"

#include "api/AdminMethod.h"
#include "api/CaptureMessages.h"

namespace keyward::cli {

Result<CommandRequest> CaptureStartCommand::parse(const QStringList &args,
                                                  const CommandInput &) const
{
    api::CaptureStartParams params;
    for (int i = 0; i < args.size(); ++i) {
        const QString &flag = args[i];
        if (i + 1 >= args.size())
            return usage(QStringLiteral("%1 needs a value").arg(flag));
        const QString value = args[++i];
        if (flag == QLatin1String("--filter")) {
            params.filter = value;
        } else if (flag == QLatin1String("--interface")) {
            params.interface = value;
        } else if (flag == QLatin1String("--snaplen")) {
            auto n = number(value, QStringLiteral("--snaplen"), 64);
            if (!n)
                return n.error();
            params.snaplen = *n;
        } else if (flag == QLatin1String("--max-file-bytes")) {
            bool ok = false;
            params.maxFileBytes = value.toLongLong(&ok);
            if (!ok || params.maxFileBytes < 65536)
                return usage(QStringLiteral("--max-file-bytes must be at least 65536"));
        } else if (flag == QLatin1String("--max-files")) {
            auto n = number(value, QStringLiteral("--max-files"), 1);
            if (!n)
                return n.error();
            params.maxFiles = *n;
        } else {
            return usage(QStringLiteral("unknown option %1").arg(flag));
        }
    }
    // The checks the server makes, before anything is sent.
    auto checked = api::CaptureStartParams::fromJson(params.toJson());
    if (!checked)
        return usage(QString::fromStdString(checked.message()));
    return CommandRequest{api::Method::CaptureStart, params.toJson()};
}

Result<CommandOutput> CaptureStartCommand::present(const QJsonObject &result) const
{
    auto info = api::CaptureInfo::fromJson(result);
    if (!info)
        return info.error();
    return CommandOutput{QStringLiteral("capture %1 started on %2 with the filter \"%3\"\n")
                             .arg(info->id)
                             .arg(info->interface, info->filter)};
}

} // namespace keyward::cli
