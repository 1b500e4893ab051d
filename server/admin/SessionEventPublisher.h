#pragma once

// Turns session life (from the session registry) into admin API events for the
// subscribed consoles: session.up, session.changed (with what changed) and
// session.ended (with the reason).

#include "core/LiveSession.h"

#include <QObject>

namespace keyward::admin {

struct AdminContext;

class SessionEventPublisher : public QObject
{
    Q_OBJECT

public:
    explicit SessionEventPublisher(AdminContext &context, QObject *parent = nullptr)
        : QObject(parent), m_context(context)
    {}

    void onSessionUp(const keyward::core::LiveSession &session);
    void onSessionChanged(const keyward::core::LiveSession &session, const QString &change);
    void onSessionEnded(const keyward::core::LiveSession &session);

private:
    AdminContext &m_context;
};

} // namespace keyward::admin
