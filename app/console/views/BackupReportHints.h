#pragma once

// On the dashboard of a server without a backup or without a report: what is missing
// and the button that fixes it. Hidden once both exist.

#include <QWidget>

class QLabel;
class QPushButton;

namespace keyward::console {

class BackupReportCenter;

class BackupReportHints : public QWidget
{
    Q_OBJECT

public:
    explicit BackupReportHints(BackupReportCenter *center, QWidget *parent = nullptr);

    QLabel *noBackup() const { return m_noBackup; }
    QLabel *noReport() const { return m_noReport; }

signals:
    void showBackupsAndReports();

private:
    void update();

    BackupReportCenter *m_center;
    QLabel *m_noBackup;
    QLabel *m_noReport;
    QPushButton *m_backupButton;
    QPushButton *m_reportButton;
};

} // namespace keyward::console
