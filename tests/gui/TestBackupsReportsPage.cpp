// The Backups & reports page against a real keywardd (offscreen): the dashboard says
// there is no backup and no report yet; a backup made from the page is listed with
// its checksum as verified; restoring it brings the users back as they were; "Restore
// from file…" uploads a downloaded backup with progress, lists it as uploaded, asks
// the same confirmation and passphrase, and restores it; the
// passphrase dialog asks twice and refuses a weak one; a report written from the page
// downloads and verifies against the server's key, and fails once one byte changed;
// the quarterly account review is scheduled and written by keywardd itself.

#include "Localization.h"
#include "NetworkLab.h"
#include "ServerUnderTest.h"
#include "client/ConnectionProfile.h"
#include "client/ServerConnection.h"
#include "reports/BackupReportCenter.h"
#include "views/BackupPassphraseDialog.h"
#include "views/BackupReportHints.h"
#include "views/BackupsReportsPage.h"
#include "views/DashboardPage.h"
#include "views/MainWindow.h"
#include "views/MessageBanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace keyward::console;

namespace {
const QString Password = QStringLiteral("Correct-horse-42");
const QString Passphrase = QStringLiteral("four words for the safe");
} // namespace

class TestBackupsReportsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KeywardTest"));
        Localization::install(*QCoreApplication::instance(), "en");
        const QString why = m_lab.setUp();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        QSettings().clear();
        m_server = std::make_unique<ServerUnderTest>(m_lab);
        const QString error = m_server->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const char *name : {"alice", "bob"})
            QVERIFY(m_server->addUser(QLatin1String(name), Password));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QSignalSpy online(m_window->connection(), &ServerConnection::online);
        m_window->connection()->open(ConnectionProfile::local(m_server->socketPath()));
        QVERIFY(online.wait(5000));
        QTRY_VERIFY(m_window->backupReportCenter()->isLoaded());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_server.reset();
    }

    void theDashboardSaysWhatIsMissing()
    {
        auto *hints = m_window->dashboardPage()->findChild<BackupReportHints *>();
        QVERIFY(hints);
        QTRY_VERIFY(hints->noBackup()->isVisibleTo(m_window.get()));
        QVERIFY(hints->noReport()->isVisibleTo(m_window.get()));
        m_window->showPage(MainWindow::BackupsReports);
        QCOMPARE(m_window->currentPage(), MainWindow::BackupsReports);
        QVERIFY(m_window->backupsReportsPage()->backupsEmpty()->isVisible());
        QVERIFY(m_window->backupsReportsPage()->reportsEmpty()->isVisible());
    }

    void thePassphraseDialogAsksTwiceAndRefusesAWeakOne()
    {
        BackupPassphraseDialog dialog(BackupPassphraseDialog::Purpose::Create, "why");
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(dialog.first(), "short");
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.hint()->text().contains("Too weak"));
        dialog.first()->setText(Passphrase);
        QVERIFY(!ok->isEnabled()); // not repeated yet
        QVERIFY(dialog.hint()->text().contains("differ"));
        dialog.second()->setText(Passphrase);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.takePassphrase(), Passphrase);
        QVERIFY(dialog.first()->text().isEmpty() && dialog.second()->text().isEmpty());
    }

    void aBackupMadeFromThePageIsVerifiedAndRestores()
    {
        BackupsReportsPage *page = m_window->backupsReportsPage();
        page->makeBackupWith(Passphrase);
        QTRY_COMPARE_WITH_TIMEOUT(page->backupTable()->rowCount(), 1, 60000);
        QTRY_VERIFY(page->banner()->text().contains("verified"));
        QCOMPARE(page->backupTable()->item(0, 5)->text(), QString("yes"));
        QCOMPARE(page->backupTable()->item(0, 4)->text(), QString("2"));
        QCOMPARE(page->backupTable()->item(0, 6)->text().size(), 64); // SHA-256 in hex
        QVERIFY(!page->backupsEmpty()->isVisible());
        const auto backup = m_window->backupReportCenter()->backups().first();
        const QString question = BackupsReportsPage::restoreQuestion(backup);
        QVERIFY(question.contains(backup.id) && question.contains("2 users") &&
                question.contains("disconnected"));

        QVERIFY(m_server->addUser("erin", Password));
        page->restoreWith(backup.id, "not the passphrase");
        QTRY_VERIFY(page->banner()->isProblem() &&
                    page->banner()->text().contains("wrong passphrase"));
        QVERIFY(m_server->call("user.show", {{"name", "erin"}}).ok);
        page->restoreWith(backup.id, Passphrase);
        QTRY_VERIFY_WITH_TIMEOUT(
            page->banner()->text().startsWith(QString("Backup %1 restored").arg(backup.id)), 60000);
        QVERIFY(!page->banner()->isProblem());
        QCOMPARE(m_server->call("user.show", {{"name", "erin"}}).errorCode, QString("not-found"));
    }

    void restoreFromFileUploadsConfirmsAndRestores()
    {
        BackupsReportsPage *page = m_window->backupsReportsPage();
        BackupReportCenter *center = m_window->backupReportCenter();
        QVERIFY(!center->backups().isEmpty());
        const QString id = center->backups().first().id;
        const QString path = m_dir.filePath("desktop.kwbackup");
        bool saved = false;
        center->downloadBackup(id, path,
                               [&](const BackupReportCenter::Outcome &o) { saved = o.ok; });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 20000);
        QVERIFY(m_server->addUser("frank", Password));

        // The button is there for an admin.
        auto *button = page->findChild<QPushButton *>("restoreFromFile");
        QVERIFY(button);
        QCOMPARE(button->text(), QString("Restore from file…"));
        QVERIFY(button->isEnabled());

        // The dialogs that follow the upload: the confirmation (its text kept), then
        // the passphrase.
        QString asked;
        bool passphraseGiven = false;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                asked = box->text();
                for (QAbstractButton *b : box->buttons())
                    if (b->text() == "Restore backup")
                        b->click();
            } else if (auto *dialog = qobject_cast<BackupPassphraseDialog *>(modal)) {
                dialog->first()->setText(Passphrase);
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                passphraseGiven = true;
            }
        });
        answer.start();
        QSignalSpy uploaded(page, &BackupsReportsPage::uploadedForRestore);
        page->uploadForRestore(path);
        QVERIFY(page->uploadProgress()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(int(uploaded.size()), 1, 20000);
        const QString uploadedId = uploaded.first().first().toString();
        QVERIFY(uploadedId != id);
        QCOMPARE(page->uploadProgress()->value(), 100);
        QVERIFY(!page->uploadProgress()->isVisible());
        // Listed as uploaded, with the checksum of the file sent.
        int row = -1;
        for (int r = 0; r < page->backupTable()->rowCount(); ++r)
            if (page->backupTable()->item(r, 0)->text() == uploadedId)
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(page->backupTable()->item(row, 5)->text(), QString("uploaded"));
        QCOMPARE(page->backupTable()->item(row, 6)->text(),
                 center->backups().last().sha256); // the same file as the first backup

        QTRY_VERIFY_WITH_TIMEOUT(passphraseGiven, 20000);
        QVERIFY2(asked.contains(uploadedId) && asked.contains("desktop.kwbackup") &&
                     asked.contains("disconnected"),
                 qPrintable(asked));
        QTRY_VERIFY_WITH_TIMEOUT(
            page->banner()->text().startsWith(QString("Backup %1 restored").arg(uploadedId)),
            60000);
        answer.stop();
        QVERIFY(!page->banner()->isProblem());
        QCOMPARE(m_server->call("user.show", {{"name", "frank"}}).errorCode, QString("not-found"));
    }

    void aReportIsWrittenDownloadedAndVerified()
    {
        BackupsReportsPage *page = m_window->backupsReportsPage();
        BackupReportCenter *center = m_window->backupReportCenter();
        page->findChild<QPushButton *>("createReport")->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->reportTable()->rowCount(), 1, 30000);
        QTRY_VERIFY(!center->publicKeyPem().isEmpty());
        const auto report = center->reports().first();
        QCOMPARE(report.format, QString("pdf"));
        const QString path = m_dir.filePath(report.file);
        bool saved = false;
        center->downloadReport(report.id, path, [&](const BackupReportCenter::Outcome &o) {
            QVERIFY2(o.ok, qPrintable(o.message));
            saved = true;
        });
        QTRY_VERIFY(saved);
        page->verifyFile(path);
        QVERIFY2(page->banner()->text().contains("signed by this server's report key"),
                 qPrintable(page->banner()->text()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(200);
        const char byte = file.peek(1).at(0);
        file.write(QByteArray(1, static_cast<char>(byte ^ 0x04)));
        file.close();
        page->verifyFile(path);
        QVERIFY(page->banner()->isProblem());
        QVERIFY(page->banner()->text().contains("Not valid"));
    }

    void theQuarterlyReviewIsScheduledAndWritten()
    {
        BackupsReportsPage *page = m_window->backupsReportsPage();
        page->addQuarterlyReview();
        QTRY_COMPARE_WITH_TIMEOUT(page->scheduleTable()->rowCount(), 1, 10000);
        // keywardd writes the first one at once and tells the console (report.changed).
        QTRY_COMPARE_WITH_TIMEOUT(page->reportTable()->rowCount(), 2, 20000);
        QVERIFY(page->reportTable()->item(0, 5)->text().startsWith("schedule:"));
        QTRY_VERIFY(page->scheduleTable()->item(0, 4)->text() != "never");
        auto *hints = m_window->dashboardPage()->findChild<BackupReportHints *>();
        QTRY_VERIFY(!hints->isVisibleTo(m_window.get()));
    }

private:
    NetworkLab m_lab;
    std::unique_ptr<ServerUnderTest> m_server;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestBackupsReportsPage)
#include "TestBackupsReportsPage.moc"
