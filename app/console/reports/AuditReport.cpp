#include "reports/AuditReport.h"

#include "api/IsoTime.h"
#include "models/AuditSentence.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSaveFile>

namespace keyward::console {

namespace {
QString csvField(QString value)
{
    // Quote everything, and keep spreadsheet formulas from running.
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    return QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString detailsOf(const api::AuditEntry &entry)
{
    return entry.details.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
}

// id, at, actor, action, target, outcome: as the server sent them.
QStringList fieldsOf(const api::AuditEntry &e)
{
    return {QString::number(e.id),
            api::IsoTime::milliseconds(e.at),
            e.actor,
            e.action,
            e.target,
            e.outcome};
}
} // namespace

AuditReport::AuditReport(QList<api::AuditEntry> entries, AuditModel::Verification verification,
                         QString server)
    : m_entries(std::move(entries)), m_verification(std::move(verification)),
      m_server(std::move(server))
{}

QString AuditReport::verdict() const
{
    if (!m_verification.done)
        return tr("The audit chain was not verified for this report.");
    if (m_verification.intact)
        return tr("The audit chain verified: %n entries checked, none altered or missing.", nullptr,
                  m_verification.checked);
    return tr("THE AUDIT CHAIN IS BROKEN at entry %1: %2")
        .arg(m_verification.firstBadId)
        .arg(m_verification.problem);
}

QByteArray AuditReport::toCsv() const
{
    QString out = QStringLiteral("id,at,actor,action,target,outcome,details\n");
    for (const api::AuditEntry &e : m_entries) {
        QStringList row;
        for (const QString &f : fieldsOf(e))
            row << csvField(f);
        row << csvField(detailsOf(e));
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray AuditReport::toHtml() const
{
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                       "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
                       "td,th{border:1px solid #999;padding:2px 6px;font-size:90%}"
                       ".bad{background:#f8d0c8}</style></head><body>\n")
            .arg(tr("Keyward audit report").toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>\n").arg(tr("Keyward audit report").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>\n")
                .arg(tr("Server: %1. Made: %2. Entries: %3.")
                         .arg(m_server, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                         .arg(m_entries.size())
                         .toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>\n").arg(verdict().toHtmlEscaped());
    html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                           "<th>%6</th><th>%7</th><th>%8</th></tr>\n")
                .arg(tr("No."), tr("Time (UTC)"), tr("Who"), tr("Action"), tr("Target"),
                     tr("Outcome"), tr("Details"), tr("What happened"));
    for (const api::AuditEntry &e : m_entries) {
        const bool bad =
            m_verification.done && !m_verification.intact && e.id == m_verification.firstBadId;
        html += bad ? QStringLiteral("<tr class=\"bad\">") : QStringLiteral("<tr>");
        for (const QString &f : fieldsOf(e))
            html += QStringLiteral("<td>%1</td>").arg(f.toHtmlEscaped());
        html += QStringLiteral("<td>%1</td><td>%2</td></tr>\n")
                    .arg(detailsOf(e).toHtmlEscaped(), AuditSentence::of(e).toHtmlEscaped());
    }
    html += QStringLiteral("</table></body></html>\n");
    return html.toUtf8();
}

QString AuditReport::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (file.write(csv ? toCsv() : toHtml()) < 0 || !file.commit())
        return tr("Cannot write %1: %2 (is the disk full?)").arg(path, file.errorString());
    return {};
}

} // namespace keyward::console
