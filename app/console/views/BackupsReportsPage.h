#pragma once

// Backups & Reports: make an encrypted backup (passphrase twice, with a strength
// hint), list them with their checksum and whether they verified, download, delete,
// and restore one after a confirmation that names what it replaces, or restore from a
// backup file on this desktop (uploaded with progress, then the same confirmation and
// passphrase); write a signed
// report (kind, format, period), download it, check a report file's signature; and
// the reports keywardd writes on its own schedule.

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace keyward::api {
struct BackupInfo;
}

namespace keyward::console {

class BackupReportCenter;
class MessageBanner;

class BackupsReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit BackupsReportsPage(BackupReportCenter *center, QWidget *parent = nullptr);

    QTableWidget *backupTable() const { return m_backups; }
    QTableWidget *reportTable() const { return m_reports; }
    QTableWidget *scheduleTable() const { return m_schedule; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *backupsEmpty() const { return m_backupsEmpty; }
    QLabel *reportsEmpty() const { return m_reportsEmpty; }
    QProgressBar *uploadProgress() const { return m_uploadProgress; }

    // What the restore confirmation says will be replaced.
    static QString restoreQuestion(const api::BackupInfo &backup);

public slots:
    // Each asks what it needs (passphrase, file name, confirmation) in a dialog.
    void makeBackup();
    void restoreSelected();
    // "Restore from file…": choose a backup file here, upload it, then restore it.
    void restoreFromFile();
    void downloadSelectedBackup();
    void deleteSelectedBackup();
    void createReport();
    void downloadSelectedReport();
    void verifyReportFile();
    void addQuarterlyReview();

    // The work after the dialogs (tests call these directly).
    void makeBackupWith(const QString &passphrase);
    void restoreWith(const QString &id, const QString &passphrase);
    // Uploads `path` with progress; once listed, emits uploadedForRestore(id), which
    // leads to the restore confirmation and the passphrase dialog.
    void uploadForRestore(const QString &path);
    // The confirmation naming what backup `id` replaces, then its passphrase.
    void askToRestore(const QString &id);
    void verifyFile(const QString &path);

signals:
    // An uploaded backup is listed and may be restored.
    void uploadedForRestore(const QString &id);

private:
    void update();
    QString selectedBackup() const;
    QString selectedReport() const;

    BackupReportCenter *m_center;
    MessageBanner *m_banner;
    QTableWidget *m_backups;
    QLabel *m_backupsEmpty;
    QTableWidget *m_reports;
    QLabel *m_reportsEmpty;
    QProgressBar *m_uploadProgress;
    QTableWidget *m_schedule;
    QComboBox *m_kind;
    QComboBox *m_format;
    QSpinBox *m_days;
    QPushButton *m_addReview;
};

} // namespace keyward::console
