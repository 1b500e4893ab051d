// The budgets of what unauthenticated peers hold (calls signing in, connections
// without a call): a full budget takes places from the address holding the most,
// never lets an address evict its own, and refuses when nobody holds more.

#include "daemon/AdmissionBudget.h"

#include <QTest>

using keyward::daemon::AdmissionBudget;

class TestAdmissionBudget : public QObject
{
    Q_OBJECT

private slots:
    void admitsUpToItsCapacity()
    {
        AdmissionBudget budget(3);
        QVERIFY(budget.admit(1, 10).admitted);
        QVERIFY(budget.admit(2, 11).admitted);
        const auto third = budget.admit(3, 12);
        QVERIFY(third.admitted);
        QVERIFY(!third.evicted);
        QCOMPARE(budget.size(), 3);
        // Every address holds one and the newcomer's none: it takes the oldest place
        // among the equals, so places go round rather than to whoever came first.
        const auto fourth = budget.admit(4, 13);
        QVERIFY(fourth.admitted);
        QCOMPARE(fourth.evicted.value_or(0), quint64(1));
        QCOMPARE(budget.size(), 3);
        // Now every address holds as many as the newcomer's would: refused.
        const auto fifth = budget.admit(5, 13);
        QVERIFY(!fifth.admitted);
        QVERIFY(!fifth.evicted);
        QVERIFY(!budget.contains(5));
        QCOMPARE(budget.size(), 3);
    }

    void aFullBudgetTakesTheOldestPlaceOfTheHeaviestAddress()
    {
        AdmissionBudget budget(4);
        QVERIFY(budget.admit(1, 10).admitted); // 10 holds 3, 11 holds 1
        QVERIFY(budget.admit(2, 11).admitted);
        QVERIFY(budget.admit(3, 10).admitted);
        QVERIFY(budget.admit(4, 10).admitted);
        const auto newcomer = budget.admit(5, 20);
        QVERIFY(newcomer.admitted);
        QCOMPARE(newcomer.evicted.value_or(0), quint64(1)); // 10's oldest
        QVERIFY(!budget.contains(1));
        QCOMPARE(budget.heldBy(10), 2);
        QCOMPARE(budget.heldBy(20), 1);
        QCOMPARE(budget.size(), 4);
    }

    void anAddressNeverEvictsItsOwn()
    {
        AdmissionBudget budget(2);
        QVERIFY(budget.admit(1, 10).admitted);
        QVERIFY(budget.admit(2, 10).admitted);
        const auto more = budget.admit(3, 10);
        QVERIFY(!more.admitted);
        QVERIFY(!more.evicted);
        QCOMPARE(budget.heldBy(10), 2);
    }

    void manyAddressesFloodingLeaveRoomForANewOne()
    {
        // 16 addresses keep asking for more places than the budget has; a seventeenth
        // address asking once still gets in, every time.
        AdmissionBudget budget(64);
        quint64 id = 0;
        for (int round = 0; round < 20; ++round)
            for (quint32 source = 1; source <= 16; ++source)
                (void)budget.admit(++id, source);
        QCOMPARE(budget.size(), 64);
        for (quint32 source = 1; source <= 16; ++source)
            QCOMPARE(budget.heldBy(source), 4);
        const auto user = budget.admit(++id, 100);
        QVERIFY(user.admitted);
        QVERIFY(user.evicted.has_value());
        QCOMPARE(budget.heldBy(100), 1);
        // The flood goes on; the newcomer's place is not taken while others hold more.
        for (int round = 0; round < 20; ++round)
            for (quint32 source = 1; source <= 16; ++source)
                (void)budget.admit(++id, source);
        QCOMPARE(budget.heldBy(100), 1);
        QCOMPARE(budget.size(), 64);
    }

    void releasedPlacesAreFreeAgain()
    {
        AdmissionBudget budget(1);
        QVERIFY(budget.admit(1, 10).admitted);
        QVERIFY(!budget.admit(2, 10).admitted);
        budget.release(1);
        budget.release(1); // twice is harmless
        budget.release(99);
        QCOMPARE(budget.size(), 0);
        QCOMPARE(budget.heldBy(10), 0);
        QVERIFY(budget.admit(2, 10).admitted);
    }
};

QTEST_APPLESS_MAIN(TestAdmissionBudget)
#include "TestAdmissionBudget.moc"
