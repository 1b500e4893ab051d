#include "cli/commands/CaptureAnalyzeCommand.h"

#include "dissect/CaptureAnalysis.h"
#include "file/PcapFileReader.h"

#include <QFile>
#include <QJsonDocument>

namespace keyward::cli {

Result<CommandRequest> CaptureAnalyzeCommand::parse(const QStringList &args,
                                                    const CommandInput &) const
{
    if (auto counted = count(args, 1, 1); !counted)
        return counted.error();
    if (args.first().startsWith(QLatin1String("--")))
        return expects();
    return CommandRequest{QStringLiteral("capture.analyze"),
                          {{QStringLiteral("file"), args.first()}}};
}

Result<CommandOutput> CaptureAnalyzeCommand::present(const QJsonObject &result) const
{
    for (const char *key : {"packets", "sessions", "findings", "users", "clients"})
        if (!result.contains(QLatin1String(key)))
            return fail(QStringLiteral("the capture report is missing '%1'")
                            .arg(QLatin1String(key))
                            .toStdString());
    return CommandOutput{indented(result)};
}

Result<CommandOutput> CaptureAnalyzeCommand::runOffline(const CommandRequest &request,
                                                        const CommandInput &, bool json) const
{
    const QString path = request.params.value(QStringLiteral("file")).toString();
    QFile file(path);
    if (!file.exists())
        return fail(ErrorKind::NotFound,
                    QStringLiteral("%1: no such file").arg(path).toStdString());
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            ErrorKind::Unavailable,
            QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()).toStdString());
    capture::CaptureAnalysis analysis;
    const Status read =
        capture::PcapFileReader::forEach(file, [&analysis](capture::PacketRecord &&packet) {
            analysis.add(packet);
            return true;
        });
    const capture::CaptureReport report = analysis.report();
    if (!read.ok() && report.packets == 0)
        return fail(QStringLiteral("%1: %2")
                        .arg(path, QString::fromStdString(read.message()))
                        .toStdString());
    CommandOutput output;
    if (json) {
        QJsonObject o = report.toJson();
        o.insert(QStringLiteral("file"), path);
        if (!read.ok())
            o.insert(QStringLiteral("error"), QString::fromStdString(read.message()));
        output.text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        output.text = QStringLiteral("Capture: %1\n").arg(path) + report.toText();
        if (!read.ok())
            output.text +=
                QStringLiteral(
                    "\nThe file breaks: %1\nThe analysis covers the packets before that point.\n")
                    .arg(QString::fromStdString(read.message()));
    }
    if (!read.ok())
        output.exitCode = Failed;
    return output;
}

} // namespace keyward::cli
