#include "models/DisplayFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace keyward::console {

QString DisplayFormat::duration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 d = seconds / 86400, h = seconds / 3600 % 24, m = seconds / 60 % 60,
                 s = seconds % 60;
    auto two = [](qint64 v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    if (d > 0)
        return tr("%1 d %2 h").arg(d).arg(h);
    if (h > 0)
        return tr("%1 h %2 min").arg(h).arg(two(m));
    if (m > 0)
        return tr("%1 min %2 s").arg(m).arg(two(s));
    return tr("%1 s").arg(s);
}

QString DisplayFormat::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString DisplayFormat::dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return tr("never");
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString DisplayFormat::daysFromNow(int days)
{
    if (days == 0)
        return tr("today");
    if (days > 0)
        return tr("in %n day(s)", nullptr, days);
    return tr("%n day(s) ago", nullptr, -days);
}

} // namespace keyward::console
