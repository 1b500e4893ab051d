#pragma once

// Step 8: what the change window did, step by step (each step's outcome as the wizard
// recorded it), and a report written and signed by keywardd (report.create) for
// whoever has to be shown what was done.

#include "wizards/ChangeWindowPage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace keyward::console {

class SummaryPage : public ChangeWindowPage
{
    Q_OBJECT

public:
    explicit SummaryPage(ChangeWindowWizard *wizard);

    void initializePage() override;
    void createReport();
    QTextBrowser *steps() const { return m_steps; }
    QLabel *reportResult() const { return m_report; }
    // The summary as plain lines, one per step ("Backup: done — ...").
    QStringList lines() const;

private:
    void refresh();

    QTextBrowser *m_steps;
    QComboBox *m_format;
    QPushButton *m_create;
    QLabel *m_report;
};

} // namespace keyward::console
