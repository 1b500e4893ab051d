// keywardctl: Keyward's admin API from the command line.

#include "cli/KeywardCtl.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.contains("--help") || args.contains("-h") || args.isEmpty()) {
        std::fputs(qPrintable(keyward::cli::KeywardCtl::usage()), args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? keyward::cli::Usage : keyward::cli::Ok;
    }
    QString input;
    if (args.contains("--password-stdin") || args.contains("--passphrase-stdin") ||
        args.contains("--settings-stdin") || args.contains("--body-stdin")) {
        std::string text((std::istreambuf_iterator<char>(std::cin)),
                         std::istreambuf_iterator<char>());
        input = QString::fromStdString(text);
    }
    keyward::cli::KeywardCtl ctl(args, input);
    int code = 0;
    if (!ctl.prepare(&code))
        return code;
    int result = 0;
    bool done = false;
    QObject::connect(&ctl, &keyward::cli::KeywardCtl::finished, &app, [&](int c) {
        if (done)
            return;
        done = true;
        result = c;
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    });
    ctl.run();
    app.exec();
    return result;
}
