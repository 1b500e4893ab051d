#pragma once

// The admin API's event names, pushed to subscribed connections: written here once
// for keywardd and its clients.

#include <QString>
#include <QStringList>

namespace keyward::api::Event {

inline const QString SessionUp = QStringLiteral("session.up");
inline const QString SessionChanged = QStringLiteral("session.changed");
inline const QString SessionEnded = QStringLiteral("session.ended");
inline const QString PolicyChanged = QStringLiteral("policy.changed");
inline const QString WindowChanged = QStringLiteral("window.changed");
inline const QString LoginFailed = QStringLiteral("login.failed");
inline const QString Alert = QStringLiteral("alert");

// The prefix that every session event starts with.
inline const QString SessionPrefix = QStringLiteral("session.");

inline QStringList all()
{
    return {SessionUp,     SessionChanged, SessionEnded, PolicyChanged,
            WindowChanged, LoginFailed,    Alert};
}

} // namespace keyward::api::Event
