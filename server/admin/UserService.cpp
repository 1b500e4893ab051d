#include "admin/UserService.h"

#include "admin/AdminContext.h"
#include "admin/AuditedChange.h"
#include "admin/SessionControl.h"
#include "admin/TemporaryCredentials.h"
#include "api/AdminMethod.h"
#include "api/UserMessages.h"
#include "core/AccountRules.h"
#include "core/CredentialStore.h"
#include "core/Database.h"
#include "core/PolicyStore.h"
#include "ipc/MethodRegistry.h"

#include <QDateTime>
#include <QJsonArray>

namespace keyward::admin {

namespace {

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

// A stored time (Unix seconds) as the admin API carries it: 0 is "never", a null time.
QDateTime timeOrNever(qint64 seconds)
{
    return seconds ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

// A stored account state in the admin API's words.
api::UserState apiState(core::AccountState state)
{
    switch (state) {
    case core::AccountState::Active:
        return api::UserState::Active;
    case core::AccountState::Disabled:
        return api::UserState::Disabled;
    case core::AccountState::Revoked:
        return api::UserState::Revoked;
    }
    return api::UserState::Active;
}

// The state an admin sees (AccountRules::displayState: "locked" while a lockout
// lasts). A state the admin API has no name for is our fault, said as such rather
// than shown as some other state.
Result<api::UserState> shownState(const core::AccountRules &rules, const core::UserRecord &user,
                                  qint64 now)
{
    const QString words = rules.displayState(user, now);
    if (const auto state = api::userStateFromString(words))
        return *state;
    return fail(ErrorKind::Internal, "the account state '" + words.toStdString() + "' of '" +
                                         user.name.toStdString() +
                                         "' has no name in the admin API");
}

// One row of user.list.
Result<api::UserSummary> summary(const core::AccountRules &rules, const core::UserRecord &u,
                                 qint64 now)
{
    auto state = shownState(rules, u, now);
    if (!state)
        return state.error();
    return api::UserSummary{u.name,
                            *state,
                            u.mustChangePassword,
                            timeOrNever(u.passwordChangedAt),
                            timeOrNever(rules.passwordExpiresAt(u)),
                            u.failedLogins,
                            timeOrNever(u.lastLoginAt),
                            u.lastLoginAddress};
}

// The result of user.show.
Result<api::UserDetail> detail(const core::AccountRules &rules, const core::UserRecord &u,
                               qint64 now, const QStringList &groups, const QList<int> &sessions)
{
    auto state = shownState(rules, u, now);
    if (!state)
        return state.error();
    return api::UserDetail{u.name,
                           *state,
                           u.mustChangePassword,
                           groups,
                           timeOrNever(u.createdAt),
                           timeOrNever(u.passwordChangedAt),
                           timeOrNever(rules.passwordExpiresAt(u)),
                           rules.daysLeft(u, now),
                           u.failedLogins,
                           timeOrNever(u.isLocked(now) ? u.lockedUntil : 0),
                           timeOrNever(u.lastLoginAt),
                           u.lastLoginAddress,
                           sessions};
}

} // namespace

void UserService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::UserAdd, handler(this, &UserService::add));
    registry.add(api::Method::UserList, handler(this, &UserService::list));
    registry.add(api::Method::UserShow, handler(this, &UserService::show));
    registry.add(api::Method::UserDisable, [this](const Request &r, const Responder &reply) {
        setState(r, reply, core::AccountState::Disabled, api::Method::UserDisable);
    });
    registry.add(api::Method::UserEnable, [this](const Request &r, const Responder &reply) {
        setState(r, reply, core::AccountState::Active, api::Method::UserEnable);
    });
    registry.add(api::Method::UserUnlock, handler(this, &UserService::unlock));
    registry.add(api::Method::UserDelete, handler(this, &UserService::remove));
    registry.add(api::Method::UserReset, handler(this, &UserService::reset));
    registry.add(api::Method::UserGroups, handler(this, &UserService::groups));
    registry.add(api::Method::UserImport, handler(this, &UserService::import));
    registry.add(api::Method::UserRotate, handler(this, &UserService::rotate));
    registry.add(api::Method::UserExpiring, handler(this, &UserService::expiring));
}

Result<UserService::FreshPassword> UserService::oneTimePassword() const
{
    auto password = core::AccountRules::generatePassword();
    if (!password)
        return password.error();
    auto hash = core::AccountRules::hashPassword(m_context.crypto, *password);
    if (!hash)
        return hash.error();
    return FreshPassword{*password, *hash};
}

