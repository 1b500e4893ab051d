#pragma once

// Where retention may cut a record (the audit trail, the session history): records
// older than the retention go, but never past the newest record's time minus the
// retention. A clock pushed forward (by mistake, or to make records vanish) then
// prunes nothing the policy keeps; `clockAhead` says the clock is further ahead of the
// newest record than the whole retention, which is worth a warning. Unit-free: the
// callers pass seconds or milliseconds throughout.

#include <QtGlobal>
#include <algorithm>
#include <optional>

namespace keyward::core {

struct RetentionCutoff
{
    qint64 before = 0;       // remove records older than this
    bool clockAhead = false; // the clock is more than the retention ahead of the newest

    static RetentionCutoff compute(qint64 now, qint64 retention, std::optional<qint64> newest)
    {
        RetentionCutoff c;
        c.before = now - retention;
        if (newest) {
            c.before = std::min(c.before, *newest - retention);
            c.clockAhead = now - *newest > retention;
        }
        return c;
    }
};

} // namespace keyward::core
