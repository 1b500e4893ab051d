#include "models/AdminActions.h"

#include "client/ServerConnection.h"

#include <QJsonArray>

namespace keyward::console {

namespace {
QList<AdminActions::OneTimePassword> passwordsIn(const QJsonObject &result)
{
    QList<AdminActions::OneTimePassword> out;
    if (result.contains(QLatin1String("password")))
        out.append({result.value(QLatin1String("name")).toString(),
                    result.value(QLatin1String("password")).toString()});
    for (const QJsonValue &v : result.value(QLatin1String("users")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QLatin1String("password")))
            out.append({o.value(QLatin1String("name")).toString(),
                        o.value(QLatin1String("password")).toString()});
    }
    return out;
}
} // namespace

AdminActions::AdminActions(ServerConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{}

void AdminActions::run(const QString &method, const QJsonObject &params,
                       std::function<QString(const QJsonObject &)> describe, Done done,
                       int timeoutMs)
{
    if (!m_connection) {
        done({false, tr("Not connected to a server."), {}, {}});
        return;
    }
    QPointer<AdminActions> self(this);
    m_connection->call(
        method, params,
        [self, describe = std::move(describe), done = std::move(done)](const ipc::IpcReply &r) {
            Outcome o;
            o.ok = r.ok;
            o.result = r.result;
            if (r.ok) {
                o.message = describe(r.result);
                o.passwords = passwordsIn(r.result);
            } else {
                o.message = tr("The server refused: %1").arg(r.errorMessage);
            }
            done(o);
            if (self && r.ok)
                emit self->changed();
        },
        timeoutMs);
}

void AdminActions::disconnectSession(int id, const QString &user, Done done)
{
    run(
        QStringLiteral("session.disconnect"), {{"id", id}},
        [user](const QJsonObject &) { return tr("%1 was disconnected.").arg(user); },
        std::move(done));
}

void AdminActions::revokeSession(int id, const QString &user, Done done)
{
    run(
        QStringLiteral("session.revoke"), {{"id", id}},
        [user](const QJsonObject &r) {
            return tr("%1's access is revoked: %n session(s) ended. The account stays disabled "
                      "until you enable it.",
                      nullptr, r.value(QLatin1String("sessionsEnded")).toInt())
                .arg(user);
        },
        std::move(done));
}

void AdminActions::rekeySession(int id, const QString &user, Done done)
{
    // The client answers a fresh challenge first; give it time.
    run(
        QStringLiteral("session.rekey"), {{"id", id}},
        [user](const QJsonObject &r) {
            const QString outcome = r.value(QLatin1String("outcome")).toString();
            if (outcome == QLatin1String("rekeyed"))
                return tr("%1's session has fresh encryption keys.").arg(user);
            return tr("%1's client could not take new keys in the session, so it was "
                      "disconnected; it gets new keys when it connects again (%2).")
                .arg(user, r.value(QLatin1String("detail")).toString());
        },
        std::move(done), 30000);
}

void AdminActions::resetCredential(const QString &user, Done done)
{
    run(
        QStringLiteral("user.reset"), {{"name", user}},
        [user](const QJsonObject &r) {
            return tr("%1 has a new one-time password and must change it at the next login; "
                      "%n session(s) ended.",
                      nullptr, r.value(QLatin1String("sessionsEnded")).toInt())
                .arg(user);
        },
        std::move(done));
}

void AdminActions::addUser(const QString &name, const QStringList &groups, Done done)
{
    QPointer<AdminActions> self(this);
    run(
        QStringLiteral("user.add"), {{"name", name}},
        [name](const QJsonObject &) {
            return tr("%1 was added with a one-time password.").arg(name);
        },
        [self, name, groups, done = std::move(done)](const Outcome &o) {
            if (!o.ok || groups.isEmpty() || !self) {
                done(o);
                return;
            }
            self->run(
                QStringLiteral("user.groups"),
                {{"name", name}, {"groups", QJsonArray::fromStringList(groups)}},
                [](const QJsonObject &) { return QString(); },
                [o, done](const Outcome &grouped) {
                    Outcome out = o;
                    if (!grouped.ok)
                        out.message += QLatin1Char(' ') + grouped.message;
                    done(out);
                });
        });
}

void AdminActions::importUsers(const QString &csv, Done done)
{
    run(
        QStringLiteral("user.import"), {{"csv", csv}},
        [](const QJsonObject &r) {
            return tr("%n user(s) imported with one-time passwords.", nullptr,
                      static_cast<int>(r.value(QLatin1String("users")).toArray().size()));
        },
        std::move(done), 60000);
}

void AdminActions::rotate(const QStringList &names, const QString &group, int olderThanDays,
                          Done done)
{
    QJsonObject params;
    if (!names.isEmpty())
        params.insert(QStringLiteral("names"), QJsonArray::fromStringList(names));
    if (!group.isEmpty())
        params.insert(QStringLiteral("group"), group);
    if (olderThanDays > 0)
        params.insert(QStringLiteral("olderThanDays"), olderThanDays);
    run(
        QStringLiteral("user.rotate"), params,
        [](const QJsonObject &r) {
            return tr("%n credential(s) rotated; ", nullptr,
                      static_cast<int>(r.value(QLatin1String("users")).toArray().size())) +
                   tr("%n session(s) ended.", nullptr,
                      r.value(QLatin1String("sessionsEnded")).toInt());
        },
        std::move(done), 120000);
}

void AdminActions::disableUser(const QString &user, Done done)
{
    run(
        QStringLiteral("user.disable"), {{"name", user}},
        [user](const QJsonObject &r) {
            return tr("%1 is disabled; %n session(s) ended.", nullptr,
                      r.value(QLatin1String("sessionsEnded")).toInt())
                .arg(user);
        },
        std::move(done));
}

void AdminActions::enableUser(const QString &user, Done done)
{
    run(
        QStringLiteral("user.enable"), {{"name", user}},
        [user](const QJsonObject &) { return tr("%1 can sign in again.").arg(user); },
        std::move(done));
}

void AdminActions::unlockUser(const QString &user, Done done)
{
    run(
        QStringLiteral("user.unlock"), {{"name", user}},
        [user](const QJsonObject &) { return tr("%1 is unlocked.").arg(user); }, std::move(done));
}

void AdminActions::deleteUser(const QString &user, Done done)
{
    run(
        QStringLiteral("user.delete"), {{"name", user}},
        [user](const QJsonObject &) { return tr("%1 was deleted.").arg(user); }, std::move(done));
}

void AdminActions::planWindow(const QJsonObject &window, Done done)
{
    run(
        QStringLiteral("window.plan"), window,
        [](const QJsonObject &r) {
            return tr("Change window \"%1\" is planned.")
                .arg(r.value(QLatin1String("title")).toString());
        },
        std::move(done));
}

void AdminActions::cancelWindow(int id, Done done)
{
    run(
        QStringLiteral("window.cancel"), {{"id", id}},
        [](const QJsonObject &) { return tr("The change window was cancelled."); },
        std::move(done));
}

} // namespace keyward::console
