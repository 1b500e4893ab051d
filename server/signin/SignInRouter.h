#pragma once

// Chooses, for each sign-in, the backend that judges it: by the groups the local
// credential store gives the user, else the default (signin-backend).
//
// - Routes are "signin-backend-group = GROUP BACKEND" lines, in file order: the first
//   one naming one of the user's groups wins. Group names compare without case, as
//   the store compares them.
// - The user is the name as the client sent it, looked up the way the local store
//   looks names up ("DOMAIN\user" and "user@realm" mean "user"; an account named
//   "user@realm" itself wins). A user the store does not know (a RADIUS-only user)
//   has no groups and gets the default.
// - A store that cannot say which groups a user is in is logged, and the default
//   judges.
// - The chosen backend's grant goes back unchanged: the session and its log line name
//   the backend that judged ("local", "radius", "local (RADIUS down)").
// - Backends are registered by the name a setting gives them ("local", "radius",
//   "radius-then-local"); they are not owned. A lockout any of them announces is
//   announced by the router.

#include "common/Result.h"
#include "signin/SignInBackend.h"

#include <QList>
#include <QMap>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <string>

namespace keyward::core {
class CredentialStore;
}

namespace keyward::signin {

class SignInRouter : public SignInBackend
{
    Q_OBJECT

public:
    struct Route
    {
        QString group;
        QString backend; // a registered backend's name
    };

    // The groups the local store gives a user name as the client sent it; empty for a
    // user the store does not know.
    using GroupLookup = std::function<Result<QStringList>(const std::string &nameAsSent)>;

    explicit SignInRouter(GroupLookup groups, QObject *parent = nullptr);

    // The lookup the local store answers, resolving names as LocalSignIn does.
    static GroupLookup storeGroups(const core::CredentialStore &store);

    // Registers `backend` under `choice`; a backend registered under several names
    // announces each lockout once.
    void addBackend(const QString &choice, SignInBackend *backend);
    // The default and the group routes in order. An error names a backend that was
    // not registered.
    [[nodiscard]] Status setRoutes(const QString &defaultBackend, QList<Route> routes);

    // The default backend's name (signin-backend).
    QString name() const override { return m_default; }
    void verify(const SignInRequest &request, Done done) override;

    // The backend's name for a user in `groups` (the store's): the first route naming
    // one of them, else the default.
    QString choiceFor(const QStringList &groups) const;
    // The backend's name for a user name as the client sent it.
    QString choiceForUser(const std::string &nameAsSent) const;

    const QList<Route> &routes() const { return m_routes; }

private:
    GroupLookup m_groups;
    QMap<QString, QPointer<SignInBackend>> m_backends;
    QString m_default;
    QList<Route> m_routes;
};

} // namespace keyward::signin
