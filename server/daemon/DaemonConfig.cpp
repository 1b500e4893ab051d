#include "daemon/DaemonConfig.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>

namespace keyward::daemon {

namespace {

std::optional<QString> parseInt(const QString &key, const QString &value, int min, int max,
                                int *out)
{
    bool ok = false;
    int v = value.toInt(&ok);
    if (!ok || v < min || v > max)
        return QStringLiteral("'%1' must be a whole number from %2 to %3, not '%4'")
            .arg(key)
            .arg(min)
            .arg(max)
            .arg(value);
    *out = v;
    return std::nullopt;
}

std::optional<QString> parseBool(const QString &key, const QString &value, bool *out)
{
    const QString v = value.toLower();
    if (v == "true" || v == "yes" || v == "on" || v == "1")
        *out = true;
    else if (v == "false" || v == "no" || v == "off" || v == "0")
        *out = false;
    else
        return QStringLiteral("'%1' must be yes or no, not '%2'").arg(key, value);
    return std::nullopt;
}

} // namespace

std::optional<QString> DaemonConfig::set(const QString &key, const QString &value)
{
    if (key == "listen") {
        if (!parseAddress(value))
            return QStringLiteral("'listen' must be an IPv4 address, not '%1'").arg(value);
        listenAddress = value;
    } else if (key == "port") {
        int p = 0;
        if (auto e = parseInt(key, value, 1, 65535, &p))
            return e;
        port = static_cast<quint16>(p);
    } else if (key == "state-dir") {
        if (value.isEmpty())
            return QStringLiteral("'state-dir' must name a folder");
        stateDir = value;
    } else if (key == "ipc-socket") {
        if (value.isEmpty())
            return QStringLiteral("'ipc-socket' must name a path");
        ipcSocket = value;
    } else if (key == "audit-anchor-file") {
        if (value.isEmpty())
            return QStringLiteral("'audit-anchor-file' must name a file");
        auditAnchorFile = value;
    } else if (key == "tunnel-pool") {
        auto [addr, len] = QHostAddress::parseSubnet(value);
        if (addr.protocol() != QAbstractSocket::IPv4Protocol || len < 8 || len > 30)
            return QStringLiteral("'tunnel-pool' must be an IPv4 network from /8 to /30, like "
                                  "10.75.0.0/24, not '%1'")
                .arg(value);
        std::uint32_t mask = len == 0 ? 0 : ~0u << (32 - len);
        tunnelPool = {addr.toIPv4Address() & mask, len};
    } else if (key == "dns") {
        dnsServers.clear();
        for (const QString &part : value.split(',', Qt::SkipEmptyParts)) {
            if (!parseAddress(part.trimmed()))
                return QStringLiteral("'dns' must be one or two IPv4 addresses separated by a "
                                      "comma, not '%1'")
                    .arg(value);
            dnsServers << part.trimmed();
        }
        if (dnsServers.size() > 2)
            return QStringLiteral("'dns' takes at most two addresses (primary, secondary)");
    } else if (key == "foreground") {
        return parseBool(key, value, &foreground);
    } else if (key == "forward-to-lan") {
        return parseBool(key, value, &forwardToLan);
    } else if (key == "log-level") {
        const QString v = value.toLower();
        if (v == "debug")
            logLevel = LogLevel::Debug;
        else if (v == "info")
            logLevel = LogLevel::Info;
        else if (v == "warning")
            logLevel = LogLevel::Warning;
        else if (v == "error")
            logLevel = LogLevel::Error;
        else
            return QStringLiteral("'log-level' must be debug, info, warning or error, not '%1'")
                .arg(value);
    } else if (key == "admin-listen") {
        const int colon = value.lastIndexOf(':');
        bool ok = false;
        const int p = colon > 0 ? value.mid(colon + 1).toInt(&ok) : 0;
        if (!value.isEmpty() &&
            (colon <= 0 || !ok || p < 1 || p > 65535 || !parseAddress(value.left(colon))))
            return QStringLiteral(
                       "'admin-listen' must be IPV4-ADDRESS:PORT, like 192.168.1.5:7443, "
                       "not '%1'")
                .arg(value);
        adminListen = value;
    } else if (key == "user") {
        if (value.isEmpty())
            return QStringLiteral("'user' needs a user name (root keeps root)");
        runAsUser = value;
    } else if (key == "max-sessions") {
        return parseInt(key, value, 1, 65535, &maxSessions);
    } else if (key == "max-connections-per-source") {
        return parseInt(key, value, 1, 65535, &maxConnectionsPerSource);
    } else if (key == "max-calls-per-connection") {
        return parseInt(key, value, 1, 1024, &maxCallsPerConnection);
    } else if (key == "handshake-timeout") {
        return parseInt(key, value, 5, 300, &handshakeTimeoutSeconds);
    } else if (key == "max-handshaking") {
        return parseInt(key, value, 1, 4096, &maxHandshakingCalls);
    } else if (key == "max-callless-connections") {
        return parseInt(key, value, 1, 4096, &maxCalllessConnections);
    } else if (key == "start-timeout") {
        return parseInt(key, value, 1, 300, &startTimeoutSeconds);
    } else if (key == "call-timeout") {
        return parseInt(key, value, 1, 600, &callTimeoutSeconds);
    } else if (key == "sign-in-timeout") {
        return parseInt(key, value, 5, 300, &signInTimeoutSeconds);
    } else if (key == "connection-rate") {
        return parseInt(key, value, 1, 10000, &connectionRate);
    } else if (key == "connection-burst") {
        return parseInt(key, value, 1, 10000, &connectionBurst);
    } else if (key == "control-output-limit") {
        return parseInt(key, value, 4096, 16 * 1024 * 1024, &controlOutputLimit);
    } else if (key == "control-input-rate") {
        return parseInt(key, value, 256, 16 * 1024 * 1024, &controlInputRate);
    } else if (key == "echo-interval") {
        return parseInt(key, value, 5, 600, &echoIntervalSeconds);
    } else if (key == "idle-timeout") {
        return parseInt(key, value, 5, 24 * 3600, &idleTimeoutSeconds);
    } else if (key == "max-session") {
        // The policy's maximum session (8-24 h) still applies; a shorter value here is
        // for tests and for offices that want a tighter limit.
        return parseInt(key, value, 10, 24 * 3600, &maxSessionSeconds);
    } else if (key == "mtu") {
        return parseInt(key, value, 576, 1460, &mtu);
    } else if (key == "capture-file-size") {
        return parseInt(key, value, 1, 4096, &captureFileMegabytes);
    } else if (key == "capture-files") {
        return parseInt(key, value, 1, 1000, &captureFiles);
    } else if (key == "capture-max-age") {
        return parseInt(key, value, 1, 3650, &captureMaxAgeDays);
    } else if (key == "capture-total-size") {
        return parseInt(key, value, 1, 1024 * 1024, &captureTotalMegabytes);
    } else if (key == "capture-feed-rate") {
        return parseInt(key, value, 10, 100000, &captureFeedRate);
    } else if (key == "capture-program") {
        if (value.isEmpty())
            return QStringLiteral("'capture-program' must name a program");
        captureProgram = value;
    } else if (key == "backup-retention") {
        return parseInt(key, value, 1, 1000, &backupRetention);
    } else if (key == "report-retention") {
        return parseInt(key, value, 1, 10000, &reportRetention);
    } else if (key == "signin-backend") {
        const auto choice = backendFromString(value);
        if (!choice)
            return QStringLiteral(
                       "'signin-backend' must be local, radius or radius-then-local, not '%1'")
                .arg(value);
        signInBackend = *choice;
    } else if (key == "signin-backend-group") {
        // "GROUP BACKEND": the backend is the last word, the group what comes before.
        const QString line = value.simplified();
        const int space = line.lastIndexOf(QLatin1Char(' '));
        const auto choice = space > 0 ? backendFromString(line.mid(space + 1)) : std::nullopt;
        if (!choice)
            return QStringLiteral("'signin-backend-group' must be GROUP BACKEND, BACKEND one of "
                                  "local, radius or radius-then-local, like 'contractors "
                                  "radius', not '%1'")
                .arg(value);
        if (signInGroups.size() >= 256)
            return QStringLiteral("at most 256 'signin-backend-group' lines");
        signInGroups << SignInGroupBackend{line.left(space), *choice};
    } else if (key == "radius-server") {
        auto server = radius::RadiusServerConfig::parse(value);
        if (!server)
            return QString::fromStdString(server.message());
        if (radiusServers.size() >= 8)
            return QStringLiteral("at most 8 'radius-server' lines");
        radiusServers << *server;
    } else if (key == "radius-timeout") {
        return parseInt(key, value, 1, 30, &radiusTimeoutSeconds);
    } else if (key == "radius-retries") {
        return parseInt(key, value, 0, 5, &radiusRetries);
    } else if (key == "radius-dead-time") {
        return parseInt(key, value, 0, 3600, &radiusDeadTimeSeconds);
    } else if (key == "radius-nas-identifier") {
        if (value.isEmpty() || value.size() > 64)
            return QStringLiteral("'radius-nas-identifier' must be 1 to 64 characters");
        radiusNasIdentifier = value;
    } else if (key == "radius-nas-address") {
        if (!parseAddress(value))
            return QStringLiteral("'radius-nas-address' must be an IPv4 address, not '%1'")
                .arg(value);
        radiusNasAddress = value;
    } else if (key == "radius-accounting") {
        bool on = false;
        if (auto error = parseBool(key, value, &on))
            return error;
        radiusAccounting = on;
    } else if (key == "radius-accounting-queue") {
        return parseInt(key, value, 100, 10000000, &radiusAccountingQueue);
    } else if (key == "radius-interim-interval") {
        if (auto error = parseInt(key, value, 0, 86400, &radiusInterimSeconds))
            return error;
        if (radiusInterimSeconds > 0 && radiusInterimSeconds < 60)
            return QStringLiteral("'radius-interim-interval' must be 0 (off) or at least 60 "
                                  "seconds, not '%1'")
                .arg(value);
    } else if (key == "radius-dae-listen") {
        const int colon = value.indexOf(':');
        bool ok = colon < 0;
        const int p = colon > 0 ? value.mid(colon + 1).toInt(&ok) : 3799;
        const QString address = colon > 0 ? value.left(colon) : value;
        if (!ok || p < 1 || p > 65535 || !parseAddress(address))
            return QStringLiteral("'radius-dae-listen' must be IPV4-ADDRESS[:PORT], like "
                                  "192.168.1.5:3799, not '%1'")
                .arg(value);
        radiusDaeAddress = address;
        radiusDaePort = p;
    } else if (key == "radius-dae-client") {
        auto client = radius::DaeClientConfig::parse(value);
        if (!client)
            return QString::fromStdString(client.message());
        if (radiusDaeClients.size() >= 16)
            return QStringLiteral("at most 16 'radius-dae-client' lines");
        for (const auto &known : radiusDaeClients)
            if (known.address == client->address)
                return QStringLiteral("'radius-dae-client %1' is listed twice")
                    .arg(client->address.toString());
        radiusDaeClients << *client;
    } else if (key == "restore") {
        if (value.isEmpty())
            return QStringLiteral("'restore' needs a backup file");
        restoreFrom = value;
    } else {
        return QStringLiteral("unknown setting '%1'").arg(key);
    }
    return std::nullopt;
}

QString DaemonConfig::toString(SignInBackendChoice choice)
{
    switch (choice) {
    case SignInBackendChoice::Local:
        return QStringLiteral("local");
    case SignInBackendChoice::Radius:
        return QStringLiteral("radius");
    case SignInBackendChoice::RadiusThenLocal:
        break;
    }
    return QStringLiteral("radius-then-local");
}

std::optional<SignInBackendChoice> DaemonConfig::backendFromString(const QString &text)
{
    if (text == QLatin1String("local"))
        return SignInBackendChoice::Local;
    if (text == QLatin1String("radius"))
        return SignInBackendChoice::Radius;
    if (text == QLatin1String("radius-then-local"))
        return SignInBackendChoice::RadiusThenLocal;
    return std::nullopt;
}

bool DaemonConfig::usesRadiusSignIn() const
{
    bool radius = signInBackend != SignInBackendChoice::Local;
    for (const auto &route : signInGroups)
        radius = radius || route.backend != SignInBackendChoice::Local;
    return radius;
}

Result<DaemonConfig> DaemonConfig::fromText(const QString &text, const QString &fileName,
                                            DaemonConfig base)
{
    const QStringList lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        int eq = line.indexOf('=');
        if (eq <= 0)
            return fail(QStringLiteral("%1:%2: expected 'key = value', got '%3'")
                            .arg(fileName)
                            .arg(i + 1)
                            .arg(line)
                            .toStdString());
        QString key = line.left(eq).trimmed();
        QString value = line.mid(eq + 1).trimmed();
        if (key == "config" || key == "restore")
            return fail(QStringLiteral("%1:%2: '%3' cannot be set inside a config file")
                            .arg(fileName)
                            .arg(i + 1)
                            .arg(key)
                            .toStdString());
        if (auto error = base.set(key, value))
            return fail(
                QStringLiteral("%1:%2: %3").arg(fileName).arg(i + 1).arg(*error).toStdString());
    }
    return base;
}

