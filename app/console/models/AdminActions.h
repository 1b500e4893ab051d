#pragma once

// The changes an admin makes from the console, one method each, with the outcome
// as a value the view can show: what happened in words, and the one-time
// passwords the server handed out (which the view shows once and forgets).
// keywardd audits every one of them under the console's identity.

#include "api/UserMessages.h"
#include "api/WindowMessages.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace keyward::console {

class ServerConnection;

class AdminActions : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;
        QString message;                       // for the admin, success or failure
        QList<api::OneTimePassword> passwords; // new credentials, shown once
    };
    using Done = std::function<void(const Outcome &)>;

    explicit AdminActions(ServerConnection *connection, QObject *parent = nullptr);

    void disconnectSession(int id, const QString &user, Done done);
    void revokeSession(int id, const QString &user, Done done);
    void rekeySession(int id, const QString &user, Done done);
    void resetCredential(const QString &user, Done done);
    void addUser(const QString &name, const QStringList &groups, Done done);
    void importUsers(const QString &csv, Done done);
    // By names, or by group, or by credential age (days); `expiresInHours` > 0 makes
    // the one-time passwords temporary (unused by then, the account is disabled).
    void rotate(const QStringList &names, const QString &group, int olderThanDays, Done done,
                int expiresInHours = 0);
    void disableUser(const QString &user, Done done);
    void enableUser(const QString &user, Done done);
    void unlockUser(const QString &user, Done done);
    void deleteUser(const QString &user, Done done);
    void planWindow(const api::WindowPlanParams &window, Done done);
    void cancelWindow(int id, Done done);

signals:
    // After any successful change, so models can refresh.
    void changed();

private:
    // Calls `method`; a reply is read as Reply and described by `describe`.
    template <typename Reply>
    void run(const QString &method, const QJsonObject &params,
             std::function<Outcome(const Reply &)> describe, Done done, int timeoutMs = 10000);

    QPointer<ServerConnection> m_connection;
};

} // namespace keyward::console
