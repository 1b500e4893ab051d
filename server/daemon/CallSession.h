#pragma once

// One PPTP call from the moment the call is up until it is cleared: its PPP link
// (PppSession), its data path in the data plane, its tunnel address, and the limits
// that end it (sign-in and handshake deadlines, idle timeout, maximum duration, dead
// peer). The reason it ended is recorded and logged in words an admin understands.
//
// Until its sign-in is accepted a call holds only its PPP state and data path: the
// session slot, the tunnel address and its route are taken when MS-CHAPv2 succeeds.

#include "core/SessionEndCause.h"
#include "dissect/ClientEvidence.h"
#include "dissect/ClientIdentity.h"
#include "mppe/MppeParameters.h"
#include "pptp/ControlCodes.h"
#include "runtime/MachineDriver.h"
#include "session/PppSession.h"
#include "signin/SignInGrant.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace keyward::daemon {

class CallContext;
class PptpConnection;

class CallSession : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Negotiating,
        Up,
        Ending,
        Ended
    };

    CallSession(CallContext &context, PptpConnection *connection, quint16 callId,
                quint16 peerCallId, quint16 peerReceiveWindow, quint32 peerAddress);
    ~CallSession() override;

    bool start(QString *error);
    // A PPP control frame for this call, from the data plane.
    void onControlFrame(quint16 protocol, const protocol::Bytes &information);
    // Our MPPE decryptor lost packets (stateful): ask the peer to flush.
    void onDecryptorResetRequest();
    // The data plane has the call's GRE path: the connection may send the call's reply.
    void onPathAdded();
    // The peer's flushed packet arrived: the Reset-Request need not be repeated.
    void onDecryptorResynchronised();
    // Ends the session from our side; `result` is what the Call-Disconnect-Notify says:
    // Admin-Shutdown for an admin, idle, maximum duration, shutdown; General-Error when
    // the call could not become a session (no slot, no address, not up in time).
    // `cause` is the Acct-Terminate-Cause meaning of the end (the first one known wins).
    void end(const QString &reason,
             protocol::pptp::CdnResult result = protocol::pptp::CdnResult::AdminShutdown,
             core::SessionEndCause cause = core::SessionEndCause::NasRequest);
    // The call under the session is gone (Call-Clear, control connection closed).
    void lowerDown(const QString &reason,
                   core::SessionEndCause cause = core::SessionEndCause::LostCarrier);
    // Ends the call at once, without a PPP goodbye, clearing it with a
    // Call-Disconnect-Notify (General-Error): for calls that never signed in (deadline,
    // budget).
    void abort(const QString &reason,
               core::SessionEndCause cause = core::SessionEndCause::NasRequest);
    // Fresh MPPE keys now (see PppSession::rekey). `done` is called once with
    // "rekeyed" or "disconnected" and the reason. False when the session is not up.
    bool rekey(std::function<void(const QString &outcome, const QString &detail)> done);

    // New limits from now (a RADIUS CoA-Request from `by`): the session ends
    // `sessionSeconds` from now, or after `idleSeconds` idle, each only when given and
    // never later than the policy's maximum session and idle timeout. The seconds left
    // and the idle limit now in force.
    std::pair<int, int> changeLimits(std::optional<int> sessionSeconds,
                                     std::optional<int> idleSeconds, const QString &by);

    quint16 callId() const { return m_callId; }
    quint32 peerAddress() const { return m_peerAddress; }
    // The client's address as text, and the RADIUS Acct-Session-Id (the start in ms
    // since the epoch and the call id, hex: unique across restarts). Made once: every
    // session list describes every session.
    const QString &peerAddressText() const { return m_peerAddressText; }
    QString accountingSessionId() const;
    quint32 tunnelAddress() const { return m_tunnelAddress; }
    QString user() const { return m_user; }
    State state() const { return m_state; }
    QDateTime startedAt() const { return m_startedAt; }
    std::optional<protocol::mppe::MppeParameters> mppe() const { return m_mppe; }
    QString endReason() const { return m_endReason; }
    core::SessionEndCause endCause() const { return m_endCause; }
    // What the sign-in backend granted (its name, a RADIUS server's limits and Class).
    const signin::SignInGrant &grant() const { return m_grant; }
    // The client as its SCCRQ and its PPP control frames name it (ClientInventory).
    const capture::ClientIdentity &client() const { return m_client; }
    void setClientEvidence(const capture::ClientEvidence &evidence);
    // What the Call-Disconnect-Notify says (or would say) about the end.
    protocol::pptp::CdnResult disconnectResult() const
    {
        return m_cdnResult.value_or(protocol::pptp::CdnResult::GeneralError);
    }

