#pragma once

// How the console writes durations, traffic and dates, in the admin's language.

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace keyward::console {

class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    // "45 s", "12 min 05 s", "3 h 07 min", "2 d 4 h".
    static QString duration(qint64 seconds);
    // "1.4 MB" in the locale's style.
    static QString bytes(qint64 bytes);
    // A time from the server, in local time; "never" for a null time.
    static QString dateTime(const QDateTime &time);
    // "in 12 days", "today", "3 days ago".
    static QString daysFromNow(int days);
};

} // namespace keyward::console
