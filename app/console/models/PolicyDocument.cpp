#include "models/PolicyDocument.h"

#include "api/AdminEvent.h"
#include "api/AdminMethod.h"
#include "client/ServerConnection.h"

namespace keyward::console {

PolicyDocument::PolicyDocument(QObject *parent) : QObject(parent) {}

void PolicyDocument::setConnection(ServerConnection *connection)
{
    m_connection = connection;
    connect(connection, &ServerConnection::online, this, &PolicyDocument::reload);
    connect(connection, &ServerConnection::eventReceived, this,
            [this](const QString &event, const QJsonObject &data) {
                if (event != api::Event::PolicyChanged)
                    return;
                if (auto changed = api::PolicyChangedEvent::fromJson(data))
                    take(changed->policy);
            });
}

void PolicyDocument::reload()
{
    if (!m_connection)
        return;
    QPointer<PolicyDocument> self(this);
    m_connection->call(api::Method::PolicyGet, {}, [self](const ipc::IpcReply &r) {
        if (!self)
            return;
        if (!r.ok) {
            emit self->failed(r.errorMessage);
            return;
        }
        auto got = api::PolicyGetResult::fromJson(r.result);
        if (!got) {
            emit self->failed(QString::fromStdString(got.message()));
            return;
        }
        self->m_bounds = got->bounds;
        self->take(got->policy);
    });
}

void PolicyDocument::take(const api::PolicySettings &policy)
{
    m_policy = policy;
    emit changed();
}

QPair<int, int> PolicyDocument::bounds(const QString &key) const
{
    const api::PolicyBound b = m_bounds.value(key);
    return {b.min, b.max};
}

bool PolicyDocument::isWeak(const QString &key, const api::PolicySettings &p)
{
    if (key == QLatin1String("allowMppe40"))
        return p.allowMppe40;
    if (key == QLatin1String("allowMppe56"))
        return p.allowMppe56;
    if (key == QLatin1String("allowStatefulMppe"))
        return p.allowStatefulMppe;
    if (key == QLatin1String("preferStatefulMppe"))
        return p.preferStatefulMppe;
    if (key == QLatin1String("allowMppe128"))
        return !p.allowMppe128;
    if (key == QLatin1String("authMethods"))
        return p.authMethods != QStringList{QStringLiteral("mschapv2")};
    if (key == QLatin1String("passwordMinLength"))
        return p.passwordMinLength < 12;
    if (key == QLatin1String("passwordMinClasses"))
        return p.passwordMinClasses < 3;
    if (key == QLatin1String("passwordHistory"))
        return p.passwordHistory < 1;
    if (key == QLatin1String("maxSessionHours"))
        return p.maxSessionHours > 12;
    return false;
}

QStringList PolicyDocument::weaknessesOf(const api::PolicySettings &p)
{
    QStringList out;
    auto weak = [&](const char *key) { return isWeak(QLatin1String(key), p); };
    if (weak("allowMppe40"))
        out << tr("40-bit encryption is allowed: its keys can be broken in hours.");
    if (weak("allowMppe56"))
        out << tr("56-bit encryption is allowed: its keys can be broken in days.");
    if (weak("allowMppe128"))
        out << tr("128-bit encryption is not allowed.");
    if (weak("allowStatefulMppe"))
        out << tr("Stateful encryption is allowed: keys change less often and one lost packet "
                  "stalls the tunnel.");
    if (weak("preferStatefulMppe"))
        out << tr("Stateful encryption is preferred: clients that could use stateless "
                  "encryption are asked for stateful.");
    if (weak("authMethods"))
        out << tr("Sign-in methods other than MS-CHAPv2 are allowed.");
    if (weak("passwordMinLength"))
        out << tr("Passwords may be shorter than 12 characters.");
    if (weak("passwordMinClasses"))
        out << tr("Passwords need fewer than 3 kinds of characters.");
    if (weak("passwordHistory"))
        out << tr("Users may reuse their previous password.");
    if (weak("maxSessionHours"))
        out << tr("Sessions may last more than 12 hours without signing in again.");
    return out;
}

void PolicyDocument::apply(const QJsonObject &changes, Done done)
{
    if (!m_connection) {
        done(false, tr("Not connected."));
        return;
    }
    QPointer<PolicyDocument> self(this);
    m_connection->call(api::Method::PolicySet, api::PolicySetParams{changes}.toJson(),
                       [self, done = std::move(done)](const ipc::IpcReply &r) {
                           if (!r.ok) {
                               done(false, r.errorMessage);
                               return;
                           }
                           auto set = api::PolicySetResult::fromJson(r.result);
                           if (!set) {
                               done(false, QString::fromStdString(set.message()));
                               return;
                           }
                           if (self)
                               self->take(set->policy);
                           done(true, QString());
                       });
}

} // namespace keyward::console
