#include "radius/DynamicAuthorization.h"

#include "common/ByteReader.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QStringList>
#include <memory>

namespace keyward::radius {

using protocol::Bytes;

namespace {

// Text from the wire as it may go into a log line or an audit entry: printable, short.
QString shown(const Bytes &value)
{
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(value.data()),
                                     static_cast<qsizetype>(value.size()));
    for (QChar &c : text)
        if (!c.isPrint())
            c = QLatin1Char('?');
    return text.left(64);
}

QString ipv4(std::uint32_t hostOrder)
{
    return QHostAddress(hostOrder).toString();
}

bool isCiscoReauthenticate(const Bytes &value)
{
    // Vendor-Specific: vendor id (4), vendor type (1), vendor length (1), text.
    if (value.size() < 6)
        return false;
    protocol::ByteReader reader(value);
    const std::uint32_t vendor = reader.u32();
    const std::uint8_t type = reader.u8();
    const std::uint8_t length = reader.u8();
    if (vendor != cisco::VendorId || type != cisco::AvPair || length != value.size() - 4)
        return false;
    const std::string_view text(reinterpret_cast<const char *>(value.data() + 6), value.size() - 6);
    return text == cisco::Reauthenticate;
}

QString answerName(bool disconnect, const std::optional<DaeErrorCause> &nak)
{
    if (disconnect)
        return nak ? QStringLiteral("Disconnect-NAK") : QStringLiteral("Disconnect-ACK");
    return nak ? QStringLiteral("CoA-NAK") : QStringLiteral("CoA-ACK");
}

} // namespace

DynamicAuthorization::DynamicAuthorization(admin::SessionControl &sessions, Nas nas, Audit audit)
    : m_sessions(sessions), m_nas(std::move(nas)), m_audit(std::move(audit))
{}

std::optional<DaeErrorCause>
DynamicAuthorization::checkAttributes(const RadiusPacket &request) const
{
    const bool coa = request.code == RadiusCode::CoaRequest;
    for (const RadiusAttribute &a : request.attributes) {
        switch (a.type) {
        case attr::UserName:
        case attr::NasIdentifier:
        case attr::AcctSessionId:
            if (a.value.empty())
                return DaeErrorCause::InvalidAttributeValue;
            break;
        case attr::NasIpAddress:
        case attr::FramedIpAddress:
        case attr::EventTimestamp:
            if (a.value.size() != 4)
                return DaeErrorCause::InvalidAttributeValue;
            break;
        case attr::ProxyState:
        case attr::MessageAuthenticator:
            break;
        case attr::SessionTimeout:
        case attr::IdleTimeout:
            if (!coa)
                return DaeErrorCause::UnsupportedAttribute;
            if (a.value.size() != 4 || request.findU32(a.type).value_or(0) == 0)
                return DaeErrorCause::InvalidAttributeValue;
            break;
        case attr::ServiceType:
            // Authorize-Only asks the NAS to fetch new authorization: Keyward does not.
            return coa ? DaeErrorCause::UnsupportedService : DaeErrorCause::UnsupportedAttribute;
        case attr::VendorSpecific:
            if (!coa || !isCiscoReauthenticate(a.value))
                return DaeErrorCause::UnsupportedAttribute;
            break;
        default:
            return DaeErrorCause::UnsupportedAttribute;
        }
    }
    for (const std::uint8_t once : {attr::UserName, attr::NasIdentifier, attr::AcctSessionId,
                                    attr::NasIpAddress, attr::FramedIpAddress, attr::EventTimestamp,
                                    attr::SessionTimeout, attr::IdleTimeout, attr::VendorSpecific})
        if (request.count(once) > 1)
            return DaeErrorCause::InvalidRequest;
    return std::nullopt;
}

