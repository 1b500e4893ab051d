#include "wizards/SummaryPage.h"

#include "api/AdminMethod.h"
#include "api/ReportMessages.h"
#include "reports/BackupReportCenter.h"
#include "views/MessageBanner.h"
#include "views/MethodGate.h"
#include "wizards/ChangeWindowSteps.h"
#include "wizards/ChangeWindowWizard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace keyward::console {

SummaryPage::SummaryPage(ChangeWindowWizard *wizard)
    : ChangeWindowPage(wizard, tr("Report")), m_steps(new QTextBrowser(this)),
      m_format(new QComboBox(this)), m_create(new QPushButton(tr("Write a report"), this)),
      m_report(new QLabel(this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("What this change window did. The report keywardd writes (signed with its "
                   "report key) lists the policy, the accounts, and every change with the admin "
                   "who made it."));
    m_steps->setObjectName(QStringLiteral("stepSummary"));
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF"), api::ReportFormat::Pdf);
    m_format->addItem(tr("HTML"), api::ReportFormat::Html);
    m_format->addItem(tr("CSV"), api::ReportFormat::Csv);
    m_create->setObjectName(QStringLiteral("createReport"));
    m_report->setObjectName(QStringLiteral("reportResult"));
    m_report->setWordWrap(true);
    MethodGate::require(m_create, api::Method::ReportCreate);
    guard(m_create);
    connect(m_create, &QPushButton::clicked, this, &SummaryPage::createReport);
    auto *row = new QHBoxLayout;
    row->addWidget(m_format);
    row->addWidget(m_create);
    row->addStretch(1);
    body()->addWidget(m_steps, 1);
    body()->addLayout(row);
    body()->addWidget(m_report);
}

void SummaryPage::initializePage()
{
    refresh();
}

QStringList SummaryPage::lines() const
{
    QStringList out;
    for (const ChangeWindowWizard::StepOutcome &o : run()->outcomes())
        out << QStringLiteral("%1: %2 — %3").arg(o.step, o.ok ? tr("done") : tr("FAILED"), o.text);
    return out;
}

void SummaryPage::refresh()
{
    QString html = QStringLiteral("<table cellpadding=\"3\">");
    for (const ChangeWindowWizard::StepOutcome &o : run()->outcomes())
        html += QStringLiteral("<tr><td><b>%1</b></td><td style=\"color:%2\">%3</td><td>%4</td>"
                               "</tr>")
                    .arg(o.step.toHtmlEscaped(),
                         o.ok ? QStringLiteral("#207020") : QStringLiteral("#b03020"),
                         o.ok ? tr("done") : tr("failed"), o.text.toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_steps->setHtml(html);
}

void SummaryPage::createReport()
{
    api::ReportCreateParams params;
    params.kind = api::ReportKind::Full;
    params.format = m_format->currentData().toString();
    params.periodDays = 30;
    setBusy(true);
    m_report->setText(tr("keywardd is writing the report…"));
    QPointer<SummaryPage> self(this);
    run()->steps()->createReport(params, [self](const Result<api::ReportInfo> &r) {
        if (!self)
            return;
        self->setBusy(false);
        if (!r) {
            self->m_report->clear();
            // Everything is done by now: a missing report is no reason to roll back.
            self->banner()->showProblem(
                tr("No report was written: %1").arg(QString::fromStdString(r.message())));
            return;
        }
        const QString text = tr("Report %1 written and signed (key %2); it is listed under "
                                "Backups & reports.")
                                 .arg(r->file, r->keyId);
        self->m_report->setText(text);
        self->run()->record(self->step(), true, text);
        self->refresh();
        if (self->run()->backupCenter())
            self->run()->backupCenter()->refresh();
    });
}

} // namespace keyward::console
