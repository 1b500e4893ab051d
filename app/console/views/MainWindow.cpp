#include "views/MainWindow.h"

#include "api/AdminMethod.h"
#include "client/CaptureClient.h"
#include "client/ProfileStore.h"
#include "client/ServerConnection.h"
#include "models/AdminActions.h"
#include "models/AuditModel.h"
#include "models/CapturePacketModel.h"
#include "models/PolicyDocument.h"
#include "models/ServerFleet.h"
#include "models/ServerOverview.h"
#include "models/SessionHistoryModel.h"
#include "models/SessionModel.h"
#include "models/UserModel.h"
#include "reports/BackupReportCenter.h"
#include "views/AuditPage.h"
#include "views/BackupReportHints.h"
#include "views/BackupsReportsPage.h"
#include "views/CapturesPage.h"
#include "views/CertificateChangedDialog.h"
#include "views/ConnectionDialog.h"
#include "views/DashboardPage.h"
#include "views/MessageBanner.h"
#include "views/MethodGate.h"
#include "views/PolicyPage.h"
#include "views/ServersPage.h"
#include "views/SessionsPage.h"
#include "views/UsersPage.h"
#include "wizards/ChangeWindowWizard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace keyward::console {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_profiles(new ProfileStore), m_connection(new ServerConnection(this)),
      m_sessionModel(new SessionModel(this)), m_sessionHistory(new SessionHistoryModel(this)),
      m_userModel(new UserModel(this)), m_auditModel(new AuditModel(this)),
      m_policy(new PolicyDocument(this)), m_overview(new ServerOverview(this)),
      m_actions(new AdminActions(m_connection, this)),
      m_fleet(new ServerFleet(m_connection, m_sessionModel, m_actions, this)),
      m_nav(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Keyward"));
    m_sessionModel->setConnection(m_connection);
    m_sessionHistory->setConnection(m_connection);
    m_userModel->setConnection(m_connection);
    m_auditModel->setConnection(m_connection);
    m_policy->setConnection(m_connection);
    m_overview->setConnection(m_connection);
    // Whatever an admin changes shows up in the audit log and on the dashboard.
    connect(m_actions, &AdminActions::changed, m_auditModel, &AuditModel::reload);
    connect(m_actions, &AdminActions::changed, m_overview, &ServerOverview::refresh);

    m_dashboard = new DashboardPage(m_connection, m_overview, m_sessionModel, m_policy, this);
    m_sessionsPage = new SessionsPage(m_sessionModel, m_sessionHistory, m_actions, this);
    m_usersPage = new UsersPage(m_userModel, m_actions, this);
    m_policyPage = new PolicyPage(m_policy, m_userModel, m_overview, m_actions, this);
    m_auditPage = new AuditPage(m_auditModel, m_connection, this);
    m_captureClient = new CaptureClient(m_connection, this);
    m_capturePackets = new CapturePacketModel(this);
    m_capturesPage = new CapturesPage(m_captureClient, m_capturePackets, this);
    m_backupReports = new BackupReportCenter(m_connection, this);
    m_backupsReportsPage = new BackupsReportsPage(m_backupReports, this);
    m_serversPage = new ServersPage(m_fleet, m_profiles, this);
    m_sessionsPage->setFleet(m_fleet);
    // The policy's password rules are the local store's; say so when RADIUS signs users in.
    connect(m_fleet, &ServerFleet::fleetChanged, m_policyPage,
            [this] { m_policyPage->setRadiusInUse(m_fleet->health(0).usesRadius()); });
    auto *hints = new BackupReportHints(m_backupReports, m_dashboard);
    m_dashboard->addGuide(hints);
    m_dashboard->setUsers(m_userModel);
    connect(hints, &BackupReportHints::showBackupsAndReports, this,
            [this] { showPage(BackupsReports); });
    QStyle *style = QApplication::style();
    const QList<QPair<QString, QStyle::StandardPixmap>> pages{
        {tr("Dashboard"), QStyle::SP_ComputerIcon},
        {tr("Sessions"), QStyle::SP_DriveNetIcon},
        {tr("Users"), QStyle::SP_DirHomeIcon},
        {tr("Rotation schedules"), QStyle::SP_BrowserReload},
        {tr("Audit log"), QStyle::SP_FileDialogDetailedView},
        {tr("Captures"), QStyle::SP_MediaSeekForward},
        {tr("Backups & reports"), QStyle::SP_DialogSaveButton},
        {tr("Servers"), QStyle::SP_DriveNetIcon}};
    for (const auto &[label, icon] : pages)
        new QListWidgetItem(style->standardIcon(icon), label, m_nav);
    for (QWidget *page :
         {static_cast<QWidget *>(m_dashboard), static_cast<QWidget *>(m_sessionsPage),
          static_cast<QWidget *>(m_usersPage), static_cast<QWidget *>(m_policyPage),
          static_cast<QWidget *>(m_auditPage), static_cast<QWidget *>(m_capturesPage),
          static_cast<QWidget *>(m_backupsReportsPage), static_cast<QWidget *>(m_serversPage)})
        m_pages->addWidget(page);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setSpacing(2);
    m_nav->setMaximumWidth(220);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    // Offline banner: what is wrong and the ways on.
    m_offline = new QFrame(this);
    m_offline->setObjectName(QStringLiteral("offlineBanner"));
    m_offline->setStyleSheet(QStringLiteral("#offlineBanner { background: #fbe3c0; }"));
    m_offlineText = new QLabel(m_offline);
    m_offlineText->setWordWrap(true);
    auto *retry = new QPushButton(tr("Retry now"), m_offline);
    m_tokenButton = new QPushButton(tr("Enter token…"), m_offline);
    m_certificateButton = new QPushButton(tr("Review certificate…"), m_offline);
    auto *choose = new QPushButton(tr("Choose server…"), m_offline);
    auto *offlineLayout = new QHBoxLayout(m_offline);
    offlineLayout->addWidget(m_offlineText, 1);
    offlineLayout->addWidget(retry);
    offlineLayout->addWidget(m_tokenButton);
    offlineLayout->addWidget(m_certificateButton);
    offlineLayout->addWidget(choose);
    connect(retry, &QPushButton::clicked, this,
            [this] { m_connection->open(m_connection->profile()); });
    connect(m_tokenButton, &QPushButton::clicked, this, &MainWindow::askForToken);
    connect(m_certificateButton, &QPushButton::clicked, this, &MainWindow::reviewCertificate);
    connect(choose, &QPushButton::clicked, this, &MainWindow::openConnectionDialog);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_offline);
    contentLayout->addWidget(m_pages, 1);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_nav);
    splitter->addWidget(content);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    statusBar()->addPermanentWidget(m_statusLabel, 1);

    connect(m_dashboard, &DashboardPage::showSessions, this, [this] { showPage(Sessions); });
    connect(m_dashboard, &DashboardPage::showUsers, this, [this] { showPage(Users); });
    connect(m_dashboard, &DashboardPage::addUserRequested, this, [this] {
        showPage(Users);
        m_usersPage->addUser();
    });
    connect(m_dashboard, &DashboardPage::showPolicy, this, [this] { showPage(Rotation); });
    connect(m_dashboard, &DashboardPage::rotationRequested, this,
            [this](const std::optional<api::ChangeWindow> &w) { openRotationWizard({}, w); });
    connect(m_usersPage, &UsersPage::rotateRequested, this,
            [this](const QStringList &users) { openRotationWizard(users, {}); });
    connect(m_capturesPage, &CapturesPage::rotateRequested, this,
            [this](const QStringList &users) { openRotationWizard(users, {}); });
    connect(m_policyPage, &PolicyPage::rotationRequested, this,
            [this](const std::optional<api::ChangeWindow> &w) {
                openRotationWizard(m_usersPage->selectedUsers(), w);
            });
    connect(m_connection, &ServerConnection::stateChanged, this, &MainWindow::onConnectionState);
    connect(m_connection, &ServerConnection::statusTextChanged, this,
            &MainWindow::onConnectionState);

    buildMenus();
    // Whatever the role cannot do is held off; the pages marked their controls.
    m_gate = new MethodGate(m_connection, this);
    m_gate->adopt(this);
    connect(m_connection, &ServerConnection::accessChanged, this, &MainWindow::onConnectionState);
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_sessionsPage->restoreState();
    m_usersPage->restoreState();
    m_auditPage->restoreState();
    showPage(static_cast<Page>(
        std::clamp(settings.value(QStringLiteral("window/page")).toInt(), 0, PageCount - 1)));
    onConnectionState();
}

