#include "api/SessionMessages.h"

#include "api/IsoTime.h"
#include "api/JsonObjectBuilder.h"
#include "api/JsonReader.h"
#include "api/JsonWriter.h"
#include "api/ListJson.h"

#include <QJsonArray>
#include <algorithm>
#include <array>

namespace keyward::api {

namespace {

// "128-bit" -> 128; -1 when the text is not of that form.
int bitsOf(QStringView text)
{
    if (!text.endsWith(u"-bit"))
        return -1;
    bool ok = false;
    const int bits = text.chopped(4).toInt(&ok);
    return ok && bits > 0 ? bits : -1;
}

bool isMode(QStringView text)
{
    return text == u"stateless" || text == u"stateful";
}

// Reads the fields every session event and session.list row have.
SessionInfo readSession(JsonReader &r)
{
    SessionInfo s;
    s.id = r.integer(u"id");
    s.user = r.string(u"user");
    s.peerAddress = r.string(u"peerAddress");
    s.tunnelAddress = r.string(u"tunnelAddress");
    s.started = r.dateTime(u"started");
    const QString state = r.string(u"state");
    const auto parsed = sessionStateFromString(state);
    if (!parsed && r.ok())
        r.reject(u"state", QStringLiteral("must be up or negotiating, not '%1'").arg(state));
    s.state = parsed.value_or(SessionState::Negotiating);
    s.auth = r.string(u"auth");
    s.mppe = r.optionalString(u"mppe").value_or(QString());
    s.mppeMode = r.optionalString(u"mppeMode").value_or(QString());
    s.client = r.optionalString(u"client").value_or(QString());
    s.clientVersion = r.optionalString(u"clientVersion").value_or(QString());
    s.clientLegacy = r.optionalBoolean(u"clientLegacy").value_or(false);
    s.signIn = r.optionalString(u"signIn").value_or(QString());
    if (r.ok() && !s.mppe.isEmpty() && bitsOf(s.mppe) < 0)
        r.reject(u"mppe",
                 QStringLiteral("must be a strength such as 128-bit, not '%1'").arg(s.mppe));
    if (r.ok() && !s.mppeMode.isEmpty() && !isMode(s.mppeMode))
        r.reject(u"mppeMode",
                 QStringLiteral("must be stateless or stateful, not '%1'").arg(s.mppeMode));
    if (r.ok() && s.mppe.isEmpty() != s.mppeMode.isEmpty())
        r.reject(s.mppe.isEmpty() ? u"mppe" : u"mppeMode",
                 QStringLiteral("is missing: mppe and mppeMode come together"));
    return s;
}

// The fields of a session, a row's figures and a list, for a JsonObjectBuilder or a
// JsonWriter alike: one description of each message for both forms.
template <typename Out> void writeSession(const SessionInfo &s, Out &out)
{
    out.field("id", s.id);
    out.field("user", s.user);
    out.field("peerAddress", s.peerAddress);
    out.field("tunnelAddress", s.tunnelAddress);
    out.field("started", IsoTime::seconds(s.started));
    out.field("state", toString(s.state));
    out.field("auth", s.auth);
    if (!s.mppe.isEmpty())
        out.field("mppe", s.mppe);
    if (!s.mppeMode.isEmpty())
        out.field("mppeMode", s.mppeMode);
    if (!s.client.isEmpty()) {
        out.field("client", s.client);
        out.field("clientVersion", s.clientVersion);
        out.field("clientLegacy", s.clientLegacy);
    }
    if (!s.signIn.isEmpty())
        out.field("signIn", s.signIn);
}

template <typename Out> void writeDrops(const SessionDrops &d, Out &out)
{
    out.field("noKeys", d.noKeys);
    out.field("windowFull", d.windowFull);
    out.field("encrypt", d.encrypt);
    out.field("decrypt", d.decrypt);
    out.field("unencrypted", d.unencrypted);
    out.field("duplicate", d.duplicate);
    out.field("late", d.late);
    out.field("malformed", d.malformed);
    out.field("tooLong", d.tooLong);
}

template <typename Out> void writeListEntry(const SessionListEntry &e, Out &out)
{
    writeSession(e.session, out);
    out.field("durationSeconds", e.durationSeconds);
    if (!e.traffic)
        return;
    const SessionTraffic &t = *e.traffic;
    out.field("idleSeconds", t.idleSeconds);
    out.field("bytesIn", t.bytesIn);
    out.field("bytesOut", t.bytesOut);
    out.field("packetsIn", t.packetsIn);
    out.field("packetsOut", t.packetsOut);
    if (const auto &flow = t.flow) {
        out.field("packetsQueued", flow->packetsQueued);
        out.field("windowTimeouts", flow->windowTimeouts);
        out.field("packetsLost", flow->packetsLost);
        out.field("packetsDropped", flow->packetsDropped);
        out.object("drops", [&](auto &inner) { writeDrops(flow->drops, inner); });
    }
}

} // namespace

QString toString(SessionState state)
{
    return state == SessionState::Up ? QStringLiteral("up") : QStringLiteral("negotiating");
}

std::optional<SessionState> sessionStateFromString(QStringView text)
{
    if (text == u"up")
        return SessionState::Up;
    if (text == u"negotiating")
        return SessionState::Negotiating;
    return std::nullopt;
}

int SessionInfo::mppeBits() const
{
    return std::max(bitsOf(mppe), 0);
}

QString SessionInfo::assignedTunnel() const
{
    return tunnelAddress == QLatin1String("0.0.0.0") ? QString() : tunnelAddress;
}

QJsonObject SessionInfo::toJson() const
{
    JsonObjectBuilder out;
    writeSession(*this, out);
    return out.take();
}

Result<SessionInfo> SessionInfo::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SessionInfo s = readSession(r);
    return r.finish(std::move(s));
}

