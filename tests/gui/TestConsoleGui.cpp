// The console's real widgets (offscreen) against a real keywardd in a test
// namespace, with keyward-probe as the PPTP client: sessions show up within a
// second; revoke and reset from the sessions table do what their confirmations
// promise and are audited; policy edits reach the server; the audit chain
// verifies and exports; the console notices the server going and coming back.
//
// Every function starts from the same place (init): a fresh keywardd with four
// users and no sessions, and a console on its first run, connected to it. Each
// makes the sessions and records it needs itself, so any one passes alone
// (`TestConsoleGui <function>`) and in any order. The item models are checked by
// QAbstractItemModelTester from before their first row to the end of each function.
//
// With KEYWARD_SCREENSHOT_DIR set (tests/gui/take-screenshots.sh does this under
// Xvfb), it also saves a picture of each page for the README.

#include "Localization.h"
#include "NetworkLab.h"
#include "ServerUnderTest.h"
#include "client/ConnectionProfile.h"
#include "client/ServerConnection.h"
#include "models/AuditModel.h"
#include "models/PolicyDocument.h"
#include "models/ServerOverview.h"
#include "models/SessionHistoryModel.h"
#include "models/SessionModel.h"
#include "models/UserModel.h"
#include "views/AuditPage.h"
#include "views/DashboardPage.h"
#include "views/ExpiryTimelineChart.h"
#include "views/MainWindow.h"
#include "views/MessageBanner.h"
#include "views/OneTimePasswordDialog.h"
#include "views/PolicyPage.h"
#include "views/SessionsPage.h"
#include "views/UsersPage.h"
#include "wizards/BackupPage.h"
#include "wizards/BaselinePage.h"
#include "wizards/ChangeWindowWizard.h"
#include "wizards/InventoryPage.h"
#include "wizards/NoticePage.h"
#include "wizards/RotatePage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <numeric>

using namespace keyward::console;

namespace {
const QString Password = QStringLiteral("Correct-horse-42");
const QString Passphrase = QStringLiteral("four words for the safe");
} // namespace

class TestConsoleGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings in a test location
        QCoreApplication::setOrganizationName(QStringLiteral("KeywardTest"));
        Localization::install(*QCoreApplication::instance(), "en"); // as the app does
        const QString why = m_lab.setUp();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
    }

    void init()
    {
        QSettings().clear(); // every function starts as a first run
        m_server = std::make_unique<ServerUnderTest>(m_lab);
        const QString error = m_server->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const char *name : {"alice", "bob", "carol", "dave"})
            QVERIFY(m_server->addUser(QLatin1String(name), Password));

        m_window = std::make_unique<MainWindow>();
        // Checked from before the first row until the end of the function.
        m_sessionsTester = std::make_unique<QAbstractItemModelTester>(
            m_window->sessionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_usersTester = std::make_unique<QAbstractItemModelTester>(
            m_window->userModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_auditTester = std::make_unique<QAbstractItemModelTester>(
            m_window->auditModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_historyTester = std::make_unique<QAbstractItemModelTester>(
            m_window->sessionHistory(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_window->sessionsPage()->proxy(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->resize(1180, 760);
        m_window->show();
        QSignalSpy online(m_window->connection(), &ServerConnection::online);
        m_window->connection()->open(ConnectionProfile::local(m_server->socketPath()));
        QVERIFY(online.wait(5000));
        QVERIFY2(m_window->connectionText().contains("Connected"),
                 qPrintable(m_window->connectionText()));
        QTRY_VERIFY(m_window->policy()->isLoaded());
        QTRY_COMPARE(m_window->userModel()->rowCount(), 4);
    }

    void cleanup()
    {
        for (auto &p : m_probes) {
            if (p && p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
        m_probes.clear();
        m_proxyTester.reset();
        m_historyTester.reset();
        m_auditTester.reset();
        m_usersTester.reset();
        m_sessionsTester.reset();
        m_window.reset();
        m_server.reset();
    }

    void aSessionAppearsWithinASecond()
    {
        QSignalSpy events(m_window->connection(), &ServerConnection::eventReceived);
        startProbe("alice");
        startProbe("bob");
        QTRY_VERIFY_WITH_TIMEOUT(upEvents(events) >= 1, 15000);
        QElapsedTimer sinceUp;
        sinceUp.start();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf("alice") >= 0 || rowOf("bob") >= 0, 1000);
        qInfo("first session in the table %lld ms after the server announced it",
              sinceUp.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(rowOf("alice") >= 0 && rowOf("bob") >= 0, 15000);

        SessionModel *model = m_window->sessionModel();
        const QModelIndex alice = model->index(rowOf("alice"), SessionModel::Mppe);
        QCOMPARE(alice.data(SessionModel::StrengthBitsRole).toInt(), 128);
        QCOMPARE(alice.data().toString(), QString("128-bit"));
        QCOMPARE(model->index(rowOf("alice"), SessionModel::Mode).data().toString(),
                 QString("stateless"));
        QVERIFY(model->index(rowOf("alice"), SessionModel::TunnelAddress)
                    .data()
                    .toString()
                    .startsWith("10."));
        // Live figures move: both sessions' traffic grows while their probes ping.
        auto received = [&](const QString &user) {
            return model->index(rowOf(user), SessionModel::Received)
                .data(SessionModel::SortRole)
                .toLongLong();
        };
        const qint64 aliceBefore = received("alice"), bobBefore = received("bob");
        QTRY_VERIFY_WITH_TIMEOUT(received("alice") > aliceBefore && received("bob") > bobBefore,
                                 5000);

        // Filtering the table by user.
        auto *proxy = m_window->sessionsPage()->proxy();
        proxy->setFilterFixedString("bob");
        QCOMPARE(proxy->rowCount(), 1);
        proxy->setFilterFixedString(QString());

        // The dashboard counts them by strength.
        QTRY_VERIFY(m_window->dashboardPage()->sessionsText().startsWith("2\n"));
        QVERIFY(m_window->dashboardPage()->sessionsText().contains("2 with 128-bit"));
        QVERIFY(m_window->dashboardPage()->serverText().contains("Running"));
        screenshot(MainWindow::Dashboard, "dashboard");
        screenshot(MainWindow::Sessions, "sessions");
    }

    void revokeFromTheTableEndsTheSessionDisablesTheUserAndIsAudited()
    {
        const int id = startSession("alice");
        QVERIFY(id > 0);
        QVERIFY(startSession("bob") > 0);
        SessionsPage *page = m_window->sessionsPage();
        QVERIFY(page->selectSession(id));
        const QString question = confirmNextDialog();
        page->revokeSelected();
        QVERIFY2(m_lastQuestion.contains("alice") && m_lastInformative.contains("disabled"),
                 qPrintable(m_lastQuestion + " / " + m_lastInformative));
        Q_UNUSED(question);

        QElapsedTimer sinceRevoke;
        sinceRevoke.start();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf("alice") < 0, 2000);
        qInfo("revoked session left the table after %lld ms", sinceRevoke.elapsed());
        QTRY_VERIFY(!page->banner()->isHidden());
        QVERIFY2(page->banner()->text().contains("revoked"), qPrintable(page->banner()->text()));
        QVERIFY(rowOf("bob") >= 0); // bob is untouched
        // The ended session is listed with why it ended.
        SessionHistoryModel *history = m_window->sessionHistory();
        QTRY_VERIFY_WITH_TIMEOUT(
            history->rowCount() > 0 &&
                history->index(0, SessionHistoryModel::User).data().toString() == "alice",
            5000);
        QVERIFY2(history->index(0, SessionHistoryModel::Reason)
                     .data()
                     .toString()
                     .contains("revoked by root"),
                 qPrintable(history->index(0, SessionHistoryModel::Reason).data().toString()));

        const auto shown = m_server->call("user.show", {{"name", "alice"}});
        QCOMPARE(shown.result.value("state").toString(), QString("revoked"));
        QVERIFY(auditHas("session.revoke", "alice"));
        // The users page says so too.
        QTRY_VERIFY(userState("alice") == "revoked");
        // And she cannot come back in.
        auto again = m_server->probe("alice", Password);
        QCOMPARE(again.session().value("authCode").toInt(), 647);
    }

    void resetShowsTheOneTimePasswordOnceAndItWorks()
    {
        const int id = startSession("bob");
        QVERIFY(id > 0);
        SessionsPage *page = m_window->sessionsPage();
        QVERIFY(page->selectSession(id));
        confirmNextDialog();
        page->resetSelected();
        OneTimePasswordDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = page->findChild<OneTimePasswordDialog *>()) != nullptr,
                                 5000);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->count(), 1);
        QCOMPARE(dialog->userAt(0), QString("bob"));
        const QString temporary = dialog->passwordAt(0);
        QVERIFY(temporary.size() >= 16);
        QVERIFY(!m_server->output().contains(temporary));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf("bob") < 0, 5000); // his session ended

        // Copy puts it on the clipboard; the guard takes it off again.
        dialog->copyRow(0);
        QCOMPARE(QGuiApplication::clipboard()->text(), temporary);
        QVERIFY(dialog->clipboardGuard().holdsSecret());
        dialog->reject();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

        // The password shown is the one the server now accepts, once, for a change.
        auto changed = m_server->probe("bob", temporary + "\nAnother-good-Pass-9",
                                       {"--new-password-stdin", "--count", "1"});
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.output));
        QVERIFY(auditHas("user.reset", "bob"));
    }

    void policyEditsReachTheServerAndWeakOnesAreRed()
    {
        PolicyPage *page = m_window->policyPage();
        m_window->showPage(MainWindow::Rotation);
        QSpinBox *maxAge = page->spinBox("passwordMaxAgeDays");
        QVERIFY(maxAge);
        QCOMPARE(maxAge->maximum(), 90); // the server's bound
        QCOMPARE(maxAge->minimum(), 30);
        maxAge->setValue(45);
        QCOMPARE(page->pendingChanges().value("passwordMaxAgeDays").toInt(), 45);
        QVERIFY2(page->preview().contains("expired now"), qPrintable(page->preview()));
        page->applyChanges();
        QTRY_COMPARE(m_server->call("policy.get")
                         .result.value("policy")
                         .toObject()
                         .value("passwordMaxAgeDays")
                         .toInt(),
                     45);
        QTRY_VERIFY(page->pendingChanges().isEmpty());
        QVERIFY(auditHas("policy.set", "policy"));

        // Allowing 40-bit is weak: red, and it takes an explicit confirmation.
        QCheckBox *weak = page->checkBox("allowMppe40");
        weak->setChecked(true);
        QVERIFY(weak->styleSheet().contains("#b03020"));
        confirmNextDialog();
        page->applyChanges();
        QVERIFY(m_lastQuestion.contains("less safe"));
        QTRY_VERIFY(m_server->call("policy.get")
                        .result.value("policy")
                        .toObject()
                        .value("allowMppe40")
                        .toBool());
        QTRY_VERIFY(m_window->dashboardPage()->weaknessText().contains("40-bit"));
        screenshot(MainWindow::Dashboard, "dashboard-weak-policy");

        weak->setChecked(false);
        page->applyChanges();
        QTRY_VERIFY(!m_server->call("policy.get")
                         .result.value("policy")
                         .toObject()
                         .value("allowMppe40")
                         .toBool());
        QTRY_VERIFY(m_window->dashboardPage()->weaknessText().contains("Strong"));
    }

    void aChangeWindowIsPlannedThroughTheWizardAndCharted()
    {
        m_window->openRotationWizard({"carol", "dave"}, {});
        ChangeWindowWizard *w = nullptr;
        QTRY_VERIFY((w = visibleWizard()) != nullptr);
        QCOMPARE(w->affectedUsers(), (QStringList{"carol", "dave"}));
        walkToRotation(w);
        if (QTest::currentTestFailed())
            return;
        QRadioButton *later = nullptr;
        for (QRadioButton *b : w->findChildren<QRadioButton *>()) {
            if (b->text() == "Plan a change window")
                later = b;
        }
        QVERIFY(later && later->isEnabled());
        later->setChecked(true);
        auto *confirm = w->findChild<QCheckBox *>("confirm");
        QPushButton *plan = w->rotatePage()->rotateButton();
        QVERIFY(!plan->isEnabled());
        confirm->setChecked(true);
        QVERIFY(plan->isEnabled());
        QCOMPARE(plan->text(), QString("Plan"));
        plan->click();
        QTRY_COMPARE(m_window->overview()->changeWindows().size(), 1);
        auto plannedInChart = [this] {
            const QList<qreal> weeks = m_window->policyPage()->chart()->windowValues();
            return std::accumulate(weeks.begin(), weeks.end(), 0.0);
        };
        QTRY_COMPARE(plannedInChart(), 1.0);
        QVERIFY(auditHas("window.plan", "Password rotation"));
        screenshot(MainWindow::Rotation, "rotation");
    }

    void theRotationWizardRotatesNowAndShowsThePasswords()
    {
        m_window->openRotationWizard({"carol", "dave"}, {});
        ChangeWindowWizard *w = nullptr;
        QTRY_VERIFY((w = visibleWizard()) != nullptr);
        walkToRotation(w);
        if (QTest::currentTestFailed())
            return;
        w->findChild<QCheckBox *>("confirm")->setChecked(true);
        w->rotatePage()->rotateButton()->click();
        OneTimePasswordDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialogWith(2)) != nullptr, 5000);
        QCOMPARE(dialog->userAt(0) + "," + dialog->userAt(1), QString("carol,dave"));
        dialog->reject();
        QTRY_VERIFY(userState("carol") == "must-change");
        QVERIFY(auditHas("user.rotate", "users"));
        m_window->showPage(MainWindow::Users);
        screenshot(MainWindow::Users, "users");
    }

    void theRotationWizardCanMakeTheOneTimePasswordsTemporary()
    {
        m_window->openRotationWizard({"carol"}, {});
        ChangeWindowWizard *w = nullptr;
        QTRY_VERIFY((w = visibleWizard()) != nullptr);
        walkToRotation(w);
        if (QTest::currentTestFailed())
            return;
        auto *hours = w->findChild<QSpinBox *>("expiresHours");
        QVERIFY(!hours->isEnabled());
        w->findChild<QCheckBox *>("temporary")->setChecked(true);
        QVERIFY(hours->isEnabled());
        hours->setValue(6);
        QVERIFY(w->findChild<QLabel *>("summary")->text().contains("6 hour"));
        w->findChild<QCheckBox *>("confirm")->setChecked(true);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        w->rotatePage()->rotateButton()->click();
        OneTimePasswordDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialogWith(1)) != nullptr, 5000);
        dialog->reject();
        // keywardd keeps carol's credential as temporary, expiring six hours from now.
        const auto listed = m_server->call("window.temporary");
        QVERIFY2(listed.ok, qPrintable(listed.errorMessage));
        const QJsonArray temporary = listed.result.value("credentials").toArray();
        QCOMPARE(temporary.size(), 1);
        QCOMPARE(temporary.first().toObject().value("name").toString(), QString("carol"));
        const QDateTime expires = QDateTime::fromString(
            temporary.first().toObject().value("expiresAt").toString(), Qt::ISODate);
        QVERIFY(expires >= before.addSecs(6 * 3600 - 2) &&
                expires <= before.addSecs(6 * 3600 + 30));
    }

    void theAuditLogVerifiesAndExports()
    {
        // Four users added and one session revoked: five audited changes.
        const int id = startSession("alice");
        QVERIFY(id > 0);
        QVERIFY(m_server->call("session.revoke", {{"id", id}}).ok);
        AuditPage *page = m_window->auditPage();
        m_window->auditModel()->reload();
        QTRY_VERIFY(m_window->auditModel()->rowCount() >= 5);
        page->verify();
        QTRY_VERIFY(page->verdict()->text().contains("intact"));
        screenshot(MainWindow::Audit, "audit");
        QTemporaryDir dir;
        const QString html = dir.filePath("report.html");
        QCOMPARE(page->exportTo(html), QString());
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray report = file.readAll();
        QVERIFY(report.contains("session.revoke"));
        QVERIFY(report.contains("verified"));
        QCOMPARE(page->exportTo("/nonexistent-dir/report.csv").isEmpty(), false);
    }

    void theConsoleSaysWhenTheServerIsGoneAndReconnects()
    {
        // A fifth audited change, so the audit page has more than the four users to show.
        QVERIFY(m_server->addUser(QStringLiteral("erin"), Password));
        QCOMPARE(m_server->stop(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connection()->state() != ServerConnection::State::Online,
                                 5000);
        QTRY_VERIFY(m_window->connectionText().contains("keywardd is not running"));
        QCOMPARE(m_window->sessionModel()->rowCount(), 0);
        QVERIFY(m_window->dashboardPage()->serverText().contains("Not connected"));
        screenshot(MainWindow::Dashboard, "offline");

        // While it is down, someone with the database edits an audit entry.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "tamper");
            db.setDatabaseName(m_server->stateDir() + "/keyward.db");
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("UPDATE audit SET target = 'someone-else' WHERE id = 3"));
        }
        QSqlDatabase::removeDatabase("tamper");

        const QString error = m_server->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connection()->state() == ServerConnection::State::Online,
                                 20000);
        QVERIFY(m_window->connectionText().contains("Connected"));

        // The audit page finds the edit and shows the entry where the chain breaks.
        AuditPage *page = m_window->auditPage();
        m_window->showPage(MainWindow::Audit);
        QTRY_VERIFY(m_window->auditModel()->rowCount() >= 5);
        page->verify();
        QTRY_VERIFY(page->verdict()->text().contains("broken at entry 3"));
        const QModelIndexList selected = page->table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QVERIFY(selected.first().data(AuditModel::BrokenRole).toBool());
        QCOMPARE(selected.first().data(AuditModel::EntryIdRole).toLongLong(), 3);
        screenshot(MainWindow::Audit, "audit-broken");
    }

