// keyward-test-pns: the PnsTestClient as a program, run by the integration tests in
// the client namespace (see PnsTestClient.h for what it prints and reads).
//   keyward-test-pns --server ADDR --user NAME [--calls N]   (password: stdin's first line)

#include "PnsTestClient.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstdio>
#include <string>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    PnsTestClient::Options options;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--server"))
            options.server = args[i + 1];
        else if (args[i] == QLatin1String("--user"))
            options.user = args[i + 1];
        else if (args[i] == QLatin1String("--calls"))
            options.calls = args[i + 1].toInt();
    }
    // The password is the first line on stdin; the rest of stdin is commands.
    std::string password;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        password.push_back(c);
    options.password = QString::fromStdString(password);
    if (options.server.isEmpty() || options.user.isEmpty() || options.calls < 1) {
        std::fputs("usage: keyward-test-pns --server ADDR --user NAME [--calls N]\n", stderr);
        return 2;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("keyward.*.info=false"));
    PnsTestClient client(options);
    QString error;
    if (!client.start(&error)) {
        std::fprintf(stderr, "keyward-test-pns: %s\n", qPrintable(error));
        return 1;
    }
    QObject::connect(&client, &PnsTestClient::finished, &app, &QCoreApplication::quit);
    return app.exec();
}
