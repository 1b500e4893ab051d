#include "models/SessionHistoryModel.h"

#include "api/AdminEvent.h"
#include "api/AdminMethod.h"
#include "client/ServerConnection.h"
#include "models/DisplayFormat.h"

namespace keyward::console {

namespace {
constexpr int Shown = 200;
}

SessionHistoryModel::SessionHistoryModel(QObject *parent) : QAbstractTableModel(parent)
{
    // keywardd writes the record when the data plane hands back the final counters,
    // a moment after session.ended.
    m_soon.setSingleShot(true);
    m_soon.setInterval(500);
    connect(&m_soon, &QTimer::timeout, this, &SessionHistoryModel::refresh);
}

void SessionHistoryModel::setConnection(ServerConnection *connection)
{
    m_connection = connection;
    connect(connection, &ServerConnection::online, this, &SessionHistoryModel::refresh);
    connect(connection, &ServerConnection::eventReceived, this, [this](const QString &event) {
        if (event == api::Event::SessionEnded)
            m_soon.start();
    });
}

void SessionHistoryModel::refresh()
{
    if (!m_connection || m_connection->state() != ServerConnection::State::Online)
        return;
    QPointer<SessionHistoryModel> self(this);
    api::SessionHistoryParams params;
    params.limit = Shown;
    m_connection->call(api::Method::SessionHistory, params.toJson(),
                       [self](const ipc::IpcReply &r) {
                           if (!self || !r.ok)
                               return;
                           if (auto history = api::SessionHistoryResult::fromJson(r.result))
                               self->applyList(history->sessions);
                       });
}

void SessionHistoryModel::applyList(const QList<api::EndedSession> &sessions)
{
    // A short list that only grows at the top: a reset is simple and cheap.
    beginResetModel();
    m_rows = sessions;
    endResetModel();
}

int SessionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SessionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::EndedSession &s = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Received ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case User:
        return s.user.isEmpty() ? tr("(never signed in)") : s.user;
    case Peer:
        return s.peerAddress;
    case Mppe:
        return s.mppe;
    case Started:
        return DisplayFormat::dateTime(s.started);
    case Ended:
        return DisplayFormat::dateTime(s.ended);
    case Reason:
        return s.reason;
    case Received:
        return DisplayFormat::bytes(s.bytesIn);
    case Sent:
        return DisplayFormat::bytes(s.bytesOut);
    default:
        return {};
    }
}

QVariant SessionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case User:
        return tr("User");
    case Peer:
        return tr("Connected from");
    case Mppe:
        return tr("Encryption");
    case Started:
        return tr("Started");
    case Ended:
        return tr("Ended");
    case Reason:
        return tr("Why it ended");
    case Received:
        return tr("Received");
    case Sent:
        return tr("Sent");
    default:
        return {};
    }
}

} // namespace keyward::console
