#pragma once

// Remembers a table's column layout (widths, order, sort) between runs under a
// settings key. Until the admin has a layout of their own, it fits the columns to
// the first rows they actually see (a hidden table measures nothing).

#include <QObject>
#include <QString>

class QTableView;

namespace keyward::console {

class TableColumns : public QObject
{
    Q_OBJECT

public:
    TableColumns(QTableView *table, QString settingsKey);

    void save() const;
    void restore();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitOnce();

    QTableView *m_table;
    QString m_key;
    bool m_settled = false; // restored from settings, or fitted once
};

} // namespace keyward::console
