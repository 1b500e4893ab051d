// The change-window wizard against a real keywardd (offscreen), with keyward-probe as
// the PPTP client: walked through all eight pages it reads the inventory, makes a
// verified backup, writes the notice for the window (never a password), applies the
// baseline, rotates (old passwords stop working), validates, cleans up and writes a
// report; failing at the rotation it offers the rollback, and accepting it puts the
// store back as it was at the backup, with the restore in the audit trail.
//
// Every function starts from a fresh keywardd with four users and a console on its
// first run, connected to it, so each passes alone and in any order.

#include "Localization.h"
#include "NetworkLab.h"
#include "ServerUnderTest.h"
#include "client/ConnectionProfile.h"
#include "client/ServerConnection.h"
#include "models/PolicyDocument.h"
#include "models/UserModel.h"
#include "views/MainWindow.h"
#include "views/MessageBanner.h"
#include "views/OneTimePasswordDialog.h"
#include "wizards/BackupPage.h"
#include "wizards/BaselinePage.h"
#include "wizards/ChangeWindowWizard.h"
#include "wizards/CleanupPage.h"
#include "wizards/InventoryPage.h"
#include "wizards/NoticePage.h"
#include "wizards/RotatePage.h"
#include "wizards/SummaryPage.h"
#include "wizards/ValidatePage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace keyward::console;

namespace {
const QString Password = QStringLiteral("Correct-horse-42");
const QString Passphrase = QStringLiteral("four words for the safe");
} // namespace

