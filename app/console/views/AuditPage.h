#pragma once

// The audit log: each entry as a sentence, its details (fields and JSON) on demand
// in a pane under the table; filter by kind of action, target and free text, page
// back in time, verify the hash chain (and see where it breaks), export a report.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace keyward::console {

class AuditModel;
class EmptyState;
class ServerConnection;
class MessageBanner;
class TableColumns;

class AuditPage : public QWidget
{
    Q_OBJECT

public:
    AuditPage(AuditModel *model, ServerConnection *connection, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLabel *verdict() const { return m_verdict; }
    // The selected entry in full; shown while the "Details" button is down.
    QPlainTextEdit *details() const { return m_details; }
    QPushButton *detailsButton() const { return m_detailsButton; }
    EmptyState *emptyState() const { return m_empty; }
    void verify();
    void exportReport();
    // Writes the report without asking where (used by exportReport and tests).
    QString exportTo(const QString &path) const;

    void saveState() const;
    void restoreState();

private:
    void showVerdict();
    void showDetails();

    AuditModel *m_model;
    ServerConnection *m_connection;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_kind;
    QLineEdit *m_target;
    QLineEdit *m_search;
    QLabel *m_verdict;
    QTableView *m_table;
    QPushButton *m_more;
    QPushButton *m_detailsButton;
    QPlainTextEdit *m_details;
    EmptyState *m_empty;
    MessageBanner *m_banner;
    TableColumns *m_columns = nullptr;
};

} // namespace keyward::console
