#pragma once

// Signed reports: report.create, report.list, report.download (FileChunk, see
// BackupMessages.h), report.key, report.schedule and report.schedule.set.
//
// keywardd builds every report itself (HTML, CSV and PDF) and signs the file with
// its Ed25519 report key, so a scheduled report is as complete as one an admin asks
// for and `keywardctl report verify` checks either offline.

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyward::api {

namespace ReportKind {
// Every section: policy, accounts, sessions, sign-in failures, admin actions,
// change windows, the audit chain, charts.
inline const QString Full = QStringLiteral("full");
// The periodic account review: policy, accounts, dormant and privileged accounts,
// the expiry forecast, the audit chain.
inline const QString AccountReview = QStringLiteral("account-review");
inline QStringList all()
{
    return {Full, AccountReview};
}
} // namespace ReportKind

namespace ReportFormat {
inline const QString Pdf = QStringLiteral("pdf");
inline const QString Html = QStringLiteral("html");
inline const QString Csv = QStringLiteral("csv");
inline QStringList all()
{
    return {Pdf, Html, Csv};
}
} // namespace ReportFormat

// report.create. The period is the last `periodDays` days up to now.
struct ReportCreateParams
{
    QString kind = ReportKind::Full;
    QString format = ReportFormat::Pdf;
    int periodDays = 30;

    QJsonObject toJson() const;
    static Result<ReportCreateParams> fromJson(const QJsonObject &json);
    bool operator==(const ReportCreateParams &) const = default;
};

// One report file as keywardd lists it.
struct ReportInfo
{
    QString id;
    QString file; // its name in STATE-DIR/reports
    QString kind;
    QString format;
    int periodDays = 0;
    QDateTime created;
    QString createdBy; // the admin, or "schedule:NAME"
    qint64 size = 0;
    QString sha256;
    QString keyId; // the signing key's id (first 16 hex digits of SHA-256 of the public key)

    QJsonObject toJson() const;
    static Result<ReportInfo> fromJson(const QJsonObject &json);
    bool operator==(const ReportInfo &) const = default;
};

struct ReportList
{
    QList<ReportInfo> reports; // newest first

    QJsonObject toJson() const;
    static Result<ReportList> fromJson(const QJsonObject &json);
    bool operator==(const ReportList &) const = default;
};

// The result of report.key: the public half of the report key, to check reports with.
struct ReportKeyInfo
{
    QString keyId;
    QString publicKeyPem;

    QJsonObject toJson() const;
    static Result<ReportKeyInfo> fromJson(const QJsonObject &json);
    bool operator==(const ReportKeyInfo &) const = default;
};

// A report keywardd writes on its own, every `everyDays` days.
struct ScheduledReport
{
    QString name; // "quarterly account review"
    QString kind = ReportKind::AccountReview;
    QString format = ReportFormat::Pdf;
    int everyDays = 91;
    int periodDays = 91;
    QDateTime lastRun; // null: not yet
    QDateTime nextRun; // computed by keywardd

    QJsonObject toJson() const;
    static Result<ScheduledReport> fromJson(const QJsonObject &json);
    bool operator==(const ScheduledReport &) const = default;
};

// The report settings (report.schedule's result, report.schedule.set's params):
// the schedule, when an account counts as dormant, and which groups make an account
// privileged (a member of any of them is listed as privileged).
struct ReportSettings
{
    QList<ScheduledReport> schedule;
    int dormantDays = 45;
    QStringList privilegedGroups{QStringLiteral("admins")};

    QJsonObject toJson() const;
    static Result<ReportSettings> fromJson(const QJsonObject &json);
    bool operator==(const ReportSettings &) const = default;
};

} // namespace keyward::api
