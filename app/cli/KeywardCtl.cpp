#include "cli/KeywardCtl.h"

#include "api/AdminMethod.h"
#include "api/AdminRole.h"
#include "cli/CommandTable.h"
#include "ipc/IpcProtocol.h"
#include "ipc/LocalEndpoint.h"

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

} // namespace

KeywardCtl::KeywardCtl(QStringList arguments, QString stdinText)
    : m_arguments(std::move(arguments)), m_stdin(std::move(stdinText))
{
    m_socket = qEnvironmentVariable("KEYWARD_SOCKET", ipc::LocalEndpoint::defaultPath());
}

QString KeywardCtl::usage()
{
    return CommandTable::instance().usage();
}

bool KeywardCtl::prepare(int *exitCode)
{
    QStringList words;
    for (int i = 0; i < m_arguments.size(); ++i) {
        const QString a = m_arguments[i];
        if (a == QLatin1String("--socket") && i + 1 < m_arguments.size())
            m_socket = m_arguments[++i];
        else if (a == QLatin1String("--remote") && i + 1 < m_arguments.size())
            m_remote = m_arguments[++i];
        else if (a == QLatin1String("--fingerprint") && i + 1 < m_arguments.size())
            m_fingerprint = m_arguments[++i];
        else if (a == QLatin1String("--json"))
            m_json = true;
        else
            words << a;
    }
    auto bad = [&](const QString &why) {
        err(QStringLiteral("keywardctl: ") + why + QStringLiteral("\n\n") + usage());
        *exitCode = Usage;
        return false;
    };
    if (!m_remote.isEmpty() && (m_fingerprint.isEmpty() || m_remote.lastIndexOf(':') <= 0))
        return bad(QStringLiteral("--remote needs HOST:PORT and --fingerprint"));
    if (words.isEmpty())
        return bad(QStringLiteral("no command given"));
    QStringList args;
    m_command = CommandTable::instance().find(words, &args);
    if (!m_command)
        return bad(QStringLiteral("unknown command '%1'").arg(words.join(QLatin1Char(' '))));
    auto request = m_command->parse(args, CommandInput{m_stdin});
    if (!request)
        return bad(QString::fromStdString(request.message()));
    m_request = std::move(request).value();
    return true;
}

void KeywardCtl::run()
{
    if (m_command->offline()) {
        // Local files only: no server to reach.
        auto output = m_command->runOffline(m_request, CommandInput{m_stdin}, m_json);
        m_stdin.fill(QLatin1Char('\0'));
        if (!output) {
            err(QStringLiteral("keywardctl: %1\n").arg(QString::fromStdString(output.message())));
            const ErrorKind kind = output.kind();
            emit finished(kind == ErrorKind::NotFound    ? NotFound
                          : kind == ErrorKind::Forbidden ? Refused
                                                         : Failed);
            return;
        }
        out(output->text);
        emit finished(output->exitCode);
        return;
    }
    connect(&m_client, &ipc::IpcClient::ready, this, &KeywardCtl::send);
    connect(&m_client, &ipc::IpcClient::connectionError, this, [this](const QString &message) {
        err(QStringLiteral("keywardctl: ") + message + QLatin1Char('\n'));
        emit finished(message.contains(QLatin1String("not allowed")) ||
                              message.contains(QLatin1String("API token"))
                          ? Refused
                          : Unreachable);
    });
    if (m_remote.isEmpty()) {
        m_client.connectTo(m_socket);
        return;
    }
    const int colon = static_cast<int>(m_remote.lastIndexOf(':'));
    m_client.connectToTls(m_remote.left(colon),
                          static_cast<quint16>(m_remote.mid(colon + 1).toUInt()), m_fingerprint,
                          qEnvironmentVariable("KEYWARD_TOKEN"));
}

void KeywardCtl::send()
{
    if (m_request.method == api::Method::Hello) { // whoami: the handshake is the answer
        emit finished(print(ipc::IpcReply{true, m_client.helloResult(), {}, {}}));
        return;
    }
    if (!m_client.mayCall(m_request.method)) {
        // keywardd said what this connection may do; don't ask for what it may not.
        const auto role = api::roleFromName(m_client.role()).value_or(api::AdminRole::Auditor);
        err(QStringLiteral("keywardctl: %1 (forbidden)\n")
                .arg(api::forbiddenMessage(
                    role, m_remote.isEmpty() ? api::AdminChannel::Local : api::AdminChannel::Remote,
                    m_request.method)));
        emit finished(Refused);
        return;
    }
    m_client.call(m_request.method, m_request.params, [this](const ipc::IpcReply &reply) {
        if (reply.ok) {
            auto more = m_command->next(reply.result);
            if (!more) {
                err(QStringLiteral("keywardctl: %1\n").arg(QString::fromStdString(more.message())));
                emit finished(Failed);
                return;
            }
            if (*more) {
                m_request = std::move(**more);
                send();
                return;
            }
        }
        emit finished(print(reply));
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

int KeywardCtl::print(const ipc::IpcReply &reply)
{
    if (!reply.ok) {
        err(QStringLiteral("keywardctl: %1 (%2)\n").arg(reply.errorMessage, reply.errorCode));
        return exitCodeFor(reply.errorCode);
    }
    auto output = m_command->present(reply.result);
    if (m_json) // the reply as the server sent it
        out(QString::fromUtf8(QJsonDocument(reply.result).toJson(QJsonDocument::Indented)));
    if (!output) {
        err(QStringLiteral("keywardctl: the server's reply does not fit the admin API: %1\n")
                .arg(QString::fromStdString(output.message())));
        return Failed;
    }
    if (!m_json) {
        out(output->text);
        if (m_command->showsCaller() && !m_client.identity().isEmpty())
            out(QStringLiteral("you are %1, role %2\n")
                    .arg(m_client.identity(), m_client.role().isEmpty()
                                                  ? QStringLiteral("not told (an older keywardd)")
                                                  : m_client.role()));
    }
    return output->exitCode;
}

} // namespace keyward::cli
