#pragma once

// What consoles learn about sign-ins as they happen: the latest failed sign-ins (kept
// in memory for the dashboard, bounded) announced as login.failed, and lockouts
// announced as alerts. Names from the wire are shortened: they are whatever the
// client sent.

#include "api/StatusMessages.h"

#include <QList>
#include <QObject>
#include <QString>

namespace keyward::admin {

struct AdminContext;

class SignInActivity : public QObject
{
    Q_OBJECT

public:
    static constexpr int Kept = 50;
    // Names from the wire are cut to this many characters.
    static constexpr int MaxNameLength = 64;

    explicit SignInActivity(AdminContext &context, QObject *parent = nullptr)
        : QObject(parent), m_context(context)
    {}

    void failed(const QString &user, quint32 code, const QString &address);
    void lockedOut(const QString &user, int failures, const QString &address);
    // A RADIUS server that judges sign-ins stopped answering, or answers again: alerts
    // "radius-down" and "radius-up" with the server's "ADDR:PORT" as the address.
    void radiusServerDown(const QString &server);
    void radiusServerUp(const QString &server);
    // Newest first.
    QList<api::LoginFailure> recentFailures() const { return m_recentFailures; }

private:
    AdminContext &m_context;
    QList<api::LoginFailure> m_recentFailures;
};

} // namespace keyward::admin
