#include "cli/TextTable.h"

#include <algorithm>

namespace keyward::cli {

QString TextTable::yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString TextTable::number(qint64 value)
{
    return QString::number(static_cast<double>(value), 'g', 12);
}

QString TextTable::text() const
{
    QList<int> widths;
    for (const QString &c : m_columns)
        widths << static_cast<int>(c.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < widths.size(); ++i)
            widths[i] = std::max(widths[i], static_cast<int>(row.value(i).size()));
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < widths.size(); ++i)
            text += cells.value(i).leftJustified(widths[i] + 2);
        return text.trimmed() + QLatin1Char('\n');
    };
    QStringList header;
    for (const QString &c : m_columns)
        header << c.toUpper();
    QString out = line(header);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

} // namespace keyward::cli
