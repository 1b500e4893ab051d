// The sessions service: what an admin may do to live sessions, what each refuses,
// that nothing ends without its audit entry, and the JSON a console reads.

#include "AdminFixture.h"
#include "admin/SessionEventPublisher.h"
#include "admin/SessionService.h"
#include "api/AdminEvent.h"
#include "api/AdminMethod.h"

#include <QSqlQuery>
#include <QTest>

using namespace keyward;
namespace Method = keyward::api::Method;

class TestSessionService : public QObject
{
    Q_OBJECT

private:
    // The data of every session.delta published so far.
    QList<QJsonObject> deltas() const
    {
        QList<QJsonObject> out;
        for (const QJsonValue &e : m_fx->events)
            if (e.toObject().value("event").toString() == api::Event::SessionDelta)
                out << e.toObject().value("data").toObject();
        return out;
    }

private slots:
    void init()
    {
        m_fx = std::make_unique<AdminFixture>();
        m_service =
            std::make_unique<admin::SessionService>(*m_fx->context, m_fx->sessions, *m_fx->history);
        m_service->registerMethods(m_fx->registry);
    }

    void listShowsEachSessionWithItsMppeAndCounters()
    {
        auto &s = m_fx->sessions.add(21, "alice");
        s.hasCounters = true;
        s.bytesIn = 1000;
        m_fx->sessions.add(22, "").up = false;
        const Reply r = m_fx->call(Method::SessionList);
        QVERIFY(r.ok());
        const QJsonArray list = r.result.value("sessions").toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject first = list[0].toObject();
        QCOMPARE(first.value("id").toInt(), 21);
        QCOMPARE(first.value("state").toString(), QString("up"));
        QCOMPARE(first.value("mppe").toString(), QString("128-bit"));
        QCOMPARE(first.value("mppeMode").toString(), QString("stateless"));
        QCOMPARE(first.value("bytesIn").toInteger(), 1000);
        QCOMPARE(list[1].toObject().value("state").toString(), QString("negotiating"));
        QVERIFY(!list[1].toObject().contains("bytesIn"));
    }