signals:
    void up(keyward::daemon::CallSession *session);
    // Something an admin sees changed (new MPPE keys after a rekey).
    void changed(keyward::daemon::CallSession *session);
    void finished(keyward::daemon::CallSession *session);
    // A sign-in attempt on this call failed (E= code, 0 for timeouts); the user as sent,
    // without the domain.
    void signInFailed(const QString &user, quint32 code);

private:
    void pump();
    void handle(const protocol::session::PppSessionEvent &event);
    // Asks the sign-in backend; its verdict comes back through onVerdict().
    void verify(const protocol::mschapv2::MsChapV2Check &check);
    void onVerdict(const protocol::mschapv2::MsChapV2Verdict &verdict,
                   const signin::SignInGrant &grant);
    // The policy's limits, shortened by what the backend granted.
    int maxSessionSeconds() const;
    int idleTimeoutSeconds() const;
    // False when the backend's MPPE rule excludes `strength`.
    bool mppeGranted(protocol::mppe::MppeStrength strength) const;
    void onWatchdog();
    // MS-CHAPv2 succeeded: the session slot, the tunnel address and its route.
    void onSignedIn();
    void finish();
    void noteCause(core::SessionEndCause cause);

    CallContext &m_context;
    PptpConnection *m_connection;
    quint16 m_callId;
    quint16 m_peerCallId;
    quint16 m_peerReceiveWindow;
    quint32 m_peerAddress;
    QString m_peerAddressText;
    QString m_accountingSessionId; // set when the call starts
    quint32 m_tunnelAddress = 0;
    std::unique_ptr<protocol::session::PppSession> m_ppp;
    // Runs m_ppp (its output to the data plane, its events to handle()); made by the
    // first pump() once m_ppp exists.
    std::unique_ptr<runtime::MachineDriver<protocol::session::PppSession>> m_driver;
    QTimer m_watchdog;
    State m_state = State::Negotiating;
    QString m_user;
    QDateTime m_startedAt;
    protocol::Timestamp m_startedMono{0};
    std::optional<protocol::mppe::MppeParameters> m_mppe;
    signin::SignInGrant m_grant;
    // Limits a CoA-Request set (its age limit and idle limit, in seconds), over the
    // grant's, and who set them.
    std::optional<int> m_changedSessionLimit;
    std::optional<int> m_changedIdleLimit;
    QString m_limitsChangedBy;
    bool m_networkUp = false;
    bool m_signedIn = false;
    bool m_lowerDown = false;
    QString m_endReason;
    // Why it ended in RFC 2866's terms; the first cause known wins, like the reason.
    core::SessionEndCause m_endCause = core::SessionEndCause::Unknown;
    // The Call-Disconnect-Notify's result for the end; the first cause known wins.
    std::optional<protocol::pptp::CdnResult> m_cdnResult;
    std::function<void(const QString &, const QString &)> m_rekeyDone;
    QTimer m_rekeyDeadline;
    // What the last WAN-Error-Notify reported (RFC 2637: on errors, at most once a minute).
    protocol::Timestamp m_lastErrorReport{0};
    std::uint64_t m_reportedErrors = 0;
    capture::ClientEvidence m_clientEvidence;
    capture::ClientIdentity m_client;
};

} // namespace keyward::daemon
