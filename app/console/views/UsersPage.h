#pragma once

// The accounts: state, password age and expiry countdown, last login; add one,
// import a CSV file, and act on one or many selected users (reset, rotate, disable,
// enable, unlock, delete).

#include "models/AdminActions.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace keyward::console {

class AdminActions;
class EmptyState;
class MessageBanner;
class TableColumns;
class UserModel;

class UsersPage : public QWidget
{
    Q_OBJECT

public:
    UsersPage(UserModel *model, AdminActions *actions, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    MessageBanner *banner() const { return m_banner; }
    QStringList selectedUsers() const;
    bool selectUser(const QString &name);

    void addUser();
    void importCsv();
    void resetSelected();
    void disableSelected();
    void enableSelected();
    void unlockSelected();
    void deleteSelected();

    EmptyState *emptyState() const { return m_empty; }
    void saveState() const;
    void restoreState();

signals:
    // The admin wants the rotation wizard for these users.
    void rotateRequested(const QStringList &users);

private:
    using Step = void (AdminActions::*)(const QString &, AdminActions::Done);
    // Runs one action for every selected user and reports once when all are done.
    void forEachSelected(Step step);
    void updateActions();

    UserModel *m_model;
    AdminActions *m_actions;
    QSortFilterProxyModel *m_proxy;
    QSortFilterProxyModel *m_stateFilter;
    QLineEdit *m_filter;
    QComboBox *m_state;
    QLabel *m_count;
    QTableView *m_table;
    MessageBanner *m_banner;
    TableColumns *m_columns = nullptr;
    EmptyState *m_empty = nullptr;
    bool m_loaded = false;
    QAction *m_reset;
    QAction *m_rotate;
    QAction *m_disable;
    QAction *m_enable;
    QAction *m_unlock;
    QAction *m_delete;
};

} // namespace keyward::console
