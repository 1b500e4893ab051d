#pragma once

// Ended sessions, newest first: who, from where, with which encryption, when,
// why it ended (idle, maximum duration, revoked by an admin, the client hung up,
// ...) and the traffic. Reloaded when a session ends and on request.

#include "api/SessionMessages.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace keyward::console {

class ServerConnection;

class SessionHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        User,
        Peer,
        Mppe,
        Started,
        Ended,
        Reason,
        Received,
        Sent,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SessionHistoryModel(QObject *parent = nullptr);
    void setConnection(ServerConnection *connection);
    void refresh();
    // Takes one `session.history` answer, newest first.
    void applyList(const QList<api::EndedSession> &sessions);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QPointer<ServerConnection> m_connection;
    QList<api::EndedSession> m_rows;
    QTimer m_soon;
};

} // namespace keyward::console
