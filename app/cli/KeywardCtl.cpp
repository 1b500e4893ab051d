#include "cli/KeywardCtl.h"

#include "ipc/IpcProtocol.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace keyward::cli {

namespace {

void out(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
}

void err(const QString &text)
{
    std::fputs(qPrintable(text), stderr);
}

// Prints rows as an aligned table with the given columns.
void table(const QJsonArray &rows, const QStringList &columns)
{
    QList<int> widths;
    for (const QString &c : columns)
        widths << c.size();
    QList<QStringList> cells;
    for (const QJsonValue &row : rows) {
        QStringList line;
        for (int i = 0; i < columns.size(); ++i) {
            const QJsonValue v = row.toObject().value(columns[i]);
            QString text = v.isBool()     ? (v.toBool() ? "yes" : "no")
                           : v.isDouble() ? QString::number(v.toDouble(), 'g', 12)
                                          : v.toString();
            widths[i] = std::max(widths[i], int(text.size()));
            line << text;
        }
        cells << line;
    }
    QString header;
    for (int i = 0; i < columns.size(); ++i)
        header += columns[i].toUpper().leftJustified(widths[i] + 2);
    out(header.trimmed() + "\n");
    for (const QStringList &line : cells) {
        QString text;
        for (int i = 0; i < line.size(); ++i)
            text += line[i].leftJustified(widths[i] + 2);
        out(text.trimmed() + "\n");
    }
}

} // namespace

KeywardCtl::KeywardCtl(QStringList arguments, QString stdinText)
    : m_arguments(std::move(arguments)), m_stdin(std::move(stdinText))
{
    m_socket = qEnvironmentVariable("KEYWARD_SOCKET", QStringLiteral("/run/keyward/keywardd.sock"));
}

QString KeywardCtl::usage()
{
    return QStringLiteral(
        "Usage: keywardctl [--socket PATH | --remote HOST:PORT --fingerprint FP] [--json] COMMAND\n"
        "  status                          server status and weak settings\n"
        "  user add NAME [--password-stdin] [--must-change]\n"
        "                                  add a user; without a password one is generated\n"
        "                                  and shown once\n"
        "  user list                       users, state and expiry\n"
        "  user show NAME                  one user in detail\n"
        "  user disable|enable|unlock|delete NAME\n"
        "  user groups NAME [GROUP...]     set the user's groups\n"
        "  user import FILE.csv            add users from CSV lines 'name,group;group'\n"
        "  user rotate --group G | --older-than DAYS | NAME...\n"
        "                                  new one-time passwords for many users at once\n"
        "  user expiring [DAYS]            passwords expiring within DAYS (14)\n"
        "  user reset NAME                 new temporary password, shown once; the user\n"
        "                                  must change it at the next login\n"
        "  session list                    live sessions\n"
        "  session disconnect ID           end a session\n"
        "  session revoke ID               end it and disable the account until enabled\n"
        "  session rekey ID                fresh MPPE keys now (in-band re-authentication)\n"
        "  session history [USER]          ended sessions and why they ended\n"
        "  policy show                     the security policy\n"
        "  policy set KEY VALUE            change one policy setting\n"
        "  audit list [ACTION-PREFIX]      recent audit entries\n"
        "  audit verify                    check the audit chain\n"
        "  token create NAME               API token for a remote console, shown once\n"
        "  token list | token revoke NAME\n"
        "  window list                     planned change windows\n"
        "  window plan TITLE START [MINUTES [GROUP]]\n"
        "                                  plan one (START in ISO 8601, UTC)\n"
        "  window cancel ID\n"
        "The socket is KEYWARD_SOCKET or /run/keyward/keywardd.sock. With --remote the API\n"
        "token is KEYWARD_TOKEN, and the server's certificate must have the fingerprint\n"
        "`keywardctl status` shows on the server.\n"
        "Exit status: 0 ok, 1 the server refused the request, 2 usage, 3 server not\n"
        "reachable, 4 not allowed, 5 not found.\n");
}

