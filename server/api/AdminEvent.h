#pragma once

// The admin API's event names, pushed to subscribed connections: written here once
// for keywardd and its clients.

#include <QString>
#include <QStringList>

namespace keyward::api::Event {

inline const QString SessionUp = QStringLiteral("session.up");
inline const QString SessionChanged = QStringLiteral("session.changed");
inline const QString SessionEnded = QStringLiteral("session.ended");
// What changed in the live sessions, with their counters (SessionDeltaEvent): sent
// only to connections that name it when they subscribe.
inline const QString SessionDelta = QStringLiteral("session.delta");
inline const QString PolicyChanged = QStringLiteral("policy.changed");
inline const QString WindowChanged = QStringLiteral("window.changed");
inline const QString LoginFailed = QStringLiteral("login.failed");
inline const QString Alert = QStringLiteral("alert");
// A capture started, stopped or failed (CaptureInfo).
inline const QString CaptureChanged = QStringLiteral("capture.changed");
// Summaries of captured packets, in batches (CapturePacketsEvent): on request, and
// only to connections with the admin role (see api::roleNeededForEvent).
inline const QString CapturePackets = QStringLiteral("capture.packets");
// A report was written (by the schedule): consoles list the reports again. No data.
inline const QString ReportChanged = QStringLiteral("report.changed");

// The prefix that every session event starts with.
inline const QString SessionPrefix = QStringLiteral("session.");

// Events a connection gets only when it names them in "subscribe"
// ({"events": [...]}; the reply's "events" lists those it will get). A console that
// predates them subscribes without a list and is not sent them.
inline QStringList onRequest()
{
    return {SessionDelta, CapturePackets};
}

inline QStringList all()
{
    return {SessionUp,      SessionChanged, SessionEnded, SessionDelta,
            PolicyChanged,  WindowChanged,  LoginFailed,  Alert,
            CaptureChanged, CapturePackets, ReportChanged};
}

} // namespace keyward::api::Event