QJsonObject SessionDrops::toJson() const
{
    JsonObjectBuilder out;
    writeDrops(*this, out);
    return out.take();
}

Result<SessionDrops> SessionDrops::fromJson(const QJsonObject &json)
{
    // Causes a newer keywardd may add are ignored; a missing one reads as 0.
    JsonReader r(json);
    SessionDrops d;
    d.noKeys = r.optionalInteger64(u"noKeys").value_or(0);
    d.windowFull = r.optionalInteger64(u"windowFull").value_or(0);
    d.encrypt = r.optionalInteger64(u"encrypt").value_or(0);
    d.decrypt = r.optionalInteger64(u"decrypt").value_or(0);
    d.unencrypted = r.optionalInteger64(u"unencrypted").value_or(0);
    d.duplicate = r.optionalInteger64(u"duplicate").value_or(0);
    d.late = r.optionalInteger64(u"late").value_or(0);
    d.malformed = r.optionalInteger64(u"malformed").value_or(0);
    d.tooLong = r.optionalInteger64(u"tooLong").value_or(0);
    return r.finish(std::move(d));
}

QJsonObject SessionListEntry::toJson() const
{
    JsonObjectBuilder out;
    writeListEntry(*this, out);
    return out.take();
}

Result<SessionListEntry> SessionListEntry::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SessionListEntry e;
    e.session = readSession(r);
    e.durationSeconds = r.integer64(u"durationSeconds");
    // The figures come together, or not at all.
    if (json.contains(QLatin1String("idleSeconds")) || json.contains(QLatin1String("bytesIn"))) {
        SessionTraffic t;
        t.idleSeconds = r.integer64(u"idleSeconds");
        t.bytesIn = r.integer64(u"bytesIn");
        t.bytesOut = r.integer64(u"bytesOut");
        t.packetsIn = r.integer64(u"packetsIn");
        t.packetsOut = r.integer64(u"packetsOut");
        // The flow figures come together too, from a keywardd that has them.
        if (json.contains(QLatin1String("packetsDropped"))) {
            SessionFlow f;
            f.packetsQueued = r.integer64(u"packetsQueued");
            f.windowTimeouts = r.integer64(u"windowTimeouts");
            f.packetsLost = r.integer64(u"packetsLost");
            f.packetsDropped = r.integer64(u"packetsDropped");
            auto drops = SessionDrops::fromJson(r.object(u"drops"));
            if (!drops)
                return drops.error();
            f.drops = drops.value();
            t.flow = f;
        }
        e.traffic = t;
    }
    return r.finish(std::move(e));
}