bool KeywardCtl::prepare(int *exitCode)
{
    QStringList words;
    for (int i = 0; i < m_arguments.size(); ++i) {
        const QString a = m_arguments[i];
        if (a == "--socket" && i + 1 < m_arguments.size())
            m_socket = m_arguments[++i];
        else if (a == "--remote" && i + 1 < m_arguments.size())
            m_remote = m_arguments[++i];
        else if (a == "--fingerprint" && i + 1 < m_arguments.size())
            m_fingerprint = m_arguments[++i];
        else if (a == "--json")
            m_json = true;
        else
            words << a;
    }
    auto bad = [&](const QString &why) {
        err("keywardctl: " + why + "\n\n" + usage());
        *exitCode = Usage;
        return false;
    };
    if (!m_remote.isEmpty() && (m_fingerprint.isEmpty() || m_remote.lastIndexOf(':') <= 0))
        return bad(QStringLiteral("--remote needs HOST:PORT and --fingerprint"));
    const QString noun = words.value(0), verb = words.value(1);
    if (noun == "status" && words.size() == 1) {
        m_method = "status";
    } else if (noun == "user" && verb == "add" && words.size() >= 3) {
        m_method = "user.add";
        m_params.insert("name", words[2]);
        if (words.contains("--password-stdin")) {
            QString password = m_stdin.section('\n', 0, 0);
            if (password.endsWith('\r'))
                password.chop(1);
            if (password.isEmpty())
                return bad("--password-stdin: no password on stdin");
            m_params.insert("password", password);
        }
        if (words.contains("--must-change"))
            m_params.insert("mustChange", true);
    } else if (noun == "user" &&
               QStringList{"disable", "enable", "unlock", "delete", "reset"}.contains(verb) &&
               words.size() == 3) {
        m_method = "user." + verb;
        m_params.insert("name", words[2]);
    } else if (noun == "user" && verb == "groups" && words.size() >= 3) {
        m_method = "user.groups";
        m_params.insert("name", words[2]);
        m_params.insert("groups", QJsonArray::fromStringList(words.mid(3)));
    } else if (noun == "user" && verb == "import" && words.size() == 3) {
        QFile file(words[2]);
        if (!file.open(QIODevice::ReadOnly))
            return bad(QStringLiteral("cannot read %1: %2").arg(words[2], file.errorString()));
        m_method = "user.import";
        m_params.insert("csv", QString::fromUtf8(file.readAll()));
    } else if (noun == "user" && verb == "rotate" && words.size() >= 3) {
        m_method = "user.rotate";
        if (words[2] == "--group" && words.size() == 4)
            m_params.insert("group", words[3]);
        else if (words[2] == "--older-than" && words.size() == 4)
            m_params.insert("olderThanDays", words[3].toInt());
        else
            m_params.insert("names", QJsonArray::fromStringList(words.mid(2)));
    } else if (noun == "user" && verb == "expiring" && words.size() <= 3) {
        m_method = "user.expiring";
        m_params.insert("days", words.size() == 3 ? words[2].toInt() : 14);
    } else if (noun == "session" && verb == "rekey" && words.size() == 3) {
        m_method = "session.rekey";
        m_params.insert("id", words[2].toInt());
    } else if (noun == "session" && verb == "revoke" && words.size() == 3) {
        m_method = "session.revoke";
        m_params.insert("id", words[2].toInt());
    } else if (noun == "audit" && verb == "list" && words.size() <= 3) {
        m_method = "audit.list";
        if (words.size() == 3)
            m_params.insert("action", words[2]);
    } else if (noun == "user" && verb == "show" && words.size() == 3) {
        m_method = "user.show";
        m_params.insert("name", words[2]);
    } else if (noun == "user" && verb == "list") {
        m_method = "user.list";
    } else if (noun == "session" && verb == "list") {
        m_method = "session.list";
    } else if (noun == "session" && verb == "history" && words.size() <= 3) {
        m_method = "session.history";
        if (words.size() == 3)
            m_params.insert("user", words[2]);
    } else if (noun == "session" && verb == "disconnect" && words.size() == 3) {
        m_method = "session.disconnect";
        m_params.insert("id", words[2].toInt());
    } else if (noun == "policy" && verb == "show") {
        m_method = "policy.get";
    } else if (noun == "policy" && verb == "set" && words.size() == 4) {
        m_method = "policy.set";
        const QString value = words[3];
        QJsonValue v = value == "true"    ? QJsonValue(true)
                       : value == "false" ? QJsonValue(false)
                                          : QJsonValue(value.toDouble());
        if (!v.isBool() && value.toDouble() == 0 && value != "0")
            return bad(
                QStringLiteral("policy value '%1' is not a number, true or false").arg(value));
        m_params.insert("changes", QJsonObject{{words[2], v}});
    } else if (noun == "token" && verb == "create" && words.size() == 3) {
        m_method = "token.create";
        m_params.insert("name", words[2]);
    } else if (noun == "token" && verb == "list") {
        m_method = "token.list";
    } else if (noun == "token" && verb == "revoke" && words.size() == 3) {
        m_method = "token.revoke";
        m_params.insert("name", words[2]);
    } else if (noun == "audit" && verb == "verify") {
        m_method = "audit.verify";
    } else if (noun == "window" && verb == "list") {
        m_method = "window.list";
    } else if (noun == "window" && verb == "plan" && words.size() >= 4 && words.size() <= 6) {
        m_method = "window.plan";
        m_params.insert("title", words[2]);
        m_params.insert("start", words[3]);
        if (words.size() >= 5)
            m_params.insert("durationMinutes", words[4].toInt());
        if (words.size() == 6)
            m_params.insert("group", words[5]);
    } else if (noun == "window" && verb == "cancel" && words.size() == 3) {
        m_method = "window.cancel";
        m_params.insert("id", words[2].toInt());
    } else {
        return bad(words.isEmpty() ? QStringLiteral("no command given")
                                   : QStringLiteral("unknown command '%1'").arg(words.join(' ')));
    }
    return true;
}

