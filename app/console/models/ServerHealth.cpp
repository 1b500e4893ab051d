#include "models/ServerHealth.h"

#include "models/DisplayFormat.h"

#include <QJsonArray>
#include <algorithm>

namespace keyward::console {

namespace {
// A whole number, or `otherwise` when the member is absent or not a number.
qint64 integer(const QJsonObject &o, const char *key, qint64 otherwise = -1)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? static_cast<qint64>(v.toDouble()) : otherwise;
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime time(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(text(o, key), Qt::ISODate);
}
} // namespace

ServerHealth ServerHealth::fromStatus(const QJsonObject &status)
{
    ServerHealth h;
    const QJsonObject signIn = status.value(QLatin1String("signIn")).toObject();
    h.m_backend = text(signIn, "backend");
    for (const QJsonValue &v : signIn.value(QLatin1String("groups")).toArray()) {
        const QJsonObject g = v.toObject();
        if (!text(g, "group").isEmpty())
            h.m_groups.append({text(g, "group"), text(g, "backend")});
    }
    for (const QJsonValue &v : signIn.value(QLatin1String("radiusServers")).toArray()) {
        const QJsonObject o = v.toObject();
        if (text(o, "address").isEmpty())
            continue;
        RadiusServer r;
        r.address = text(o, "address");
        r.state = text(o, "state");
        r.deadForSeconds = integer(o, "deadForSeconds");
        r.lastAnswer = time(o, "lastAnswer");
        r.roundTripMs = integer(o, "roundTripMs");
        r.accepts = integer(o, "accepts");
        r.rejects = integer(o, "rejects");
        r.timeouts = integer(o, "timeouts");
        r.messageAuthenticator = text(o, "messageAuthenticator");
        h.m_radius.append(r);
    }
    const QJsonValue accounting = status.value(QLatin1String("accounting"));
    if (accounting.isObject()) {
        const QJsonObject o = accounting.toObject();
        Accounting a;
        a.enabled = o.value(QLatin1String("enabled")).toBool();
        a.waiting = integer(o, "waiting", 0);
        a.dropped = integer(o, "dropped", 0);
        a.lastAnswer = time(o, "lastAnswer");
        a.lastServer = text(o, "lastServer");
        h.m_accounting = a;
    }
    return h;
}

QStringList ServerHealth::warnings() const
{
    QStringList w;
    for (const RadiusServer &r : m_radius) {
        if (r.state == QLatin1String("dead"))
            w << (r.deadForSeconds >= 0
                      ? tr("RADIUS server %1 is not answering (for %2): users who sign in "
                           "through RADIUS depend on the other servers.")
                            .arg(r.address, DisplayFormat::duration(r.deadForSeconds))
                      : tr("RADIUS server %1 is not answering: users who sign in through "
                           "RADIUS depend on the other servers.")
                            .arg(r.address));
        if (r.messageAuthenticator == QLatin1String("no"))
            w << tr("RADIUS server %1's answers are taken without a Message-Authenticator: "
                    "weak against forged answers (BlastRADIUS).")
                     .arg(r.address);
    }
    if (m_accounting && m_accounting->waiting > 0)
        w << tr("%n accounting record(s) wait to be sent: the accounting server is not "
                "answering.",
                nullptr, int(m_accounting->waiting));
    if (m_accounting && m_accounting->dropped > 0)
        w << tr("%n accounting record(s) were lost (the queue was full).", nullptr,
                int(m_accounting->dropped));
    return w;
}

QString ServerHealth::summary() const
{
    if (m_radius.isEmpty())
        return m_backend.isEmpty() ? QString() : backendLabel(m_backend);
    int dead = 0;
    for (const RadiusServer &r : m_radius)
        dead += r.state == QLatin1String("dead") ? 1 : 0;
    const int total = int(m_radius.size());
    QString line = dead == 0
                       ? tr("%n RADIUS server(s) answering", nullptr, total)
                       : tr("%1 of %n RADIUS server(s) not answering", nullptr, total).arg(dead);
    if (m_accounting && m_accounting->waiting > 0)
        line += QLatin1String("; ") +
                tr("%n accounting record(s) waiting", nullptr, int(m_accounting->waiting));
    return line;
}

QString ServerHealth::describe(const RadiusServer &r, const QDateTime &now)
{
    QString state;
    if (r.state == QLatin1String("up"))
        state = r.roundTripMs >= 0 ? tr("answering (%1 ms)").arg(r.roundTripMs) : tr("answering");
    else if (r.state == QLatin1String("dead"))
        state = r.deadForSeconds >= 0
                    ? tr("not answering for %1").arg(DisplayFormat::duration(r.deadForSeconds))
                    : tr("not answering");
    else if (r.state == QLatin1String("untried"))
        state = tr("not asked yet");
    else
        state = tr("state not known");
    const QString last =
        r.lastAnswer.isValid()
            ? tr("last answer %1 ago")
                  .arg(DisplayFormat::duration(std::max<qint64>(0, r.lastAnswer.secsTo(now))))
            : tr("no answer yet");
    return tr("%1: %2, %3").arg(r.address, state, last);
}

QString ServerHealth::detailsHtml(const QDateTime &now) const
{
    if (m_backend.isEmpty() && m_radius.isEmpty() && !m_accounting)
        return {};
    const QString red = QStringLiteral("<span style=\"color:#b00020\">%1</span>");
    QString html;
    if (!m_backend.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Sign-in: %1").arg(backendLabel(m_backend).toHtmlEscaped()));
    if (!m_groups.isEmpty()) {
        QStringList items;
        for (const GroupBackend &g : m_groups)
            items << QStringLiteral("<li>%1</li>")
                         .arg(tr("Group %1: %2")
                                  .arg(g.group, backendLabel(g.backend))
                                  .toHtmlEscaped());
        html += QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
    }
    if (!m_radius.isEmpty()) {
        QStringList items;
        for (const RadiusServer &r : m_radius) {
            QString line = describe(r, now).toHtmlEscaped();
            if (r.state == QLatin1String("dead"))
                line = red.arg(line);
            QStringList figures;
            if (r.accepts >= 0)
                figures << tr("%n accepted", nullptr, int(r.accepts));
            if (r.rejects >= 0)
                figures << tr("%n rejected", nullptr, int(r.rejects));
            if (r.timeouts >= 0)
                figures << tr("%n timed out", nullptr, int(r.timeouts));
            if (!figures.isEmpty())
                line += QStringLiteral(" (%1)").arg(figures.join(QStringLiteral(", ")));
            if (r.messageAuthenticator == QLatin1String("no"))
                line += QStringLiteral("<br>") +
                        red.arg(tr("Message-Authenticator not required: weak, answers can be "
                                   "forged (BlastRADIUS)")
                                    .toHtmlEscaped());
            else if (r.messageAuthenticator == QLatin1String("auto"))
                line += QStringLiteral("<br>") +
                        tr("Message-Authenticator required once the server has sent one")
                            .toHtmlEscaped();
            else if (r.messageAuthenticator == QLatin1String("require"))
                line +=
                    QStringLiteral("<br>") + tr("Message-Authenticator required").toHtmlEscaped();
            items << QStringLiteral("<li>%1</li>").arg(line);
        }
        html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                    .arg(tr("RADIUS servers").toHtmlEscaped(), items.join(QString()));
    }
    if (m_accounting) {
        const Accounting &a = *m_accounting;
        QString line;
        if (!a.enabled)
            line = tr("Accounting is off.");
        else {
            line = tr("Accounting: %n record(s) waiting", nullptr, int(a.waiting));
            if (a.dropped > 0)
                line += QStringLiteral(", ") + tr("%n lost", nullptr, int(a.dropped));
            if (a.lastAnswer.isValid())
                line +=
                    QStringLiteral("; ") +
                    tr("last answer %1 ago from %2")
                        .arg(DisplayFormat::duration(std::max<qint64>(0, a.lastAnswer.secsTo(now))),
                             a.lastServer);
        }
        line = line.toHtmlEscaped();
        html +=
            QStringLiteral("<p>%1</p>").arg(a.waiting > 0 || a.dropped > 0 ? red.arg(line) : line);
    }
    const QStringList w = warnings();
    if (!w.isEmpty()) {
        QStringList items;
        for (const QString &line : w)
            items << QStringLiteral("<li>%1</li>").arg(red.arg(line.toHtmlEscaped()));
        html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                    .arg(tr("Needs attention").toHtmlEscaped(), items.join(QString()));
    }
    return html;
}

QString ServerHealth::backendLabel(const QString &backend)
{
    if (backend == QLatin1String("local"))
        return tr("Local user store");
    if (backend == QLatin1String("radius"))
        return tr("RADIUS");
    if (backend == QLatin1String("radius-then-local"))
        return tr("RADIUS, then the local store when RADIUS is down");
    return backend;
}

} // namespace keyward::console
