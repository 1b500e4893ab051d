#pragma once

// One section of a report as every format shows it: a title, paragraphs, a table
// and, where a picture says more, a bar chart. ReportSections lays a report's figures
// out as these; the HTML and PDF renderers only draw them.

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace keyward::core {

struct ReportSection
{
    QString title;
    QStringList paragraphs;
    QStringList header;
    QList<QStringList> rows;
    QList<int> widths;  // column widths in characters (PDF)
    QString emptyTable; // said instead of an empty table
    QList<QPair<QString, int>> chart;
    int labelEvery = 1;
};

} // namespace keyward::core
