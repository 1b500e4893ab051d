#pragma once

// keywardctl status: the server's status: version, sessions, listener, weak settings,
// who judges sign-ins with each RADIUS server's health, and RADIUS accounting's queue.

#include "api/StatusMessages.h"
#include "cli/Command.h"

#include <QDateTime>

namespace keyward::cli {

class StatusCommand : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("status")}; }
    QString summary() const override { return QStringLiteral("server status and weak settings"); }
    bool showsCaller() const override { return true; }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;

    // The sign-in and accounting lines, with times told as ages at `now`.
    static QString signInLines(const api::StatusResult &status, const QDateTime &now);
};

} // namespace keyward::cli
