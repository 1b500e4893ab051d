#include "models/AuditModel.h"

#include "api/AdminMethod.h"
#include "api/IsoTime.h"
#include "client/ServerConnection.h"
#include "models/AuditSentence.h"
#include "models/DisplayFormat.h"

#include <QBrush>
#include <QColor>
#include <QJsonDocument>

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
        fetch(m_rows.back().id);
}

void AuditModel::fetch(qint64 beforeId)
{
    if (!m_connection)
        return;
    api::AuditListParams params;
    params.limit = PageSize;
    params.action = m_actionPrefix;
    params.target = m_target;
    params.beforeId = beforeId;
    QPointer<AuditModel> self(this);
    m_connection->call(api::Method::AuditList, params.toJson(),
                       [self, beforeId](const ipc::IpcReply &r) {
                           if (!self)
                               return;
                           if (!r.ok) {
                               emit self->failed(r.errorMessage);
                               return;
                           }
                           auto page = api::AuditListResult::fromJson(r.result);
                           if (!page) {
                               emit self->failed(QString::fromStdString(page.message()));
                               return;
                           }
                           self->applyPage(page->entries, beforeId > 0);
                       });
}

void AuditModel::applyPage(const QList<api::AuditEntry> &entries, bool append)
{
    if (!append) {
        beginResetModel();
        m_rows = entries;
        endResetModel();
    } else if (!entries.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
        m_rows.append(entries);
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
        api::Method::AuditVerify, {},
        [self](const ipc::IpcReply &r) {
            if (!self)
                return;
            if (!r.ok) {
                emit self->failed(r.errorMessage);
                return;
            }
            auto verified = api::AuditVerifyResult::fromJson(r.result);
            if (!verified) {
                emit self->failed(QString::fromStdString(verified.message()));
                return;
            }
            Verification v;
            v.done = true;
            v.intact = verified->intact;
            v.checked = static_cast<int>(verified->checked);
            v.firstBadId = verified->firstBadId;
            v.problem = verified->problem;
            self->m_verification = v;
            if (!self->m_rows.empty())
                emit self->dataChanged(self->index(0, 0),
                                       self->index(self->rowCount() - 1, ColumnCount - 1));
            emit self->verified();
        },
        60000);
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
    const api::AuditEntry &e = m_rows.at(index.row());
    const qint64 id = e.id;
    const bool broken =
        m_verification.done && !m_verification.intact && m_verification.firstBadId == id;
    switch (role) {
    case EntryIdRole:
        return id;
    case BrokenRole:
        return broken;
    case DetailsRole:
        return detailsText(e);
    case Qt::BackgroundRole:
        return broken ? QVariant(QBrush(QColor(0xf8, 0xd0, 0xc8))) : QVariant();
    case Qt::ToolTipRole:
        return broken ? QVariant(tr("The audit chain breaks here: %1").arg(m_verification.problem))
                      : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return DisplayFormat::dateTime(e.at);
        case Summary:
            return AuditSentence::of(e);
        case Actor:
            return e.actor;
        case Action:
            return e.action;
        case Target:
            return e.target;
        case Outcome:
            return e.outcome;
        case Details:
            return e.details.isEmpty()
                       ? QString()
                       : QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
        default:
            return {};
        }
    default:
        return {};
    }
}

QString AuditModel::detailsText(const api::AuditEntry &e)
{
    QString text = tr("Entry %1, %2 (UTC)\nWho: %3\nAction: %4\nTarget: %5\nOutcome: %6\n")
                       .arg(QString::number(e.id), api::IsoTime::milliseconds(e.at), e.actor,
                            e.action, e.target, e.outcome);
    text +=
        e.details.isEmpty()
            ? tr("No details.")
            : tr("Details:\n%1")
                  .arg(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Indented)));
    return text;
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Summary:
        return tr("What happened");
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
