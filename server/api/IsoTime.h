#pragma once

// How the admin API writes times: UTC in ISO 8601, as keywardd has always sent them.

#include <QDateTime>
#include <QString>

namespace keyward::api {

class IsoTime
{
public:
    // "2026-11-27T10:00:00Z" (to the second); "" for a null time ("never").
    static QString seconds(const QDateTime &time);
    // "2026-11-27T10:00:00.123Z": the audit trail's times.
    static QString milliseconds(const QDateTime &time);
};

} // namespace keyward::api
