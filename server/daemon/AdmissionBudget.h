#pragma once

// A global budget of places for what unauthenticated peers hold: calls that have not
// signed in, control connections without a call. Each place is held by a member (an
// id the owner chooses) for a source address.
//
// When the budget is full, a newcomer takes the place of the oldest member of the
// address that holds the most places, provided that address holds more than the
// newcomer's own would; otherwise the newcomer is refused. So whoever fills the
// budget from a few addresses loses places to everyone else instead of locking them
// out, and a flood from many addresses evicts its own oldest members first. The owner
// ends the evicted member (it is no longer in the budget).

#include <QHash>
#include <QtGlobal>
#include <map>
#include <optional>

namespace keyward::daemon {

class AdmissionBudget
{
public:
    struct Admission
    {
        bool admitted = false;
        // The member whose place the newcomer took; the owner ends it.
        std::optional<quint64> evicted;
    };

    explicit AdmissionBudget(int capacity) : m_capacity(capacity < 1 ? 1 : capacity) {}

    // Admits `member` (not yet in the budget) for `source`.
    Admission admit(quint64 member, quint32 source);
    // The member gave its place back (signed in, got a call, ended). Nothing when it
    // holds none.
    void release(quint64 member);

    bool contains(quint64 member) const { return m_members.contains(member); }
    int size() const { return static_cast<int>(m_members.size()); }
    int capacity() const { return m_capacity; }
    int heldBy(quint32 source) const { return m_perSource.value(source); }

private:
    struct Member
    {
        quint32 source = 0;
        quint64 order = 0;
    };

    void insert(quint64 member, quint32 source);

    int m_capacity;
    quint64 m_clock = 0;
    QHash<quint64, Member> m_members;
    QHash<quint32, int> m_perSource;
    // Per source, its members oldest first (order -> member).
    QHash<quint32, std::map<quint64, quint64>> m_bySource;
};

} // namespace keyward::daemon
