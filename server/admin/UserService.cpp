#include "admin/UserService.h"

#include "admin/AdminContext.h"
#include "admin/AuditedChange.h"
#include "admin/SessionControl.h"
#include "api/AdminMethod.h"
#include "core/AccountRules.h"
#include "core/CredentialStore.h"
#include "core/Database.h"
#include "core/PolicyStore.h"
#include "ipc/MethodRegistry.h"

#include <QDateTime>
#include <QJsonArray>

namespace keyward::admin {

using ipc::IpcRequest;
using ipc::IpcResponder;

namespace {

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString isoDate(qint64 seconds)
{
    return seconds ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate)
                   : QString();
}

} // namespace

void UserService::registerMethods(ipc::MethodRegistry &registry)
{
    auto bind = [this](void (UserService::*method)(const IpcRequest &, const IpcResponder &)) {
        return [this, method](const IpcRequest &request, const IpcResponder &reply) {
            (this->*method)(request, reply);
        };
    };
    registry.add(api::Method::UserAdd, bind(&UserService::add));
    registry.add(api::Method::UserList, bind(&UserService::list));
    registry.add(api::Method::UserShow, bind(&UserService::show));
    registry.add(api::Method::UserDisable, [this](const IpcRequest &r, const IpcResponder &reply) {
        setState(r, reply, core::AccountState::Disabled, api::Method::UserDisable);
    });
    registry.add(api::Method::UserEnable, [this](const IpcRequest &r, const IpcResponder &reply) {
        setState(r, reply, core::AccountState::Active, api::Method::UserEnable);
    });
    registry.add(api::Method::UserUnlock, bind(&UserService::unlock));
    registry.add(api::Method::UserDelete, bind(&UserService::remove));
    registry.add(api::Method::UserReset, bind(&UserService::reset));
    registry.add(api::Method::UserGroups, bind(&UserService::groups));
    registry.add(api::Method::UserImport, bind(&UserService::import));
    registry.add(api::Method::UserRotate, bind(&UserService::rotate));
    registry.add(api::Method::UserExpiring, bind(&UserService::expiring));
}

Result<UserService::OneTimePassword> UserService::oneTimePassword() const
{
    auto password = core::AccountRules::generatePassword();
    if (!password)
        return password.error();
    auto hash = core::AccountRules::hashPassword(m_context.crypto, *password);
    if (!hash)
        return hash.error();
    return OneTimePassword{*password, *hash};
}

void UserService::add(const IpcRequest &request, const IpcResponder &reply)
{
    const QString name = request.params.value("name").toString().trimmed();
    QString password = request.params.value("password").toString();
    const bool generated = password.isEmpty();
    core::NtHash hash{};
    if (generated) {
        auto fresh = oneTimePassword();
        if (!fresh)
            return reply.error(fresh.error());
        password = fresh->password;
        hash = fresh->hash;
    } else {
        const core::AccountRules rules(m_context.policy.current());
        if (auto acceptable = rules.checkNewPassword(password); !acceptable)
            return reply.error(acceptable.error());
        auto hashed = core::AccountRules::hashPassword(m_context.crypto, password);
        if (!hashed)
            return reply.error(hashed.error());
        hash = *hashed;
    }
    const bool mustChange = request.params.value("mustChange").toBool(generated);
    auto done =
        AuditedChange(m_context, request.peer.identity())
            .run(api::Method::UserAdd, name, {{"mustChange", mustChange}, {"generated", generated}},
                 [&]() -> Status {
                     auto id = m_context.credentials.addUser(name, hash, nowSeconds(), mustChange);
                     return id ? Status{} : Status{id.error()};
                 });
    if (!done)
        return reply.error(done.error());
    QJsonObject result{{"name", name}, {"mustChange", mustChange}};
    if (generated)
        result.insert("password", password); // shown once, to the caller only
    reply.result(result);
}

void UserService::list(const IpcRequest &, const IpcResponder &reply)
{
    auto users = m_context.credentials.listUsers();
    if (!users)
        return reply.error(users.error());
    const core::AccountRules rules(m_context.policy.current());
    const qint64 now = nowSeconds();
    QJsonArray list;
    for (const core::UserRecord &u : *users) {
        list.append(QJsonObject{{"name", u.name},
                                {"state", rules.displayState(u, now)},
                                {"mustChange", u.mustChangePassword},
                                {"passwordChanged", isoDate(u.passwordChangedAt)},
                                {"expires", isoDate(rules.passwordExpiresAt(u))},
                                {"failedLogins", u.failedLogins},
                                {"lastLogin", isoDate(u.lastLoginAt)},
                                {"lastAddress", u.lastLoginAddress}});
    }
    reply.result({{"users", list}});
}

