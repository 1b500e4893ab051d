#pragma once

// keywardd's security policy as the console holds it: the current values, the
// bounds each may move in, and what in it is weaker than the safe defaults (in
// the admin's language). Changes are sent as one policy.set; other consoles'
// changes arrive as policy.changed events.

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

namespace keyward::console {

class ServerConnection;

class PolicyDocument : public QObject
{
    Q_OBJECT

public:
    explicit PolicyDocument(QObject *parent = nullptr);
    void setConnection(ServerConnection *connection);
    void reload();
    bool isLoaded() const { return !m_policy.isEmpty(); }

    QJsonObject policy() const { return m_policy; }
    int intValue(const QString &key) const { return m_policy.value(key).toInt(); }
    bool boolValue(const QString &key) const { return m_policy.value(key).toBool(); }
    // {min, max} of a numeric setting as the server enforces it.
    QPair<int, int> bounds(const QString &key) const;

    // The weak settings of a policy, in words; empty when it is all strong.
    static QStringList weaknessesOf(const QJsonObject &policy);
    // Whether one setting, at this value, is weaker than the default.
    static bool isWeak(const QString &key, const QJsonValue &value);

    using Done = std::function<void(bool ok, const QString &message)>;
    void apply(const QJsonObject &changes, Done done);

signals:
    void changed();
    void failed(const QString &message);

private:
    void take(const QJsonObject &result);

    QPointer<ServerConnection> m_connection;
    QJsonObject m_policy;
    QJsonObject m_bounds;
};

} // namespace keyward::console
