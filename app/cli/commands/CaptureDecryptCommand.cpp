#include "cli/commands/CaptureDecryptCommand.h"

#include "crypto/CryptoLibrary.h"
#include "dissect/CaptureDecryptor.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace keyward::cli {

namespace {

QJsonObject summaryJson(const capture::DecryptionSummary &s, const QString &out)
{
    return {{QStringLiteral("sessions"), s.sessions},
            {QStringLiteral("decrypted"), static_cast<qint64>(s.decrypted)},
            {QStringLiteral("ipPackets"), static_cast<qint64>(s.ipPackets)},
            {QStringLiteral("undecryptable"), static_cast<qint64>(s.undecryptable)},
            {QStringLiteral("badIpChecksums"), static_cast<qint64>(s.badIpChecksums)},
            {QStringLiteral("checkedTransportChecksums"),
             static_cast<qint64>(s.checkedTransportChecksums)},
            {QStringLiteral("badTransportChecksums"), static_cast<qint64>(s.badTransportChecksums)},
            {QStringLiteral("strength"), s.strength},
            {QStringLiteral("mode"), s.mode},
            {QStringLiteral("out"), out}};
}

} // namespace

Result<CommandRequest> CaptureDecryptCommand::parse(const QStringList &args,
                                                    const CommandInput &) const
{
    QJsonObject params;
    bool passwordStdin = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--user") && i + 1 < args.size())
            params.insert(QStringLiteral("user"), args[++i]);
        else if (a == QLatin1String("--out") && i + 1 < args.size())
            params.insert(QStringLiteral("out"), args[++i]);
        else if (a == QLatin1String("--password-stdin"))
            passwordStdin = true;
        else if (!a.startsWith(QLatin1String("--")) && !params.contains(QStringLiteral("file")))
            params.insert(QStringLiteral("file"), a);
        else
            return expects();
    }
    if (!params.contains(QStringLiteral("file")) || !params.contains(QStringLiteral("user")) ||
        !params.contains(QStringLiteral("out")))
        return expects();
    if (!passwordStdin)
        return usage(QStringLiteral(
            "capture decrypt reads the password from stdin only: add --password-stdin"));
    return CommandRequest{QStringLiteral("capture.decrypt"), params};
}

Result<CommandOutput> CaptureDecryptCommand::present(const QJsonObject &result) const
{
    for (const char *key : {"sessions", "decrypted", "ipPackets", "out"})
        if (!result.contains(QLatin1String(key)))
            return fail(QStringLiteral("the decryption summary is missing '%1'")
                            .arg(QLatin1String(key))
                            .toStdString());
    return CommandOutput{indented(result)};
}

Result<CommandOutput> CaptureDecryptCommand::runOffline(const CommandRequest &request,
                                                        const CommandInput &input, bool json) const
{
    const QString path = request.params.value(QStringLiteral("file")).toString();
    const QString user = request.params.value(QStringLiteral("user")).toString();
    const QString outPath = request.params.value(QStringLiteral("out")).toString();
    QByteArray password = input.stdinText.toUtf8();
    // One line: the newline that ends it is not part of the password.
    while (password.endsWith('\n') || password.endsWith('\r'))
        password.chop(1);
    auto library = protocol::crypto::CryptoLibrary::load();
    if (!library.ok()) {
        password.fill('\0');
        return fail(ErrorKind::Unavailable, library.message());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        password.fill('\0');
        return fail(
            file.exists() ? ErrorKind::Unavailable : ErrorKind::NotFound,
            QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()).toStdString());
    }
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        password.fill('\0');
        return fail(
            ErrorKind::Unavailable,
            QStringLiteral("%1: cannot write: %2").arg(outPath, out.errorString()).toStdString());
    }
    capture::CaptureDecryptor decryptor(*library);
    auto summary = decryptor.decrypt(file, user, password, out);
    if (!summary.ok()) {
        out.cancelWriting();
        return summary.error();
    }
    if (!out.commit())
        return fail(
            ErrorKind::Unavailable,
            QStringLiteral("%1: cannot write: %2").arg(outPath, out.errorString()).toStdString());
    const capture::DecryptionSummary &s = *summary;
    if (json)
        return CommandOutput{indented(summaryJson(s, outPath))};
    QString text =
        QStringLiteral("Password verified for %1 session%2 of %3 (%4 %5 MPPE).\n")
            .arg(s.sessions)
            .arg(s.sessions == 1 ? QString() : QStringLiteral("s"), user, s.strength, s.mode);
    text += QStringLiteral("Decrypted %1 frames, wrote %2 IP packets to %3.\n")
                .arg(s.decrypted)
                .arg(s.ipPackets)
                .arg(outPath);
    if (s.undecryptable > 0)
        text += QStringLiteral("%1 MPPE packets could not be decrypted (lost, reordered or after "
                               "the capture began).\n")
                    .arg(s.undecryptable);
    text += QStringLiteral(
                "IPv4 header checksums: %1 bad; TCP/UDP/ICMP checksums checked: %2, bad: %3.\n")
                .arg(s.badIpChecksums)
                .arg(s.checkedTransportChecksums)
                .arg(s.badTransportChecksums);
    CommandOutput output{text};
    if (s.badIpChecksums > 0)
        output.exitCode = Failed;
    return output;
}

} // namespace keyward::cli
