// keyward-probe: Keyward's own PPTP client, for tests, load and client validation.

#include "probe/Probe.h"
#include "probe/ProbeOptions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

using keyward::probe::Probe;
using keyward::probe::ProbeOptions;
using keyward::probe::ProbeReport;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.contains("--help") || args.contains("-h")) {
        std::fputs(qPrintable(ProbeOptions::usage()), stdout);
        return 0;
    }
    QString input;
    if (args.contains("--password-stdin")) {
        std::string text((std::istreambuf_iterator<char>(std::cin)),
                         std::istreambuf_iterator<char>());
        input = QString::fromStdString(text);
    }
    auto options = ProbeOptions::parse(args, input);
    if (!options) {
        std::fprintf(stderr, "keyward-probe: %s\n", options.message().c_str());
        return 2;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("keyward.*.info=false"));
    Probe probe(*options);
    QString error;
    if (!probe.start(&error)) {
        std::fprintf(stderr, "keyward-probe: %s\n", qPrintable(error));
        return 1;
    }
    QObject::connect(&probe, &Probe::finished, &app, &QCoreApplication::quit);
    app.exec();

    QList<ProbeReport> reports = probe.reports();
    std::sort(reports.begin(), reports.end(),
              [](const ProbeReport &a, const ProbeReport &b) { return a.index < b.index; });
    int up = 0, sent = 0, received = 0;
    qint64 setup = 0;
    for (const ProbeReport &r : reports) {
        up += r.up ? 1 : 0;
        sent += r.pingsSent;
        received += r.pingsReceived;
        setup += r.setupMs;
    }
    if (options->json) {
        QJsonArray list;
        for (const ProbeReport &r : reports)
            list.append(r.toJson());
        QJsonObject summary{{"sessions", options->sessions},
                            {"up", up},
                            {"pingsSent", sent},
                            {"pingsReceived", received},
                            {"setupMsAvg", up ? double(setup) / up : 0.0},
                            {"results", list}};
        std::puts(QJsonDocument(summary).toJson(QJsonDocument::Indented).constData());
    } else {
        for (const ProbeReport &r : reports) {
            std::printf("session %d: %s", r.index, r.up ? "up" : "FAILED");
            if (r.up)
                std::printf(", %s, address %s, server %s, set up in %lld ms", qPrintable(r.mppe),
                            qPrintable(r.localAddress), qPrintable(r.serverAddress),
                            static_cast<long long>(r.setupMs));
            if (r.pingsSent)
                std::printf(", pings %d/%d", r.pingsReceived, r.pingsSent);
            if (r.passwordChanged)
                std::printf(", password changed");
            if (!r.error.isEmpty())
                std::printf(": %s", qPrintable(r.error));
            std::printf("\n");
        }
        std::printf("%d of %d sessions up", up, options->sessions);
        if (sent)
            std::printf(", %d of %d pings answered", received, sent);
        std::printf("\n");
    }
    return probe.exitCode();
}
