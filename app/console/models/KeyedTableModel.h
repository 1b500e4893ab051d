#pragma once

// A table model whose rows are refreshed from the server as whole lists and
// merged in place by key: rows that went away are removed (in contiguous runs),
// changed rows are announced (in contiguous runs), new rows are appended. Views
// keep their selection and scroll position across refreshes, which a model reset
// would throw away. Row must have key() (hashable) and operator==. A server that
// sends what changed instead of whole lists is followed with upsertAndRemove() and
// editRow() + announce(), which touch only the rows named.

#include <QAbstractTableModel>
#include <QHash>
#include <algorithm>
#include <functional>
#include <vector>

namespace keyward::console {

template <typename Row> class KeyedTableModel : public QAbstractTableModel
{
public:
    using Key = decltype(std::declval<const Row &>().key());
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int rowOf(const Key &key) const { return m_rowOf.value(key, -1); }

protected:
    const Row &rowAt(int row) const { return m_rows[static_cast<size_t>(row)]; }
    const std::vector<Row> &rows() const { return m_rows; }

    void merge(std::vector<Row> incoming, int columnCount)
    {
        QHash<Key, int> incomingIndex;
        incomingIndex.reserve(static_cast<qsizetype>(incoming.size()));
        std::vector<Row> unique;
        unique.reserve(incoming.size());
        for (Row &r : incoming) {
            if (incomingIndex.contains(r.key()))
                continue; // a key twice in one list: the first one counts
            incomingIndex.insert(r.key(), static_cast<int>(unique.size()));
            unique.push_back(std::move(r));
        }

        // 1. Rows that are gone, from the bottom up.
        bool removed = false;
        for (int end = static_cast<int>(m_rows.size()) - 1; end >= 0;) {
            if (incomingIndex.contains(m_rows[static_cast<size_t>(end)].key())) {
                --end;
                continue;
            }
            int begin = end;
            while (begin > 0 &&
                   !incomingIndex.contains(m_rows[static_cast<size_t>(begin - 1)].key()))
                --begin;
            beginRemoveRows({}, begin, end);
            m_rows.erase(m_rows.begin() + begin, m_rows.begin() + end + 1);
            endRemoveRows();
            removed = true;
            end = begin - 1;
        }
        if (removed)
            reindex();

        // 2. Rows that changed.
        std::vector<bool> seen(unique.size(), false);
        int runStart = -1;
        auto flush = [&](int endRow) {
            if (runStart >= 0)
                emit dataChanged(index(runStart, 0), index(endRow, columnCount - 1));
            runStart = -1;
        };
        for (size_t i = 0; i < m_rows.size(); ++i) {
            const int at = incomingIndex.value(m_rows[i].key());
            seen[static_cast<size_t>(at)] = true;
            Row &next = unique[static_cast<size_t>(at)];
            if (m_rows[i] == next) {
                flush(static_cast<int>(i) - 1);
                continue;
            }
            m_rows[i] = std::move(next);
            if (runStart < 0)
                runStart = static_cast<int>(i);
        }
        flush(static_cast<int>(m_rows.size()) - 1);

        // 3. New rows at the end.
        const int added = static_cast<int>(std::count(seen.begin(), seen.end(), false));
        if (added > 0) {
            const int first = static_cast<int>(m_rows.size());
            beginInsertRows({}, first, first + added - 1);
            for (size_t i = 0; i < unique.size(); ++i) {
                if (seen[i])
                    continue;
                m_rowOf.insert(unique[i].key(), static_cast<int>(m_rows.size()));
                m_rows.push_back(std::move(unique[i]));
            }
            endInsertRows();
        }
    }

    // Applies a change list: the rows of `removed` go, each of `upserts` replaces
    // the row with its key or is appended (a key twice: the last one counts).
    void upsertAndRemove(std::vector<Row> upserts, const std::vector<Key> &removed, int columnCount)
    {
        std::vector<int> gone;
        for (const Key &key : removed) {
            const int at = m_rowOf.value(key, -1);
            if (at >= 0)
                gone.push_back(at);
        }
        std::sort(gone.begin(), gone.end(), std::greater<int>());
        gone.erase(std::unique(gone.begin(), gone.end()), gone.end());
        for (size_t i = 0; i < gone.size();) {
            // A run of adjacent rows, from the bottom up.
            size_t j = i;
            while (j + 1 < gone.size() && gone[j + 1] == gone[j] - 1)
                ++j;
            beginRemoveRows({}, gone[j], gone[i]);
            m_rows.erase(m_rows.begin() + gone[j], m_rows.begin() + gone[i] + 1);
            endRemoveRows();
            i = j + 1;
        }
        if (!gone.empty())
            reindex();

        std::vector<int> changed;
        std::vector<Row> added;
        QHash<Key, size_t> addedAt;
        for (Row &r : upserts) {
            const int at = m_rowOf.value(r.key(), -1);
            if (at >= 0) {
                if (!(m_rows[static_cast<size_t>(at)] == r)) {
                    m_rows[static_cast<size_t>(at)] = std::move(r);
                    changed.push_back(at);
                }
            } else if (auto it = addedAt.find(r.key()); it != addedAt.end()) {
                added[*it] = std::move(r);
            } else {
                addedAt.insert(r.key(), added.size());
                added.push_back(std::move(r));
            }
        }
        announce(std::move(changed), 0, columnCount - 1);
        if (!added.empty()) {
            const int first = static_cast<int>(m_rows.size());
            beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
            for (Row &r : added) {
                m_rowOf.insert(r.key(), static_cast<int>(m_rows.size()));
                m_rows.push_back(std::move(r));
            }
            endInsertRows();
        }
    }

    // A row to change in place; announce() it afterwards.
    Row &editRow(int row) { return m_rows[static_cast<size_t>(row)]; }

    // Says that these rows changed in these columns, in runs of adjacent rows.
    void announce(std::vector<int> changedRows, int firstColumn, int lastColumn)
    {
        std::sort(changedRows.begin(), changedRows.end());
        changedRows.erase(std::unique(changedRows.begin(), changedRows.end()), changedRows.end());
        for (size_t i = 0; i < changedRows.size();) {
            size_t j = i;
            while (j + 1 < changedRows.size() && changedRows[j + 1] == changedRows[j] + 1)
                ++j;
            emit dataChanged(index(changedRows[i], firstColumn), index(changedRows[j], lastColumn));
            i = j + 1;
        }
    }

    void clearRows()
    {
        if (m_rows.empty())
            return;
        beginResetModel();
        m_rows.clear();
        m_rowOf.clear();
        endResetModel();
    }

private:
    void reindex()
    {
        m_rowOf.clear();
        m_rowOf.reserve(static_cast<qsizetype>(m_rows.size()));
        for (size_t i = 0; i < m_rows.size(); ++i)
            m_rowOf.insert(m_rows[i].key(), static_cast<int>(i));
    }

    std::vector<Row> m_rows;
    QHash<Key, int> m_rowOf;
};

} // namespace keyward::console