Result<DaemonConfig> DaemonConfig::fromArguments(const QStringList &arguments)
{
    DaemonConfig config;
    QList<QPair<QString, QString>> flags;
    for (int i = 0; i < arguments.size(); ++i) {
        QString arg = arguments[i];
        if (!arg.startsWith("--"))
            return fail(
                QStringLiteral("unexpected argument '%1' (see --help)").arg(arg).toStdString());
        arg = arg.mid(2);
        QString value;
        if (int eq = arg.indexOf('='); eq >= 0) {
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
        } else if (arg == "foreground" || arg == "forward-to-lan") {
            value = QStringLiteral("yes");
        } else if (i + 1 < arguments.size()) {
            value = arguments[++i];
        } else {
            return fail(QStringLiteral("--%1 needs a value").arg(arg).toStdString());
        }
        flags.append({arg, value});
    }
    for (const auto &[key, value] : flags) {
        if (key != "config")
            continue;
        QFile file(value);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read the config file %1: %2")
                            .arg(value, file.errorString())
                            .toStdString());
        auto parsed = fromText(QString::fromUtf8(file.readAll()), value, config);
        if (!parsed)
            return parsed;
        config = *parsed;
    }
    for (const auto &[key, value] : flags) {
        if (key == "config")
            continue;
        if (auto error = config.set(key, value))
            return fail(QStringLiteral("--%1: %2").arg(key, *error).toStdString());
    }
    return config;
}

