// The audit log reads as sentences: every action keywardd records has a sentence of
// its own (the actions are read from the server's sources, so a new one without a
// sentence fails here), an unknown action still reads as a sentence and never as
// JSON, and a few sentences word for word.

#include "models/AuditModel.h"
#include "models/AuditSentence.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace keyward::console;
using keyward::api::AuditEntry;

namespace {

QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// What the server writes into its audit trail, from its sources:
// - in the admin services, a method name used anywhere but its registration is the
//   action of an audited change (AuditedChange::run/record, PolicyService::change,
//   UserService::setState, WindowCleanupService::run);
// - actions named as constants in the admin services ("Audit actions");
// - an action literal handed to AuditLog::append (sign-in, retention, offline restore)
//   or to AuditedChange::run/record.
QSet<QString> serverActions()
{
    const QString server = QStringLiteral(KEYWARD_SOURCE_DIR "/server");
    QHash<QString, QString> methods;
    static const QRegularExpression method(
        QStringLiteral("inline const QString (\\w+) = QStringLiteral\\(\"([^\"]+)\"\\)"));
    for (const auto &m : method.globalMatch(read(server + "/api/AdminMethod.h")))
        methods.insert(m.captured(1), m.captured(2));

    static const QRegularExpression used(QStringLiteral("api::Method::(\\w+)"));
    static const QRegularExpression constant(QStringLiteral(
        "static inline const QString \\w+ = QStringLiteral\\(\"([a-z]+(?:\\.[a-z-]+)+)\"\\);"));
    static const QRegularExpression append(QStringLiteral("\\bappend\\(([^;]*?)\\);"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression literal(
        QStringLiteral("QStringLiteral\\(\"([a-z]+(?:\\.[a-z-]+)+)\"\\)"));
    static const QRegularExpression runLiteral(
        QStringLiteral("\\.(?:run|record)\\(\\s*QStringLiteral\\(\"([a-z]+(?:\\.[a-z-]+)+)\"\\)"));

    QSet<QString> actions;
    QDirIterator files(server, {"*.cpp", "*.h"}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString rel = path.mid(server.size() + 1);
        if (rel.startsWith("api/") || rel.startsWith("protocol/") ||
            rel.startsWith("capture/dissect/"))
            continue;
        const QString text = read(path);
        if (rel.startsWith("admin/")) {
            for (const QString &line : text.split('\n')) {
                if (line.contains("registry.add("))
                    continue;
                for (const auto &m : used.globalMatch(line)) {
                    if (!methods.contains(m.captured(1)))
                        qWarning() << "unknown method constant" << m.captured(1) << "in" << rel;
                    actions.insert(methods.value(m.captured(1), m.captured(1)));
                }
            }
            for (const auto &m : constant.globalMatch(text))
                actions.insert(m.captured(1));
        }
        for (const auto &m : append.globalMatch(text)) {
            const auto first = literal.match(m.captured(1));
            if (first.hasMatch())
                actions.insert(first.captured(1));
        }
        for (const auto &m : runLiteral.globalMatch(text))
            actions.insert(m.captured(1));
    }
    return actions;
}

AuditEntry entry(const QString &actor, const QString &action, const QString &target,
                 const QJsonObject &details = {}, const QString &outcome = "ok")
{
    AuditEntry e;
    e.id = 42;
    e.at = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
    e.actor = actor;
    e.action = action;
    e.target = target;
    e.outcome = outcome;
    e.details = details;
    return e;
}

} // namespace

class TestAuditSentence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void everyActionTheServerRecordsHasItsOwnSentence()
    {
        const QSet<QString> actions = serverActions();
        // The scan itself works: it finds the actions of every kind of writer.
        for (const char *sure :
             {"user.reset", "session.disconnect", "user.lockout", "user.password-change",
              "window.temporary.expire", "admin.signin", "audit.prune", "history.prune",
              "window.baseline.apply", "policy.set", "backup.restore"})
            QVERIFY2(actions.contains(sure), sure);
        QVERIFY2(actions.size() >= 35, qPrintable(QString::number(actions.size())));

        const QStringList known = AuditSentence::knownActions();
        QStringList missing;
        for (const QString &action : actions) {
            if (!known.contains(action))
                missing << action;
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable("actions without a sentence: " + missing.join(", ")));
        // Each is a sentence, not the generic one and not JSON, even with no details.
        for (const QString &action : known) {
            const QString s = AuditSentence::of(entry("root (uid 0)", action, "bob"));
            QVERIFY2(!s.contains(" did " + action), qPrintable(action + ": " + s));
            QVERIFY2(!s.contains('{') && !s.isEmpty(), qPrintable(action + ": " + s));
        }
    }

    void sentencesWordForWord()
    {
        QCOMPARE(
            AuditSentence::of(entry("root (uid 0)", "user.reset", "bob", {{"mustChange", true}})),
            QString("root reset bob's password; bob must change it at the next sign-in"));
        QCOMPARE(AuditSentence::of(entry("token laptop from 192.0.2.7", "session.disconnect",
                                         "carol", {{"session", 12}})),
                 QString("the API token 'laptop' (from 192.0.2.7) ended carol's session 12"));
        QCOMPARE(AuditSentence::of(entry("system", "window.temporary.expire", "accounts",
                                         {{"expired", QJsonArray{"dave"}},
                                          {"revoked", QJsonArray{}},
                                          {"used", QJsonArray{"erin"}}})),
                 QString("system disabled dave: the temporary password was not used in time"));
        QCOMPARE(AuditSentence::of(entry("user:bob", "user.password-change", "bob",
                                         {{"via", "MS-CHAPv2 Change-Password"}})),
                 QString("bob changed the password of bob while signing in"));
        QCOMPARE(AuditSentence::of(entry("system", "user.lockout", "mallory",
                                         {{"failures", 5}, {"address", "198.51.100.9"}})),
                 QString("system locked mallory out after 5 failed sign-ins (the last from "
                         "198.51.100.9)"));
        QCOMPARE(AuditSentence::of(entry("root (uid 0)", "session.rekey", "bob",
                                         {{"session", 3}, {"detail", "no answer"}}, "timeout")),
                 QString("the new encryption keys root asked for in bob's session 3 did not "
                         "come: timeout no answer"));
        // A rollback says what it replaced and why.
        const QString restored = AuditSentence::of(
            entry("root (uid 0)", "backup.restore", "20261130-0012",
                  {{"file", "20261130-0012.kwbackup"},
                   {"created", "2026-11-30T00:12:00Z"},
                   {"replacedEntries", 57},
                   {"reason", "change window rolled back: the step \"Rotation\" failed"}}));
        QVERIFY2(restored.startsWith("root restored the backup 20261130-0012.kwbackup, made "),
                 qPrintable(restored));
        QVERIFY2(restored.endsWith("; the trail it replaced had 57 entries (change window rolled "
                                   "back: the step \"Rotation\" failed)"),
                 qPrintable(restored));
        // A failed outcome is said, once.
        QCOMPARE(AuditSentence::of(entry("root (uid 0)", "user.delete", "bob", {}, "failed")),
                 QString("root deleted the account bob (outcome: failed)"));
    }

    void anUnknownActionStillReadsAsASentence()
    {
        const QString s = AuditSentence::of(
            entry("root (uid 0)", "user.frobnicate", "bob", {{"secretive", "x"}, {"n", 1}}));
        QCOMPARE(s, QString("root did user.frobnicate to bob"));
        QCOMPARE(AuditSentence::of(entry("alice (uid 1000)", "server.reload", "")),
                 QString("alice did server.reload"));
    }

    void theModelShowsTheSentenceAndTheDetailsOnDemand()
    {
        AuditModel model;
        model.applyPage(
            {entry("root (uid 0)", "user.groups", "bob", {{"groups", QJsonArray{"sales", "vpn"}}})},
            false);
        QCOMPARE(model.index(0, AuditModel::Summary).data().toString(),
                 QString("root put bob in the groups sales, vpn"));
        const QString details = model.index(0, 0).data(AuditModel::DetailsRole).toString();
        QVERIFY2(details.contains("Entry 42"), qPrintable(details));
        QVERIFY2(details.contains("\"groups\": ["), qPrintable(details)); // pretty-printed
        QVERIFY2(details.contains("user.groups"), qPrintable(details));
    }
};

QTEST_GUILESS_MAIN(TestAuditSentence)
#include "TestAuditSentence.moc"
