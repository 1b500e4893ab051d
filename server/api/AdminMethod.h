#pragma once

// The admin API's method names: written here once, used by keywardd (to register
// its services' handlers), keywardctl and the console (to call them). The request
// and reply shapes of each are in this folder's value types.

#include <QString>
#include <QStringList>

namespace keyward::api::Method {

// Connection set-up, handled by the IPC layer itself.
inline const QString Hello = QStringLiteral("hello");
inline const QString Subscribe = QStringLiteral("subscribe");

// Server status.
inline const QString Status = QStringLiteral("status");

// Users and their credentials.
inline const QString UserAdd = QStringLiteral("user.add");
inline const QString UserList = QStringLiteral("user.list");
inline const QString UserShow = QStringLiteral("user.show");
inline const QString UserDisable = QStringLiteral("user.disable");
inline const QString UserEnable = QStringLiteral("user.enable");
inline const QString UserUnlock = QStringLiteral("user.unlock");
inline const QString UserDelete = QStringLiteral("user.delete");
inline const QString UserReset = QStringLiteral("user.reset");
inline const QString UserGroups = QStringLiteral("user.groups");
inline const QString UserImport = QStringLiteral("user.import");
inline const QString UserRotate = QStringLiteral("user.rotate");
inline const QString UserExpiring = QStringLiteral("user.expiring");

// Live and ended sessions.
inline const QString SessionList = QStringLiteral("session.list");
inline const QString SessionDisconnect = QStringLiteral("session.disconnect");
inline const QString SessionRevoke = QStringLiteral("session.revoke");
inline const QString SessionRekey = QStringLiteral("session.rekey");
inline const QString SessionHistory = QStringLiteral("session.history");

// The security policy.
inline const QString PolicyGet = QStringLiteral("policy.get");
inline const QString PolicySet = QStringLiteral("policy.set");

// The audit trail.
inline const QString AuditList = QStringLiteral("audit.list");
inline const QString AuditVerify = QStringLiteral("audit.verify");

// API tokens for remote consoles.
inline const QString TokenCreate = QStringLiteral("token.create");
inline const QString TokenList = QStringLiteral("token.list");
inline const QString TokenRevoke = QStringLiteral("token.revoke");

// Planned change windows.
inline const QString WindowList = QStringLiteral("window.list");
inline const QString WindowPlan = QStringLiteral("window.plan");
inline const QString WindowCancel = QStringLiteral("window.cancel");
// The change-window procedure's steps.
inline const QString WindowInventory = QStringLiteral("window.inventory");
inline const QString WindowBaselinePreview = QStringLiteral("window.baseline.preview");
inline const QString WindowBaselineApply = QStringLiteral("window.baseline.apply");
inline const QString WindowTemporary = QStringLiteral("window.temporary");
inline const QString WindowCleanup = QStringLiteral("window.cleanup");
inline const QString WindowValidate = QStringLiteral("window.validate");
inline const QString WindowNotice = QStringLiteral("window.notice");
inline const QString WindowNoticeSet = QStringLiteral("window.notice.set");

// Live packet captures (admin role).
inline const QString CaptureStart = QStringLiteral("capture.start");
inline const QString CaptureStop = QStringLiteral("capture.stop");
inline const QString CaptureList = QStringLiteral("capture.list");
inline const QString CaptureDownload = QStringLiteral("capture.download");
inline const QString CaptureDelete = QStringLiteral("capture.delete");
inline const QString CaptureAnalysis = QStringLiteral("capture.analysis");
inline const QString CapturePacket = QStringLiteral("capture.packet");

// Encrypted backups of the server's state.
inline const QString BackupCreate = QStringLiteral("backup.create");
inline const QString BackupList = QStringLiteral("backup.list");
inline const QString BackupDownload = QStringLiteral("backup.download");
inline const QString BackupUpload = QStringLiteral("backup.upload");
inline const QString BackupDelete = QStringLiteral("backup.delete");
inline const QString BackupRestore = QStringLiteral("backup.restore");

// Signed reports and their schedule.
inline const QString ReportCreate = QStringLiteral("report.create");
inline const QString ReportList = QStringLiteral("report.list");
inline const QString ReportDownload = QStringLiteral("report.download");
inline const QString ReportKey = QStringLiteral("report.key");
inline const QString ReportSchedule = QStringLiteral("report.schedule");
inline const QString ReportScheduleSet = QStringLiteral("report.schedule.set");

// Every method a service registers (not hello and subscribe), for tests and help.
inline QStringList all()
{
    return {Status,
            UserAdd,
            UserList,
            UserShow,
            UserDisable,
            UserEnable,
            UserUnlock,
            UserDelete,
            UserReset,
            UserGroups,
            UserImport,
            UserRotate,
            UserExpiring,
            SessionList,
            SessionDisconnect,
            SessionRevoke,
            SessionRekey,
            SessionHistory,
            PolicyGet,
            PolicySet,
            AuditList,
            AuditVerify,
            TokenCreate,
            TokenList,
            TokenRevoke,
            WindowList,
            WindowPlan,
            WindowCancel,
            CaptureStart,
            CaptureStop,
            CaptureList,
            CaptureDownload,
            CaptureDelete,
            CaptureAnalysis,
            CapturePacket,
            BackupCreate,
            BackupList,
            BackupDownload,
            BackupUpload,
            BackupDelete,
            BackupRestore,
            ReportCreate,
            ReportList,
            ReportDownload,
            ReportKey,
            ReportSchedule,
            ReportScheduleSet,
            WindowInventory,
            WindowBaselinePreview,
            WindowBaselineApply,
            WindowTemporary,
            WindowCleanup,
            WindowValidate,
            WindowNotice,
            WindowNoticeSet};
}

} // namespace keyward::api::Method
