// The admin API's value types against the JSON keywardd sends: every type survives
// toJson -> fromJson unchanged; the literal JSON of every reply and event keywardd
// sends today reads into the expected fields and writes back byte for byte (so the
// daemon can adopt the types without changing its wire); and a reply that lacks a
// required field, or has one of the wrong type, is refused with that field's name.

#include "api/AuditMessages.h"
#include "api/BackupMessages.h"
#include "api/JsonWriter.h"
#include "api/PolicyMessages.h"
#include "api/SessionMessages.h"
#include "api/StatusMessages.h"
#include "api/TokenMessages.h"
#include "api/UserMessages.h"
#include "api/WindowInventoryMessages.h"
#include "api/WindowMessages.h"
#include "api/WindowStepMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <functional>

using namespace keyward;
using namespace keyward::api;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad literal in the test: %s", qPrintable(error.errorString()));
    return doc.object();
}

QByteArray wire(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

// toJson, then fromJson: the same value again.
template <typename T> bool roundTrips(const T &value)
{
    const QJsonObject json = value.toJson();
    auto back = T::fromJson(json);
    if (!back) {
        qWarning("fromJson refused %s: %s", wire(json).constData(), back.message().c_str());
        return false;
    }
    if (!(*back == value)) {
        qWarning("came back different: %s -> %s", wire(json).constData(),
                 wire(back->toJson()).constData());
        return false;
    }
    return true;
}

// One shape keywardd sends: its literal JSON today, the fields a reader needs, and a
// reader that goes through the value type and back to JSON.
struct Shape
{
    const char *name;
    const char *json;
    QStringList required;
    std::function<Result<QJsonObject>(const QJsonObject &)> throughType;
};

template <typename T> std::function<Result<QJsonObject>(const QJsonObject &)> through()
{
    return [](const QJsonObject &json) -> Result<QJsonObject> {
        auto value = T::fromJson(json);
        if (!value)
            return value.error();
        return value->toJson();
    };
}

// What keywardd sends today, copied from what Daemon.cpp builds.
const char *const StatusReply =
    R"J({"server":"keywardd","adminListen":"192.0.2.1:7443",
        "fingerprint":"AB:CD:EF","version":"0.9.0","sessions":2,"listen":"0.0.0.0",
        "weaknesses":["40-bit MPPE is allowed: its keys can be broken in hours"],
        "recentFailures":[{"at":"2026-11-27T10:00:00Z","user":"gina",
                           "address":"192.0.2.2","code":691}]})J";
// A server that signs users in through RADIUS and sends accounting: the status of
// each server and of the accounting queue.
const char *const StatusReplyWithRadius =
    R"J({"server":"keywardd","adminListen":"","fingerprint":"","version":"0.9.0","sessions":1,
        "listen":"0.0.0.0","weaknesses":[],"recentFailures":[],
        "signIn":{"backend":"radius",
                  "groups":[{"group":"contractors","backend":"radius-then-local"}],
                  "radiusServers":[
                      {"address":"192.0.2.10:1812","state":"up",
                       "lastAnswer":"2026-11-30T10:00:00Z","roundTripMs":23,
                       "accepts":5,"rejects":1,"timeouts":0,"messageAuthenticator":"require"},
                      {"address":"192.0.2.11:1812","state":"dead","deadForSeconds":12,
                       "accepts":0,"rejects":0,"timeouts":2,"messageAuthenticator":"auto"}]},
        "accounting":{"enabled":true,"waiting":0,"dropped":0,
                      "lastAnswer":"2026-11-30T10:00:00Z","lastServer":"192.0.2.10:1813"}})J";
const char *const LoginFailed =
    R"J({"at":"2026-11-27T10:00:05Z","user":"","address":"192.0.2.9","code":649})J";
const char *const Lockout = R"J({"kind":"lockout","user":"gina","address":"192.0.2.2"})J";
// A lockout as keywardd announces it: with the count of failures that locked the user.
const char *const LockoutWithFailures =
    R"J({"kind":"lockout","user":"gina","address":"192.0.2.2","failures":5})J";
const char *const UserAdd = R"J({"name":"hal","mustChange":true,"password":"Tq8-kLm.nPz+2wXy4R"})J";
const char *const UserAddOwnPassword = R"J({"name":"gina","mustChange":false})J";
const char *const UserList =
    R"J({"users":[{"name":"gina","state":"active","mustChange":false,
                  "passwordChanged":"2026-11-01T10:00:00Z","expires":"2027-01-30T10:00:00Z",
                  "failedLogins":0,"lastLogin":"","lastAddress":""},
                 {"name":"hal","state":"locked","mustChange":true,
                  "passwordChanged":"2026-09-01T08:30:00Z","expires":"2026-11-30T08:30:00Z",
                  "failedLogins":5,"lastLogin":"2026-11-26T17:45:12Z",
                  "lastAddress":"198.51.100.7"}]})J";
const char *const UserShow =
    R"J({"name":"gina","state":"locked","mustChange":false,"groups":["office","sales"],
        "created":"2026-10-01T09:00:00Z","passwordChanged":"2026-11-01T10:00:00Z",
        "expires":"2027-01-30T10:00:00Z","daysLeft":63,"failedLogins":5,
        "lockedUntil":"2026-11-27T10:15:00Z","lastLogin":"","lastAddress":"",
        "sessions":[4711,802]})J";
const char *const UserDisable = R"J({"name":"gina","state":"disabled","sessionsEnded":1})J";
const char *const UserUnlock = R"J({"name":"gina"})J";
const char *const UserDelete = R"J({"name":"gina","sessionsEnded":0})J";
const char *const UserReset =
    R"J({"name":"bob","password":"Rf4_hJk8.mNp2+Qw9z","mustChange":true,"sessionsEnded":1})J";
const char *const UserGroupsJson = R"J({"name":"gina","groups":["office"]})J";
const char *const UserImport =
    R"J({"users":[{"name":"ivy","password":"Aa2-bB3.cC4+dD5_eE"},
                 {"name":"jon","password":"Zz9-yY8.xX7+wW6_vV"}]})J";
const char *const UserRotate =
    R"J({"users":[{"name":"carol","password":"Mm3-nN4.pP5+qQ6_rR"}],"sessionsEnded":2})J";
const char *const UserExpiring =
    R"J({"users":[{"name":"hal","expires":"2026-11-30T08:30:00Z","daysLeft":2,"expired":false},
                 {"name":"kim","expires":"2026-11-20T08:30:00Z","daysLeft":-7,"expired":true}],
        "days":14})J";
const char *const SessionUp =
    R"J({"id":4711,"user":"gina","peerAddress":"192.0.2.2","tunnelAddress":"10.75.0.2",
        "started":"2026-11-27T09:00:00Z","state":"up","auth":"MS-CHAPv2",
        "mppe":"128-bit","mppeMode":"stateless"})J";
const char *const SessionList =
    R"J({"sessions":[{"id":4711,"user":"gina","peerAddress":"192.0.2.2",
                     "tunnelAddress":"10.75.0.2","started":"2026-11-27T09:00:00Z",
                     "state":"up","auth":"MS-CHAPv2","mppe":"128-bit","mppeMode":"stateless",
                     "durationSeconds":3600,"idleSeconds":4,"bytesIn":5000000000,
                     "bytesOut":1234567,"packetsIn":3600000,"packetsOut":9000,
                     "packetsQueued":120,"windowTimeouts":1,"packetsLost":3,"packetsDropped":6,
                     "drops":{"noKeys":1,"windowFull":0,"encrypt":0,"decrypt":0,
                              "unencrypted":0,"duplicate":1,"late":2,"malformed":1,
                              "tooLong":1}},
                    {"id":802,"user":"","peerAddress":"192.0.2.3",
                     "tunnelAddress":"0.0.0.0","started":"2026-11-27T09:59:58Z",
                     "state":"negotiating","auth":"MS-CHAPv2","durationSeconds":2}]})J";
