#include "wizards/ChangeWindowPage.h"

#include "views/MessageBanner.h"
#include "wizards/ChangeWindowWizard.h"

#include <QAbstractButton>
#include <QVBoxLayout>

namespace keyward::console {

ChangeWindowPage::ChangeWindowPage(ChangeWindowWizard *wizard, const QString &step)
    : QWizardPage(wizard), m_wizard(wizard), m_step(step), m_banner(new MessageBanner(this)),
      m_body(new QVBoxLayout)
{
    m_banner->setObjectName(QStringLiteral("banner"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(m_body, 1);
}

bool ChangeWindowPage::isComplete() const
{
    return !m_busy && !m_wizard->isRestoring() && !m_wizard->isRolledBack() && stepDone();
}

void ChangeWindowPage::guard(QWidget *control)
{
    m_guarded.append(control);
}

void ChangeWindowPage::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::as_const(m_guarded)) {
        // A control the role cannot use stays off (MethodGate watches it too).
        w->setEnabled(!busy);
    }
    m_wizard->setBusy(busy);
    emit completeChanged();
}

void ChangeWindowPage::finish(bool ok, const QString &text)
{
    m_banner->showOutcome(ok, text);
    m_wizard->record(m_step, ok, text);
    if (!ok)
        m_wizard->stepFailed(m_step, text);
}

} // namespace keyward::console
