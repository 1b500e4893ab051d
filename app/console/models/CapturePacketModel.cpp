#include "models/CapturePacketModel.h"

namespace keyward::console {

CapturePacketModel::CapturePacketModel(QObject *parent, int maxRows, int flushIntervalMs)
    : QAbstractTableModel(parent), m_maxRows(std::max(1, maxRows))
{
    m_timer.setInterval(flushIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &CapturePacketModel::flush);
}

void CapturePacketModel::append(const QList<api::CapturePacketSummary> &rows)
{
    if (rows.isEmpty())
        return;
    // What would be removed at once anyway is not kept waiting.
    m_pending.append(rows);
    if (m_pending.size() > m_maxRows) {
        m_droppedRows += m_pending.size() - m_maxRows;
        m_pending.remove(0, m_pending.size() - m_maxRows);
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void CapturePacketModel::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<api::CapturePacketSummary> rows = std::move(m_pending);
    m_pending.clear();
    insert(rows);
}

void CapturePacketModel::insert(const QList<api::CapturePacketSummary> &rows)
{
    if (m_rows.empty() && m_firstNs == 0)
        m_firstNs = rows.first().timestampNs;
    const qsizetype overflow = qsizetype(m_rows.size()) + rows.size() - m_maxRows;
    if (overflow > 0) {
        const int remove = int(std::min<qsizetype>(overflow, qsizetype(m_rows.size())));
        if (remove > 0) {
            beginRemoveRows({}, 0, remove - 1);
            m_rows.erase(m_rows.begin(), m_rows.begin() + remove);
            endRemoveRows();
            m_droppedRows += remove;
        }
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.insert(m_rows.end(), rows.begin(), rows.end());
    endInsertRows();
    emit flushed(int(m_rows.size()), m_droppedRows);
}

void CapturePacketModel::clear()
{
    m_timer.stop();
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_droppedRows = 0;
    m_firstNs = 0;
    endResetModel();
    emit flushed(0, 0);
}

int CapturePacketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CapturePacketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CapturePacketModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const api::CapturePacketSummary &p = m_rows[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Number || index.column() == Time || index.column() == Length
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return p.number;
    case Time:
        return QString::number(double(p.timestampNs - m_firstNs) / 1e9, 'f', 6);
    case Source:
        return p.source;
    case Destination:
        return p.destination;
    case Protocol:
        return p.protocol;
    case Info:
        return p.info;
    case Length:
        return p.length;
    default:
        return {};
    }
}

QVariant CapturePacketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("No.");
    case Time:
        return tr("Time");
    case Source:
        return tr("Source");
    case Destination:
        return tr("Destination");
    case Protocol:
        return tr("Protocol");
    case Info:
        return tr("Info");
    case Length:
        return tr("Length");
    default:
        return {};
    }
}

} // namespace keyward::console