const char *const SessionChanged =
    R"J({"id":4711,"user":"gina","peerAddress":"192.0.2.2","tunnelAddress":"10.75.0.2",
        "started":"2026-11-27T09:00:00Z","state":"up","auth":"MS-CHAPv2",
        "mppe":"128-bit","mppeMode":"stateless","change":"rekeyed"})J";
const char *const SessionEnded =
    R"J({"id":802,"user":"","peerAddress":"192.0.2.3","tunnelAddress":"0.0.0.0",
        "started":"2026-11-27T09:59:58Z","state":"negotiating","auth":"MS-CHAPv2",
        "reason":"handshake timeout"})J";
const char *const SessionDisconnect = R"J({"id":4711})J";
const char *const SessionRevoke =
    R"J({"id":4711,"user":"gina","state":"revoked","sessionsEnded":1})J";
const char *const SessionRekey =
    R"J({"id":4711,"outcome":"rekeyed","detail":"new MPPE keys from a fresh MS-CHAPv2 exchange"})J";
const char *const SessionHistory =
    R"J({"sessions":[{"user":"gina","peerAddress":"192.0.2.2","tunnelAddress":"10.75.0.2",
                     "mppe":"128-bit stateless","started":"2026-11-27T08:00:00Z",
                     "ended":"2026-11-27T09:00:00Z","reason":"revoked by root (uid 0)",
                     "bytesIn":5000000000,"bytesOut":77},
                    {"user":"","peerAddress":"192.0.2.3","tunnelAddress":"","mppe":"",
                     "started":"2026-11-27T09:59:58Z","ended":"2026-11-27T10:00:28Z",
                     "reason":"handshake timeout","bytesIn":0,"bytesOut":0}]})J";
const char *const PolicyGet =
    R"J({"policy":{"passwordMinLength":12,"passwordMinClasses":3,"passwordHistory":5,
                  "passwordMaxAgeDays":90,"lockoutThreshold":5,"lockoutMinutes":15,
                  "maxSessionHours":8,"idleTimeoutMinutes":30,"auditRetentionDays":120,
                  "allowMppe40":false,"allowMppe56":false,"allowMppe128":true,
                  "allowStatefulMppe":false,"preferStatefulMppe":false,"lockoutKnownAddressesOnly":true,"authMethods":["mschapv2"]},
        "bounds":{"passwordMinLength":{"min":8,"max":128},"passwordMinClasses":{"min":1,"max":4},
                  "passwordHistory":{"min":0,"max":24},"passwordMaxAgeDays":{"min":30,"max":90},
                  "lockoutThreshold":{"min":3,"max":20},"lockoutMinutes":{"min":1,"max":1440},
                  "maxSessionHours":{"min":8,"max":24},"idleTimeoutMinutes":{"min":5,"max":480},
                  "auditRetentionDays":{"min":90,"max":180}},
        "weaknesses":[]})J";
const char *const PolicySet =
    R"J({"policy":{"passwordMinLength":12,"passwordMinClasses":3,"passwordHistory":5,
                  "passwordMaxAgeDays":45,"lockoutThreshold":5,"lockoutMinutes":15,
                  "maxSessionHours":8,"idleTimeoutMinutes":30,"auditRetentionDays":120,
                  "allowMppe40":true,"allowMppe56":false,"allowMppe128":true,
                  "allowStatefulMppe":false,"preferStatefulMppe":false,"lockoutKnownAddressesOnly":true,"authMethods":["mschapv2"]},
        "weaknesses":["40-bit MPPE is allowed: its keys can be broken in hours"]})J";
const char *const AuditList =
    R"J({"entries":[{"id":7,"at":"2026-11-27T10:00:00.123Z","actor":"root (uid 0)",
                    "action":"user.add","target":"gina","outcome":"ok",
                    "details":{"mustChange":false,"generated":false}},
                   {"id":6,"at":"2026-11-27T09:59:59.000Z","actor":"system",
                    "action":"audit.prune","target":"audit","outcome":"ok","details":{}}]})J";
const char *const AuditVerify =
    R"J({"intact":false,"checked":12,"firstBadId":3,"problem":"entry 3 was altered",
        "keyedFrom":1,"anchorsChecked":2,"failedAnchor":3,"anchorFailure":"rewritten"})J";
const char *const TokenCreate =
    R"J({"name":"laptop","token":"kw_not-a-real-token","fingerprint":"AB:CD",
         "role":"operator","expires":"2026-12-27T10:00:00Z","sources":["192.0.2.0/24"]})J";
const char *const TokenList =
    R"J({"tokens":[{"name":"laptop","role":"operator","created":"2026-11-01T10:00:00Z",
                   "expires":"2026-12-27T10:00:00Z","sources":["192.0.2.0/24"],
                   "lastUsed":"2026-11-27T10:00:00Z","lastUsedFrom":"192.0.2.7"},
                  {"name":"spare","role":"admin","created":"2026-11-02T10:00:00Z","expires":"",
                   "sources":[],"lastUsed":"","lastUsedFrom":""}]})J";
const char *const TokenRevoke = R"J({"name":"laptop"})J";
const char *const WindowList =
    R"J({"windows":[{"id":1,"title":"Office rotation","start":"2026-12-01T18:00:00Z",
                    "durationMinutes":90,"group":"office","olderThanDays":0,
                    "plannedBy":"root (uid 0)"}]})J";
const char *const WindowPlan =
    R"J({"id":2,"title":"Old passwords","start":"2026-12-02T18:00:00Z","durationMinutes":60,
        "group":"","olderThanDays":60,"plannedBy":"token laptop from 192.0.2.2"})J";
const char *const WindowCancel = R"J({"id":2})J";