private:
    void startProbe(const QString &user)
    {
        m_probes.push_back(
            m_server->startProbe(user, Password, {"--count", "1200", "--interval", "50"}));
    }

    // Starts a probe for the user and waits for its session in the console's table;
    // returns the session's id, or 0 when it did not come up.
    int startSession(const QString &user)
    {
        startProbe(user);
        QElapsedTimer waited;
        waited.start();
        while (rowOf(user) < 0 && waited.elapsed() < 15000)
            QTest::qWait(20);
        const int row = rowOf(user);
        return row < 0 ? 0
                       : m_window->sessionModel()
                             ->index(row, 0)
                             .data(SessionModel::SessionIdRole)
                             .toInt();
    }

    // Through the change-window wizard's first steps (inventory read, a verified backup
    // made, the notice shown, the policy left as it is) to its rotation page.
    void walkToRotation(ChangeWindowWizard *w)
    {
        QCOMPARE(w->currentId(), int(ChangeWindowWizard::Inventory));
        QTRY_VERIFY_WITH_TIMEOUT(w->inventoryPage()->inventory().has_value(), 10000);
        w->next();
        QCOMPARE(w->currentId(), int(ChangeWindowWizard::Backup));
        w->backupPage()->passphrase()->setText(Passphrase);
        w->backupPage()->passphraseAgain()->setText(Passphrase);
        w->backupPage()->makeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(w->rollbackPoint().has_value(), 60000);
        w->next();
        QCOMPARE(w->currentId(), int(ChangeWindowWizard::Notice));
        QTRY_VERIFY_WITH_TIMEOUT(w->noticePage()->notice().has_value(), 10000);
        w->next();
        QCOMPARE(w->currentId(), int(ChangeWindowWizard::Baseline));
        QTRY_VERIFY(!w->baselinePage()->isBusy());
        w->baselinePage()->keepPolicy()->setChecked(true);
        w->next();
        QCOMPARE(w->currentId(), int(ChangeWindowWizard::Rotate));
    }

    ChangeWindowWizard *visibleWizard() const
    {
        for (ChangeWindowWizard *w : m_window->findChildren<ChangeWindowWizard *>()) {
            if (w->isVisible())
                return w;
        }
        return nullptr;
    }

    OneTimePasswordDialog *visibleDialogWith(int count) const
    {
        for (OneTimePasswordDialog *d : m_window->findChildren<OneTimePasswordDialog *>()) {
            if (d->isVisible() && d->count() == count)
                return d;
        }
        return nullptr;
    }

    static int upEvents(const QSignalSpy &events)
    {
        int n = 0;
        for (const auto &e : events)
            n += e.at(0).toString() == "session.up";
        return n;
    }

    int rowOf(const QString &user) const
    {
        SessionModel *model = m_window->sessionModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(SessionModel::UserNameRole).toString() == user)
                return row;
        }
        return -1;
    }

    QString userState(const QString &user) const
    {
        UserModel *model = m_window->userModel();
        model->refresh();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(UserModel::NameRole).toString() == user)
                return model->index(row, 0).data(UserModel::StateRole).toString();
        }
        return {};
    }

    bool auditHas(const QString &action, const QString &target)
    {
        const auto entries = m_server->call("audit.list", {{"action", action}});
        for (const QJsonValue &v : entries.result.value("entries").toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value("target").toString() == target &&
                e.value("actor").toString().contains("uid 0"))
                return true;
        }
        return false;
    }

    // Accepts the next confirmation with its action button, remembering its words.
    QString confirmNextDialog()
    {
        m_lastQuestion.clear();
        m_lastInformative.clear();
        QTimer::singleShot(0, this, [this] { acceptConfirmation(); });
        return {};
    }

    void acceptConfirmation()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(10, this, [this] { acceptConfirmation(); });
            return;
        }
        m_lastQuestion = box->text();
        m_lastInformative = box->informativeText();
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole) {
                b->click();
                return;
            }
        }
    }

    void screenshot(MainWindow::Page page, const QString &name)
    {
        const QString dir = qEnvironmentVariable("KEYWARD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        m_window->showPage(page);
        QTest::qWait(1200); // one refresh, and the chart laid out
        m_window->grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
    }

    NetworkLab m_lab;
    std::unique_ptr<ServerUnderTest> m_server;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_sessionsTester;
    std::unique_ptr<QAbstractItemModelTester> m_usersTester;
    std::unique_ptr<QAbstractItemModelTester> m_auditTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    std::unique_ptr<QAbstractItemModelTester> m_historyTester;
    std::vector<std::unique_ptr<QProcess>> m_probes;
    QString m_lastQuestion;
    QString m_lastInformative;
};

QTEST_MAIN(TestConsoleGui)
#include "TestConsoleGui.moc"
