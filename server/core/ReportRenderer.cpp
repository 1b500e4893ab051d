#include "core/ReportRenderer.h"

#include "core/PdfDocument.h"
#include "core/ReportSections.h"

#include <QJsonArray>
#include <algorithm>

namespace keyward::core {

namespace {

QString svgChart(const ReportSection &s)
{
    constexpr int height = 120;
    constexpr int slot = 22;
    const int width = std::max(200, static_cast<int>(s.chart.size()) * slot);
    int top = 1;
    for (const auto &bar : s.chart)
        top = std::max(top, bar.second);
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" "
                                 "height=\"%2\" role=\"img\" aria-label=\"%3\">")
                      .arg(width)
                      .arg(height + 30)
                      .arg(s.title.toHtmlEscaped());
    for (int i = 0; i < s.chart.size(); ++i) {
        const int h = height * s.chart[i].second / top;
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" "
                              "fill=\"#2a61ab\"><title>%5: %6</title></rect>")
                   .arg(i * slot + 3)
                   .arg(height - h + 10)
                   .arg(slot - 6)
                   .arg(h)
                   .arg(s.chart[i].first.toHtmlEscaped())
                   .arg(s.chart[i].second);
        if (i % s.labelEvery == 0)
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"9\">%3</text>")
                       .arg(i * slot)
                       .arg(height + 24)
                       .arg(s.chart[i].first.toHtmlEscaped());
    }
    return svg + QStringLiteral("</svg>");
}

QString csvField(const QString &value)
{
    // A cell a spreadsheet would run as a formula is quoted as text.
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\'')))
        return QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return v;
}

} // namespace

QByteArray ReportRenderer::html(const ReportData &data)
{
    const QString title = ReportSections::title(data);
    QString out =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<title>%1</title><style>body{font-family:sans-serif;margin:2em}"
                       "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:2px 6px;"
                       "text-align:left;font-size:90%}.weak{color:#b00020}</style></head><body>\n"
                       "<h1>%1</h1>\n")
            .arg(title.toHtmlEscaped());
    for (const QString &p : ReportSections::preamble(data))
        out += QStringLiteral("<p>%1</p>\n").arg(p.toHtmlEscaped());
    for (const ReportSection &s : ReportSections::of(data)) {
        out += QStringLiteral("<h2>%1</h2>\n").arg(s.title.toHtmlEscaped());
        for (const QString &p : s.paragraphs)
            out += QStringLiteral("<p%1>%2</p>\n")
                       .arg(p.startsWith(QLatin1String("WEAKER")) ||
                                    p.startsWith(QLatin1String("NOT intact"))
                                ? QStringLiteral(" class=\"weak\"")
                                : QString(),
                            p.toHtmlEscaped());
        if (!s.header.isEmpty()) {
            if (s.rows.isEmpty()) {
                out += QStringLiteral("<p>%1</p>\n").arg(s.emptyTable.toHtmlEscaped());
            } else {
                out += QStringLiteral("<table><tr>");
                for (const QString &h : s.header)
                    out += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
                out += QStringLiteral("</tr>\n");
                for (const QStringList &row : s.rows) {
                    out += QStringLiteral("<tr>");
                    for (const QString &cell : row)
                        out += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
                    out += QStringLiteral("</tr>\n");
                }
                out += QStringLiteral("</table>\n");
            }
        }
        if (!s.chart.isEmpty())
            out += svgChart(s) + QLatin1Char('\n');
    }
    out += QStringLiteral("</body></html>\n");
    return out.toUtf8();
}

