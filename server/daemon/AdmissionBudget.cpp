#include "daemon/AdmissionBudget.h"

namespace keyward::daemon {

AdmissionBudget::Admission AdmissionBudget::admit(quint64 member, quint32 source)
{
    if (m_members.contains(member))
        return {true, std::nullopt};
    if (m_members.size() < m_capacity) {
        insert(member, source);
        return {true, std::nullopt};
    }
    // The address holding the most places; among equals, the one whose oldest member
    // is oldest. The budget holds at most a few thousand places over fewer addresses:
    // a scan is cheap and happens only when the budget is full.
    quint32 heaviest = 0;
    int most = 0;
    quint64 oldestOrder = 0;
    for (auto it = m_perSource.cbegin(); it != m_perSource.cend(); ++it) {
        const quint64 order = m_bySource.value(it.key()).begin()->first;
        if (it.value() > most || (it.value() == most && order < oldestOrder)) {
            heaviest = it.key();
            most = it.value();
            oldestOrder = order;
        }
    }
    // Take a place only from an address that holds more than the newcomer's: an
    // address never evicts its own members, and the evicted address keeps at least
    // as many as the newcomer's then holds.
    if (most <= heldBy(source))
        return {false, std::nullopt};
    const quint64 victim = m_bySource.value(heaviest).begin()->second;
    release(victim);
    insert(member, source);
    return {true, victim};
}

void AdmissionBudget::release(quint64 member)
{
    auto it = m_members.find(member);
    if (it == m_members.end())
        return;
    const Member m = it.value();
    m_members.erase(it);
    auto bySource = m_bySource.find(m.source);
    bySource->erase(m.order);
    if (bySource->empty())
        m_bySource.erase(bySource);
    if (--m_perSource[m.source] <= 0)
        m_perSource.remove(m.source);
}

void AdmissionBudget::insert(quint64 member, quint32 source)
{
    const quint64 order = ++m_clock;
    m_members.insert(member, Member{source, order});
    m_bySource[source].emplace(order, member);
    ++m_perSource[source];
}

} // namespace keyward::daemon
