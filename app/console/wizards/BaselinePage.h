#pragma once

// Step 4: the strong baseline (128-bit MPPE only, MS-CHAPv2 only, session limits).
// keywardd first says what it would change and who it would cut off
// (window.baseline.preview); applying it is an explicit choice (window.baseline.apply),
// and so is leaving the policy as it is.

#include "api/WindowInventoryMessages.h"
#include "wizards/ChangeWindowPage.h"

#include <optional>

class QCheckBox;
class QPushButton;
class QTextBrowser;

namespace keyward::console {

class BaselinePage : public ChangeWindowPage
{
    Q_OBJECT

public:
    explicit BaselinePage(ChangeWindowWizard *wizard);

    void initializePage() override;
    void refreshPreview();
    void apply();
    QPushButton *applyButton() const { return m_apply; }
    QCheckBox *keepPolicy() const { return m_keep; }
    QTextBrowser *preview() const { return m_preview; }
    bool isApplied() const { return m_applied; }

protected:
    bool stepDone() const override;

private:
    void display(const api::BaselineResult &result);

    QTextBrowser *m_preview;
    QPushButton *m_apply;
    QCheckBox *m_keep;
    bool m_applied = false;
    bool m_previewed = false;
};

} // namespace keyward::console
