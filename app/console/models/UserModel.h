#pragma once

// The accounts in keywardd's credential store, as a table model: state, credential
// age, expiry countdown, last login. Reloaded on demand, every 30 seconds, and when
// an event says an account may have changed.

#include "api/UserMessages.h"
#include "models/KeyedTableModel.h"
#include "models/UserRow.h"

#include <QPointer>
#include <QTimer>

namespace keyward::console {

class ServerConnection;

class UserModel : public KeyedTableModel<UserRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        State,
        CredentialAge,
        Expires,
        LastLogin,
        LastAddress,
        FailedLogins,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        SortRole,
        StateRole, // active, must-change, locked, disabled, revoked
        DaysLeftRole
    };

    explicit UserModel(QObject *parent = nullptr);
    void setConnection(ServerConnection *connection);
    void refresh();
    // Merges one `user.list` answer.
    void applyUsers(const QList<api::UserSummary> &users);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // When each user's password was last changed, for the expiry forecast.
    QList<QPair<QString, QDateTime>> passwordChanges() const;
    static QString stateLabel(const QString &state);

signals:
    void refreshed();
    void refreshFailed(const QString &message);

private:
    QPointer<ServerConnection> m_connection;
    QTimer m_poll;
    QTimer m_soon;
    bool m_inFlight = false;
};

} // namespace keyward::console
