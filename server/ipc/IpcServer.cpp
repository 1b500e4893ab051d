#include "ipc/IpcServer.h"

#include "ipc/IpcConnection.h"
#include "ipc/IpcProtocol.h"

#include <QFile>
#include <QLocalSocket>
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
}

bool IpcServer::listen(const QString &path, QString *error)
{
    QLocalServer::removeServer(path);
    // Owner and group only, from the first moment the socket exists.
    m_server.setSocketOptions(QLocalServer::UserAccessOption | QLocalServer::GroupAccessOption);
    if (!m_server.listen(path)) {
        *error = QStringLiteral("cannot listen on %1: %2").arg(path, m_server.errorString());
        return false;
    }
    m_path = path;
    const QByteArray native = QFile::encodeName(path);
    if (group *g = ::getgrnam(m_adminGroup.toLocal8Bit().constData())) {
        if (::chown(native.constData(), static_cast<uid_t>(-1), g->gr_gid) < 0) {
            *error = QStringLiteral("cannot give %1 to group '%2': %3")
                         .arg(path, m_adminGroup, QString::fromLocal8Bit(strerror(errno)));
            m_server.close();
            return false;
        }
    }
    if (::chmod(native.constData(), 0660) < 0) {
        *error = QStringLiteral("cannot set mode 0660 on %1").arg(path);
        m_server.close();
        return false;
    }
    return true;
}

void IpcServer::addMethod(const QString &name, Handler handler)
{
    m_methods.insert(name, std::move(handler));
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
    const auto it = m_methods.constFind(request.method);
    if (it == m_methods.constEnd()) {
        connection->sendError(request.id, ErrorCode::UnknownMethod,
                              QStringLiteral("no method named '%1'").arg(request.method));
        return;
    }
    it.value()(request, IpcResponder(connection, request.id));
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
        auto *connection = new IpcConnection(socket, peer, this);
        m_connections.append(connection);
        connect(connection, &IpcConnection::closed, this,
                [this](IpcConnection *c, const QString &reason) {
                    m_connections.removeAll(c);
                    emit clientClosed(c->peer().identity(), reason);
                });
        emit clientConnected(peer.identity());
    }
}

} // namespace keyward::ipc