MainWindow::~MainWindow()
{
    // The pages go before the session; keep its last words from reaching them.
    m_connection->blockSignals(true);
    // The fleet lets go of the watched servers while the current one is still there.
    delete m_fleet;
    delete m_profiles;
}

void MainWindow::buildMenus()
{
    QMenu *server = menuBar()->addMenu(tr("&Server"));
    QAction *connectTo =
        server->addAction(tr("&Connect to…"), this, &MainWindow::openConnectionDialog);
    connectTo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *refresh = server->addAction(tr("&Refresh"), this, [this] {
        m_sessionModel->refresh();
        m_sessionHistory->refresh();
        m_userModel->refresh();
        m_auditModel->reload();
        m_policy->reload();
        m_overview->refresh();
        m_fleet->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *rotate = server->addAction(tr("Rotate &passwords…"), this, [this] {
        openRotationWizard(m_usersPage->selectedUsers(), {});
    });
    rotate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    rotate->setObjectName(QStringLiteral("rotatePasswords"));
    MethodGate::require(rotate, api::Method::UserRotate);
    QAction *report =
        server->addAction(tr("&Export audit report…"), m_auditPage, &AuditPage::exportReport);
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    server->addSeparator();
    QAction *quit = server->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList names{tr("&Dashboard"), tr("&Sessions"), tr("&Users"),
                            tr("&Rotation schedules"), tr("&Audit log")};
    for (int i = 0; i < names.size(); ++i) {
        QAction *a = view->addAction(names[i], this, [this, i] { showPage(static_cast<Page>(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
    }
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const QList<QPair<QString, QString>> options{{QString(), tr("System language")},
                                                 {QStringLiteral("en"), QStringLiteral("English")},
                                                 {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                 {QStringLiteral("fr"), QStringLiteral("Français")},
                                                 {QStringLiteral("es"), QStringLiteral("Español")}};
    for (const auto &option : options) {
        const QString code = option.first;
        QAction *a =
            language->addAction(option.second, this, [this, code] { chooseLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == chosen);
        languages->addAction(a);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Keyward"), this, [this] {
        QMessageBox::about(
            this, tr("About Keyward"),
            tr("<h3>Keyward %1</h3><p>Credentials and session keys for PPTP, managed safely.</p>"
               "<p>PPTP's encryption keys come from the users' passwords, so Keyward keeps "
               "them strong, rotates them and records every change.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::start()
{
    m_connection->open(m_profiles->current());
    m_fleet->setWatched(m_profiles->watched());
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

QString MainWindow::connectionText() const
{
    return m_statusLabel->text();
}

void MainWindow::onConnectionState()
{
    const ServerConnection::State state = m_connection->state();
    m_statusLabel->setText(m_connection->statusText());
    const bool online = state == ServerConnection::State::Online;
    m_offline->setVisible(!online && state != ServerConnection::State::Connecting);
    m_offlineText->setText(m_connection->statusText());
    const bool certificateChanged = state == ServerConnection::State::CertificateChanged;
    m_tokenButton->setVisible(m_connection->profile().isRemote() && !certificateChanged);
    m_certificateButton->setVisible(certificateChanged);
    if (state == ServerConnection::State::NeedsToken)
        m_tokenButton->setDefault(true);
    const QString role = m_connection->access().role();
    if (!online)
        setWindowTitle(tr("Keyward"));
    else if (role.isEmpty())
        setWindowTitle(tr("Keyward — %1").arg(m_connection->profile().where()));
    else
        setWindowTitle(tr("Keyward — %1 (%2)")
                           .arg(m_connection->profile().where(), AdminAccess::roleLabel(role)));
    if (certificateChanged && !m_certificateDialog)
        reviewCertificate();
}

CertificateChangedDialog *MainWindow::certificateDialog() const
{
    return m_certificateDialog;
}

void MainWindow::reviewCertificate()
{
    const QString presented = m_connection->presentedFingerprint();
    if (presented.isEmpty())
        return;
    if (m_certificateDialog) {
        m_certificateDialog->raise();
        return;
    }
    const ConnectionProfile server = m_connection->profile();
    m_certificateDialog =
        new CertificateChangedDialog(server.where(), server.fingerprint(), presented, this);
    m_certificateDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_certificateDialog, &QDialog::accepted, this, [this, server, presented] {
        if (m_connection->profile() == server) // not another server chosen meanwhile
            trustCertificate(presented);
    });
    m_certificateDialog->open();
}

void MainWindow::trustCertificate(const QString &fingerprint)
{
    const ConnectionProfile old = m_connection->profile();
    if (!old.isRemote())
        return;
    const ConnectionProfile pinned = old.repinned(fingerprint);
    m_profiles->saveRemote(pinned);
    m_profiles->setCurrent(pinned);
    // The token kept for the old certificate goes; the new pin starts without one.
    m_connection->vault().remove(old.keychainKey(), [](const TokenVault::Answer &) {});
    m_connection->open(pinned);
}

void MainWindow::askForToken()
{
    bool ok = false;
    const QString token = QInputDialog::getText(
        this, tr("API token"),
        tr("The API token for %1 (create one on the server with `keywardctl token create NAME`):")
            .arg(m_connection->profile().where()),
        QLineEdit::Password, QString(), &ok);
    if (!ok || token.trimmed().isEmpty())
        return;
    const bool remember =
        QMessageBox::question(this, tr("API token"),
                              tr("Keep this token in the keychain for next time?")) ==
        QMessageBox::Yes;
    m_connection->provideToken(token, remember);
}

void MainWindow::openConnectionDialog()
{
    ConnectionDialog dialog(*m_profiles, m_connection->vault(), m_connection->profile(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionProfile profile = dialog.profile();
    m_profiles->setCurrent(profile);
    m_connection->open(profile, dialog.token(), dialog.rememberToken());
}

void MainWindow::openRotationWizard(const QStringList &users,
                                    const std::optional<api::ChangeWindow> &window)
{
    auto *wizard = new ChangeWindowWizard(m_actions, m_backupReports, m_connection, m_userModel,
                                          m_sessionModel, users, window, this);
    m_gate->adopt(wizard);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ChangeWindowWizard::finishedWith, this,
            [this](bool ok, const QString &message) {
                ok ? m_usersPage->banner()->showSuccess(message)
                   : m_usersPage->banner()->showProblem(message);
                m_overview->refresh();
                if (ok)
                    showPage(Users);
            });
    wizard->open();
}

void MainWindow::chooseLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
    QMessageBox::information(this, tr("Language"),
                             tr("Keyward uses the new language the next time it starts."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    settings.setValue(QStringLiteral("window/page"), static_cast<int>(currentPage()));
    m_sessionsPage->saveState();
    m_usersPage->saveState();
    m_auditPage->saveState();
    event->accept();
}

} // namespace keyward::console
