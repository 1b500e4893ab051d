#include "models/AuditSentence.h"

#include "models/DisplayFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <vector>

namespace keyward::console {

namespace {

struct Parts
{
    QString who;
    QString target;
    QString outcome;
    const QJsonObject &details;

    bool ok() const { return outcome == QLatin1String("ok"); }
    QString text(const char *key) const { return details.value(QLatin1String(key)).toString(); }
    int number(const char *key) const { return details.value(QLatin1String(key)).toInt(); }
};

using Writer = QString (*)(const Parts &);

struct Known
{
    const char *action;
    Writer write;
    bool saysOutcome = false; // the sentence already tells how it went
};

// A few names, then how many more: "ann, bob, carol and 4 more".
QString names(const QJsonValue &value)
{
    QStringList all;
    for (const QJsonValue &v : value.toArray())
        all << v.toString();
    constexpr int Shown = 6;
    if (all.size() <= Shown)
        return all.join(QStringLiteral(", "));
    return AuditSentence::tr("%1 and %n more", nullptr, int(all.size() - Shown))
        .arg(QStringList(all.mid(0, Shown)).join(QStringLiteral(", ")));
}

// An ISO 8601 time, or milliseconds since the epoch, as the console shows times.
QString when(const QJsonValue &value)
{
    QDateTime t;
    if (value.isString())
        t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    else if (value.isDouble())
        t = QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
    return t.isValid() ? DisplayFormat::dateTime(t) : value.toString();
}

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? AuditSentence::tr("on") : AuditSentence::tr("off");
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return names(v);
    default:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
}

// "minLength 12, mppe40 off"
QString changesText(const QJsonObject &changes)
{
    QStringList out;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        out << AuditSentence::tr("%1 %2").arg(it.key(), valueText(it.value()));
    return out.join(QStringLiteral(", "));
}

// "capture 3" -> "3"
QString captureNumber(const QString &target)
{
    static const QRegularExpression number(QStringLiteral("(\\d+)$"));
    const auto m = number.match(target);
    return m.hasMatch() ? m.captured(1) : target;
}

QString rotated(const Parts &p)
{
    const int count = p.number("count");
    QString scope;
    if (p.target.startsWith(QLatin1String("group:")))
        scope = AuditSentence::tr(" in the group %1").arg(p.target.mid(6));
    if (const int days = p.number("olderThanDays"))
        scope += AuditSentence::tr(" whose password was older than %n days", nullptr, days);
    QString s =
        AuditSentence::tr("%1 gave %n accounts new one-time passwords", nullptr, count).arg(p.who) +
        scope;
    if (count > 0)
        s += AuditSentence::tr(" (%1)").arg(names(p.details.value(QLatin1String("users"))));
    s += AuditSentence::tr("; each must change it at the next sign-in");
    if (const int hours = p.number("expiresInHours"))
        s += AuditSentence::tr("; unused ones are disabled after %n hours", nullptr, hours);
    return s;
}

QString expired(const Parts &p)
{
    const QJsonArray gone = p.details.value(QLatin1String("expired")).toArray();
    if (gone.isEmpty())
        return AuditSentence::tr("%1 checked the temporary passwords; none had run out").arg(p.who);
    if (gone.size() == 1)
        return AuditSentence::tr("%1 disabled %2: the temporary password was not used in time")
            .arg(p.who, gone.first().toString());
    return AuditSentence::tr("%1 disabled %2: their temporary passwords were not used in time")
        .arg(p.who, names(gone));
}

const std::vector<Known> &table()
{
    static const std::vector<Known> known{
        {"user.add",
         [](const Parts &p) {
             QString s =
                 p.details.value(QLatin1String("generated")).toBool()
                     ? AuditSentence::tr("%1 added the account %2 with a generated password")
                     : AuditSentence::tr("%1 added the account %2");
             s = s.arg(p.who, p.target);
             if (p.details.value(QLatin1String("mustChange")).toBool())
                 s += AuditSentence::tr("; %1 must change it at the first sign-in").arg(p.target);
             return s;
         }},
        {"user.disable",
         [](const Parts &p) { return AuditSentence::tr("%1 disabled %2").arg(p.who, p.target); }},
        {"user.enable",
         [](const Parts &p) {
             return AuditSentence::tr("%1 enabled %2 again").arg(p.who, p.target);
         }},
        {"user.unlock",
         [](const Parts &p) {
             return AuditSentence::tr("%1 unlocked %2's account").arg(p.who, p.target);
         }},
        {"user.delete",
         [](const Parts &p) {
             return AuditSentence::tr("%1 deleted the account %2").arg(p.who, p.target);
         }},
        {"user.reset",
         [](const Parts &p) {
             return p.details.value(QLatin1String("mustChange")).toBool()
                        ? AuditSentence::tr(
                              "%1 reset %2's password; %2 must change it at the next sign-in")
                              .arg(p.who, p.target)
                        : AuditSentence::tr("%1 reset %2's password").arg(p.who, p.target);
         }},
        {"user.groups",
         [](const Parts &p) {
             const QJsonValue groups = p.details.value(QLatin1String("groups"));
             return groups.toArray().isEmpty()
                        ? AuditSentence::tr("%1 took %2 out of every group").arg(p.who, p.target)
                        : AuditSentence::tr("%1 put %2 in the groups %3")
                              .arg(p.who, p.target, names(groups));
         }},
        {"user.import",
         [](const Parts &p) {
             const int count = p.number("count");
             QString s = AuditSentence::tr("%1 imported %n accounts", nullptr, count).arg(p.who);
             if (count > 0)
                 s +=
                     AuditSentence::tr(" (%1)").arg(names(p.details.value(QLatin1String("users"))));
             return s + AuditSentence::tr(
                            "; each must change the one-time password at the first sign-in");
         }},
        {"user.rotate", rotated},
        {"user.password-change",
         [](const Parts &p) {
             return AuditSentence::tr("%1 changed the password of %2 while signing in")
                 .arg(p.who, p.target);
         }},
        {"user.lockout",
         [](const Parts &p) {
             return AuditSentence::tr(
                        "%1 locked %2 out after %n failed sign-ins (the last from %3)", nullptr,
                        p.number("failures"))
                 .arg(p.who, p.target, p.text("address"));
         }},
        {"session.disconnect",
         [](const Parts &p) {
             return AuditSentence::tr("%1 ended %2's session %3")
                 .arg(p.who, p.target, QString::number(p.number("session")));
         }},
        {"session.revoke",
         [](const Parts &p) {
             return AuditSentence::tr(
                        "%1 revoked %2's account from session %3 and ended all of %2's sessions")
                 .arg(p.who, p.target, QString::number(p.number("session")));
         }},
        {"session.rekey",
         [](const Parts &p) {
             const QString session = QString::number(p.number("session"));
             if (p.outcome == QLatin1String("requested"))
                 return AuditSentence::tr("%1 asked for new encryption keys in %2's session %3")
                     .arg(p.who, p.target, session);
             if (p.ok())
                 return AuditSentence::tr(
                            "%2's session %3 changed to new encryption keys, as %1 asked")
                     .arg(p.who, p.target, session);
             return AuditSentence::tr(
                        "the new encryption keys %1 asked for in %2's session %3 did not come: "
                        "%4 %5")
                 .arg(p.who, p.target, session, p.outcome, p.text("detail"))
                 .trimmed();
         },
         true},
        {"policy.set",
         [](const Parts &p) {
             return AuditSentence::tr("%1 changed the security policy: %2")
                 .arg(p.who, changesText(p.details.value(QLatin1String("changes")).toObject()));
         }},
        {"window.baseline.apply",
         [](const Parts &p) {
             const QJsonObject changes = p.details.value(QLatin1String("changes")).toObject();
             return changes.isEmpty()
                        ? AuditSentence::tr(
                              "%1 applied the security baseline; nothing needed changing")
                              .arg(p.who)
                        : AuditSentence::tr("%1 applied the security baseline: %2")
                              .arg(p.who, changesText(changes));
         }},
        {"token.create",
         [](const Parts &p) {
             QString s = AuditSentence::tr("%1 created the API token '%2' for the %3 role")
                             .arg(p.who, p.target, p.text("role"));
             if (!p.text("expires").isEmpty())
                 s += AuditSentence::tr(", valid until %1")
                          .arg(when(p.details.value(QLatin1String("expires"))));
             const QJsonValue sources = p.details.value(QLatin1String("sources"));
             if (!sources.toArray().isEmpty())
                 s += AuditSentence::tr(", usable from %1 only").arg(names(sources));
             return s;
         }},
        {"token.revoke",
         [](const Parts &p) {
             return AuditSentence::tr("%1 revoked the API token '%2'; its connections were closed")
                 .arg(p.who, p.target);
         }},
        {"window.plan",
         [](const Parts &p) {
             return AuditSentence::tr("%1 planned the change window '%2' for %3")
                 .arg(p.who, p.target, when(p.details.value(QLatin1String("start"))));
         }},
        {"window.cancel",
         [](const Parts &p) {
             return AuditSentence::tr("%1 cancelled the planned change window %2")
                 .arg(p.who, p.target);
         }},
        {"window.cleanup",
         [](const Parts &p) {
             const QJsonValue expiredNames = p.details.value(QLatin1String("expired"));
             const QJsonValue revokedNames = p.details.value(QLatin1String("revoked"));
             QStringList done;
             if (!expiredNames.toArray().isEmpty())
                 done << AuditSentence::tr("disabled %1, whose temporary passwords were never used")
                             .arg(names(expiredNames));
             if (!revokedNames.toArray().isEmpty())
                 done << AuditSentence::tr("revoked %1").arg(names(revokedNames));
             return done.isEmpty()
                        ? AuditSentence::tr(
                              "%1 cleaned up after a change window; nothing was left to clean up")
                              .arg(p.who)
                        : AuditSentence::tr("%1 cleaned up after a change window: %2")
                              .arg(p.who, done.join(AuditSentence::tr("; ")));
         }},
        {"window.temporary.expire", expired},
        {"window.validate",
         [](const Parts &p) {
             const QString step = p.text("step");
             if (step == QLatin1String("test account created"))
                 return AuditSentence::tr(
                            "%1 created the test account %2 to check that clients still connect")
                     .arg(p.who, p.target);
             const bool passed = p.details.value(QLatin1String("passed")).toBool();
             return passed ? AuditSentence::tr(
                                 "%1 checked that clients still connect: passed; the test "
                                 "account %2 was deleted")
                                 .arg(p.who, p.target)
                           : AuditSentence::tr(
                                 "%1 checked that clients still connect: FAILED; the test "
                                 "account %2 was deleted")
                                 .arg(p.who, p.target);
         }},
        {"window.notice.set",
         [](const Parts &p) {
             return AuditSentence::tr("%1 changed the notice for users (subject \"%2\")")
                 .arg(p.who, p.text("subject"));
         }},
        {"capture.start",
         [](const Parts &p) {
             const QString number = captureNumber(p.target);
             if (!p.ok())
                 return AuditSentence::tr("%1 could not start capture %2 on %3: %4")
                     .arg(p.who, number, p.text("interface"), p.text("error"));
             QString s = AuditSentence::tr("%1 started capture %2 on %3")
                             .arg(p.who, number, p.text("interface"));
             if (!p.text("filter").isEmpty())
                 s += AuditSentence::tr(" (filter \"%1\")").arg(p.text("filter"));
             return s;
         },
         true},
        {"capture.stop",
         [](const Parts &p) {
             QString s = AuditSentence::tr("%1 stopped capture %2 after %n packets", nullptr,
                                           p.number("packets"))
                             .arg(p.who, captureNumber(p.target));
             if (!p.text("error").isEmpty())
                 s += AuditSentence::tr("; it ended with: %1").arg(p.text("error"));
             return s;
         }},
        {"capture.download",
         [](const Parts &p) {
             return AuditSentence::tr("%1 downloaded capture %2")
                 .arg(p.who, captureNumber(p.target));
         }},
        {"capture.delete",
         [](const Parts &p) {
             return AuditSentence::tr("%1 deleted capture %2").arg(p.who, captureNumber(p.target));
         }},
        {"backup.create",
         [](const Parts &p) {
             const QString file = p.text("file").isEmpty() ? p.target : p.text("file");
             QString s =
                 p.ok()
                     ? AuditSentence::tr("%1 made the backup %2 (%n accounts) and verified it by a "
                                         "test restore",
                                         nullptr, p.number("users"))
                           .arg(p.who, file)
                     : AuditSentence::tr("%1 made the backup %2 (%n accounts), but it could not be "
                                         "verified",
                                         nullptr, p.number("users"))
                           .arg(p.who, file);
             const QJsonValue removed = p.details.value(QLatin1String("removedByRetention"));
             if (!removed.toArray().isEmpty())
                 s += AuditSentence::tr("; older backups removed: %1").arg(names(removed));
             return s;
         },
         true},
        {"backup.upload",
         [](const Parts &p) {
             const QString file = p.text("file").isEmpty() ? p.target : p.text("file");
             const QString from = p.text("uploadedFrom");
             return from.isEmpty() ? AuditSentence::tr("%1 uploaded the backup %2").arg(p.who, file)
                                   : AuditSentence::tr("%1 uploaded the backup %2 from %3")
                                         .arg(p.who, file, from);
         }},
        {"backup.delete",
         [](const Parts &p) {
             return AuditSentence::tr("%1 deleted the backup %2").arg(p.who, p.target);
         }},
        {"backup.restore",
         [](const Parts &p) {
             const QString file = p.text("file").isEmpty() ? p.target : p.text("file");
             QString s = AuditSentence::tr("%1 restored the backup %2, made %3")
                             .arg(p.who, file, when(p.details.value(QLatin1String("created"))));
             if (p.details.contains(QLatin1String("via")))
                 s += AuditSentence::tr(" while keywardd was stopped");
             if (const int replaced = p.number("replacedEntries"))
                 s += AuditSentence::tr("; the trail it replaced had %n entries", "", replaced);
             if (const QString why = p.text("reason"); !why.isEmpty())
                 s += AuditSentence::tr(" (%1)").arg(why);
             return s;
         }},
        {"report.create",
         [](const Parts &p) {
             const QString file = p.text("file").isEmpty() ? p.target : p.text("file");
             return p.details.value(QLatin1String("scheduled")).toBool()
                        ? AuditSentence::tr("%1 wrote the scheduled report %2").arg(p.who, file)
                        : AuditSentence::tr("%1 created the report %2").arg(p.who, file);
         }},
        {"report.schedule.set",
         [](const Parts &p) {
             return AuditSentence::tr("%1 changed the report schedule: %n scheduled reports",
                                      nullptr, p.number("reports"))
                        .arg(p.who) +
                    AuditSentence::tr("; accounts without a sign-in for %n days count as dormant",
                                      nullptr, p.number("dormantDays"));
         }},
        {"admin.signin",
         [](const Parts &p) {
             if (p.ok())
                 return AuditSentence::tr("the API token '%1' signed in from %2 with the %3 role")
                     .arg(p.target, p.text("address"), p.text("role"));
             return AuditSentence::tr("the API token '%1' was refused from %2: %3")
                 .arg(p.target, p.text("address"), p.text("reason"));
         },
         true},
        {"admin.denied",
         [](const Parts &p) {
             return AuditSentence::tr("%1 was not allowed to call %2 with the %3 role: %4")
                 .arg(p.who, p.target, p.text("role"), p.text("reason"));
         },
         true},
        {"history.prune",
         [](const Parts &p) {
             return AuditSentence::tr("%1 removed %n session records older than %2", nullptr,
                                      p.number("removed"))
                 .arg(p.who, when(p.details.value(QLatin1String("olderThan"))));
         }},
        {"audit.prune",
         [](const Parts &p) {
             return AuditSentence::tr(
                        "%1 removed %n audit entries older than %2; the trail now starts at entry "
                        "%3, anchored to the entries before it",
                        nullptr, p.number("removed"))
                 .arg(p.who, when(p.details.value(QLatin1String("olderThan"))),
                      QString::number(p.details.value(QLatin1String("firstKept")).toInteger()));
         }},
    };
    return known;
}

} // namespace