void UserService::show(const IpcRequest &request, const IpcResponder &reply)
{
    const QString name = request.params.value("name").toString();
    auto found = m_context.credentials.findUser(name);
    if (!found)
        return reply.error(found.error());
    if (!found->has_value())
        return reply.error(fail(ErrorKind::NotFound, "no user named '" + name.toStdString() + "'"));
    const core::UserRecord &u = **found;
    const core::AccountRules rules(m_context.policy.current());
    const qint64 now = nowSeconds();
    QJsonArray live;
    for (const core::LiveSession &s : m_sessions.sessions()) {
        if (s.user.compare(u.name, Qt::CaseInsensitive) == 0)
            live.append(s.id);
    }
    auto groups = m_context.credentials.groupsOf(u.name);
    if (!groups)
        return reply.error(groups.error());
    reply.result({{"name", u.name},
                  {"state", rules.displayState(u, now)},
                  {"mustChange", u.mustChangePassword},
                  {"groups", QJsonArray::fromStringList(*groups)},
                  {"created", isoDate(u.createdAt)},
                  {"passwordChanged", isoDate(u.passwordChangedAt)},
                  {"expires", isoDate(rules.passwordExpiresAt(u))},
                  {"daysLeft", rules.daysLeft(u, now)},
                  {"failedLogins", u.failedLogins},
                  {"lockedUntil", isoDate(u.lockedUntil > now ? u.lockedUntil : 0)},
                  {"lastLogin", isoDate(u.lastLoginAt)},
                  {"lastAddress", u.lastLoginAddress},
                  {"sessions", live}});
}

void UserService::setState(const IpcRequest &request, const IpcResponder &reply,
                           core::AccountState state, const QString &action)
{
    const QString name = request.params.value("name").toString();
    auto done = AuditedChange(m_context, request.peer.identity()).run(action, name, {}, [&] {
        return m_context.credentials.setState(name, state);
    });
    if (!done)
        return reply.error(done.error());
    int ended = 0;
    if (state != core::AccountState::Active)
        ended = m_sessions.endSessionsOf(
            name,
            QStringLiteral("account %1 by %2").arg(core::toString(state), request.peer.identity()));
    reply.result({{"name", name}, {"state", core::toString(state)}, {"sessionsEnded", ended}});
}

void UserService::unlock(const IpcRequest &request, const IpcResponder &reply)
{
    const QString name = request.params.value("name").toString();
    auto done = AuditedChange(m_context, request.peer.identity())
                    .run(api::Method::UserUnlock, name, {},
                         [&] { return m_context.credentials.unlock(name); });
    if (!done)
        return reply.error(done.error());
    reply.result({{"name", name}});
}

void UserService::remove(const IpcRequest &request, const IpcResponder &reply)
{
    const QString name = request.params.value("name").toString();
    auto done = AuditedChange(m_context, request.peer.identity())
                    .run(api::Method::UserDelete, name, {},
                         [&] { return m_context.credentials.deleteUser(name); });
    if (!done)
        return reply.error(done.error());
    const int ended = m_sessions.endSessionsOf(
        name, QStringLiteral("account deleted by %1").arg(request.peer.identity()));
    reply.result({{"name", name}, {"sessionsEnded", ended}});
}

void UserService::reset(const IpcRequest &request, const IpcResponder &reply)
{
    const QString name = request.params.value("name").toString();
    auto fresh = oneTimePassword();
    if (!fresh)
        return reply.error(fresh.error());
    auto done =
        AuditedChange(m_context, request.peer.identity())
            .run(api::Method::UserReset, name, {{"mustChange", true}}, [&] {
                return m_context.credentials.setPassword(name, fresh->hash, nowSeconds(), true);
            });
    if (!done)
        return reply.error(done.error());
    const int ended = m_sessions.endSessionsOf(
        name, QStringLiteral("credential reset by %1").arg(request.peer.identity()));
    // The temporary password goes to the caller once and nowhere else.
    reply.result({{"name", name},
                  {"password", fresh->password},
                  {"mustChange", true},
                  {"sessionsEnded", ended}});
}

void UserService::groups(const IpcRequest &request, const IpcResponder &reply)
{
    const QString name = request.params.value("name").toString();
    const QStringList groups = request.params.value("groups").toVariant().toStringList();
    auto done =
        AuditedChange(m_context, request.peer.identity())
            .run(api::Method::UserGroups, name, {{"groups", QJsonArray::fromStringList(groups)}},
                 [&] { return m_context.credentials.setGroups(name, groups); });
    if (!done)
        return reply.error(done.error());
    reply.result({{"name", name}, {"groups", QJsonArray::fromStringList(groups)}});
}

