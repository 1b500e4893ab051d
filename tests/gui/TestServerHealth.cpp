// A server's sign-in health as `status` reports it, read and put in words: RADIUS
// servers up or not answering with their last answer, a Message-Authenticator not
// required shown as weak, accounting waiting; an older server that says nothing of
// it; and the sessions table's Sign-in column for each backend (no server needed).

#include "Localization.h"
#include "models/ServerHealth.h"
#include "models/SessionModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace keyward::console;

namespace {
const QDateTime Now = QDateTime::fromString(QStringLiteral("2026-11-30T10:00:30Z"), Qt::ISODate);

QJsonObject status(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

class TestServerHealth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Localization::install(*QCoreApplication::instance(), "en"); }

    void radiusServersAndAccountingAreRead()
    {
        const ServerHealth h = ServerHealth::fromStatus(status(R"({
            "version": "1.4.0",
            "signIn": { "backend": "radius",
                        "groups": [ {"group": "contractors", "backend": "radius-then-local"} ],
                        "radiusServers": [
                          { "address": "192.0.2.10:1812", "state": "up", "deadForSeconds": 0,
                            "lastAnswer": "2026-11-30T10:00:00Z", "roundTripMs": 23,
                            "accepts": 5, "rejects": 1, "timeouts": 0,
                            "messageAuthenticator": "require" },
                          { "address": "192.0.2.11:1812", "state": "dead", "deadForSeconds": 95,
                            "lastAnswer": "2026-11-30T09:58:00Z",
                            "messageAuthenticator": "no" } ] },
            "accounting": { "enabled": true, "waiting": 3, "dropped": 0,
                            "lastAnswer": "2026-11-30T09:58:00Z", "lastServer": "192.0.2.10:1813" }
        })"));
        QCOMPARE(h.backend(), QStringLiteral("radius"));
        QVERIFY(h.usesRadius());
        QCOMPARE(h.groups().size(), 1);
        QCOMPARE(h.groups().first().backend, QStringLiteral("radius-then-local"));
        QCOMPARE(h.radiusServers().size(), 2);
        QCOMPARE(h.radiusServers().at(0).roundTripMs, 23);
        QCOMPARE(h.radiusServers().at(1).state, QStringLiteral("dead"));
        QVERIFY(h.accounting().has_value());
        QCOMPARE(h.accounting()->waiting, 3);

        QCOMPARE(ServerHealth::describe(h.radiusServers().at(0), Now),
                 QStringLiteral("192.0.2.10:1812: answering (23 ms), last answer 30 s ago"));
        QVERIFY2(ServerHealth::describe(h.radiusServers().at(1), Now)
                     .startsWith("192.0.2.11:1812: not answering for 1 min"),
                 qPrintable(ServerHealth::describe(h.radiusServers().at(1), Now)));

        // The admin is warned, in words, of the dead server, the weak one and the queue.
        const QStringList warnings = h.warnings();
        QCOMPARE(warnings.size(), 3);
        QVERIFY(warnings.at(0).contains("192.0.2.11:1812 is not answering"));
        QVERIFY(warnings.at(1).contains("without a Message-Authenticator"));
        QVERIFY(warnings.at(2).contains("3 accounting records wait to be sent"));
        QCOMPARE(h.summary(), QStringLiteral("1 of 2 RADIUS servers not answering; "
                                             "3 accounting records waiting"));

        const QString html = h.detailsHtml(Now);
        QVERIFY(
            html.contains("Group contractors: RADIUS, then the local store when RADIUS is down"));
        QVERIFY(html.contains("5 accepted, 1 rejected, 0 timed out"));
        // "no" is shown in red as weak; "require" is not.
        QVERIFY(html.contains(
            "<span style=\"color:#b00020\">Message-Authenticator not required: weak"));
        QVERIFY(html.contains("<br>Message-Authenticator required</li>"));
        QVERIFY(html.contains("Accounting: 3 records waiting"));
    }

