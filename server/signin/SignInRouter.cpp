#include "signin/SignInRouter.h"

#include "core/CredentialStore.h"
#include "mschapv2/MsChapV2UserName.h"

#include <QLoggingCategory>
#include <QSet>

namespace keyward::signin {

Q_LOGGING_CATEGORY(lcSignInRouter, "keyward.signin.router")

using namespace protocol::mschapv2;

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

const std::string &userOf(const SignInRequest &request)
{
    if (const auto *response = std::get_if<MsChapV2ResponseCheck>(&request.check))
        return response->user;
    return std::get<MsChapV2PasswordChangeCheck>(request.check).user;
}

} // namespace

SignInRouter::SignInRouter(GroupLookup groups, QObject *parent)
    : SignInBackend(parent), m_groups(std::move(groups))
{}

SignInRouter::GroupLookup SignInRouter::storeGroups(const core::CredentialStore &store)
{
    return [&store](const std::string &nameAsSent) -> Result<QStringList> {
        // As LocalSignIn finds the account: "user@realm" is an account of that very name
        // when the store has one, else "user"; "DOMAIN\user" is "user".
        if (MsChapV2UserName::form(nameAsSent) == MsChapV2UserName::Form::Realm) {
            const QString whole = fromView(MsChapV2UserName::stripDomain(nameAsSent));
            auto exact = store.findUser(whole);
            // An error here is a record that exists but does not open: still that user.
            if (!exact || exact->has_value())
                return store.groupsOf(whole);
        }
        return store.groupsOf(fromView(MsChapV2UserName::accountName(nameAsSent)));
    };
}

void SignInRouter::addBackend(const QString &choice, SignInBackend *backend)
{
    bool known = false;
    for (const auto &registered : std::as_const(m_backends))
        known = known || registered == backend;
    m_backends.insert(choice, backend);
    if (!known)
        connect(backend, &SignInBackend::lockedOut, this, &SignInBackend::lockedOut);
}

Status SignInRouter::setRoutes(const QString &defaultBackend, QList<Route> routes)
{
    if (!m_backends.value(defaultBackend))
        return fail(ErrorKind::Invalid,
                    "the sign-in backend '" + defaultBackend.toStdString() + "' is not available");
    for (const Route &route : routes)
        if (!m_backends.value(route.backend))
            return fail(ErrorKind::Invalid, "the sign-in backend '" + route.backend.toStdString() +
                                                "' of group '" + route.group.toStdString() +
                                                "' is not available");
    m_default = defaultBackend;
    m_routes = std::move(routes);
    return {};
}

QString SignInRouter::choiceFor(const QStringList &groups) const
{
    for (const Route &route : m_routes)
        if (groups.contains(route.group, Qt::CaseInsensitive))
            return route.backend;
    return m_default;
}

QString SignInRouter::choiceForUser(const std::string &nameAsSent) const
{
    if (m_routes.isEmpty() || !m_groups)
        return m_default;
    auto groups = m_groups(nameAsSent);
    if (!groups) {
        qCWarning(lcSignInRouter).noquote()
            << "cannot read the groups of" << fromView(nameAsSent).left(64) << ":"
            << QString::fromStdString(groups.message()) << "; the default backend" << m_default
            << "judges";
        return m_default;
    }
    return choiceFor(*groups);
}

void SignInRouter::verify(const SignInRequest &request, Done done)
{
    const QString choice = choiceForUser(userOf(request));
    SignInBackend *backend = m_backends.value(choice);
    if (!backend) {
        // setRoutes() let no such name in; a backend destroyed before the router is a
        // shutdown, and the caller's deadline refuses the client.
        qCWarning(lcSignInRouter).noquote()
            << "call" << request.callId << ": the sign-in backend" << choice << "is gone";
        return;
    }
    if (choice != m_default)
        qCInfo(lcSignInRouter).noquote()
            << "call" << request.callId << ": sign-in of"
            << fromView(MsChapV2UserName::accountName(userOf(request))).left(64) << "goes to"
            << choice << "(by group)";
    backend->verify(request, std::move(done));
}

} // namespace keyward::signin
