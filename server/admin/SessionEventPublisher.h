#pragma once

// Turns session life (from the session registry) into admin API events for the
// subscribed consoles: session.up, session.changed (with what changed) and
// session.ended (with the reason); and, for the consoles that asked for it,
// session.delta: about once a second, what changed in the live sessions since the
// previous delta (new and changed sessions in full, ended ones by id, the rest by
// their counters alone), in numbered events of at most SessionDeltaEvent::MaxItems
// rows. A console follows the deltas from the revision of a session.list, and takes
// a new list when it sees a gap. Nothing is computed while no console asked.

#include "api/SessionMessages.h"
#include "core/LiveSession.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>

namespace keyward::admin {

struct AdminContext;
class SessionControl;

class SessionEventPublisher : public QObject
{
    Q_OBJECT

public:
    // Whether any connection wants session.delta now.
    using Wanted = std::function<bool()>;
    static constexpr int DeltaIntervalMs = 1000;
    // After a session started, changed or ended: soon, once per burst.
    static constexpr int DeltaSoonMs = 50;

    SessionEventPublisher(AdminContext &context, SessionControl &sessions, Wanted wanted,
                          QObject *parent = nullptr);

    void onSessionUp(const keyward::core::LiveSession &session);
    void onSessionChanged(const keyward::core::LiveSession &session, const QString &change);
    void onSessionEnded(const keyward::core::LiveSession &session);

    // Sends what changed since the last deltas (nothing when nothing did); the timers
    // call it.
    void publishDelta();
    // The seq of the last delta sent: the revision of a session.list answered now.
    qint64 revision() const { return m_seq; }

private:
    struct Published
    {
        api::SessionInfo info;
        std::optional<api::SessionTraffic> traffic;
    };
    void send(api::SessionDeltaEvent &delta);

    AdminContext &m_context;
    SessionControl &m_sessions;
    Wanted m_wanted;
    // What the consoles following the deltas know, by session id.
    QHash<int, Published> m_published;
    qint64 m_seq = 0;
    QTimer m_tick;
    QTimer m_soon;
};

} // namespace keyward::admin
