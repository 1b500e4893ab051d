#include "models/ExpiryForecast.h"

#include <algorithm>

namespace keyward::console {

QStringList ExpiryForecast::expiredAt(const QDateTime &now) const
{
    QStringList out;
    for (const auto &[name, changed] : m_changes) {
        if (changed.isValid() && expiryOf(changed) <= now)
            out << name;
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

QStringList ExpiryForecast::expiringWithin(const QDateTime &now, int days) const
{
    QStringList out;
    const QDateTime horizon = now.addDays(days);
    for (const auto &[name, changed] : m_changes) {
        const QDateTime expires = expiryOf(changed);
        if (changed.isValid() && expires > now && expires <= horizon)
            out << name;
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

QList<int> ExpiryForecast::perWeek(const QDateTime &now, int weeks) const
{
    QList<int> counts(std::max(weeks, 0), 0);
    for (const auto &[name, changed] : m_changes) {
        if (!changed.isValid() || weeks <= 0)
            continue;
        const qint64 seconds = now.secsTo(expiryOf(changed));
        const qint64 week = seconds <= 0 ? 0 : seconds / (7 * 86400);
        if (week < weeks)
            ++counts[static_cast<qsizetype>(week)];
    }
    return counts;
}

} // namespace keyward::console
