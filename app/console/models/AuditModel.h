#pragma once

// The audit trail, newest first, as a table model; pages of 500 entries from
// keywardd, narrowed by action kind and target on the server. verify() checks the
// hash chain on the server and marks the first entry where it breaks. Each entry
// reads as a sentence (AuditSentence); its details, pretty-printed, are on DetailsRole.

#include "api/AuditMessages.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace keyward::console {

class ServerConnection;

class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Summary, // what happened, as a sentence
        Actor,
        Action,
        Target,
        Outcome,
        Details,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        BrokenRole, // true for the entry where the chain breaks
        DetailsRole // the entry in full: its fields and details, pretty-printed
    };
    struct Verification
    {
        bool done = false;
        bool intact = false;
        int checked = 0;
        qint64 firstBadId = 0;
        QString problem;
    };

    explicit AuditModel(QObject *parent = nullptr);
    void setConnection(ServerConnection *connection);
    // Narrows what the server sends: an action prefix ("user.") and an exact target.
    void setServerFilter(const QString &actionPrefix, const QString &target);
    void reload();
    void loadMore();
    bool canLoadMore() const { return m_more; }
    void verify();
    const Verification &verification() const { return m_verification; }
    // Takes one `audit.list` answer: the first page, or the next one (`append`).
    void applyPage(const QList<api::AuditEntry> &entries, bool append);
    // The entries as loaded, for reports.
    const QList<api::AuditEntry> &entries() const { return m_rows; }
    // One entry in full, for the details pane: its fields and details, pretty-printed.
    static QString detailsText(const api::AuditEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void verified();
    void failed(const QString &message);

private:
    void fetch(qint64 beforeId);

    QPointer<ServerConnection> m_connection;
    QList<api::AuditEntry> m_rows;
    QString m_actionPrefix;
    QString m_target;
    bool m_more = false;
    Verification m_verification;
};

} // namespace keyward::console
