#include "views/BackupsReportsPage.h"

#include "api/AdminMethod.h"
#include "api/IsoTime.h"
#include "reports/BackupReportCenter.h"
#include "views/BackupPassphraseDialog.h"
#include "views/Confirmation.h"
#include "views/MessageBanner.h"
#include "views/MethodGate.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <memory>

namespace keyward::console {

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void fill(QTableWidget *table, const QList<QStringList> &rows)
{
    const QString selected = table->currentRow() >= 0 && table->item(table->currentRow(), 0)
                                 ? table->item(table->currentRow(), 0)->text()
                                 : QString();
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
        if (!selected.isEmpty() && rows[r].value(0) == selected)
            table->selectRow(r);
    }
    table->resizeColumnsToContents();
}

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : BackupsReportsPage::tr("never");
}

} // namespace

BackupsReportsPage::BackupsReportsPage(BackupReportCenter *center, QWidget *parent)
    : QWidget(parent), m_center(center), m_banner(new MessageBanner(this)),
      m_backups(makeTable({tr("Backup"), tr("Made"), tr("By"), tr("Size"), tr("Users"),
                           tr("Verified"), tr("SHA-256")},
                          QStringLiteral("backupTable"), this)),
      m_backupsEmpty(new QLabel(this)),
      m_reports(makeTable({tr("Report"), tr("Written"), tr("Kind"), tr("Format"), tr("Days"),
                           tr("By"), tr("Signing key")},
                          QStringLiteral("reportTable"), this)),
      m_reportsEmpty(new QLabel(this)), m_uploadProgress(new QProgressBar(this)),
      m_schedule(makeTable({tr("Scheduled report"), tr("Kind"), tr("Format"), tr("Every (days)"),
                            tr("Last written"), tr("Next")},
                           QStringLiteral("scheduleTable"), this)),
      m_kind(new QComboBox(this)), m_format(new QComboBox(this)), m_days(new QSpinBox(this)),
      m_addReview(new QPushButton(tr("Add the quarterly account review"), this))
{
    setObjectName(QStringLiteral("backupsReportsPage"));
    m_backupsEmpty->setText(tr("No backup yet. Make one before any change window: it holds the "
                               "users, keys and audit trail, encrypted under your passphrase."));
    m_reportsEmpty->setText(tr("No report yet. Create one for your auditor, or schedule the "
                               "quarterly account review below."));
    for (QLabel *l : {m_backupsEmpty, m_reportsEmpty})
        l->setWordWrap(true);

    auto *backupBox = new QGroupBox(tr("Backups"), this);
    auto *make = new QPushButton(tr("Make backup…"), backupBox);
    make->setObjectName(QStringLiteral("makeBackup"));
    auto *download = new QPushButton(tr("Download…"), backupBox);
    auto *restore = new QPushButton(tr("Restore…"), backupBox);
    restore->setObjectName(QStringLiteral("restoreBackup"));
    auto *remove = new QPushButton(tr("Delete…"), backupBox);
    auto *fromFile = new QPushButton(tr("Restore from file…"), backupBox);
    fromFile->setObjectName(QStringLiteral("restoreFromFile"));
    fromFile->setToolTip(tr("Upload a backup file from this computer to the server and "
                            "restore it"));
    auto *backupButtons = new QHBoxLayout;
    for (QPushButton *b : {make, download, restore, fromFile, remove})
        backupButtons->addWidget(b);
    backupButtons->addStretch(1);
    auto *backupLayout = new QVBoxLayout(backupBox);
    backupLayout->addWidget(m_backupsEmpty);
    backupLayout->addWidget(m_backups, 1);
    backupLayout->addLayout(backupButtons);
    m_uploadProgress->setVisible(false);
    m_uploadProgress->setFormat(tr("Uploading %p%"));
    backupLayout->addWidget(m_uploadProgress);
    MethodGate::require(make, api::Method::BackupCreate);
    MethodGate::require(download, api::Method::BackupDownload);
    MethodGate::require(restore, api::Method::BackupRestore);
    MethodGate::require(fromFile, api::Method::BackupUpload);
    MethodGate::require(remove, api::Method::BackupDelete);
    connect(make, &QPushButton::clicked, this, &BackupsReportsPage::makeBackup);
    connect(download, &QPushButton::clicked, this, &BackupsReportsPage::downloadSelectedBackup);
    connect(restore, &QPushButton::clicked, this, &BackupsReportsPage::restoreSelected);
    connect(fromFile, &QPushButton::clicked, this, &BackupsReportsPage::restoreFromFile);
    connect(this, &BackupsReportsPage::uploadedForRestore, this, &BackupsReportsPage::askToRestore,
            Qt::QueuedConnection);
    connect(remove, &QPushButton::clicked, this, &BackupsReportsPage::deleteSelectedBackup);

    auto *reportBox = new QGroupBox(tr("Reports"), this);
    m_kind->addItem(tr("Security report (everything)"), api::ReportKind::Full);
    m_kind->addItem(tr("Account review"), api::ReportKind::AccountReview);
    m_format->addItem(tr("PDF"), api::ReportFormat::Pdf);
    m_format->addItem(tr("HTML"), api::ReportFormat::Html);
    m_format->addItem(tr("CSV"), api::ReportFormat::Csv);
    m_days->setRange(1, 3660);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    auto *create = new QPushButton(tr("Create report"), reportBox);
    create->setObjectName(QStringLiteral("createReport"));
    auto *createRow = new QHBoxLayout;
    createRow->addWidget(m_kind);
    createRow->addWidget(m_format);
    createRow->addWidget(new QLabel(tr("Period:"), reportBox));
    createRow->addWidget(m_days);
    createRow->addWidget(create);
    createRow->addStretch(1);
    auto *reportDownload = new QPushButton(tr("Download…"), reportBox);
    auto *verify = new QPushButton(tr("Verify a report file…"), reportBox);
    auto *reportButtons = new QHBoxLayout;
    reportButtons->addWidget(reportDownload);
    reportButtons->addWidget(verify);
    reportButtons->addStretch(1);
    auto *reportLayout = new QVBoxLayout(reportBox);
    reportLayout->addLayout(createRow);
    reportLayout->addWidget(m_reportsEmpty);
    reportLayout->addWidget(m_reports, 1);
    reportLayout->addLayout(reportButtons);
    reportLayout->addWidget(m_schedule);
    reportLayout->addWidget(m_addReview, 0, Qt::AlignLeft);
    MethodGate::require(create, api::Method::ReportCreate);
    MethodGate::require(reportDownload, api::Method::ReportDownload);
    MethodGate::require(m_addReview, api::Method::ReportScheduleSet);
    connect(create, &QPushButton::clicked, this, &BackupsReportsPage::createReport);
    connect(reportDownload, &QPushButton::clicked, this,
            &BackupsReportsPage::downloadSelectedReport);
    connect(verify, &QPushButton::clicked, this, &BackupsReportsPage::verifyReportFile);
    connect(m_addReview, &QPushButton::clicked, this, &BackupsReportsPage::addQuarterlyReview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(backupBox, 1);
    layout->addWidget(reportBox, 2);
    connect(m_center, &BackupReportCenter::changed, this, &BackupsReportsPage::update);
    update();
}

void BackupsReportsPage::update()
{
    QList<QStringList> rows;
    for (const api::BackupInfo &b : m_center->backups())
        rows.append({b.id, when(b.created), b.createdBy, QLocale().formattedDataSize(b.size),
                     b.uploaded ? QString() : QString::number(b.users),
                     b.uploaded   ? tr("uploaded")
                     : b.verified ? tr("yes")
                                  : tr("NO: %1").arg(b.problem),
                     b.sha256});
    fill(m_backups, rows);
    m_backupsEmpty->setVisible(m_center->backups().isEmpty());
    rows.clear();
    for (const api::ReportInfo &r : m_center->reports())
        rows.append({r.id, when(r.created), r.kind, r.format, QString::number(r.periodDays),
                     r.createdBy, r.keyId});
    fill(m_reports, rows);
    m_reportsEmpty->setVisible(m_center->reports().isEmpty());
    rows.clear();
    bool hasReview = false;
    for (const api::ScheduledReport &s : m_center->settings().schedule) {
        rows.append({s.name, s.kind, s.format, QString::number(s.everyDays), when(s.lastRun),
                     when(s.nextRun)});
        hasReview = hasReview || s.kind == api::ReportKind::AccountReview;
    }
    fill(m_schedule, rows);
    m_addReview->setVisible(!hasReview);
}

QString BackupsReportsPage::selectedBackup() const
{
    const int row = m_backups->currentRow();
    return row >= 0 && m_backups->item(row, 0) ? m_backups->item(row, 0)->text() : QString();
}

QString BackupsReportsPage::selectedReport() const
{
    const int row = m_reports->currentRow();
    return row >= 0 && m_reports->item(row, 0) ? m_reports->item(row, 0)->text() : QString();
}

QString BackupsReportsPage::restoreQuestion(const api::BackupInfo &backup)
{
    if (backup.uploaded)
        return tr("Restore backup %1, uploaded from %2 by %3 on %4?\n\nEvery user and "
                  "password, every API token, the policy and the audit trail on the server are "
                  "replaced by the backup's. Changes made since the backup was made are lost, and "
                  "every connected user is disconnected.")
            .arg(backup.id, backup.uploadedFrom, backup.createdBy, when(backup.created));
    return tr("Restore backup %1, made %2 by %3?\n\nEvery user and password, every API token, the "
              "policy and the audit trail on the server are replaced by the backup's: %4 users, "
              "%5 API tokens, %6 audit entries. Changes made since then are lost, and every "
              "connected user is disconnected.")
        .arg(backup.id, when(backup.created), backup.createdBy)
        .arg(backup.users)
        .arg(backup.tokens)
        .arg(backup.auditEntries);
}

void BackupsReportsPage::makeBackup()
{
    BackupPassphraseDialog dialog(
        BackupPassphraseDialog::Purpose::Create,
        tr("The backup holds the users, the keys and the audit trail, encrypted under this "
           "passphrase. keywardd checks it by restoring it into a scratch copy."),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    makeBackupWith(dialog.takePassphrase());
}

void BackupsReportsPage::makeBackupWith(const QString &passphrase)
{
    m_banner->showSuccess(tr("Making the backup…"));
    QPointer<BackupsReportsPage> self(this);
    m_center->createBackup(passphrase, [self](const BackupReportCenter::Outcome &o) {
        if (self)
            self->m_banner->showOutcome(o.ok, o.message);
    });
}

void BackupsReportsPage::restoreSelected()
{
    const QString id = selectedBackup();
    if (id.isEmpty())
        return m_banner->showProblem(tr("Choose the backup to restore in the list first."));
    askToRestore(id);
}

void BackupsReportsPage::askToRestore(const QString &id)
{
    for (const api::BackupInfo &b : m_center->backups()) {
        if (b.id != id)
            continue;
        if (!Confirmation::ask(this, tr("Restore backup"), restoreQuestion(b),
                               tr("This cannot be undone from the console; make a backup of the "
                                  "current state first if you may want it back."),
                               tr("Restore backup")))
            return;
        BackupPassphraseDialog dialog(BackupPassphraseDialog::Purpose::Restore,
                                      tr("The passphrase the backup was made with."), this);
        if (dialog.exec() == QDialog::Accepted)
            restoreWith(id, dialog.takePassphrase());
        return;
    }
    m_banner->showProblem(tr("Choose the backup to restore in the list first."));
}

void BackupsReportsPage::restoreFromFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Restore from a backup file"), {},
                                     tr("Keyward backups (*.kwbackup);;All files (*)"));
    if (!path.isEmpty())
        uploadForRestore(path);
}