void UserService::add(const Request &request, const Responder &reply)
{
    auto params = api::UserAddParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    const QString name = params->name.trimmed();
    QString password = params->password;
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
    const bool mustChange = params->mustChange.value_or(generated);
    auto done =
        AuditedChange(m_context, request.peer.identity())
            .run(api::Method::UserAdd, name, {{"mustChange", mustChange}, {"generated", generated}},
                 [&]() -> Status {
                     auto id = m_context.credentials.addUser(name, hash, nowSeconds(), mustChange);
                     return id ? Status{} : Status{id.error()};
                 });
    if (!done)
        return reply.error(done.error());
    // A generated password is shown once, to the caller only; the caller's own is not
    // sent back.
    reply.result(api::UserAddResult{name, mustChange, generated ? password : QString()}.toJson());
}

void UserService::list(const Request &, const Responder &reply)
{
    auto users = m_context.credentials.listUsers();
    if (!users)
        return reply.error(users.error());
    const core::AccountRules rules(m_context.policy.current());
    const qint64 now = nowSeconds();
    api::UserListResult result;
    for (const core::UserRecord &u : *users) {
        auto row = summary(rules, u, now);
        if (!row)
            return reply.error(row.error());
        result.users.append(*row);
    }
    reply.result(result.toJson());
}

void UserService::show(const Request &request, const Responder &reply)
{
    auto params = api::UserRef::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    const QString &name = params->name;
    auto found = m_context.credentials.findUser(name);
    if (!found)
        return reply.error(found.error());
    if (!found->has_value())
        return reply.error(fail(ErrorKind::NotFound, "no user named '" + name.toStdString() + "'"));
    const core::UserRecord &u = **found;
    QList<int> live;
    for (const core::LiveSession &s : m_sessions.sessions()) {
        if (s.user.compare(u.name, Qt::CaseInsensitive) == 0)
            live.append(s.id);
    }
    auto groups = m_context.credentials.groupsOf(u.name);
    if (!groups)
        return reply.error(groups.error());
    auto shown =
        detail(core::AccountRules(m_context.policy.current()), u, nowSeconds(), *groups, live);
    if (!shown)
        return reply.error(shown.error());
    reply.result(shown->toJson());
}

void UserService::setState(const Request &request, const Responder &reply, core::AccountState state,
                           const QString &action)
{
    auto params = api::UserRef::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    const QString &name = params->name;
    auto done = AuditedChange(m_context, request.peer.identity()).run(action, name, {}, [&] {
        return m_context.credentials.setState(name, state);
    });
    if (!done)
        return reply.error(done.error());
    int ended = 0;
    if (state != core::AccountState::Active)
        ended = m_sessions.endSessionsOf(
            name, QStringLiteral("account %1").arg(core::toString(state)), request.peer.identity());
    reply.result(api::UserStateResult{name, apiState(state), ended}.toJson());
}

void UserService::unlock(const Request &request, const Responder &reply)
{
    auto params = api::UserRef::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    const QString &name = params->name;
    auto done = AuditedChange(m_context, request.peer.identity())
                    .run(api::Method::UserUnlock, name, {},
                         [&] { return m_context.credentials.unlock(name); });
    if (!done)
        return reply.error(done.error());
    reply.result(api::UserRef{name}.toJson());
}

void UserService::remove(const Request &request, const Responder &reply)
{
    auto params = api::UserRef::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    const QString &name = params->name;
    auto done = AuditedChange(m_context, request.peer.identity())
                    .run(api::Method::UserDelete, name, {},
                         [&] { return m_context.credentials.deleteUser(name); });
    if (!done)
        return reply.error(done.error());
    const int ended =
        m_sessions.endSessionsOf(name, QStringLiteral("account deleted"), request.peer.identity());
    reply.result(api::UserDeleteResult{name, ended}.toJson());
}

void UserService::reset(const Request &request, const Responder &reply)
{
    auto params = api::UserRef::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    const QString &name = params->name;
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
    const int ended =
        m_sessions.endSessionsOf(name, QStringLiteral("credential reset"), request.peer.identity());
    // The temporary password goes to the caller once and nowhere else.
    reply.result(api::UserResetResult{name, fresh->password, true, ended}.toJson());
}

