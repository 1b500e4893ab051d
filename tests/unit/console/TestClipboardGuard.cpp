// A one-time password copied from the console is marked to stay out of clipboard
// history: KDE's password-manager hint, and Windows' formats that keep it out of
// the clipboard history and the cloud clipboard. It still pastes as plain text,
// and is taken off the clipboard again when its time is up.

#include "secrets/ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace keyward::console;

namespace {
const QString Secret = QStringLiteral("Vt7-once-only-4Kp");
const QByteArray DwordZero(4, '\0');

QString windowsFormat(const char *name)
{
    return QStringLiteral("application/x-qt-windows-mime;value=\"%1\"").arg(QLatin1String(name));
}
} // namespace

class TestClipboardGuard : public QObject
{
    Q_OBJECT

private slots:
    void theSecretCarriesTheHistoryHints()
    {
        const std::unique_ptr<QMimeData> data(ClipboardGuard::mimeDataFor(Secret));
        QCOMPARE(data->text(), Secret);
        QCOMPARE(data->data("x-kde-passwordManagerHint"), QByteArray("secret"));
        QVERIFY(data->hasFormat(windowsFormat("ExcludeClipboardContentFromMonitorProcessing")));
        QCOMPARE(data->data(windowsFormat("CanIncludeInClipboardHistory")), DwordZero);
        QCOMPARE(data->data(windowsFormat("CanUploadToCloudClipboard")), DwordZero);
    }

    void copyPutsTheHintsOnTheClipboardAndTakesTheSecretOffAgain()
    {
        ClipboardGuard guard;
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copy(Secret, 200);
        const QMimeData *onClipboard = QGuiApplication::clipboard()->mimeData();
        QVERIFY(onClipboard);
        QCOMPARE(onClipboard->text(), Secret);
        QCOMPARE(onClipboard->data("x-kde-passwordManagerHint"), QByteArray("secret"));
        QCOMPARE(onClipboard->data(windowsFormat("CanIncludeInClipboardHistory")), DwordZero);
        QVERIFY(cleared.wait(5000));
        QVERIFY(QGuiApplication::clipboard()->text() != Secret);
    }
};

QTEST_MAIN(TestClipboardGuard)
#include "TestClipboardGuard.moc"
