#include "wizards/InventoryPage.h"

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

namespace {
QString escaped(const QStringList &items)
{
    return items.join(QStringLiteral(", ")).toHtmlEscaped();
}

QString red(const QString &html)
{
    return QStringLiteral("<span style=\"color:#b03020;font-weight:bold\">%1</span>").arg(html);
}
} // namespace

InventoryPage::InventoryPage(ChangeWindowWizard *wizard)
    : ChangeWindowPage(wizard, tr("Inventory")), m_report(new QTextBrowser(this)),
      m_reload(new QPushButton(tr("Read again"), this))
{
    setTitle(tr("Inventory"));
    setSubTitle(tr("What the server runs with, who connects with what, and whose credentials "
                   "are old: the starting point of this change window."));
    m_report->setObjectName(QStringLiteral("inventory"));
    m_reload->setObjectName(QStringLiteral("reloadInventory"));
    MethodGate::require(m_reload, api::Method::WindowInventory);
    guard(m_reload);
    connect(m_reload, &QPushButton::clicked, this, &InventoryPage::reload);
    body()->addWidget(m_report, 1);
    body()->addWidget(m_reload, 0, Qt::AlignLeft);
}

void InventoryPage::initializePage()
{
    if (!m_inventory)
        reload();
}

void InventoryPage::reload()
{
    setBusy(true);
    m_report->setHtml(tr("<p>Reading the inventory…</p>"));
    QPointer<InventoryPage> self(this);
    run()->steps()->inventory([self](const Result<api::WindowInventory> &r) {
        if (!self)
            return;
        self->setBusy(false);
        if (!r) {
            self->m_report->clear();
            self->banner()->showProblem(
                tr("No inventory: %1").arg(QString::fromStdString(r.message())));
            return;
        }
        self->m_inventory = *r;
        self->m_report->setHtml(toHtml(*r));
        self->run()->record(
            self->step(), true,
            tr("Server %1; %n weak setting(s); ", nullptr, static_cast<int>(r->weaknesses.size()))
                    .arg(r->serverVersion) +
                tr("%n account(s).", nullptr, r->accounts.total));
    });
}

QString InventoryPage::toHtml(const api::WindowInventory &inv)
{
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(tr("Server"));
    auto row = [&html](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(name.toHtmlEscaped(), value);
    };
    row(tr("Version"), inv.serverVersion.toHtmlEscaped());
    const bool weakMppe = inv.mppeStrengths != QStringList{QStringLiteral("128-bit")};
    row(tr("MPPE strengths"),
        weakMppe ? red(escaped(inv.mppeStrengths)) : escaped(inv.mppeStrengths));
    const bool weakAuth = inv.authMethods != QStringList{QStringLiteral("mschapv2")};
    row(tr("Authentication"), weakAuth ? red(escaped(inv.authMethods)) : escaped(inv.authMethods));
    row(tr("Longest session"), tr("%n hour(s)", nullptr, inv.maxSessionHours));
    row(tr("Idle timeout"), tr("%n minute(s)", nullptr, inv.idleTimeoutMinutes));
    row(tr("Password expiry"), tr("%n day(s)", nullptr, inv.passwordMaxAgeDays));
    html += QStringLiteral("</table>");
    if (inv.weaknesses.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No setting is weaker than the safe defaults."));
    } else {
        html += QStringLiteral("<p>%1</p><ul>").arg(red(tr("Weaker than the safe defaults:")));
        for (const QString &w : inv.weaknesses)
            html += QStringLiteral("<li>%1</li>").arg(red(w.toHtmlEscaped()));
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Clients seen on live sessions"));
    if (inv.clients.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No live session."));
    html += QStringLiteral("<ul>");
    for (const api::InventoryClient &c : inv.clients) {
        QString line =
            QStringLiteral("%1 %2: ").arg(c.name.toHtmlEscaped(), c.version.toHtmlEscaped()) +
            tr("%n session(s)", nullptr, c.sessions) + QStringLiteral(" (") + escaped(c.users) +
            QStringLiteral(")");
        html +=
            QStringLiteral("<li>%1</li>")
                .arg(c.legacy ? red(line + QLatin1Char(' ') + tr("legacy").toHtmlEscaped()) : line);
    }
    html += QStringLiteral("</ul>");

    const api::AccountCounts &a = inv.accounts;
    html += QStringLiteral("<h3>%1</h3><p>").arg(tr("Accounts"));
    html += tr("%1 in all: %2 active, %3 disabled, %4 revoked, %5 locked; %6 must change their "
               "password, %7 expired.")
                .arg(a.total)
                .arg(a.active)
                .arg(a.disabled)
                .arg(a.revoked)
                .arg(a.locked)
                .arg(a.mustChange)
                .arg(a.expired);
    html += QStringLiteral("</p><table><tr><th>%1</th><th>%2</th></tr>")
                .arg(tr("Password age"), tr("Accounts"));
    for (const api::AgeBucket &b : inv.credentialAge)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(b.label.toHtmlEscaped())
                    .arg(b.count);
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Who still needs weak settings"));
    if (inv.weak.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Nobody."));
    html += QStringLiteral("<ul>");
    for (const api::WeakUse &w : inv.weak)
        html += QStringLiteral("<li>%1</li>")
                    .arg(red(QStringLiteral("%1: %2").arg(w.user, w.reason).toHtmlEscaped()) +
                         (w.sessionId ? QLatin1Char(' ') + tr("(live session %1)").arg(w.sessionId)
                                      : QString()));
    html += QStringLiteral("</ul>");
    return html;
}

} // namespace keyward::console
