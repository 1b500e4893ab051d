#pragma once

// Step 5: whose passwords to rotate (the users chosen, a group, or everyone older
// than N days), now or in a window planned for later, and whether the one-time
// passwords are temporary (unused after the hours chosen, the account is disabled).
// A check of who is affected and whose sessions end, a confirmation, then the
// rotation; the one-time passwords are shown once, or written to a file readable by
// the admin only (0600).

#include "models/AdminActions.h"
#include "wizards/ChangeWindowPage.h"

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace keyward::console {

class RotatePage : public ChangeWindowPage
{
    Q_OBJECT

public:
    explicit RotatePage(ChangeWindowWizard *wizard);

    // Who would be rotated, as far as the console can tell (a group is resolved by
    // the server); and how many of their sessions are live.
    QStringList affectedUsers() const;
    int liveSessionsOfAffected() const;
    bool plansForLater() const;
    // Writes the one-time passwords there (mode 0600) instead of showing them.
    void exportPasswordsTo(const QString &path);

    void initializePage() override;
    // Rotates (or plans), once the confirmation is ticked.
    void rotate();
    QPushButton *rotateButton() const { return m_rotate; }

protected:
    bool stepDone() const override { return m_done; }

private:
    void updateSummary();
    void rotated(const AdminActions::Outcome &outcome);

    QRadioButton *m_bySelection;
    QRadioButton *m_byGroup;
    QRadioButton *m_byAge;
    QLineEdit *m_group;
    QSpinBox *m_age;
    QCheckBox *m_temporary;
    QSpinBox *m_expiresHours;
    QRadioButton *m_now;
    QRadioButton *m_later;
    QLineEdit *m_title;
    QDateTimeEdit *m_start;
    QSpinBox *m_duration;
    QRadioButton *m_show;
    QRadioButton *m_export;
    QLineEdit *m_exportPath;
    QLabel *m_summary;
    QCheckBox *m_confirm;
    QPushButton *m_rotate;
    bool m_done = false;
};

} // namespace keyward::console