core::StateFiles DaemonConfig::stateFiles() const
{
    return {stateDir, auditAnchorFile.isEmpty()
                          ? QDir(stateDir).filePath(QStringLiteral("audit.anchors"))
                          : auditAnchorFile};
}

QJsonObject DaemonConfig::toJson() const
{
    return {{QStringLiteral("listen"), listenAddress},
            {QStringLiteral("port"), port},
            {QStringLiteral("state-dir"), stateDir},
            {QStringLiteral("ipc-socket"), ipcSocket},
            {QStringLiteral("audit-anchor-file"), auditAnchorFile},
            {QStringLiteral("tunnel-pool"), QStringLiteral("%1/%2")
                                                .arg(formatAddress(tunnelPool.network))
                                                .arg(tunnelPool.prefixLength)},
            {QStringLiteral("dns"), dnsServers.join(QLatin1Char(','))},
            {QStringLiteral("user"), runAsUser},
            {QStringLiteral("admin-listen"), adminListen},
            {QStringLiteral("forward-to-lan"), forwardToLan},
            {QStringLiteral("max-sessions"), maxSessions},
            {QStringLiteral("idle-timeout"), idleTimeoutSeconds},
            {QStringLiteral("max-session"), maxSessionSeconds},
            {QStringLiteral("mtu"), mtu},
            {QStringLiteral("backup-retention"), backupRetention},
            {QStringLiteral("report-retention"), reportRetention},
            {QStringLiteral("signin-backend"), toString(signInBackend)},
            {QStringLiteral("signin-backend-group"),
             [this] {
                 QStringList lines;
                 for (const auto &route : signInGroups)
                     lines << route.group + QLatin1Char(' ') + toString(route.backend);
                 return lines.join(QStringLiteral("; "));
             }()},
            {QStringLiteral("radius-server"),
             [this] {
                 QStringList specs;
                 for (const auto &server : radiusServers)
                     specs << server.toSpec();
                 return specs.join(QStringLiteral("; "));
             }()},
            {QStringLiteral("radius-accounting"), accountingEnabled()},
            {QStringLiteral("radius-accounting-queue"), radiusAccountingQueue},
            {QStringLiteral("radius-interim-interval"), radiusInterimSeconds},
            {QStringLiteral("radius-dae-listen"),
             radiusDaeAddress.isEmpty()
                 ? QString()
                 : QStringLiteral("%1:%2").arg(radiusDaeAddress).arg(radiusDaePort)},
            {QStringLiteral("radius-dae-client"), [this] {
                 QStringList specs;
                 for (const auto &client : radiusDaeClients)
                     specs << client.toSpec();
                 return specs.join(QStringLiteral("; "));
             }()}};
}

