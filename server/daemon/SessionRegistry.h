#pragma once

// The control plane's register of calls and sessions: it owns the call ids (reserved
// across every control connection), the tunnel address pool, the count of control
// connections per source address and what unauthenticated peers may hold, knows every
// live CallSession, and publishes session life as signals (up, changed, ended with the
// reason and final counters). The admin API, the session history and the console's
// events subscribe; nobody else reaches into a session to learn that it ended.
//
// What a peer holds before it signs in is budgeted (AdmissionBudget): calls still
// signing in (max-handshaking) and control connections without a call
// (max-callless-connections). A session slot (max-sessions), a tunnel address and its
// route are taken only once the sign-in is accepted.

#include "admin/SessionControl.h"
#include "common/Result.h"
#include "core/LiveSession.h"
#include "daemon/AdmissionBudget.h"
#include "daemon/DaemonConfig.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <optional>

namespace keyward::net {
class DataPlane;
}

namespace keyward::protocol::session {
struct TunnelCounters;
}

namespace keyward::daemon {

class CallSession;
class PptpConnection;

class SessionRegistry : public QObject, public admin::SessionControl
{
    Q_OBJECT

public:
    explicit SessionRegistry(const DaemonConfig &config, QObject *parent = nullptr);
    ~SessionRegistry() override;

    void setDataPlane(net::DataPlane *plane) { m_dataPlane = plane; }
    // No new connection or call is accepted from now on.
    void stopAccepting() { m_stopping = true; }
    bool accepting() const { return !m_stopping; }

    // Control connections per source address (refused past the configured limit).
    Status admitConnection(quint32 source);
    void releaseConnection(quint32 source);

    // A call id that no connection or session holds, or 0 when none is left; given back
    // with releaseCallId() once the call has left its connection.
    quint16 allocateCallId();
    void releaseCallId(quint16 callId) { m_reservedCallIds.remove(callId); }
    // A call from `source` asks to start (OCRQ): it takes a place among the calls still
    // signing in, perhaps the place of another address's oldest such call, which is
    // ended. The error says why it may not (limits, shutdown).
    Status admitCall(quint16 callId, quint32 source);
    // An admitted call that did not start after all gives its place back.
    void abandonCall(quint16 callId) { m_handshaking.release(callId); }
    // The call's sign-in was accepted: it leaves the handshaking budget and takes a
    // session slot. The error says why it may not (the server is at max-sessions).
    Status signedIn(CallSession *session);
    // A control connection without a call takes a place in that budget, perhaps the
    // place of another address's oldest one, which is closed. The error says why not.
    Status enterCallless(PptpConnection *connection);
    void leaveCallless(PptpConnection *connection);
    int handshakingCalls() const { return m_handshaking.size(); }
    int calllessConnections() const { return m_callless.size(); }
    int signedInSessions() const { return static_cast<int>(m_signedIn.size()); }

    std::optional<quint32> allocateAddress();
    // Takes `address` (a backend's Framed-IP-Address, host order) when it is one of the
    // pool's client addresses and free; the error says why not.
    [[nodiscard]] Status claimAddress(quint32 address);
    void releaseAddress(quint32 address) { m_addressesInUse.remove(address); }

    // A new session: from now on its life is published.
    void add(CallSession *session);
    CallSession *find(quint16 callId) const { return m_sessions.value(callId); }
    // Ends every session (shutdown).
    void endAll(const QString &reason);

    // The data plane removed a call's path: its final counters. The session's ended
    // signal goes out now.
    void onPathRemoved(quint16 callId, const protocol::session::TunnelCounters &counters);
    // Publishes the ends still waiting for counters (the data plane has stopped).
    void flushEnded();

    // admin::SessionControl
    QList<core::LiveSession> sessions() const override;
    int count() const override { return static_cast<int>(m_sessions.size()); }
    std::optional<core::LiveSession> session(quint16 id) const override;
    bool end(quint16 id, const QString &reason, const QString &actor) override;
    int endSessionsOf(const QString &user, const QString &reason, const QString &actor) override;
    bool rekey(quint16 id, RekeyDone done) override;
    std::optional<Limits> changeLimits(quint16 id, std::optional<int> sessionSeconds,
                                       std::optional<int> idleSeconds,
                                       const QString &actor) override;

signals:
    void sessionUp(const keyward::core::LiveSession &session);
    void sessionChanged(const keyward::core::LiveSession &session, const QString &change);
    void sessionEnded(const keyward::core::LiveSession &session);
    // A sign-in failed on one of the calls (E= code, 0 for timeouts).
    void signInFailed(const QString &user, quint32 code, const QString &address);

private:
    core::LiveSession describe(const CallSession *session) const;
    void onFinished(CallSession *session);
    // Ends a session for an admin: the client hears "REASON by an administrator", the
    // record says "REASON by ACTOR".
    void endFor(CallSession *session, const QString &reason, const QString &actor);

    const DaemonConfig &m_config;
    net::DataPlane *m_dataPlane = nullptr;
    bool m_stopping = false;
    QHash<quint16, CallSession *> m_sessions;
    // Ended sessions waiting for their final counters from the data plane.
    QHash<quint16, core::LiveSession> m_ended;
    // Sessions an admin ended that are still closing: what the client was told, and
    // what the record says (with the admin's identity, which stays here).
    QHash<quint16, QPair<QString, QString>> m_endedBy;
    QSet<quint16> m_reservedCallIds;
    QSet<quint32> m_addressesInUse;
    QHash<quint32, int> m_connectionsBySource;
    AdmissionBudget m_handshaking; // by call id
    AdmissionBudget m_callless;    // by connection
    QHash<quint64, PptpConnection *> m_calllessConnections;
    QSet<quint16> m_signedIn;
};

} // namespace keyward::daemon
