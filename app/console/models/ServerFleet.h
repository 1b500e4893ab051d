#pragma once

// The servers this console follows, as a table model: the current server (the one
// every page works on) first, then each saved profile the admin watches, each with
// a connection of its own. For each it keeps the connection's state, the version,
// live sessions and sign-in health from `status` (asked every few seconds while
// online), a session model, and the admin actions that go to that server. Their
// session models together make the "All servers" table (allSessions()), in which
// every row carries its server's name. A server that drops out takes its rows with
// it and never holds up the others.

#include "client/ConnectionProfile.h"
#include "models/ServerHealth.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>
#include <memory>

class QConcatenateTablesProxyModel;

namespace keyward::console {

class AdminActions;
class ServerConnection;
class SessionModel;

class ServerFleet : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Where,
        State,
        Version,
        Sessions,
        SignIn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        WarningRole = Qt::UserRole + 1 // the server's warnings, one sentence a line
    };

    // The current server's connection, its session model and its actions are the
    // window's; the fleet follows them (another profile chosen keeps row 0).
    ServerFleet(ServerConnection *current, SessionModel *currentSessions,
                AdminActions *currentActions, QObject *parent = nullptr);
    ~ServerFleet() override;

    // Connects to each of these (the current server's profile among them is skipped)
    // and lets go of the servers no longer listed.
    void setWatched(const QList<ConnectionProfile> &profiles);
    // Asks every connected server for its status now.
    void refresh();

    int count() const { return int(m_members.size()); }
    ServerConnection *connection(int i) const;
    SessionModel *sessions(int i) const;
    AdminActions *actions(int i) const;
    ServerHealth health(int i) const;
    QString label(int i) const;
    // The member whose session model this is, or -1.
    int indexOf(const SessionModel *sessions) const;
    // The sessions of every server in one table (the models' own rows, concatenated).
    QAbstractItemModel *allSessions() const;
    // The connection's state in words ("connected", "refused: ...").
    QString stateText(int i) const;
    // Servers that are not connected (for the All-servers banner), by name.
    QStringList unavailable() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // A server's state, status or health changed (or servers came or went).
    void fleetChanged();

private:
    struct Member;
    void add(const ConnectionProfile &profile);
    void removeAt(int i);
    void rebuild();
    void watch(Member &member);
    void askStatus(int i);
    void onCurrentChanged();
    int indexOf(const ServerConnection *connection) const;
    void rowChanged(int i);

    std::vector<std::unique_ptr<Member>> m_members;
    QList<ConnectionProfile> m_watched;
    QConcatenateTablesProxyModel *m_all;
    QTimer m_poll;
};

} // namespace keyward::console
