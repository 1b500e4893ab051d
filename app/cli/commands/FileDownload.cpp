#include "cli/commands/FileDownload.h"

#include <QCryptographicHash>
#include <QFile>

namespace keyward::cli {

Result<CommandRequest> FileDownload::parse(const Command &command, const QString &method,
                                           const QStringList &args, QString *output)
{
    QStringList ids;
    output->clear();
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--output") && i + 1 < args.size())
            *output = args[++i];
        else if (args[i].startsWith(QLatin1String("--")))
            return fail(ErrorKind::Invalid,
                        QStringLiteral("%1: unknown option '%2'")
                            .arg(command.words().join(QLatin1Char(' ')), args[i])
                            .toStdString());
        else
            ids << args[i];
    }
    if (ids.size() != 1)
        return fail(ErrorKind::Invalid,
                    QStringLiteral("usage: keywardctl %1").arg(command.synopsis()).toStdString());
    return CommandRequest{method, api::FileChunkParams{ids.first(), 0}.toJson()};
}

Result<CommandOutput> FileDownload::save(const QJsonObject &result, const QString &output)
{
    auto chunk = api::FileChunk::fromJson(result);
    if (!chunk)
        return chunk.error();
    const QString path = output.isEmpty() ? chunk->file : output;
    if (path.isEmpty() || (output.isEmpty() && path.contains(QLatin1Char('/'))))
        return fail(ErrorKind::Invalid, "the server named no plain file name to save under");
    QFile file(path);
    const auto mode =
        chunk->offset == 0 ? QIODevice::WriteOnly | QIODevice::Truncate : QIODevice::ReadWrite;
    if (!file.open(mode) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        !file.seek(chunk->offset) || file.write(chunk->data) != chunk->data.size())
        return CommandOutput{QStringLiteral("cannot write %1: %2\n").arg(path, file.errorString()),
                             Failed};
    file.close();
    if (!chunk->done)
        return CommandOutput{};
    QString text = QStringLiteral("saved %1 (%2 bytes)\n").arg(path).arg(chunk->size);
    if (!chunk->signature.isEmpty()) {
        QFile sig(path + QStringLiteral(".sig"));
        if (!sig.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            sig.write(chunk->signature.toLatin1()) != chunk->signature.size())
            return CommandOutput{QStringLiteral("cannot write %1.sig\n").arg(path), Failed};
        text += QStringLiteral("signature in %1.sig\n").arg(path);
    }
    if (file.open(QIODevice::ReadOnly))
        text +=
            QStringLiteral("sha256 %1\n")
                .arg(QString::fromLatin1(
                    QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    return CommandOutput{text};
}

Result<std::optional<CommandRequest>> FileDownload::next(const QString &method,
                                                         const QJsonObject &result,
                                                         const QString &output, QString *summary)
{
    auto chunk = api::FileChunk::fromJson(result);
    if (!chunk)
        return chunk.error();
    auto saved = save(result, output);
    if (!saved)
        return saved.error();
    if (saved->exitCode != Ok)
        return fail(ErrorKind::Internal, saved->text.trimmed().toStdString());
    if (chunk->done || chunk->data.isEmpty()) {
        *summary = saved->text;
        return std::optional<CommandRequest>{};
    }
    return std::optional<CommandRequest>(CommandRequest{
        method, api::FileChunkParams{chunk->id, chunk->offset + chunk->data.size()}.toJson()});
}

} // namespace keyward::cli
