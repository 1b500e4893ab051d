#pragma once

// Shows new one-time passwords exactly once. Copying puts one on the clipboard
// and takes it off again after 30 seconds; closing the dialog clears the
// clipboard (if it still holds the password) and forgets them. For a bulk
// rotation the list can be saved as a CSV file for the mail merge.

#include "models/AdminActions.h"
#include "secrets/ClipboardGuard.h"

#include <QDialog>

class QTableWidget;
class QLabel;

namespace keyward::console {

class MessageBanner;

class OneTimePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    OneTimePasswordDialog(const QList<api::OneTimePassword> &passwords, QWidget *parent = nullptr);
    ~OneTimePasswordDialog() override;

    // Reports an action that hands out passwords: its outcome on the banner and,
    // when it worked, the passwords in a dialog of their own (deleted on close).
    static void present(const AdminActions::Outcome &outcome, MessageBanner *banner,
                        QWidget *parent);

    int count() const;
    QString userAt(int row) const;
    QString passwordAt(int row) const;
    // Copies the password in this row (the button does the same).
    void copyRow(int row);
    ClipboardGuard &clipboardGuard() { return m_clipboard; }

protected:
    void done(int result) override;

private:
    void saveCsv();
    void forget();

    QTableWidget *m_table;
    QLabel *m_note;
    ClipboardGuard m_clipboard;
};

} // namespace keyward::console