QString DaemonConfig::usage()
{
    return QStringLiteral(
        "Usage: keywardd [--config FILE] [--KEY VALUE ...]\n"
        "Every setting can be given in the config file as 'KEY = VALUE' or as --KEY VALUE;\n"
        "flags win over the file.\n\n"
        "  --config FILE          read settings from FILE\n"
        "  --state-dir DIR        credential store, key file, captures (/var/lib/keyward)\n"
        "  --listen ADDR          address for TCP 1723 and GRE (0.0.0.0)\n"
        "  --port N               PPTP control port (1723)\n"
        "  --ipc-socket PATH      admin API socket (/run/keyward/keywardd.sock)\n"
        "  --audit-anchor-file PATH  where the audit chain's head is anchored\n"
        "                         (STATE-DIR/audit.anchors)\n"
        "  --tunnel-pool CIDR     tunnel addresses; first host is the server (10.75.0.0/24)\n"
        "  --dns ADDR[,ADDR]      DNS servers pushed to clients via IPCP\n"
        "  --forward-to-lan       let clients reach networks beyond this server\n"
        "  --user NAME            run as NAME once the privileged resources are open\n"
        "                         (keyward when that user exists; root keeps root)\n"
        "  --admin-listen ADDR:PORT  also accept remote consoles over TLS (API tokens)\n"
        "  --max-sessions N       concurrent sessions (256)\n"
        "  --max-connections-per-source N   control connections per client address (16)\n"
        "  --max-calls-per-connection N     calls (sessions) on one control connection (16)\n"
        "  --handshake-timeout S  seconds from connect to session up (30)\n"
        "  --max-handshaking N    calls not yet signed in, all clients together (64)\n"
        "  --max-callless-connections N   control connections without a call (64)\n"
        "  --start-timeout S      seconds from connect to Start-Control-Connection (10)\n"
        "  --call-timeout S       seconds a control connection may stay without a call (15)\n"
        "  --sign-in-timeout S    seconds from the call to a finished sign-in (25)\n"
        "  --connection-rate N    new control connections per second per address (10)\n"
        "  --connection-burst N   ... in a burst (20)\n"
        "  --control-output-limit B   octets of replies a client may leave unread (65536)\n"
        "  --control-input-rate B     octets per second read from one connection (1024)\n"
        "  --echo-interval S      keepalive interval (60)\n"
        "  --idle-timeout S       end sessions idle this long (1800)\n"
        "  --max-session S        end sessions older than this (28800)\n"
        "  --mtu N                tunnel MTU (1400)\n"
        "  --capture-file-size MB   size of each file of a capture's ring (16)\n"
        "  --capture-files N      files in a capture's ring; the oldest goes (8)\n"
        "  --capture-max-age DAYS   captures older than this are removed (30)\n"
        "  --capture-total-size MB  all captures together; the oldest go (1024)\n"
        "  --capture-feed-rate N  packet summaries a second sent to consoles (1000)\n"
        "  --capture-program PATH   keyward-capture (beside keywardd, else the package's)\n"
        "  --backup-retention N   encrypted backups kept in STATE-DIR/backups (10)\n"
        "  --report-retention N   reports kept in STATE-DIR/reports (50)\n"
        "  --signin-backend B     who judges sign-ins: local, radius, or radius-then-local\n"
        "                         (the local store only when every RADIUS server is down)\n"
        "  --signin-backend-group 'GROUP B'  users the local store puts in GROUP sign in\n"
        "                         through B; once per group, the first line naming one of\n"
        "                         a user's groups wins; --signin-backend for the others\n"
        "  --radius-server 'ADDR[:PORT] secret-file=PATH [message-authenticator=M] [acct-port=N]'\n"
        "                         a RADIUS server (1812); once per server, tried in order;\n"
        "                         M: require (default), auto or no (weak)\n"
        "  --radius-timeout S     first wait for a RADIUS answer; retries wait twice as long (2)\n"
        "  --radius-retries N     retransmissions to one RADIUS server before the next (1)\n"
        "  --radius-dead-time S   a RADIUS server that did not answer is skipped this long (30)\n"
        "  --radius-nas-identifier NAME   NAS-Identifier sent (this host's name)\n"
        "  --radius-nas-address ADDR      NAS-IP-Address sent (the listen address)\n"
        "  --radius-accounting on|off     RFC 2866 accounting to the radius-server lines'\n"
        "                         acct-port=N (1813); on when radius-server lines exist\n"
        "  --radius-accounting-queue N    accounting records kept waiting at most (100000)\n"
        "  --radius-interim-interval S    Interim-Update interval, 0 = off or >= 60 (0)\n"
        "  --radius-dae-listen ADDR[:PORT]  take RFC 5176 Disconnect/CoA requests here\n"
        "                         (port 3799; off when not given)\n"
        "  --radius-dae-client 'ADDR secret-file=PATH [message-authenticator=M]'\n"
        "                         a RADIUS server allowed to send them; once per server\n"
        "  --restore FILE         restore a backup into the state directory of this\n"
        "                         (stopped) keywardd, reading its passphrase from stdin,\n"
        "                         then exit\n"
        "  --foreground           stay in the foreground, log to stderr\n"
        "  --log-level LEVEL      debug, info, warning, error (info)\n");
}

} // namespace keyward::daemon
