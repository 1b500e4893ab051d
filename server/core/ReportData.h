#pragma once

// The figures of one report, gathered by ReportBuilder from the store and rendered by
// ReportHtml, ReportCsv and ReportPdf. Plain values: no widget, no database.

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace keyward::core {

struct ReportData
{
    struct Account
    {
        QString name;
        QString state; // active, disabled, revoked
        QStringList groups;
        int credentialAgeDays = 0;
        QDateTime expires; // when the credential expires under the policy
        bool expired = false;
        bool mustChange = false;
        QDateTime lastSignIn;  // null: never
        int failedSignIns = 0; // since the last success
        bool locked = false;
        bool dormant = false;    // no sign-in for dormantDays (or never, and older than that)
        bool privileged = false; // a member of a privileged group
    };
    struct Action
    {
        QDateTime at;
        QString actor;
        QString action;
        QString target;
        QString outcome;
        QString detail;
    };
    struct Window
    {
        QString title;
        QDateTime start;
        int durationMinutes = 0;
        QString plannedBy;
        QString outcome; // cancelled, held (N credential changes), planned
    };

    QString kind;
    int periodDays = 0;
    QDateTime generated; // UTC
    QDateTime periodStart;
    QString server;      // host name
    QString generatedBy; // the admin, or the schedule

    QJsonObject policy;
    QStringList deviations; // settings weaker than the safe defaults

    int dormantDays = 0;
    QStringList privilegedGroups;
    QList<Account> accounts;

    QMap<QString, int> sessionsByMppe; // "128-bit stateless" -> sessions in the period
    int sessionsTotal = 0;

    int failedSignInsNow = 0;   // failures counted against accounts right now
    QList<Action> lockouts;     // in the period
    QList<Action> adminActions; // revocations, rekeys, resets, rotations... in the period
    QList<Window> windows;

    bool chainIntact = false;
    qint64 chainChecked = 0;
    QString chainProblem;
    qint64 headId = 0;
    QString headHash; // hex

    QList<QPair<QDate, int>> signInsPerDay;  // every day of the period
    QList<QPair<QDate, int>> expiryForecast; // credentials expiring per week, next 12 weeks

    bool full() const { return kind == QLatin1String("full"); }
    int count(bool Account::*flag) const
    {
        int n = 0;
        for (const Account &a : accounts)
            n += (a.*flag) ? 1 : 0;
        return n;
    }
};

} // namespace keyward::core
