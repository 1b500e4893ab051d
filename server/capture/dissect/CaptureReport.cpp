#include "dissect/CaptureReport.h"

#include <QDateTime>
#include <QJsonArray>

namespace keyward::capture {

namespace {

QString isoTime(qint64 ns)
{
    if (ns == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject identityJson(const ClientIdentity &id)
{
    return {{QStringLiteral("name"), id.name},
            {QStringLiteral("version"), id.version},
            {QStringLiteral("legacy"), id.legacy},
            {QStringLiteral("legacyReasons"), QJsonArray::fromStringList(id.legacyReasons)},
            {QStringLiteral("evidence"), QJsonArray::fromStringList(id.evidence)}};
}

QString clientText(const ClientIdentity &id)
{
    QString s = id.name;
    if (!id.version.isEmpty())
        s += QLatin1Char(' ') + id.version;
    if (id.legacy)
        s += QStringLiteral(" [legacy: %1]").arg(id.legacyReasons.join(QStringLiteral("; ")));
    return s;
}

} // namespace

QJsonObject CaptureReport::toJson() const
{
    QJsonArray sessionArray;
    for (const CaptureSessionInfo &s : sessions) {
        sessionArray.append(QJsonObject{
            {QStringLiteral("client"), s.client},
            {QStringLiteral("server"), s.server},
            {QStringLiteral("clientCallId"), s.clientCallId},
            {QStringLiteral("serverCallId"), s.serverCallId},
            {QStringLiteral("user"), s.user},
            {QStringLiteral("authProtocol"), s.authProtocol},
            {QStringLiteral("authResult"), s.authResult},
            {QStringLiteral("mppeAgreed"), s.mppeAgreed},
            {QStringLiteral("mppeStrength"), s.mppeStrength},
            {QStringLiteral("mppeStateful"), s.mppeStateful},
            {QStringLiteral("mppeBitsOffered"), static_cast<qint64>(s.mppeBitsOffered)},
            {QStringLiteral("firstSeen"), isoTime(s.firstSeenNs)},
            {QStringLiteral("lastSeen"), isoTime(s.lastSeenNs)},
            {QStringLiteral("greToServer"), static_cast<qint64>(s.greToServer)},
            {QStringLiteral("greToClient"), static_cast<qint64>(s.greToClient)},
            {QStringLiteral("encryptedPackets"), static_cast<qint64>(s.encryptedPackets)},
            {QStringLiteral("plaintextAfterCcp"), static_cast<qint64>(s.plaintextAfterCcp)},
            {QStringLiteral("clearReason"), s.clearReason},
            {QStringLiteral("clientIdentity"), identityJson(s.clientIdentity)},
        });
    }
    QJsonArray findingArray;
    for (const CaptureFinding &f : findings) {
        QJsonObject o{{QStringLiteral("code"), f.code},
                      {QStringLiteral("severity"), toString(f.severity)},
                      {QStringLiteral("message"), f.message},
                      {QStringLiteral("session"), f.session},
                      {QStringLiteral("time"), isoTime(f.timestampNs)}};
        if (!f.user.isEmpty())
            o.insert(QStringLiteral("user"), f.user);
        findingArray.append(o);
    }
    QJsonArray userArray;
    for (const CaptureUser &u : users)
        userArray.append(QJsonObject{{QStringLiteral("name"), u.name},
                                     {QStringLiteral("authProtocol"), u.authProtocol},
                                     {QStringLiteral("exchanges"), u.exchanges},
                                     {QStringLiteral("firstSeen"), isoTime(u.firstSeenNs)}});
    QJsonArray clientArray;
    for (const CaptureClient &c : clients) {
        QJsonObject o = identityJson(c.identity);
        o.insert(QStringLiteral("address"), c.address);
        o.insert(QStringLiteral("sessions"), c.sessions);
        clientArray.append(o);
    }
    return {{QStringLiteral("packets"), static_cast<qint64>(packets)},
            {QStringLiteral("pptpControlPackets"), static_cast<qint64>(pptpControlPackets)},
            {QStringLiteral("grePackets"), static_cast<qint64>(grePackets)},
            {QStringLiteral("otherPackets"), static_cast<qint64>(otherPackets)},
            {QStringLiteral("malformedPackets"), static_cast<qint64>(malformedPackets)},
            {QStringLiteral("unsupportedLinkPackets"), static_cast<qint64>(unsupportedLinkPackets)},
            {QStringLiteral("first"), isoTime(firstNs)},
            {QStringLiteral("last"), isoTime(lastNs)},
            {QStringLiteral("sessions"), sessionArray},
            {QStringLiteral("findings"), findingArray},
            {QStringLiteral("users"), userArray},
            {QStringLiteral("clients"), clientArray}};
}

QString CaptureReport::toText() const
{
    QString out;
    out += QStringLiteral("Packets: %1 (PPTP control %2, GRE %3, other %4 ignored, malformed %5)\n")
               .arg(packets)
               .arg(pptpControlPackets)
               .arg(grePackets)
               .arg(otherPackets)
               .arg(malformedPackets);
    if (packets > 0)
        out += QStringLiteral("Time: %1 to %2\n").arg(isoTime(firstNs), isoTime(lastNs));
    out += QStringLiteral("\nSessions: %1\n").arg(sessions.size());
    for (int i = 0; i < sessions.size(); ++i) {
        const CaptureSessionInfo &s = sessions[i];
        out += QStringLiteral("  %1. %2 -> %3, call ids %4/%5\n")
                   .arg(i + 1)
                   .arg(s.client, s.server)
                   .arg(s.clientCallId)
                   .arg(s.serverCallId);
        out += QStringLiteral("     user: %1, sign-in: %2%3\n")
                   .arg(s.user.isEmpty() ? QStringLiteral("(none seen)") : s.user,
                        s.authProtocol.isEmpty() ? QStringLiteral("(none seen)") : s.authProtocol,
                        s.authResult.isEmpty() ? QString()
                                               : QStringLiteral(" (%1)").arg(s.authResult));
        out +=
            QStringLiteral("     MPPE: %1, GRE packets %2 to server / %3 to client, %4 encrypted\n")
                .arg(s.mppeAgreed
                         ? QStringLiteral("%1 %2").arg(s.mppeStrength,
                                                       s.mppeStateful ? QStringLiteral("stateful")
                                                                      : QStringLiteral("stateless"))
                         : QStringLiteral("not agreed"))
                .arg(s.greToServer)
                .arg(s.greToClient)
                .arg(s.encryptedPackets);
        out += QStringLiteral("     client: %1\n").arg(clientText(s.clientIdentity));
        if (!s.clearReason.isEmpty())
            out += QStringLiteral("     ended: %1\n").arg(s.clearReason);
    }
    out += QStringLiteral("\nFindings: %1\n").arg(findings.size());
    for (const CaptureFinding &f : findings)
        out += QStringLiteral("  [%1] %2: %3\n").arg(toString(f.severity), f.code, f.message);
    out += QStringLiteral("\nUsers whose credentials crossed the wire: %1\n").arg(users.size());
    for (const CaptureUser &u : users)
        out += QStringLiteral("  %1 (%2, %3 exchange%4, first %5)\n")
                   .arg(u.name, u.authProtocol)
                   .arg(u.exchanges)
                   .arg(u.exchanges == 1 ? QString() : QStringLiteral("s"))
                   .arg(isoTime(u.firstSeenNs));
    out += QStringLiteral("\nClients: %1\n").arg(clients.size());
    for (const CaptureClient &c : clients) {
        out += QStringLiteral("  %1: %2, %3 session%4\n")
                   .arg(c.address, clientText(c.identity))
                   .arg(c.sessions)
                   .arg(c.sessions == 1 ? QString() : QStringLiteral("s"));
        for (const QString &e : c.identity.evidence)
            out += QStringLiteral("     evidence: %1\n").arg(e);
    }
    return out;
}

} // namespace keyward::capture
