#include "core/ReportSections.h"

#include <QJsonArray>
#include <QJsonValue>

namespace keyward::core {

namespace {

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString settingText(const QJsonValue &value)
{
    if (value.isBool())
        return yesNo(value.toBool());
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &v : value.toArray())
            items << v.toVariant().toString();
        return items.join(QStringLiteral(", "));
    }
    return value.toVariant().toString();
}

QStringList actionRow(const ReportData::Action &a)
{
    return {ReportSections::when(a.at), a.actor, a.action, a.target, a.outcome, a.detail};
}

const QStringList ActionHeader{QStringLiteral("When"),    QStringLiteral("By"),
                               QStringLiteral("Action"),  QStringLiteral("Target"),
                               QStringLiteral("Outcome"), QStringLiteral("Details")};
const QList<int> ActionWidths{18, 22, 17, 16, 10, 30};

QStringList accountRow(const ReportData::Account &a)
{
    QStringList flags;
    if (a.privileged)
        flags << QStringLiteral("privileged");
    if (a.dormant)
        flags << QStringLiteral("dormant");
    if (a.expired)
        flags << QStringLiteral("expired");
    if (a.locked)
        flags << QStringLiteral("locked");
    if (a.mustChange)
        flags << QStringLiteral("must change");
    return {a.name,
            a.state,
            a.groups.join(QLatin1Char(',')),
            QString::number(a.credentialAgeDays),
            a.expires.date().toString(Qt::ISODate),
            a.lastSignIn.isValid() ? a.lastSignIn.date().toString(Qt::ISODate)
                                   : QStringLiteral("never"),
            QString::number(a.failedSignIns),
            flags.join(QLatin1Char(','))};
}

const QStringList AccountHeader{QStringLiteral("Account"), QStringLiteral("State"),
                                QStringLiteral("Groups"),  QStringLiteral("Age (d)"),
                                QStringLiteral("Expires"), QStringLiteral("Last sign-in"),
                                QStringLiteral("Failed"),  QStringLiteral("Flags")};
const QList<int> AccountWidths{18, 9, 16, 8, 11, 13, 7, 30};

} // namespace

QString ReportSections::when(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("never");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd hh:mm")) + QStringLiteral(" UTC");
}

QString ReportSections::title(const ReportData &data)
{
    return data.full() ? QStringLiteral("Keyward security report")
                       : QStringLiteral("Keyward account review");
}

QStringList ReportSections::preamble(const ReportData &data)
{
    return {
        QStringLiteral("Server %1. Generated %2 by %3.")
            .arg(data.server, when(data.generated), data.generatedBy),
        QStringLiteral("Period: the %1 days from %2 to %3.")
            .arg(data.periodDays)
            .arg(when(data.periodStart), when(data.generated)),
        QStringLiteral("Summary: %1 accounts, %2 dormant, %3 privileged, %4 expired, %5 locked; "
                       "%6 sessions in the period; %7 deviations from the safe defaults; audit "
                       "chain %8.")
            .arg(data.accounts.size())
            .arg(data.count(&ReportData::Account::dormant))
            .arg(data.count(&ReportData::Account::privileged))
            .arg(data.count(&ReportData::Account::expired))
            .arg(data.count(&ReportData::Account::locked))
            .arg(data.sessionsTotal)
            .arg(data.deviations.size())
            .arg(data.chainIntact ? QStringLiteral("intact") : QStringLiteral("BROKEN"))};
}

