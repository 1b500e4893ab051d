#pragma once

// The live sessions: a sortable, filterable table that updates every second, and
// one-click disconnect, revoke, rekey and reset for the selected session; below
// it, the sessions that ended lately and why.

#include <QPointer>
#include <QWidget>

class QComboBox;
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
class ServerFleet;
class SessionHistoryModel;
class SessionModel;

class SessionsPage : public QWidget
{
    Q_OBJECT

public:
    // Whose sessions the table lists: the current server's, or every followed server's.
    enum class Scope
    {
        CurrentServer,
        AllServers
    };

    SessionsPage(SessionModel *model, SessionHistoryModel *history, AdminActions *actions,
                 QWidget *parent = nullptr);
    // What the page shows while no one is connected.
    EmptyState *emptyState() const { return m_stack; }

    // Offers the "All servers" scope: the sessions of every server of the fleet, with
    // a Server column; actions on a row go to that row's server.
    void setFleet(ServerFleet *fleet);
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    QComboBox *scopeBox() const { return m_scopeBox; }
    // Says which servers' sessions the All-servers table cannot show.
    MessageBanner *fleetBanner() const { return m_fleetBanner; }

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
        int server = -1; // the fleet's member, -1 for the current server
    };
    Selected selected() const;
    // The actions of the selected row's server.
    AdminActions *actionsFor(const Selected &s) const;
    // Whether the selected row's server lets this console call `method`.
    bool allowedOn(const Selected &s, const QString &method) const;
    // "alice" or "alice on server-b" when several servers are listed.
    QString whom(const Selected &s) const;
    void updateFleetBanner();
    void updateActions();
    void updateEmptyState();

    SessionModel *m_model;
    AdminActions *m_actions;
    QPointer<ServerFleet> m_fleet;
    Scope m_scope = Scope::CurrentServer;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    EmptyState *m_stack;
    QTableView *m_table;
    QTableView *m_history;
    MessageBanner *m_banner;
    QComboBox *m_scopeBox;
    MessageBanner *m_fleetBanner;
    QString m_fleetNote; // what the fleet banner said last
    TableColumns *m_columns = nullptr;
    QAction *m_disconnect;
    QAction *m_revoke;
    QAction *m_rekey;
    QAction *m_reset;
};

} // namespace keyward::console
