#include "views/SessionsPage.h"

#include "api/AdminMethod.h"
#include "client/ServerConnection.h"
#include "models/AdminActions.h"
#include "models/ServerFleet.h"
#include "models/SessionHistoryModel.h"
#include "models/SessionModel.h"
#include "views/Confirmation.h"
#include "views/EmptyState.h"
#include "views/MessageBanner.h"
#include "views/MethodGate.h"
#include "views/MppeBadgeDelegate.h"
#include "views/OneTimePasswordDialog.h"
#include "views/TableColumns.h"

#include <QAction>
#include <QComboBox>
#include <QConcatenateTablesProxyModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <tuple>

namespace keyward::console {

SessionsPage::SessionsPage(SessionModel *model, SessionHistoryModel *history, AdminActions *actions,
                           QWidget *parent)
    : QWidget(parent), m_model(model), m_actions(actions), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_count(new QLabel(this)), m_stack(nullptr),
      m_table(new QTableView(this)), m_history(new QTableView(this)),
      m_banner(new MessageBanner(this)), m_scopeBox(new QComboBox(this)),
      m_fleetBanner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("sessionsPage"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SessionModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter->setPlaceholderText(tr("Filter by user or address (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filter, [this] { m_filter->setFocus(); });
    addAction(find);

    m_table->setModel(m_proxy);
    m_columns = new TableColumns(m_table, QStringLiteral("sessionsPage/header"));
    m_table->setObjectName(QStringLiteral("sessionsTable"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SessionModel::User, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setItemDelegateForColumn(SessionModel::Mppe, new MppeBadgeDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setWordWrap(false);

    m_table->setColumnHidden(SessionModel::Server, true);

    m_scopeBox->setObjectName(QStringLiteral("sessionScope"));
    m_scopeBox->addItem(tr("This server"));
    m_scopeBox->addItem(tr("All servers"));
    m_scopeBox->setToolTip(tr("The current server's sessions, or those of every server the "
                              "console follows (the Servers page)"));
    m_scopeBox->hide(); // until there is a fleet
    connect(m_scopeBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { setScope(i == 1 ? Scope::AllServers : Scope::CurrentServer); });
    m_fleetBanner->setObjectName(QStringLiteral("fleetBanner"));

    m_stack = new EmptyState(m_table, m_model, this);
    // In the All-servers view the current server may have none while others have some.
    m_stack->setCondition([this] { return m_proxy->sourceModel()->rowCount() == 0; });
    m_stack->setMessage(
        tr("No one is connected"),
        tr("<p>Sessions show up here within a second of a user connecting.</p><p>Clients "
           "connect with PPTP to this server (TCP port 1723 and GRE must reach it), sign in "
           "with MS-CHAPv2 as a user of the Users page, and must offer 128-bit MPPE "
           "encryption, as Windows and Linux (pppd, NetworkManager) clients do.</p>"));

    auto makeAction = [this](const QString &text, const QString &tip, const QKeySequence &key,
                             void (SessionsPage::*slot)()) {
        auto *a = new QAction(text, this);
        a->setToolTip(tip);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_table->addAction(a);
        addAction(a);
        return a;
    };
    m_disconnect =
        makeAction(tr("&Disconnect"), tr("End this session; the user may connect again"),
                   QKeySequence(Qt::CTRL | Qt::Key_D), &SessionsPage::disconnectSelected);
    m_revoke = makeAction(
        tr("Re&voke access"), tr("End every session of this user and disable the account"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &SessionsPage::revokeSelected);
    m_rekey = makeAction(tr("New &keys"),
                         tr("Make the client sign in again inside the session, for fresh "
                            "encryption keys"),
                         QKeySequence(Qt::CTRL | Qt::Key_K), &SessionsPage::rekeySelected);
    m_reset = makeAction(tr("Reset &password…"),
                         tr("Give the user a one-time password and end their sessions"),
                         QKeySequence(Qt::CTRL | Qt::Key_P), &SessionsPage::resetSelected);

    const QList<std::tuple<QAction *, const char *, QString>> calls{
        {m_disconnect, "disconnectSession", api::Method::SessionDisconnect},
        {m_revoke, "revokeAccess", api::Method::SessionRevoke},
        {m_rekey, "rekeySession", api::Method::SessionRekey},
        {m_reset, "resetPassword", api::Method::UserReset}};
    for (const auto &[action, name, method] : calls) {
        action->setObjectName(QLatin1String(name));
        MethodGate::require(action, method);
    }

    auto *buttons = new QHBoxLayout;
    for (QAction *a : {m_disconnect, m_revoke, m_rekey, m_reset}) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(b);
    }
    buttons->addStretch();

    auto *top = new QHBoxLayout;
    top->addWidget(m_scopeBox);
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);

    m_history->setModel(history);
    m_history->setObjectName(QStringLiteral("sessionHistoryTable"));
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setAlternatingRowColors(true);
    m_history->setWordWrap(false);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    auto *ended = new QWidget(this);
    auto *endedLayout = new QVBoxLayout(ended);
    endedLayout->setContentsMargins(0, 0, 0, 0);
    endedLayout->addWidget(new QLabel(tr("<b>Ended lately</b> (newest first)"), ended));
    endedLayout->addWidget(m_history, 1);

    auto *live = new QWidget(this);
    auto *liveLayout = new QVBoxLayout(live);
    liveLayout->setContentsMargins(0, 0, 0, 0);
    liveLayout->addLayout(top);
    liveLayout->addWidget(m_stack, 1);
    liveLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("sessionsSplitter"));
    splitter->addWidget(live);
    splitter->addWidget(ended);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_fleetBanner);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsPage::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &SessionsPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SessionsPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SessionsPage::updateActions);
    updateEmptyState();
    updateActions();
}

void SessionsPage::setFleet(ServerFleet *fleet)
{
    m_fleet = fleet;
    m_scopeBox->show();
    connect(fleet, &ServerFleet::fleetChanged, this, &SessionsPage::updateFleetBanner);
}

void SessionsPage::setScope(Scope scope)
{
    if (!m_fleet)
        scope = Scope::CurrentServer;
    if (scope == m_scope)
        return;
    m_scope = scope;
    {
        const QSignalBlocker quiet(m_scopeBox);
        m_scopeBox->setCurrentIndex(scope == Scope::AllServers ? 1 : 0);
    }
    const bool all = scope == Scope::AllServers;
    m_proxy->setSourceModel(all ? m_fleet->allSessions()
                                : static_cast<QAbstractItemModel *>(m_model));
    m_table->setColumnHidden(SessionModel::Server, !all);
    if (all) {
        // The server first, where the eye starts, the first time it shows.
        QHeaderView *header = m_table->horizontalHeader();
        if (header->visualIndex(SessionModel::Server) == SessionModel::Server)
            header->moveSection(SessionModel::Server, 0);
    }
    updateFleetBanner();
    updateEmptyState();
}

void SessionsPage::updateFleetBanner()
{
    const QStringList away =
        m_scope == Scope::AllServers && m_fleet ? m_fleet->unavailable() : QStringList();
    if (away.isEmpty()) {
        m_fleetNote.clear();
        m_fleetBanner->hide();
        return;
    }
    const QString text = tr("Not connected to %1: the sessions there are not shown until the "
                            "console is connected again. The other servers' sessions are "
                            "up to date.")
                             .arg(QLocale().createSeparatedList(away));
    // Shown again only when it says something new: a dismissed banner stays dismissed.
    if (text == m_fleetNote)
        return;
    m_fleetNote = text;
    m_fleetBanner->showProblem(text);
}

SessionsPage::Selected SessionsPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    Selected s{rows.first().data(SessionModel::SessionIdRole).toInt(),
               rows.first().data(SessionModel::UserNameRole).toString(), -1};
    if (m_scope == Scope::AllServers && m_fleet) {
        auto *all = static_cast<QConcatenateTablesProxyModel *>(m_fleet->allSessions());
        const QModelIndex source = all->mapToSource(m_proxy->mapToSource(rows.first()));
        s.server = m_fleet->indexOf(qobject_cast<const SessionModel *>(source.model()));
        if (s.server < 0)
            return {};
    }
    return s;
}

AdminActions *SessionsPage::actionsFor(const Selected &s) const
{
    return s.server >= 0 && m_fleet ? m_fleet->actions(s.server) : m_actions;
}

bool SessionsPage::allowedOn(const Selected &s, const QString &method) const
{
    if (s.server < 0 || !m_fleet)
        return true; // the window's gate holds the current server's controls
    return m_fleet->connection(s.server)->access().allows(method);
}

QString SessionsPage::whom(const Selected &s) const
{
    const QString who = s.user.isEmpty() ? tr("this client") : s.user;
    if (s.server < 0 || !m_fleet)
        return who;
    return tr("%1 on %2").arg(who, m_fleet->label(s.server));
}

bool SessionsPage::selectSession(int id)
{
    const int row = m_model->rowOfSession(id);
    if (row < 0)
        return false;
    QModelIndex source = m_model->index(row, 0);
    if (m_scope == Scope::AllServers && m_fleet)
        source = static_cast<QConcatenateTablesProxyModel *>(m_fleet->allSessions())
                     ->mapFromSource(source);
    const QModelIndex at = m_proxy->mapFromSource(source);
    if (!at.isValid())
        return false;
    m_table->selectRow(at.row());
    m_table->scrollTo(at);
    return true;
}

void SessionsPage::updateActions()
{
    const Selected s = selected();
    const bool any = s.id >= 0;
    const bool signedIn = any && !s.user.isEmpty();
    m_disconnect->setEnabled(any && allowedOn(s, api::Method::SessionDisconnect));
    m_revoke->setEnabled(signedIn && allowedOn(s, api::Method::SessionRevoke));
    m_rekey->setEnabled(signedIn && allowedOn(s, api::Method::SessionRekey));
    m_reset->setEnabled(signedIn && allowedOn(s, api::Method::UserReset));
}

void SessionsPage::updateEmptyState()
{
    const int total = m_proxy->sourceModel()->rowCount();
    const int shown = m_proxy->rowCount();
    m_stack->refresh();
    m_count->setText(shown == total ? tr("%n session(s)", nullptr, total)
                                    : tr("%1 of %n session(s)", nullptr, total).arg(shown));
    updateActions();
}

void SessionsPage::disconnectSelected()
{
    const Selected s = selected();
    if (s.id < 0 || !allowedOn(s, api::Method::SessionDisconnect) ||
        !Confirmation::ask(this, tr("Disconnect session"), tr("Disconnect %1?").arg(whom(s)),
                           tr("The tunnel closes now. The user can connect again with the same "
                              "password."),
                           tr("Disconnect")))
        return;
    actionsFor(s)->disconnectSession(s.id, s.user, [this](const AdminActions::Outcome &o) {
        m_banner->showOutcome(o.ok, o.message);
    });
}

void SessionsPage::revokeSelected()
{
    const Selected s = selected();
    if (s.id < 0 || !allowedOn(s, api::Method::SessionRevoke) ||
        !Confirmation::ask(this, tr("Revoke access"), tr("Revoke %1's access?").arg(whom(s)),
                           tr("Every session of %1 ends now and the account is disabled. They "
                              "cannot connect until you enable the account on the Users page.")
                               .arg(s.user),
                           tr("Revoke access")))
        return;
    actionsFor(s)->revokeSession(s.id, s.user, [this](const AdminActions::Outcome &o) {
        m_banner->showOutcome(o.ok, o.message);
    });
}

void SessionsPage::rekeySelected()
{
    const Selected s = selected();
    if (s.id < 0 || !allowedOn(s, api::Method::SessionRekey) ||
        !Confirmation::ask(this, tr("New encryption keys"),
                           tr("Give %1's session new encryption keys?").arg(whom(s)),
                           tr("The client signs in again inside the tunnel and both ends derive "
                              "new keys. Clients that cannot do this (such as Linux pppd) are "
                              "disconnected instead and get new keys when they reconnect."),
                           tr("Renew keys"), false))
        return;
    m_banner->showSuccess(tr("Asking %1's client to sign in again…").arg(s.user));
    actionsFor(s)->rekeySession(s.id, s.user, [this](const AdminActions::Outcome &o) {
        m_banner->showOutcome(o.ok, o.message);
    });
}

void SessionsPage::resetSelected()
{
    const Selected s = selected();
    if (s.id < 0 || !allowedOn(s, api::Method::UserReset) ||
        !Confirmation::ask(this, tr("Reset password"), tr("Reset %1's password?").arg(whom(s)),
                           tr("%1's sessions end now and the current password stops working. "
                              "You get a one-time password to give them; they must choose a "
                              "new one when they next connect.")
                               .arg(s.user),
                           tr("Reset password")))
        return;
    QPointer<SessionsPage> self(this);
    actionsFor(s)->resetCredential(s.user, [self](const AdminActions::Outcome &o) {
        if (self)
            OneTimePasswordDialog::present(o, self->m_banner, self);
    });
}

void SessionsPage::saveState() const
{
    m_columns->save();
}

void SessionsPage::restoreState()
{
    m_columns->restore();
}

} // namespace keyward::console