const QList<Shape> &shapes()
{
    static const QList<Shape> all{
        {"status",
         StatusReply,
         {"server", "adminListen", "fingerprint", "version", "sessions", "listen", "weaknesses",
          "recentFailures"},
         through<StatusResult>()},
        {"status (RADIUS)",
         StatusReplyWithRadius,
         {"server", "adminListen", "fingerprint", "version", "sessions", "listen", "weaknesses",
          "recentFailures"},
         through<StatusResult>()},
        {"login.failed", LoginFailed, {"at", "user", "address", "code"}, through<LoginFailure>()},
        {"alert", Lockout, {"kind", "user", "address"}, through<Alert>()},
        {"alert (with failures)",
         LockoutWithFailures,
         {"kind", "user", "address"},
         through<Alert>()},
        {"user.add", UserAdd, {"name", "mustChange"}, through<UserAddResult>()},
        {"user.add (own password)",
         UserAddOwnPassword,
         {"name", "mustChange"},
         through<UserAddResult>()},
        {"user.list", UserList, {"users"}, through<UserListResult>()},
        {"user.show",
         UserShow,
         {"name", "state", "mustChange", "groups", "created", "passwordChanged", "expires",
          "daysLeft", "failedLogins", "lockedUntil", "lastLogin", "lastAddress", "sessions"},
         through<UserDetail>()},
        {"user.disable",
         UserDisable,
         {"name", "state", "sessionsEnded"},
         through<UserStateResult>()},
        {"user.unlock", UserUnlock, {"name"}, through<UserRef>()},
        {"user.delete", UserDelete, {"name", "sessionsEnded"}, through<UserDeleteResult>()},
        {"user.reset",
         UserReset,
         {"name", "password", "mustChange", "sessionsEnded"},
         through<UserResetResult>()},
        {"user.groups", UserGroupsJson, {"name", "groups"}, through<UserGroups>()},
        {"user.import", UserImport, {"users"}, through<UserImportResult>()},
        {"user.rotate", UserRotate, {"users", "sessionsEnded"}, through<UserRotateResult>()},
        {"user.expiring", UserExpiring, {"users", "days"}, through<UserExpiringResult>()},
        {"session.up",
         SessionUp,
         {"id", "user", "peerAddress", "tunnelAddress", "started", "state", "auth"},
         through<SessionInfo>()},
        {"session.list", SessionList, {"sessions"}, through<SessionListResult>()},
        {"session.changed",
         SessionChanged,
         {"id", "user", "peerAddress", "tunnelAddress", "started", "state", "auth", "change"},
         through<SessionChangedEvent>()},
        {"session.ended",
         SessionEnded,
         {"id", "user", "peerAddress", "tunnelAddress", "started", "state", "auth", "reason"},
         through<SessionEndedEvent>()},
        {"session.disconnect", SessionDisconnect, {"id"}, through<SessionRef>()},
        {"session.revoke",
         SessionRevoke,
         {"id", "user", "state", "sessionsEnded"},
         through<SessionRevokeResult>()},
        {"session.rekey", SessionRekey, {"id", "outcome", "detail"}, through<SessionRekeyResult>()},
        {"session.history", SessionHistory, {"sessions"}, through<SessionHistoryResult>()},
        {"policy.get", PolicyGet, {"policy", "bounds", "weaknesses"}, through<PolicyGetResult>()},
        {"policy.set, policy.changed",
         PolicySet,
         {"policy", "weaknesses"},
         through<PolicySetResult>()},
        {"audit.list", AuditList, {"entries"}, through<AuditListResult>()},
        {"audit.verify",
         AuditVerify,
         {"intact", "checked", "firstBadId", "problem", "keyedFrom", "anchorsChecked",
          "failedAnchor", "anchorFailure"},
         through<AuditVerifyResult>()},
        {"token.create",
         TokenCreate,
         {"name", "token", "fingerprint"},
         through<TokenCreateResult>()},
        {"token.list", TokenList, {"tokens"}, through<TokenListResult>()},
        {"token.revoke", TokenRevoke, {"name"}, through<TokenRef>()},
        {"window.list, window.changed", WindowList, {"windows"}, through<ChangeWindowList>()},
        {"window.plan",
         WindowPlan,
         {"id", "title", "start", "durationMinutes", "group", "olderThanDays", "plannedBy"},
         through<ChangeWindow>()},
        {"window.cancel", WindowCancel, {"id"}, through<WindowRef>()},
    };
    return all;
}

} // namespace

class TestApiMessages : public QObject
{
    Q_OBJECT

private slots:
    void whatKeywarddSendsTodayComesBackByteForByte_data()
    {
        QTest::addColumn<int>("shape");
        for (int i = 0; i < shapes().size(); ++i)
            QTest::newRow(shapes()[i].name) << i;
    }

    void whatKeywarddSendsTodayComesBackByteForByte()
    {
        QFETCH(int, shape);
        const Shape &s = shapes()[shape];
        const QJsonObject sent = parse(s.json);
        auto back = s.throughType(sent);
        QVERIFY2(back.ok(), back.ok() ? "" : back.message().c_str());
        QCOMPARE(wire(*back), wire(sent));
    }

