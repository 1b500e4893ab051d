#include "secrets/ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>

namespace keyward::console {

ClipboardGuard::ClipboardGuard(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clear);
}

ClipboardGuard::~ClipboardGuard()
{
    clear();
}

void ClipboardGuard::copy(const QString &secret, int clearAfterMs)
{
    m_secret = secret;
    QGuiApplication::clipboard()->setText(secret);
    m_timer.start(clearAfterMs);
}

void ClipboardGuard::clear()
{
    m_timer.stop();
    if (m_secret.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->text() == m_secret)
        clipboard->clear();
    m_secret.fill(QLatin1Char('\0'));
    m_secret.clear();
    emit cleared();
}

} // namespace keyward::console
