// The console's guidance against a real keywardd (offscreen): a new installation's
// dashboard says what is missing with the button that fixes it, and each page's empty
// state says what to do; the Rotation schedules page fits a 1280x800 window without a
// horizontal scroll bar and with every chart axis label whole; a change window planned
// 30 minutes ahead shows a reminder on the dashboard, once, and a cancelled one does
// not.

#include "Localization.h"
#include "NetworkLab.h"
#include "ServerUnderTest.h"
#include "client/ConnectionProfile.h"
#include "client/ServerConnection.h"
#include "models/AuditModel.h"
#include "models/ServerOverview.h"
#include "models/UserModel.h"
#include "views/AuditPage.h"
#include "views/DashboardPage.h"
#include "views/EmptyState.h"
#include "views/ExpiryTimelineChart.h"
#include "views/MainWindow.h"
#include "views/PolicyPage.h"
#include "views/SessionsPage.h"
#include "views/UsersPage.h"
#include "views/WindowReminder.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QWizard>

using namespace keyward::console;

namespace {
const QString Password = QStringLiteral("Correct-horse-42");
}

class TestConsolePolish : public QObject
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
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QSignalSpy online(m_window->connection(), &ServerConnection::online);
        m_window->connection()->open(ConnectionProfile::local(m_server->socketPath()));
        QVERIFY(online.wait(5000));
        QTRY_VERIFY(m_window->overview()->hasStatus());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_server.reset();
    }

    void aNewInstallationIsGuided()
    {
        DashboardPage *dashboard = m_window->dashboardPage();
        m_window->showPage(MainWindow::Dashboard);
        // No users, no planned window: each said, with its button.
        QTRY_VERIFY(dashboard->guide()->isVisible());
        QTRY_VERIFY(dashboard->guideItems().join('\n').contains("No users yet"));
        QVERIFY(dashboard->guideItems().join('\n').contains("No change window planned"));
        auto *addUser = dashboard->findChild<QPushButton *>("guideAddUser");
        QVERIFY(addUser && addUser->isVisible());
        // The Users page says how to get the first ones.
        EmptyState *users = m_window->usersPage()->emptyState();
        QTRY_VERIFY(users->isShowingMessage());
        QVERIFY(users->title().contains("No users yet"));
        QVERIFY(users->text().contains("import"));
        // So does the Sessions page, with what a client needs.
        EmptyState *sessions = m_window->sessionsPage()->emptyState();
        QVERIFY(sessions->isShowingMessage());
        QVERIFY(sessions->text().contains("1723"));
        QVERIFY(sessions->text().contains("MS-CHAPv2"));

        // Once there is a user, both go.
        QVERIFY(m_server->addUser("alice", Password));
        m_window->userModel()->refresh();
        QTRY_COMPARE(m_window->userModel()->rowCount(), 1);
        QTRY_VERIFY(!dashboard->guideItems().join('\n').contains("No users yet"));
        QVERIFY(!addUser->isVisibleTo(m_window.get()));
        QVERIFY(!users->isShowingMessage());
    }

    void theRotationPageFits1280x800()
    {
        m_window->resize(1280, 800);
        m_window->showPage(MainWindow::Rotation);
        PolicyPage *page = m_window->policyPage();
        QTRY_VERIFY(page->isVisible());
        QTest::qWait(200); // layouts settle
        QApplication::processEvents();
        QCOMPARE(m_window->size(), QSize(1280, 800));
        // No scroll area of the page scrolls sideways.
        for (QAbstractScrollArea *area : page->findChildren<QAbstractScrollArea *>()) {
            if (!area->isVisible())
                continue;
            QVERIFY2(!area->horizontalScrollBar()->isVisible(),
                     qPrintable(QStringLiteral("%1 (%2) scrolls sideways: %3 wide, content %4")
                                    .arg(area->objectName(), area->metaObject()->className())
                                    .arg(area->viewport()->width())
                                    .arg(area->horizontalScrollBar()->maximum())));
        }
        QVERIFY2(page->minimumSizeHint().width() <= page->width(),
                 qPrintable(QStringLiteral("the page needs %1 px, has %2")
                                .arg(page->minimumSizeHint().width())
                                .arg(page->width())));
        // Every axis label of the chart whole: not elided, inside the view.
        auto *view = page->chart()->findChild<QChartView *>();
        QVERIFY(view);
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        QStringList labels;
        for (QGraphicsItem *item : view->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (!text || !text->isVisible() || text->toPlainText().isEmpty())
                continue;
            labels << text->toPlainText();
            const QString shown = text->toPlainText();
            QVERIFY2(!shown.endsWith("...") && !shown.endsWith(QChar(0x2026)),
                     qPrintable("cut label: " + shown));
            const QRectF at = text->sceneBoundingRect();
            QVERIFY2(visible.contains(at),
                     qPrintable(QStringLiteral("label '%1' at %2,%3 %4x%5 outside the view %6x%7")
                                    .arg(shown)
                                    .arg(at.x())
                                    .arg(at.y())
                                    .arg(at.width())
                                    .arg(at.height())
                                    .arg(visible.width())
                                    .arg(visible.height())));
        }
        // The scan saw the axes: twelve weeks, the axis title, the legend.
        QVERIFY2(labels.size() >= ExpiryTimelineChart::Weeks + 3, qPrintable(labels.join('|')));
        QVERIFY2(labels.contains("Week starting"), qPrintable(labels.join('|')));
        QVERIFY2(labels.contains("Planned change windows"), qPrintable(labels.join('|')));
    }

    void aWindowPlannedSoonIsRemindedAndACancelledOneIsNot()
    {
        DashboardPage *dashboard = m_window->dashboardPage();
        WindowReminder *reminder = dashboard->reminder();
        m_window->showPage(MainWindow::Dashboard);
        QVERIFY(!dashboard->reminderBanner()->isVisible());
        QSignalSpy reminded(reminder, &WindowReminder::reminded);

        // Planned 30 minutes ahead: within the default lead of 60 minutes.
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(30 * 60);
        auto planned = m_server->call("window.plan", {{"title", "Quarterly rotation"},
                                                      {"start", start.toString(Qt::ISODate)},
                                                      {"durationMinutes", 60}});
        QVERIFY2(planned.ok, qPrintable(planned.errorMessage));
        m_window->overview()->refresh();
        QTRY_VERIFY(dashboard->reminderBanner()->isVisible());
        QVERIFY2(dashboard->reminderText().contains("Quarterly rotation"),
                 qPrintable(dashboard->reminderText()));
        QCOMPARE(reminded.count(), 1);
        QCOMPARE(reminded.first().at(1).toInt(), 60);
        // "Open the wizard" asks for the wizard on that window.
        QSignalSpy asked(dashboard, &DashboardPage::rotationRequested);
        dashboard->findChild<QPushButton *>("reminderOpenWizard")->click();
        QCOMPARE(asked.count(), 1);
        const auto window = asked.first().at(0).value<std::optional<keyward::api::ChangeWindow>>();
        QVERIFY(window.has_value());
        QCOMPARE(window->title, QString("Quarterly rotation"));
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *wizard = qobject_cast<QWizard *>(top); wizard && wizard->isVisible())
                wizard->reject();
        }
        // The audit log says it in words, and shows the entry in full on demand.
        m_window->auditModel()->reload();
        AuditPage *audit = m_window->auditPage();
        QTRY_VERIFY(m_window->auditModel()->rowCount() > 0);
        const QModelIndex newest = audit->table()->model()->index(0, AuditModel::Summary);
        QVERIFY2(newest.data().toString().contains("planned the change window 'Quarterly "
                                                   "rotation' for"),
                 qPrintable(newest.data().toString()));
        m_window->showPage(MainWindow::Audit);
        audit->table()->setCurrentIndex(newest);
        audit->detailsButton()->click();
        QVERIFY(audit->details()->isVisible());
        QVERIFY2(audit->details()->toPlainText().contains("window.plan"),
                 qPrintable(audit->details()->toPlainText()));
        m_window->showPage(MainWindow::Dashboard);
        // Refreshes do not remind again.
        m_window->overview()->refresh();
        QTest::qWait(500);
        reminder->check();
        QCOMPARE(reminded.count(), 1);
        // Dismissed, it goes; it comes back when the window starts.
        dashboard->findChild<QPushButton *>("reminderDismiss")->click();
        QVERIFY(!dashboard->reminderBanner()->isVisible());
        reminder->setClock([start] { return start.addSecs(5); });
        QTRY_VERIFY(dashboard->reminderBanner()->isVisible());
        QCOMPARE(reminded.count(), 2);
        QCOMPARE(reminded.last().at(1).toInt(), 0);
        QVERIFY(dashboard->reminderText().contains("now"));
        reminder->setClock([] { return QDateTime::currentDateTimeUtc(); });

        // Cancelled: the banner goes, and a cancelled window never reminds.
        const int id = planned.result.value("id").toInt();
        QVERIFY(m_server->call("window.cancel", {{"id", id}}).ok);
        m_window->overview()->refresh();
        QTRY_VERIFY(!dashboard->reminderBanner()->isVisible());

        // Planned three hours ahead (no reminder yet), cancelled, and its time comes.
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
        auto second = m_server->call(
            "window.plan", {{"title", "Called off"}, {"start", later.toString(Qt::ISODate)}});
        QVERIFY2(second.ok, qPrintable(second.errorMessage));
        m_window->overview()->refresh();
        QTRY_COMPARE(m_window->overview()->changeWindows().size(), 1);
        QCOMPARE(reminded.count(), 2);
        QVERIFY(m_server->call("window.cancel", {{"id", second.result.value("id").toInt()}}).ok);
        m_window->overview()->refresh();
        QTRY_VERIFY(m_window->overview()->changeWindows().isEmpty());
        reminder->setClock([later] { return later.addSecs(-30 * 60); });
        reminder->setClock([later] { return later.addSecs(5); });
        QCOMPARE(reminded.count(), 2);
        QVERIFY(!dashboard->reminderBanner()->isVisible());
    }

private:
    NetworkLab m_lab;
    std::unique_ptr<ServerUnderTest> m_server;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestConsolePolish)
#include "TestConsolePolish.moc"
