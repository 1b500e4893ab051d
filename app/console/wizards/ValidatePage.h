#pragma once

// Step 6: keywardd runs keyward-probe against itself (window.validate): a test
// account must come up with 128-bit MPPE and a 40-bit-only attempt must be refused.
// Each check is shown with its outcome. When keywardd cannot validate (it runs
// without the privileges the probe needs) its reason is shown: that is not a failed
// step, the admin validates from the server instead.

#include "api/WindowStepMessages.h"
#include "wizards/ChangeWindowPage.h"

class QPushButton;
class QTextBrowser;

namespace keyward::console {

class ValidatePage : public ChangeWindowPage
{
    Q_OBJECT

public:
    explicit ValidatePage(ChangeWindowWizard *wizard);

    void validate();
    QPushButton *validateButton() const { return m_validate; }
    QTextBrowser *results() const { return m_results; }
    // Whether the checks ran (false when keywardd said it cannot validate).
    bool hasRun() const { return m_ran; }
    bool validatePage() override;

private:
    QPushButton *m_validate;
    QTextBrowser *m_results;
    bool m_ran = false;
    bool m_answered = false;
};

} // namespace keyward::console