void UserService::groups(const Request &request, const Responder &reply)
{
    auto params = api::UserGroups::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    auto done = AuditedChange(m_context, request.peer.identity())
                    .run(api::Method::UserGroups, params->name,
                         {{"groups", QJsonArray::fromStringList(params->groups)}}, [&] {
                             return m_context.credentials.setGroups(params->name, params->groups);
                         });
    if (!done)
        return reply.error(done.error());
    reply.result(params->toJson());
}

// CSV lines "name[,group;group...]": every user gets a one-time password and must
// change it at the first sign-in. All or nothing: a bad line refuses the whole file,
// and the error names the line.
void UserService::import(const Request &request, const Responder &reply)
{
    auto params = api::UserImportParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    const QStringList lines = params->csv.split('\n');
    api::UserImportResult created;
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
                    created.users.append(api::OneTimePassword{name, fresh->password});
                    names << name;
                }
                return QJsonObject{{"count", static_cast<int>(names.size())},
                                   {"users", QJsonArray::fromStringList(names)}};
            });
    if (!done)
        return reply.error(done.error());
    reply.result(created.toJson()); // one-time passwords, to the caller only
}

// Bulk rotation: by group, by credential age, or by name; one transaction, a fresh
// one-time password for each (returned to the caller only), must change at the next
// sign-in; their running sessions end so the next keys come from the new credential.
void UserService::rotate(const Request &request, const Responder &reply)
{
    auto params = api::UserRotateParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    QStringList names = params->names;
    const QString &group = params->group;
    const int olderThanDays = params->olderThanDays.value_or(0);
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
    const int expiresInHours = params->expiresInHours.value_or(0);
    if (params->expiresInHours && (expiresInHours < 1 || expiresInHours > 24 * 30))
        return reply.error(fail(ErrorKind::Invalid, "expiresInHours must be 1 to 720"));
    api::UserRotateResult rotated;
    QJsonObject details{{"count", static_cast<int>(names.size())},
                        {"users", QJsonArray::fromStringList(names)},
                        {"olderThanDays", olderThanDays}};
    if (expiresInHours)
        details.insert("expiresInHours", expiresInHours);
    auto done = AuditedChange(m_context, request.peer.identity())
                    .run(api::Method::UserRotate, group.isEmpty() ? "users" : "group:" + group,
                         details, [&]() -> Status {
                             const qint64 now = nowSeconds();
                             for (const QString &name : std::as_const(names)) {
                                 auto fresh = oneTimePassword();
                                 if (!fresh)
                                     return fresh.error();
                                 if (auto set = m_context.credentials.setPassword(name, fresh->hash,
                                                                                  now, true);
                                     !set)
                                     return set;
                                 rotated.users.append(api::OneTimePassword{name, fresh->password});
                             }
                             if (!expiresInHours)
                                 return {};
                             // Temporary: unused by then, the account is disabled (audited).
                             auto temporary = TemporaryCredentials::load(m_context.settings);
                             if (!temporary)
                                 return temporary.error();
                             const qint64 expires = now + qint64(expiresInHours) * 3600;
                             for (const QString &name : std::as_const(names))
                                 temporary->issue(name, now, expires, request.peer.identity());
                             rotated.expiresAt = QDateTime::fromSecsSinceEpoch(expires, Qt::UTC);
                             return temporary->save(m_context.settings);
                         });
    if (!done)
        return reply.error(done.error());
    for (const QString &name : std::as_const(names))
        rotated.sessionsEnded += m_sessions.endSessionsOf(
            name, QStringLiteral("credential rotated"), request.peer.identity());
    reply.result(rotated.toJson());
}

// The rotation schedule: whose password expires within the next N days.
void UserService::expiring(const Request &request, const Responder &reply)
{
    auto params = api::UserExpiringParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    auto users = m_context.credentials.listUsers();
    if (!users)
        return reply.error(users.error());
    const core::AccountRules rules(m_context.policy.current());
    const qint64 now = nowSeconds(), horizon = now + qint64(params->days) * 86400;
    api::UserExpiringResult result;
    result.days = params->days;
    for (const core::UserRecord &u : *users) {
        const qint64 expires = rules.passwordExpiresAt(u);
        if (expires <= horizon)
            result.users.append(api::ExpiringUser{u.name, timeOrNever(expires),
                                                  rules.daysLeft(u, now), expires <= now});
    }
    reply.result(result.toJson());
}

} // namespace keyward::admin
