// The console shows the role keywardd gave this connection and holds off what the
// role cannot do: an auditor cannot end sessions, reset passwords or change the
// policy from any button, menu or shortcut; an operator can end sessions and reset
// passwords but not change the policy; an admin can do all of it; an older keywardd
// that names no role leaves everything to the server.
//
// The server here is a stand-in on a local socket that speaks the admin API's
// framing: it answers hello with the role and methods of the admin-role contract
// (written out below, independently of the console's own table) and serves one
// session, one user and the default policy.

#include "api/PolicyMessages.h"
#include "api/SessionMessages.h"
#include "api/UserMessages.h"
#include "client/ConnectionProfile.h"
#include "client/ServerConnection.h"
#include "ipc/IpcFrameReader.h"
#include "models/PolicyDocument.h"
#include "models/SessionModel.h"
#include "models/UserModel.h"
#include "views/MainWindow.h"
#include "views/PolicyPage.h"
#include "views/SessionsPage.h"
#include "views/UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace keyward;
using namespace keyward::console;

namespace {

const QStringList AuditorMethods{"audit.list",   "audit.verify", "policy.get", "session.history",
                                 "session.list", "status",       "subscribe",  "user.expiring",
                                 "user.list",    "user.show",    "window.list"};
const QStringList OperatorExtra{"session.disconnect", "session.rekey", "session.revoke",
                                "user.disable",       "user.enable",   "user.reset",
                                "user.unlock"};
const QStringList AdminExtra{"policy.set",  "user.add",    "user.delete",   "user.groups",
                             "user.import", "user.rotate", "window.cancel", "window.plan"};

QStringList methodsOf(const QString &role)
{
    QStringList methods = AuditorMethods;
    if (role == "operator" || role == "admin")
        methods += OperatorExtra;
    if (role == "admin")
        methods += AdminExtra;
    methods.sort();
    return methods;
}

QJsonObject resultFor(const QString &method)
{
    if (method == "session.list") {
        api::SessionListEntry entry;
        entry.session.id = 7;
        entry.session.user = "alice";
        entry.session.peerAddress = "192.0.2.10";
        entry.session.tunnelAddress = "10.75.0.2";
        entry.session.started = QDateTime::currentDateTimeUtc().addSecs(-60);
        entry.session.state = api::SessionState::Up;
        entry.session.auth = "MS-CHAPv2";
        entry.session.mppe = "128-bit";
        entry.session.mppeMode = "stateless";
        entry.durationSeconds = 60;
        return api::SessionListResult{{entry}, std::nullopt}.toJson();
    }
    if (method == "user.list") {
        api::UserSummary alice;
        alice.name = "alice";
        alice.passwordChanged = QDateTime::currentDateTimeUtc().addDays(-3);
        alice.expires = alice.passwordChanged.addDays(90);
        return api::UserListResult{{alice}}.toJson();
    }
    if (method == "policy.get") {
        api::PolicyGetResult policy;
        for (const QString &key : api::PolicySettings::numberKeys())
            policy.bounds.insert(key, api::PolicyBound{0, 1000});
        return policy.toJson();
    }
    return {};
}

} // namespace

class TestConsoleRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KeywardTest"));
        QVERIFY(m_dir.isValid());
        connect(&m_server, &QLocalServer::newConnection, this, &TestConsoleRoles::serve);
        QVERIFY(m_server.listen(m_dir.filePath("keywardd.sock")));
    }

    void theRoleDecidesWhatTheConsoleOffers_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("canEndSessions");
        QTest::addColumn<bool>("canChangePolicy");
        QTest::newRow("auditor") << "auditor" << false << false;
        QTest::newRow("operator") << "operator" << true << false;
        QTest::newRow("admin") << "admin" << true << true;
        QTest::newRow("older keywardd") << QString() << true << true;
    }

    void theRoleDecidesWhatTheConsoleOffers()
    {
        QFETCH(QString, role);
        QFETCH(bool, canEndSessions);
        QFETCH(bool, canChangePolicy);
        QSettings().clear();
        m_role = role;

        MainWindow window;
        window.show();
        QSignalSpy online(window.connection(), &ServerConnection::online);
        window.connection()->open(ConnectionProfile::local(m_server.fullServerName()));
        QVERIFY(online.wait(5000));
        QTRY_COMPARE(window.sessionModel()->rowCount(), 1);
        QTRY_COMPARE(window.userModel()->rowCount(), 1);
        QTRY_VERIFY(window.policy()->isLoaded());

        if (!role.isEmpty()) {
            QVERIFY2(window.windowTitle().contains(role), qPrintable(window.windowTitle()));
            QVERIFY2(window.connectionText().contains(role), qPrintable(window.connectionText()));
        }

        // Ending sessions and resetting passwords, from the sessions table.
        QVERIFY(window.sessionsPage()->selectSession(7));
        for (const char *name :
             {"disconnectSession", "revokeAccess", "rekeySession", "resetPassword"}) {
            auto *action = window.sessionsPage()->findChild<QAction *>(name);
            QVERIFY2(action, name);
            QVERIFY2(action->isEnabled() == canEndSessions, name);
            if (!canEndSessions)
                QVERIFY2(action->toolTip().contains("operator"), qPrintable(action->toolTip()));
            for (QToolButton *button : window.sessionsPage()->findChildren<QToolButton *>()) {
                if (button->defaultAction() == action)
                    QVERIFY2(button->isEnabled() == canEndSessions, name);
            }
        }
        // Nor by the shortcut: a held-off action does not fire.
        QSignalSpy asked(window.sessionsPage()->findChild<QAction *>("disconnectSession"),
                         &QAction::triggered);
        if (canEndSessions)
            closeNextConfirmation(); // the allowed action asks first
        window.sessionsPage()->findChild<QAction *>("disconnectSession")->trigger();
        QCOMPARE(asked.count(), canEndSessions ? 1 : 0);

        // Resetting from the users page.
        window.showPage(MainWindow::Users);
        window.usersPage()->findChild<QTableView *>("usersTable")->selectRow(0);
        auto *reset = window.usersPage()->findChild<QAction *>("resetPasswords");
        QVERIFY(reset);
        QCOMPARE(reset->isEnabled(), canEndSessions);
        auto *remove = window.usersPage()->findChild<QAction *>("deleteUsers");
        QCOMPARE(remove->isEnabled(), canChangePolicy);
        if (!canChangePolicy)
            QVERIFY2(remove->toolTip().contains("admin"), qPrintable(remove->toolTip()));

        // Changing the policy: the fields and Apply.
        window.showPage(MainWindow::Rotation);
        auto *minLength = window.policyPage()->findChild<QSpinBox *>("passwordMinLength");
        QVERIFY(minLength);
        QCOMPARE(minLength->isEnabled(), canChangePolicy);
        minLength->setValue(minLength->value() + 2); // as a script or a stray key could
        auto *apply = window.policyPage()->findChild<QPushButton *>("applyPolicy");
        QVERIFY(apply);
        QCOMPARE(apply->isEnabled(), canChangePolicy);
        if (!canChangePolicy)
            QVERIFY2(apply->toolTip().contains("admin"), qPrintable(apply->toolTip()));

        // The rotation wizard, from the menu.
        auto *rotate = window.findChild<QAction *>("rotatePasswords");
        QVERIFY(rotate);
        QCOMPARE(rotate->isEnabled(), canChangePolicy);
        window.connection()->close();
    }

private:
    void serve()
    {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            auto reader = std::make_shared<ipc::IpcFrameReader>();
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket, reader] {
                reader->append(socket->readAll());
                QJsonObject frame;
                while (reader->next(&frame) == ipc::IpcFrameReader::Status::Frame) {
                    const QString method = frame.value("method").toString();
                    QJsonObject result = resultFor(method);
                    if (method == "hello") {
                        result.insert("identity", "uid 1000");
                        if (!m_role.isEmpty()) {
                            result.insert("role", m_role);
                            result.insert("methods", QJsonArray::fromStringList(methodsOf(m_role)));
                        }
                    }
                    socket->write(ipc::IpcFrameReader::encode(
                        {{"id", frame.value("id")}, {"result", result}}));
                }
            });
        }
    }

    // Cancels the confirmation that an allowed action is about to show.
    void closeNextConfirmation()
    {
        QTimer::singleShot(10, this, [this] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
            else
                closeNextConfirmation();
        });
    }

    QTemporaryDir m_dir;
    QLocalServer m_server;
    QString m_role;
};

QTEST_MAIN(TestConsoleRoles)
#include "TestConsoleRoles.moc"
