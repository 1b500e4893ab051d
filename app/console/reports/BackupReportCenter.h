#pragma once

// The console's side of backups and reports: the lists keywardd keeps (backups with
// their checksum and verified state, reports, the report schedule), refreshed when the
// connection comes up and after every change, and the actions on them with their
// outcome in words. Files come down in parts (backup.download, report.download) and
// are saved where the admin chose, mode 0600. Checking a report's signature is done
// here, offline, with the key keywardd exports (report.key).
//
// A passphrase goes straight into the request and is dropped: never kept, never
// logged.

#include "api/BackupMessages.h"
#include "api/ReportMessages.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace keyward::console {

class ServerConnection;

class BackupReportCenter : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;
        QString message;
    };
    using Done = std::function<void(const Outcome &)>;
    // Bytes sent so far of the whole.
    using Progress = std::function<void(qint64 sent, qint64 total)>;
    // An upload's outcome and, when it succeeded, the backup's id on the server.
    using Uploaded = std::function<void(const Outcome &, const QString &id)>;

    explicit BackupReportCenter(ServerConnection *connection, QObject *parent = nullptr);

    const QList<api::BackupInfo> &backups() const { return m_backups; }
    const QList<api::ReportInfo> &reports() const { return m_reports; }
    const api::ReportSettings &settings() const { return m_settings; }
    int retention() const { return m_retention; }
    bool isLoaded() const { return m_loaded; }
    // The public key reports are signed with (PEM), once fetched.
    QString publicKeyPem() const { return m_publicKeyPem; }

    void refresh();
    void createBackup(const QString &passphrase, Done done);
    void restoreBackup(const QString &id, const QString &passphrase, Done done);
    void deleteBackup(const QString &id, Done done);
    void downloadBackup(const QString &id, const QString &path, Done done);
    // Sends a backup file from this desktop in parts (backup.upload): its size and
    // SHA-256 first, then the parts in order, then finish; on success `done` gets the id
    // is the backup's id on the server, ready for restoreBackup().
    void uploadBackup(const QString &path, Progress progress, Uploaded done);
    void createReport(const api::ReportCreateParams &params, Done done);
    void downloadReport(const QString &id, const QString &path, Done done);
    void setSettings(const api::ReportSettings &settings, Done done);
    // Checks a report file (and FILE.sig beside it for a CSV) against the server's key.
    Outcome verifyFile(const QString &path) const;

    // A rough strength for a passphrase: 0 weak, 1 fair, 2 strong, with a hint.
    static QPair<int, QString> strength(const QString &passphrase);

signals:
    void changed();

private:
    void uploadPart(const QString &path, const QString &upload, qint64 offset, qint64 size,
                    Progress progress, Uploaded done);
    void download(const QString &method, const QString &id, const QString &path, qint64 offset,
                  Done done);

    QPointer<ServerConnection> m_connection;
    QList<api::BackupInfo> m_backups;
    QList<api::ReportInfo> m_reports;
    api::ReportSettings m_settings;
    int m_retention = 0;
    bool m_loaded = false;
    QString m_publicKeyPem;
};

} // namespace keyward::console
