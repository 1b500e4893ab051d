// The live sessions model merges each snapshot in place: gone rows removed, changed
// rows updated, new rows appended, with the structural signals a view needs (so a
// selected row stays selected while others come and go). QAbstractItemModelTester
// watches the model and a sorting proxy for the whole test.

#include "models/SessionModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace keyward::console;

using keyward::api::SessionInfo;
using keyward::api::SessionListEntry;
using keyward::api::SessionState;
using keyward::api::SessionTraffic;

namespace {
SessionListEntry session(int id, const QString &user, qint64 bytes = 0,
                         const QString &mppe = "128-bit")
{
    const SessionInfo info{id,
                           user,
                           "192.0.2.10",
                           QString("10.75.0.%1").arg(id % 250 + 2),
                           QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC),
                           SessionState::Up,
                           "MS-CHAPv2",
                           mppe,
                           "stateless"};
    return {info, 60, SessionTraffic{3, bytes, bytes / 2, 0, 0}};
}

QStringList users(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, SessionModel::User).data().toString();
    return out;
}
} // namespace

class TestSessionModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<SessionModel>();
        m_proxy = std::make_unique<QSortFilterProxyModel>();
        m_proxy->setSourceModel(m_model.get());
        m_proxy->setSortRole(SessionModel::SortRole);
        m_proxy->sort(SessionModel::Received, Qt::DescendingOrder);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_tester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void snapshotsAreMergedInPlace()
    {
        m_model->applySessions({session(1, "alice"), session(2, "bob"), session(3, "carol")});
        QCOMPARE(users(*m_model), (QStringList{"alice", "bob", "carol"}));

        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        const QPersistentModelIndex carol(m_model->index(2, 0));

        // bob leaves, carol's traffic grows, dave arrives.
        m_model->applySessions(
            {session(1, "alice"), session(3, "carol", 5000), session(4, "dave")});
        QCOMPARE(users(*m_model), (QStringList{"alice", "carol", "dave"}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1); // only carol's row
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(reset.size(), 0);
        QVERIFY(carol.isValid()); // a view's selection follows the row
        QCOMPARE(carol.row(), 1);
        QCOMPARE(m_model->rowOfSession(4), 2);
        QCOMPARE(m_model->rowOfSession(2), -1);

        // The proxy sorts by raw numbers, not by their text.
        QCOMPARE(m_proxy->index(0, SessionModel::User).data().toString(), QString("carol"));
        QCOMPARE(m_proxy->index(0, SessionModel::Received).data().toString(), QString("5.0 kB"));

        // An unchanged snapshot changes nothing.
        changed.clear();
        m_model->applySessions(
            {session(1, "alice"), session(3, "carol", 5000), session(4, "dave")});
        QCOMPARE(changed.size(), 0);
    }

    void flowCountersAreShownWithTheirCauses()
    {
        SessionListEntry e = session(1, "alice", 1000);
        keyward::api::SessionFlow flow;
        flow.packetsQueued = 12;
        flow.windowTimeouts = 2;
        flow.packetsLost = 3;
        flow.drops.windowFull = 4;
        flow.drops.late = 5;
        flow.drops.tooLong = 6;
        flow.packetsDropped = flow.drops.total();
        e.traffic->flow = flow;
        m_model->applySessions({e, session(2, "bob")});
        const int row = m_model->rowOfSession(1);
        QCOMPARE(m_model->index(row, SessionModel::Queued).data().toString(), QString("12"));
        QCOMPARE(m_model->index(row, SessionModel::Dropped).data().toString(), QString("15"));
        QCOMPARE(m_model->index(row, SessionModel::Lost).data().toString(), QString("3"));
        const QString causes =
            m_model->index(row, SessionModel::Dropped).data(Qt::ToolTipRole).toString();
        QVERIFY2(causes.contains("window full): 4"), qPrintable(causes));
        QVERIFY2(causes.contains("out of order): 5"), qPrintable(causes));
        QVERIFY2(causes.contains("(its MRU): 6"), qPrintable(causes));
        QCOMPARE(m_model->headerData(SessionModel::Lost, Qt::Horizontal).toString(),
                 QString("Lost"));
        m_proxy->sort(SessionModel::Dropped, Qt::DescendingOrder);
        QCOMPARE(m_proxy->index(0, SessionModel::User).data().toString(), QString("alice"));
    }

    void manyRowsComeAndGoInRuns()
    {
        QList<SessionListEntry> first;
        for (int i = 1; i <= 1000; ++i)
            first.append(session(i, QString("user%1").arg(i)));
        m_model->applySessions(first);
        QCOMPARE(m_model->rowCount(), 1000);
        // Every other block of 100 leaves; 50 new ones come.
        QList<SessionListEntry> second;
        for (int i = 1; i <= 1000; ++i) {
            if ((i - 1) / 100 % 2 == 0)
                second.append(session(i, QString("user%1").arg(i), i));
        }
        for (int i = 2001; i <= 2050; ++i)
            second.append(session(i, QString("new%1").arg(i)));
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_model->applySessions(second);
        QCOMPARE(m_model->rowCount(), 550);
        QCOMPARE(removed.size(), 5); // five contiguous runs, not 500 single rows
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const int id = m_model->index(r, 0).data(SessionModel::SessionIdRole).toInt();
            QCOMPARE(m_model->rowOfSession(id), r);
        }
        m_model->applySessions({});
        QCOMPARE(m_model->rowCount(), 0);
    }

    void strengthAndSigningInAreShown()
    {
        const SessionListEntry signingIn{SessionInfo{9,
                                                     {},
                                                     "192.0.2.11",
                                                     "0.0.0.0",
                                                     QDateTime::currentDateTimeUtc(),
                                                     SessionState::Negotiating,
                                                     "MS-CHAPv2",
                                                     {},
                                                     {}},
                                         2, std::nullopt};
        m_model->applySessions(
            {session(1, "alice"), session(2, "old-laptop", 0, "40-bit"), signingIn});
        const auto counts = m_model->countByStrength();
        QCOMPARE(counts.value(128), 1);
        QCOMPARE(counts.value(40), 1);
        QCOMPARE(counts.value(0), 1);
        const int weak = m_model->rowOfSession(2);
        QVERIFY(m_model->index(weak, SessionModel::Mppe)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("weak"));
        const int pending = m_model->rowOfSession(9);
        QCOMPARE(m_model->index(pending, SessionModel::User).data().toString(),
                 QString("(signing in)"));
        QVERIFY(m_model->index(pending, SessionModel::TunnelAddress).data().toString().isEmpty());
        // Duplicate ids in a snapshot (never sent, but) are taken once.
        m_model->applySessions({session(1, "alice"), session(1, "alice")});
        QCOMPARE(m_model->rowCount(), 1);
    }

    void theClientIsNamedAndALegacyOneSaysSo()
    {
        SessionListEntry windows = session(1, "alice");
        windows.session.client = "Windows RAS";
        windows.session.clientVersion = "5.20";
        SessionListEntry old = session(2, "bob");
        old.session.client = "pppd/pptp-linux";
        old.session.clientLegacy = true;
        m_model->applySessions({windows, old, session(3, "carol")});
        QCOMPARE(m_model->headerData(SessionModel::Client, Qt::Horizontal).toString(),
                 QString("Client"));
        QCOMPARE(m_model->index(m_model->rowOfSession(1), SessionModel::Client).data().toString(),
                 QString("Windows RAS 5.20"));
        const QModelIndex legacy = m_model->index(m_model->rowOfSession(2), SessionModel::Client);
        QCOMPARE(legacy.data().toString(), QString("pppd/pptp-linux (legacy)"));
        QVERIFY(legacy.data(Qt::ToolTipRole).toString().contains("legacy client"));
        QVERIFY(m_model->index(m_model->rowOfSession(3), SessionModel::Client)
                    .data()
                    .toString()
                    .isEmpty());
    }

    void aSnapshotThatDoesNotFitChangesNothing()
    {
        // The list as it comes off the socket is read through the admin API's types.
        m_model->applySnapshot({session(1, "alice").toJson(), session(2, "bob").toJson()});
        QCOMPARE(users(*m_model), (QStringList{"alice", "bob"}));
        QSignalSpy failed(m_model.get(), &SessionModel::refreshFailed);
        QJsonObject broken = session(3, "carol").toJson();
        broken.remove("peerAddress");
        m_model->applySnapshot({session(1, "alice").toJson(), broken});
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().at(0).toString().contains("'peerAddress'"),
                 qPrintable(failed.first().at(0).toString()));
        QCOMPARE(users(*m_model), (QStringList{"alice", "bob"}));
    }

    void deltasChangeOnlyTheRowsTheyName()
    {
        m_model->applyList(
            {{session(1, "alice", 100), session(2, "bob", 200), session(3, "carol", 300)}, 5});
        QCOMPARE(m_model->revision(), qint64(5));
        QPersistentModelIndex bob = m_model->index(1, SessionModel::User);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

        keyward::api::SessionDeltaEvent delta;
        delta.seq = 6;
        delta.counters = {{2, SessionTraffic{0, 5000, 2500, 4, 2}}};
        delta.sessions = {session(4, "dave", 50), session(3, "carol", 300, "40-bit")};
        delta.ended = {1};
        QVERIFY(m_model->applyDelta(delta.toJson()));
        QCOMPARE(m_model->revision(), qint64(6));
        QCOMPARE(users(*m_model), (QStringList{"bob", "carol", "dave"}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QVERIFY(bob.isValid());
        QCOMPARE(bob.data().toString(), QString("bob"));
        const int bobRow = m_model->rowOfSession(2);
        QCOMPARE(m_model->index(bobRow, SessionModel::Received).data(SessionModel::SortRole),
                 QVariant(qint64(5000)));
        QCOMPARE(m_model->index(bobRow, SessionModel::Idle).data(SessionModel::SortRole),
                 QVariant(qint64(0)));
        QCOMPARE(m_model->index(m_model->rowOfSession(3), SessionModel::Mppe)
                     .data(SessionModel::SortRole),
                 QVariant(40));
        // carol's whole row changed at once; bob's counters are announced with the next
        // tick (a sorting view re-sorts once a second, not at every delta).
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0].at(0).value<QModelIndex>().row(), m_model->rowOfSession(3));
        QCOMPARE(changed[0].at(0).value<QModelIndex>().column(), 0);
        m_model->tick();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed[1].at(0).value<QModelIndex>().column(), int(SessionModel::Duration));
        QCOMPARE(changed[1].at(1).value<QModelIndex>().column(), int(SessionModel::Sent));
        QCOMPARE(changed[1].at(1).value<QModelIndex>().row(), m_model->rowCount() - 1);
        // The sorting proxy followed: bob's traffic is now the most.
        QCOMPARE(m_proxy->index(0, SessionModel::User).data().toString(), QString("bob"));
        // A tick without new counters announces durations and idle times only.
        m_model->tick();
        QCOMPARE(changed[2].at(1).value<QModelIndex>().column(), int(SessionModel::Idle));
    }

    void aDeltaThatDoesNotFollowOnMeansAWholeListAgain_data()
    {
        QTest::addColumn<QJsonObject>("data");
        keyward::api::SessionDeltaEvent gap;
        gap.seq = 7; // 6 is missing
        QTest::newRow("a gap") << gap.toJson();
        keyward::api::SessionDeltaEvent unknown;
        unknown.seq = 6;
        unknown.counters = {{99, SessionTraffic{}}};
        QTest::newRow("counters of an unknown session") << unknown.toJson();
        QJsonObject broken = unknown.toJson();
        broken.remove("counterFields");
        QTest::newRow("malformed") << broken;
    }

    void aDeltaThatDoesNotFollowOnMeansAWholeListAgain()
    {
        QFETCH(QJsonObject, data);
        m_model->applyList({{session(1, "alice", 100)}, 5});
        QVERIFY(!m_model->applyDelta(data));
        QCOMPARE(m_model->revision(), qint64(-1));
        // Until a whole list comes, no delta is taken, not even the next one.
        keyward::api::SessionDeltaEvent next;
        next.seq = 6;
        next.ended = {1};
        QVERIFY(!m_model->applyDelta(next.toJson()));
        QCOMPARE(users(*m_model), QStringList{"alice"});
        m_model->applyList({{session(1, "alice", 100)}, 9});
        next.seq = 10;
        QVERIFY(m_model->applyDelta(next.toJson()));
        QCOMPARE(m_model->rowCount(), 0);
    }

    void aDeltaTheListAlreadyHadChangesNothing()
    {
        m_model->applyList({{session(1, "alice", 100)}, 5});
        keyward::api::SessionDeltaEvent old;
        old.seq = 5;
        old.ended = {1};
        QVERIFY(m_model->applyDelta(old.toJson()));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->revision(), qint64(5));
    }

    void aListWithoutRevisionIsNotFollowed()
    {
        // An older keywardd: no revision, no deltas; the model polls.
        m_model->applyList({{session(1, "alice", 100)}, std::nullopt});
        QCOMPARE(m_model->revision(), qint64(-1));
        keyward::api::SessionDeltaEvent delta;
        delta.seq = 1;
        delta.ended = {1};
        QVERIFY(!m_model->applyDelta(delta.toJson()));
        QCOMPARE(m_model->rowCount(), 1);
    }

    void durationsAndIdleTimesCountOnBetweenDeltas()
    {
        m_model->applyList({{session(1, "alice", 100)}, 5});
        auto figure = [this](int column) {
            return m_model->index(0, column).data(SessionModel::SortRole).toLongLong();
        };
        QCOMPARE(figure(SessionModel::Duration), qint64(60));
        QCOMPARE(figure(SessionModel::Idle), qint64(3));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QTest::qWait(1100);
        m_model->tick();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(figure(SessionModel::Duration), qint64(61));
        QCOMPARE(figure(SessionModel::Idle), qint64(4));
        // New counters: idle starts again from their figure; the duration goes on.
        keyward::api::SessionDeltaEvent delta;
        delta.seq = 6;
        delta.counters = {{1, SessionTraffic{0, 900, 100, 3, 1}}};
        QVERIFY(m_model->applyDelta(delta.toJson()));
        QCOMPARE(figure(SessionModel::Idle), qint64(0));
        QCOMPARE(figure(SessionModel::Duration), qint64(61));
        // A whole list puts the server's figures back.
        m_model->applySessions({session(1, "alice", 900)});
        QCOMPARE(figure(SessionModel::Duration), qint64(60));
    }

private:
    std::unique_ptr<SessionModel> m_model;
    std::unique_ptr<QSortFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_MAIN(TestSessionModel)
#include "TestSessionModel.moc"
