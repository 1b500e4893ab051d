#pragma once

// Signed reports (report.*): keywardd gathers the figures (ReportBuilder), renders
// them as PDF, HTML or CSV and signs the file with its Ed25519 report key
// (STATE-DIR/report.key, made at first use); report.key exports the public half.
// Reports live in STATE-DIR/reports (0700, files 0600) with a retention. The report
// settings (report.schedule / report.schedule.set, one setting shared by every
// console) hold the schedule keywardd runs on its own — checked at start, hourly, and
// right after the schedule changes — plus the dormant threshold and the privileged
// groups.

#include "admin/AdminService.h"
#include "api/ReportMessages.h"
#include "core/FileCatalog.h"

#include <QObject>
#include <QTimer>

namespace keyward::admin {

class ReportService : public QObject, public AdminService
{
    Q_OBJECT

public:
    static constexpr int CheckIntervalMs = 60 * 60 * 1000;

    struct Settings
    {
        QString stateDir;
        int retention = 50;
    };

    ReportService(AdminContext &context, Settings settings, QObject *parent = nullptr);

    void registerMethods(ipc::MethodRegistry &registry) override;
    // Runs due scheduled reports once the event loop runs, then every CheckIntervalMs.
    void startSchedule();
    // Writes every scheduled report that is due at `now`.
    void runDue(const QDateTime &now);

    // The work of report.create (also for the change-window wizard's summary).
    Result<api::ReportInfo> createReport(const api::ReportCreateParams &params,
                                         const QString &actor);
    Result<api::ReportSettings> settings() const;

private:
    void create(const Request &request, const Responder &reply);
    void list(const Request &request, const Responder &reply);
    void download(const Request &request, const Responder &reply);
    void key(const Request &request, const Responder &reply);
    void schedule(const Request &request, const Responder &reply);
    void setSchedule(const Request &request, const Responder &reply);
    // The schedule with each report's next run filled in.
    static api::ReportSettings withNextRuns(api::ReportSettings settings, const QDateTime &now);

    AdminContext &m_context;
    Settings m_settings;
    core::FileCatalog m_catalog;
    QTimer m_timer;
};

} // namespace keyward::admin
