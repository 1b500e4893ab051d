#include "models/AuditModel.h"

#include "client/ServerConnection.h"
#include "models/DisplayFormat.h"

#include <QBrush>
#include <QColor>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyward::console {

namespace {
constexpr int PageSize = 500;
}

AuditModel::AuditModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditModel::setConnection(ServerConnection *connection)
{
    m_connection = connection;
    connect(connection, &ServerConnection::online, this, &AuditModel::reload);
}

void AuditModel::setServerFilter(const QString &actionPrefix, const QString &target)
{
    m_actionPrefix = actionPrefix;
    m_target = target;
    reload();
}

void AuditModel::reload()
{
    fetch(0);
}

void AuditModel::loadMore()
{
    if (!m_rows.empty())
        fetch(m_rows.back().value(QLatin1String("id")).toInteger());
}

void AuditModel::fetch(qint64 beforeId)
{
    if (!m_connection)
        return;
    QJsonObject params{{"limit", PageSize}, {"action", m_actionPrefix}, {"target", m_target}};
    if (beforeId > 0)
        params.insert(QStringLiteral("beforeId"), beforeId);
    QPointer<AuditModel> self(this);
    m_connection->call(
        QStringLiteral("audit.list"), params, [self, beforeId](const ipc::IpcReply &r) {
            if (!self)
                return;
            if (!r.ok) {
                emit self->failed(r.errorMessage);
                return;
            }
            self->applyPage(r.result.value(QStringLiteral("entries")).toArray(), beforeId > 0);
        });
}

void AuditModel::applyPage(const QJsonArray &entries, bool append)
{
    if (!append) {
        beginResetModel();
        m_rows.clear();
        for (const QJsonValue &v : entries)
            m_rows.push_back(v.toObject());
        endResetModel();
    } else if (!entries.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
        for (const QJsonValue &v : entries)
            m_rows.push_back(v.toObject());
        endInsertRows();
    }
    m_more = entries.size() >= PageSize;
    emit loaded();
}

void AuditModel::verify()
{
    if (!m_connection)
        return;
    QPointer<AuditModel> self(this);
    m_connection->call(
        QStringLiteral("audit.verify"), {},
        [self](const ipc::IpcReply &r) {
            if (!self)
                return;
            if (!r.ok) {
                emit self->failed(r.errorMessage);
                return;
            }
            Verification v;
            v.done = true;
            v.intact = r.result.value(QLatin1String("intact")).toBool();
            v.checked = r.result.value(QLatin1String("checked")).toInt();
            v.firstBadId = r.result.value(QLatin1String("firstBadId")).toInteger();
            v.problem = r.result.value(QLatin1String("problem")).toString();
            self->m_verification = v;
            if (!self->m_rows.empty())
                emit self->dataChanged(self->index(0, 0),
                                       self->index(self->rowCount() - 1, ColumnCount - 1));
            emit self->verified();
        },
        60000);
}

QJsonArray AuditModel::entries() const
{
    QJsonArray out;
    for (const QJsonObject &o : m_rows)
        out.append(o);
    return out;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &e = m_rows[static_cast<size_t>(index.row())];
    const qint64 id = e.value(QLatin1String("id")).toInteger();
    const bool broken =
        m_verification.done && !m_verification.intact && m_verification.firstBadId == id;
    switch (role) {
    case EntryIdRole:
        return id;
    case BrokenRole:
        return broken;
    case Qt::BackgroundRole:
        return broken ? QVariant(QBrush(QColor(0xf8, 0xd0, 0xc8))) : QVariant();
    case Qt::ToolTipRole:
        return broken ? QVariant(tr("The audit chain breaks here: %1").arg(m_verification.problem))
                      : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return DisplayFormat::dateTime(e.value(QLatin1String("at")).toString());
        case Actor:
            return e.value(QLatin1String("actor")).toString();
        case Action:
            return e.value(QLatin1String("action")).toString();
        case Target:
            return e.value(QLatin1String("target")).toString();
        case Outcome:
            return e.value(QLatin1String("outcome")).toString();
        case Details: {
            const QJsonObject d = e.value(QLatin1String("details")).toObject();
            return d.isEmpty() ? QString()
                               : QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact));
        }
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Actor:
        return tr("Who");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Outcome:
        return tr("Outcome");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace keyward::console