QByteArray ReportRenderer::csv(const ReportData &data)
{
    QList<QStringList> rows;
    rows.append({QStringLiteral("section"), QStringLiteral("subject"), QStringLiteral("field"),
                 QStringLiteral("value"), QStringLiteral("at"), QStringLiteral("actor")});
    const QString generated = ReportSections::when(data.generated);
    const auto add = [&](const QString &section, const QString &subject, const QString &field,
                         const QString &value, const QString &at = {}, const QString &actor = {}) {
        rows.append({section, subject, field, value, at, actor});
    };
    add(QStringLiteral("report"), data.server, QStringLiteral("kind"), data.kind, generated,
        data.generatedBy);
    add(QStringLiteral("report"), data.server, QStringLiteral("periodDays"),
        QString::number(data.periodDays), generated, data.generatedBy);
    add(QStringLiteral("summary"), QString(), QStringLiteral("accounts"),
        QString::number(data.accounts.size()));
    add(QStringLiteral("summary"), QString(), QStringLiteral("dormant"),
        QString::number(data.count(&ReportData::Account::dormant)));
    add(QStringLiteral("summary"), QString(), QStringLiteral("privileged"),
        QString::number(data.count(&ReportData::Account::privileged)));
    add(QStringLiteral("summary"), QString(), QStringLiteral("expired"),
        QString::number(data.count(&ReportData::Account::expired)));
    add(QStringLiteral("summary"), QString(), QStringLiteral("sessions"),
        QString::number(data.sessionsTotal));
    for (auto it = data.policy.begin(); it != data.policy.end(); ++it) {
        QString value = it.value().isArray()
                            ? it.value().toVariant().toStringList().join(QLatin1Char(' '))
                            : it.value().toVariant().toString();
        add(QStringLiteral("policy"), QString(), it.key(), value);
    }
    for (const QString &d : data.deviations)
        add(QStringLiteral("deviation"), QString(), QStringLiteral("weaker"), d);
    for (const auto &a : data.accounts) {
        const QString s = QStringLiteral("account");
        add(s, a.name, QStringLiteral("state"), a.state);
        add(s, a.name, QStringLiteral("groups"), a.groups.join(QLatin1Char(' ')));
        add(s, a.name, QStringLiteral("credentialAgeDays"), QString::number(a.credentialAgeDays));
        add(s, a.name, QStringLiteral("expires"), a.expires.toString(Qt::ISODate));
        add(s, a.name, QStringLiteral("lastSignIn"),
            a.lastSignIn.isValid() ? a.lastSignIn.toString(Qt::ISODate) : QString());
        add(s, a.name, QStringLiteral("failedSignIns"), QString::number(a.failedSignIns));
        add(s, a.name, QStringLiteral("dormant"),
            a.dormant ? QStringLiteral("yes") : QStringLiteral("no"));
        add(s, a.name, QStringLiteral("privileged"),
            a.privileged ? QStringLiteral("yes") : QStringLiteral("no"));
        add(s, a.name, QStringLiteral("expired"),
            a.expired ? QStringLiteral("yes") : QStringLiteral("no"));
        add(s, a.name, QStringLiteral("locked"),
            a.locked ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    for (auto it = data.sessionsByMppe.cbegin(); it != data.sessionsByMppe.cend(); ++it)
        add(QStringLiteral("sessions"), it.key(), QStringLiteral("count"),
            QString::number(it.value()));
    for (const auto &a : data.lockouts)
        add(QStringLiteral("lockout"), a.target, a.action, a.detail, a.at.toString(Qt::ISODate),
            a.actor);
    for (const auto &a : data.adminActions)
        add(QStringLiteral("action"), a.target, a.action, a.outcome, a.at.toString(Qt::ISODate),
            a.actor);
    for (const auto &w : data.windows)
        add(QStringLiteral("window"), w.title, QStringLiteral("outcome"), w.outcome,
            w.start.toString(Qt::ISODate), w.plannedBy);
    add(QStringLiteral("audit"), QString(), QStringLiteral("intact"),
        data.chainIntact ? QStringLiteral("yes") : QStringLiteral("no"));
    add(QStringLiteral("audit"), QString(), QStringLiteral("checked"),
        QString::number(data.chainChecked));
    add(QStringLiteral("audit"), QString::number(data.headId), QStringLiteral("head"),
        data.headHash);
    for (const auto &[day, n] : data.signInsPerDay)
        add(QStringLiteral("signInsPerDay"), day.toString(Qt::ISODate), QStringLiteral("count"),
            QString::number(n));
    for (const auto &[week, n] : data.expiryForecast)
        add(QStringLiteral("expiryForecast"), week.toString(Qt::ISODate), QStringLiteral("count"),
            QString::number(n));
    QString out;
    for (const QStringList &row : std::as_const(rows)) {
        QStringList cells;
        for (const QString &cell : row)
            cells << csvField(cell);
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray ReportRenderer::pdf(const ReportData &data, const QString &fontDirectory)
{
    PdfDocument pdf(ReportSections::title(data),
                    fontDirectory.isEmpty() ? PdfDocument::defaultFontDirectory() : fontDirectory);
    pdf.title(ReportSections::title(data));
    if (!pdf.fontProblem().isEmpty())
        pdf.paragraph(QStringLiteral("Some characters may be missing from this report (shown as "
                                     "'?'): keywardd could not use the fonts of "
                                     "fonts-dejavu-core (%1).")
                          .arg(pdf.fontProblem()));
    for (const QString &p : ReportSections::preamble(data))
        pdf.paragraph(p);
    for (const ReportSection &s : ReportSections::of(data)) {
        pdf.heading(s.title);
        for (const QString &p : s.paragraphs)
            pdf.paragraph(p);
        if (!s.header.isEmpty()) {
            if (s.rows.isEmpty())
                pdf.paragraph(s.emptyTable);
            else
                pdf.table(s.header, s.rows, s.widths);
        }
        if (!s.chart.isEmpty())
            pdf.barChart(s.title, s.chart, s.labelEvery);
    }
    return pdf.finish();
}

QByteArray ReportRenderer::render(const ReportData &data, const QString &format)
{
    if (format == QLatin1String("html"))
        return html(data);
    if (format == QLatin1String("csv"))
        return csv(data);
    return pdf(data);
}

} // namespace keyward::core
