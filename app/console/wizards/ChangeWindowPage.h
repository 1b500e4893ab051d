#pragma once

// What every page of the change-window wizard shares: a banner for the outcome of
// its step (a problem stays on the page), and the busy state while its call to the
// server runs (its buttons held off, Next and Back too).

#include <QWizardPage>

class QVBoxLayout;

namespace keyward::console {

class ChangeWindowWizard;
class MessageBanner;

class ChangeWindowPage : public QWizardPage
{
    Q_OBJECT

public:
    ChangeWindowPage(ChangeWindowWizard *wizard, const QString &step);

    MessageBanner *banner() const { return m_banner; }
    bool isBusy() const { return m_busy; }
    // The step's name in the summary ("Backup").
    QString step() const { return m_step; }
    bool isComplete() const override;

protected:
    ChangeWindowWizard *run() const { return m_wizard; }
    QVBoxLayout *body() const { return m_body; }
    // Held off while a call runs.
    void guard(QWidget *control);
    void setBusy(bool busy);
    // Whether the step lets the admin go on (done, or deliberately left out).
    virtual bool stepDone() const { return true; }
    // Records the outcome for the summary and shows it on the banner; a failure
    // after the backup offers the rollback.
    void finish(bool ok, const QString &text);

private:
    ChangeWindowWizard *m_wizard;
    QString m_step;
    MessageBanner *m_banner;
    QVBoxLayout *m_body;
    QList<QWidget *> m_guarded;
    bool m_busy = false;
};

} // namespace keyward::console
