#include "api/IsoTime.h"

#include <array>

namespace keyward::api {

namespace {

constexpr qint64 MsPerDay = 86'400'000;

// "yyyy-MM-ddTHH:mm:ss[.zzz]Z" for a UTC time in years 0000..9999, written directly: a
// session list writes one per row, and QDateTime::toString costs several times the
// rest of the row. Other years go through Qt, which writes them its own way.
QString format(const QDateTime &time, bool withMilliseconds)
{
    if (!time.isValid())
        return {};
    const qint64 ms = time.toMSecsSinceEpoch();
    qint64 days = ms / MsPerDay;
    qint64 inDay = ms % MsPerDay;
    if (inDay < 0) {
        inDay += MsPerDay;
        --days;
    }
    // Days since 1970-01-01 to a civil date (proleptic Gregorian), in 400-year eras.
    const qint64 z = days + 719'468;
    const qint64 era = (z >= 0 ? z : z - 146'096) / 146'097;
    const qint64 dayOfEra = z - era * 146'097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) {
        const QDateTime utc = time.toUTC();
        return utc.toString(withMilliseconds ? Qt::ISODateWithMs : Qt::ISODate);
    }

    std::array<char16_t, 24> out{};
    std::size_t n = 0;
    const auto digits = [&](qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            out[n + static_cast<std::size_t>(i)] = static_cast<char16_t>(u'0' + value % 10);
            value /= 10;
        }
        n += static_cast<std::size_t>(width);
    };
    const auto put = [&](char16_t c) { out[n++] = c; };
    digits(year, 4);
    put(u'-');
    digits(month, 2);
    put(u'-');
    digits(day, 2);
    put(u'T');
    digits(inDay / 3'600'000, 2);
    put(u':');
    digits(inDay / 60'000 % 60, 2);
    put(u':');
    digits(inDay / 1000 % 60, 2);
    if (withMilliseconds) {
        put(u'.');
        digits(inDay % 1000, 3);
    }
    put(u'Z');
    return QString(reinterpret_cast<const QChar *>(out.data()), static_cast<qsizetype>(n));
}

} // namespace

QString IsoTime::seconds(const QDateTime &time)
{
    return format(time, false);
}

QString IsoTime::milliseconds(const QDateTime &time)
{
    return format(time, true);
}

} // namespace keyward::api
