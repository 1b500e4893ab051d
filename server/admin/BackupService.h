#pragma once

// Encrypted backups of keywardd's state (backup.*): create one (an online snapshot of
// the database, the key files, the audit anchors and the report key, sealed under the
// admin's passphrase, then verified by restoring it into a scratch directory), list,
// download in parts, delete, and restore one into the running keywardd: every session
// ends with a reason, the database rows and the anchors are swapped in one step, the
// policy is reloaded, and the restore is audited in the restored chain. An admin may
// also upload a backup file from their desktop (backup.upload, see BackupUploads):
// once checked it is listed, marked uploaded, and restores like any other.
//
// The passphrase is used and dropped: never stored, logged, audited or sent in an
// event. Backups live in STATE-DIR/backups (0700, files 0600), RETENTION newest kept.

#include "admin/AdminService.h"
#include "admin/BackupUploads.h"
#include "core/BackupSnapshot.h"
#include "core/FileCatalog.h"

#include <QJsonObject>
#include <QString>
#include <memory>

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
    // The work of backup.restore. `passphrase` is wiped before it returns; `reason`
    // (may be empty) goes into the restore's audit entry.
    Result<QJsonObject> restoreBackup(const QString &id, QByteArray &passphrase,
                                      const QString &actor, const QString &reason = {});
    Result<QList<api::BackupInfo>> backups() const;
    // The uploads in progress: keywardd tells it when an admin's connection closes.
    BackupUploads &uploads() { return *m_uploads; }

private:
    void create(const Request &request, const Responder &reply);
    void list(const Request &request, const Responder &reply);
    void download(const Request &request, const Responder &reply);
    void upload(const Request &request, const Responder &reply);
    // backup.upload's finish: lists the checked file as a backup, audited.
    Result<api::BackupInfo> addUploaded(const BackupUploads::Finished &file, const QString &actor);
    void remove(const Request &request, const Responder &reply);
    void restore(const Request &request, const Responder &reply);

    AdminContext &m_context;
    SessionControl &m_sessions;
    Settings m_settings;
    core::FileCatalog m_catalog;
    std::unique_ptr<BackupUploads> m_uploads;
};

} // namespace keyward::admin
