#pragma once

// The live sessions: a sortable, filterable table that updates every second, and
// one-click disconnect, revoke, rekey and reset for the selected session; below
// it, the sessions that ended lately and why.

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QAction;

namespace keyward::console {

class AdminActions;
class EmptyState;
class MessageBanner;
class TableColumns;
class SessionHistoryModel;
class SessionModel;

class SessionsPage : public QWidget
{
    Q_OBJECT

public:
    SessionsPage(SessionModel *model, SessionHistoryModel *history, AdminActions *actions,
                 QWidget *parent = nullptr);
    // What the page shows while no one is connected.
    EmptyState *emptyState() const { return m_stack; }

    QTableView *table() const { return m_table; }
    QTableView *historyTable() const { return m_history; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    MessageBanner *banner() const { return m_banner; }
    // Selects the row of this session (for keyboard users arriving from elsewhere).
    bool selectSession(int id);

    void disconnectSelected();
    void revokeSelected();
    void rekeySelected();
    void resetSelected();

    void saveState() const;
    void restoreState();

private:
    struct Selected
    {
        int id = -1;
        QString user;
    };
    Selected selected() const;
    void updateActions();
    void updateEmptyState();

    SessionModel *m_model;
    AdminActions *m_actions;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    EmptyState *m_stack;
    QTableView *m_table;
    QTableView *m_history;
    MessageBanner *m_banner;
    TableColumns *m_columns = nullptr;
    QAction *m_disconnect;
    QAction *m_revoke;
    QAction *m_rekey;
    QAction *m_reset;
};

} // namespace keyward::console
