#include "ipc/IpcServer.h"

#include "ipc/IpcConnection.h"
#include "ipc/IpcProtocol.h"

#include <QFile>
#include <QLocalSocket>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <cerrno>
#include <cstring>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyward::ipc {

IpcServer::IpcServer(QString adminGroup, QObject *parent)
    : QObject(parent), m_adminGroup(std::move(adminGroup))
{
    connect(&m_server, &QLocalServer::newConnection, this, &IpcServer::onNewConnection);
}

IpcServer::~IpcServer()
{
    m_server.close();
    if (m_tlsServer)
        m_tlsServer->close();
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
    if (!QSslSocket::supportsSsl())
        return fail(ErrorKind::Unavailable,
                    "this Qt has no TLS backend; the remote admin listener needs one");
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(identity.certificate());
    config.setPrivateKey(identity.key());
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients prove themselves with a token
    m_tlsServer = std::make_unique<QSslServer>();
    m_tlsServer->setSslConfiguration(config);
    m_tlsServer->setHandshakeTimeout(10000);
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

std::optional<QString> IpcServer::verifyToken(const QString &token) const
{
    return m_tokenVerifier ? m_tokenVerifier(token) : std::nullopt;
}

void IpcServer::onNewTlsConnection()
{
    while (QTcpSocket *socket = m_tlsServer->nextPendingConnection()) {
        if (m_connections.size() >= MaxConnections) {
            socket->abort();
            socket->deleteLater();
            emit clientRefused(
                QStringLiteral("too many admin connections (%1)").arg(MaxConnections));
            continue;
        }
        adopt(new IpcConnection(socket, socket->peerAddress().toString(), this));
    }
}

void IpcServer::adopt(IpcConnection *connection)
{
    m_connections.append(connection);
    connect(connection, &IpcConnection::closed, this,
            [this](IpcConnection *c, const QString &reason) {
                m_connections.removeAll(c);
                emit clientClosed(c->peer().identity(), reason);
            });
    emit clientConnected(connection->peer().identity());
}

void IpcServer::publish(const QString &event, const QJsonObject &data)
{
    const QJsonObject frame{{"event", event}, {"data", data}};
    const auto connections = m_connections;
    for (IpcConnection *c : connections) {
        if (c->subscribed())
            c->sendFrame(frame);
    }
}

void IpcServer::dispatch(IpcConnection *connection, const IpcRequest &request)
{
    QPointer<IpcConnection> target(connection);
    m_methods.dispatch(request, IpcResponder(
                                    [target](const QJsonObject &frame) {
                                        if (target)
                                            target->sendFrame(frame);
                                    },
                                    request.id));
}

void IpcServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        IpcPeer peer =
            IpcPeer::fromSocket(static_cast<int>(socket->socketDescriptor()), m_adminGroup);
        if (!peer.authorized || m_connections.size() >= MaxConnections) {
            const QString why =
                !peer.authorized
                    ? peer.refusal
                    : QStringLiteral("too many admin connections (%1)").arg(MaxConnections);
            socket->write(IpcFrameReader::encode(
                {{"error", QJsonObject{{"code", ErrorCode::Forbidden}, {"message", why}}}}));
            socket->flush();
            socket->disconnectFromServer();
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            emit clientRefused(why);
            continue;
        }
        adopt(new IpcConnection(socket, peer, this));
    }
}

} // namespace keyward::ipc
