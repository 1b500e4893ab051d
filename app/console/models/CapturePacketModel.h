#pragma once

// The packet list: one row per packet summary, from the live feed or from a file
// opened in the console. New rows are queued and inserted in one batch on a timer
// (every flushInterval), so a feed of thousands of packets a second costs the view
// one insertion per tick; past maxRows the oldest rows go, in one removal.

#include "api/CaptureMessages.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <deque>

namespace keyward::console {

class CapturePacketModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Time,
        Source,
        Destination,
        Protocol,
        Info,
        Length,
        ColumnCount
    };

    explicit CapturePacketModel(QObject *parent = nullptr, int maxRows = 200000,
                                int flushIntervalMs = 100);

    // Queues rows; they appear at the next flush (or at once without batching).
    void append(const QList<api::CapturePacketSummary> &rows);
    // Inserts what is queued now.
    void flush();
    void clear();

    int maxRows() const { return m_maxRows; }
    // Rows removed because there were more than maxRows.
    qint64 droppedRows() const { return m_droppedRows; }
    const api::CapturePacketSummary &summary(int row) const { return m_rows.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // After each batch: the row count and how many rows the cap removed so far.
    void flushed(int rows, qint64 droppedRows);

private:
    void insert(const QList<api::CapturePacketSummary> &rows);

    std::deque<api::CapturePacketSummary> m_rows;
    QList<api::CapturePacketSummary> m_pending;
    QTimer m_timer;
    int m_maxRows;
    qint64 m_droppedRows = 0;
    qint64 m_firstNs = 0;
};

} // namespace keyward::console
