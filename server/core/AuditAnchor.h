#pragma once

// One anchor of the audit chain: the head (the newest entry's id and hash) as it was
// at a moment, kept outside the database (the anchor file, and keywardd's log). A
// later trail must still hold that entry with that hash: an anchor whose entry is
// gone shows a truncated trail, one whose hash differs a rewritten one.

#include <QByteArray>

namespace keyward::core {

struct AuditAnchor
{
    int line = 0;         // its line in the anchor file, from 1
    bool valid = false;   // false: the line is not an anchor (damaged)
    qint64 writtenAt = 0; // Unix ms
    qint64 id = 0;        // the newest entry then
    QByteArray hash;      // its hash (an HMAC once the chain is keyed)
    qint64 keyedFrom = 0; // the first keyed entry then; 0 when the chain was not keyed
};

} // namespace keyward::core