    void aMissingRequiredFieldIsNamed_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<QString>("field");
        for (int i = 0; i < shapes().size(); ++i) {
            for (const QString &field : shapes()[i].required)
                QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(shapes()[i].name, field)))
                    << i << field;
        }
    }

    void aMissingRequiredFieldIsNamed()
    {
        QFETCH(int, shape);
        QFETCH(QString, field);
        const Shape &s = shapes()[shape];
        QJsonObject sent = parse(s.json);
        QVERIFY(sent.contains(field));
        sent.remove(field);
        auto refused = s.throughType(sent);
        QVERIFY(!refused.ok());
        QVERIFY(refused.kind() == ErrorKind::Invalid);
        const QString message = QString::fromStdString(refused.message());
        QVERIFY2(message.contains("'" + field + "'"), qPrintable(message));
        QVERIFY2(message.contains("missing"), qPrintable(message));
    }

    void aMistypedFieldIsNamed_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<QString>("field");
        for (int i = 0; i < shapes().size(); ++i) {
            for (const QString &field : shapes()[i].required)
                QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(shapes()[i].name, field)))
                    << i << field;
        }
    }

    void aMistypedFieldIsNamed()
    {
        QFETCH(int, shape);
        QFETCH(QString, field);
        const Shape &s = shapes()[shape];
        QJsonObject sent = parse(s.json);
        // Whatever the field is, an object in its place is the wrong type (the
        // policy's changes are the one object field, and not in a reply).
        sent.insert(field, sent.value(field).isObject() ? QJsonValue(42)
                                                        : QJsonValue(QJsonObject{{"x", 1}}));
        auto refused = s.throughType(sent);
        QVERIFY(!refused.ok());
        QVERIFY(refused.kind() == ErrorKind::Invalid);
        const QString message = QString::fromStdString(refused.message());
        QVERIFY2(message.contains("'" + field + "'") && message.contains("must be"),
                 qPrintable(message));
    }

    void fieldsInsideListsAndObjectsAreNamedWithTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("shape");
        auto shapeOf = [](const char *json) {
            for (int i = 0; i < shapes().size(); ++i) {
                if (shapes()[i].json == json)
                    return i;
            }
            return -1;
        };
        const struct
        {
            const char *json;
            const char *list;
            QStringList fields;
        } lists[] = {
            {StatusReply, "recentFailures", {"at", "user", "address", "code"}},
            {UserList,
             "users",
             {"name", "state", "mustChange", "passwordChanged", "expires", "failedLogins",
              "lastLogin", "lastAddress"}},
            {UserImport, "users", {"name", "password"}},
            {UserRotate, "users", {"name", "password"}},
            {UserExpiring, "users", {"name", "expires", "daysLeft", "expired"}},
            {SessionList,
             "sessions",
             {"id", "user", "peerAddress", "tunnelAddress", "started", "state", "auth",
              "durationSeconds", "idleSeconds", "bytesIn", "bytesOut", "packetsIn", "packetsOut"}},
            {SessionHistory,
             "sessions",
             {"user", "peerAddress", "tunnelAddress", "mppe", "started", "ended", "reason",
              "bytesIn", "bytesOut"}},
            {AuditList, "entries", {"id", "at", "actor", "action", "target", "outcome", "details"}},
            {TokenList, "tokens", {"name", "created", "lastUsed"}},
            {WindowList,
             "windows",
             {"id", "title", "start", "durationMinutes", "group", "olderThanDays", "plannedBy"}},
        };
        for (const auto &l : lists) {
            for (const QString &f : l.fields)
                QTest::newRow(qPrintable(QStringLiteral("%1[0].%2").arg(l.list, f)))
                    << QByteArray(l.json) << QStringLiteral("%1[0]").arg(l.list) << f
                    << shapeOf(l.json);
        }
        for (const char *key : {"passwordMinLength", "passwordMinClasses", "passwordHistory",
                                "passwordMaxAgeDays", "lockoutThreshold", "lockoutMinutes",
                                "maxSessionHours", "idleTimeoutMinutes", "auditRetentionDays",
                                "allowMppe40", "allowMppe56", "allowMppe128", "allowStatefulMppe",
                                "preferStatefulMppe", "lockoutKnownAddressesOnly", "authMethods"}) {
            QTest::newRow(qPrintable(QStringLiteral("policy.get policy.%1").arg(key)))
                << QByteArray(PolicyGet) << QStringLiteral("policy") << QString(key)
                << shapeOf(PolicyGet);
            QTest::newRow(qPrintable(QStringLiteral("policy.set policy.%1").arg(key)))
                << QByteArray(PolicySet) << QStringLiteral("policy") << QString(key)
                << shapeOf(PolicySet);
        }
        for (const char *key : {"backend", "groups", "radiusServers"})
            QTest::newRow(qPrintable(QStringLiteral("status signIn.%1").arg(key)))
                << QByteArray(StatusReplyWithRadius) << QStringLiteral("signIn") << QString(key)
                << shapeOf(StatusReplyWithRadius);
        for (const char *key : {"enabled", "waiting", "dropped"})
            QTest::newRow(qPrintable(QStringLiteral("status accounting.%1").arg(key)))
                << QByteArray(StatusReplyWithRadius) << QStringLiteral("accounting") << QString(key)
                << shapeOf(StatusReplyWithRadius);
        for (const char *key : {"min", "max"})
            QTest::newRow(qPrintable(QStringLiteral("bounds.lockoutMinutes.%1").arg(key)))
                << QByteArray(PolicyGet) << QStringLiteral("bounds.lockoutMinutes") << QString(key)
                << shapeOf(PolicyGet);
    }

    void fieldsInsideListsAndObjectsAreNamedWithTheirPlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, field);
        QFETCH(int, shape);
        QVERIFY(shape >= 0);
        QJsonObject sent = parse(json.constData());
        // Remove the field from the first item (or the nested object) named by path.
        const QStringList parts = QString(path).replace("[0]", "").split('.');
        bool found = false;
        std::function<QJsonValue(const QJsonValue &, int)> strip = [&](const QJsonValue &v,
                                                                       int depth) -> QJsonValue {
            if (v.isArray()) {
                QJsonArray a = v.toArray();
                a[0] = strip(a[0], depth);
                return a;
            }
            QJsonObject o = v.toObject();
            if (depth == parts.size()) {
                found = o.contains(field);
                o.remove(field);
                return o;
            }
            o[parts[depth]] = strip(o.value(parts[depth]), depth + 1);
            return o;
        };
        sent = strip(sent, 0).toObject();
        QVERIFY(found);
        auto refused = shapes()[shape].throughType(sent);
        QVERIFY(!refused.ok());
        const QString message = QString::fromStdString(refused.message());
        QVERIFY2(message.startsWith(path + ": ") && message.contains("'" + field + "'"),
                 qPrintable(message));
    }

    void aRepliesFieldsReadAsTyped()
    {
        auto status = StatusResult::fromJson(parse(StatusReply));
        QVERIFY(status);
        QCOMPARE(status->server, QString("keywardd"));
        QCOMPARE(status->adminListen, QString("192.0.2.1:7443"));
        QCOMPARE(status->sessions, 2);
        QCOMPARE(status->weaknesses.size(), 1);
        QCOMPARE(status->recentFailures.size(), 1);
        QCOMPARE(status->recentFailures[0].at, utc(2026, 11, 27, 10, 0));
        QCOMPARE(status->recentFailures[0].code, 691);

        auto users = UserListResult::fromJson(parse(UserList));
        QVERIFY(users);
        QCOMPARE(users->users.size(), 2);
        const UserSummary &gina = users->users[0], &hal = users->users[1];
        QVERIFY(gina.state == UserState::Active);
        QVERIFY(!gina.lastLogin.isValid()); // "" = never
        QCOMPARE(gina.passwordChanged, utc(2026, 11, 1, 10, 0));
        QCOMPARE(gina.expires, utc(2027, 1, 30, 10, 0));
        QVERIFY(hal.state == UserState::Locked);
        QVERIFY(hal.mustChange);
        QCOMPARE(hal.failedLogins, 5);
        QCOMPARE(hal.lastLogin, utc(2026, 11, 26, 17, 45, 12));
        QCOMPARE(hal.lastLogin.timeSpec(), Qt::UTC);
        QCOMPARE(hal.lastAddress, QString("198.51.100.7"));

        auto shown = UserDetail::fromJson(parse(UserShow));
        QVERIFY(shown);
        QCOMPARE(shown->groups, (QStringList{"office", "sales"}));
        QCOMPARE(shown->sessions, (QList<int>{4711, 802}));
        QCOMPARE(shown->daysLeft, 63);
        QCOMPARE(shown->lockedUntil, utc(2026, 11, 27, 10, 15));

        auto added = UserAddResult::fromJson(parse(UserAddOwnPassword));
        QVERIFY(added);
        QVERIFY(added->password.isEmpty());
        QVERIFY(!added->toJson().contains("password")); // not sent when not generated

        auto expiring = UserExpiringResult::fromJson(parse(UserExpiring));
        QVERIFY(expiring);
        QCOMPARE(expiring->days, 14);
        QCOMPARE(expiring->users[1].daysLeft, -7);
        QVERIFY(expiring->users[1].expired);
    }

    void radiusHealthAndAccountingReadAsTyped()
    {
        auto status = StatusResult::fromJson(parse(StatusReplyWithRadius));
        QVERIFY2(status, status ? "" : status.message().c_str());
        QVERIFY(status->signIn && status->accounting);
        const SignInStatus &signIn = *status->signIn;
        QCOMPARE(signIn.backend, QString("radius"));
        QCOMPARE(signIn.groups, (QList<SignInGroup>{{"contractors", "radius-then-local"}}));
        QCOMPARE(signIn.radiusServers.size(), 2);
        const RadiusServerStatus &up = signIn.radiusServers[0], &dead = signIn.radiusServers[1];
        QCOMPARE(up.state, QString("up"));
        QCOMPARE(up.lastAnswer, utc(2026, 11, 30, 10, 0));
        QCOMPARE(up.roundTripMs, std::optional<int>(23));
        QCOMPARE(up.accepts, 5);
        QCOMPARE(up.rejects, 1);
        QVERIFY(!up.deadForSeconds);
        QCOMPARE(up.messageAuthenticator, QString("require"));
        QCOMPARE(dead.state, QString("dead"));
        QCOMPARE(dead.deadForSeconds, std::optional<qint64>(12));
        QCOMPARE(dead.timeouts, 2);
        // Never answered: no time, no round trip (absent, not zero).
        QVERIFY(!dead.lastAnswer.isValid());
        QVERIFY(!dead.roundTripMs);
        const QJsonObject deadJson = dead.toJson();
        QVERIFY(!deadJson.contains("lastAnswer") && !deadJson.contains("roundTripMs"));
        QVERIFY(!up.toJson().contains("deadForSeconds"));
        QCOMPARE(status->accounting->waiting, 0);
        QCOMPARE(status->accounting->lastServer, QString("192.0.2.10:1813"));
        QCOMPARE(status->accounting->lastAnswer, utc(2026, 11, 30, 10, 0));
        // Accounting that never had an answer sends neither field.
        const QJsonObject fresh = AccountingStatus{true, 3, 0, {}, {}}.toJson();
        QVERIFY(!fresh.contains("lastAnswer") && !fresh.contains("lastServer"));
        QCOMPARE(AccountingStatus::fromJson(fresh)->waiting, 3);

        // An older server sends neither object: both absent, not an error.
        auto older = StatusResult::fromJson(parse(StatusReply));
        QVERIFY(older);
        QVERIFY(!older->signIn && !older->accounting);
        QVERIFY(!older->toJson().contains("signIn"));
        // A field missing inside is named with its place.
        for (const char *field :
             {"address", "state", "accepts", "rejects", "timeouts", "messageAuthenticator"}) {
            QJsonObject sent = parse(StatusReplyWithRadius);
            QJsonObject signInJson = sent.value("signIn").toObject();
            QJsonArray servers = signInJson.value("radiusServers").toArray();
            QJsonObject first = servers[0].toObject();
            first.remove(field);
            servers[0] = first;
            signInJson.insert("radiusServers", servers);
            sent.insert("signIn", signInJson);
            auto missing = StatusResult::fromJson(sent);
            QVERIFY(!missing);
            const QString message = QString::fromStdString(missing.message());
            QVERIFY2(message.startsWith("signIn: radiusServers[0]: ") &&
                         message.contains(QStringLiteral("'%1' is missing").arg(field)),
                     qPrintable(message));
        }
        // A mistyped one is still refused by name.
        QJsonObject bad = parse(StatusReplyWithRadius);
        bad.insert("accounting", 5);
        auto refused = StatusResult::fromJson(bad);
        QVERIFY(!refused);
        QVERIFY2(refused.message().find("'accounting'") != std::string::npos,
                 refused.message().c_str());
    }

    void theMppeStrengthIsANumberForClients()
    {
        auto list = SessionListResult::fromJson(parse(SessionList));
        QVERIFY(list);
        QCOMPARE(list->sessions.size(), 2);
        const SessionListEntry &up = list->sessions[0], &signingIn = list->sessions[1];
        QCOMPARE(up.session.id, 4711);
        QVERIFY(up.session.state == SessionState::Up);
        QCOMPARE(up.session.mppeBits(), 128);
        QVERIFY(!up.session.isStatefulMppe());
        QCOMPARE(up.session.assignedTunnel(), QString("10.75.0.2"));
        QCOMPARE(up.durationSeconds, Q_INT64_C(3600));
        QVERIFY(up.traffic.has_value());
        QCOMPARE(up.traffic->bytesIn, Q_INT64_C(5000000000)); // past 32 bits
        QCOMPARE(up.traffic->idleSeconds, Q_INT64_C(4));

        QVERIFY(signingIn.session.state == SessionState::Negotiating);
        QCOMPARE(signingIn.session.mppeBits(), 0);
        QVERIFY(signingIn.session.user.isEmpty());
        QVERIFY(signingIn.session.assignedTunnel().isEmpty()); // "0.0.0.0" on the wire
        QVERIFY(!signingIn.traffic.has_value());

        for (const auto &[text, bits] :
             {std::pair{"40-bit", 40}, std::pair{"56-bit", 56}, std::pair{"128-bit", 128}}) {
            QJsonObject o = parse(SessionUp);
            o["mppe"] = text;
            o["mppeMode"] = "stateful";
            auto s = SessionInfo::fromJson(o);
            QVERIFY(s);
            QCOMPARE(s->mppeBits(), bits);
            QVERIFY(s->isStatefulMppe());
        }
        QJsonObject odd = parse(SessionUp);
        odd["mppe"] = "strong";
        auto refused = SessionInfo::fromJson(odd);
        QVERIFY(!refused);
        QVERIFY(QString::fromStdString(refused.message()).contains("'mppe'"));
        QJsonObject half = parse(SessionUp);
        half.remove("mppeMode");
        QVERIFY(!SessionInfo::fromJson(half));

        auto history = SessionHistoryResult::fromJson(parse(SessionHistory));
        QVERIFY(history);
        QCOMPARE(history->sessions[0].mppeBits(), 128);
        QCOMPARE(history->sessions[0].mppeMode(), QString("stateless"));
        QCOMPARE(history->sessions[0].ended, utc(2026, 11, 27, 9, 0));
        QCOMPARE(history->sessions[0].bytesIn, Q_INT64_C(5000000000));
        QCOMPARE(history->sessions[1].mppeBits(), 0);
        QVERIFY(history->sessions[1].mppeMode().isEmpty());
    }

    void aSessionNamesItsClientWhenKeywarddKnowsIt()
    {
        QJsonObject o = parse(SessionUp);
        auto plain = keyward::api::SessionInfo::fromJson(o);
        QVERIFY(plain.ok());
        QVERIFY(plain->client.isEmpty());
        QVERIFY(!plain->toJson().contains("client")); // not sent when not known
        o["client"] = "Windows RAS";
        o["clientVersion"] = "5.20";
        o["clientLegacy"] = true;
        auto named = keyward::api::SessionInfo::fromJson(o);
        QVERIFY2(named.ok(), named.message().c_str());
        QCOMPARE(named->client, QString("Windows RAS"));
        QCOMPARE(named->clientVersion, QString("5.20"));
        QVERIFY(named->clientLegacy);
        QCOMPARE(named->toJson(), o);
    }

    void aSessionNamesTheBackendThatSignedItIn()
    {
        QJsonObject o = parse(SessionUp);
        QVERIFY(!SessionInfo::fromJson(o)->toJson().contains("signIn")); // not sent when not known
        o["signIn"] = "radius";
        auto named = SessionInfo::fromJson(o);
        QVERIFY2(named.ok(), named.message().c_str());
        QCOMPARE(named->signIn, QString("radius"));
        QCOMPARE(named->toJson(), o);
    }

    void sessionEventsCarryTheSessionAndWhatHappened()
    {
        auto changed = SessionChangedEvent::fromJson(parse(SessionChanged));
        QVERIFY(changed);
        QCOMPARE(changed->change, QString("rekeyed"));
        QCOMPARE(changed->session.user, QString("gina"));
        auto ended = SessionEndedEvent::fromJson(parse(SessionEnded));
        QVERIFY(ended);
        QCOMPARE(ended->reason, QString("handshake timeout"));
        QCOMPARE(ended->session.id, 802);
        auto revoked = SessionRevokeResult::fromJson(parse(SessionRevoke));
        QVERIFY(revoked);
        QVERIFY(revoked->state == UserState::Revoked);
        auto rekey = SessionRekeyResult::fromJson(parse(SessionRekey));
        QVERIFY(rekey);
        QVERIFY(rekey->rekeyed());
    }

    void aLockoutSaysHowManyFailuresLockedTheUser()
    {
        auto alert = Alert::fromJson(parse(LockoutWithFailures));
        QVERIFY(alert);
        QCOMPARE(alert->failures, std::optional<int>(5));
        auto without = Alert::fromJson(parse(Lockout));
        QVERIFY(without);
        QCOMPARE(without->failures, std::nullopt);
        QVERIFY(!without->toJson().contains("failures")); // not sent when not known
        QJsonObject mistyped = parse(LockoutWithFailures);
        mistyped["failures"] = "5";
        auto refused = Alert::fromJson(mistyped);
        QVERIFY(!refused);
        QVERIFY2(QString::fromStdString(refused.message()).contains("'failures'"),
                 refused.message().c_str());
    }

    void unknownStatesAreRefusedByName()
    {
        QJsonObject user = parse(UserDisable);
        user["state"] = "sleeping";
        auto refused = UserStateResult::fromJson(user);
        QVERIFY(!refused);
        QVERIFY2(QString::fromStdString(refused.message()).contains("'state'"),
                 refused.message().c_str());
        QVERIFY(QString::fromStdString(refused.message()).contains("sleeping"));
        QJsonObject session = parse(SessionUp);
        session["state"] = "dozing";
        QVERIFY(!SessionInfo::fromJson(session));
        for (UserState s : {UserState::Active, UserState::Locked, UserState::Disabled,
                            UserState::Revoked, UserState::Damaged})
            QVERIFY(userStateFromString(toString(s)) == std::optional<UserState>(s));
    }

    void timesAreCheckedAndKeptToTheirPrecision()
    {
        auto audit = AuditListResult::fromJson(parse(AuditList));
        QVERIFY(audit);
        QCOMPARE(audit->entries[0].at, utc(2026, 11, 27, 10, 0, 0, 123));
        QCOMPARE(audit->entries[0].id, Q_INT64_C(7));
        QCOMPARE(audit->entries[0].details.value("generated").toBool(), false);
        QVERIFY(audit->entries[1].details.isEmpty());
        QJsonObject w = parse(WindowPlan);
        w["start"] = "next tuesday";
        auto refused = ChangeWindow::fromJson(w);
        QVERIFY(!refused);
        QVERIFY(QString::fromStdString(refused.message()).contains("'start'"));
        // A time keywardd may leave empty is "never"; one it always fills is required.
        QJsonObject u = parse(UserList).value("users").toArray().at(0).toObject();
        u["passwordChanged"] = "";
        QVERIFY(!UserSummary::fromJson(u));
        auto tokens = TokenListResult::fromJson(parse(TokenList));
        QVERIFY(tokens);
        QVERIFY(tokens->tokens[0].lastUsed.isValid());
        QVERIFY(!tokens->tokens[1].lastUsed.isValid());
        QVERIFY(tokens->tokens[0].expires.isValid());
        QVERIFY(!tokens->tokens[1].expires.isValid());
        // An older keywardd's token list has no role, expiry or sources: still read.
        auto older = TokenListResult::fromJson(parse(
            R"J({"tokens":[{"name":"old","created":"2026-11-01T10:00:00Z","lastUsed":""}]})J"));
        QVERIFY(older);
        QVERIFY(older->tokens[0].role.isEmpty() && older->tokens[0].sources.isEmpty());
        // token.create's params: a role it knows, an expiry in range.
        QVERIFY(!TokenCreateParams::fromJson(parse(R"J({"name":"x","role":"root"})J")));
        QVERIFY(!TokenCreateParams::fromJson(parse(R"J({"name":"x","expiresInDays":-1})J")));
        QCOMPARE(TokenCreateParams::fromJson(parse(R"J({"name":"x"})J"))->role, QString("admin"));
    }

    void wholeNumbersMustBeWhole()
    {
        QJsonObject o = parse(SessionDisconnect);
        o["id"] = 1.5;
        auto refused = SessionRef::fromJson(o);
        QVERIFY(!refused);
        QVERIFY(QString::fromStdString(refused.message()).contains("whole number"));
        o["id"] = "4711";
        QVERIFY(!SessionRef::fromJson(o));
    }

    void thePolicyReadsByNameAndKey()
    {
        auto got = PolicyGetResult::fromJson(parse(PolicyGet));
        QVERIFY(got);
        QCOMPARE(got->policy, PolicySettings()); // keywardd's defaults
        QCOMPARE(got->bounds.size(), 9);
        QCOMPARE(got->bounds.value("passwordMaxAgeDays"), (PolicyBound{30, 90}));
        QVERIFY(got->weaknesses.isEmpty());
        auto set = PolicySetResult::fromJson(parse(PolicySet));
        QVERIFY(set);
        QCOMPARE(set->policy.passwordMaxAgeDays, 45);
        QVERIFY(set->policy.allowMppe40);
        QCOMPARE(set->policy.number(u"passwordMaxAgeDays"), std::optional<int>(45));
        QCOMPARE(set->policy.flag(u"allowMppe40"), std::optional<bool>(true));
        QCOMPARE(set->policy.number(u"allowMppe40"), std::nullopt);
        QCOMPARE(set->policy.flag(u"noSuchSetting"), std::nullopt);
        // Every key an editor may offer is one keywardd sends.
        const QJsonObject sent = parse(PolicyGet).value("policy").toObject();
        for (const QString &key : PolicySettings::numberKeys() + PolicySettings::switchKeys())
            QVERIFY2(sent.contains(key), qPrintable(key));
        QCOMPARE(PolicySettings::numberKeys().size() + PolicySettings::switchKeys().size() + 1,
                 sent.size());
        // A preview lays the pending changes over the policy.
        const PolicySettings preview =
            got->policy.with({{"passwordMaxAgeDays", 45}, {"allowMppe56", true}, {"unknown", 1}});
        QCOMPARE(preview.passwordMaxAgeDays, 45);
        QVERIFY(preview.allowMppe56);
        QCOMPARE(preview.passwordMinLength, 12);
    }

    void everyValueSurvivesARoundTrip()
    {
        const QDateTime t = utc(2026, 11, 27, 10, 0, 5);
        QVERIFY(roundTrips(LoginFailure{t, "gina", "192.0.2.2", 648}));
        QVERIFY(roundTrips(Alert{"lockout", "gina", "192.0.2.2", std::nullopt}));
        QVERIFY(roundTrips(Alert{"lockout", "gina", "192.0.2.2", 5}));
        QVERIFY(roundTrips(StatusResult{"keywardd",
                                        "1.0",
                                        "0.0.0.0",
                                        "192.0.2.1:7443",
                                        "AB:CD",
                                        3,
                                        {"weak"},
                                        {LoginFailure{t, "", "192.0.2.9", 691}},
                                        std::nullopt,
                                        std::nullopt}));
        const RadiusServerStatus upServer{"192.0.2.10:1812", "up", std::nullopt, t, 23, 5, 1, 0,
                                          "require"};
        const RadiusServerStatus deadServer{
            "192.0.2.11:1812", "dead", 12, {}, std::nullopt, 0, 0, 2, "no"};
        const SignInStatus signIn{"radius", {{"office", "local"}}, {upServer, deadServer}};
        QVERIFY(roundTrips(upServer));
        QVERIFY(roundTrips(deadServer));
        QVERIFY(roundTrips(signIn));
        QVERIFY(roundTrips(SignInStatus{"local", {}, {}}));
        QVERIFY(roundTrips(AccountingStatus{true, 2, 1, t, "192.0.2.10:1813"}));
        QVERIFY(roundTrips(AccountingStatus{true, 0, 0, {}, {}}));
        QVERIFY(roundTrips(StatusResult{"keywardd",
                                        "1.0",
                                        "0.0.0.0",
                                        "",
                                        "",
                                        0,
                                        {},
                                        {},
                                        signIn,
                                        AccountingStatus{true, 0, 0, t, "192.0.2.10:1813"}}));
        QVERIFY(roundTrips(Alert{"radius-down", "", "192.0.2.10:1812", std::nullopt}));
        QVERIFY(roundTrips(UserRef{"gina"}));
        QVERIFY(roundTrips(UserAddParams{"gina", "Correct-horse-42", true}));
        QVERIFY(roundTrips(UserAddParams{"gina", {}, std::nullopt}));
        QVERIFY(roundTrips(UserAddParams{"gina", {}, false}));
        QVERIFY(roundTrips(UserAddResult{"hal", true, "Tq8-kLm.nPz+2wXy4R"}));
        QVERIFY(roundTrips(UserAddResult{"gina", false, {}}));
        const UserSummary summary{"hal", UserState::Locked, true,          t, t.addDays(90),
                                  5,     t.addDays(-1),     "198.51.100.7"};
        QVERIFY(roundTrips(summary));
        QVERIFY(roundTrips(UserSummary{"new", UserState::Revoked, false, t, t, 0, {}, {}}));
        QVERIFY(roundTrips(UserListResult{{summary, summary}}));
        QVERIFY(roundTrips(UserDetail{"gina",
                                      UserState::Disabled,
                                      true,
                                      {"a", "b"},
                                      t,
                                      t,
                                      t.addDays(90),
                                      89,
                                      2,
                                      t.addSecs(900),
                                      t,
                                      "192.0.2.2",
                                      {1, 2}}));
        QVERIFY(roundTrips(
            UserDetail{"gina", UserState::Active, false, {}, {}, {}, {}, -3, 0, {}, {}, {}, {}}));
        QVERIFY(roundTrips(UserStateResult{"gina", UserState::Disabled, 2}));
        QVERIFY(roundTrips(UserDeleteResult{"gina", 1}));
        QVERIFY(roundTrips(UserResetResult{"bob", "Rf4_hJk8.mNp2+Qw9z", true, 1}));
        QVERIFY(roundTrips(UserGroups{"gina", {"office", "sales"}}));
        QVERIFY(roundTrips(UserGroups{"gina", {}}));
        QVERIFY(roundTrips(OneTimePassword{"ivy", "Aa2-bB3.cC4+dD5_eE"}));
        QVERIFY(roundTrips(UserImportParams{"name,groups\nivy,office\n"}));
        QVERIFY(roundTrips(UserImportResult{{OneTimePassword{"ivy", "x"}}}));
        QVERIFY(roundTrips(UserRotateParams{{"carol", "dave"}, {}, std::nullopt, std::nullopt}));
        QVERIFY(roundTrips(UserRotateParams{{}, "office", 60, std::nullopt}));
        QVERIFY(roundTrips(UserRotateParams{{}, {}, 0, std::nullopt}));
        QVERIFY(roundTrips(UserRotateParams{{}, "office", std::nullopt, 48}));
        QVERIFY(roundTrips(UserRotateResult{{OneTimePassword{"carol", "y"}}, 2, {}}));
        {
            const QDateTime at(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC);
            const WeakUse weak{"gina", 3, "40-bit stateful", "40-bit MPPE", at};
            WindowInventory inv;
            inv.serverVersion = "1.2.3";
            inv.mppeStrengths = {"40-bit", "128-bit"};
            inv.authMethods = {"mschapv2"};
            inv.maxSessionHours = 8;
            inv.clients = {InventoryClient{"Windows RAS", "5.20", true, 2, {"gina", "hal"}}};
            inv.accounts = AccountCounts{5, 3, 1, 0, 1, 2, 1};
            inv.credentialAge = {AgeBucket{"0-29 days", 0, 29, 4},
                                 AgeBucket{"180+ days", 180, -1, 1}};
            inv.weak = {weak, WeakUse{"hal", 0, "56-bit stateless", "last signed in", {}}};
            QVERIFY(roundTrips(inv));
            QVERIFY(roundTrips(BaselineParams{12, std::nullopt}));
            QVERIFY(roundTrips(BaselineResult{{{"allowMppe40", false}}, {weak}, true, 1}));
            QVERIFY(roundTrips(
                TemporaryCredentialList{{TemporaryCredential{"gina", at, at.addDays(1), "root"}}}));
            QVERIFY(roundTrips(WindowCleanupParams{true, {"hal"}}));
            QVERIFY(roundTrips(WindowCleanupResult{{"gina"}, {"hal"}, {"ivan"}, 2}));
            QVERIFY(roundTrips(WindowNoticeParams{4, {}, {}, std::nullopt}));
            QVERIFY(roundTrips(WindowNoticeParams{std::nullopt, "T", "2026-12-01T17:00:00Z", 30}));
            QVERIFY(roundTrips(
                NoticeText{NoticeTemplate{"{title}", "at {start}"}, "T", "at x", "<p>at x</p>"}));
            QVERIFY(roundTrips(ValidationResult{
                false,
                "kw-validate-1",
                {ValidationCheck{"128-bit", true, "up"}, ValidationCheck{"40-bit", false, "up"}}}));
        }
        QVERIFY(roundTrips(UserRotateResult{{OneTimePassword{"carol", "y"}},
                                            0,
                                            QDateTime(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC)}));
        QVERIFY(roundTrips(UserExpiringParams{30}));
        QVERIFY(roundTrips(ExpiringUser{"hal", t, -2, true}));
        QVERIFY(roundTrips(UserExpiringResult{{ExpiringUser{"hal", t, 2, false}}, 14}));

        const SessionInfo up{4711,        "gina",   "192.0.2.2", "10.75.0.2", t, SessionState::Up,
                             "MS-CHAPv2", "56-bit", "stateful"};
        const SessionInfo negotiating{
            802, "", "192.0.2.3", "0.0.0.0", t, SessionState::Negotiating, "MS-CHAPv2", {}, {}};
        QVERIFY(roundTrips(up));
        QVERIFY(roundTrips(negotiating));
        const SessionListEntry busy{up, 3600, SessionTraffic{4, Q_INT64_C(5000000000), 2, 3, 4}};
        QVERIFY(roundTrips(busy));
        const SessionFlow flow{12, 1, 7, 13, SessionDrops{1, 2, 0, 3, 0, 1, 2, 0, 4}};
        QCOMPARE(flow.drops.total(), qint64(13));
        const SessionListEntry flowing{up, 60, SessionTraffic{4, 5000, 2, 3, 4, flow}};
        QVERIFY(roundTrips(flowing));
        {
            // A row from a keywardd without the flow figures has no flow.
            QJsonObject old = flowing.toJson();
            for (const char *key :
                 {"packetsQueued", "windowTimeouts", "packetsLost", "packetsDropped", "drops"})
                old.remove(QLatin1String(key));
            auto read = SessionListEntry::fromJson(old);
            QVERIFY(read.ok());
            QCOMPARE(read->traffic->packetsIn, qint64(3));
            QVERIFY(!read->traffic->flow);
            // One that has them has all of them.
            QJsonObject partial = flowing.toJson();
            partial.remove(QLatin1String("drops"));
            QVERIFY(!SessionListEntry::fromJson(partial).ok());
        }
        QVERIFY(roundTrips(SessionListEntry{negotiating, 2, std::nullopt}));
        QVERIFY(roundTrips(
            SessionListResult{{busy, SessionListEntry{negotiating, 2, {}}}, std::nullopt}));
        QVERIFY(roundTrips(SessionListResult{{busy}, 42}));
        {
            // The text keywardd writes directly reads as the QJsonObject form does,
            // whatever a user name holds.
            SessionListEntry odd = flowing;
            odd.session.user = QString::fromUtf8("OFFICE\\j\"ü\"\n😀");
            odd.session.client = QStringLiteral("Windows RAS");
            odd.session.clientVersion = QStringLiteral("5.1");
            odd.session.clientLegacy = true;
            for (const SessionListResult &list :
                 {SessionListResult{{busy, flowing, odd, SessionListEntry{negotiating, 2, {}}}, 7},
                  SessionListResult{{}, std::nullopt}}) {
                QJsonParseError error{};
                JsonWriter out;
                list.writeJson(out);
                const QJsonDocument text = QJsonDocument::fromJson(out.take(), &error);
                QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
                QCOMPARE(text.object(), list.toJson());
                QCOMPARE(SessionListResult::fromJson(text.object()).value(), list);
            }
        }
        QVERIFY(roundTrips(SessionChangedEvent{up, "rekeyed"}));
        QVERIFY(roundTrips(SessionEndedEvent{negotiating, "idle for 1800 s"}));
        QVERIFY(roundTrips(SessionRef{4711}));
        QVERIFY(roundTrips(SessionRevokeResult{4711, "gina", UserState::Revoked, 2}));
        QVERIFY(roundTrips(SessionRekeyResult{4711, "disconnected", "the client could not"}));
        QVERIFY(roundTrips(SessionHistoryParams{200, {}}));
        QVERIFY(roundTrips(SessionHistoryParams{std::nullopt, "gina"}));
        const EndedSession ended{"gina", "192.0.2.2",   "10.75.0.2", "40-bit stateful",
                                 t,      t.addSecs(60), "idle",      Q_INT64_C(5000000000),
                                 7};
        QVERIFY(roundTrips(ended));
        QVERIFY(roundTrips(EndedSession{"", "192.0.2.3", "", "", t, t, "timeout", 0, 0}));
        QVERIFY(roundTrips(SessionHistoryResult{{ended}}));

        PolicySettings weak;
        weak.allowMppe40 = true;
        weak.allowStatefulMppe = true;
        weak.passwordMinLength = 8;
        weak.maxSessionHours = 24;
        weak.authMethods = {"mschapv2", "pap"};
        QVERIFY(roundTrips(weak));
        QVERIFY(roundTrips(PolicySettings()));
        QVERIFY(roundTrips(PolicyBound{8, 128}));
        QVERIFY(roundTrips(PolicyGetResult{weak, {{"passwordMinLength", {8, 128}}}, {"w"}}));
        QVERIFY(roundTrips(PolicySetParams{{{"allowMppe40", true}, {"lockoutMinutes", 30}}}));
        QVERIFY(roundTrips(PolicySetResult{weak, {"a", "b"}}));

        QVERIFY(roundTrips(AuditListParams{"root (uid 0)", "user.", "gina", 500, 1234}));
        QVERIFY(roundTrips(AuditListParams{{}, {}, {}, std::nullopt, 0}));
        const AuditEntry entry{
            7,    utc(2026, 11, 27, 10, 0, 0, 123), "root (uid 0)", "user.add", "gina",
            "ok", QJsonObject{{"generated", true}}};
        QVERIFY(roundTrips(entry));
        QVERIFY(roundTrips(AuditListResult{{entry, entry}}));
        QVERIFY(roundTrips(
            AuditVerifyResult{false, 12, 3, "entry 3 was altered", 1, 2, 3, "rewritten"}));

        QVERIFY(roundTrips(TokenRef{"laptop"}));
        QVERIFY(roundTrips(
            TokenCreateResult{"laptop", "kw_not-a-real-token", "AB:CD", "admin", {}, {}}));
        QVERIFY(roundTrips(TokenCreateResult{
            "laptop", "kw_not-a-real-token", "AB:CD", "operator", t, {"192.0.2.0/24"}}));
        QVERIFY(roundTrips(TokenInfo{"laptop", "admin", t, {}, {}, {}, {}}));
        QVERIFY(roundTrips(TokenListResult{
            {TokenInfo{"laptop", "auditor", t, t, {"10.0.0.0/8"}, t, "10.1.2.3"}}}));
        QVERIFY(roundTrips(TokenCreateParams{"laptop", "auditor", 30, {"192.0.2.0/24"}}));
        QVERIFY(roundTrips(TokenCreateParams{"laptop", "admin", 0, {}}));

        const ChangeWindow window{1, "Office rotation", t, 90, "office", 0, "root (uid 0)"};
        QVERIFY(roundTrips(window));
        QCOMPARE(window.end(), t.addSecs(90 * 60));
        QVERIFY(roundTrips(ChangeWindowList{{window, window}}));
        QVERIFY(roundTrips(ChangeWindowList{}));
        QVERIFY(roundTrips(
            WindowPlanParams{"Rotation", "2026-12-01T18:00:00Z", 90, "office", std::nullopt}));
        QVERIFY(roundTrips(WindowPlanParams{"Rotation", "tomorrow", std::nullopt, {}, 60}));
        QVERIFY(roundTrips(WindowRef{3}));
    }

    void paramsAreSentAsKeywarddReadsThem()
    {
        // Optional params are left out, so keywardd applies its own defaults.
        QCOMPARE(wire(UserAddParams{"gina", {}, std::nullopt}.toJson()),
                 QByteArray(R"J({"name":"gina"})J"));
        QCOMPARE(wire(UserRotateParams{{}, "office", std::nullopt, std::nullopt}.toJson()),
                 QByteArray(R"J({"group":"office"})J"));
        QCOMPARE(wire(SessionHistoryParams{200, {}}.toJson()), QByteArray(R"J({"limit":200})J"));
        QCOMPARE(wire(AuditListParams{{}, "window.", {}, std::nullopt, 0}.toJson()),
                 QByteArray(R"J({"action":"window."})J"));
        QCOMPARE(wire(WindowPlanParams{"T", "S", std::nullopt, {}, std::nullopt}.toJson()),
                 QByteArray(R"J({"start":"S","title":"T"})J"));
        // And read with keywardd's defaults when absent.
        auto expiring = UserExpiringParams::fromJson({});
        QVERIFY(expiring);
        QCOMPARE(expiring->days, 14);
        auto plan = WindowPlanParams::fromJson(parse(R"J({"title":"T"})J"));
        QVERIFY(!plan);
        QVERIFY(QString::fromStdString(plan.message()).contains("'start'"));
        QVERIFY(!UserRef::fromJson({}));
        QVERIFY(!SessionRef::fromJson({}));
        QVERIFY(!PolicySetParams::fromJson({}));
    }

    void aRestoreReasonIsOneBoundedLine()
    {
        // Kept in the restore's audit entry: it must read as one line and stay short.
        const BackupRestoreParams rollback{"20261130-0012", "pass", true,
                                           "change window rolled back: rotation failed"};
        QVERIFY(roundTrips(rollback));
        QVERIFY(!wire(BackupRestoreParams{"id", "pass", true, {}}.toJson()).contains("reason"));
        for (const QString &bad : {QString("two\nlines"), QString("bell\x07"),
                                   QString(BackupRestoreParams::MaxReasonLength + 1, 'x')}) {
            auto json = rollback.toJson();
            json.insert("reason", bad);
            const auto parsed = BackupRestoreParams::fromJson(json);
            QVERIFY2(!parsed, qPrintable(bad.left(20)));
            QVERIFY(QString::fromStdString(parsed.message()).contains("'reason'"));
        }
    }
};

QTEST_GUILESS_MAIN(TestApiMessages)
#include "TestApiMessages.moc"