    void disconnectAuditsThenEnds()
    {
        m_fx->sessions.add(23, "bob");
        const Reply r = m_fx->call(Method::SessionDisconnect, {{"id", 23}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QVERIFY(m_fx->sessions.live.isEmpty());
        QVERIFY(m_fx->sessions.endReasons.first().startsWith("disconnected by root"));
        QCOMPARE(m_fx->audited(Method::SessionDisconnect).first().target, QString("bob"));
    }

    void theClientIsToldWhyButNotWho()
    {
        QVERIFY(m_fx->addUser("dave"));
        m_fx->sessions.add(23, "bob");
        m_fx->sessions.add(26, "dave");
        QVERIFY(m_fx->call(Method::SessionDisconnect, {{"id", 23}}).ok());
        QVERIFY(m_fx->call(Method::SessionRevoke, {{"id", 26}}).ok());
        QCOMPARE(m_fx->sessions.toldReasons,
                 QStringList({"disconnected by an administrator", "revoked by an administrator"}));
        // The record still names the admin.
        QVERIFY(m_fx->sessions.endReasons[1].contains("revoked by root"));
    }

    void noDisconnectWithoutItsAuditEntry()
    {
        m_fx->sessions.add(24, "carol");
        QSqlQuery q(m_fx->database().connection());
        QVERIFY(q.exec("CREATE TRIGGER refuse BEFORE INSERT ON audit "
                       "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
        const Reply r = m_fx->call(Method::SessionDisconnect, {{"id", 24}});
        QCOMPARE(r.errorCode, ipc::ErrorCode::Internal);
        QCOMPARE(m_fx->sessions.live.size(), 1);
    }

    void noRekeyWithoutItsAuditEntry()
    {
        m_fx->sessions.add(24, "carol");
        QSqlQuery q(m_fx->database().connection());
        QVERIFY(q.exec("CREATE TRIGGER refuse BEFORE INSERT ON audit "
                       "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
        const Reply r = m_fx->call(Method::SessionRekey, {{"id", 24}});
        QVERIFY(r.answered);
        QCOMPARE(r.errorCode, ipc::ErrorCode::Internal);
        QVERIFY(!m_fx->sessions.pendingRekey); // the session was not touched
        QCOMPARE(m_fx->sessions.live.size(), 1);
    }

    void unknownSessionsAreNotFound_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("disconnect") << Method::SessionDisconnect;
        QTest::newRow("revoke") << Method::SessionRevoke;
        QTest::newRow("rekey") << Method::SessionRekey;
    }

    void unknownSessionsAreNotFound()
    {
        QFETCH(QString, method);
        QCOMPARE(m_fx->call(method, {{"id", 999}}).errorCode, ipc::ErrorCode::NotFound);
        QCOMPARE(m_fx->call(method, {}).errorCode, ipc::ErrorCode::NotFound);
    }

    void revokeNeedsAnAuthenticatedSessionAndDisablesTheAccount()
    {
        m_fx->sessions.add(25, ""); // still negotiating: no user yet
        QCOMPARE(m_fx->call(Method::SessionRevoke, {{"id", 25}}).errorCode,
                 ipc::ErrorCode::NotFound);
        QVERIFY(m_fx->addUser("dave"));
        m_fx->sessions.add(26, "dave");
        m_fx->sessions.add(27, "dave");
        const Reply r = m_fx->call(Method::SessionRevoke, {{"id", 26}});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.result.value("sessionsEnded").toInt(), 2);
        QVERIFY((*m_fx->credentials->findUser("dave"))->state == core::AccountState::Revoked);
        QCOMPARE(m_fx->audited(Method::SessionRevoke).size(), 1);
    }

    void rekeyAnswersWhenTheSessionHasNewKeysAndAuditsTheOutcome()
    {
        m_fx->sessions.add(28, "erin");
        const Reply pending = m_fx->call(Method::SessionRekey, {{"id", 28}});
        QVERIFY(!pending.answered); // the answer comes with the outcome
        QCOMPARE(m_fx->call(Method::SessionRekey, {{"id", 28}}).errorCode,
                 ipc::ErrorCode::Conflict); // one at a time
        m_fx->sessions.pendingRekey(QStringLiteral("rekeyed"), QStringLiteral("new keys"));
        m_fx->sessions.pendingRekey = {};
        const auto entries = m_fx->audited(Method::SessionRekey);
        QCOMPARE(entries.size(), 2); // the request before it started, then its outcome
        QCOMPARE(entries[0].outcome, QString("rekeyed"));
        QCOMPARE(entries[0].target, QString("erin"));
        QCOMPARE(entries[1].outcome, QString("requested"));
        QCOMPARE(entries[1].target, QString("erin"));
    }

    void historyListsEndedSessionsNewestFirst()
    {
        core::LiveSession ended;
        ended.id = 5;
        ended.user = QStringLiteral("fay");
        ended.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        ended.endedAt = QDateTime::currentDateTimeUtc();
        ended.endReason = QStringLiteral("idle for 1800 s");
        ended.mppeStrength = QStringLiteral("128-bit");
        ended.mppeMode = QStringLiteral("stateless");
        ended.bytesIn = 42;
        QVERIFY(m_fx->history->recordEnded(ended).ok());
        const Reply r = m_fx->call(Method::SessionHistory, {{"user", "fay"}});
        QVERIFY(r.ok());
        const QJsonObject first = r.result.value("sessions").toArray().first().toObject();
        QCOMPARE(first.value("reason").toString(), QString("idle for 1800 s"));
        QCOMPARE(first.value("mppe").toString(), QString("128-bit stateless"));
        QCOMPARE(first.value("bytesIn").toInteger(), 42);
    }

    // The exact JSON of every session.* reply and session event: keywardctl, the
    // console and scripts read it.

    void listRepliesWithEachSessionAndItsTraffic()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto &up = m_fx->sessions.add(4711, "gina");
        up.startedAt = QDateTime::fromSecsSinceEpoch(now - 3600, Qt::UTC);
        up.tunnelAddress = QStringLiteral("10.75.0.2");
        up.hasCounters = true;
        up.idleSeconds = 4;
        up.bytesIn = 5000000000;
        up.bytesOut = 1234567;
        up.packetsIn = 3600000;
        up.packetsOut = 9000;
        up.packetsQueued = 120;
        up.windowTimeouts = 1;
        up.packetsLost = 3;
        up.packetsDropped = 6;
        up.drops.noKeys = 1;
        up.drops.duplicate = 1;
        up.drops.late = 2;
        up.drops.malformed = 1;
        up.drops.tooLong = 1;
        auto &negotiating = m_fx->sessions.add(802, "");
        negotiating.startedAt = QDateTime::fromSecsSinceEpoch(now - 2, Qt::UTC);
        negotiating.peerAddress = QStringLiteral("192.0.2.3");
        negotiating.tunnelAddress = QStringLiteral("0.0.0.0");
        negotiating.up = false;
        negotiating.mppeStrength.clear();
        negotiating.mppeMode.clear();
        const Reply r = m_fx->call(Method::SessionList);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QJsonArray sessions = r.result.value("sessions").toArray();
        QCOMPARE(sessions.size(), 2);
        // How long each has lasted, taken out to compare the rest exactly.
        const qint64 expectedDurations[] = {3600, 2};
        for (int i = 0; i < 2; ++i) {
            QJsonObject s = sessions[i].toObject();
            const qint64 lasted = s.take("durationSeconds").toInteger(-1);
            QVERIFY2(lasted >= expectedDurations[i] && lasted <= expectedDurations[i] + 2,
                     qPrintable(QString::number(lasted)));
            s.insert("durationSeconds", expectedDurations[i]);
            sessions[i] = s;
        }
        const QJsonObject expected{
            {"sessions", QJsonArray{QJsonObject{{"id", 4711},
                                                {"user", "gina"},
                                                {"peerAddress", "192.0.2.7"},
                                                {"tunnelAddress", "10.75.0.2"},
                                                {"started", isoSeconds(now - 3600)},
                                                {"state", "up"},
                                                {"auth", "MS-CHAPv2"},
                                                {"mppe", "128-bit"},
                                                {"mppeMode", "stateless"},
                                                {"durationSeconds", 3600},
                                                {"idleSeconds", 4},
                                                {"bytesIn", Q_INT64_C(5000000000)},
                                                {"bytesOut", 1234567},
                                                {"packetsIn", 3600000},
                                                {"packetsOut", 9000},
                                                {"packetsQueued", 120},
                                                {"windowTimeouts", 1},
                                                {"packetsLost", 3},
                                                {"packetsDropped", 6},
                                                {"drops", QJsonObject{{"noKeys", 1},
                                                                      {"windowFull", 0},
                                                                      {"encrypt", 0},
                                                                      {"decrypt", 0},
                                                                      {"unencrypted", 0},
                                                                      {"duplicate", 1},
                                                                      {"late", 2},
                                                                      {"malformed", 1},
                                                                      {"tooLong", 1}}}},
                                    QJsonObject{{"id", 802},
                                                {"user", ""},
                                                {"peerAddress", "192.0.2.3"},
                                                {"tunnelAddress", "0.0.0.0"},
                                                {"started", isoSeconds(now - 2)},
                                                {"state", "negotiating"},
                                                {"auth", "MS-CHAPv2"},
                                                {"durationSeconds", 2}}}}};
        QCOMPARE(wire(QJsonObject{{"sessions", sessions}}), wire(expected));
    }

    void actionsReplyWithWhatTheyDid()
    {
        m_fx->sessions.add(23, "bob");
        QCOMPARE(wire(m_fx->call(Method::SessionDisconnect, {{"id", 23}}).result),
                 wire(jsonLiteral(R"J({"id":23})J")));
        QVERIFY(m_fx->addUser("dave"));
        m_fx->sessions.add(26, "dave");
        m_fx->sessions.add(27, "Dave");
        QCOMPARE(
            wire(m_fx->call(Method::SessionRevoke, {{"id", 26}}).result),
            wire(jsonLiteral(R"J({"id":26,"user":"dave","state":"revoked","sessionsEnded":2})J")));
        m_fx->sessions.add(28, "erin");
        QVERIFY(!m_fx->call(Method::SessionRekey, {{"id", 28}}).answered);
        m_fx->sessions.pendingRekey(QStringLiteral("disconnected"),
                                    QStringLiteral("the client cannot take new keys"));
        QVERIFY(m_fx->lastReply->ok());
        QCOMPARE(wire(m_fx->lastReply->result),
                 wire(jsonLiteral(R"J({"id":28,"outcome":"disconnected",
                                      "detail":"the client cannot take new keys"})J")));
        const auto entries = m_fx->audited(Method::SessionRekey);
        QCOMPARE(entries.size(), 2); // requested, then the outcome
        QCOMPARE(
            wire(entries[0].details),
            wire(jsonLiteral(R"J({"session":28,"detail":"the client cannot take new keys"})J")));
    }

    void historyRepliesWithEachEndedSession()
    {
        core::SessionRecord signedIn;
        signedIn.user = QStringLiteral("gina");
        signedIn.peerAddress = QStringLiteral("192.0.2.2");
        signedIn.tunnelAddress = QStringLiteral("10.75.0.2");
        signedIn.mppe = QStringLiteral("128-bit stateless");
        signedIn.startedAt =
            QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
        signedIn.endedAt = signedIn.startedAt + 3600;
        signedIn.endReason = QStringLiteral("revoked by root (uid 0)");
        signedIn.bytesIn = 5000000000;
        signedIn.bytesOut = 77;
        QVERIFY(m_fx->history->record(signedIn).ok());
        core::SessionRecord never;
        never.peerAddress = QStringLiteral("192.0.2.3");
        never.startedAt = signedIn.endedAt + 2;
        never.endedAt = never.startedAt + 30;
        never.endReason = QStringLiteral("handshake timeout");
        QVERIFY(m_fx->history->record(never).ok());
        const Reply r = m_fx->call(Method::SessionHistory);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(wire(r.result), wire(jsonLiteral(R"J({"sessions":[
                     {"user":"","peerAddress":"192.0.2.3","tunnelAddress":"","mppe":"",
                      "started":"2026-11-27T09:00:02Z","ended":"2026-11-27T09:00:32Z",
                      "reason":"handshake timeout","bytesIn":0,"bytesOut":0},
                     {"user":"gina","peerAddress":"192.0.2.2","tunnelAddress":"10.75.0.2",
                      "mppe":"128-bit stateless","started":"2026-11-27T08:00:00Z",
                      "ended":"2026-11-27T09:00:00Z","reason":"revoked by root (uid 0)",
                      "bytesIn":5000000000,"bytesOut":77}]})J")));
        QCOMPARE(m_fx->call(Method::SessionHistory, {{"user", "gina"}, {"limit", 5}})
                     .result.value("sessions")
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(m_fx->call(Method::SessionHistory, {{"limit", 1}})
                     .result.value("sessions")
                     .toArray()
                     .first()
                     .toObject()
                     .value("reason"),
                 QJsonValue("handshake timeout"));
    }

    void historyGivesTheLatestHundredUnlessToldOtherwise()
    {
        core::SessionRecord ended;
        ended.user = QStringLiteral("gina");
        ended.startedAt = QDateTime::currentSecsSinceEpoch() - 60;
        ended.endedAt = ended.startedAt + 30;
        for (int i = 0; i < 105; ++i)
            QVERIFY(m_fx->history->record(ended).ok());
        QCOMPARE(m_fx->call(Method::SessionHistory).result.value("sessions").toArray().size(), 100);
        QCOMPARE(m_fx->call(Method::SessionHistory, {{"limit", 103}})
                     .result.value("sessions")
                     .toArray()
                     .size(),
                 103);
    }

    void sessionEventsCarryTheSessionAndWhatHappened()
    {
        admin::SessionEventPublisher publisher(*m_fx->context, m_fx->sessions, {});
        core::LiveSession s;
        s.id = 4711;
        s.user = QStringLiteral("gina");
        s.peerAddress = QStringLiteral("192.0.2.2");
        s.tunnelAddress = QStringLiteral("10.75.0.2");
        s.startedAt = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
        s.up = true;
        s.mppeStrength = QStringLiteral("128-bit");
        s.mppeMode = QStringLiteral("stateless");
        s.hasCounters = true; // counters are not part of an event
        s.bytesIn = 99;
        publisher.onSessionUp(s);
        publisher.onSessionChanged(s, QStringLiteral("rekeyed"));
        core::LiveSession negotiating;
        negotiating.id = 802;
        negotiating.peerAddress = QStringLiteral("192.0.2.3");
        negotiating.tunnelAddress = QStringLiteral("0.0.0.0");
        negotiating.startedAt = QDateTime(QDate(2026, 11, 27), QTime(9, 59, 58), Qt::UTC);
        negotiating.endedAt = negotiating.startedAt.addSecs(30);
        negotiating.endReason = QStringLiteral("handshake timeout");
        publisher.onSessionEnded(negotiating);
        QCOMPARE(m_fx->events.size(), 3);
        auto event = [this](int i) { return m_fx->events[i].toObject(); };
        QCOMPARE(event(0).value("event").toString(), api::Event::SessionUp);
        QCOMPARE(wire(event(0).value("data").toObject()),
                 wire(jsonLiteral(R"J({"id":4711,"user":"gina","peerAddress":"192.0.2.2",
                     "tunnelAddress":"10.75.0.2","started":"2026-11-27T09:00:00Z","state":"up",
                     "auth":"MS-CHAPv2","mppe":"128-bit","mppeMode":"stateless"})J")));
        QCOMPARE(event(1).value("event").toString(), api::Event::SessionChanged);
        QCOMPARE(wire(event(1).value("data").toObject()),
                 wire(jsonLiteral(R"J({"id":4711,"user":"gina","peerAddress":"192.0.2.2",
                     "tunnelAddress":"10.75.0.2","started":"2026-11-27T09:00:00Z","state":"up",
                     "auth":"MS-CHAPv2","mppe":"128-bit","mppeMode":"stateless",
                     "change":"rekeyed"})J")));
        QCOMPARE(event(2).value("event").toString(), api::Event::SessionEnded);
        QCOMPARE(wire(event(2).value("data").toObject()),
                 wire(jsonLiteral(R"J({"id":802,"user":"","peerAddress":"192.0.2.3",
                     "tunnelAddress":"0.0.0.0","started":"2026-11-27T09:59:58Z",
                     "state":"negotiating","auth":"MS-CHAPv2","reason":"handshake timeout"})J")));
    }

    void deltasSayWhatChangedSinceThePreviousOne()
    {
        admin::SessionEventPublisher publisher(*m_fx->context, m_fx->sessions, [] { return true; });
        m_service->setDeltas(&publisher);
        m_fx->sessions.add(31, "hana");
        m_fx->sessions.add(32, "ivan").up = false;
        publisher.publishDelta();
        QCOMPARE(deltas().size(), 1);
        auto first = api::SessionDeltaEvent::fromJson(deltas()[0]);
        QVERIFY2(first, first ? "" : first.message().c_str());
        QCOMPARE(first->seq, qint64(1));
        QCOMPARE(first->sessions.size(), 2); // new: in full
        QVERIFY(first->sessions[1].session.state == api::SessionState::Negotiating);
        QVERIFY(first->counters.isEmpty() && first->ended.isEmpty());

        // Nothing changed, or the idle time alone: no delta.
        publisher.publishDelta();
        m_fx->sessions.live[0].hasCounters = true;
        m_fx->sessions.live[0].bytesIn = 1500;
        m_fx->sessions.live[0].packetsIn = 1;
        publisher.publishDelta(); // the data plane has the call: its counters
        m_fx->sessions.live[0].idleSeconds = 9;
        publisher.publishDelta();
        QCOMPARE(deltas().size(), 2);
        auto counters = api::SessionDeltaEvent::fromJson(deltas()[1]);
        QVERIFY(counters);
        QCOMPARE(counters->seq, qint64(2));
        QVERIFY(counters->sessions.isEmpty());
        QCOMPARE(counters->counters,
                 (QList<api::SessionCounters>{{31, api::SessionTraffic{0, 1500, 0, 1, 0}}}));

        // A session that came up is sent in full; one that went is named.
        m_fx->sessions.live[1].up = true;
        m_fx->sessions.live[1].bytesOut = 7; // no counters yet: not part of it
        m_fx->sessions.live.removeFirst();
        publisher.publishDelta();
        QCOMPARE(deltas().size(), 3);
        auto third = api::SessionDeltaEvent::fromJson(deltas()[2]);
        QVERIFY(third);
        QCOMPARE(third->seq, qint64(3));
        QCOMPARE(third->ended, QList<int>{31});
        QCOMPARE(third->sessions.size(), 1);
        QCOMPARE(third->sessions[0].session.id, 32);
        QVERIFY(third->sessions[0].session.state == api::SessionState::Up);

        // A list names the last delta it includes.
        const Reply list = m_fx->call(Method::SessionList);
        QVERIFY(list.ok());
        QCOMPARE(list.result.value("revision").toInteger(), qint64(3));
    }

    void noDeltasWhileNobodyAsksThenEverySessionInFull()
    {
        bool wanted = false;
        admin::SessionEventPublisher publisher(*m_fx->context, m_fx->sessions,
                                               [&wanted] { return wanted; });
        m_fx->sessions.add(41, "jo");
        publisher.publishDelta();
        QVERIFY(deltas().isEmpty());
        QCOMPARE(publisher.revision(), qint64(0));
        wanted = true;
        publisher.publishDelta();
        QCOMPARE(deltas().size(), 1);
        wanted = false;
        publisher.publishDelta(); // forgets what it sent
        wanted = true;
        publisher.publishDelta();
        QCOMPARE(deltas().size(), 2);
        auto again = api::SessionDeltaEvent::fromJson(deltas()[1]);
        QVERIFY(again);
        QCOMPARE(again->seq, qint64(2));
        QCOMPARE(again->sessions.size(), 1); // in full again, for the console that just came
        // Old-style events go on as before, to everyone.
        publisher.onSessionEnded(m_fx->sessions.live[0]);
        QCOMPARE(m_fx->events.last().toObject().value("event").toString(),
                 api::Event::SessionEnded);
    }

    void manyChangesComeInNumberedEventsOfBoundedSize()
    {
        admin::SessionEventPublisher publisher(*m_fx->context, m_fx->sessions, [] { return true; });
        m_service->setDeltas(&publisher);
        for (int i = 1; i <= 2500; ++i)
            m_fx->sessions.add(static_cast<quint16>(i), QString("u%1").arg(i)).hasCounters = true;
        publisher.publishDelta();
        QCOMPARE(deltas().size(), 3);
        for (auto &s : m_fx->sessions.live)
            s.bytesIn += 100;
        publisher.publishDelta();
        const auto all = deltas();
        QCOMPARE(all.size(), 6);
        QList<int> sizes;
        qint64 expectedSeq = 1;
        for (const QJsonObject &d : all) {
            auto delta = api::SessionDeltaEvent::fromJson(d);
            QVERIFY(delta);
            QCOMPARE(delta->seq, expectedSeq++);
            QVERIFY(delta->items() <= api::SessionDeltaEvent::MaxItems);
            sizes << delta->items();
        }
        QCOMPARE(sizes, (QList<int>{1000, 1000, 500, 1000, 1000, 500}));
        QCOMPARE(m_fx->call(Method::SessionList).result.value("revision").toInteger(), qint64(6));
    }

    void aDeltaOnTheWire()
    {
        api::SessionDeltaEvent delta;
        delta.seq = 8;
        delta.ended = {3};
        delta.counters = {{7, api::SessionTraffic{2, 1500, 300, 2, 1}}};
        QCOMPARE(wire(delta.toJson()), wire(jsonLiteral(R"J({"seq":8,"sessions":[],"ended":[3],
                     "counterFields":["id","idleSeconds","bytesIn","bytesOut","packetsIn","packetsOut"],
                     "counters":[[7,2,1500,300,2,1]]})J")));
        QCOMPARE(*api::SessionDeltaEvent::fromJson(delta.toJson()), delta);
        // Columns are found by name; one a reader does not know is skipped.
        auto reordered = api::SessionDeltaEvent::fromJson(jsonLiteral(
            R"J({"seq":8,"sessions":[],"ended":[3],
                "counterFields":["bytesIn","id","lost","bytesOut","packetsIn","packetsOut","idleSeconds"],
                "counters":[[1500,7,4,300,2,1,2]]})J"));
        QVERIFY(reordered);
        QCOMPARE(*reordered, delta);
        auto missing = api::SessionDeltaEvent::fromJson(jsonLiteral(
            R"J({"seq":8,"sessions":[],"ended":[],"counterFields":["id","bytesIn"],
                "counters":[[7,1]]})J"));
        QVERIFY(!missing);
        auto short_ = api::SessionDeltaEvent::fromJson(jsonLiteral(
            R"J({"seq":8,"sessions":[],"ended":[],
                "counterFields":["id","idleSeconds","bytesIn","bytesOut","packetsIn","packetsOut"],
                "counters":[[7,1]]})J"));
        QVERIFY(!short_);
    }

    void anIdOutsideTheCallIdsIsNotFound()
    {
        m_fx->sessions.add(21, "alice");
        for (const QString &method :
             {Method::SessionDisconnect, Method::SessionRevoke, Method::SessionRekey}) {
            QCOMPARE(m_fx->call(method, {{"id", -1}}).errorCode, ipc::ErrorCode::NotFound);
            QCOMPARE(m_fx->call(method, {{"id", 65536 + 21}}).errorCode, ipc::ErrorCode::NotFound);
        }
        QCOMPARE(m_fx->sessions.live.size(), 1);
        QVERIFY(m_fx->audited("session.").isEmpty());
    }

    void malformedParamsAreRefusedByName_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("field");
        auto row = [](const QString &method, const char *params, const char *field) {
            QTest::addRow("%s %s", qPrintable(method), params)
                << method << jsonLiteral(params) << QString(field);
        };
        for (const QString &method :
             {Method::SessionDisconnect, Method::SessionRevoke, Method::SessionRekey}) {
            row(method, R"J({"id":"21"})J", "id");
            row(method, R"J({"id":21.5})J", "id");
            row(method, R"J({"id":null})J", "id");
        }
        row(Method::SessionHistory, R"J({"limit":"5"})J", "limit");
        row(Method::SessionHistory, R"J({"limit":2.5})J", "limit");
        row(Method::SessionHistory, R"J({"user":7})J", "user");
    }

    void malformedParamsAreRefusedByName()
    {
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        QFETCH(QString, field);
        QVERIFY(m_fx->addUser("alice"));
        m_fx->sessions.add(21, "alice");
        const Reply r = m_fx->call(method, params);
        QCOMPARE(r.errorCode, ipc::ErrorCode::InvalidParams);
        QVERIFY2(r.errorMessage.contains("'" + field + "'"), qPrintable(r.errorMessage));
        // Nothing happened: no session ended or rekeyed, no account revoked, no entry.
        QCOMPARE(m_fx->sessions.live.size(), 1);
        QVERIFY(!m_fx->sessions.pendingRekey);
        QVERIFY((*m_fx->credentials->findUser("alice"))->state == core::AccountState::Active);
        QVERIFY(m_fx->audited("session.").isEmpty());
    }

private:
    std::unique_ptr<AdminFixture> m_fx;
    std::unique_ptr<admin::SessionService> m_service;
};

QTEST_GUILESS_MAIN(TestSessionService)
#include "TestSessionService.moc"
