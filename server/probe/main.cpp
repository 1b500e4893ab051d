// keyward-probe: Keyward's own PPTP client, for tests, load and client validation.

#include "probe/Probe.h"
#include "probe/ProbeOptions.h"
#include "runtime/EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <limits>
#include <string>
#include <sys/signalfd.h>
#include <unistd.h>

using keyward::probe::Probe;
using keyward::probe::ProbeOptions;
using keyward::probe::ProbeReport;
using keyward::probe::ProbeTraffic;

int main(int argc, char *argv[])
{
    // Thousands of sessions are thousands of sockets: one epoll set, as in keywardd.
    if (auto *dispatcher = keyward::runtime::EpollEventDispatcher::create())
        QCoreApplication::setEventDispatcher(dispatcher);
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
    // SIGINT and SIGTERM end the sessions in order (LCP terminate, Call-Clear, Stop) and
    // still print the report. Blocked before any thread starts, so every thread
    // inherits the mask and the signals arrive only through the signalfd.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    const int signalFd = ::signalfd(-1, &stopSignals, SFD_NONBLOCK | SFD_CLOEXEC);
    if (signalFd < 0) {
        std::fprintf(stderr, "keyward-probe: cannot watch for SIGINT/SIGTERM\n");
        return 1;
    }
    Probe probe(*options);
    QSocketNotifier signalNotifier(signalFd, QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &probe, [&probe, signalFd] {
        signalfd_siginfo info{};
        while (::read(signalFd, &info, sizeof info) == sizeof info) {
        }
        probe.stop(QStringLiteral("interrupted"));
    });
    if (!options->tunName.isEmpty())
        QObject::connect(&probe, &Probe::tunnelReady, &app,
                         [](const QString &device, const QString &local, const QString &server) {
                             std::fprintf(stderr, "keyward-probe: %s up: %s -> %s\n",
                                          qPrintable(device), qPrintable(local),
                                          qPrintable(server));
                             std::fflush(stderr);
                         });
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
    int up = 0, sent = 0, received = 0, ours = 0, servers = 0;
    qint64 setup = 0;
    // From the first session's start to the moment the last one was up: the set-up
    // rate the clients saw.
    qint64 firstStart = std::numeric_limits<qint64>::max(), lastUp = 0;
    quint64 duplicates = 0, outOfOrder = 0, windowFull = 0;
    for (const ProbeReport &r : reports) {
        up += r.up ? 1 : 0;
        sent += r.pingsSent;
        received += r.pingsReceived;
        setup += r.setupMs;
        if (r.startedAtMs > 0)
            firstStart = std::min(firstStart, r.startedAtMs);
        if (r.up)
            lastUp = std::max(lastUp, r.startedAtMs + r.setupMs);
        ours += r.retransmits.ours();
        servers += r.retransmits.servers();
        duplicates += r.traffic.greDuplicates;
        outOfOrder += r.traffic.greOutOfOrder;
        windowFull += r.traffic.windowFull;
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
                            {"setupSpanMs", up ? lastUp - firstStart : 0},
                            {"pingsLost", sent - received},
                            {"lossPercent", sent ? 100.0 * (sent - received) / sent : 0.0},
                            {"controlRetransmitsOurs", ours},
                            {"controlRetransmitsServer", servers},
                            {"greDuplicates", static_cast<qint64>(duplicates)},
                            {"greOutOfOrder", static_cast<qint64>(outOfOrder)},
                            {"windowFull", static_cast<qint64>(windowFull)},
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
                std::printf(", pings %d/%d (%.1f%% lost)", r.pingsReceived, r.pingsSent,
                            100.0 * r.pingsLost() / r.pingsSent);
            if (r.settled)
                std::printf(", answered %lld ms after IPCP (%d warm-up echo%s)",
                            static_cast<long long>(r.settleMs), r.warmupEchoes,
                            r.warmupEchoes == 1 ? "" : "es");
            else if (r.warmupEchoes)
                std::printf(", no answer to %d warm-up echoes", r.warmupEchoes);
            if (r.passwordChanged)
                std::printf(", password changed");
            if (!r.error.isEmpty())
                std::printf(": %s", qPrintable(r.error));
            std::printf("\n");
            const ProbeTraffic &t = r.traffic;
            if (t.known && (t.packetsIn || t.packetsOut))
                std::printf("  tunnel: %llu packets / %llu octets in, %llu / %llu out\n",
                            static_cast<unsigned long long>(t.packetsIn),
                            static_cast<unsigned long long>(t.bytesIn),
                            static_cast<unsigned long long>(t.packetsOut),
                            static_cast<unsigned long long>(t.bytesOut));
            if (t.known && r.up)
                std::printf("  GRE from the server: %llu accepted, %llu duplicates, %llu out of "
                            "order; %llu of ours met its full receive window\n",
                            static_cast<unsigned long long>(t.greAccepted),
                            static_cast<unsigned long long>(t.greDuplicates),
                            static_cast<unsigned long long>(t.greOutOfOrder),
                            static_cast<unsigned long long>(t.windowFull));
            if (r.retransmits.ours() || r.retransmits.servers())
                std::printf("  PPP control retransmissions: ours %d%s, the server's %d%s\n",
                            r.retransmits.ours(),
                            r.retransmits.ours()
                                ? qPrintable(" (" + r.retransmits.oursByProtocol() + ")")
                                : "",
                            r.retransmits.servers(),
                            r.retransmits.servers()
                                ? qPrintable(" (" + r.retransmits.serversByProtocol() + ")")
                                : "");
        }
        std::printf("%d of %d sessions up", up, options->sessions);
        if (sent)
            std::printf(", %d of %d pings answered (%.1f%% lost)", received, sent,
                        100.0 * (sent - received) / sent);
        std::printf(", PPP control retransmissions: ours %d, the server's %d\n", ours, servers);
    }
    return probe.exitCode();
}
