// Planned change windows: what an admin may plan, ordering, cancelling, and the
// clean-up of windows long past.

#include "core/ChangeWindowPlan.h"

#include <QTest>

using namespace keyward::core;

class TestChangeWindowPlan : public QObject
{
    Q_OBJECT

    const QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);

private slots:
    void windowsAreKeptInStartOrderWithIds()
    {
        ChangeWindowPlan plan;
        auto late =
            plan.plan({{"title", "Sales"}, {"start", "2026-12-10T18:00:00Z"}}, "root", m_now);
        QVERIFY2(late, late ? "" : late.message().c_str());
        auto early = plan.plan({{"title", "Office"},
                                {"start", "2026-12-01T17:30:00Z"},
                                {"durationMinutes", 90},
                                {"group", "office"}},
                               "alice", m_now);
        QVERIFY(early);
        QCOMPARE(plan.windows().size(), 2);
        QCOMPARE(plan.windows().at(0).toObject().value("title").toString(), QString("Office"));
        QCOMPARE(plan.windows().at(0).toObject().value("plannedBy").toString(), QString("alice"));
        QCOMPARE(plan.windows().at(0).toObject().value("durationMinutes").toInt(), 90);
        QCOMPARE(late->value("durationMinutes").toInt(), 60);
        QVERIFY(late->value("id").toInt() != early->value("id").toInt());

        // Survives a round trip through storage, and ids keep counting.
        auto reloaded = ChangeWindowPlan::fromJson(plan.toJson(), m_now);
        QCOMPARE(reloaded.windows(), plan.windows());
        auto third =
            reloaded.plan({{"title", "IT"}, {"start", "2026-12-02T08:00:00Z"}}, "root", m_now);
        QVERIFY(third);
        QVERIFY(third->value("id").toInt() > late->value("id").toInt());

        QVERIFY(reloaded.cancel(early->value("id").toInt()));
        QVERIFY(!reloaded.cancel(early->value("id").toInt()));
        QCOMPARE(reloaded.windows().size(), 2);
    }

    void badRequestsSayWhatIsWrong_data()
    {
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no title") << QJsonObject{{"start", "2026-12-01T18:00:00Z"}} << "title";
        QTest::newRow("bad date") << QJsonObject{{"title", "x"}, {"start", "next tuesday"}}
                                  << "ISO 8601";
        QTest::newRow("past") << QJsonObject{{"title", "x"}, {"start", "2026-11-01T18:00:00Z"}}
                              << "in the past";
        QTest::newRow("too short") << QJsonObject{{"title", "x"},
                                                  {"start", "2026-12-01T18:00:00Z"},
                                                  {"durationMinutes", 5}}
                                   << "durationMinutes";
    }

    void badRequestsSayWhatIsWrong()
    {
        QFETCH(QJsonObject, request);
        QFETCH(QString, problem);
        ChangeWindowPlan plan;
        auto result = plan.plan(request, "root", m_now);
        QVERIFY(!result);
        QVERIFY2(QString::fromStdString(result.message()).contains(problem),
                 result.message().c_str());
        QVERIFY(plan.windows().isEmpty());
    }

    void windowsOverAWeekAgoAreDropped()
    {
        ChangeWindowPlan plan;
        QVERIFY(plan.plan({{"title", "old"}, {"start", "2026-11-28T08:00:00Z"}}, "root", m_now));
        QVERIFY(plan.plan({{"title", "new"}, {"start", "2026-12-20T08:00:00Z"}}, "root", m_now));
        const auto later = ChangeWindowPlan::fromJson(plan.toJson(), m_now.addDays(10));
        QCOMPARE(later.windows().size(), 1);
        QCOMPARE(later.windows().at(0).toObject().value("title").toString(), QString("new"));
    }
};

QTEST_GUILESS_MAIN(TestChangeWindowPlan)
#include "TestChangeWindowPlan.moc"
