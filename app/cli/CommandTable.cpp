#include "cli/CommandTable.h"

#include "cli/commands/AuditListCommand.h"
#include "cli/commands/AuditVerifyCommand.h"
#include "cli/commands/BackupCreateCommand.h"
#include "cli/commands/BackupDeleteCommand.h"
#include "cli/commands/BackupDownloadCommand.h"
#include "cli/commands/BackupListCommand.h"
#include "cli/commands/BackupRestoreCommand.h"
#include "cli/commands/BackupUploadCommand.h"
#include "cli/commands/CaptureAnalyzeCommand.h"
#include "cli/commands/CaptureDecryptCommand.h"
#include "cli/commands/CaptureDeleteCommand.h"
#include "cli/commands/CaptureDownloadCommand.h"
#include "cli/commands/CaptureListCommand.h"
#include "cli/commands/CaptureStartCommand.h"
#include "cli/commands/CaptureStopCommand.h"
#include "cli/commands/PolicySetCommand.h"
#include "cli/commands/PolicyShowCommand.h"
#include "cli/commands/ReportCreateCommand.h"
#include "cli/commands/ReportDownloadCommand.h"
#include "cli/commands/ReportKeyCommand.h"
#include "cli/commands/ReportListCommand.h"
#include "cli/commands/ReportScheduleCommand.h"
#include "cli/commands/ReportVerifyCommand.h"
#include "cli/commands/SessionDisconnectCommand.h"
#include "cli/commands/SessionHistoryCommand.h"
#include "cli/commands/SessionListCommand.h"
#include "cli/commands/SessionRekeyCommand.h"
#include "cli/commands/SessionRevokeCommand.h"
#include "cli/commands/StatusCommand.h"
#include "cli/commands/TokenCreateCommand.h"
#include "cli/commands/TokenListCommand.h"
#include "cli/commands/TokenRevokeCommand.h"
#include "cli/commands/UserAddCommand.h"
#include "cli/commands/UserDeleteCommand.h"
#include "cli/commands/UserDisableCommand.h"
#include "cli/commands/UserEnableCommand.h"
#include "cli/commands/UserExpiringCommand.h"
#include "cli/commands/UserGroupsCommand.h"
#include "cli/commands/UserImportCommand.h"
#include "cli/commands/UserListCommand.h"
#include "cli/commands/UserResetCommand.h"
#include "cli/commands/UserRotateCommand.h"
#include "cli/commands/UserShowCommand.h"
#include "cli/commands/UserUnlockCommand.h"
#include "cli/commands/WhoamiCommand.h"
#include "cli/commands/WindowBaselineCommand.h"
#include "cli/commands/WindowCancelCommand.h"
#include "cli/commands/WindowCleanupCommand.h"
#include "cli/commands/WindowInventoryCommand.h"
#include "cli/commands/WindowListCommand.h"
#include "cli/commands/WindowNoticeCommand.h"
#include "cli/commands/WindowNoticeTemplateCommand.h"
#include "cli/commands/WindowPlanCommand.h"
#include "cli/commands/WindowTemporaryCommand.h"
#include "cli/commands/WindowValidateCommand.h"