QStringList AuditSentence::knownActions()
{
    QStringList actions;
    for (const Known &k : table())
        actions << QString::fromLatin1(k.action);
    return actions;
}

QString AuditSentence::actorName(const QString &actor)
{
    static const QRegularExpression local(QStringLiteral("^(.*) \\(uid \\d+\\)$"));
    static const QRegularExpression token(QStringLiteral("^token (.*) from (.*)$"));
    if (actor == QLatin1String("system"))
        return tr("system");
    if (actor.startsWith(QLatin1String("user:")))
        return actor.mid(5);
    if (const auto m = local.match(actor); m.hasMatch())
        return m.captured(1);
    if (const auto m = token.match(actor); m.hasMatch())
        return tr("the API token '%1' (from %2)").arg(m.captured(1), m.captured(2));
    return actor;
}

QString AuditSentence::of(const api::AuditEntry &entry)
{
    const Parts parts{actorName(entry.actor), entry.target, entry.outcome, entry.details};
    for (const Known &k : table()) {
        if (entry.action != QLatin1String(k.action))
            continue;
        QString sentence = k.write(parts);
        if (!k.saysOutcome && !parts.ok() && !entry.outcome.isEmpty())
            sentence += tr(" (outcome: %1)").arg(entry.outcome);
        return sentence;
    }
    QString sentence = entry.target.isEmpty()
                           ? tr("%1 did %2").arg(parts.who, entry.action)
                           : tr("%1 did %2 to %3").arg(parts.who, entry.action, entry.target);
    if (!parts.ok() && !entry.outcome.isEmpty())
        sentence += tr(" (outcome: %1)").arg(entry.outcome);
    return sentence;
}

} // namespace keyward::console
