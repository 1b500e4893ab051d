#include "cli/commands/StatusCommand.h"

#include "api/AdminMethod.h"

namespace keyward::cli {

namespace {

// "3 s ago", "5 min ago", "2 h ago".
QString ago(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = std::max<qint64>(0, then.secsTo(now));
    if (seconds < 120)
        return QStringLiteral("%1 s ago").arg(seconds);
    if (seconds < 2 * 3600)
        return QStringLiteral("%1 min ago").arg(seconds / 60);
    return QStringLiteral("%1 h ago").arg(seconds / 3600);
}

} // namespace

Result<CommandRequest> StatusCommand::parse(const QStringList &args, const CommandInput &) const
{
    if (auto counted = count(args, 0, 0); !counted)
        return counted.error();
    return CommandRequest{api::Method::Status, {}};
}

Result<CommandOutput> StatusCommand::present(const QJsonObject &result) const
{
    auto status = api::StatusResult::fromJson(result);
    if (!status)
        return status.error();
    QString text = QStringLiteral("keywardd %1, %2 session(s), listening on %3\n")
                       .arg(status->version)
                       .arg(status->sessions)
                       .arg(status->listen);
    if (!status->adminListen.isEmpty())
        text += QStringLiteral("remote consoles on %1, certificate fingerprint %2\n")
                    .arg(status->adminListen, status->fingerprint);
    for (const QString &w : std::as_const(status->weaknesses))
        text += QStringLiteral("WEAK: ") + w + QLatin1Char('\n');
    text += signInLines(*status, QDateTime::currentDateTimeUtc());
    return CommandOutput{text};
}

QString StatusCommand::signInLines(const api::StatusResult &status, const QDateTime &now)
{
    QString text;
    if (status.signIn) {
        const api::SignInStatus &signIn = *status.signIn;
        text += QStringLiteral("sign-in: %1\n").arg(signIn.backend);
        for (const api::SignInGroup &group : signIn.groups)
            text += QStringLiteral("sign-in of group %1: %2\n").arg(group.group, group.backend);
        for (const api::RadiusServerStatus &server : signIn.radiusServers) {
            QString line = QStringLiteral("RADIUS %1 %2").arg(server.address, server.state);
            if (server.deadForSeconds)
                line += QStringLiteral(" for %1 s").arg(*server.deadForSeconds);
            if (server.lastAnswer.isValid()) {
                line += QStringLiteral(", last answer %1").arg(ago(server.lastAnswer, now));
                if (server.roundTripMs)
                    line += QStringLiteral(" (%1 ms)").arg(*server.roundTripMs);
            } else if (server.state != QLatin1String("untried")) {
                line += QStringLiteral(", never answered");
            }
            line +=
                QStringLiteral(", %1 accepted, %2 refused").arg(server.accepts).arg(server.rejects);
            if (server.timeouts > 0)
                line += QStringLiteral(", %1 unanswered").arg(server.timeouts);
            text += line + QLatin1Char('\n');
            if (server.messageAuthenticator == QLatin1String("no"))
                text += QStringLiteral("WEAK: RADIUS %1 is trusted without a Message-Authenticator "
                                       "in its answers\n")
                            .arg(server.address);
        }
    }
    if (status.accounting) {
        const api::AccountingStatus &accounting = *status.accounting;
        QString line = QStringLiteral("accounting: %1 waiting").arg(accounting.waiting);
        if (accounting.dropped > 0)
            line += QStringLiteral(", %1 dropped").arg(accounting.dropped);
        if (accounting.lastAnswer.isValid())
            line += QStringLiteral(", last answer %1%2")
                        .arg(accounting.lastServer.isEmpty()
                                 ? QString()
                                 : QStringLiteral("from %1 ").arg(accounting.lastServer),
                             ago(accounting.lastAnswer, now));
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace keyward::cli
