#pragma once

// The server's side of the change-window wizard: one asynchronous call per step
// (inventory, backup and restore, the notice and its template, the baseline,
// validation, clean-up, the temporary credentials, a report), each answering with
// the reply as a value or the server's error with its kind. The pages talk to this,
// never to the connection. A passphrase goes into its request and is not kept here.

#include "api/BackupMessages.h"
#include "api/ReportMessages.h"
#include "api/WindowInventoryMessages.h"
#include "api/WindowStepMessages.h"
#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace keyward::console {

class ServerConnection;

class ChangeWindowSteps : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Reply = std::function<void(const Result<T> &)>;

    explicit ChangeWindowSteps(ServerConnection *connection, QObject *parent = nullptr);

    void inventory(Reply<api::WindowInventory> done);
    void createBackup(const QString &passphrase, Reply<api::BackupInfo> done);
    // `reason` goes into the restore's audit entry (why the window was rolled back).
    void restoreBackup(const QString &id, const QString &passphrase, const QString &reason,
                       Reply<api::BackupRestored> done);
    void notice(const api::WindowNoticeParams &params, Reply<api::NoticeText> done);
    void setNoticeTemplate(const api::NoticeTemplate &notice, Reply<api::NoticeTemplate> done);
    // Preview (apply false) or put the baseline in force.
    void baseline(bool apply, Reply<api::BaselineResult> done);
    void validate(Reply<api::ValidationResult> done);
    void temporary(Reply<api::TemporaryCredentialList> done);
    void cleanup(const api::WindowCleanupParams &params, Reply<api::WindowCleanupResult> done);
    void createReport(const api::ReportCreateParams &params, Reply<api::ReportInfo> done);

    // The kind of an admin API error code ("unavailable" -> Unavailable).
    static ErrorKind kindOf(const QString &code);

signals:
    // After a call that changed something on the server, so lists can refresh.
    void changed();

private:
    template <typename T>
    void call(const QString &method, const QJsonObject &params, Reply<T> done, bool changes,
              int timeoutMs);

    QPointer<ServerConnection> m_connection;
};

} // namespace keyward::console
