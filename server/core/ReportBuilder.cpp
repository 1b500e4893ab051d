#include "core/ReportBuilder.h"

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/Policy.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace keyward::core {

namespace {

// What an admin did to credentials and sessions: the actions the report lists.
const QStringList ReportedActions{
    QStringLiteral("user.reset"),         QStringLiteral("user.rotate"),
    QStringLiteral("user.disable"),       QStringLiteral("user.enable"),
    QStringLiteral("user.delete"),        QStringLiteral("user.unlock"),
    QStringLiteral("session.revoke"),     QStringLiteral("session.rekey"),
    QStringLiteral("session.disconnect"), QStringLiteral("token.revoke"),
    QStringLiteral("policy.set"),         QStringLiteral("backup.restore")};

Error sqlFailure(const QSqlQuery &q, const char *what)
{
    return fail(ErrorKind::Internal, std::string("cannot read ") + what +
                                         " for the report: " + q.lastError().text().toStdString());
}

QDateTime fromSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QString compact(const QJsonObject &details)
{
    QString text = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return text == QLatin1String("{}") ? QString() : text;
}

} // namespace

Result<ReportData> ReportBuilder::gather(Database &database, const AuditLog &audit,
                                         const Policy &policy, const Options &options,
                                         const QDateTime &now)
{
    ReportData data;
    data.kind = options.kind;
    data.periodDays = options.periodDays;
    data.generated = now.toUTC();
    data.periodStart = data.generated.addDays(-options.periodDays);
    data.server = QHostInfo::localHostName();
    data.generatedBy = options.generatedBy;
    data.policy = policy.toJson();
    data.deviations = policy.weaknesses();
    data.dormantDays = options.dormantDays;
    data.privilegedGroups = options.privilegedGroups;
    const qint64 nowSeconds = data.generated.toSecsSinceEpoch();
    const QSqlDatabase db = database.connection();

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT u.name, u.state, u.must_change, u.password_changed_at, u.failed_logins, "
            "u.locked_until, u.last_login_at, u.created_at, "
            "(SELECT group_concat(g.name, ',') FROM user_groups g WHERE g.user_id = u.id) "
            "FROM users u ORDER BY u.name COLLATE NOCASE")))
        return sqlFailure(q, "the accounts");
    const qint64 dormantSeconds = qint64(options.dormantDays) * 86400;
    QMap<QDate, int> expiring;
    const QDate today = data.generated.date();
    while (q.next()) {
        ReportData::Account a;
        a.name = q.value(0).toString();
        a.state = q.value(1).toString();
        a.mustChange = q.value(2).toBool();
        const qint64 changed = q.value(3).toLongLong();
        a.failedSignIns = q.value(4).toInt();
        a.locked = q.value(5).toLongLong() > nowSeconds;
        const qint64 lastLogin = q.value(6).toLongLong();
        const qint64 created = q.value(7).toLongLong();
        a.groups = q.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        a.groups.sort(Qt::CaseInsensitive);
        a.credentialAgeDays = static_cast<int>((nowSeconds - changed) / 86400);
        a.expires = fromSeconds(changed + qint64(policy.passwordMaxAgeDays) * 86400);
        a.expired = a.expires.toSecsSinceEpoch() <= nowSeconds;
        if (lastLogin > 0)
            a.lastSignIn = fromSeconds(lastLogin);
        a.dormant = a.state == QLatin1String("active") &&
                    nowSeconds - (lastLogin > 0 ? lastLogin : created) >= dormantSeconds;
        for (const QString &g : std::as_const(a.groups))
            a.privileged =
                a.privileged || options.privilegedGroups.contains(g, Qt::CaseInsensitive);
        data.failedSignInsNow += a.failedSignIns;
        if (a.state == QLatin1String("active") && !a.expired) {
            const qint64 week = today.daysTo(a.expires.date()) / 7;
            if (week < 12)
                expiring[today.addDays(week * 7)] += 1;
        }
        data.accounts.append(a);
    }
    for (int week = 0; week < 12; ++week) {
        const QDate start = today.addDays(week * 7);
        data.expiryForecast.append({start, expiring.value(start)});
    }

    const qint64 startSeconds = data.periodStart.toSecsSinceEpoch();
    q.prepare(QStringLiteral("SELECT mppe, started_at FROM session_history WHERE started_at >= ?"));
    q.addBindValue(startSeconds);
    if (!q.exec())
        return sqlFailure(q, "the session history");
    QMap<QDate, int> perDay;
    while (q.next()) {
        const QString mppe = q.value(0).toString();
        data.sessionsByMppe[mppe.isEmpty() ? QStringLiteral("no MPPE") : mppe] += 1;
        ++data.sessionsTotal;
        perDay[fromSeconds(q.value(1).toLongLong()).date()] += 1;
    }
    for (QDate day = data.periodStart.date().addDays(1); day <= today; day = day.addDays(1))
        data.signInsPerDay.append({day, perDay.value(day)});

    q.prepare(QStringLiteral("SELECT at, actor, action, target, outcome, details FROM audit "
                             "WHERE at >= ? ORDER BY id"));
    q.addBindValue(data.periodStart.toMSecsSinceEpoch());
    if (!q.exec())
        return sqlFailure(q, "the audit trail");
    struct Planned
    {
        ReportData::Window window;
        QString id;
    };
    QList<Planned> planned;
    QStringList cancelled;
    QList<qint64> credentialChanges;
    while (q.next()) {
        ReportData::Action a;
        a.at = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
        a.actor = q.value(1).toString();
        a.action = q.value(2).toString();
        a.target = q.value(3).toString();
        a.outcome = q.value(4).toString();
        const QJsonObject details = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
        a.detail = compact(details);
        if (a.action == QLatin1String("user.lockout"))
            data.lockouts.append(a);
        else if (ReportedActions.contains(a.action))
            data.adminActions.append(a);
        if (a.action == QLatin1String("user.reset") || a.action == QLatin1String("user.rotate") ||
            a.action == QLatin1String("user.password-change"))
            credentialChanges.append(a.at.toSecsSinceEpoch());
        if (a.action == QLatin1String("window.plan")) {
            ReportData::Window w;
            w.title = a.target;
            w.start = QDateTime::fromString(details.value(QLatin1String("start")).toString(),
                                            Qt::ISODate);
            w.plannedBy = a.actor;
            planned.append({w, QString::number(details.value(QLatin1String("id")).toInt())});
        } else if (a.action == QLatin1String("window.cancel")) {
            cancelled << a.target;
        }
    }
    // The durations are in the plan (kept while a window is ahead or running).
    QSqlQuery plan(db);
    QJsonArray stored;
    if (plan.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'changeWindows'")) &&
        plan.next())
        stored = QJsonDocument::fromJson(plan.value(0).toByteArray())
                     .object()
                     .value(QLatin1String("windows"))
                     .toArray();
    for (Planned &p : planned) {
        p.window.durationMinutes = 60;
        for (const QJsonValue &v : std::as_const(stored)) {
            if (QString::number(v.toObject().value(QLatin1String("id")).toInt()) == p.id)
                p.window.durationMinutes =
                    v.toObject().value(QLatin1String("durationMinutes")).toInt(60);
        }
        const QDateTime end = p.window.start.addSecs(qint64(p.window.durationMinutes) * 60);
        if (cancelled.contains(p.id)) {
            p.window.outcome = QStringLiteral("cancelled");
        } else if (p.window.start > data.generated) {
            p.window.outcome = QStringLiteral("planned");
        } else {
            int changes = 0;
            for (qint64 at : std::as_const(credentialChanges))
                changes += at >= p.window.start.toSecsSinceEpoch() && at < end.toSecsSinceEpoch();
            p.window.outcome =
                end > data.generated
                    ? QStringLiteral("running: %1 credential change(s) so far").arg(changes)
                    : QStringLiteral("held: %1 credential change(s)").arg(changes);
        }
        data.windows.append(p.window);
    }

    const AuditVerification verification = audit.verify();
    data.chainIntact = verification.intact;
    data.chainChecked = verification.checked;
    data.chainProblem = verification.problem;
    auto head = audit.head();
    if (!head)
        return head.error();
    data.headId = head->id;
    data.headHash = QString::fromLatin1(head->hash.toHex());
    return data;
}

} // namespace keyward::core
