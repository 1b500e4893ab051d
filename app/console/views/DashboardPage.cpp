#include "views/DashboardPage.h"

#include "api/AdminMethod.h"
#include "client/ServerConnection.h"
#include "models/DisplayFormat.h"
#include "models/PolicyDocument.h"
#include "models/ServerOverview.h"
#include "models/SessionModel.h"
#include "models/UserModel.h"
#include "views/MethodGate.h"
#include "views/WindowReminder.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyward::console {

namespace {
QGroupBox *card(const QString &title, QWidget *parent, QWidget *content, QWidget *extra = nullptr)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content, 1);
    if (extra)
        layout->addWidget(extra, 0, Qt::AlignRight);
    return box;
}
} // namespace

DashboardPage::DashboardPage(ServerConnection *connection, ServerOverview *overview,
                             SessionModel *sessions, PolicyDocument *policy, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_overview(overview), m_sessions(sessions),
      m_policy(policy), m_server(new QLabel(this)), m_count(new QLabel(this)),
      m_strengths(new QLabel(this)), m_weak(new QLabel(this)), m_expiring(new QListWidget(this)),
      m_failures(new QListWidget(this)), m_due(new QLabel(this)),
      m_startDue(new QPushButton(tr("Start the rotation…"), this)), m_guide(new QGroupBox(this)),
      m_noUsers(new QLabel(tr("No users yet: add the people who will connect, or import them "
                              "from a CSV file."),
                           this)),
      m_addUser(new QPushButton(tr("Add a user…"), this)),
      m_noWindow(new QLabel(tr("No change window planned: plan when passwords are rotated, so "
                               "users can be told in advance."),
                            this)),
      m_planWindow(new QPushButton(tr("Plan a window…"), this)),
      m_noExpiry(new QLabel(tr("Passwords never expire: set a maximum age (30 to 90 days) so "
                               "that the keys they give come from fresh passwords."),
                            this)),
      m_setExpiry(new QPushButton(tr("Set an expiry…"), this)),
      m_reminder(new WindowReminder(overview, this)), m_reminderBox(new QFrame(this)),
      m_reminderText(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    for (QLabel *l : {m_server, m_strengths, m_weak, m_due}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_count->setStyleSheet(QStringLiteral("font-size: 28pt; font-weight: bold"));
    m_count->setObjectName(QStringLiteral("sessionCount"));

    auto *sessionsBox = new QWidget(this);
    auto *sessionsLayout = new QVBoxLayout(sessionsBox);
    sessionsLayout->setContentsMargins(0, 0, 0, 0);
    sessionsLayout->addWidget(m_count);
    sessionsLayout->addWidget(m_strengths, 1);
    auto *toSessions = new QPushButton(tr("Open sessions"), this);
    auto *toPolicy = new QPushButton(tr("Open policy"), this);
    auto *toUsers = new QPushButton(tr("Open users"), this);
    connect(toSessions, &QPushButton::clicked, this, &DashboardPage::showSessions);
    connect(toPolicy, &QPushButton::clicked, this, &DashboardPage::showPolicy);
    connect(toUsers, &QPushButton::clicked, this, &DashboardPage::showUsers);
    m_startDue->setObjectName(QStringLiteral("startDueRotation"));
    MethodGate::require(m_startDue, api::Method::UserRotate);
    connect(m_startDue, &QPushButton::clicked, this, [this] {
        emit rotationRequested(m_overview->dueWindow(QDateTime::currentDateTimeUtc()));
    });

    auto *dueBox = new QFrame(this);
    dueBox->setObjectName(QStringLiteral("dueWindow"));
    dueBox->setStyleSheet(QStringLiteral("#dueWindow { background: #dbe8f8; }"));
    auto *dueLayout = new QHBoxLayout(dueBox);
    dueLayout->addWidget(m_due, 1);
    dueLayout->addWidget(m_startDue);
    m_due->setParent(dueBox);

    // Getting started: what a new installation still lacks, each with its fix.
    auto *guideBox = static_cast<QGroupBox *>(m_guide);
    guideBox->setTitle(tr("Getting started"));
    guideBox->setObjectName(QStringLiteral("gettingStarted"));
    auto *guideLayout = new QGridLayout(guideBox);
    int row = 0;
    for (auto [label, button] :
         {std::pair{m_noUsers, m_addUser}, std::pair{m_noWindow, m_planWindow},
          std::pair{m_noExpiry, m_setExpiry}}) {
        label->setWordWrap(true);
        guideLayout->addWidget(label, row, 0);
        guideLayout->addWidget(button, row, 1);
        ++row;
    }
    guideLayout->setColumnStretch(0, 1);
    m_addUser->setObjectName(QStringLiteral("guideAddUser"));
    m_planWindow->setObjectName(QStringLiteral("guidePlanWindow"));
    m_setExpiry->setObjectName(QStringLiteral("guideSetExpiry"));
    MethodGate::require(m_addUser, api::Method::UserAdd);
    MethodGate::require(m_planWindow, api::Method::WindowPlan);
    MethodGate::require(m_setExpiry, api::Method::PolicySet);
    connect(m_addUser, &QPushButton::clicked, this, &DashboardPage::addUserRequested);
    connect(m_planWindow, &QPushButton::clicked, this, &DashboardPage::showPolicy);
    connect(m_setExpiry, &QPushButton::clicked, this, &DashboardPage::showPolicy);

    // A planned window about to start.
    m_reminderBox->setObjectName(QStringLiteral("windowReminder"));
    m_reminderBox->setStyleSheet(QStringLiteral("#windowReminder { background: #fff3c4; }"));
    m_reminderText->setParent(m_reminderBox);
    m_reminderText->setWordWrap(true);
    m_reminderText->setTextFormat(Qt::RichText);
    auto *openWizard = new QPushButton(tr("Open the wizard…"), m_reminderBox);
    openWizard->setObjectName(QStringLiteral("reminderOpenWizard"));
    MethodGate::require(openWizard, api::Method::UserRotate);
    auto *dismiss = new QPushButton(tr("Dismiss"), m_reminderBox);
    dismiss->setObjectName(QStringLiteral("reminderDismiss"));
    auto *reminderLayout = new QHBoxLayout(m_reminderBox);
    reminderLayout->addWidget(m_reminderText, 1);
    reminderLayout->addWidget(openWizard);
    reminderLayout->addWidget(dismiss);
    connect(openWizard, &QPushButton::clicked, this, [this] {
        if (m_reminded)
            emit rotationRequested(m_reminded);
    });
    connect(dismiss, &QPushButton::clicked, this, [this] {
        if (m_reminded)
            m_reminder->dismiss(m_reminded->id);
    });
    connect(m_reminder, &WindowReminder::pendingChanged, this, &DashboardPage::updateReminder);
    connect(m_reminder, &WindowReminder::openRequested, this,
            [this](const api::ChangeWindow &w) { emit rotationRequested(w); });

    auto *grid = new QGridLayout;
    grid->addWidget(card(tr("Server"), this, m_server), 0, 0);
    grid->addWidget(card(tr("Connected now"), this, sessionsBox, toSessions), 0, 1);
    grid->addWidget(card(tr("Security settings"), this, m_weak, toPolicy), 0, 2);
    grid->addWidget(card(tr("Passwords expiring in 14 days"), this, m_expiring, toUsers), 1, 0, 1,
                    1);
    grid->addWidget(card(tr("Failed logins and alerts"), this, m_failures), 1, 1, 1, 2);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reminderBox);
    layout->addWidget(m_guide);
    layout->addWidget(dueBox);
    layout->addLayout(grid, 1);

    connect(m_overview, &ServerOverview::changed, this, &DashboardPage::update);
    connect(m_policy, &PolicyDocument::changed, this, &DashboardPage::update);
    connect(m_connection, &ServerConnection::statusTextChanged, this, &DashboardPage::update);
    // The session figures change every second; the rest only with the overview.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_sessions, signal, this, &DashboardPage::updateSessions);
    connect(m_sessions, &QAbstractItemModel::modelReset, this, &DashboardPage::updateSessions);
    connect(m_sessions, &SessionModel::refreshed, this, &DashboardPage::updateSessions);
    update();
    updateReminder();
}

void DashboardPage::setUsers(UserModel *users)
{
    m_users = users;
    connect(users, &UserModel::refreshed, this, [this] {
        m_usersLoaded = true;
        updateGuide();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(users, signal, this, &DashboardPage::updateGuide);
    connect(users, &QAbstractItemModel::modelReset, this, &DashboardPage::updateGuide);
    updateGuide();
}

void DashboardPage::addGuide(QWidget *hints)
{
    m_hints = hints;
    if (auto *grid = qobject_cast<QGridLayout *>(m_guide->layout()))
        grid->addWidget(hints, grid->rowCount(), 0, 1, 2);
    hints->installEventFilter(this);
    updateGuide();
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_hints &&
        (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent))
        updateGuide();
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::updateGuide()
{
    // Only what is known: a list not in yet is not an empty one.
    const bool online = m_connection->state() == ServerConnection::State::Online;
    const bool noUsers = online && m_users && m_usersLoaded && m_users->rowCount() == 0;
    const bool noWindow =
        online && m_overview->hasStatus() && m_overview->changeWindows().isEmpty();
    const bool noExpiry =
        online && m_policy->isLoaded() && m_policy->policy().passwordMaxAgeDays <= 0;
    m_noUsers->setVisible(noUsers);
    m_addUser->setVisible(noUsers);
    m_noWindow->setVisible(noWindow);
    m_planWindow->setVisible(noWindow);
    m_noExpiry->setVisible(noExpiry);
    m_setExpiry->setVisible(noExpiry);
    const bool hints = m_hints && !m_hints->isHidden();
    m_guide->setVisible(noUsers || noWindow || noExpiry || hints);
}

QStringList DashboardPage::guideItems() const
{
    QStringList items;
    for (const QLabel *l : m_guide->findChildren<QLabel *>()) {
        if (l->isVisibleTo(m_guide) && !l->text().isEmpty())
            items << l->text();
    }
    return items;
}

void DashboardPage::updateReminder()
{
    const QList<api::ChangeWindow> pending = m_reminder->pending();
    m_reminderBox->setVisible(!pending.isEmpty());
    update(); // the "due" line gives way to the reminder
    if (pending.isEmpty()) {
        m_reminded.reset();
        m_reminderText->clear();
        return;
    }
    m_reminded = pending.first();
    const QDateTime now = m_reminder->now();
    m_reminderText->setText(
        (m_reminded->start <= now ? tr("<b>Change window now:</b> %1, started %2.")
                                  : tr("<b>Change window soon:</b> %1, starts %2."))
            .arg(m_reminded->title.toHtmlEscaped(), DisplayFormat::dateTime(m_reminded->start)));
}

QString DashboardPage::reminderText() const
{
    return m_reminderText->text();
}

void DashboardPage::update()
{
    const bool online = m_connection->state() == ServerConnection::State::Online;
    if (online && m_overview->hasStatus())
        m_server->setText(
            tr("<p style='color:#1b5e20'><b>Running</b></p><p>keywardd %1 on %2, accepting PPTP "
               "on %3.</p><p>Signed in as %4.</p>")
                .arg(m_overview->version().toHtmlEscaped(),
                     m_connection->profile().where().toHtmlEscaped(),
                     m_overview->listenAddress().toHtmlEscaped(),
                     m_connection->identity().toHtmlEscaped()));
    else
        m_server->setText(tr("<p style='color:#b03020'><b>Not connected</b></p><p>%1</p>")
                              .arg(m_connection->statusText().toHtmlEscaped()));

    updateSessions();

    const QStringList weak = PolicyDocument::weaknessesOf(m_policy->policy());
    if (!online) {
        m_weak->setText(QString());
        m_expiring->clear();
        m_failures->clear();
        new QListWidgetItem(tr("Not connected."), m_expiring);
        new QListWidgetItem(tr("Not connected."), m_failures);
        findChild<QFrame *>(QStringLiteral("dueWindow"))->hide();
        updateGuide();
        return;
    }
    if (!m_policy->isLoaded())
        m_weak->setText(QString());
    else if (weak.isEmpty())
        m_weak->setText(tr("<p style='color:#1b5e20'><b>Strong.</b> Only 128-bit encryption and "
                           "MS-CHAPv2 sign-in are allowed.</p>"));
    else
        m_weak->setText(QStringLiteral("<p style='color:#b03020'><b>%1</b></p><ul><li>%2</li></ul>")
                            .arg(tr("Weaker than the safe defaults:").toHtmlEscaped(),
                                 weak.join(QStringLiteral("</li><li>"))));

    m_expiring->clear();
    for (const api::ExpiringUser &u : m_overview->expiring()) {
        auto *item = new QListWidgetItem(
            u.expired ? tr("%1 — expired").arg(u.name)
                      : tr("%1 — %2").arg(u.name, DisplayFormat::daysFromNow(u.daysLeft)),
            m_expiring);
        if (u.expired)
            item->setForeground(QColor(0xb0, 0x30, 0x20));
    }
    if (m_expiring->count() == 0)
        new QListWidgetItem(tr("No password expires in the next 14 days."), m_expiring);

    m_failures->clear();
    for (const ServerOverview::ReceivedAlert &a : m_overview->alerts()) {
        auto *item = new QListWidgetItem(
            tr("%1  %2 locked out after repeated failures (from %3)")
                .arg(DisplayFormat::dateTime(a.at), a.alert.user, a.alert.address),
            m_failures);
        item->setForeground(QColor(0xb0, 0x30, 0x20));
    }
    for (const api::LoginFailure &f : m_overview->recentFailures()) {
        new QListWidgetItem(tr("%1  %2 from %3: %4")
                                .arg(DisplayFormat::dateTime(f.at),
                                     f.user.isEmpty() ? tr("(no name)") : f.user, f.address,
                                     ServerOverview::failureReason(f.code)),
                            m_failures);
    }
    if (m_failures->count() == 0)
        new QListWidgetItem(tr("No failed logins since the server started."), m_failures);

    const auto due = m_overview->dueWindow(QDateTime::currentDateTimeUtc());
    auto *dueBox = findChild<QFrame *>(QStringLiteral("dueWindow"));
    dueBox->setVisible(due.has_value() && !m_reminder->covers(due->id));
    if (due)
        m_due->setText(tr("<b>Change window due:</b> %1, %2")
                           .arg(due->title.toHtmlEscaped(), DisplayFormat::dateTime(due->start)));
    updateGuide();
}

void DashboardPage::updateSessions()
{
    const bool online = m_connection->state() == ServerConnection::State::Online;
    m_count->setText(online ? QString::number(m_sessions->rowCount()) : QStringLiteral("–"));
    const QHash<int, int> byStrength = m_sessions->countByStrength();
    QStringList lines;
    if (int n = byStrength.value(128))
        lines << tr("<span style='color:#1b5e20'>■</span> %n with 128-bit encryption", nullptr, n);
    for (int bits : {56, 40}) {
        if (int n = byStrength.value(bits))
            lines << tr("<span style='color:#b03020'>■ %n with weak %1-bit encryption</span>",
                        nullptr, n)
                         .arg(bits);
    }
    if (int n = byStrength.value(0))
        lines << tr("%n still signing in", nullptr, n);
    m_strengths->setText(lines.isEmpty() ? tr("No one is connected.")
                                         : lines.join(QStringLiteral("<br>")));
}

QString DashboardPage::serverText() const
{
    return m_server->text();
}

QString DashboardPage::sessionsText() const
{
    return m_count->text() + QLatin1Char('\n') + m_strengths->text();
}

QString DashboardPage::weaknessText() const
{
    return m_weak->text();
}

} // namespace keyward::console
