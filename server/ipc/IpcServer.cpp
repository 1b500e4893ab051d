#include "ipc/IpcServer.h"

#include "ipc/IpcConnection.h"
#include "ipc/IpcProtocol.h"
#include "ipc/IpcTlsServer.h"

#include <QFile>
#include <QLocalSocket>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyward::ipc {

IpcServer::IpcServer(QString adminGroup, QObject *parent)
    : QObject(parent), m_adminGroup(std::move(adminGroup))
{
    m_clock.start();
    connect(&m_server, &QLocalServer::newConnection, this, &IpcServer::onNewConnection);
    m_methods.setDeniedObserver([this](const IpcRequest &request, const QString &why) {
        noteRefusal(QStringLiteral("%1 may not call %2: %3")
                        .arg(request.peer.identity(), request.method, why));
        emit callDenied(request.peer.identity(), request.method, request.peer.role, why);
    });
}

IpcServer::~IpcServer()
{
    m_server.close();
    if (m_tlsServer)
        m_tlsServer->close();
    // Connections first: their sockets still report to the TLS listener as they go.
    const auto connections = std::exchange(m_connections, {});
    for (IpcConnection *c : connections) {
        c->disconnect(this);
        delete c;
    }
    m_tlsServer.reset();
}

void IpcServer::setDeadlines(const Deadlines &deadlines)
{
    m_deadlines = deadlines;
    if (m_tlsServer)
        m_tlsServer->setHandshakeTimeout(m_deadlines.handshakeMs);
}

Status IpcServer::listen(const QString &path)
{
    QLocalServer::removeServer(path);
    // Owner and group only, from the first moment the socket exists.
    m_server.setSocketOptions(QLocalServer::UserAccessOption | QLocalServer::GroupAccessOption);
    if (!m_server.listen(path))
        return fail(ErrorKind::Unavailable, QStringLiteral("cannot listen on %1: %2")
                                                .arg(path, m_server.errorString())
                                                .toStdString());
    m_path = path;
    const QByteArray native = QFile::encodeName(path);
    if (group *g = ::getgrnam(m_adminGroup.toLocal8Bit().constData())) {
        if (::chown(native.constData(), static_cast<uid_t>(-1), g->gr_gid) < 0) {
            const QString why = QString::fromLocal8Bit(strerror(errno));
            m_server.close();
            return fail(ErrorKind::Unavailable, QStringLiteral("cannot give %1 to group '%2': %3")
                                                    .arg(path, m_adminGroup, why)
                                                    .toStdString());
        }
    }
    if (::chmod(native.constData(), 0660) < 0) {
        m_server.close();
        return fail(ErrorKind::Unavailable, "cannot set mode 0660 on " + path.toStdString());
    }
    return {};
}

Status IpcServer::listenTls(const QHostAddress &address, quint16 port, const TlsIdentity &identity,
                            std::function<std::optional<QString>(const QString &)> verifier)
{
    return listenTls(address, port, identity,
                     [verifier = std::move(verifier)](const QString &token, const QHostAddress &) {
                         api::TokenGrant grant;
                         if (auto name = verifier(token)) {
                             grant.verdict = api::TokenGrant::Verdict::Granted;
                             grant.name = *name;
                             grant.role = api::AdminRole::Admin;
                         }
                         return grant;
                     });
}

Status IpcServer::listenTls(const QHostAddress &address, quint16 port, const TlsIdentity &identity,
                            TokenVerifier verifier)
{
    if (!QSslSocket::supportsSsl())
        return fail(ErrorKind::Unavailable,
                    "this Qt has no TLS backend; the remote admin listener needs one");
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(identity.certificate());
    config.setPrivateKey(identity.key());
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients prove themselves with a token
    m_tlsServer = std::make_unique<IpcTlsServer>(
        [this](const QHostAddress &peer) { return admitRemote(peer); },
        [this](const QHostAddress &peer) { releaseRemote(peer); });
    m_tlsServer->setSslConfiguration(config);
    m_tlsServer->setHandshakeTimeout(m_deadlines.handshakeMs);
    m_tokenVerifier = std::move(verifier);
    connect(m_tlsServer.get(), &QSslServer::pendingConnectionAvailable, this,
            &IpcServer::onNewTlsConnection);
    if (!m_tlsServer->listen(address, port)) {
        const QString why = QStringLiteral("cannot listen for remote consoles on %1:%2: %3")
                                .arg(address.toString())
                                .arg(port)
                                .arg(m_tlsServer->errorString());
        m_tlsServer.reset();
        return fail(ErrorKind::Unavailable, why.toStdString());
    }
    return {};
}

quint16 IpcServer::tlsPort() const
{
    return m_tlsServer ? m_tlsServer->serverPort() : 0;
}

