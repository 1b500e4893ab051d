#pragma once

// A small PDF 1.4 writer for keywardd's reports: A4 pages, the standard Helvetica and
// Courier fonts (WinAnsi: text outside Latin-1 becomes '?'), text that flows down
// the page and onto new pages, tables in Courier so columns line up, and bar charts
// drawn as filled rectangles. keywardd is a QCoreApplication without a GUI platform,
// where QPdfWriter and QTextDocument cannot run; this writer needs neither, so a
// scheduled report is written by keywardd alone. pdftotext reads the text back.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace keyward::core {

class PdfDocument
{
public:
    explicit PdfDocument(QString title);

    void title(const QString &text);
    void heading(const QString &text);
    // Wrapped to the page width.
    void paragraph(const QString &text);
    // Monospaced rows; the first is bold. Cells are cut to their column's width.
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &widths);
    // Vertical bars, one per value, labelled below (every `labelEvery`-th label).
    void barChart(const QString &caption, const QList<QPair<QString, int>> &bars,
                  int labelEvery = 1);
    void space(double points);

    // The finished file.
    QByteArray finish() const;

private:
    enum Font
    {
        Regular,
        Bold,
        Mono,
        MonoBold
    };
    void ensure(double height);
    void newPage();
    void text(double x, double y, Font font, double size, const QString &text);
    void line(Font font, double size, const QString &text, double indent = 0);
    static QByteArray escaped(const QString &text);

    QString m_title;
    QList<QByteArray> m_pages;
    double m_y = 0;
};

} // namespace keyward::core