QJsonObject SessionListResult::toJson() const
{
    QJsonObject o{{QStringLiteral("sessions"), toJsonArray(sessions)}};
    if (revision)
        o.insert(QStringLiteral("revision"), *revision);
    return o;
}

void SessionListResult::writeJson(JsonWriter &out) const
{
    // About 560 octets a row with its figures.
    out.reserve(64 + sessions.size() * 600);
    out.beginObject();
    out.key("sessions");
    out.beginArray();
    for (const SessionListEntry &e : sessions) {
        out.beginObject();
        writeListEntry(e, out);
        out.endObject();
    }
    out.endArray();
    if (revision)
        out.field("revision", *revision);
    out.endObject();
}

Result<SessionListResult> SessionListResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SessionListResult l;
    l.sessions = r.list<SessionListEntry>(u"sessions");
    l.revision = r.optionalInteger64(u"revision");
    return r.finish(std::move(l));
}

QJsonObject SessionChangedEvent::toJson() const
{
    QJsonObject o = session.toJson();
    o.insert(QStringLiteral("change"), change);
    return o;
}

Result<SessionChangedEvent> SessionChangedEvent::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SessionChangedEvent e;
    e.session = readSession(r);
    e.change = r.string(u"change");
    return r.finish(std::move(e));
}

QJsonObject SessionEndedEvent::toJson() const
{
    QJsonObject o = session.toJson();
    o.insert(QStringLiteral("reason"), reason);
    return o;
}

Result<SessionEndedEvent> SessionEndedEvent::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SessionEndedEvent e;
    e.session = readSession(r);
    e.reason = r.string(u"reason");
    return r.finish(std::move(e));
}

QJsonObject SessionRef::toJson() const
{
    return {{QStringLiteral("id"), id}};
}

Result<SessionRef> SessionRef::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SessionRef s;
    s.id = r.integer(u"id");
    return r.finish(std::move(s));
}

QJsonObject SessionRevokeResult::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("user"), user},
            {QStringLiteral("state"), toString(state)},
            {QStringLiteral("sessionsEnded"), sessionsEnded}};
}

Result<SessionRevokeResult> SessionRevokeResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SessionRevokeResult x;
    x.id = r.integer(u"id");
    x.user = r.string(u"user");
    const QString state = r.string(u"state");
    const auto parsed = userStateFromString(state);
    if (!parsed && r.ok())
        r.reject(u"state", QStringLiteral("is not an account state: '%1'").arg(state));
    x.state = parsed.value_or(UserState::Revoked);
    x.sessionsEnded = r.integer(u"sessionsEnded");
    return r.finish(std::move(x));
}

QJsonObject SessionRekeyResult::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("detail"), detail}};
}

Result<SessionRekeyResult> SessionRekeyResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SessionRekeyResult x;
    x.id = r.integer(u"id");
    x.outcome = r.string(u"outcome");
    x.detail = r.string(u"detail");
    return r.finish(std::move(x));
}

QJsonObject SessionHistoryParams::toJson() const
{
    QJsonObject o;
    if (limit)
        o.insert(QStringLiteral("limit"), *limit);
    if (!user.isEmpty())
        o.insert(QStringLiteral("user"), user);
    return o;
}

Result<SessionHistoryParams> SessionHistoryParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SessionHistoryParams p;
    p.limit = r.optionalInteger(u"limit");
    p.user = r.optionalString(u"user").value_or(QString());
    return r.finish(std::move(p));
}

int EndedSession::mppeBits() const
{
    const qsizetype space = mppe.indexOf(QLatin1Char(' '));
    return std::max(bitsOf(space < 0 ? QStringView(mppe) : QStringView(mppe).left(space)), 0);
}

QString EndedSession::mppeMode() const
{
    const qsizetype space = mppe.indexOf(QLatin1Char(' '));
    return space < 0 ? QString() : mppe.mid(space + 1);
}

QJsonObject EndedSession::toJson() const
{
    return {{QStringLiteral("user"), user},
            {QStringLiteral("peerAddress"), peerAddress},
            {QStringLiteral("tunnelAddress"), tunnelAddress},
            {QStringLiteral("mppe"), mppe},
            {QStringLiteral("started"), IsoTime::seconds(started)},
            {QStringLiteral("ended"), IsoTime::seconds(ended)},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("bytesIn"), bytesIn},
            {QStringLiteral("bytesOut"), bytesOut}};
}

