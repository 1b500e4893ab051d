#include "admin/SessionEventPublisher.h"

#include "admin/AdminContext.h"
#include "admin/SessionControl.h"
#include "admin/SessionService.h"
#include "api/AdminEvent.h"

#include <QSet>

namespace keyward::admin {

SessionEventPublisher::SessionEventPublisher(AdminContext &context, SessionControl &sessions,
                                             Wanted wanted, QObject *parent)
    : QObject(parent), m_context(context), m_sessions(sessions), m_wanted(std::move(wanted))
{
    m_tick.setInterval(DeltaIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, &SessionEventPublisher::publishDelta);
    m_tick.start();
    m_soon.setSingleShot(true);
    m_soon.setInterval(DeltaSoonMs);
    connect(&m_soon, &QTimer::timeout, this, &SessionEventPublisher::publishDelta);
}

void SessionEventPublisher::onSessionUp(const core::LiveSession &session)
{
    m_context.publish(api::Event::SessionUp, SessionService::sessionInfo(session).toJson());
    if (!m_soon.isActive())
        m_soon.start();
}

void SessionEventPublisher::onSessionChanged(const core::LiveSession &session,
                                             const QString &change)
{
    m_context.publish(
        api::Event::SessionChanged,
        api::SessionChangedEvent{SessionService::sessionInfo(session), change}.toJson());
    if (!m_soon.isActive())
        m_soon.start();
}

void SessionEventPublisher::onSessionEnded(const core::LiveSession &session)
{
    m_context.publish(
        api::Event::SessionEnded,
        api::SessionEndedEvent{SessionService::sessionInfo(session), session.endReason}.toJson());
    if (!m_soon.isActive())
        m_soon.start();
}

void SessionEventPublisher::publishDelta()
{
    m_soon.stop();
    if (m_wanted && !m_wanted()) {
        // Nobody follows: the next console starts from a whole list, and the first
        // delta after it has every session in full.
        m_published.clear();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<core::LiveSession> live = m_sessions.sessions();
    QSet<int> current;
    current.reserve(live.size());
    api::SessionDeltaEvent delta;
    for (core::LiveSession &s : live) {
        api::SessionListEntry entry = SessionService::listEntry(std::move(s), now);
        const int id = entry.session.id;
        current.insert(id);
        auto known = m_published.find(id);
        if (known == m_published.end() || known->info != entry.session) {
            m_published.insert(id, Published{entry.session, entry.traffic});
            delta.sessions.append(std::move(entry));
        } else if (entry.traffic &&
                   (!known->traffic || known->traffic->bytesIn != entry.traffic->bytesIn ||
                    known->traffic->bytesOut != entry.traffic->bytesOut ||
                    known->traffic->packetsIn != entry.traffic->packetsIn ||
                    known->traffic->packetsOut != entry.traffic->packetsOut)) {
            // Idle time alone is no change: a console counts it on from the last figure.
            known->traffic = entry.traffic;
            delta.counters.append(api::SessionCounters{id, *entry.traffic});
        } else {
            continue;
        }
        if (delta.items() >= api::SessionDeltaEvent::MaxItems)
            send(delta);
    }
    for (auto it = m_published.begin(); it != m_published.end();) {
        if (current.contains(it.key())) {
            ++it;
            continue;
        }
        delta.ended.append(it.key());
        it = m_published.erase(it);
        if (delta.items() >= api::SessionDeltaEvent::MaxItems)
            send(delta);
    }
    if (delta.items() > 0)
        send(delta);
}

void SessionEventPublisher::send(api::SessionDeltaEvent &delta)
{
    delta.seq = ++m_seq;
    m_context.publish(api::Event::SessionDelta, delta.toJson());
    delta = {};
}

} // namespace keyward::admin
