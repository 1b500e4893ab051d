// keywardd: the Keyward PPTP server.

#include "core/BackupRestore.h"
#include "daemon/Daemon.h"
#include "daemon/DaemonConfig.h"
#include "runtime/EpollEventDispatcher.h"
#include "runtime/LogSanitizer.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <malloc.h>
#include <openssl/crypto.h>
#include <string>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    (void)!::write(g_signalPipe[1], &c, 1);
}

void setLogLevel(keyward::daemon::LogLevel level)
{
    using keyward::daemon::LogLevel;
    QString rules =
        QStringLiteral("keyward.*.debug=%1\n").arg(level == LogLevel::Debug ? "true" : "false");
    if (level >= LogLevel::Warning)
        rules += QStringLiteral("keyward.*.info=false\n");
    if (level >= LogLevel::Error)
        rules += QStringLiteral("keyward.*.warning=false\n");
    QLoggingCategory::setFilterRules(rules);
}

// keywardd --restore FILE: the passphrase is the first line on stdin.
int restore(const keyward::daemon::DaemonConfig &config)
{
    std::string line;
    std::getline(std::cin, line);
    QByteArray passphrase(line.data(), static_cast<qsizetype>(line.size()));
    OPENSSL_cleanse(line.data(), line.size());
    if (passphrase.endsWith('\r'))
        passphrase.chop(1);
    const QString actor = QStringLiteral("keywardd --restore (uid %1)").arg(::getuid());
    auto restored = keyward::core::BackupRestore::offline(
        config.restoreFrom, passphrase, config.stateFiles(), config.ipcSocket, actor);
    if (!restored) {
        std::fprintf(stderr, "keywardd: %s\n",
                     qPrintable(keyward::runtime::LogSanitizer::escape(
                         QString::fromStdString(restored.message()))));
        return 1;
    }
    std::printf(
        "restored %s into %s: %lld users, %lld API tokens, %lld audit entries (the "
        "restore is the last one)%s\n",
        qPrintable(config.restoreFrom), qPrintable(config.stateDir),
        static_cast<long long>(restored->counts.users),
        static_cast<long long>(restored->counts.tokens),
        static_cast<long long>(restored->counts.auditEntries),
        restored->keptIn.isEmpty()
            ? ""
            : qPrintable(QStringLiteral("; the files it replaced are in ") + restored->keptIn));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Session set-up allocates and frees in bursts; glibc would give the top of the
    // heap back after each and take it again (brk), and every shrink costs both
    // threads a TLB flush. Keep up to 32 MiB of freed heap instead.
    mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TOP_PAD, 4 * 1024 * 1024);
    ::umask(0077); // state files are the daemon's alone
    // One epoll set instead of Qt's dispatcher, which polls every control connection on
    // every turn of the event loop (see EpollEventDispatcher).
    if (auto *dispatcher = keyward::runtime::EpollEventDispatcher::create())
        QCoreApplication::setEventDispatcher(dispatcher);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keywardd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"));
    // Wire strings (user names, host names, reasons) cannot break or forge log lines.
    keyward::runtime::LogSanitizer::install();

    QStringList args = app.arguments().mid(1);
    if (args.contains("--help") || args.contains("-h")) {
        std::fputs(qPrintable(keyward::daemon::DaemonConfig::usage()), stdout);
        return 0;
    }
    if (args.contains("--version")) {
        std::printf("keywardd %s\n", KEYWARD_VERSION);
        return 0;
    }
    auto config = keyward::daemon::DaemonConfig::fromArguments(args);
    if (!config) {
        std::fprintf(stderr, "keywardd: %s\n",
                     qPrintable(keyward::runtime::LogSanitizer::escape(
                         QString::fromStdString(config.message()))));
        return 2;
    }
    setLogLevel(config->logLevel);
    if (!config->restoreFrom.isEmpty())
        return restore(*config);

    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) < 0)
        return 1;
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    std::signal(SIGPIPE, SIG_IGN);

    keyward::daemon::Daemon daemon(*config);
    if (auto started = daemon.start(); !started) {
        std::fprintf(stderr, "keywardd: %s\n",
                     qPrintable(keyward::runtime::LogSanitizer::escape(
                         QString::fromStdString(started.message()))));
        return 1;
    }
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &daemon, [&daemon] {
        char c;
        (void)!::read(g_signalPipe[0], &c, 1);
        daemon.shutdown(QStringLiteral("signal received"));
    });
    QObject::connect(&daemon, &keyward::daemon::Daemon::stopped, &app, &QCoreApplication::quit);
    return app.exec();
}
