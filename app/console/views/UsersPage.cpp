#include "views/UsersPage.h"

#include "api/AdminMethod.h"
#include "models/UserModel.h"
#include "views/AddUserDialog.h"
#include "views/Confirmation.h"
#include "views/EmptyState.h"
#include "views/MessageBanner.h"
#include "views/MethodGate.h"
#include "views/OneTimePasswordDialog.h"
#include "views/TableColumns.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <memory>
#include <tuple>

namespace keyward::console {

UsersPage::UsersPage(UserModel *model, AdminActions *actions, QWidget *parent)
    : QWidget(parent), m_model(model), m_actions(actions), m_proxy(new QSortFilterProxyModel(this)),
      m_stateFilter(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)),
      m_state(new QComboBox(this)), m_count(new QLabel(this)), m_table(new QTableView(this)),
      m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("usersPage"));
    // State first (exact), then the free text over every column.
    m_stateFilter->setSourceModel(model);
    m_stateFilter->setFilterRole(UserModel::StateRole);
    m_stateFilter->setFilterKeyColumn(UserModel::Name);
    m_proxy->setSourceModel(m_stateFilter);
    m_proxy->setSortRole(UserModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter->setPlaceholderText(tr("Filter users (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filter, [this] { m_filter->setFocus(); });
    addAction(find);

    m_state->addItem(tr("All users"), QString());
    for (const char *s : {"active", "must-change", "locked", "disabled", "revoked"})
        m_state->addItem(UserModel::stateLabel(QLatin1String(s)), QLatin1String(s));
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const QString state = m_state->currentData().toString();
        m_stateFilter->setFilterRegularExpression(
            state.isEmpty() ? QString() : QStringLiteral("^%1$").arg(state));
    });

    m_table->setModel(m_proxy);
    m_columns = new TableColumns(m_table, QStringLiteral("usersPage/header"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UserModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setWordWrap(false);

    auto makeAction = [this](const QString &text, const QString &tip, const QKeySequence &key,
                             auto slot) {
        auto *a = new QAction(text, this);
        a->setToolTip(tip);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    QAction *add = makeAction(tr("&Add user…"), tr("Add an account with a one-time password"),
                              QKeySequence::New, &UsersPage::addUser);
    QAction *import = makeAction(tr("&Import CSV…"),
                                 tr("Add many accounts from a file of lines: name,group;group"),
                                 QKeySequence(Qt::CTRL | Qt::Key_I), &UsersPage::importCsv);
    m_reset = makeAction(tr("Reset &password…"), tr("New one-time password for the selected users"),
                         QKeySequence(Qt::CTRL | Qt::Key_P), &UsersPage::resetSelected);
    m_rotate = makeAction(tr("&Rotate…"), tr("Walk through rotating the selected users' passwords"),
                          {}, [this] { emit rotateRequested(selectedUsers()); });
    m_disable = makeAction(tr("D&isable"), tr("Stop the selected users from connecting"), {},
                           &UsersPage::disableSelected);
    m_enable = makeAction(tr("&Enable"), tr("Let disabled or revoked users connect again"), {},
                          &UsersPage::enableSelected);
    m_unlock = makeAction(tr("&Unlock"), tr("Lift a lockout after failed logins"), {},
                          &UsersPage::unlockSelected);
    m_delete = makeAction(tr("De&lete…"), tr("Remove the selected accounts for good"),
                          QKeySequence::Delete, &UsersPage::deleteSelected);
    for (QAction *a : {m_reset, m_rotate, m_disable, m_enable, m_unlock, m_delete})
        m_table->addAction(a);
    const QList<std::tuple<QAction *, const char *, QString>> calls{
        {add, "addUser", api::Method::UserAdd},
        {import, "importUsers", api::Method::UserImport},
        {m_reset, "resetPasswords", api::Method::UserReset},
        {m_rotate, "rotateUsers", api::Method::UserRotate},
        {m_disable, "disableUsers", api::Method::UserDisable},
        {m_enable, "enableUsers", api::Method::UserEnable},
        {m_unlock, "unlockUsers", api::Method::UserUnlock},
        {m_delete, "deleteUsers", api::Method::UserDelete}};
    for (const auto &[action, name, method] : calls) {
        action->setObjectName(QLatin1String(name));
        MethodGate::require(action, method);
    }

    auto button = [this](QAction *a) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_state);
    top->addWidget(button(add));
    top->addWidget(button(import));
    auto *bottom = new QHBoxLayout;
    for (QAction *a : {m_reset, m_rotate, m_disable, m_enable, m_unlock, m_delete})
        bottom->addWidget(button(a));
    bottom->addStretch();
    bottom->addWidget(m_count);

    // No accounts yet (once the list is in): how to get the first ones.
    m_empty = new EmptyState(m_table, m_model, this);
    m_empty->setMessage(tr("No users yet"),
                        tr("Add the people who will connect one by one, or import a CSV file "
                           "with a name per line (and their groups: name,group;group). Each "
                           "gets a one-time password and must change it at the first "
                           "sign-in."));
    QPushButton *addButton = m_empty->addButton(tr("Add a user…"));
    QPushButton *importButton = m_empty->addButton(tr("Import from CSV…"));
    addButton->setObjectName(QStringLiteral("emptyAddUser"));
    MethodGate::require(addButton, api::Method::UserAdd);
    MethodGate::require(importButton, api::Method::UserImport);
    connect(addButton, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(importButton, &QPushButton::clicked, this, &UsersPage::importCsv);
    m_empty->setCondition([this] { return m_loaded; });
    connect(m_model, &UserModel::refreshed, this, [this] {
        m_loaded = true;
        m_empty->refresh();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_empty, 1);
    layout->addLayout(bottom);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &UsersPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &UsersPage::updateActions);
    connect(m_actions, &AdminActions::changed, m_model, &UserModel::refresh);
    updateActions();
}

QStringList UsersPage::selectedUsers() const
{
    QStringList names;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        names << row.data(UserModel::NameRole).toString();
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool UsersPage::selectUser(const QString &name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex at = m_proxy->index(row, 0);
        if (at.data(UserModel::NameRole).toString() == name) {
            m_table->selectRow(row);
            m_table->scrollTo(at);
            return true;
        }
    }
    return false;
}

void UsersPage::updateActions()
{
    const QStringList names = selectedUsers();
    const bool any = !names.isEmpty();
    for (QAction *a : {m_reset, m_rotate, m_disable, m_enable, m_unlock, m_delete})
        a->setEnabled(any);
    m_count->setText(any ? tr("%n selected", nullptr, static_cast<int>(names.size()))
                         : tr("%n user(s)", nullptr, m_model->rowCount()));
}

void UsersPage::addUser()
{
    AddUserDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPointer<UsersPage> self(this);
    m_actions->addUser(dialog.userName(), dialog.groups(), [self](const AdminActions::Outcome &o) {
        if (self)
            OneTimePasswordDialog::present(o, self->m_banner, self);
    });
}

void UsersPage::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import users"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_banner->showProblem(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > 4 * 1024 * 1024) {
        m_banner->showProblem(tr("%1 is larger than 4 MB; split it into smaller files.").arg(path));
        return;
    }
    const QString csv = QString::fromUtf8(file.readAll());
    QPointer<UsersPage> self(this);
    m_actions->importUsers(csv, [self](const AdminActions::Outcome &o) {
        if (!self)
            return;
        AdminActions::Outcome shown = o;
        if (!o.ok)
            shown.message = tr("Nothing was imported (the file is taken whole or not at all). %1")
                                .arg(o.message);
        OneTimePasswordDialog::present(shown, self->m_banner, self);
    });
}

void UsersPage::resetSelected()
{
    const QStringList names = selectedUsers();
    if (names.isEmpty() ||
        !Confirmation::ask(
            this, tr("Reset passwords"),
            tr("Reset the password of %n user(s)?", nullptr, static_cast<int>(names.size())),
            tr("%1: their sessions end now and their current passwords stop "
               "working. You get one-time passwords to hand out.")
                .arg(names.join(QStringLiteral(", "))),
            tr("Reset passwords")))
        return;
    QPointer<UsersPage> self(this);
    m_actions->rotate(names, {}, 0, [self](const AdminActions::Outcome &o) {
        if (self)
            OneTimePasswordDialog::present(o, self->m_banner, self);
    });
}

void UsersPage::forEachSelected(Step step)
{
    const QStringList names = selectedUsers();
    struct Tally
    {
        int left = 0;
        QStringList done;
        QStringList problems;
    };
    auto tally = std::make_shared<Tally>();
    tally->left = static_cast<int>(names.size());
    QPointer<UsersPage> self(this);
    for (const QString &name : names) {
        (m_actions->*step)(name, [self, tally](const AdminActions::Outcome &o) {
            (o.ok ? tally->done : tally->problems) << o.message;
            if (--tally->left > 0 || !self)
                return;
            if (tally->problems.isEmpty())
                self->m_banner->showSuccess(tally->done.join(QLatin1Char(' ')));
            else
                self->m_banner->showProblem((tally->problems + tally->done).join(QLatin1Char(' ')));
        });
    }
}

void UsersPage::disableSelected()
{
    const QStringList names = selectedUsers();
    if (names.isEmpty() ||
        !Confirmation::ask(this, tr("Disable users"),
                           tr("Disable %n user(s)?", nullptr, static_cast<int>(names.size())),
                           tr("%1: their sessions end now and they cannot connect until "
                              "enabled again.")
                               .arg(names.join(QStringLiteral(", "))),
                           tr("Disable")))
        return;
    forEachSelected(&AdminActions::disableUser);
}

void UsersPage::enableSelected()
{
    forEachSelected(&AdminActions::enableUser);
}

void UsersPage::unlockSelected()
{
    forEachSelected(&AdminActions::unlockUser);
}

void UsersPage::deleteSelected()
{
    const QStringList names = selectedUsers();
    if (names.isEmpty() ||
        !Confirmation::ask(
            this, tr("Delete users"),
            tr("Delete %n user(s) for good?", nullptr, static_cast<int>(names.size())),
            tr("%1: their sessions end now and the accounts are removed. The "
               "audit log keeps what they did.")
                .arg(names.join(QStringLiteral(", "))),
            tr("Delete")))
        return;
    forEachSelected(&AdminActions::deleteUser);
}

void UsersPage::saveState() const
{
    m_columns->save();
}

void UsersPage::restoreState()
{
    m_columns->restore();
}

} // namespace keyward::console