namespace keyward::cli {

namespace {
constexpr int SummaryColumn = 34;
}

CommandTable::CommandTable()
{
    auto add = [this](std::unique_ptr<Command> c) { m_commands.push_back(std::move(c)); };
    add(std::make_unique<StatusCommand>());
    add(std::make_unique<WhoamiCommand>());
    add(std::make_unique<UserAddCommand>());
    add(std::make_unique<UserListCommand>());
    add(std::make_unique<UserShowCommand>());
    add(std::make_unique<UserDisableCommand>());
    add(std::make_unique<UserEnableCommand>());
    add(std::make_unique<UserUnlockCommand>());
    add(std::make_unique<UserDeleteCommand>());
    add(std::make_unique<UserGroupsCommand>());
    add(std::make_unique<UserImportCommand>());
    add(std::make_unique<UserRotateCommand>());
    add(std::make_unique<UserExpiringCommand>());
    add(std::make_unique<UserResetCommand>());
    add(std::make_unique<SessionListCommand>());
    add(std::make_unique<SessionDisconnectCommand>());
    add(std::make_unique<SessionRevokeCommand>());
    add(std::make_unique<SessionRekeyCommand>());
    add(std::make_unique<SessionHistoryCommand>());
    add(std::make_unique<PolicyShowCommand>());
    add(std::make_unique<PolicySetCommand>());
    add(std::make_unique<AuditListCommand>());
    add(std::make_unique<AuditVerifyCommand>());
    add(std::make_unique<TokenCreateCommand>());
    add(std::make_unique<TokenListCommand>());
    add(std::make_unique<TokenRevokeCommand>());
    add(std::make_unique<WindowListCommand>());
    add(std::make_unique<WindowPlanCommand>());
    add(std::make_unique<WindowCancelCommand>());
    add(std::make_unique<WindowInventoryCommand>());
    add(std::make_unique<WindowBaselineCommand>());
    add(std::make_unique<WindowTemporaryCommand>());
    add(std::make_unique<WindowCleanupCommand>());
    add(std::make_unique<WindowNoticeTemplateCommand>());
    add(std::make_unique<WindowNoticeCommand>());
    add(std::make_unique<WindowValidateCommand>());
    add(std::make_unique<CaptureAnalyzeCommand>());
    add(std::make_unique<CaptureDecryptCommand>());
    add(std::make_unique<CaptureStartCommand>());
    add(std::make_unique<CaptureStopCommand>());
    add(std::make_unique<CaptureListCommand>());
    add(std::make_unique<CaptureDownloadCommand>());
    add(std::make_unique<CaptureDeleteCommand>());
    add(std::make_unique<BackupCreateCommand>());
    add(std::make_unique<BackupListCommand>());
    add(std::make_unique<BackupDownloadCommand>());
    add(std::make_unique<BackupUploadCommand>());
    add(std::make_unique<BackupDeleteCommand>());
    add(std::make_unique<BackupRestoreCommand>());
    add(std::make_unique<ReportCreateCommand>());
    add(std::make_unique<ReportListCommand>());
    add(std::make_unique<ReportDownloadCommand>());
    add(std::make_unique<ReportKeyCommand>());
    add(std::make_unique<ReportVerifyCommand>());
    add(std::make_unique<ReportScheduleCommand>());
}

const CommandTable &CommandTable::instance()
{
    static const CommandTable table;
    return table;
}

const Command *CommandTable::find(const QStringList &words, QStringList *args) const
{
    for (const auto &command : m_commands) {
        const QStringList name = command->words();
        if (words.mid(0, name.size()) == name) {
            *args = words.mid(name.size());
            return command.get();
        }
    }
    return nullptr;
}

QString CommandTable::usage() const
{
    QString text = QStringLiteral("Usage: keywardctl [--socket PATH | --remote HOST:PORT "
                                  "--fingerprint FP] [--json] COMMAND\n");
    const QString indent(SummaryColumn, QLatin1Char(' '));
    for (const auto &command : m_commands) {
        const QString synopsis = QStringLiteral("  ") + command->synopsis();
        const QStringList summary = command->summary().split(QLatin1Char('\n'));
        // The summary starts on the synopsis's line when there is room, else below it.
        if (synopsis.size() < SummaryColumn)
            text += synopsis.leftJustified(SummaryColumn) + summary.first() + QLatin1Char('\n');
        else
            text += synopsis + QLatin1Char('\n') + indent + summary.first() + QLatin1Char('\n');
        for (const QString &line : summary.mid(1))
            text += indent + line + QLatin1Char('\n');
    }
    text += QStringLiteral(
        "The socket is KEYWARD_SOCKET or /run/keyward/keywardd.sock. With --remote the API\n"
        "token is KEYWARD_TOKEN, and the server's certificate must have the fingerprint\n"
        "`keywardctl status` shows on the server.\n"
        "Each connection has a role (auditor, operator or admin; `keywardctl whoami`); a\n"
        "command the role does not allow is refused with the role it needs (exit status 4).\n"
        "Exit status: 0 ok, 1 the server refused the request, 2 usage, 3 server not\n"
        "reachable, 4 not allowed, 5 not found.\n");
    return text;
}

} // namespace keyward::cli