void BackupsReportsPage::uploadForRestore(const QString &path)
{
    m_banner->showSuccess(tr("Uploading %1…").arg(QFileInfo(path).fileName()));
    m_uploadProgress->setRange(0, 100);
    m_uploadProgress->setValue(0);
    m_uploadProgress->setVisible(true);
    QPointer<BackupsReportsPage> self(this);
    m_center->uploadBackup(
        path,
        [self](qint64 sent, qint64 total) {
            if (self && total > 0)
                self->m_uploadProgress->setValue(static_cast<int>(sent * 100 / total));
        },
        [self](const BackupReportCenter::Outcome &o, const QString &id) {
            if (!self)
                return;
            self->m_uploadProgress->setVisible(false);
            self->m_banner->showOutcome(o.ok, o.message);
            if (!o.ok)
                return;
            // The list must hold it before the confirmation can name what it holds.
            auto connection = std::make_shared<QMetaObject::Connection>();
            auto ask = [self, id, connection] {
                if (!self)
                    return;
                for (const api::BackupInfo &b : self->m_center->backups()) {
                    if (b.id == id) {
                        QObject::disconnect(*connection);
                        emit self->uploadedForRestore(id);
                        return;
                    }
                }
            };
            *connection = connect(self->m_center, &BackupReportCenter::changed, self.data(), ask);
            ask();
        });
}