Result<EndedSession> EndedSession::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    EndedSession s;
    s.user = r.string(u"user");
    s.peerAddress = r.string(u"peerAddress");
    s.tunnelAddress = r.string(u"tunnelAddress");
    s.mppe = r.string(u"mppe");
    s.started = r.dateTime(u"started");
    s.ended = r.dateTime(u"ended");
    s.reason = r.string(u"reason");
    s.bytesIn = r.integer64(u"bytesIn");
    s.bytesOut = r.integer64(u"bytesOut");
    if (r.ok() && !s.mppe.isEmpty() && (s.mppeBits() == 0 || !isMode(s.mppeMode())))
        r.reject(u"mppe",
                 QStringLiteral("must be a strength and a mode such as '128-bit stateless', "
                                "not '%1'")
                     .arg(s.mppe));
    return r.finish(std::move(s));
}

QJsonObject SessionHistoryResult::toJson() const
{
    return {{QStringLiteral("sessions"), toJsonArray(sessions)}};
}

Result<SessionHistoryResult> SessionHistoryResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SessionHistoryResult h;
    h.sessions = r.list<EndedSession>(u"sessions");
    return r.finish(std::move(h));
}

namespace {

const QStringList &counterFields()
{
    static const QStringList fields{QStringLiteral("id"),        QStringLiteral("idleSeconds"),
                                    QStringLiteral("bytesIn"),   QStringLiteral("bytesOut"),
                                    QStringLiteral("packetsIn"), QStringLiteral("packetsOut")};
    return fields;
}

} // namespace

QJsonObject SessionDeltaEvent::toJson() const
{
    QJsonArray endedIds;
    for (int id : ended)
        endedIds.append(id);
    QJsonArray rows;
    for (const SessionCounters &c : counters)
        rows.append(QJsonArray{c.id, c.traffic.idleSeconds, c.traffic.bytesIn, c.traffic.bytesOut,
                               c.traffic.packetsIn, c.traffic.packetsOut});
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("sessions"), toJsonArray(sessions)},
            {QStringLiteral("ended"), endedIds},
            {QStringLiteral("counterFields"), QJsonArray::fromStringList(counterFields())},
            {QStringLiteral("counters"), rows}};
}

Result<SessionDeltaEvent> SessionDeltaEvent::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SessionDeltaEvent e;
    e.seq = r.integer64(u"seq");
    e.sessions = r.list<SessionListEntry>(u"sessions");
    e.ended = r.integers(u"ended");
    const QStringList fields = r.optionalStrings(u"counterFields").value_or(QStringList());
    if (!r.ok())
        return r.finish(std::move(e));
    // Where each known column is; every one of them must be there.
    std::array<qsizetype, 6> at{};
    for (size_t i = 0; i < at.size(); ++i) {
        at[i] = fields.indexOf(counterFields()[static_cast<qsizetype>(i)]);
        if (at[i] < 0 && json.contains(QLatin1String("counters")))
            return fail(ErrorKind::Invalid,
                        "session.delta: counterFields has no '" +
                            counterFields()[static_cast<qsizetype>(i)].toStdString() + "'");
    }
    const QJsonArray rows = json.value(QLatin1String("counters")).toArray();
    e.counters.reserve(rows.size());
    for (qsizetype n = 0; n < rows.size(); ++n) {
        const QJsonArray row = rows.at(n).toArray();
        std::array<qint64, 6> v{};
        for (size_t i = 0; i < at.size(); ++i) {
            const QJsonValue cell = row.at(at[i]);
            if (!cell.isDouble())
                return fail(ErrorKind::Invalid,
                            "session.delta: counters[" + std::to_string(n) +
                                "] has no number for '" +
                                counterFields()[static_cast<qsizetype>(i)].toStdString() + "'");
            v[i] = cell.toInteger();
        }
        e.counters.append(
            SessionCounters{static_cast<int>(v[0]), SessionTraffic{v[1], v[2], v[3], v[4], v[5]}});
    }
    return r.finish(std::move(e));
}

} // namespace keyward::api
