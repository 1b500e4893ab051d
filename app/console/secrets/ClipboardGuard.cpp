#include "secrets/ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

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

QMimeData *ClipboardGuard::mimeDataFor(const QString &secret)
{
    auto *data = new QMimeData;
    data->setText(secret);
    // KDE (Klipper and Plasma's clipboard) keeps no history of an entry with this hint.
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // Windows: registered clipboard formats that keep the entry out of the clipboard
    // history and cloud clipboard (Qt registers a format named in this MIME type). The
    // two "Can..." formats take a DWORD 0; the exclude format's presence is enough.
    const QByteArray dwordZero(4, '\0');
    for (const char *format : {"ExcludeClipboardContentFromMonitorProcessing",
                               "CanIncludeInClipboardHistory", "CanUploadToCloudClipboard"})
        data->setData(
            QStringLiteral("application/x-qt-windows-mime;value=\"%1\"").arg(QLatin1String(format)),
            dwordZero);
    return data;
}

void ClipboardGuard::copy(const QString &secret, int clearAfterMs)
{
    m_secret = secret;
    QGuiApplication::clipboard()->setMimeData(mimeDataFor(secret));
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