void BackupsReportsPage::restoreWith(const QString &id, const QString &passphrase)
{
    QPointer<BackupsReportsPage> self(this);
    m_center->restoreBackup(id, passphrase, [self](const BackupReportCenter::Outcome &o) {
        if (self)
            self->m_banner->showOutcome(o.ok, o.message);
    });
}

void BackupsReportsPage::downloadSelectedBackup()
{
    const QString id = selectedBackup();
    if (id.isEmpty())
        return m_banner->showProblem(tr("Choose a backup in the list first."));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save backup"), QStringLiteral("keyward-%1.kwbackup").arg(id));
    if (path.isEmpty())
        return;
    QPointer<BackupsReportsPage> self(this);
    m_center->downloadBackup(id, path, [self](const BackupReportCenter::Outcome &o) {
        if (self)
            self->m_banner->showOutcome(o.ok, o.message);
    });
}

void BackupsReportsPage::deleteSelectedBackup()
{
    const QString id = selectedBackup();
    if (id.isEmpty())
        return m_banner->showProblem(tr("Choose a backup in the list first."));
    if (!Confirmation::ask(this, tr("Delete backup"),
                           tr("Delete backup %1 from the server?").arg(id),
                           tr("Copies you downloaded stay where they are."), tr("Delete backup")))
        return;
    QPointer<BackupsReportsPage> self(this);
    m_center->deleteBackup(id, [self](const BackupReportCenter::Outcome &o) {
        if (self)
            self->m_banner->showOutcome(o.ok, o.message);
    });
}

