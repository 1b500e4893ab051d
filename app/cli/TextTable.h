#pragma once

// keywardctl's tables: a header of upper-case column names, then one line per row,
// each column as wide as its widest cell plus two spaces. Scripts read these.

#include <QList>
#include <QString>
#include <QStringList>

namespace keyward::cli {

class TextTable
{
public:
    explicit TextTable(QStringList columns) : m_columns(std::move(columns)) {}

    void add(QStringList cells) { m_rows.append(std::move(cells)); }
    QString text() const;

    // How cells show values: "yes"/"no", and numbers as keywardctl has always shown them.
    static QString yesNo(bool value);
    static QString number(qint64 value);

private:
    QStringList m_columns;
    QList<QStringList> m_rows;
};

} // namespace keyward::cli
