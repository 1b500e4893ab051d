#include "probe/ProbeOptions.h"

#include <QRegularExpression>
#include <QStringList>

namespace keyward::probe {

QString ProbeOptions::usage()
{
    return QStringLiteral(
        "Usage: keyward-probe --server ADDR --user NAME --password-stdin [options]\n"
        "Connects to a PPTP server like a real client (PNS, PPP, MS-CHAPv2, MPPE) and\n"
        "reports what it negotiated. Needs CAP_NET_RAW for its raw GRE socket (unless\n"
        "given one with --gre-fd) and, to carry IP (--count, --tun), CAP_NET_ADMIN for its\n"
        "TUN device.\n\n"
        "  --server ADDR          PPTP server address\n"
        "  --port N               control port (1723)\n"
        "  --bind ADDR            local address to use\n"
        "  --user NAME            user name (DOMAIN\\user allowed)\n"
        "  --password-stdin       read the password from the first line of stdin\n"
        "  --new-password-stdin   read a new password from the second line of stdin, used\n"
        "                         when the server says the password must change\n"
        "  --mppe 40|56|128       MPPE strength to offer (128)\n"
        "  --stateful             offer stateful MPPE instead of stateless\n"
        "  --ping ADDR            address to ping through the tunnel (the server's)\n"
        "  --count N              pings per session (0)\n"
        "  --size N               ICMP payload size (56)\n"
        "  --interval MS          between pings (200)\n"
        "  --sessions N           sessions at once (1)\n"
        "  --settle MS            before counting pings, wait up to MS for the tunnel to\n"
        "                         answer a first echo (3000; 0 counts from the first)\n"
        "  --rate N               sessions started per second (500)\n"
        "  --duration S           keep the sessions up for S seconds\n"
        "  --tun NAME             carry real IP: name the TUN device NAME, give it the\n"
        "                         session's address with a route to the server's tunnel\n"
        "                         address, and stay up until SIGINT/SIGTERM (or --duration);\n"
        "                         one session only\n"
        "  --gre-fd N             use this already open raw GRE socket instead of opening\n"
        "                         one (it keeps the address it is bound to)\n"
        "  --timeout S            give up on a session not up within S seconds (30)\n"
        "  --json                 print the report as JSON\n"
        "Exit status: 0 all sessions up and every counted ping answered, 1 otherwise,\n"
        "2 usage.\n");
}

Result<ProbeOptions> ProbeOptions::parse(const QStringList &arguments, QString stdinText)
{
    ProbeOptions o;
    bool passwordStdin = false, newPasswordStdin = false;
    auto intValue = [](const QString &flag, const QString &v, int min, int max,
                       int *out) -> std::optional<std::string> {
        bool ok = false;
        int n = v.toInt(&ok);
        if (!ok || n < min || n > max)
            return (flag + QStringLiteral(" must be a number from %1 to %2").arg(min).arg(max))
                .toStdString();
        *out = n;
        return std::nullopt;
    };
    for (int i = 0; i < arguments.size(); ++i) {
        const QString a = arguments[i];
        auto next = [&]() -> std::optional<QString> {
            if (i + 1 >= arguments.size())
                return std::nullopt;
            return arguments[++i];
        };
        if (a == "--password-stdin") {
            passwordStdin = true;
            continue;
        }
        if (a == "--new-password-stdin") {
            newPasswordStdin = true;
            continue;
        }
        if (a == "--stateful") {
            o.stateful = true;
            continue;
        }
        if (a == "--json") {
            o.json = true;
            continue;
        }
        const auto v = next();
        if (!v)
            return fail((a + " needs a value (see --help)").toStdString());
        std::optional<std::string> e;
        if (a == "--server")
            o.server = *v;
        else if (a == "--port") {
            int p = 0;
            e = intValue(a, *v, 1, 65535, &p);
            o.port = static_cast<quint16>(p);
        } else if (a == "--bind")
            o.bindAddress = *v;
        else if (a == "--user")
            o.user = *v;
        else if (a == "--mppe") {
            e = intValue(a, *v, 40, 128, &o.mppeBits);
            if (!e && o.mppeBits != 40 && o.mppeBits != 56 && o.mppeBits != 128)
                e = "--mppe must be 40, 56 or 128";
        } else if (a == "--ping")
            o.pingAddress = *v;
        else if (a == "--count")
            e = intValue(a, *v, 0, 1000000, &o.pingCount);
        else if (a == "--size")
            e = intValue(a, *v, 0, 1400, &o.pingSize);
        else if (a == "--interval")
            e = intValue(a, *v, 0, 60000, &o.pingIntervalMs);
        else if (a == "--sessions")
            e = intValue(a, *v, 1, 20000, &o.sessions);
        else if (a == "--rate")
            e = intValue(a, *v, 1, 100000, &o.sessionsPerSecond);
        else if (a == "--duration")
            e = intValue(a, *v, 0, 86400, &o.durationSeconds);
        else if (a == "--timeout")
            e = intValue(a, *v, 1, 3600, &o.timeoutSeconds);
        else if (a == "--settle")
            e = intValue(a, *v, 0, 60000, &o.settleMs);
        else if (a == "--tun")
            o.tunName = *v;
        else if (a == "--gre-fd")
            e = intValue(a, *v, 0, 65535, &o.greFd);
        else
            return fail(("unknown option " + a + " (see --help)").toStdString());
        if (e)
            return fail(*e);
    }
    if (o.server.isEmpty() || o.user.isEmpty())
        return fail("--server and --user are required (see --help)");
    if (!o.tunName.isEmpty()) {
        // IFNAMSIZ is 16 with the terminating zero; no '%': the name is the device's.
        static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.-]{1,15}$"));
        if (!name.match(o.tunName).hasMatch())
            return fail("--tun needs a device name of 1 to 15 letters, digits, '_', '.' or '-'");
        if (o.sessions != 1)
            return fail("--tun carries one session: leave out --sessions");
    }
    if (!passwordStdin)
        return fail("give the password on stdin with --password-stdin (never on the command line)");
    const QStringList lines = stdinText.split('\n');
    o.password = lines.value(0);
    if (o.password.endsWith('\r'))
        o.password.chop(1);
    if (newPasswordStdin) {
        o.newPassword = lines.value(1).trimmed();
        if (o.newPassword.isEmpty())
            return fail("--new-password-stdin: no second line on stdin");
    }
    return o;
}

} // namespace keyward::probe
