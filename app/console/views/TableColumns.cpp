#include "views/TableColumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace keyward::console {

TableColumns::TableColumns(QTableView *table, QString settingsKey)
    : QObject(table), m_table(table), m_key(std::move(settingsKey))
{
    table->installEventFilter(this);
    QAbstractItemModel *model = table->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &TableColumns::fitOnce);
    connect(model, &QAbstractItemModel::modelReset, this, &TableColumns::fitOnce);
}

void TableColumns::save() const
{
    QSettings().setValue(m_key, m_table->horizontalHeader()->saveState());
}

void TableColumns::restore()
{
    m_settled = m_table->horizontalHeader()->restoreState(QSettings().value(m_key).toByteArray());
}

bool TableColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Show)
        fitOnce();
    return QObject::eventFilter(watched, event);
}

void TableColumns::fitOnce()
{
    if (m_settled || !m_table->isVisible() || m_table->model()->rowCount() == 0)
        return;
    m_settled = true;
    m_table->resizeColumnsToContents();
}

} // namespace keyward::console