void KeywardCtl::run()
{
    connect(&m_client, &ipc::IpcClient::ready, this, &KeywardCtl::send);
    connect(&m_client, &ipc::IpcClient::connectionError, this, [this](const QString &message) {
        err("keywardctl: " + message + "\n");
        emit finished(message.contains("not allowed") || message.contains("API token")
                          ? Refused
                          : Unreachable);
    });
    if (m_remote.isEmpty()) {
        m_client.connectTo(m_socket);
        return;
    }
    const int colon = m_remote.lastIndexOf(':');
    m_client.connectToTls(m_remote.left(colon),
                          static_cast<quint16>(m_remote.mid(colon + 1).toUInt()), m_fingerprint,
                          qEnvironmentVariable("KEYWARD_TOKEN"));
}

void KeywardCtl::send()
{
    m_client.call(m_method, m_params, [this](const ipc::IpcReply &reply) {
        print(reply);
        int code = reply.ok ? Ok : exitCodeFor(reply.errorCode);
        // A broken audit chain is a failure for scripts too.
        if (reply.ok && m_method == "audit.verify" && !reply.result.value("intact").toBool())
            code = Failed;
        emit finished(code);
    });
}

int KeywardCtl::exitCodeFor(const QString &errorCode)
{
    if (errorCode == ipc::ErrorCode::NotFound)
        return NotFound;
    if (errorCode == ipc::ErrorCode::Forbidden)
        return Refused;
    if (errorCode == ipc::ErrorCode::Timeout || errorCode == ipc::ErrorCode::Disconnected)
        return Unreachable;
    return Failed;
}

