#pragma once

// keywardd's settings, from a config file (key = value lines, # comments) and from
// command-line flags, which win over the file. Every error names the key, and for
// the file the line, so an admin can fix it without guessing.

#include "common/Result.h"
#include "core/BackupSnapshot.h"
#include "radius/DaeClientConfig.h"
#include "radius/RadiusServerConfig.h"
#include "runtime/Ipv4Address.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace keyward::daemon {

enum class LogLevel
{
    Debug,
    Info,
    Warning,
    Error
};

struct AddressPool
{
    std::uint32_t network = 0; // host byte order
    int prefixLength = 0;

    // The server's own tunnel address is the first host; clients get the rest.
    std::uint32_t serverAddress() const { return network + 1; }
    std::uint32_t firstClient() const { return network + 2; }
    std::uint32_t lastClient() const
    {
        return network + (prefixLength >= 31 ? 1u : (1u << (32 - prefixLength)) - 2);
    }
    std::uint32_t clientCount() const
    {
        return lastClient() >= firstClient() ? lastClient() - firstClient() + 1 : 0;
    }
};

// Who judges sign-ins: keywardd's own store, RADIUS servers, or RADIUS servers with the
// local store when every one of them is down.
enum class SignInBackendChoice
{
    Local,
    Radius,
    RadiusThenLocal
};

// One signin-backend-group line: the users the local store puts in `group` sign in
// through `backend`.
struct SignInGroupBackend
{
    QString group;
    SignInBackendChoice backend = SignInBackendChoice::Local;
    bool operator==(const SignInGroupBackend &) const = default;
};

struct DaemonConfig
{
    QString listenAddress = QStringLiteral("0.0.0.0");
    quint16 port = 1723;
    QString stateDir = QStringLiteral("/var/lib/keyward");
    QString ipcSocket = QStringLiteral("/run/keyward/keywardd.sock");
    QString auditAnchorFile; // the audit chain's anchors; empty: audit.anchors in stateDir
    AddressPool tunnelPool{0x0a4b0000, 24}; // 10.75.0.0/24
    QStringList dnsServers;
    bool foreground = false;
    LogLevel logLevel = LogLevel::Info;
    // The account keywardd switches to when started as root: `user` when set ("root"
    // keeps root, with no capabilities), else defaultUser when that account exists.
    static constexpr const char *defaultUser = "keyward";
    QString runAsUser;
    QString adminListen;       // "ADDR:PORT" for remote consoles over TLS; empty = off
    bool forwardToLan = false; // route client traffic beyond the server
    int maxSessions = 256;     // signed-in sessions
    int maxConnectionsPerSource = 16;
    // Calls one control connection may carry (each its own session): several let one
    // client machine run several tunnels, the cap keeps one connection from taking
    // every handshaking place or session slot.
    int maxCallsPerConnection = 16;
    int handshakeTimeoutSeconds = 30; // TCP accept -> session up
    // What an unauthenticated peer may hold, and for how long. Calls that have not
    // signed in and control connections without a call each have a global budget;
    // when one is full a newcomer takes the place of the oldest holder of the address
    // that holds the most, so a few addresses cannot lock everyone else out.
    int maxHandshakingCalls = 64;
    int maxCalllessConnections = 64;
    int startTimeoutSeconds = 10;  // TCP accept -> Start-Control-Connection-Request
    int callTimeoutSeconds = 15;   // a control connection without a call
    int signInTimeoutSeconds = 25; // Outgoing-Call-Request -> LCP and MS-CHAPv2 done
    // New control connections per second from one address, and the burst allowed.
    int connectionRate = 10;
    int connectionBurst = 20;
    // Replies waiting for a client that does not read, before its connection is closed.
    int controlOutputLimit = 64 * 1024;
    // Octets per second read from one control connection (twice that in a burst).
    int controlInputRate = 1024;
    int echoIntervalSeconds = 60; // PPTP and LCP keepalive
    int idleTimeoutSeconds = 1800;
    int maxSessionSeconds = 8 * 3600;
    int mtu = 1400;
    // Live captures (STATE-DIR/captures): the ring of each capture, the retention of
    // all of them, and the packet summaries a second sent to consoles.
    int captureFileMegabytes = 16;
    int captureFiles = 8;
    int captureMaxAgeDays = 30;
    int captureTotalMegabytes = 1024;
    int captureFeedRate = 1000;
    // keyward-capture; empty: the one beside keywardd.
    QString captureProgram;
    int backupRetention = 10; // encrypted backups kept in STATE-DIR/backups
    int reportRetention = 50; // reports kept in STATE-DIR/reports
    QString restoreFrom;      // --restore FILE: restore a backup into the state directory, exit
    // Sign-in (signin-backend) and the RADIUS servers in the order they are tried:
    // each radius-server line (or flag) adds one.
    SignInBackendChoice signInBackend = SignInBackendChoice::Local;
    // signin-backend-group lines in file order (then flags): the first naming one of a
    // user's groups chooses; signInBackend for the rest.
    QList<SignInGroupBackend> signInGroups;
    // Whether some user may sign in through RADIUS (the default or a group's backend).
    bool usesRadiusSignIn() const;
    QList<radius::RadiusServerConfig> radiusServers;
    int radiusTimeoutSeconds = 2; // first wait for an answer; each retry waits twice as long
    int radiusRetries = 1;
    int radiusDeadTimeSeconds = 30;
    QString radiusNasIdentifier; // empty: this host's name
    QString radiusNasAddress;    // NAS-IP-Address; empty: the listen address unless 0.0.0.0
    // RADIUS accounting (RFC 2866) to the radius-server lines' accounting ports: unset
    // means on when there are radius-server lines, whatever signin-backend says.
    std::optional<bool> radiusAccounting;
    int radiusAccountingQueue = 100000; // records waiting at most (the journal's bound)
    int radiusInterimSeconds = 0;       // Interim-Update interval; 0: off
    bool accountingEnabled() const { return radiusAccounting.value_or(!radiusServers.isEmpty()); }
    // RADIUS dynamic authorization (RFC 5176): where Disconnect-Request and CoA-Request
    // are taken (radius-dae-listen; empty: off) and from whom (radius-dae-client lines).
    QString radiusDaeAddress;
    int radiusDaePort = 3799;
    QList<radius::DaeClientConfig> radiusDaeClients;

    // Parses argv (without argv[0]). --config FILE is read first, then the other
    // flags are applied over it.
    static Result<DaemonConfig> fromArguments(const QStringList &arguments);
    // Applies "key = value" lines over `base`.
    static Result<DaemonConfig> fromText(const QString &text, const QString &fileName,
                                         DaemonConfig base);
    static QString usage();

    // Where this keywardd keeps the files a backup holds.
    core::StateFiles stateFiles() const;
    // The settings as a JSON object (kept in each backup for reference; no secrets).
    QJsonObject toJson() const;

    // "local", "radius", "radius-then-local".
    static QString toString(SignInBackendChoice choice);
    static std::optional<SignInBackendChoice> backendFromString(const QString &text);

    // Sets one setting by its key (the same names in the file and as --flags).
    std::optional<QString> set(const QString &key, const QString &value);
};

// The address helpers live in keyward_runtime (the probe shares them); the daemon's
// code names them as before.
using runtime::formatAddress;
using runtime::parseAddress;

} // namespace keyward::daemon
