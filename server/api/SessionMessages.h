#pragma once

// Live and ended sessions: session.list (no params), the session.* methods that act
// on one session (a SessionRef), session.history, and the data of the session
// events ("session.up", "session.changed", "session.ended").

#include "api/UserMessages.h"
#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace keyward::api {

class JsonWriter;

enum class SessionState
{
    Negotiating, // LCP, sign-in, CCP or IPCP still running
    Up           // encrypted and carrying traffic
};
QString toString(SessionState state);
std::optional<SessionState> sessionStateFromString(QStringView text);

// One live session as keywardd describes it: the data of "session.up", and the core
// of a session.list row and of the other session events.
struct SessionInfo
{
    int id = 0;            // the PPTP call id; what session.disconnect & co. take
    QString user;          // empty until the user has signed in
    QString peerAddress;   // the client's address
    QString tunnelAddress; // "0.0.0.0" until IPCP has given one (see assignedTunnel())
    QDateTime started;     // UTC, to the second
    SessionState state = SessionState::Negotiating;
    QString auth;     // "MS-CHAPv2"
    QString mppe;     // "128-bit", "56-bit", "40-bit"; empty (not sent) until agreed
    QString mppeMode; // "stateless" or "stateful"; empty (not sent) until agreed
    // The client as keywardd names it from its SCCRQ and PPP options; empty (not
    // sent) when keywardd does not say.
    QString client = {}; // "Windows RAS", "pppd/pptp-linux", "unknown", ...
    QString clientVersion = {};
    bool clientLegacy = false;
    // The sign-in backend that signed the user in: "local", "radius", "local (RADIUS
    // down)"; empty (not sent) before, or from a keywardd that does not say.
    QString signIn = {};

    // The MPPE key strength in bits (128, 56, 40), or 0 while it is being agreed.
    int mppeBits() const;
    bool isStatefulMppe() const { return mppeMode == QLatin1String("stateful"); }
    // The tunnel address, or empty while there is none.
    QString assignedTunnel() const;

    QJsonObject toJson() const;
    static Result<SessionInfo> fromJson(const QJsonObject &json);
    bool operator==(const SessionInfo &) const = default;
};

// Packets a session's data path dropped, by cause ("drops" in a session.list row).
struct SessionDrops
{
    qint64 noKeys = 0;      // IPv4 to send, or MPPE received, before MPPE was on
    qint64 windowFull = 0;  // to send: the peer's GRE window and the send queue were full
    qint64 encrypt = 0;     // to send: MPPE could not encrypt
    qint64 decrypt = 0;     // received: MPPE could not decrypt
    qint64 unencrypted = 0; // received: IPv4 without MPPE (refused)
    qint64 duplicate = 0;   // received: a GRE sequence number seen before
    qint64 late = 0;        // received: after a newer packet (reordered)
    qint64 malformed = 0;   // received: malformed, or a protocol not carried
    qint64 tooLong = 0;     // to send: IPv4 longer than the client's MRU

    qint64 total() const
    {
        return noKeys + windowFull + encrypt + decrypt + unencrypted + duplicate + late +
               malformed + tooLong;
    }
    QJsonObject toJson() const;
    static Result<SessionDrops> fromJson(const QJsonObject &json);
    bool operator==(const SessionDrops &) const = default;
};

// A session's GRE flow figures (in a session.list row, with its traffic).
struct SessionFlow
{
    qint64 packetsQueued = 0;  // waited for the peer's GRE window (then sent)
    qint64 windowTimeouts = 0; // the window opened because no ack came in time
    qint64 packetsLost = 0;    // received: GRE sequence gaps never filled
    qint64 packetsDropped = 0; // every drop; by cause in `drops`
    SessionDrops drops;

    bool operator==(const SessionFlow &) const = default;
};

// A session's data plane figures, in a session.list row once the data plane knows
// the call. `flow` is absent from an older keywardd's rows.
struct SessionTraffic
{
    qint64 idleSeconds = 0;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    qint64 packetsIn = 0;
    qint64 packetsOut = 0;
    std::optional<SessionFlow> flow = std::nullopt;

    bool operator==(const SessionTraffic &) const = default;
};

// One row of session.list: the session, how long it has lasted and its traffic.
struct SessionListEntry
{
    SessionInfo session;
    qint64 durationSeconds = 0;
    std::optional<SessionTraffic> traffic; // absent until the data plane has the call

    QJsonObject toJson() const;
    static Result<SessionListEntry> fromJson(const QJsonObject &json);
    bool operator==(const SessionListEntry &) const = default;
};

struct SessionListResult
{
    QList<SessionListEntry> sessions;
    // The seq of the last "session.delta" sent before this list: a console applies
    // the deltas after it. Absent from a keywardd that sends no deltas.
    std::optional<qint64> revision;

