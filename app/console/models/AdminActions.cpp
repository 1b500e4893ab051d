#include "models/AdminActions.h"

#include "api/AdminMethod.h"
#include "api/SessionMessages.h"
#include "client/ServerConnection.h"

namespace keyward::console {

namespace {
AdminActions::Outcome said(const QString &message, QList<api::OneTimePassword> passwords = {})
{
    return {true, message, std::move(passwords)};
}
} // namespace

AdminActions::AdminActions(ServerConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{}

template <typename Reply>
void AdminActions::run(const QString &method, const QJsonObject &params,
                       std::function<Outcome(const Reply &)> describe, Done done, int timeoutMs)
{
    if (!m_connection) {
        done({false, tr("Not connected to a server."), {}});
        return;
    }
    QPointer<AdminActions> self(this);
    m_connection->call(
        method, params,
        [self, describe = std::move(describe), done = std::move(done)](const ipc::IpcReply &r) {
            if (!r.ok) {
                done({false, tr("The server refused: %1").arg(r.errorMessage), {}});
                return;
            }
            auto reply = Reply::fromJson(r.result);
            if (reply)
                done(describe(*reply));
            else
                done({false,
                      tr("The server's answer was not understood: %1")
                          .arg(QString::fromStdString(reply.message())),
                      {}});
            if (self)
                emit self->changed(); // the change was made either way
        },
        timeoutMs);
}

void AdminActions::disconnectSession(int id, const QString &user, Done done)
{
    run<api::SessionRef>(
        api::Method::SessionDisconnect, api::SessionRef{id}.toJson(),
        [user](const api::SessionRef &) { return said(tr("%1 was disconnected.").arg(user)); },
        std::move(done));
}

void AdminActions::revokeSession(int id, const QString &user, Done done)
{
    run<api::SessionRevokeResult>(
        api::Method::SessionRevoke, api::SessionRef{id}.toJson(),
        [user](const api::SessionRevokeResult &r) {
            return said(tr("%1's access is revoked: %n session(s) ended. The account stays "
                           "disabled until you enable it.",
                           nullptr, r.sessionsEnded)
                            .arg(user));
        },
        std::move(done));
}

void AdminActions::rekeySession(int id, const QString &user, Done done)
{
    // The client answers a fresh challenge first; give it time.
    run<api::SessionRekeyResult>(
        api::Method::SessionRekey, api::SessionRef{id}.toJson(),
        [user](const api::SessionRekeyResult &r) {
            if (r.rekeyed())
                return said(tr("%1's session has fresh encryption keys.").arg(user));
            return said(tr("%1's client could not take new keys in the session, so it was "
                           "disconnected; it gets new keys when it connects again (%2).")
                            .arg(user, r.detail));
        },
        std::move(done), 30000);
}

void AdminActions::resetCredential(const QString &user, Done done)
{
    run<api::UserResetResult>(
        api::Method::UserReset, api::UserRef{user}.toJson(),
        [user](const api::UserResetResult &r) {
            return said(tr("%1 has a new one-time password and must change it at the next "
                           "login; %n session(s) ended.",
                           nullptr, r.sessionsEnded)
                            .arg(user),
                        {{r.name, r.password}});
        },
        std::move(done));
}

void AdminActions::addUser(const QString &name, const QStringList &groups, Done done)
{
    QPointer<AdminActions> self(this);
    run<api::UserAddResult>(
        api::Method::UserAdd, api::UserAddParams{name, {}, std::nullopt}.toJson(),
        [name](const api::UserAddResult &r) {
            QList<api::OneTimePassword> passwords;
            if (!r.password.isEmpty())
                passwords.append({r.name, r.password});
            return said(tr("%1 was added with a one-time password.").arg(name), passwords);
        },
        [self, name, groups, done = std::move(done)](const Outcome &o) {
            if (!o.ok || groups.isEmpty() || !self) {
                done(o);
                return;
            }
            self->run<api::UserGroups>(
                api::Method::UserGroups, api::UserGroups{name, groups}.toJson(),
                [](const api::UserGroups &) { return said(QString()); },
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
    run<api::UserImportResult>(
        api::Method::UserImport, api::UserImportParams{csv}.toJson(),
        [](const api::UserImportResult &r) {
            return said(tr("%n user(s) imported with one-time passwords.", nullptr,
                           static_cast<int>(r.users.size())),
                        r.users);
        },
        std::move(done), 60000);
}

void AdminActions::rotate(const QStringList &names, const QString &group, int olderThanDays,
                          Done done, int expiresInHours)
{
    api::UserRotateParams params;
    params.names = names;
    params.group = group;
    if (olderThanDays > 0)
        params.olderThanDays = olderThanDays;
    if (expiresInHours > 0)
        params.expiresInHours = expiresInHours;
    run<api::UserRotateResult>(
        api::Method::UserRotate, params.toJson(),
        [](const api::UserRotateResult &r) {
            return said(
                tr("%n credential(s) rotated; ", nullptr, static_cast<int>(r.users.size())) +
                    tr("%n session(s) ended.", nullptr, r.sessionsEnded),
                r.users);
        },
        std::move(done), 120000);
}

void AdminActions::disableUser(const QString &user, Done done)
{
    run<api::UserStateResult>(
        api::Method::UserDisable, api::UserRef{user}.toJson(),
        [user](const api::UserStateResult &r) {
            return said(
                tr("%1 is disabled; %n session(s) ended.", nullptr, r.sessionsEnded).arg(user));
        },
        std::move(done));
}

void AdminActions::enableUser(const QString &user, Done done)
{
    run<api::UserStateResult>(
        api::Method::UserEnable, api::UserRef{user}.toJson(),
        [user](const api::UserStateResult &) {
            return said(tr("%1 can sign in again.").arg(user));
        },
        std::move(done));
}

void AdminActions::unlockUser(const QString &user, Done done)
{
    run<api::UserRef>(
        api::Method::UserUnlock, api::UserRef{user}.toJson(),
        [user](const api::UserRef &) { return said(tr("%1 is unlocked.").arg(user)); },
        std::move(done));
}

void AdminActions::deleteUser(const QString &user, Done done)
{
    run<api::UserDeleteResult>(
        api::Method::UserDelete, api::UserRef{user}.toJson(),
        [user](const api::UserDeleteResult &) { return said(tr("%1 was deleted.").arg(user)); },
        std::move(done));
}

void AdminActions::planWindow(const api::WindowPlanParams &window, Done done)
{
    run<api::ChangeWindow>(
        api::Method::WindowPlan, window.toJson(),
        [](const api::ChangeWindow &w) {
            return said(tr("Change window \"%1\" is planned.").arg(w.title));
        },
        std::move(done));
}

void AdminActions::cancelWindow(int id, Done done)
{
    run<api::WindowRef>(
        api::Method::WindowCancel, api::WindowRef{id}.toJson(),
        [](const api::WindowRef &) { return said(tr("The change window was cancelled.")); },
        std::move(done));
}

} // namespace keyward::console
