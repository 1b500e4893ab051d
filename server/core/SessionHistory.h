#pragma once

// The record of ended sessions in the state database, so an admin can see later who
// was connected, for how long, and why each session ended.

#include "common/Result.h"
#include "core/Database.h"
#include "core/LiveSession.h"
#include "core/SessionRecord.h"

#include <QList>

namespace keyward::core {

class SessionHistory
{
public:
    explicit SessionHistory(Database &database) : m_database(database) {}

    Result<qint64> record(const SessionRecord &session);
    // An ended session, with its final counters.
    Result<qint64> recordEnded(const LiveSession &session);
    // Newest first; `user` empty for everybody.
    Result<QList<SessionRecord>> recent(int limit, const QString &user = {}) const;

private:
    Database &m_database;
};

} // namespace keyward::core
