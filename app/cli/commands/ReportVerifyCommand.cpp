#include "cli/commands/ReportVerifyCommand.h"

#include "api/JsonReader.h"
#include "core/ReportSignature.h"

#include <QFile>
#include <QJsonDocument>

namespace keyward::cli {

namespace {

struct Args
{
    QString file;
    QString key;
};

Result<Args> split(const QStringList &args)
{
    Args out;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--key") && i + 1 < args.size())
            out.key = args[++i];
        else if (args[i].startsWith(QLatin1String("--")) || !out.file.isEmpty())
            return fail(ErrorKind::Invalid,
                        "usage: keywardctl report verify FILE [--key PUBKEY.pem]");
        else
            out.file = args[i];
    }
    if (out.file.isEmpty())
        return fail(ErrorKind::Invalid, "usage: keywardctl report verify FILE [--key PUBKEY.pem]");
    return out;
}

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::NotFound,
                    "cannot read " + path.toStdString() + ": " + file.errorString().toStdString());
    return file.readAll();
}

} // namespace

Result<CommandRequest> ReportVerifyCommand::parse(const QStringList &args,
                                                  const CommandInput &) const
{
    auto parsed = split(args);
    if (!parsed)
        return usage(QString::fromStdString(parsed.message()));
    // Answered offline by runOffline(): no server needed.
    return CommandRequest{
        QStringLiteral("report.verify"),
        QJsonObject{{QStringLiteral("file"), parsed->file}, {QStringLiteral("key"), parsed->key}}};
}

Result<CommandOutput> ReportVerifyCommand::runOffline(const CommandRequest &request,
                                                      const CommandInput &, bool json) const
{
    const auto params = Args{request.params.value(QStringLiteral("file")).toString(),
                             request.params.value(QStringLiteral("key")).toString()};
    const Args *parsed = &params;
    auto file = readAll(parsed->file);
    if (!file)
        return file.error();
    QByteArray expected;
    if (!parsed->key.isEmpty()) {
        auto pem = readAll(parsed->key);
        if (!pem)
            return pem.error();
        auto key = core::ReportSignature::publicKeyFromPem(*pem);
        if (!key)
            return key.error();
        expected = *key;
    }
    QByteArray detached;
    if (QFile::exists(parsed->file + QStringLiteral(".sig"))) {
        auto sig = readAll(parsed->file + QStringLiteral(".sig"));
        if (!sig)
            return sig.error();
        detached = *sig;
    }
    auto verified = core::ReportSignature::verify(*file, detached, expected);
    QJsonObject out{{QStringLiteral("file"), parsed->file},
                    {QStringLiteral("intact"), verified.ok()},
                    {QStringLiteral("keyId"), verified ? verified->keyId : QString()},
                    {QStringLiteral("keyChecked"), !expected.isEmpty()},
                    {QStringLiteral("problem"), QString::fromStdString(verified.message())}};
    if (json)
        return CommandOutput{QString::fromUtf8(QJsonDocument(out).toJson()),
                             verified ? Ok : Failed};
    return present(out);
}

Result<CommandOutput> ReportVerifyCommand::present(const QJsonObject &result) const
{
    api::JsonReader r(result);
    const QString file = r.string(u"file");
    const bool intact = r.boolean(u"intact");
    const QString keyId = r.string(u"keyId");
    const bool keyChecked = r.boolean(u"keyChecked");
    const QString problem = r.string(u"problem");
    if (!r.ok())
        return r.finish(CommandOutput{}).error();
    if (!intact)
        return CommandOutput{QStringLiteral("REPORT NOT VALID: %1: %2\n").arg(file, problem),
                             Failed};
    return CommandOutput{
        keyChecked
            ? QStringLiteral("report intact: %1 is signed by the given key %2\n").arg(file, keyId)
            : QStringLiteral("report intact: %1 is signed by key %2 (pass --key with "
                             "`keywardctl report key` output to check it is your server's)\n")
                  .arg(file, keyId)};
}

} // namespace keyward::cli