DynamicAuthorization::Outcome DynamicAuthorization::handle(const RadiusPacket &request,
                                                           const QString &source)
{
    const bool disconnect = request.code == RadiusCode::DisconnectRequest;
    const QString action = QString::fromLatin1(disconnect ? DisconnectAction : CoaAction);
    const QString actor = QStringLiteral("radius-dae ") + source;

    // What was asked, for the audit entry and the log.
    QJsonObject details;
    QStringList asked;
    const Bytes *user = request.find(attr::UserName);
    const Bytes *sessionId = request.find(attr::AcctSessionId);
    const auto framed = request.findU32(attr::FramedIpAddress);
    if (user)
        details.insert(QStringLiteral("user-name"), shown(*user));
    if (sessionId)
        details.insert(QStringLiteral("acct-session-id"), shown(*sessionId));
    if (framed)
        details.insert(QStringLiteral("framed-ip-address"), ipv4(*framed));
    if (const Bytes *nasId = request.find(attr::NasIdentifier))
        details.insert(QStringLiteral("nas-identifier"), shown(*nasId));
    if (const auto nasIp = request.findU32(attr::NasIpAddress))
        details.insert(QStringLiteral("nas-ip-address"), ipv4(*nasIp));
    const auto sessionTimeout = request.findU32(attr::SessionTimeout);
    const auto idleTimeout = request.findU32(attr::IdleTimeout);
    const bool reauthenticate = request.count(attr::VendorSpecific) > 0;
    if (sessionTimeout)
        details.insert(QStringLiteral("session-timeout"), static_cast<qint64>(*sessionTimeout));
    if (idleTimeout)
        details.insert(QStringLiteral("idle-timeout"), static_cast<qint64>(*idleTimeout));
    if (reauthenticate)
        details.insert(QStringLiteral("new-keys"), true);
    for (auto it = details.constBegin(); it != details.constEnd(); ++it)
        asked << QStringLiteral("%1=%2").arg(it.key(), it.value().toVariant().toString());
    const QString target = user        ? shown(*user)
                           : sessionId ? shown(*sessionId)
                           : framed    ? ipv4(*framed)
                                       : QString();

    // A refusal: audited (its failure to be written changes nothing in the answer).
    auto refuse = [&](DaeErrorCause cause, const QString &why) {
        QJsonObject refused = details;
        refused.insert(QStringLiteral("answer"), answerName(disconnect, cause));
        refused.insert(QStringLiteral("error-cause"), static_cast<int>(cause));
        refused.insert(QStringLiteral("reason"), why);
        if (auto logged = m_audit(actor, action, target, QStringLiteral("refused"), refused);
            !logged)
            return Outcome{cause, QStringLiteral("%1 (%2); and the audit entry could not be "
                                                 "written: %3")
                                      .arg(why, asked.join(QLatin1Char(' ')),
                                           QString::fromStdString(logged.message()))};
        return Outcome{cause, QStringLiteral("%1 (%2)").arg(why, asked.join(QLatin1Char(' ')))};
    };

    if (const auto bad = checkAttributes(request))
        return refuse(*bad, QStringLiteral("attributes Keyward does not take (%1)")
                                .arg(QString::fromLatin1(toString(*bad).data())));
    if (const Bytes *nasId = request.find(attr::NasIdentifier);
        nasId && shown(*nasId) != m_nas.identifier)
        return refuse(
            DaeErrorCause::NasIdentificationMismatch,
            QStringLiteral("NAS-Identifier is not this server's (%1)").arg(m_nas.identifier));
    if (const auto nasIp = request.findU32(attr::NasIpAddress);
        nasIp && (m_nas.address == 0 || *nasIp != m_nas.address))
        return refuse(DaeErrorCause::NasIdentificationMismatch,
                      QStringLiteral("NAS-IP-Address is not this server's (%1)")
                          .arg(m_nas.address ? ipv4(m_nas.address) : QStringLiteral("none")));
    if (!user && !sessionId && !framed)
        return refuse(DaeErrorCause::MissingAttribute,
                      QStringLiteral("no User-Name, Acct-Session-Id or Framed-IP-Address"));
    if (!disconnect && !sessionTimeout && !idleTimeout && !reauthenticate)
        return refuse(DaeErrorCause::InvalidRequest, QStringLiteral("a CoA-Request that asks for "
                                                                    "no change"));

    // Every identification attribute given must match.
    QList<core::LiveSession> matched;
    const QString userName = user ? QString::fromUtf8(reinterpret_cast<const char *>(user->data()),
                                                      static_cast<qsizetype>(user->size()))
                                  : QString();
    const QString acctId =
        sessionId ? QString::fromUtf8(reinterpret_cast<const char *>(sessionId->data()),
                                      static_cast<qsizetype>(sessionId->size()))
                  : QString();
    for (const core::LiveSession &s : m_sessions.sessions()) {
        if (s.user.isEmpty())
            continue; // not signed in: no session to speak of yet
        if (user && s.user.compare(userName, Qt::CaseInsensitive) != 0)
            continue;
        if (sessionId && s.accountingSessionId != acctId)
            continue;
        if (framed && s.tunnelAddress != ipv4(*framed))
            continue;
        matched << s;
    }
    if (matched.isEmpty())
        return refuse(DaeErrorCause::SessionContextNotFound, QStringLiteral("no session matches"));

    QJsonArray ids;
    QStringList names;
    for (const core::LiveSession &s : matched) {
        ids.append(static_cast<int>(s.id));
        names << QStringLiteral("%1 (%2)").arg(s.id).arg(s.user);
    }
    QJsonObject acted = details;
    acted.insert(QStringLiteral("sessions"), ids);
    acted.insert(QStringLiteral("answer"), answerName(disconnect, std::nullopt));
    if (!disconnect && (sessionTimeout || idleTimeout))
        acted.insert(QStringLiteral("note"),
                     QStringLiteral("limits apply from now, never beyond the policy's maximum "
                                    "session and idle timeout"));
    // Recorded before anything happens: an action that cannot be audited does not start.
    if (auto logged = m_audit(actor, action, target, QStringLiteral("ok"), acted); !logged)
        return Outcome{
            DaeErrorCause::ResourcesUnavailable,
            QStringLiteral("not done: the audit entry could not be written (%1); %2")
                .arg(QString::fromStdString(logged.message()), asked.join(QLatin1Char(' ')))};

    QStringList done;
    if (disconnect) {
        for (const core::LiveSession &s : matched)
            m_sessions.end(s.id, QStringLiteral("disconnected (RADIUS Disconnect-Request)"), actor);
        done << QStringLiteral("ended %1").arg(names.join(QStringLiteral(", ")));
    } else {
        if (sessionTimeout || idleTimeout) {
            const auto clamp = [](std::optional<std::uint32_t> v) -> std::optional<int> {
                if (!v)
                    return std::nullopt;
                return static_cast<int>(std::min<std::uint32_t>(*v, 366u * 24 * 3600));
            };
            for (const core::LiveSession &s : matched)
                if (const auto limits = m_sessions.changeLimits(s.id, clamp(sessionTimeout),
                                                                clamp(idleTimeout), actor))
                    done << QStringLiteral("session %1 now ends in %2 s, idle %3 s")
                                .arg(s.id)
                                .arg(limits->sessionSecondsLeft)
                                .arg(limits->idleSeconds);
        }
        if (reauthenticate) {
            for (const core::LiveSession &s : matched) {
                const Audit audit = m_audit;
                const quint16 id = s.id;
                const QString who = s.user;
                const bool started = m_sessions.rekey(
                    id, [audit, actor, id, who](const QString &outcome, const QString &detail) {
                        // The outcome is known only now: a second entry.
                        (void)audit(actor, QString::fromLatin1(CoaAction), who, outcome,
                                    {{QStringLiteral("session"), id},
                                     {QStringLiteral("new-keys"), true},
                                     {QStringLiteral("detail"), detail}});
                    });
                done << (started ? QStringLiteral("session %1 asked for new keys").arg(id)
                                 : QStringLiteral("session %1 could not start a rekey (not up, "
                                                  "or one is running)")
                                       .arg(id));
            }
        }
    }
    return Outcome{std::nullopt, QStringLiteral("%1 (%2)").arg(done.join(QStringLiteral("; ")),
                                                               asked.join(QLatin1Char(' ')))};
}

} // namespace keyward::radius
