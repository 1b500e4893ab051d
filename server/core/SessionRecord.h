#pragma once

// One ended session, as the history keeps it: who, from where, with what MPPE, how
// long, how much traffic, and why it ended.

#include <QString>

namespace keyward::core {

struct SessionRecord
{
    qint64 id = 0;
    QString user; // empty when the client never authenticated
    QString peerAddress;
    QString tunnelAddress;
    QString mppe;         // "128-bit stateless", or empty when MPPE never came up
    qint64 startedAt = 0; // Unix seconds
    qint64 endedAt = 0;
    QString endReason;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
};

} // namespace keyward::core
