#pragma once

// What a server's `status` says about signing in and accounting: the backend of
// each group, the health of each RADIUS server and the accounting queue. Read from
// the status answer's JSON defensively: an older keywardd sends none of it, and any
// field may be missing; what is missing is simply not shown.

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace keyward::console {

class ServerHealth
{
    Q_DECLARE_TR_FUNCTIONS(ServerHealth)

public:
    struct GroupBackend
    {
        QString group;
        QString backend; // "local", "radius", "radius-then-local"
    };
    struct RadiusServer
    {
        QString address; // "192.0.2.10:1812"
        QString state;   // "up", "dead", "untried" (or empty: not told)
        qint64 deadForSeconds = -1;
        QDateTime lastAnswer; // invalid: never answered (or not told)
        qint64 roundTripMs = -1;
        qint64 accepts = -1;
        qint64 rejects = -1;
        qint64 timeouts = -1;
        QString messageAuthenticator; // "require", "auto", "no" (or empty: not told)
    };
    struct Accounting
    {
        bool enabled = false;
        qint64 waiting = 0;
        qint64 dropped = 0;
        QDateTime lastAnswer;
        QString lastServer;
    };

    // Reads the `signIn` and `accounting` members of a status answer.
    static ServerHealth fromStatus(const QJsonObject &status);

    // The default sign-in backend ("local", "radius", ...); empty when not told.
    QString backend() const { return m_backend; }
    const QList<GroupBackend> &groups() const { return m_groups; }
    const QList<RadiusServer> &radiusServers() const { return m_radius; }
    const std::optional<Accounting> &accounting() const { return m_accounting; }
    // Whether the server signs anyone in through RADIUS (it has RADIUS servers).
    bool usesRadius() const { return !m_radius.isEmpty(); }

    // What an admin should look at, one sentence each: dead RADIUS servers, answers
    // taken without a Message-Authenticator, accounting records waiting or lost.
    QStringList warnings() const;
    // One line for a table cell ("2 RADIUS servers up", "1 of 2 RADIUS servers down").
    QString summary() const;
    // A RADIUS server's state in words, with its last answer.
    static QString describe(const RadiusServer &server, const QDateTime &now);
    // Everything above as rich text for the Servers page: the backends, each RADIUS
    // server with its figures (a Message-Authenticator not required shown in red as
    // weak), accounting, and the warnings. Empty when the server says nothing of it.
    QString detailsHtml(const QDateTime &now) const;
    // A backend name in words ("RADIUS, then the local store when RADIUS is down").
    static QString backendLabel(const QString &backend);

private:
    QString m_backend;
    QList<GroupBackend> m_groups;
    QList<RadiusServer> m_radius;
    std::optional<Accounting> m_accounting;
};

} // namespace keyward::console
