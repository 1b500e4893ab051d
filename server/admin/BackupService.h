#pragma once

// Encrypted backups of keywardd's state (backup.*): create one (an online snapshot of
// the database, the key files, the audit anchors and the report key, sealed under the
// admin's passphrase, then verified by restoring it into a scratch directory), list,
// download in parts, delete, and restore one into the running keywardd: every session
// ends with a reason, the database rows and the anchors are swapped in one step, the
// policy is reloaded, and the restore is audited in the restored chain.
//
// The passphrase is used and dropped: never stored, logged, audited or sent in an
// event. Backups live in STATE-DIR/backups (0700, files 0600), RETENTION newest kept.

#include "admin/AdminService.h"
#include "core/BackupSnapshot.h"
#include "core/FileCatalog.h"

#include <QJsonObject>
#include <QString>

namespace keyward::api {
struct BackupInfo;
}

namespace keyward::admin {

class SessionControl;

class BackupService : public AdminService
{
public:
    struct Settings
    {
        core::StateFiles files;
        int retention = 10;
        QJsonObject config; // the configuration in force, kept in each backup for reference
    };

    BackupService(AdminContext &context, SessionControl &sessions, Settings settings);

    void registerMethods(ipc::MethodRegistry &registry) override;

    // The work of backup.create, for the change-window wizard too. `passphrase` is
    // wiped before it returns.
    Result<api::BackupInfo> createBackup(QByteArray &passphrase, const QString &actor);
    // The work of backup.restore. `passphrase` is wiped before it returns.
    Result<QJsonObject> restoreBackup(const QString &id, QByteArray &passphrase,
                                      const QString &actor);
    Result<QList<api::BackupInfo>> backups() const;

private:
    void create(const Request &request, const Responder &reply);
    void list(const Request &request, const Responder &reply);
    void download(const Request &request, const Responder &reply);
    void remove(const Request &request, const Responder &reply);
    void restore(const Request &request, const Responder &reply);

    AdminContext &m_context;
    SessionControl &m_sessions;
    Settings m_settings;
    core::FileCatalog m_catalog;
};

} // namespace keyward::admin
