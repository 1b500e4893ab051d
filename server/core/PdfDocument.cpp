#include "core/PdfDocument.h"

#include <algorithm>

namespace keyward::core {

namespace {

constexpr double PageWidth = 595;
constexpr double PageHeight = 842;
constexpr double Margin = 42;
constexpr double Usable = PageWidth - 2 * Margin;
constexpr double MonoSize = 7.5;

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

} // namespace

PdfDocument::PdfDocument(QString title) : m_title(std::move(title))
{
    newPage();
}

void PdfDocument::newPage()
{
    m_pages.append(QByteArray());
    m_y = PageHeight - Margin;
}

void PdfDocument::ensure(double height)
{
    if (m_y - height < Margin)
        newPage();
}

QByteArray PdfDocument::escaped(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char byte = u < 256 ? static_cast<char>(u) : '?';
        if (byte == '(' || byte == ')' || byte == '\\')
            out.append('\\');
        out.append(static_cast<unsigned char>(byte) < 32 ? ' ' : byte);
    }
    return out;
}

void PdfDocument::text(double x, double y, Font font, double size, const QString &string)
{
    static const char *const names[] = {"/F1", "/F2", "/F3", "/F4"};
    m_pages.last() += QByteArray("BT ") + names[font] + ' ' + number(size) + " Tf " + number(x) +
                      ' ' + number(y) + " Td (" + escaped(string) + ") Tj ET\n";
}

void PdfDocument::line(Font font, double size, const QString &string, double indent)
{
    ensure(size * 1.4);
    m_y -= size * 1.4;
    text(Margin + indent, m_y, font, size, string);
}

void PdfDocument::title(const QString &string)
{
    line(Bold, 18, string);
    space(6);
}

void PdfDocument::heading(const QString &string)
{
    ensure(60); // a heading is not left alone at the foot of a page
    space(8);
    line(Bold, 12.5, string);
    space(2);
}

void PdfDocument::paragraph(const QString &string)
{
    constexpr double size = 9.5;
    // Helvetica averages about half an em per character.
    const int perLine = static_cast<int>(Usable / (size * 0.5));
    QString current;
    for (const QString &word : string.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!current.isEmpty() && current.size() + 1 + word.size() > perLine) {
            line(Regular, size, current);
            current.clear();
        }
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!current.isEmpty())
        line(Regular, size, current);
}

void PdfDocument::table(const QStringList &header, const QList<QStringList> &rows,
                        const QList<int> &widths)
{
    const auto format = [&](const QStringList &cells) {
        QString out;
        for (int i = 0; i < widths.size(); ++i) {
            QString cell = cells.value(i);
            if (cell.size() > widths[i] - 1)
                cell = cell.left(std::max(0, widths[i] - 2)) + QLatin1Char('~');
            out += cell.leftJustified(widths[i]);
        }
        return out.trimmed();
    };
    line(MonoBold, MonoSize, format(header));
    for (const QStringList &row : rows) {
        if (m_y - MonoSize * 1.4 < Margin) {
            newPage();
            line(MonoBold, MonoSize, format(header));
        }
        line(Mono, MonoSize, format(row));
    }
}

void PdfDocument::barChart(const QString &caption, const QList<QPair<QString, int>> &bars,
                           int labelEvery)
{
    constexpr double height = 110;
    ensure(height + 40);
    line(Bold, 9.5, caption);
    int top = 1;
    for (const auto &bar : bars)
        top = std::max(top, bar.second);
    const double base = m_y - height - 6;
    const double slot = bars.isEmpty() ? Usable : std::min(40.0, Usable / bars.size());
    QByteArray &page = m_pages.last();
    page += "0.6 g " + number(Margin) + ' ' + number(base) + ' ' + number(Usable) + " 0.5 re f\n";
    for (int i = 0; i < bars.size(); ++i) {
        const double x = Margin + i * slot;
        const double h = height * bars[i].second / top;
        page += "0.16 0.38 0.67 rg " + number(x + slot * 0.15) + ' ' + number(base) + ' ' +
                number(slot * 0.7) + ' ' + number(h) + " re f\n0 g\n";
        if (bars[i].second > 0)
            text(x + slot * 0.15, base + h + 2, Regular, 6.5, QString::number(bars[i].second));
        if (i % std::max(1, labelEvery) == 0)
            text(x, base - 9, Regular, 6, bars[i].first);
    }
    m_y = base - 14;
}

void PdfDocument::space(double points)
{
    m_y -= points;
    if (m_y < Margin)
        newPage();
}

QByteArray PdfDocument::finish() const
{
    // Objects: 1 catalog, 2 page tree, 3..6 fonts, 7 info, then a page and its content
    // for each page.
    QList<QByteArray> objects;
    const int firstPage = 8;
    QByteArray kids;
    for (int i = 0; i < m_pages.size(); ++i)
        kids += QByteArray::number(firstPage + 2 * i) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(m_pages.size()) +
                   " >>";
    for (const char *font : {"Helvetica", "Helvetica-Bold", "Courier", "Courier-Bold"})
        objects << QByteArray("<< /Type /Font /Subtype /Type1 /BaseFont /") + font +
                       " /Encoding /WinAnsiEncoding >>";
    objects << "<< /Title (" + escaped(m_title) + ") /Producer (Keyward keywardd) >>";
    for (int i = 0; i < m_pages.size(); ++i) {
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
                   "/F1 3 0 R /F2 4 0 R /F3 5 0 R /F4 6 0 R >> >> /Contents " +
                       QByteArray::number(firstPage + 2 * i + 1) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(m_pages[i].size()) + " >>\nstream\n" +
                       m_pages[i] + "endstream";
    }
    QByteArray out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Info 7 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace keyward::core
