#include "wizards/ValidatePage.h"

#include "api/AdminMethod.h"
#include "views/MessageBanner.h"
#include "views/MethodGate.h"
#include "wizards/ChangeWindowSteps.h"
#include "wizards/ChangeWindowWizard.h"

#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace keyward::console {

ValidatePage::ValidatePage(ChangeWindowWizard *wizard)
    : ChangeWindowPage(wizard, tr("Validation")),
      m_validate(new QPushButton(tr("Validate now"), this)), m_results(new QTextBrowser(this))
{
    setTitle(tr("Validate"));
    setSubTitle(tr("keywardd signs a test account in with keyward-probe: 128-bit MPPE must come "
                   "up and a 40-bit-only attempt must be refused. The test account is deleted "
                   "afterwards. This takes up to a minute."));
    m_validate->setObjectName(QStringLiteral("validate"));
    m_results->setObjectName(QStringLiteral("validation"));
    MethodGate::require(m_validate, api::Method::WindowValidate);
    guard(m_validate);
    connect(m_validate, &QPushButton::clicked, this, &ValidatePage::validate);
    body()->addWidget(m_validate, 0, Qt::AlignLeft);
    body()->addWidget(m_results, 1);
}

bool ValidatePage::validatePage()
{
    if (!m_answered)
        run()->record(step(), true, tr("Not validated from the console."));
    return true;
}

void ValidatePage::validate()
{
    setBusy(true);
    m_results->setHtml(tr("<p>keyward-probe is signing in…</p>"));
    QPointer<ValidatePage> self(this);
    run()->steps()->validate([self](const Result<api::ValidationResult> &r) {
        if (!self)
            return;
        self->setBusy(false);
        self->m_answered = true;
        if (!r && r.kind() == ErrorKind::Unavailable) {
            // keywardd cannot run the probe here: its reason, not a failure of the window.
            const QString why = QString::fromStdString(r.message());
            self->m_ran = false;
            self->m_results->setHtml(
                QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                    .arg(tr("keywardd cannot validate by itself:"), why.toHtmlEscaped()));
            self->banner()->showSuccess(tr("Not validated by keywardd; see why below."));
            self->run()->record(self->step(), true, tr("Not validated by keywardd: %1").arg(why));
            return;
        }
        if (!r) {
            self->m_results->clear();
            return self->finish(
                false, tr("Validation did not run: %1").arg(QString::fromStdString(r.message())));
        }
        self->m_ran = true;
        QString html = QStringLiteral("<p>%1</p><ul>")
                           .arg(tr("Test account %1:").arg(r->account.toHtmlEscaped()));
        QStringList names;
        for (const api::ValidationCheck &c : r->checks) {
            html += QStringLiteral("<li><b style=\"color:%1\">%2</b> %3: %4</li>")
                        .arg(c.passed ? QStringLiteral("#207020") : QStringLiteral("#b03020"),
                             c.passed ? tr("pass") : tr("FAIL"), c.name.toHtmlEscaped(),
                             c.detail.toHtmlEscaped());
            names << QStringLiteral("%1 %2").arg(c.name, c.passed ? tr("pass") : tr("FAIL"));
        }
        html += QStringLiteral("</ul>");
        self->m_results->setHtml(html);
        self->finish(r->passed, (r->passed ? tr("Validated: %1.") : tr("Validation failed: %1."))
                                    .arg(names.join(QStringLiteral("; "))));
    });
}

} // namespace keyward::console
