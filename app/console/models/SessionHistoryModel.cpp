#include "models/SessionHistoryModel.h"

#include "client/ServerConnection.h"
#include "models/DisplayFormat.h"

#include <QJsonArray>

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
        if (event == QLatin1String("session.ended"))
            m_soon.start();
    });
}

void SessionHistoryModel::refresh()
{
    if (!m_connection || m_connection->state() != ServerConnection::State::Online)
        return;
    QPointer<SessionHistoryModel> self(this);
    m_connection->call(QStringLiteral("session.history"), {{"limit", Shown}},
                       [self](const ipc::IpcReply &r) {
                           if (self && r.ok)
                               self->applyList(r.result.value(QLatin1String("sessions")).toArray());
                       });
}

void SessionHistoryModel::applyList(const QJsonArray &sessions)
{
    // A short list that only grows at the top: a reset is simple and cheap.
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &v : sessions)
        m_rows.push_back(v.toObject());
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
    const QJsonObject &s = m_rows[static_cast<size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Received ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case User: {
        const QString user = s.value(QLatin1String("user")).toString();
        return user.isEmpty() ? tr("(never signed in)") : user;
    }
    case Peer:
        return s.value(QLatin1String("peerAddress")).toString();
    case Mppe:
        return s.value(QLatin1String("mppe")).toString();
    case Started:
        return DisplayFormat::dateTime(s.value(QLatin1String("started")).toString());
    case Ended:
        return DisplayFormat::dateTime(s.value(QLatin1String("ended")).toString());
    case Reason:
        return s.value(QLatin1String("reason")).toString();
    case Received:
        return DisplayFormat::bytes(s.value(QLatin1String("bytesIn")).toInteger());
    case Sent:
        return DisplayFormat::bytes(s.value(QLatin1String("bytesOut")).toInteger());
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