void KeywardCtl::print(const ipc::IpcReply &reply)
{
    if (!reply.ok) {
        err(QStringLiteral("keywardctl: %1 (%2)\n").arg(reply.errorMessage, reply.errorCode));
        return;
    }
    const QJsonObject r = reply.result;
    if (m_json) {
        out(QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Indented)));
        return;
    }
    if (m_method == "user.list") {
        table(r.value("users").toArray(), {"name", "state", "mustChange", "expires", "failedLogins",
                                           "lastLogin", "lastAddress"});
    } else if (m_method == "session.list") {
        table(r.value("sessions").toArray(),
              {"id", "user", "peerAddress", "tunnelAddress", "mppe", "mppeMode", "durationSeconds",
               "idleSeconds", "bytesIn", "bytesOut"});
    } else if (m_method == "user.import" || m_method == "user.rotate") {
        out(QStringLiteral("%1 user(s); one-time passwords (shown once, must be changed at the "
                           "first login):\n")
                .arg(r.value("users").toArray().size()));
        table(r.value("users").toArray(), {"name", "password"});
    } else if (m_method == "user.expiring") {
        table(r.value("users").toArray(), {"name", "expires", "daysLeft", "expired"});
    } else if (m_method == "token.create") {
        out(QStringLiteral("token %1 (shown once; keep it in the console's keychain):\n%2\n")
                .arg(r.value("name").toString(), r.value("token").toString()));
        if (!r.value("fingerprint").toString().isEmpty())
            out(QStringLiteral("server certificate fingerprint to pin:\n%1\n")
                    .arg(r.value("fingerprint").toString()));
    } else if (m_method == "token.list") {
        table(r.value("tokens").toArray(), {"name", "created", "lastUsed"});
    } else if (m_method == "session.rekey") {
        out(QStringLiteral("session %1: %2 (%3)\n")
                .arg(r.value("id").toInt())
                .arg(r.value("outcome").toString(), r.value("detail").toString()));
    } else if (m_method == "window.list") {
        table(r.value("windows").toArray(),
              {"id", "start", "durationMinutes", "title", "group", "plannedBy"});
    } else if (m_method == "audit.list") {
        table(r.value("entries").toArray(), {"id", "at", "actor", "action", "target", "outcome"});
    } else if (m_method == "user.reset") {
        out(QStringLiteral("reset %1; temporary password (shown once): %2\n"
                           "the user must change it at the next login\n")
                .arg(r.value("name").toString(), r.value("password").toString()));
    } else if (m_method == "session.history") {
        table(r.value("sessions").toArray(),
              {"user", "peerAddress", "mppe", "started", "ended", "bytesIn", "bytesOut", "reason"});
    } else if (m_method == "user.add") {
        out(QStringLiteral("added %1%2\n")
                .arg(r.value("name").toString(), r.value("mustChange").toBool()
                                                     ? " (must change password at next login)"
                                                     : ""));
        if (r.contains("password"))
            out(QStringLiteral("temporary password (shown once): %1\n")
                    .arg(r.value("password").toString()));
    } else if (m_method == "audit.verify") {
        if (r.value("intact").toBool())
            out(QStringLiteral("audit chain intact: %1 entries verified\n")
                    .arg(r.value("checked").toInt()));
        else
            out(QStringLiteral("AUDIT CHAIN BROKEN: %1\n").arg(r.value("problem").toString()));
    } else if (m_method == "policy.get" || m_method == "policy.set") {
        const QJsonObject p = r.value("policy").toObject();
        for (auto it = p.begin(); it != p.end(); ++it) {
            const QJsonValue v = it.value();
            out(QStringLiteral("%1 = %2\n")
                    .arg(it.key(), v.isArray()  ? v.toVariant().toStringList().join(',')
                                   : v.isBool() ? (v.toBool() ? "true" : "false")
                                                : QString::number(v.toDouble())));
        }
        for (const QJsonValue &w : r.value("weaknesses").toArray())
            out("WEAK: " + w.toString() + "\n");
    } else if (m_method == "status") {
        out(QStringLiteral("keywardd %1, %2 session(s), listening on %3\n")
                .arg(r.value("version").toString())
                .arg(r.value("sessions").toInt())
                .arg(r.value("listen").toString()));
        if (!r.value("adminListen").toString().isEmpty())
            out(QStringLiteral("remote consoles on %1, certificate fingerprint %2\n")
                    .arg(r.value("adminListen").toString(), r.value("fingerprint").toString()));
        for (const QJsonValue &w : r.value("weaknesses").toArray())
            out("WEAK: " + w.toString() + "\n");
    } else {
        out(QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Indented)));
    }
}

} // namespace keyward::cli
