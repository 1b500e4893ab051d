#include "views/BackupReportHints.h"

#include "api/AdminMethod.h"
#include "reports/BackupReportCenter.h"
#include "views/MethodGate.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace keyward::console {

BackupReportHints::BackupReportHints(BackupReportCenter *center, QWidget *parent)
    : QWidget(parent), m_center(center),
      m_noBackup(new QLabel(tr("No backup yet: make one before you change anything."), this)),
      m_noReport(new QLabel(tr("No report yet: create one, or schedule the quarterly account "
                               "review."),
                            this)),
      m_backupButton(new QPushButton(tr("Make a backup…"), this)),
      m_reportButton(new QPushButton(tr("Create a report…"), this))
{
    setObjectName(QStringLiteral("backupReportHints"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_noBackup, 0, 0);
    layout->addWidget(m_backupButton, 0, 1);
    layout->addWidget(m_noReport, 1, 0);
    layout->addWidget(m_reportButton, 1, 1);
    layout->setColumnStretch(0, 1);
    MethodGate::require(m_backupButton, api::Method::BackupCreate);
    MethodGate::require(m_reportButton, api::Method::ReportCreate);
    connect(m_backupButton, &QPushButton::clicked, this, &BackupReportHints::showBackupsAndReports);
    connect(m_reportButton, &QPushButton::clicked, this, &BackupReportHints::showBackupsAndReports);
    connect(m_center, &BackupReportCenter::changed, this, &BackupReportHints::update);
    update();
}

void BackupReportHints::update()
{
    // Only once the lists are in: a hint shown before would be a guess.
    const bool loaded = m_center->isLoaded();
    const bool noBackup = loaded && m_center->backups().isEmpty();
    const bool noReport = loaded && m_center->reports().isEmpty();
    m_noBackup->setVisible(noBackup);
    m_backupButton->setVisible(noBackup);
    m_noReport->setVisible(noReport);
    m_reportButton->setVisible(noReport);
    setVisible(noBackup || noReport);
}

} // namespace keyward::console
