#pragma once

// At most `limit` events in any window of `windowMs` (a fixed window that starts with
// its first event), counting the events it turned away. What keeps a flood of refused
// connections from filling the log or the audit trail: the first ones of a window
// are written, the rest are counted and reported with the next one written.

#include <QtGlobal>

namespace keyward::ipc {

class RateWindow
{
public:
    RateWindow(int limit, qint64 windowMs) : m_limit(limit), m_windowMs(windowMs) {}

    // Whether one more event fits at `nowMs` (milliseconds on any steady clock).
    bool admit(qint64 nowMs);
    // How many events were turned away since the last call; resets the count.
    int takeSuppressed();

private:
    int m_limit;
    qint64 m_windowMs;
    qint64 m_windowStart = 0;
    bool m_started = false;
    int m_inWindow = 0;
    int m_suppressed = 0;
};

} // namespace keyward::ipc
