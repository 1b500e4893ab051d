// keyward: the Keyward console.

#include "Localization.h"
#include "client/ConnectionProfile.h"
#include "client/ServerConnection.h"
#include "secrets/ProcessHardening.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    // Tokens and one-time passwords pass through this process: keep them out of
    // core files before anything is read.
    const QString hardening = keyward::console::ProcessHardening::forbidCoreDumps();
    QApplication app(argc, argv);
    if (!hardening.isEmpty())
        qWarning("keyward: %s", qPrintable(hardening));
    QApplication::setOrganizationName(QStringLiteral("Keyward"));
    QApplication::setApplicationName(QStringLiteral("keyward"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyward"));
    QApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Keyward console: PPTP credentials and "
                                                    "session keys, managed safely."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption socket(QStringLiteral("socket"),
                                    QStringLiteral("Manage the keywardd listening on this socket."),
                                    QStringLiteral("path"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Use this language (en, de, fr, es)."),
                                      QStringLiteral("code"));
    parser.addOption(socket);
    parser.addOption(language);
    parser.process(app);

    keyward::console::Localization::install(app, parser.value(language));
    keyward::console::MainWindow window;
    window.show();
    if (parser.isSet(socket))
        window.connection()->open(keyward::console::ConnectionProfile::local(parser.value(socket)));
    else
        window.start();
    return QApplication::exec();
}
