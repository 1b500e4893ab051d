#pragma once

#include <QString>

namespace keyward::console {

// One live session as the table shows it.
struct SessionRow
{
    int id = 0;
    QString user;
    QString peer;
    QString tunnel;
    int strengthBits = 0;
    QString mode;
    QString state;
    qint64 durationSeconds = 0;
    qint64 idleSeconds = 0;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    int key() const { return id; }
    bool operator==(const SessionRow &) const = default;
};

} // namespace keyward::console
