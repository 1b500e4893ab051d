#pragma once

// Step 2: the rollback point. A backup made by keywardd under a passphrase chosen
// twice here (the rules of the backup dialog: at least 10 characters), verified by
// keywardd in a scratch directory, shown with its id, size and checksum. The wizard
// keeps it, and the passphrase in memory, for a rollback; it cannot be skipped.

#include "api/BackupMessages.h"
#include "wizards/ChangeWindowPage.h"

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace keyward::console {

class BackupPage : public ChangeWindowPage
{
    Q_OBJECT

public:
    explicit BackupPage(ChangeWindowWizard *wizard);

    QLineEdit *passphrase() const { return m_first; }
    QLineEdit *passphraseAgain() const { return m_second; }
    QPushButton *makeButton() const { return m_make; }
    QLabel *result() const { return m_result; }
    const std::optional<api::BackupInfo> &backup() const { return m_backup; }
    // Makes the backup under the passphrase typed (both fields the same).
    void makeBackup();

protected:
    bool stepDone() const override;

private:
    void update();

    QLineEdit *m_first;
    QLineEdit *m_second;
    QLabel *m_hint;
    QPushButton *m_make;
    QLabel *m_result;
    std::optional<api::BackupInfo> m_backup;
};

} // namespace keyward::console
