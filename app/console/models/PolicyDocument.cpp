#include "models/PolicyDocument.h"

#include "client/ServerConnection.h"

#include <QJsonArray>

namespace keyward::console {

PolicyDocument::PolicyDocument(QObject *parent) : QObject(parent) {}

void PolicyDocument::setConnection(ServerConnection *connection)
{
    m_connection = connection;
    connect(connection, &ServerConnection::online, this, &PolicyDocument::reload);
    connect(connection, &ServerConnection::eventReceived, this,
            [this](const QString &event, const QJsonObject &data) {
                if (event == QLatin1String("policy.changed"))
                    take(data);
            });
}

void PolicyDocument::reload()
{
    if (!m_connection)
        return;
    QPointer<PolicyDocument> self(this);
    m_connection->call(QStringLiteral("policy.get"), {}, [self](const ipc::IpcReply &r) {
        if (!self)
            return;
        if (r.ok)
            self->take(r.result);
        else
            emit self->failed(r.errorMessage);
    });
}

void PolicyDocument::take(const QJsonObject &result)
{
    m_policy = result.value(QLatin1String("policy")).toObject();
    if (result.contains(QLatin1String("bounds")))
        m_bounds = result.value(QLatin1String("bounds")).toObject();
    emit changed();
}

QPair<int, int> PolicyDocument::bounds(const QString &key) const
{
    const QJsonObject b = m_bounds.value(key).toObject();
    return {b.value(QLatin1String("min")).toInt(0), b.value(QLatin1String("max")).toInt(0)};
}

bool PolicyDocument::isWeak(const QString &key, const QJsonValue &value)
{
    if (key == QLatin1String("allowMppe40") || key == QLatin1String("allowMppe56") ||
        key == QLatin1String("allowStatefulMppe"))
        return value.toBool();
    if (key == QLatin1String("allowMppe128"))
        return !value.toBool();
    if (key == QLatin1String("authMethods")) {
        const QJsonArray methods = value.toArray();
        return !(methods.size() == 1 && methods.first().toString() == QLatin1String("mschapv2"));
    }
    if (key == QLatin1String("passwordMinLength"))
        return value.toInt() < 12;
    if (key == QLatin1String("passwordMinClasses"))
        return value.toInt() < 3;
    if (key == QLatin1String("passwordHistory"))
        return value.toInt() < 1;
    if (key == QLatin1String("maxSessionHours"))
        return value.toInt() > 12;
    return false;
}

QStringList PolicyDocument::weaknessesOf(const QJsonObject &p)
{
    QStringList out;
    auto weak = [&](const char *key) {
        return isWeak(QLatin1String(key), p.value(QLatin1String(key)));
    };
    if (weak("allowMppe40"))
        out << tr("40-bit encryption is allowed: its keys can be broken in hours.");
    if (weak("allowMppe56"))
        out << tr("56-bit encryption is allowed: its keys can be broken in days.");
    if (weak("allowMppe128"))
        out << tr("128-bit encryption is not allowed.");
    if (weak("allowStatefulMppe"))
        out << tr("Stateful encryption is allowed: keys change less often and one lost packet "
                  "stalls the tunnel.");
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
    m_connection->call(QStringLiteral("policy.set"), {{"changes", changes}},
                       [self, done = std::move(done)](const ipc::IpcReply &r) {
                           if (self && r.ok)
                               self->take(r.result);
                           done(r.ok, r.ok ? QString() : r.errorMessage);
                       });
}

} // namespace keyward::console
