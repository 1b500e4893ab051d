// The console following two real keywardd instances at once: the All-servers
// sessions view lists both servers' sessions with their server, an action on a
// row goes to that row's server only, and a server that stops leaves the other's
// sessions in place. Both daemons run in one test namespace (the second on another
// PPTP port and tunnel network), each with a keyward-probe session.

#include "Localization.h"
#include "NetworkLab.h"
#include "ServerUnderTest.h"
#include "client/ConnectionProfile.h"
#include "client/ServerConnection.h"
#include "models/ServerFleet.h"
#include "models/SessionModel.h"
#include "views/MainWindow.h"
#include "views/MessageBanner.h"
#include "views/SessionsPage.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <memory>
#include <vector>

using namespace keyward::console;

namespace {
const QString Password = QStringLiteral("Correct-horse-42");

// The users with a live session on this server, as its own session.list says.
QStringList usersOn(ServerUnderTest &server)
{
    QStringList users;
    const auto reply = server.call(QStringLiteral("session.list"));
    for (const QJsonValue &v : reply.result.value(QStringLiteral("sessions")).toArray())
        users << v.toObject().value(QStringLiteral("user")).toString();
    return users;
}
} // namespace

class TestConsoleFleet : public QObject
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
        m_first = std::make_unique<ServerUnderTest>(m_lab);
        QString error = m_first->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_second = std::make_unique<ServerUnderTest>(m_lab);
        error = m_second->start({"--port", "1724", "--tunnel-pool", "10.76.0.0/24"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_first->addUser("alice", Password));
        QVERIFY(m_second->addUser("bob", Password));

        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        m_allTester = std::make_unique<QAbstractItemModelTester>(
            m_window->fleet()->allSessions(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_fleetTester = std::make_unique<QAbstractItemModelTester>(
            m_window->fleet(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy online(m_window->connection(), &ServerConnection::online);
        m_window->connection()->open(ConnectionProfile::local(m_first->socketPath()));
        QVERIFY(online.wait(5000));
        m_window->fleet()->setWatched({ConnectionProfile::local(m_second->socketPath())});
        QCOMPARE(m_window->fleet()->count(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->fleet()->connection(1)->state() == ServerConnection::State::Online, 10000);

        m_probes.push_back(
            m_first->startProbe("alice", Password, {"--count", "1200", "--interval", "50"}));
        m_probes.push_back(m_second->startProbe(
            "bob", Password, {"--port", "1724", "--count", "1200", "--interval", "50"}));
        QTRY_VERIFY_WITH_TIMEOUT(usersOn(*m_first).contains("alice"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(usersOn(*m_second).contains("bob"), 20000);
    }

    void cleanup()
    {
        if (QTest::currentTestFailed()) {
            qWarning().noquote() << "first keywardd:\n" << m_first->outputTail(80);
            qWarning().noquote() << "second keywardd:\n" << m_second->outputTail(80);
        }
    }

    void cleanupTestCase()
    {
        m_allTester.reset();
        m_fleetTester.reset();
        m_window.reset();
        for (auto &p : m_probes)
            p->kill();
        m_probes.clear();
        m_first.reset();
        m_second.reset();
    }

    void allServersListsEverySessionWithItsServer()
    {
        SessionsPage *page = m_window->sessionsPage();
        m_window->showPage(MainWindow::Sessions);
        // The current server's own view has only its session, and no Server column.
        QTRY_VERIFY_WITH_TIMEOUT(rowOf("alice") >= 0, 10000);
        QCOMPARE(rowOf("bob"), -1);
        QVERIFY(page->table()->isColumnHidden(SessionModel::Server));

        page->setScope(SessionsPage::Scope::AllServers);
        QVERIFY(!page->table()->isColumnHidden(SessionModel::Server));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf("alice") >= 0 && rowOf("bob") >= 0, 10000);
        QCOMPARE(page->proxy()->rowCount(), 2);
        QCOMPARE(cell("alice", SessionModel::Server),
                 ConnectionProfile::local(m_first->socketPath()).label());
        QCOMPARE(cell("bob", SessionModel::Server),
                 ConnectionProfile::local(m_second->socketPath()).label());
        QVERIFY(cell("alice", SessionModel::Server) != cell("bob", SessionModel::Server));

        // Both signed in with the servers' own user store.
        QCOMPARE(page->proxy()->headerData(SessionModel::SignIn, Qt::Horizontal).toString(),
                 QStringLiteral("Sign-in"));
        QCOMPARE(cell("alice", SessionModel::SignIn), QStringLiteral("Local"));
        QCOMPARE(cell("bob", SessionModel::SignIn), QStringLiteral("Local"));
        QVERIFY(index("bob", SessionModel::SignIn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("own user store"));

        // The Servers page has both, connected, with their sessions.
        ServerFleet *fleet = m_window->fleet();
        QTRY_COMPARE(fleet->index(1, ServerFleet::Sessions).data().toInt(), 1);
        QCOMPARE(fleet->index(0, ServerFleet::State).data().toString(),
                 QStringLiteral("Connected"));
        QCOMPARE(fleet->index(1, ServerFleet::State).data().toString(),
                 QStringLiteral("Connected"));
        QTRY_VERIFY(!fleet->index(1, ServerFleet::Version).data().toString().isEmpty());
    }

    void disconnectingARowEndsItOnItsOwnServer()
    {
        SessionsPage *page = m_window->sessionsPage();
        QCOMPARE(page->scope(), SessionsPage::Scope::AllServers);
        QTRY_VERIFY(rowOf("bob") >= 0);
        page->table()->selectRow(rowOf("bob"));
        acceptNextConfirmation();
        page->disconnectSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!usersOn(*m_second).contains("bob"), 10000);
        // The question named the row's server.
        QVERIFY2(m_lastQuestion.contains(ConnectionProfile::local(m_second->socketPath()).label()),
                 qPrintable(m_lastQuestion));
        QTRY_COMPARE(rowOf("bob"), -1);
        // The first server's session is untouched.
        QVERIFY(usersOn(*m_first).contains("alice"));
        QVERIFY(rowOf("alice") >= 0);
        QVERIFY(page->banner()->text().contains("bob was disconnected"));
    }

    void aServerThatStopsLeavesTheOthersSessions()
    {
        // A new session on the second server, then the server goes.
        m_probes.push_back(m_second->startProbe(
            "bob", Password, {"--port", "1724", "--count", "1200", "--interval", "50"}));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf("bob") >= 0, 20000);
        QCOMPARE(m_second->stop(), 0);

        ServerFleet *fleet = m_window->fleet();
        QTRY_VERIFY_WITH_TIMEOUT(fleet->connection(1)->state() != ServerConnection::State::Online,
                                 10000);
        QVERIFY(fleet->index(1, ServerFleet::State).data().toString().startsWith("Not connected") ||
                fleet->index(1, ServerFleet::State).data().toString().startsWith("Connecting"));
        QCOMPARE(fleet->connection(0)->state(), ServerConnection::State::Online);
        QTRY_COMPARE(rowOf("bob"), -1);
        QCOMPARE(m_window->sessionsPage()->proxy()->rowCount(), 1);
        QVERIFY(rowOf("alice") >= 0);
        MessageBanner *banner = m_window->sessionsPage()->fleetBanner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(ConnectionProfile::local(m_second->socketPath()).label()));
        QVERIFY(!banner->text().contains(ConnectionProfile::local(m_first->socketPath()).label()));
        // Dismissed, it stays away while the console keeps retrying; the current
        // server's alice is still up, and still listed a while later.
        banner->hide();
        QSignalSpy retried(fleet, &ServerFleet::fleetChanged);
        QTest::qWait(2500);
        QVERIFY(retried.count() > 0);
        QVERIFY(banner->isHidden());
        QVERIFY(rowOf("alice") >= 0);
        QCOMPARE(fleet->connection(0)->state(), ServerConnection::State::Online);
    }

private:
    QModelIndex index(const QString &user, int column) const
    {
        const int row = rowOf(user);
        return row < 0 ? QModelIndex() : m_window->sessionsPage()->proxy()->index(row, column);
    }

    QString cell(const QString &user, int column) const
    {
        return index(user, column).data().toString();
    }

    int rowOf(const QString &user) const
    {
        QSortFilterProxyModel *proxy = m_window->sessionsPage()->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, 0).data(SessionModel::UserNameRole).toString() == user)
                return row;
        }
        return -1;
    }

    void acceptNextConfirmation()
    {
        m_lastQuestion.clear();
        QTimer::singleShot(0, this, [this] { acceptConfirmation(); });
    }

    void acceptConfirmation()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(10, this, [this] { acceptConfirmation(); });
            return;
        }
        m_lastQuestion = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole) {
                b->click();
                return;
            }
        }
    }

    NetworkLab m_lab;
    std::unique_ptr<ServerUnderTest> m_first;
    std::unique_ptr<ServerUnderTest> m_second;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_allTester;
    std::unique_ptr<QAbstractItemModelTester> m_fleetTester;
    std::vector<std::unique_ptr<QProcess>> m_probes;
    QString m_lastQuestion;
};

QTEST_MAIN(TestConsoleFleet)
#include "TestConsoleFleet.moc"
