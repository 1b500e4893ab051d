// keywardctl without a server: each command's words become the request keywardd
// expects (method and params, to the byte), wrong words are a usage error with exit
// status 2, the usage text lists every command of the table, and replies print as
// scripts have always read them (tables, lines, and exit status 1 for a broken
// audit chain or a reply that does not fit the admin API).

#include "cli/CommandTable.h"
#include "cli/KeywardCtl.h"
#include "cli/commands/StatusCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTest>

using namespace keyward::cli;

Q_DECLARE_METATYPE(QJsonObject)

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QByteArray wire(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const Command &command(const QStringList &words)
{
    QStringList args;
    const Command *c = CommandTable::instance().find(words, &args);
    if (!c)
        qFatal("no command %s", qPrintable(words.join(' ')));
    return *c;
}

} // namespace

class TestKeywardCtl : public QObject
{
    Q_OBJECT

private slots:
    void wordsBecomeTheRequest_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("stdinText");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QByteArray>("params");

        auto row = [](const char *name, QStringList words, QString method, const char *params,
                      QString stdinText = {}) {
            QTest::newRow(name) << words << stdinText << method << QByteArray(params);
        };
        row("status", {"status"}, "status", "{}");
        row("user add, generated", {"user", "add", "hal"}, "user.add", R"J({"name":"hal"})J");
        row("user add, from stdin", {"user", "add", "gina", "--password-stdin"}, "user.add",
            R"J({"name":"gina","password":"Correct-horse-42"})J", "Correct-horse-42\r\nignored\n");
        row("user add, options first", {"user", "add", "--must-change", "gina"}, "user.add",
            R"J({"mustChange":true,"name":"gina"})J");
        row("user list", {"user", "list"}, "user.list", "{}");
        row("user show", {"user", "show", "gina"}, "user.show", R"J({"name":"gina"})J");
        row("user disable", {"user", "disable", "gina"}, "user.disable", R"J({"name":"gina"})J");
        row("user enable", {"user", "enable", "gina"}, "user.enable", R"J({"name":"gina"})J");
        row("user unlock", {"user", "unlock", "gina"}, "user.unlock", R"J({"name":"gina"})J");
        row("user delete", {"user", "delete", "gina"}, "user.delete", R"J({"name":"gina"})J");
        row("user reset", {"user", "reset", "bob"}, "user.reset", R"J({"name":"bob"})J");
        row("user groups", {"user", "groups", "gina", "office", "sales"}, "user.groups",
            R"J({"groups":["office","sales"],"name":"gina"})J");
        row("user groups, none", {"user", "groups", "gina"}, "user.groups",
            R"J({"groups":[],"name":"gina"})J");
        row("user rotate, names", {"user", "rotate", "carol", "dave"}, "user.rotate",
            R"J({"names":["carol","dave"]})J");
        row("user rotate, group", {"user", "rotate", "--group", "office"}, "user.rotate",
            R"J({"group":"office"})J");
        row("user rotate, age", {"user", "rotate", "--older-than", "60"}, "user.rotate",
            R"J({"olderThanDays":60})J");
        row("user expiring", {"user", "expiring"}, "user.expiring", R"J({"days":14})J");
        row("user expiring 30", {"user", "expiring", "30"}, "user.expiring", R"J({"days":30})J");
        row("session list", {"session", "list"}, "session.list", "{}");
        row("session disconnect", {"session", "disconnect", "4242"}, "session.disconnect",
            R"J({"id":4242})J");
        row("session revoke", {"session", "revoke", "17"}, "session.revoke", R"J({"id":17})J");
        row("session rekey", {"session", "rekey", "0"}, "session.rekey", R"J({"id":0})J");
        row("session history", {"session", "history"}, "session.history", "{}");
        row("session history of one", {"session", "history", "gina"}, "session.history",
            R"J({"user":"gina"})J");
        row("policy show", {"policy", "show"}, "policy.get", "{}");
        row("policy set number", {"policy", "set", "passwordMaxAgeDays", "45"}, "policy.set",
            R"J({"changes":{"passwordMaxAgeDays":45}})J");
        row("policy set switch", {"policy", "set", "allowMppe40", "true"}, "policy.set",
            R"J({"changes":{"allowMppe40":true}})J");
        row("policy set, out of range", {"policy", "set", "passwordMaxAgeDays", "400"},
            "policy.set", R"J({"changes":{"passwordMaxAgeDays":400}})J");
        row("audit list", {"audit", "list"}, "audit.list", "{}");
        row("audit list, by action", {"audit", "list", "window."}, "audit.list",
            R"J({"action":"window."})J");
        row("audit verify", {"audit", "verify"}, "audit.verify", "{}");
        row("token create", {"token", "create", "laptop"}, "token.create",
            R"J({"name":"laptop"})J");
        row("token create, operator", {"token", "create", "ops", "--role", "operator"},
            "token.create", R"J({"name":"ops","role":"operator"})J");
        row("token create, all options",
            {"token", "create", "--expires", "30", "branch", "--from", "192.0.2.0/24,198.51.100.7",
             "--role", "auditor"},
            "token.create",
            R"J({"expiresInDays":30,"name":"branch","role":"auditor",)J"
            R"J("sources":["192.0.2.0/24","198.51.100.7"]})J");
        row("token list", {"token", "list"}, "token.list", "{}");
        row("whoami", {"whoami"}, "hello", "{}");
        row("token revoke", {"token", "revoke", "laptop"}, "token.revoke",
            R"J({"name":"laptop"})J");
        row("window list", {"window", "list"}, "window.list", "{}");
        row("window plan", {"window", "plan", "Office rotation", "2026-12-01T18:00:00Z"},
            "window.plan", R"J({"start":"2026-12-01T18:00:00Z","title":"Office rotation"})J");
        row("window plan, all",
            {"window", "plan", "Office rotation", "2026-12-01T18:00:00Z", "90", "office"},
            "window.plan",
            R"J({"durationMinutes":90,"group":"office","start":"2026-12-01T18:00:00Z","title":"Office rotation"})J");
        // keywardd checks the time and says what an ISO 8601 time looks like.
        row("window plan, start as written", {"window", "plan", "Bad", "tomorrow"}, "window.plan",
            R"J({"start":"tomorrow","title":"Bad"})J");
        row("window cancel", {"window", "cancel", "3"}, "window.cancel", R"J({"id":3})J");
        row("window inventory", {"window", "inventory"}, "window.inventory", "{}");
        row("window temporary", {"window", "temporary"}, "window.temporary", "{}");
        row("window validate", {"window", "validate"}, "window.validate", "{}");
        row("window notice, planned", {"window", "notice", "4"}, "window.notice", R"J({"id":4})J");
        row("window notice, times",
            {"window", "notice", "--title", "Rotation", "--start", "2026-12-01T17:00:00Z",
             "--minutes", "90"},
            "window.notice",
            R"J({"durationMinutes":90,"start":"2026-12-01T17:00:00Z","title":"Rotation"})J");
        row("window notice-template", {"window", "notice-template", "Maintenance", "--body-stdin"},
            "window.notice.set",
            R"J({"body":"Dear user,\nat {start}.\n","subject":"Maintenance"})J",
            "Dear user,\nat {start}.\n");
        row("window cleanup",
            {"window", "cleanup", "--revoke", "ivan", "--expire-unused", "--revoke", "judy"},
            "window.cleanup", R"J({"expireUnused":true,"revoke":["ivan","judy"]})J");
        row("user rotate, temporary", {"user", "rotate", "--group", "sales", "--expires-in", "48"},
            "user.rotate", R"J({"expiresInHours":48,"group":"sales"})J");
        row("window baseline, preview", {"window", "baseline"}, "window.baseline.preview", "{}");
        row("window baseline, apply with limits",
            {"window", "baseline", "--max-session-hours", "12", "--idle-minutes", "20", "--apply"},
            "window.baseline.apply", R"J({"idleTimeoutMinutes":20,"maxSessionHours":12})J");
        // Offline: keywardctl runs these itself, with no server.
        row("capture analyze", {"capture", "analyze", "office.pcap"}, "capture.analyze",
            R"J({"file":"office.pcap"})J");
        row("capture decrypt",
            {"capture", "decrypt", "a.pcapng", "--user", "alice", "--password-stdin", "--out",
             "o.pcapng"},
            "capture.decrypt", R"J({"file":"a.pcapng","out":"o.pcapng","user":"alice"})J",
            "secret\n");
        row("capture start, defaults", {"capture", "start"}, "capture.start",
            R"J({"filter":"tcp port 1723 or ip proto 47","interface":"any","snaplen":65535})J");
        row("capture start, options",
            {"capture", "start", "--filter", "tcp port 1723", "--interface", "eth0", "--snaplen",
             "1500", "--max-files", "3"},
            "capture.start",
            R"J({"filter":"tcp port 1723","interface":"eth0","maxFiles":3,"snaplen":1500})J");
        row("capture stop", {"capture", "stop"}, "capture.stop", "{}");
        row("capture list", {"capture", "list"}, "capture.list", "{}");
        row("capture download", {"capture", "download", "4", "--out", "x.pcapng"},
            "capture.download", R"J({"id":4,"offset":0})J");
        row("capture delete", {"capture", "delete", "4"}, "capture.delete", R"J({"id":4})J");
    }

    void wordsBecomeTheRequest()
    {
        QFETCH(QStringList, words);
        QFETCH(QString, stdinText);
        QFETCH(QString, method);
        QFETCH(QByteArray, params);
        KeywardCtl ctl(words, stdinText);
        int code = -1;
        QVERIFY(ctl.prepare(&code));
        QCOMPARE(code, -1);
        QCOMPARE(ctl.request().method, method);
        QCOMPARE(wire(ctl.request().params), params);
    }

    void userImportSendsTheFile()
    {
        QTemporaryFile csv;
        QVERIFY(csv.open());
        csv.write("name,groups\nivy,office;sales\n");
        csv.close();
        KeywardCtl ctl({"user", "import", csv.fileName()}, {});
        int code = -1;
        QVERIFY(ctl.prepare(&code));
        QCOMPARE(ctl.request().method, QString("user.import"));
        QCOMPARE(ctl.request().params.value("csv").toString(),
                 QString("name,groups\nivy,office;sales\n"));
    }

    void globalOptionsGoAnywhere()
    {
        KeywardCtl ctl({"user", "--json", "list", "--socket", "/tmp/kw.sock"}, {});
        int code = -1;
        QVERIFY(ctl.prepare(&code));
        QVERIFY(ctl.json());
        QCOMPARE(ctl.socketPath(), QString("/tmp/kw.sock"));
        QCOMPARE(ctl.request().method, QString("user.list"));
    }

    void wrongWordsAreAUsageError_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("stdinText");
        auto row = [](const char *name, QStringList words, QString stdinText = {}) {
            QTest::newRow(name) << words << stdinText;
        };
        row("nothing", {});
        row("unknown", {"frobnicate"});
        row("unknown verb", {"user", "frobnicate", "gina"});
        row("noun alone", {"user"});
        row("status with words", {"status", "now"});
        row("user add without a name", {"user", "add"});
        row("user add, two names", {"user", "add", "gina", "hal"});
        row("user add, unknown option", {"user", "add", "gina", "--admin"});
        row("user add, empty stdin", {"user", "add", "gina", "--password-stdin"}, "\n");
        row("user list with words", {"user", "list", "gina"});
        row("user show without a name", {"user", "show"});
        row("user disable, two names", {"user", "disable", "gina", "hal"});
        row("user groups without a name", {"user", "groups"});
        row("user import without a file", {"user", "import"});
        row("user import, unreadable", {"user", "import", "/nonexistent/users.csv"});
        row("user rotate, nobody", {"user", "rotate"});
        row("user rotate, group missing", {"user", "rotate", "--group"});
        row("user rotate, age not a number", {"user", "rotate", "--older-than", "old"});
        row("user rotate, age zero", {"user", "rotate", "--older-than", "0"});
        row("user expiring, not a number", {"user", "expiring", "soon"});
        row("user expiring, two", {"user", "expiring", "1", "2"});
        row("session rekey without an id", {"session", "rekey"});
        row("session revoke, id not a number", {"session", "revoke", "alice"});
        row("session disconnect, negative", {"session", "disconnect", "-1"});
        row("session history, two users", {"session", "history", "a", "b"});
        row("policy set without a value", {"policy", "set", "allowMppe40"});
        row("policy set, not a value", {"policy", "set", "allowMppe40", "maybe"});
        row("audit list, two prefixes", {"audit", "list", "user.", "window."});
        row("token create without a name", {"token", "create"});
        row("token create, unknown role", {"token", "create", "x", "--role", "root"});
        row("token create, role without a value", {"token", "create", "x", "--role"});
        row("token create, expiry not a number", {"token", "create", "x", "--expires", "soon"});
        row("token create, expiry zero", {"token", "create", "x", "--expires", "0"});
        row("token create, unknown option", {"token", "create", "x", "--forever"});
        row("whoami, with words", {"whoami", "now"});
        row("window plan without a start", {"window", "plan", "Title"});
        row("window plan, minutes not a number",
            {"window", "plan", "Title", "2026-12-01T18:00:00Z", "long"});
        row("window plan, too many", {"window", "plan", "T", "S", "60", "g", "extra"});
        row("window cancel, not a number", {"window", "cancel", "first"});
        row("window inventory, extra", {"window", "inventory", "now"});
        row("window cleanup, nothing to do", {"window", "cleanup"});
        row("window notice, no start", {"window", "notice", "--title", "T"});
        row("window notice, id not a number", {"window", "notice", "next"});
        row("window notice-template, body not on stdin", {"window", "notice-template", "S"});
        row("window cleanup, revoke whom", {"window", "cleanup", "--revoke"});
        row("user rotate, expiry not a number", {"user", "rotate", "bob", "--expires-in", "soon"});
        row("window baseline, unknown option", {"window", "baseline", "--weak"});
        row("window baseline, hours missing", {"window", "baseline", "--max-session-hours"});
        row("remote without a fingerprint", {"--remote", "192.0.2.1:7443", "status"});
        row("capture analyze without a file", {"capture", "analyze"});
        row("capture analyze, two files", {"capture", "analyze", "a", "b"});
        row("capture decrypt without --password-stdin",
            {"capture", "decrypt", "a", "--user", "u", "--out", "o"});
        row("capture decrypt without --out",
            {"capture", "decrypt", "a", "--user", "u", "--password-stdin"});
        row("capture start, snaplen too small", {"capture", "start", "--snaplen", "10"});
        row("capture start, unknown option", {"capture", "start", "--promiscuous", "yes"});
        row("capture download without --out", {"capture", "download", "4"});
        row("capture delete, not a number", {"capture", "delete", "last"});
    }

    void wrongWordsAreAUsageError()
    {
        QFETCH(QStringList, words);
        QFETCH(QString, stdinText);
        KeywardCtl ctl(words, stdinText);
        int code = -1;
        QVERIFY(!ctl.prepare(&code));
        QCOMPARE(code, 2);
    }

    void theUsageTextListsEveryCommand()
    {
        const QString usage = KeywardCtl::usage();
        QVERIFY(usage.startsWith("Usage: keywardctl "));
        QVERIFY(usage.contains("Exit status: 0 ok"));
        QCOMPARE(CommandTable::instance().commands().size(), size_t(55));
        for (const auto &c : CommandTable::instance().commands()) {
            QVERIFY2(usage.contains("  " + c->synopsis() + " ") ||
                         usage.contains("  " + c->synopsis() + "\n"),
                     qPrintable(c->synopsis()));
            QVERIFY(usage.contains(c->summary().split('\n').first()));
        }
        // The summaries line up in one column.
        QVERIFY(usage.contains("\n  status                          server status and weak "
                               "settings\n"));
        QVERIFY(usage.contains("\n  user add NAME [--password-stdin] [--must-change]\n" +
                               QString(34, ' ') +
                               "add a user; without a password one is "
                               "generated\n" +
                               QString(34, ' ') + "and shown once\n"));
    }

    void tablesLineUpAsScriptsReadThem()
    {
        auto users = command({"user", "list"}).present(parse(R"J({"users":[
            {"name":"gina","state":"active","mustChange":false,
             "passwordChanged":"2026-11-01T10:00:00Z","expires":"2027-01-30T10:00:00Z",
             "failedLogins":0,"lastLogin":"","lastAddress":""},
            {"name":"hal","state":"locked","mustChange":true,
             "passwordChanged":"2026-09-01T08:30:00Z","expires":"2026-11-30T08:30:00Z",
             "failedLogins":5,"lastLogin":"2026-11-26T17:45:12Z","lastAddress":"198.51.100.7"}]})J"));
        QVERIFY(users);
        QCOMPARE(users->exitCode, 0);
        QCOMPARE(users->text,
                 QString("NAME  STATE   MUSTCHANGE  EXPIRES               FAILEDLOGINS  "
                         "LASTLOGIN             LASTADDRESS\n"
                         "gina  active  no          2027-01-30T10:00:00Z  0\n"
                         "hal   locked  yes         2026-11-30T08:30:00Z  5             "
                         "2026-11-26T17:45:12Z  198.51.100.7\n"));

        // A session the data plane does not know yet has blank figures.
        auto sessions = command({"session", "list"}).present(parse(R"J({"sessions":[
            {"id":4711,"user":"gina","peerAddress":"192.0.2.2","tunnelAddress":"10.75.0.2",
             "started":"2026-11-27T09:00:00Z","state":"up","auth":"MS-CHAPv2","mppe":"128-bit",
             "mppeMode":"stateless","durationSeconds":3600,"idleSeconds":4,
             "bytesIn":5000000000,"bytesOut":1234567,"packetsIn":1,"packetsOut":2},
            {"id":802,"user":"","peerAddress":"192.0.2.3","tunnelAddress":"0.0.0.0",
             "started":"2026-11-27T09:59:58Z","state":"negotiating","auth":"MS-CHAPv2",
             "durationSeconds":2}]})J"));
        QVERIFY(sessions);
        QCOMPARE(sessions->text,
                 QString("ID    USER  PEERADDRESS  TUNNELADDRESS  MPPE     MPPEMODE   "
                         "DURATIONSECONDS  IDLESECONDS  BYTESIN     BYTESOUT\n"
                         "4711  gina  192.0.2.2    10.75.0.2      128-bit  stateless  "
                         "3600             4            5000000000  1234567\n"
                         "802         192.0.2.3    0.0.0.0                            2\n"));

        auto audit = command({"audit", "list"}).present(parse(R"J({"entries":[
            {"id":7,"at":"2026-11-27T10:00:00.123Z","actor":"root (uid 0)","action":"user.add",
             "target":"gina","outcome":"ok","details":{}}]})J"));
        QVERIFY(audit);
        QCOMPARE(audit->text, QString("ID  AT                        ACTOR         ACTION    "
                                      "TARGET  OUTCOME\n"
                                      "7   2026-11-27T10:00:00.123Z  root (uid 0)  user.add  "
                                      "gina    ok\n"));
    }

    void linesSayWhatHappened()
    {
        auto status = command({"status"}).present(parse(R"J({"server":"keywardd",
            "adminListen":"192.0.2.1:7443","fingerprint":"AB:CD","version":"0.9.0",
            "sessions":2,"listen":"0.0.0.0","weaknesses":["40-bit MPPE is allowed"],
            "recentFailures":[]})J"));
        QVERIFY(status);
        QCOMPARE(status->text,
                 QString("keywardd 0.9.0, 2 session(s), listening on 0.0.0.0\n"
                         "remote consoles on 192.0.2.1:7443, certificate fingerprint AB:CD\n"
                         "WEAK: 40-bit MPPE is allowed\n"));

        // A server signing in through RADIUS says how each server is, in words.
        auto radius = keyward::api::StatusResult::fromJson(parse(R"J({"server":"keywardd",
            "adminListen":"","fingerprint":"","version":"0.9.0","sessions":1,"listen":"0.0.0.0",
            "weaknesses":[],"recentFailures":[],
            "signIn":{"backend":"radius","groups":[{"group":"office","backend":"local"}],
                "radiusServers":[{"address":"192.0.2.10:1812","state":"up",
                    "lastAnswer":"2026-11-30T10:00:00Z","roundTripMs":23,"accepts":5,
                    "rejects":1,"timeouts":0,"messageAuthenticator":"require"},
                   {"address":"192.0.2.11:1812","state":"dead","deadForSeconds":12,"accepts":0,
                    "rejects":0,"timeouts":2,"messageAuthenticator":"no"}]},
            "accounting":{"enabled":true,"waiting":0,"dropped":0,
                "lastAnswer":"2026-11-30T09:59:00Z","lastServer":"192.0.2.10:1813"}})J"));
        QVERIFY(radius);
        QCOMPARE(StatusCommand::signInLines(
                     *radius, QDateTime(QDate(2026, 11, 30), QTime(10, 0, 3), Qt::UTC)),
                 QString("sign-in: radius\n"
                         "sign-in of group office: local\n"
                         "RADIUS 192.0.2.10:1812 up, last answer 3 s ago (23 ms), 5 accepted, "
                         "1 refused\n"
                         "RADIUS 192.0.2.11:1812 dead for 12 s, never answered, 0 accepted, "
                         "0 refused, 2 unanswered\n"
                         "WEAK: RADIUS 192.0.2.11:1812 is trusted without a "
                         "Message-Authenticator in its answers\n"
                         "accounting: 0 waiting, last answer from 192.0.2.10:1813 63 s ago\n"));

        auto added =
            command({"user", "add"})
                .present(
                    parse(R"J({"name":"hal","mustChange":true,"password":"Tq8-kLm.nPz+2wXy4R"})J"));
        QVERIFY(added);
        QCOMPARE(added->text, QString("added hal (must change password at next login)\n"
                                      "temporary password (shown once): Tq8-kLm.nPz+2wXy4R\n"));
        auto own =
            command({"user", "add"}).present(parse(R"J({"name":"gina","mustChange":false})J"));
        QVERIFY(own);
        QCOMPARE(own->text, QString("added gina\n"));

        auto rekey =
            command({"session", "rekey"})
                .present(parse(
                    R"J({"id":4711,"outcome":"disconnected","detail":"the client could not"})J"));
        QVERIFY(rekey);
        QCOMPARE(rekey->text, QString("session 4711: disconnected (the client could not)\n"));

        auto rotated =
            command({"user", "rotate"})
                .present(parse(
                    R"J({"users":[{"name":"carol","password":"Mm3-nN4.pP5+qQ6_rR"}],"sessionsEnded":1})J"));
        QVERIFY(rotated);
        QCOMPARE(rotated->text, QString("1 user(s); one-time passwords (shown once, must be "
                                        "changed at the first login):\n"
                                        "NAME   PASSWORD\n"
                                        "carol  Mm3-nN4.pP5+qQ6_rR\n"));

        auto shown = command({"user", "unlock"}).present(parse(R"J({"name":"gina"})J"));
        QVERIFY(shown);
        QCOMPARE(shown->text, QString("{\n    \"name\": \"gina\"\n}\n"));
    }

    void theBaselineSaysWhoItCutsOff()
    {
        auto preview = command({"window", "baseline"})
                           .present(parse(R"J({"changes":{"allowMppe40":false},"applied":false,
            "sessionsEnded":0,"cutOff":[{"user":"alice","sessionId":3,"mppe":"40-bit stateful",
            "reason":"40-bit MPPE","seenAt":"2026-11-27T10:00:00Z"}]})J"));
        QVERIFY(preview);
        QCOMPARE(preview->text,
                 QString("the baseline would change: {\"allowMppe40\":false}\n"
                         "would cut off:\n"
                         "USER   SESSION  MPPE             REASON       SEEN\n"
                         "alice  3        40-bit stateful  40-bit MPPE  2026-11-27T10:00:00Z\n"));
        auto applied = command({"window", "baseline"})
                           .present(parse(R"J({"changes":{},"applied":true,"sessionsEnded":0,
            "cutOff":[]})J"));
        QVERIFY(applied);
        QCOMPARE(applied->text, QString("baseline in force already (recorded)\ncut off:\nnone\n"
                                        "0 live session(s) ended\n"));
    }

    void tokensShowTheirRoleExpiryAndSources()
    {
        auto listed = command({"token", "list"}).present(parse(R"J({"tokens":[
            {"name":"branch","role":"auditor","created":"2026-11-01T10:00:00Z",
             "expires":"2026-12-01T10:00:00Z","sources":["192.0.2.0/24","198.51.100.7/32"],
             "lastUsed":"2026-11-27T10:00:00Z","lastUsedFrom":"192.0.2.9"},
            {"name":"laptop","role":"admin","created":"2026-11-02T10:00:00Z","expires":"",
             "sources":[],"lastUsed":"","lastUsedFrom":""}]})J"));
        QVERIFY(listed);
        const QStringList lines = listed->text.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith("NAME") && lines[0].contains("ROLE") &&
                     lines[0].contains("EXPIRES") && lines[0].contains("SOURCES") &&
                     lines[0].contains("LASTUSED"),
                 qPrintable(lines[0]));
        QVERIFY(lines[1].contains("auditor") && lines[1].contains("2026-12-01T10:00:00Z") &&
                lines[1].contains("192.0.2.0/24,198.51.100.7/32") &&
                lines[1].contains("192.0.2.9"));
        QVERIFY(lines[2].contains("admin") && lines[2].contains("never") &&
                lines[2].contains("any"));

        auto created = command({"token", "create"})
                           .present(parse(R"J({"name":"branch","token":"kw_x","fingerprint":"",
            "role":"auditor","expires":"2026-12-01T10:00:00Z","sources":["192.0.2.0/24"]})J"));
        QVERIFY(created);
        QVERIFY2(created->text.contains("role auditor, expires 2026-12-01T10:00:00Z, from "
                                        "192.0.2.0/24"),
                 qPrintable(created->text));

        auto me = command({"whoami"})
                      .present(parse(
                          R"J({"identity":"alice (uid 1000)","role":"operator","methods":[]})J"));
        QVERIFY(me);
        QCOMPARE(me->text, QString("alice (uid 1000), role operator\n"));
        QVERIFY(command({"status"}).showsCaller());
        QVERIFY(!command({"user", "list"}).showsCaller());
    }

    void thePolicyPrintsOneSettingALine()
    {
        auto policy = command({"policy", "set"}).present(parse(R"J({"policy":{
            "passwordMinLength":12,"passwordMinClasses":3,"passwordHistory":5,
            "passwordMaxAgeDays":45,"lockoutThreshold":5,"lockoutMinutes":15,
            "maxSessionHours":8,"idleTimeoutMinutes":30,"auditRetentionDays":120,
            "allowMppe40":true,"allowMppe56":false,"allowMppe128":true,
            "allowStatefulMppe":false,"preferStatefulMppe":false,"lockoutKnownAddressesOnly":true,
            "authMethods":["mschapv2"]},
            "weaknesses":["40-bit MPPE is allowed"]})J"));
        QVERIFY(policy);
        QCOMPARE(policy->text, QString("allowMppe128 = true\n"
                                       "allowMppe40 = true\n"
                                       "allowMppe56 = false\n"
                                       "allowStatefulMppe = false\n"
                                       "auditRetentionDays = 120\n"
                                       "authMethods = mschapv2\n"
                                       "idleTimeoutMinutes = 30\n"
                                       "lockoutKnownAddressesOnly = true\n"
                                       "lockoutMinutes = 15\n"
                                       "lockoutThreshold = 5\n"
                                       "maxSessionHours = 8\n"
                                       "passwordHistory = 5\n"
                                       "passwordMaxAgeDays = 45\n"
                                       "passwordMinClasses = 3\n"
                                       "passwordMinLength = 12\n"
                                       "preferStatefulMppe = false\n"
                                       "WEAK: 40-bit MPPE is allowed\n"));
    }

    void aBrokenAuditChainFailsForScripts()
    {
        const Command &verify = command({"audit", "verify"});
        auto intact = verify.present(
            parse(R"J({"intact":true,"checked":12,"firstBadId":0,"problem":"","keyedFrom":0,
                      "anchorsChecked":0,"failedAnchor":0,"anchorFailure":""})J"));
        QVERIFY(intact);
        QCOMPARE(intact->exitCode, 0);
        QCOMPARE(intact->text, QString("audit chain intact: 12 entries verified\n"));
        auto anchored = verify.present(
            parse(R"J({"intact":true,"checked":12,"firstBadId":0,"problem":"","keyedFrom":4,
                      "anchorsChecked":2,"failedAnchor":0,"anchorFailure":""})J"));
        QVERIFY(anchored);
        QCOMPARE(anchored->text, QString("audit chain intact: 12 entries verified, keyed from "
                                         "entry 4, 2 anchor(s) outside the database hold\n"));
        auto broken = verify.present(
            parse(R"J({"intact":false,"checked":12,"firstBadId":3,"problem":"entry 3 was altered",
                      "keyedFrom":1,"anchorsChecked":0,"failedAnchor":0,"anchorFailure":""})J"));
        QVERIFY(broken);
        QCOMPARE(broken->exitCode, 1);
        QCOMPARE(broken->text, QString("AUDIT CHAIN BROKEN: entry 3 was altered\n"));
    }

    void aReplyThatDoesNotFitIsAnError()
    {
        // Every command checks its reply against the admin API before printing it.
        for (const auto &c : CommandTable::instance().commands()) {
            auto printed = c->present(parse(R"J({"unexpected":true})J"));
            QVERIFY2(!printed, qPrintable(c->synopsis()));
            QVERIFY2(QString::fromStdString(printed.message()).contains("missing"),
                     printed.message().c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestKeywardCtl)
#include "TestKeywardCtl.moc"
