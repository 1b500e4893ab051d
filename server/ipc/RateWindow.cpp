#include "ipc/RateWindow.h"

#include <utility>

namespace keyward::ipc {

bool RateWindow::admit(qint64 nowMs)
{
    if (!m_started || nowMs - m_windowStart >= m_windowMs || nowMs < m_windowStart) {
        m_started = true;
        m_windowStart = nowMs;
        m_inWindow = 0;
    }
    if (m_inWindow >= m_limit) {
        ++m_suppressed;
        return false;
    }
    ++m_inWindow;
    return true;
}

int RateWindow::takeSuppressed()
{
    return std::exchange(m_suppressed, 0);
}

} // namespace keyward::ipc
