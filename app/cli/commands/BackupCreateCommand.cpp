#include "cli/commands/BackupCreateCommand.h"

#include "api/AdminMethod.h"
#include "api/BackupMessages.h"
#include "api/IsoTime.h"

namespace keyward::cli {

Result<CommandRequest> BackupCreateCommand::parse(const QStringList &args,
                                                  const CommandInput &input) const
{
    if (args != QStringList{QStringLiteral("--passphrase-stdin")})
        return usage(QStringLiteral("backup create: give the passphrase on stdin "
                                    "(--passphrase-stdin), never as an argument"));
    // The first line, so `echo PASSPHRASE |` and a password manager's pipe both work.
    QString passphrase = input.stdinText.section(QLatin1Char('\n'), 0, 0);
    if (passphrase.endsWith(QLatin1Char('\r')))
        passphrase.chop(1);
    if (passphrase.isEmpty())
        return usage(QStringLiteral("--passphrase-stdin: no passphrase on stdin"));
    return CommandRequest{api::Method::BackupCreate, api::BackupCreateParams{passphrase}.toJson()};
}

Result<CommandOutput> BackupCreateCommand::present(const QJsonObject &result) const
{
    auto b = api::BackupInfo::fromJson(result);
    if (!b)
        return b.error();
    QString text = QStringLiteral("backup %1 (%2 bytes) sha256 %3\n"
                                  "holds %4 users, %5 API tokens, %6 audit entries\n")
                       .arg(b->id)
                       .arg(b->size)
                       .arg(b->sha256)
                       .arg(b->users)
                       .arg(b->tokens)
                       .arg(b->auditEntries);
    text += b->verified ? QStringLiteral("verified: restored into a scratch directory, counts "
                                         "match and the audit chain verifies\n")
                        : QStringLiteral("NOT VERIFIED: %1\n").arg(b->problem);
    text += QStringLiteral("keep the passphrase safe: without it the backup cannot be restored\n");
    return CommandOutput{text, b->verified ? Ok : Failed};
}

} // namespace keyward::cli