class TestChangeWindowWizard : public QObject
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
    }

    void init()
    {
        QSettings().clear();
        m_server = std::make_unique<ServerUnderTest>(m_lab);
        const QString error = m_server->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const char *name : {"alice", "bob", "carol", "dave"})
            QVERIFY(m_server->addUser(QLatin1String(name), Password));
        // A weak setting for the inventory to mark and the baseline to remove.
        QVERIFY(m_server->call("policy.set", {{"changes", QJsonObject{{"allowMppe40", true}}}}).ok);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QSignalSpy online(m_window->connection(), &ServerConnection::online);
        m_window->connection()->open(ConnectionProfile::local(m_server->socketPath()));
        QVERIFY(online.wait(5000));
        QTRY_VERIFY(m_window->policy()->isLoaded());
        QTRY_COMPARE(m_window->userModel()->rowCount(), 4);
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_server)
            qWarning("%s", qPrintable(m_server->outputTail(80)));
        m_window.reset();
        m_server.reset();
    }

    void walksTheWholeProcedure()
    {
        m_window->openRotationWizard({"carol", "dave"}, {});
        ChangeWindowWizard *w = nullptr;
        QTRY_VERIFY((w = visibleWizard()) != nullptr);

        // 1. Inventory: the weak setting marked, the accounts counted.
        QTRY_VERIFY_WITH_TIMEOUT(w->inventoryPage()->inventory().has_value(), 10000);
        const QString inventory = w->inventoryPage()->report()->toPlainText();
        QVERIFY2(inventory.contains("40-bit") && inventory.contains("4 in all"),
                 qPrintable(inventory));
        QVERIFY(w->inventoryPage()->report()->toHtml().contains("#b03020"));
        QVERIFY(next(w));

        // 2. Backup: no way on without one; a weak or mistyped passphrase makes none.
        QCOMPARE(w->currentId(), int(ChangeWindowWizard::Backup));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        QVERIFY(!next(w));
        BackupPage *backup = w->backupPage();
        backup->passphrase()->setText("short");
        backup->passphraseAgain()->setText("short");
        QVERIFY(!backup->makeButton()->isEnabled());
        backup->passphrase()->setText(Passphrase);
        backup->passphraseAgain()->setText(Passphrase + "x");
        QVERIFY(!backup->makeButton()->isEnabled());
        backup->passphraseAgain()->setText(Passphrase);
        QVERIFY(backup->makeButton()->isEnabled());
        backup->makeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(w->rollbackPoint().has_value(), 60000);
        const QString backupId = w->rollbackPoint()->id;
        QVERIFY(backup->result()->text().contains(backupId));
        QVERIFY(backup->result()->text().contains(w->rollbackPoint()->sha256));
        QVERIFY(backup->passphrase()->text().isEmpty()); // not left in the field
        const auto listed = m_server->call("backup.list");
        QVERIFY2(listed.ok, qPrintable(listed.errorMessage));
        bool found = false;
        for (const QJsonValue &v : listed.result.value("backups").toArray()) {
            const QJsonObject b = v.toObject();
            found = found || (b.value("id").toString() == backupId && b.value("verified").toBool());
        }
        QVERIFY(found);
        QVERIFY(w->button(QWizard::CustomButton1)->isVisible()); // the rollback is on offer
        QVERIFY(next(w));

        // 3. Notice: for the window's times; a template asking for a password is refused.
        QCOMPARE(w->currentId(), int(ChangeWindowWizard::Notice));
        NoticePage *notice = w->noticePage();
        QTRY_VERIFY_WITH_TIMEOUT(notice->notice().has_value(), 10000);
        notice->templateBody()->setPlainText("Your new password: {password}");
        w->findChild<QPushButton *>("saveTemplate")->click();
        QTRY_VERIFY(notice->banner()->isProblem());
        notice->subject()->setText("Change window: {title}");
        notice->templateBody()->setPlainText(
            "The VPN changes from {start} to {end} ({duration} minutes).\n\n"
            "Sign in afterwards with the one-time password your admin hands you.");
        w->findChild<QPushButton *>("saveTemplate")->click();
        QTRY_VERIFY(notice->text()->toPlainText().contains("one-time password your admin"));
        const QString startText = notice->start().toString("yyyy-MM-dd HH:mm 'UTC'");
        const QString endText = notice->start()
                                    .addSecs(qint64(notice->durationMinutes()) * 60)
                                    .toString("yyyy-MM-dd HH:mm 'UTC'");
        for (const QString &shown : {notice->text()->toPlainText(), notice->notice()->html}) {
            QVERIFY2(shown.contains(startText) && shown.contains(endText), qPrintable(shown));
            QVERIFY(!shown.contains(Password) && !shown.contains(Passphrase));
        }
        QVERIFY(auditHas("window.notice.set"));
        const QString saved = m_dir.filePath("notice.html");
        QCOMPARE(notice->saveNoticeTo(saved), QString());
        QVERIFY(QFile::exists(saved));
        QVERIFY(next(w));

        // 4. Baseline: the preview says what it changes; applying it is a choice.
        QCOMPARE(w->currentId(), int(ChangeWindowWizard::Baseline));
        BaselinePage *baseline = w->baselinePage();
        QTRY_VERIFY(baseline->preview()->toPlainText().contains("allowMppe40"));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        baseline->applyButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(baseline->isApplied(), 10000);
        const QJsonObject policy = m_server->call("policy.get").result.value("policy").toObject();
        QVERIFY(!policy.value("allowMppe40").toBool() && !policy.value("allowMppe56").toBool() &&
                policy.value("allowMppe128").toBool());
        QVERIFY(next(w));

        // 5. Rotate the two selected users; the one-time passwords go to a 0600 file.
        QCOMPARE(w->currentId(), int(ChangeWindowWizard::Rotate));
        RotatePage *rotate = w->rotatePage();
        QCOMPARE(rotate->affectedUsers(), (QStringList{"carol", "dave"}));
        const QString exported = m_dir.filePath("passwords.csv");
        rotate->exportPasswordsTo(exported);
        QVERIFY(!rotate->rotateButton()->isEnabled());
        w->findChild<QCheckBox *>("confirm")->setChecked(true);
        rotate->rotateButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(w->button(QWizard::NextButton)->isEnabled(), 30000);
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(exported) & others, QFile::Permissions{});
        QVERIFY(QFile::permissions(exported) & QFile::ReadOwner);
        QFile csv(exported);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csv.readAll().trimmed().split('\n');
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(1).startsWith("carol,") && rows.at(2).startsWith("dave,"));
        QVERIFY(m_window->findChildren<OneTimePasswordDialog *>().isEmpty()); // not shown
        for (const QString &user : {QString("carol"), QString("dave")})
            QVERIFY2(userFlag(user, "mustChange").toBool(), qPrintable(user));
        QVERIFY(!userFlag("alice", "mustChange").toBool());
        const auto old = m_server->probe("carol", Password, {"--count", "1"});
        QCOMPARE(old.session().value("authCode").toInt(), 691);
        QVERIFY(next(w));

        // 6. Validate: each check shown, or keywardd's reason for not validating.
        QCOMPARE(w->currentId(), int(ChangeWindowWizard::Validate));
        ValidatePage *validate = w->validatePage();
        validate->validateButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!validate->isBusy(), 240000);
        const QString checks = validate->results()->toPlainText();
        if (validate->hasRun())
            QVERIFY2(checks.contains("pass") && !checks.contains("FAIL"), qPrintable(checks));
        else
            QVERIFY2(checks.contains("cannot validate"), qPrintable(checks));
        QVERIFY(!validate->banner()->isProblem());
        QVERIFY(next(w));

        // 7. Clean-up: bob revoked.
        QCOMPARE(w->currentId(), int(ChangeWindowWizard::Cleanup));
        CleanupPage *cleanup = w->cleanUpPage();
        QTRY_VERIFY(cleanup->revokeList()->count() == 4 && !cleanup->isBusy());
        cleanup->chooseForRevocation("bob");
        cleanup->expireUnused()->setChecked(true);
        cleanup->cleanUpButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(cleanup->banner()->text().contains("revoked (bob)"), 10000);
        QCOMPARE(userFlag("bob", "state").toString(), QString("revoked"));
        QVERIFY(auditHas("window.cleanup"));
        QVERIFY(next(w));

        // 8. Summary: every step, and a report.
        QCOMPARE(w->currentId(), int(ChangeWindowWizard::Summary));
        SummaryPage *summary = w->summaryPage();
        const QStringList lines = summary->lines();
        const QStringList steps{"Inventory", "Backup",     "Notice",  "Baseline",
                                "Rotation",  "Validation", "Clean-up"};
        QCOMPARE(lines.size(), steps.size());
        for (int i = 0; i < steps.size(); ++i)
            QVERIFY2(lines.at(i).startsWith(steps.at(i) + ": done"), qPrintable(lines.at(i)));
        QVERIFY(lines.at(1).contains(backupId));
        QVERIFY(summary->steps()->toPlainText().contains("Rotation"));
        QVERIFY(!summary->steps()->toPlainText().contains(Passphrase));
        w->findChild<QPushButton *>("createReport")->click();
        QTRY_VERIFY_WITH_TIMEOUT(summary->reportResult()->text().contains("written and signed"),
                                 60000);
        QCOMPARE(m_server->call("report.list").result.value("reports").toArray().size(), 1);
        QVERIFY(!w->button(QWizard::CustomButton1)->isVisible());
        w->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(visibleWizard() == nullptr);
        // Finishing keeps what was done.
        QVERIFY(userFlag("carol", "mustChange").toBool());
        QVERIFY(!m_server->output().contains(Passphrase));
    }

    void failureAtRotateRollsBack()
    {
        m_window->openRotationWizard({"carol", "dave"}, {});
        ChangeWindowWizard *w = nullptr;
        QTRY_VERIFY((w = visibleWizard()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(w->inventoryPage()->inventory().has_value(), 10000);
        QVERIFY(next(w));

        // The store as the backup takes it.
        const QJsonArray usersBefore = m_server->call("user.list").result.value("users").toArray();
        const QJsonObject policyBefore =
            m_server->call("policy.get").result.value("policy").toObject();
        QCOMPARE(usersBefore.size(), 4);
        w->backupPage()->passphrase()->setText(Passphrase);
        w->backupPage()->passphraseAgain()->setText(Passphrase);
        w->backupPage()->makeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(w->rollbackPoint().has_value(), 60000);
        const keyward::api::BackupInfo backup = *w->rollbackPoint();
        QVERIFY(next(w));
        QTRY_VERIFY_WITH_TIMEOUT(w->noticePage()->notice().has_value(), 10000);
        QVERIFY(next(w));
        // The baseline goes in force: the rollback has to take it back.
        QTRY_VERIFY(!w->baselinePage()->isBusy());
        w->baselinePage()->applyButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(w->baselinePage()->isApplied(), 10000);
        QVERIFY(!m_server->call("policy.get")
                     .result.value("policy")
                     .toObject()
                     .value("allowMppe40")
                     .toBool());
        QVERIFY(next(w));

        // Meanwhile another admin deletes dave: the rotation of carol and dave fails as a
        // whole (one transaction), and the wizard offers the rollback.
        QCOMPARE(w->currentId(), int(ChangeWindowWizard::Rotate));
        QVERIFY(m_server->call("user.delete", {{"name", "dave"}}).ok);
        w->findChild<QCheckBox *>("confirm")->setChecked(true);
        QSignalSpy rolledBack(w, &ChangeWindowWizard::rollbackFinished);
        acceptNextConfirmation();
        w->rotatePage()->rotateButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_question.isEmpty(), 10000);
        QVERIFY2(m_question.contains(backup.id) && m_informative.contains("replaces") &&
                     m_informative.contains("audit trail"),
                 qPrintable(m_question + " / " + m_informative));
        QVERIFY2(m_question.contains("dave"), qPrintable(m_question)); // why it is offered
        QTRY_VERIFY_WITH_TIMEOUT(rolledBack.size() == 1, 60000);
        QVERIFY2(rolledBack.first().at(0).toBool(),
                 qPrintable(rolledBack.first().at(1).toString()));
        QVERIFY(w->isRolledBack());
        QVERIFY(w->rotatePage()->banner()->text().startsWith("Rolled back"));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        QVERIFY(!w->button(QWizard::CustomButton1)->isVisible());

        // The store equals the snapshot: the users and their flags, dave back, the policy.
        const QJsonArray usersAfter = m_server->call("user.list").result.value("users").toArray();
        QCOMPARE(usersAfter, usersBefore);
        QCOMPARE(m_server->call("policy.get").result.value("policy").toObject(), policyBefore);
        // carol's password hash is the snapshot's: the old password still signs in.
        QCOMPARE(m_server->probe("carol", Password, {"--count", "1"}).exitCode, 0);

        // The wizard recorded the failed attempt and the rollback; the audit trail ends
        // with the restore, naming the backup and the admin.
        bool failed = false, restored = false;
        for (const auto &o : w->outcomes()) {
            failed = failed || (o.step == "Rotation" && !o.ok && o.text.contains("dave"));
            restored = restored || (o.step == "Rollback" && o.ok && o.text.contains(backup.id));
        }
        QVERIFY(failed && restored);
        const QJsonArray entries =
            m_server->call("audit.list", {{"limit", 1}}).result.value("entries").toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject last = entries.first().toObject();
        QCOMPARE(last.value("action").toString(), QString("backup.restore"));
        QCOMPARE(last.value("target").toString(), backup.id);
        QVERIFY(last.value("actor").toString().contains("uid 0"));
        // The restore entry tells what was undone: why (the failed step) and the size of
        // the trail it replaced, which held the wizard's changes.
        const QJsonObject restoreDetails = last.value("details").toObject();
        const QString reason = restoreDetails.value("reason").toString();
        QVERIFY2(reason.contains("Rotation") && reason.contains("dave"), qPrintable(reason));
        QVERIFY2(restoreDetails.value("replacedEntries").toInteger() >
                     last.value("id").toInteger() - 1,
                 qPrintable(QJsonDocument(restoreDetails).toJson()));
        QVERIFY(!auditHas("window.baseline.apply")); // went with the state it described
        QVERIFY(m_server->call("audit.verify").result.value("intact").toBool());

        // Closing now asks nothing more.
        w->button(QWizard::CancelButton)->click();
        QTRY_VERIFY(visibleWizard() == nullptr);
        QVERIFY(!m_server->output().contains(Passphrase));
    }

    void cancellingAfterTheBackupOffersTheRollback()
    {
        m_window->openRotationWizard({"carol"}, {});
        ChangeWindowWizard *w = nullptr;
        QTRY_VERIFY((w = visibleWizard()) != nullptr);
        // Before a backup there is nothing to roll back: Cancel just closes.
        QVERIFY(!w->button(QWizard::CustomButton1)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(w->inventoryPage()->inventory().has_value(), 10000);
        QVERIFY(next(w));
        w->backupPage()->passphrase()->setText(Passphrase);
        w->backupPage()->passphraseAgain()->setText(Passphrase);
        w->backupPage()->makeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(w->rollbackPoint().has_value(), 60000);
        const QString backupId = w->rollbackPoint()->id;
        QVERIFY(m_server->addUser("erin", Password)); // a change after the backup
        // Declining the rollback closes the wizard and keeps the change.
        declineNextConfirmation();
        w->button(QWizard::CancelButton)->click();
        QTRY_VERIFY(visibleWizard() == nullptr);
        QVERIFY2(m_question.contains(backupId), qPrintable(m_question));
        QVERIFY(m_server->call("user.show", {{"name", "erin"}}).ok);
    }

private:
    ChangeWindowWizard *visibleWizard() const
    {
        for (ChangeWindowWizard *w : m_window->findChildren<ChangeWindowWizard *>()) {
            if (w->isVisible())
                return w;
        }
        return nullptr;
    }

    // Next, as the admin presses it: only when the page lets them on.
    static bool next(ChangeWindowWizard *w)
    {
        const int before = w->currentId();
        if (w->button(QWizard::NextButton)->isEnabled())
            w->button(QWizard::NextButton)->click();
        else
            w->next(); // refused by the wizard too
        return w->currentId() != before;
    }

    QJsonValue userFlag(const QString &user, const QString &field)
    {
        for (const QJsonValue &v : m_server->call("user.list").result.value("users").toArray()) {
            if (v.toObject().value("name").toString() == user)
                return v.toObject().value(field);
        }
        return {};
    }

    bool auditHas(const QString &action)
    {
        const auto entries = m_server->call("audit.list", {{"action", action}});
        for (const QJsonValue &v : entries.result.value("entries").toArray()) {
            if (v.toObject().value("action").toString() == action &&
                v.toObject().value("actor").toString().contains("uid 0"))
                return true;
        }
        return false;
    }

    void acceptNextConfirmation() { answerNextConfirmation(QMessageBox::AcceptRole); }
    void declineNextConfirmation() { answerNextConfirmation(QMessageBox::RejectRole); }

    // Answers the next confirmation box with the button of this role, remembering its
    // words.
    void answerNextConfirmation(QMessageBox::ButtonRole role)
    {
        m_question.clear();
        m_informative.clear();
        QTimer::singleShot(10, this, [this, role] { answer(role); });
    }

    void answer(QMessageBox::ButtonRole role)
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(10, this, [this, role] { answer(role); });
            return;
        }
        m_question = box->text();
        m_informative = box->informativeText();
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == role) {
                b->click();
                return;
            }
        }
    }

    NetworkLab m_lab;
    std::unique_ptr<ServerUnderTest> m_server;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_question;
    QString m_informative;
};

QTEST_MAIN(TestChangeWindowWizard)
#include "TestChangeWindowWizard.moc"
