#pragma once

// The live sessions, as a table model. It asks keywardd for the list every second
// while the console is online, and at once when a session starts or ends, then
// merges the answer into its rows in place: rows that went away are removed,
// rows that changed are updated, new ones are appended. Views keep their
// selection and scroll position across updates, and 10,000 rows stay smooth.

#include "api/SessionMessages.h"
#include "models/KeyedTableModel.h"
#include "models/SessionRow.h"

#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>

namespace keyward::console {

class ServerConnection;

class SessionModel : public KeyedTableModel<SessionRow>
{
    Q_OBJECT

public:
    enum Column
    {
        User,
        Peer,
        TunnelAddress,
        Mppe,
        Mode,
        Duration,
        Idle,
        Received,
        Sent,
        Queued,
        Dropped,
        Lost,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SessionIdRole = Qt::UserRole + 1,
        SortRole,         // raw numbers for sorting
        StrengthBitsRole, // 128, 56, 40, or 0 while MPPE is being agreed
        UserNameRole
    };

    explicit SessionModel(QObject *parent = nullptr);

    // Follows this server: polls while online, clears when the connection goes.
    void setConnection(ServerConnection *connection);
    // Asks for the list now (skipped while an answer is still on its way).
    void refresh();
    // Merges one `session.list` answer.
    void applySessions(const QList<api::SessionListEntry> &sessions);
    // The same from the answer's JSON list, as it comes off the socket (for the
    // benchmark); a list that does not fit the admin API changes nothing and is
    // reported through refreshFailed.
    void applySnapshot(const QJsonArray &sessions);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Sessions per MPPE strength in bits (0: not agreed yet), for the dashboard.
    QHash<int, int> countByStrength() const;
    int rowOfSession(int id) const { return rowOf(id); }

signals:
    // A session.list call failed; the text says why.
    void refreshFailed(const QString &message);
    void refreshed();

private:
    static SessionRow rowFrom(const api::SessionListEntry &entry);

    QPointer<ServerConnection> m_connection;
    QTimer m_poll;
    QTimer m_soon;
    bool m_inFlight = false;
};

} // namespace keyward::console
