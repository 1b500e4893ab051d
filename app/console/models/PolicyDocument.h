#pragma once

// keywardd's security policy as the console holds it: the current values, the
// bounds each may move in, and what in it is weaker than the safe defaults (in
// the admin's language). Changes are sent as one policy.set; other consoles'
// changes arrive as policy.changed events.

#include "api/PolicyMessages.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace keyward::console {

class ServerConnection;

class PolicyDocument : public QObject
{
    Q_OBJECT

public:
    explicit PolicyDocument(QObject *parent = nullptr);
    void setConnection(ServerConnection *connection);
    void reload();
    bool isLoaded() const { return m_policy.has_value(); }

    // The policy in force (keywardd's defaults until it is loaded).
    api::PolicySettings policy() const { return m_policy.value_or(api::PolicySettings()); }
    int intValue(const QString &key) const { return policy().number(key).value_or(0); }
    bool boolValue(const QString &key) const { return policy().flag(key).value_or(false); }
    // {min, max} of a numeric setting as the server enforces it; {0, 0} when unknown.
    QPair<int, int> bounds(const QString &key) const;

    // The weak settings of a policy, in words; empty when it is all strong.
    static QStringList weaknessesOf(const api::PolicySettings &policy);
    // Whether one setting of this policy, by key, is weaker than the default.
    static bool isWeak(const QString &key, const api::PolicySettings &policy);

    using Done = std::function<void(bool ok, const QString &message)>;
    // Sends these changes (setting key -> new value) as one policy.set.
    void apply(const QJsonObject &changes, Done done);

signals:
    void changed();
    void failed(const QString &message);

private:
    void take(const api::PolicySettings &policy);

    QPointer<ServerConnection> m_connection;
    std::optional<api::PolicySettings> m_policy;
    QMap<QString, api::PolicyBound> m_bounds;
};

} // namespace keyward::console
