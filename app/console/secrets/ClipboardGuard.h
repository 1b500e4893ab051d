#pragma once

// Puts a secret (a one-time password) on the clipboard and takes it off again
// after a while, but only if the clipboard still holds it: whatever the admin
// copied since is left alone.

#include <QObject>
#include <QTimer>

class QMimeData;

namespace keyward::console {

class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override;

    void copy(const QString &secret, int clearAfterMs = 30000);
    // The clipboard content for a secret: its text and the history hints. The
    // caller owns it (the clipboard takes it over).
    static QMimeData *mimeDataFor(const QString &secret);
    bool holdsSecret() const { return m_timer.isActive(); }
    // Clears now (the dialog that showed the secret is closing).
    void clear();

signals:
    void cleared();

private:
    QTimer m_timer;
    QString m_secret;
};

} // namespace keyward::console
