#pragma once

// Asks for a backup passphrase: twice when making a backup (with a strength hint, and
// the reminder that without it the backup cannot be restored), once when restoring.
// The text fields echo nothing; the passphrase is read once and the fields cleared.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace keyward::console {

class BackupPassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        Create,
        Restore
    };
    BackupPassphraseDialog(Purpose purpose, const QString &explanation, QWidget *parent = nullptr);

    // The passphrase typed; the fields are cleared.
    QString takePassphrase();
    QLineEdit *first() const { return m_first; }
    QLineEdit *second() const { return m_second; }
    QLabel *hint() const { return m_hint; }
    bool acceptable() const;

private:
    void update();

    Purpose m_purpose;
    QLineEdit *m_first;
    QLineEdit *m_second;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace keyward::console
