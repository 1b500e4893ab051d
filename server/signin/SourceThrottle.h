#pragma once

// Throttling by client address, beside the per-user lockout. Failed sign-ins from one
// address make every later attempt from it wait before it is answered: nothing for the
// first failure, then 1 s, 2 s, 4 s ... up to a bound; an address that stays quiet (no
// failure) for a while is forgotten. Many different user names failing from one
// address is a password spray: it is reported once, and the address waits the longest
// from then on, as if it had failed many times.
//
// The wait is decided before an attempt is judged, so it is the same for the right and
// a wrong password and tells nothing. State is in memory only and bounded: the least
// recently seen addresses make room for new ones. Time is passed in (milliseconds on
// a monotonic clock), so tests need no waiting.

#include <QHash>
#include <QSet>
#include <QString>
#include <list>

namespace keyward::signin {

class SourceThrottle
{
public:
    struct Limits
    {
        int freeFailures = 1;       // failures from an address before its answers wait
        qint64 firstDelayMs = 1000; // the first wait; each further failure doubles it
        // The longest wait. It stays below the authenticator's 20 s wait for a verdict
        // (MsChapV2Authenticator::Config::verdictTimeout), so someone with the right
        // password behind a throttled address still gets in, only slowly.
        qint64 maxDelayMs = 16000;
        qint64 quietMs = 15 * 60 * 1000; // forgotten after this long without a failure
        int sprayUserNames = 5;          // different failing names that make a spray
        int maxSources = 4096;           // addresses remembered at most
    };

    SourceThrottle();
    explicit SourceThrottle(Limits limits);

    // How long an attempt from `source` arriving at `nowMs` waits for its answer.
    qint64 delayMs(const QString &source, qint64 nowMs);
    // Counts a failed sign-in from `source` for `user`. True when this failure showed
    // the address to be spraying passwords over many user names (once, until the
    // address has been quiet for a while).
    [[nodiscard]] bool recordFailure(const QString &source, const QString &user, qint64 nowMs);

    // The failures counted for `source` (0 once it was quiet long enough).
    int failures(const QString &source, qint64 nowMs) const;
    int trackedSources() const { return static_cast<int>(m_entries.size()); }
    const Limits &limits() const { return m_limits; }

private:
    struct Entry
    {
        QString source;
        int failures = 0;
        qint64 lastFailureMs = 0;
        QSet<QString> userNames; // lower case; no more than Limits::sprayUserNames
        bool spraying = false;
    };
    using Entries = std::list<Entry>;

    bool quiet(const Entry &entry, qint64 nowMs) const;
    qint64 delayFor(const Entry &entry) const;

    Limits m_limits;
    Entries m_entries; // the most recently seen first
    QHash<QString, Entries::iterator> m_index;
};

} // namespace keyward::signin
