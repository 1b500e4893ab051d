#include "wizards/BaselinePage.h"

#include "api/AdminMethod.h"
#include "views/MessageBanner.h"
#include "views/MethodGate.h"
#include "wizards/ChangeWindowSteps.h"
#include "wizards/ChangeWindowWizard.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace keyward::console {

namespace {
QString valueText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("on") : QStringLiteral("off");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &v : value.toArray())
            items << valueText(v);
        return items.join(QStringLiteral(", "));
    }
    return value.toString();
}
} // namespace

BaselinePage::BaselinePage(ChangeWindowWizard *wizard)
    : ChangeWindowPage(wizard, tr("Baseline")), m_preview(new QTextBrowser(this)),
      m_apply(new QPushButton(tr("Apply the baseline"), this)),
      m_keep(new QCheckBox(tr("Leave the policy as it is"), this))
{
    setTitle(tr("The strong baseline"));
    setSubTitle(tr("128-bit MPPE only, MS-CHAPv2 only, sessions of at most 8 hours and an idle "
                   "timeout of at most 30 minutes. Live sessions below it end when it is applied; "
                   "users last seen with weaker encryption are refused at their next sign-in."));
    m_preview->setObjectName(QStringLiteral("baselinePreview"));
    m_apply->setObjectName(QStringLiteral("applyBaseline"));
    m_keep->setObjectName(QStringLiteral("keepPolicy"));
    MethodGate::require(m_apply, api::Method::WindowBaselineApply);
    guard(m_apply);
    guard(m_keep);
    connect(m_apply, &QPushButton::clicked, this, &BaselinePage::apply);
    connect(m_keep, &QCheckBox::toggled, this, [this](bool keep) {
        run()->record(step(), true,
                      keep ? tr("The policy was left as it was.") : tr("Not applied yet."));
        emit completeChanged();
    });
    body()->addWidget(m_preview, 1);
    body()->addWidget(m_apply, 0, Qt::AlignLeft);
    body()->addWidget(m_keep);
}

bool BaselinePage::stepDone() const
{
    return m_applied || m_keep->isChecked();
}

void BaselinePage::initializePage()
{
    if (!m_previewed)
        refreshPreview();
}

void BaselinePage::refreshPreview()
{
    setBusy(true);
    QPointer<BaselinePage> self(this);
    run()->steps()->baseline(false, [self](const Result<api::BaselineResult> &r) {
        if (!self)
            return;
        self->setBusy(false);
        if (!r)
            return self->banner()->showProblem(
                tr("No preview: %1").arg(QString::fromStdString(r.message())));
        self->m_previewed = true;
        self->display(*r);
    });
}

void BaselinePage::apply()
{
    setBusy(true);
    QPointer<BaselinePage> self(this);
    run()->steps()->baseline(true, [self](const Result<api::BaselineResult> &r) {
        if (!self)
            return;
        self->setBusy(false);
        if (!r)
            return self->finish(
                false,
                tr("The baseline was not applied: %1").arg(QString::fromStdString(r.message())));
        self->m_applied = true;
        self->m_apply->setEnabled(false);
        self->m_keep->setEnabled(false);
        self->display(*r);
        self->finish(true, r->changes.isEmpty()
                               ? tr("The baseline was in force already.")
                               : tr("Baseline applied: %1 setting(s) changed; %n session(s) ended.",
                                    nullptr, r->sessionsEnded)
                                     .arg(r->changes.size()));
        emit self->completeChanged();
    });
}

void BaselinePage::display(const api::BaselineResult &r)
{
    QString html;
    if (r.changes.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("The baseline is in force already."));
    } else {
        html += QStringLiteral("<p>%1</p><ul>")
                    .arg(r.applied ? tr("Changed:") : tr("Applying it changes:"));
        for (auto it = r.changes.begin(); it != r.changes.end(); ++it)
            html += QStringLiteral("<li><tt>%1</tt> → <tt>%2</tt></li>")
                        .arg(it.key().toHtmlEscaped(), valueText(it.value()).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (r.cutOff.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Nobody is cut off."));
    } else {
        html += QStringLiteral("<p><b>%1</b></p><ul>")
                    .arg(r.applied ? tr("Cut off:") : tr("It would cut off:"));
        for (const api::WeakUse &w : r.cutOff)
            html +=
                QStringLiteral("<li>%1</li>")
                    .arg(QStringLiteral("%1: %2").arg(w.user, w.reason).toHtmlEscaped() +
                         (w.sessionId ? QLatin1Char(' ') + tr("(live session %1)").arg(w.sessionId)
                                      : QString()));
        html += QStringLiteral("</ul>");
    }
    m_preview->setHtml(html);
}

} // namespace keyward::console