    QJsonObject toJson() const;
    // The same, written as JSON text: what keywardd sends, at a fraction of the cost
    // for a large list.
    void writeJson(JsonWriter &out) const;
    static Result<SessionListResult> fromJson(const QJsonObject &json);
    bool operator==(const SessionListResult &) const = default;
};

// The data of "session.changed": the session, and what changed ("rekeyed").
struct SessionChangedEvent
{
    SessionInfo session;
    QString change;

    QJsonObject toJson() const;
    static Result<SessionChangedEvent> fromJson(const QJsonObject &json);
    bool operator==(const SessionChangedEvent &) const = default;
};

// The data of "session.ended": the session, and why it ended.
struct SessionEndedEvent
{
    SessionInfo session;
    QString reason;

    QJsonObject toJson() const;
    static Result<SessionEndedEvent> fromJson(const QJsonObject &json);
    bool operator==(const SessionEndedEvent &) const = default;
};

// A session named by its id: the params of session.disconnect, session.revoke and
// session.rekey, and the result of session.disconnect.
struct SessionRef
{
    int id = 0;

    QJsonObject toJson() const;
    static Result<SessionRef> fromJson(const QJsonObject &json);
    bool operator==(const SessionRef &) const = default;
};

// The result of session.revoke: the session's user is revoked and all their
// sessions end.
struct SessionRevokeResult
{
    int id = 0;
    QString user;
    UserState state = UserState::Revoked;
    int sessionsEnded = 0;

    QJsonObject toJson() const;
    static Result<SessionRevokeResult> fromJson(const QJsonObject &json);
    bool operator==(const SessionRevokeResult &) const = default;
};

// The result of session.rekey.
struct SessionRekeyResult
{
    int id = 0;
    QString outcome; // "rekeyed", or "disconnected" when the client could not take new keys
    QString detail;  // what happened, in words

    bool rekeyed() const { return outcome == QLatin1String("rekeyed"); }

    QJsonObject toJson() const;
    static Result<SessionRekeyResult> fromJson(const QJsonObject &json);
    bool operator==(const SessionRekeyResult &) const = default;
};

// session.history: the latest ended sessions, of one user or of all.
struct SessionHistoryParams
{
    std::optional<int> limit; // keywardd's default: 100
    QString user;             // empty (not sent): everyone

    QJsonObject toJson() const;
    static Result<SessionHistoryParams> fromJson(const QJsonObject &json);
    bool operator==(const SessionHistoryParams &) const = default;
};

// One ended session.
struct EndedSession
{
    QString user; // empty when the client never signed in
    QString peerAddress;
    QString tunnelAddress; // empty when it never got one
    QString mppe;          // "128-bit stateless"; empty when never agreed
    QDateTime started;
    QDateTime ended;
    QString reason;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;

    // The strength in bits and the mode of `mppe`; 0 and empty when never agreed.
    int mppeBits() const;
    QString mppeMode() const;

    QJsonObject toJson() const;
    static Result<EndedSession> fromJson(const QJsonObject &json);
    bool operator==(const EndedSession &) const = default;
};

struct SessionHistoryResult
{
    QList<EndedSession> sessions; // newest first

    QJsonObject toJson() const;
    static Result<SessionHistoryResult> fromJson(const QJsonObject &json);
    bool operator==(const SessionHistoryResult &) const = default;
};

// One session whose traffic alone changed: a compact row of "session.delta".
struct SessionCounters
{
    int id = 0;
    SessionTraffic traffic;

    bool operator==(const SessionCounters &) const = default;
};

// The data of "session.delta", sent only to consoles that asked for it when they
// subscribed ({"events": ["session.delta"]}): what changed in the live sessions
// since the previous delta, about once a second, in events of at most
// MaxItems rows. Every delta has the next seq; a console that sees a gap (or
// reconnects) takes a whole session.list again and applies the deltas after its
// revision. Each row is absolute (not an increment), so a delta applied to a newer
// list changes nothing wrongly.
//
//   {"seq": 8, "sessions": [SessionListEntry...], "ended": [id...],
//    "counterFields": ["id", "idleSeconds", "bytesIn", "bytesOut", "packetsIn", "packetsOut"],
//    "counters": [[7, 0, 1500, 300, 2, 1], ...]}
//
// Counters are arrays named by counterFields (a reader finds its columns by name
// and ignores columns it does not know): 10,000 of them parse in a fraction of the
// time the same objects take.
struct SessionDeltaEvent
{
    static constexpr int MaxItems = 1000;

    qint64 seq = 0;
    QList<SessionListEntry> sessions; // new sessions, and sessions whose description changed
    QList<int> ended;                 // sessions that are gone
    QList<SessionCounters> counters;  // sessions whose traffic alone changed

    int items() const { return static_cast<int>(sessions.size() + ended.size() + counters.size()); }
    QJsonObject toJson() const;
    static Result<SessionDeltaEvent> fromJson(const QJsonObject &json);
    bool operator==(const SessionDeltaEvent &) const = default;
};

} // namespace keyward::api
