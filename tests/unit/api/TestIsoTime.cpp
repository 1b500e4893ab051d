// The admin API's times: written directly for speed, they must read exactly as
// QDateTime's own ISO 8601 text of the same instant in UTC, which consoles, keywardctl
// and reports parse.

#include "api/IsoTime.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using keyward::api::IsoTime;

namespace {

QString qtSeconds(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString qtMilliseconds(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

class TestIsoTime : public QObject
{
    Q_OBJECT

private slots:
    void aNullTimeIsEmpty()
    {
        QCOMPARE(IsoTime::seconds(QDateTime()), QString());
        QCOMPARE(IsoTime::milliseconds(QDateTime()), QString());
    }

    void knownInstants()
    {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(1'795'863'600'123, Qt::UTC);
        QCOMPARE(IsoTime::seconds(t), QStringLiteral("2026-11-28T11:00:00Z"));
        QCOMPARE(IsoTime::milliseconds(t), QStringLiteral("2026-11-28T11:00:00.123Z"));
        QCOMPARE(IsoTime::seconds(QDateTime::fromSecsSinceEpoch(0, Qt::UTC)),
                 QStringLiteral("1970-01-01T00:00:00Z"));
        // Before 1970 the milliseconds count down: still the right second.
        QCOMPARE(IsoTime::milliseconds(QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC)),
                 QStringLiteral("1969-12-31T23:59:59.999Z"));
    }

    void calendarEdgesReadAsQtWritesThem()
    {
        const QList<QDateTime> edges{
            QDateTime(QDate(2000, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(1900, 2, 28), QTime(12, 0), Qt::UTC),
            QDateTime(QDate(1900, 3, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2100, 3, 1), QTime(0, 0, 1), Qt::UTC),
            QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59), Qt::UTC),
            QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            // Outside 0000..9999 Qt's own text is kept.
            QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC),
            // A time with an offset is written as the same instant in UTC.
            QDateTime(QDate(2026, 1, 1), QTime(1, 30), QTimeZone(7200)),
        };
        for (const QDateTime &t : edges) {
            QCOMPARE(IsoTime::seconds(t), qtSeconds(t));
            QCOMPARE(IsoTime::milliseconds(t), qtMilliseconds(t));
        }
    }

    void randomInstantsReadAsQtWritesThem()
    {
        // Across 0001..9999, seeded so a failure can be repeated.
        QRandomGenerator random(20261130);
        const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 last =
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < 20000; ++i) {
            const qint64 ms = first + static_cast<qint64>(random.bounded(quint64(last - first)));
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            QCOMPARE(IsoTime::seconds(t), qtSeconds(t));
            QCOMPARE(IsoTime::milliseconds(t), qtMilliseconds(t));
        }
    }
};

QTEST_GUILESS_MAIN(TestIsoTime)
#include "TestIsoTime.moc"
