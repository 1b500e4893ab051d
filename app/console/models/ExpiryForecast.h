#pragma once

// Who must change their password when: from each user's last change and the
// policy's maximum age. Used for the policy preview ("who is affected if I shorten
// the expiry?") and the timeline chart. Pure calculation, no I/O.

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace keyward::console {

class ExpiryForecast
{
public:
    using Changes = QList<QPair<QString, QDateTime>>; // user, last password change (UTC)

    ExpiryForecast(Changes changes, int maxAgeDays)
        : m_changes(std::move(changes)), m_maxAgeDays(maxAgeDays)
    {}

    // Users whose password is expired at `now`, by name.
    QStringList expiredAt(const QDateTime &now) const;
    // Users whose password expires after `now` but within `days`, by name.
    QStringList expiringWithin(const QDateTime &now, int days) const;
    // How many passwords expire in each of the next `weeks` weeks from `now`
    // (already expired ones count in week 0).
    QList<int> perWeek(const QDateTime &now, int weeks) const;

private:
    QDateTime expiryOf(const QDateTime &changed) const { return changed.addDays(m_maxAgeDays); }

    Changes m_changes;
    int m_maxAgeDays;
};

} // namespace keyward::console
