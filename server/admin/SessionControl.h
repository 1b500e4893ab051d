#pragma once

// What the admin API may do with live sessions, without knowing how the control
// plane keeps them: list them, end them, rekey them. keywardd's session registry
// implements it; service tests use a small stand-in.

#include "core/LiveSession.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace keyward::admin {

class SessionControl
{
public:
    // "rekeyed" or "disconnected", and the reason in words.
    using RekeyDone = std::function<void(const QString &outcome, const QString &detail)>;

    virtual ~SessionControl() = default;

    virtual QList<core::LiveSession> sessions() const = 0;
    // How many there are, without describing each.
    virtual int count() const = 0;
    virtual std::optional<core::LiveSession> session(quint16 id) const = 0;
    // Ends one session for the admin `actor` (false when there is no such session).
    // The client is told "REASON by an administrator": nothing on the wire names an
    // admin. The ended session's record (history, the session.ended event) says
    // "REASON by ACTOR".
    virtual bool end(quint16 id, const QString &reason, const QString &actor) = 0;
    // Ends every session of the user (names compare case-insensitively); how many.
    virtual int endSessionsOf(const QString &user, const QString &reason, const QString &actor) = 0;
    // Fresh MPPE keys in-session; `done` is called once. False when the session is
    // not up or a rekey is already running.
    virtual bool rekey(quint16 id, RekeyDone done) = 0;

    // The limits of a live session once changed.
    struct Limits
    {
        int sessionSecondsLeft = 0; // from now until it ends
        int idleSeconds = 0;        // idle this long ends it
    };
    // Changes a session's limits from now for `actor` (RADIUS CoA-Request): it ends
    // `sessionSeconds` from now and after `idleSeconds` without traffic, each only when
    // given, and never later than the policy's own maximum session and idle timeout
    // allow. The limits now in force; nullopt when there is no such signed-in session
    // (and from an implementation that cannot change limits).
    virtual std::optional<Limits> changeLimits(quint16 id, std::optional<int> sessionSeconds,
                                               std::optional<int> idleSeconds, const QString &actor)
    {
        (void)id, (void)sessionSeconds, (void)idleSeconds, (void)actor;
        return std::nullopt;
    }
};

} // namespace keyward::admin