    void aHealthyServerHasNoWarnings()
    {
        const ServerHealth h = ServerHealth::fromStatus(status(R"({
            "signIn": { "backend": "radius", "radiusServers": [
                { "address": "192.0.2.10:1812", "state": "up", "messageAuthenticator": "auto" },
                { "address": "192.0.2.12:1812", "state": "untried" } ] },
            "accounting": { "enabled": true, "waiting": 0, "dropped": 0 }
        })"));
        QVERIFY(h.warnings().isEmpty());
        QCOMPARE(h.summary(), QStringLiteral("2 RADIUS servers answering"));
        QCOMPARE(ServerHealth::describe(h.radiusServers().at(1), Now),
                 QStringLiteral("192.0.2.12:1812: not asked yet, no answer yet"));
        QVERIFY(!h.detailsHtml(Now).contains("color:#b00020"));
    }

    void anOlderServerSaysNothingAndNothingBreaks()
    {
        const ServerHealth none = ServerHealth::fromStatus(status(R"({"version": "1.0"})"));
        QVERIFY(!none.usesRadius());
        QVERIFY(none.warnings().isEmpty());
        QVERIFY(none.summary().isEmpty());
        QVERIFY(none.detailsHtml(Now).isEmpty());
        QVERIFY(!none.accounting().has_value());

        // Wrong types and missing members are skipped, not misread.
        const ServerHealth odd = ServerHealth::fromStatus(status(R"({
            "signIn": { "backend": 7, "groups": "x", "radiusServers": [ 1, {"state": "dead"},
                { "address": "192.0.2.10:1812", "deadForSeconds": "long" } ] },
            "accounting": [] })"));
        QCOMPARE(odd.radiusServers().size(), 1);
        QCOMPARE(odd.radiusServers().first().deadForSeconds, -1);
        QVERIFY(odd.backend().isEmpty());
        QVERIFY(!odd.accounting().has_value());
        QCOMPARE(ServerHealth::describe(odd.radiusServers().first(), Now),
                 QStringLiteral("192.0.2.10:1812: state not known, no answer yet"));
    }

    void theSignInColumnNamesTheBackend()
    {
        SessionModel model;
        QJsonArray sessions;
        const QList<QPair<int, QString>> backends{
            {1, "radius"}, {2, "local"}, {3, "local (RADIUS down)"}, {4, QString()}};
        for (const auto &[id, backend] : backends) {
            QJsonObject s{{"id", id},
                          {"user", QStringLiteral("user%1").arg(id)},
                          {"peerAddress", "198.51.100.7"},
                          {"tunnelAddress", "10.75.0.2"},
                          {"started", "2026-11-30T09:59:00Z"},
                          {"state", "up"},
                          {"auth", "MS-CHAPv2"},
                          {"durationSeconds", 5}};
            if (!backend.isEmpty())
                s.insert("signIn", backend);
            sessions.append(s);
        }
        model.applySnapshot(sessions);
        QCOMPARE(model.rowCount(), 4);
        auto cell = [&](int id, int role = Qt::DisplayRole) {
            return model.index(model.rowOfSession(id), SessionModel::SignIn).data(role).toString();
        };
        QCOMPARE(model.headerData(SessionModel::SignIn, Qt::Horizontal).toString(),
                 QStringLiteral("Sign-in"));
        QVERIFY(!model.headerData(SessionModel::SignIn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        QCOMPARE(cell(1), QStringLiteral("RADIUS"));
        QCOMPARE(cell(2), QStringLiteral("Local"));
        QCOMPARE(cell(3), QStringLiteral("Local (RADIUS down)"));
        QCOMPARE(cell(4), QString());
        QVERIFY(cell(1, Qt::ToolTipRole).contains("RADIUS server checked"));
        QVERIFY(cell(3, Qt::ToolTipRole).contains("No RADIUS server answered"));
        // Sortable: the sort role gives the words too.
        QCOMPARE(model.index(model.rowOfSession(1), SessionModel::SignIn)
                     .data(SessionModel::SortRole)
                     .toString(),
                 QStringLiteral("RADIUS"));
        // The Server column shows the model's server.
        model.setServerName("branch-office");
        QCOMPARE(model.index(0, SessionModel::Server).data().toString(),
                 QStringLiteral("branch-office"));
    }
};

QTEST_MAIN(TestServerHealth)
#include "TestServerHealth.moc"