// CSV lines "name[,group;group...]": every user gets a one-time password and must
// change it at the first sign-in. All or nothing: a bad line refuses the whole file,
// and the error names the line.
void UserService::import(const IpcRequest &request, const IpcResponder &reply)
{
    const QStringList lines = request.params.value("csv").toString().split('\n');
    QJsonArray created;
    QStringList names;
    auto done =
        AuditedChange(m_context, request.peer.identity())
            .run(api::Method::UserImport, QStringLiteral("users"), [&]() -> Result<QJsonObject> {
                for (int i = 0; i < lines.size(); ++i) {
                    const QString line = lines[i].trimmed();
                    if (line.isEmpty() || line.startsWith('#') ||
                        (i == 0 && line.startsWith("name")))
                        continue;
                    const QString name = line.section(',', 0, 0).trimmed();
                    const QStringList groups = line.section(',', 1).split(';', Qt::SkipEmptyParts);
                    auto atLine = [i](const Error &e) {
                        return Error{"line " + std::to_string(i + 1) + ": " + e.message, e.kind};
                    };
                    auto fresh = oneTimePassword();
                    if (!fresh)
                        return fresh.error();
                    auto added =
                        m_context.credentials.addUser(name, fresh->hash, nowSeconds(), true);
                    if (!added)
                        return atLine(added.error());
                    if (auto grouped = m_context.credentials.setGroups(name, groups); !grouped)
                        return atLine(grouped.error());
                    created.append(QJsonObject{{"name", name}, {"password", fresh->password}});
                    names << name;
                }
                return QJsonObject{{"count", static_cast<int>(created.size())},
                                   {"users", QJsonArray::fromStringList(names)}};
            });
    if (!done)
        return reply.error(done.error());
    reply.result({{"users", created}}); // one-time passwords, to the caller only
}

// Bulk rotation: by group, by credential age, or by name; one transaction, a fresh
// one-time password for each (returned to the caller only), must change at the next
// sign-in; their running sessions end so the next keys come from the new credential.
void UserService::rotate(const IpcRequest &request, const IpcResponder &reply)
{
    QStringList names = request.params.value("names").toVariant().toStringList();
    const QString group = request.params.value("group").toString();
    const int olderThanDays = request.params.value("olderThanDays").toInt(0);
    if (names.isEmpty()) {
        if (group.isEmpty() && olderThanDays <= 0)
            return reply.error(
                fail(ErrorKind::Invalid, "say which users: names, group or olderThanDays"));
        auto selected = m_context.credentials.select(
            group, olderThanDays > 0 ? nowSeconds() - qint64(olderThanDays) * 86400 : 0);
        if (!selected)
            return reply.error(selected.error());
        names = *selected;
    }
    QJsonArray rotated;
    auto done =
        AuditedChange(m_context, request.peer.identity())
            .run(api::Method::UserRotate, group.isEmpty() ? "users" : "group:" + group,
                 {{"count", static_cast<int>(names.size())},
                  {"users", QJsonArray::fromStringList(names)},
                  {"olderThanDays", olderThanDays}},
                 [&]() -> Status {
                     const qint64 now = nowSeconds();
                     for (const QString &name : std::as_const(names)) {
                         auto fresh = oneTimePassword();
                         if (!fresh)
                             return fresh.error();
                         if (auto set =
                                 m_context.credentials.setPassword(name, fresh->hash, now, true);
                             !set)
                             return set;
                         rotated.append(QJsonObject{{"name", name}, {"password", fresh->password}});
                     }
                     return {};
                 });
    if (!done)
        return reply.error(done.error());
    int ended = 0;
    for (const QString &name : std::as_const(names))
        ended += m_sessions.endSessionsOf(
            name, QStringLiteral("credential rotated by %1").arg(request.peer.identity()));
    reply.result({{"users", rotated}, {"sessionsEnded", ended}});
}

// The rotation schedule: whose password expires within the next N days.
void UserService::expiring(const IpcRequest &request, const IpcResponder &reply)
{
    const int days = request.params.value("days").toInt(14);
    auto users = m_context.credentials.listUsers();
    if (!users)
        return reply.error(users.error());
    const core::AccountRules rules(m_context.policy.current());
    const qint64 now = nowSeconds(), horizon = now + qint64(days) * 86400;
    QJsonArray list;
    for (const core::UserRecord &u : *users) {
        const qint64 expires = rules.passwordExpiresAt(u);
        if (expires <= horizon)
            list.append(QJsonObject{{"name", u.name},
                                    {"expires", isoDate(expires)},
                                    {"daysLeft", rules.daysLeft(u, now)},
                                    {"expired", expires <= now}});
    }
    reply.result({{"users", list}, {"days", days}});
}

} // namespace keyward::admin
