#pragma once

// The audit log: filter by kind of action, target and free text, page back in
// time, verify the hash chain (and see where it breaks), export a report.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace keyward::console {

class AuditModel;
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
    void verify();
    void exportReport();
    // Writes the report without asking where (used by exportReport and tests).
    QString exportTo(const QString &path) const;

    void saveState() const;
    void restoreState();

private:
    void showVerdict();

    AuditModel *m_model;
    ServerConnection *m_connection;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_kind;
    QLineEdit *m_target;
    QLineEdit *m_search;
    QLabel *m_verdict;
    QTableView *m_table;
    QPushButton *m_more;
    MessageBanner *m_banner;
    TableColumns *m_columns = nullptr;
};

} // namespace keyward::console