void BackupsReportsPage::createReport()
{
    api::ReportCreateParams params;
    params.kind = m_kind->currentData().toString();
    params.format = m_format->currentData().toString();
    params.periodDays = m_days->value();
    QPointer<BackupsReportsPage> self(this);
    m_center->createReport(params, [self](const BackupReportCenter::Outcome &o) {
        if (self)
            self->m_banner->showOutcome(o.ok, o.message);
    });
}

void BackupsReportsPage::downloadSelectedReport()
{
    const QString id = selectedReport();
    QString file;
    for (const api::ReportInfo &r : m_center->reports())
        file = r.id == id ? r.file : file;
    if (file.isEmpty())
        return m_banner->showProblem(tr("Choose a report in the list first."));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), file);
    if (path.isEmpty())
        return;
    QPointer<BackupsReportsPage> self(this);
    m_center->downloadReport(id, path, [self](const BackupReportCenter::Outcome &o) {
        if (self)
            self->m_banner->showOutcome(o.ok, o.message);
    });
}

void BackupsReportsPage::verifyReportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Verify a report"), {},
                                                      tr("Keyward reports (*.pdf *.html *.csv)"));
    if (!path.isEmpty())
        verifyFile(path);
}

void BackupsReportsPage::verifyFile(const QString &path)
{
    const BackupReportCenter::Outcome o = m_center->verifyFile(path);
    m_banner->showOutcome(o.ok, o.message);
}

void BackupsReportsPage::addQuarterlyReview()
{
    api::ReportSettings settings = m_center->settings();
    api::ScheduledReport review;
    review.name = tr("quarterly account review");
    settings.schedule.append(review);
    QPointer<BackupsReportsPage> self(this);
    m_center->setSettings(settings, [self](const BackupReportCenter::Outcome &o) {
        if (self)
            self->m_banner->showOutcome(o.ok, o.message);
    });
}

} // namespace keyward::console