QList<ReportSection> ReportSections::of(const ReportData &data)
{
    QList<ReportSection> sections;

    ReportSection policy;
    policy.title = QStringLiteral("Policy in force");
    policy.header = {QStringLiteral("Setting"), QStringLiteral("Value")};
    policy.widths = {34, 60};
    for (auto it = data.policy.begin(); it != data.policy.end(); ++it)
        policy.rows.append({it.key(), settingText(it.value())});
    sections << policy;

    ReportSection deviations;
    deviations.title = QStringLiteral("Deviations from the safe defaults");
    if (data.deviations.isEmpty())
        deviations.paragraphs << QStringLiteral(
            "None: every setting is at or above Keyward's safe defaults (MPPE 128-bit only, "
            "MS-CHAPv2 only, strong passwords, expiry, lockout, session limits).");
    for (const QString &d : data.deviations)
        deviations.paragraphs << QStringLiteral("WEAKER: ") + d;
    sections << deviations;

    ReportSection accounts;
    accounts.title = QStringLiteral("Accounts");
    accounts.paragraphs << QStringLiteral("%1 accounts. Credential age in days; expiry under the "
                                          "policy's %2-day maximum age.")
                               .arg(data.accounts.size())
                               .arg(data.policy.value(QLatin1String("passwordMaxAgeDays")).toInt());
    accounts.header = AccountHeader;
    accounts.widths = AccountWidths;
    accounts.emptyTable = QStringLiteral("No accounts yet.");
    for (const auto &a : data.accounts)
        accounts.rows << accountRow(a);
    sections << accounts;

    ReportSection dormant;
    dormant.title = QStringLiteral("Dormant accounts");
    dormant.paragraphs << QStringLiteral("Active accounts with no sign-in in the last %1 days "
                                         "(or never, and made longer ago): %2.")
                              .arg(data.dormantDays)
                              .arg(data.count(&ReportData::Account::dormant));
    dormant.header = AccountHeader;
    dormant.widths = AccountWidths;
    dormant.emptyTable = QStringLiteral("No dormant accounts.");
    for (const auto &a : data.accounts) {
        if (a.dormant)
            dormant.rows << accountRow(a);
    }
    sections << dormant;

    ReportSection privileged;
    privileged.title = QStringLiteral("Privileged accounts");
    privileged.paragraphs << QStringLiteral("An account is privileged when it belongs to one of "
                                            "the groups %1 (report settings): %2.")
                                 .arg(data.privilegedGroups.join(QStringLiteral(", ")))
                                 .arg(data.count(&ReportData::Account::privileged));
    privileged.header = AccountHeader;
    privileged.widths = AccountWidths;
    privileged.emptyTable = QStringLiteral("No privileged accounts.");
    for (const auto &a : data.accounts) {
        if (a.privileged)
            privileged.rows << accountRow(a);
    }
    sections << privileged;

    if (data.full()) {
        ReportSection mppe;
        mppe.title = QStringLiteral("Sessions by MPPE strength");
        mppe.paragraphs << QStringLiteral("%1 sessions ended in the period (session history).")
                               .arg(data.sessionsTotal);
        mppe.header = {QStringLiteral("MPPE"), QStringLiteral("Sessions")};
        mppe.widths = {30, 10};
        mppe.emptyTable = QStringLiteral("No sessions in the period.");
        for (auto it = data.sessionsByMppe.cbegin(); it != data.sessionsByMppe.cend(); ++it)
            mppe.rows.append({it.key(), QString::number(it.value())});
        sections << mppe;

        ReportSection failures;
        failures.title = QStringLiteral("Failed sign-ins and lockouts");
        failures.paragraphs << QStringLiteral("Failed sign-ins counted against accounts now: %1. "
                                              "Lockouts in the period: %2.")
                                   .arg(data.failedSignInsNow)
                                   .arg(data.lockouts.size());
        failures.header = ActionHeader;
        failures.widths = ActionWidths;
        failures.emptyTable = QStringLiteral("No lockouts in the period.");
        for (const auto &a : data.lockouts)
            failures.rows << actionRow(a);
        sections << failures;

        ReportSection actions;
        actions.title = QStringLiteral("Revocations, rekeys and resets");
        actions.paragraphs << QStringLiteral("Every change an admin made to credentials, sessions "
                                             "and the policy in the period, with who made it "
                                             "(audit trail): %1.")
                                  .arg(data.adminActions.size());
        actions.header = ActionHeader;
        actions.widths = ActionWidths;
        actions.emptyTable = QStringLiteral("No such changes in the period.");
        for (const auto &a : data.adminActions)
            actions.rows << actionRow(a);
        sections << actions;

        ReportSection windows;
        windows.title = QStringLiteral("Change windows");
        windows.header = {QStringLiteral("Window"), QStringLiteral("Start"),
                          QStringLiteral("Minutes"), QStringLiteral("Planned by"),
                          QStringLiteral("Outcome")};
        windows.widths = {24, 22, 8, 22, 36};
        windows.emptyTable = QStringLiteral("No change windows were planned in the period.");
        for (const auto &w : data.windows)
            windows.rows.append({w.title, when(w.start), QString::number(w.durationMinutes),
                                 w.plannedBy, w.outcome});
        sections << windows;
    }

    ReportSection chain;
    chain.title = QStringLiteral("Audit chain");
    chain.paragraphs
        << (data.chainIntact
                ? QStringLiteral("Verified: intact, %1 entries checked.").arg(data.chainChecked)
                : QStringLiteral("NOT intact: %1").arg(data.chainProblem));
    chain.paragraphs << QStringLiteral("Head: entry %1, hash %2")
                            .arg(data.headId)
                            .arg(data.headHash.isEmpty() ? QStringLiteral("(empty trail)")
                                                         : data.headHash);
    sections << chain;

    if (data.full()) {
        ReportSection signIns;
        signIns.title = QStringLiteral("Sign-ins per day");
        for (const auto &[day, n] : data.signInsPerDay)
            signIns.chart.append({day.toString(QStringLiteral("MM-dd")), n});
        signIns.labelEvery = std::max(1, static_cast<int>(data.signInsPerDay.size() / 10));
        sections << signIns;
    }
    ReportSection forecast;
    forecast.title = QStringLiteral("Expiry forecast");
    forecast.paragraphs << QStringLiteral("Active credentials expiring in each of the next 12 "
                                          "weeks (week starting).");
    for (const auto &[week, n] : data.expiryForecast)
        forecast.chart.append({week.toString(QStringLiteral("MM-dd")), n});
    sections << forecast;
    return sections;
}

} // namespace keyward::core