api::TokenGrant IpcServer::verifyToken(const QString &token, const QString &from) const
{
    return m_tokenVerifier ? m_tokenVerifier(token, QHostAddress(from)) : api::TokenGrant{};
}

void IpcServer::noteRefusal(const QString &why)
{
    if (!m_refusalLog.admit(m_clock.elapsed()))
        return;
    const int suppressed = m_refusalLog.takeSuppressed();
    emit clientRefused(suppressed == 0
                           ? why
                           : QStringLiteral("%1 (and %2 more refusals not logged one by one)")
                                 .arg(why)
                                 .arg(suppressed));
}

bool IpcServer::admitRemote(const QHostAddress &peer)
{
    const QString source = peer.toString();
    if (m_remoteTotal >= MaxRemoteConnections) {
        noteRefusal(QStringLiteral("remote client %1: too many remote admin connections (%2)")
                        .arg(source)
                        .arg(MaxRemoteConnections));
        return false;
    }
    int &fromSource = m_remoteBySource[source];
    if (fromSource >= MaxRemotePerSource) {
        noteRefusal(QStringLiteral("remote client %1: too many admin connections from this "
                                   "address (%2)")
                        .arg(source)
                        .arg(MaxRemotePerSource));
        return false;
    }
    ++fromSource;
    ++m_remoteTotal;
    return true;
}

void IpcServer::releaseRemote(const QHostAddress &peer)
{
    const QString source = peer.toString();
    auto it = m_remoteBySource.find(source);
    if (it == m_remoteBySource.end())
        return;
    --m_remoteTotal;
    if (--it.value() <= 0)
        m_remoteBySource.erase(it);
}

void IpcServer::onNewTlsConnection()
{
    while (QTcpSocket *socket = m_tlsServer->nextPendingConnection()) {
        QHostAddress peer = socket->peerAddress();
        bool v4 = false;
        const quint32 ip = peer.toIPv4Address(&v4);
        if (v4)
            peer = QHostAddress(ip);
        adopt(new IpcConnection(socket, peer.toString(), this));
    }
}

void IpcServer::adopt(IpcConnection *connection)
{
    m_connections.append(connection);
    const bool local = !connection->peer().remote();
    if (local)
        ++m_localCount;
    connect(connection, &IpcConnection::closed, this,
            [this, local](IpcConnection *c, const QString &reason) {
                m_connections.removeAll(c);
                if (local)
                    --m_localCount;
                emit clientClosed(c->peer().identity(), reason);
            });
    emit clientConnected(connection->peer().identity());
}

void IpcServer::endTokenConnections(const QString &tokenName, const QString &reason)
{
    const auto connections = m_connections;
    for (IpcConnection *c : connections) {
        if (c->peer().remote() && c->helloDone() &&
            c->peer().userName.compare(tokenName, Qt::CaseInsensitive) == 0) {
            c->sendError(-1, ErrorCode::Forbidden, reason);
            c->close(reason);
        }
    }
}

void IpcServer::publish(const QString &event, const QJsonObject &data)
{
    const QJsonObject frame{{"event", event}, {"data", data}};
    const auto connections = m_connections;
    for (IpcConnection *c : connections) {
        if (c->wants(event))
            c->sendFrame(frame);
    }
}

bool IpcServer::hasSubscriber(const QString &event) const
{
    return std::any_of(m_connections.begin(), m_connections.end(),
                       [&event](const IpcConnection *c) { return c->wants(event); });
}

void IpcServer::dispatch(IpcConnection *connection, const IpcRequest &request)
{
    QPointer<IpcConnection> target(connection);
    m_methods.dispatch(request, IpcResponder(
                                    [target](const QByteArray &frame) {
                                        if (target)
                                            target->sendReply(frame);
                                    },
                                    request.id));
}

void IpcServer::refuseLocal(QLocalSocket *socket, const QString &why)
{
    socket->write(IpcFrameReader::encode(
        {{"error", QJsonObject{{"code", ErrorCode::Forbidden}, {"message", why}}}}));
    socket->flush();
    socket->disconnectFromServer();
    if (socket->state() == QLocalSocket::UnconnectedState)
        socket->deleteLater();
    else
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    noteRefusal(why);
}

void IpcServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        if (m_localCount >= MaxLocalConnections) {
            refuseLocal(
                socket,
                QStringLiteral("too many local admin connections (%1)").arg(MaxLocalConnections));
            continue;
        }
        const IpcPeer peer = IpcPeer::fromSocket(
            static_cast<int>(socket->socketDescriptor()),
            IpcPeer::RoleGroups::named(m_adminGroup, m_adminGroup + QStringLiteral("-operator"),
                                       m_adminGroup + QStringLiteral("-auditor")));
        if (!peer.authorized) {
            refuseLocal(socket, peer.refusal);
            continue;
        }
        adopt(new IpcConnection(socket, peer, this));
    }
}

} // namespace keyward::ipc
