#pragma once

// The live sessions, as a table model. It takes the whole list from keywardd when
// it comes online and merges it into its rows in place: rows that went away are
// removed, rows that changed are updated, new ones are appended. Views keep their
// selection and scroll position across updates.
//
// Then, from a keywardd that sends session.delta, it follows the deltas after the
// list's revision: only the rows named change, and durations and idle times count
// on by the model's own clock (one repaint a second). A delta that does not follow
// on (a gap in seq, a session it does not know, a malformed delta) makes it take a
// whole list again; deltas that arrive while a list is on its way are covered by
// the list. From an older keywardd it asks for the whole list every second, and at
// once when a session starts or ends.

#include "api/SessionMessages.h"
#include "models/KeyedTableModel.h"
#include "models/SessionRow.h"

#include <QElapsedTimer>
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
        Client,
        SignIn, // the sign-in backend that let the user in
        Server, // the server's name (shown when sessions of several servers are listed)
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

    // The name the Server column shows for every row of this model.
    void setServerName(const QString &name);
    QString serverName() const { return m_serverName; }
    // The sign-in backend in words ("RADIUS", "Local", "Local (RADIUS down)").
    static QString signInLabel(const QString &backend);

    // Follows this server: polls while online, clears when the connection goes.
    void setConnection(ServerConnection *connection);
    // Asks for the list now (skipped while an answer is still on its way).
    void refresh();
    // Merges one `session.list` answer; follows the deltas after its revision when
    // it has one (and the server sends deltas to this console).
    void applyList(const api::SessionListResult &list);
    // Merges a list of sessions (no revision: deltas are not followed).
    void applySessions(const QList<api::SessionListEntry> &sessions);
    // Applies one `session.delta`; false when it does not follow on from what the
    // model has (then the model asks for a whole list when it is connected).
    bool applyDelta(const QJsonObject &data);
    // The seq of the last delta applied (or of the list's revision); -1 while the
    // model does not follow deltas.
    qint64 revision() const { return m_revision; }
    // Moves the model's clock on: durations and idle times count on, and the
    // counters that deltas brought since the last tick are shown (one dataChanged).
    void tick();
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
    SessionRow rowFrom(const api::SessionListEntry &entry) const;
    // Shown durations and idle times, counted on from the row's figures.
    qint64 durationOf(const SessionRow &r) const;
    qint64 idleOf(const SessionRow &r) const;
    // Stops following deltas and asks for a whole list.
    void resync();
    void onOnline();

    QPointer<ServerConnection> m_connection;
    QString m_serverName;
    QTimer m_poll;
    QTimer m_soon;
    bool m_inFlight = false;
    // Whether the server sends this console session.delta.
    bool m_deltasGranted = true;
    qint64 m_revision = -1;
    QElapsedTimer m_clock;
    qint64 m_nowMs = 0;
    // Counters came in deltas since the last tick (announced with it).
    bool m_countersChanged = false;
};

} // namespace keyward::console
