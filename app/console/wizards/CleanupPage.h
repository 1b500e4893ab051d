#pragma once

// Step 7: after the window, expire the temporary one-time passwords still unused
// (their accounts are disabled) and revoke the accounts chosen (their sessions end),
// in one audited clean-up (window.cleanup). The temporary credentials outstanding are
// listed first (window.temporary, never a password).

#include "wizards/ChangeWindowPage.h"

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace keyward::console {

class CleanupPage : public ChangeWindowPage
{
    Q_OBJECT

public:
    explicit CleanupPage(ChangeWindowWizard *wizard);

    void initializePage() override;
    bool validatePage() override;
    void cleanUp();
    QCheckBox *expireUnused() const { return m_expire; }
    QListWidget *revokeList() const { return m_revoke; }
    QLabel *temporaryList() const { return m_temporary; }
    QPushButton *cleanUpButton() const { return m_cleanUp; }
    // Ticks this user in the list of accounts to revoke.
    void chooseForRevocation(const QString &user);

private:
    void listTemporary();

    QLabel *m_temporary;
    QCheckBox *m_expire;
    QListWidget *m_revoke;
    QPushButton *m_cleanUp;
    bool m_done = false;
};

} // namespace keyward::console
