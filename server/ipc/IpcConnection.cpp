#include "ipc/IpcConnection.h"

#include "api/AdminMethod.h"
#include "ipc/IpcProtocol.h"
#include "ipc/IpcRequest.h"
#include "ipc/IpcServer.h"

#include <QAbstractSocket>
#include <QJsonValue>

namespace keyward::ipc {

IpcConnection::IpcConnection(QLocalSocket *socket, IpcPeer peer, IpcServer *server)
    : QObject(server), m_socket(socket), m_peer(std::move(peer)), m_server(server)
{
    m_socket->setParent(this);
    m_window.start();
    m_disconnect = [socket] {
        socket->flush();
        socket->disconnectFromServer();
    };
    m_bytesToWrite = [socket] { return socket->bytesToWrite(); };
    connect(m_socket, &QIODevice::readyRead, this, &IpcConnection::onReadyRead);
    connect(socket, &QLocalSocket::disconnected, this,
            [this] { close(QStringLiteral("client disconnected")); });
}

IpcConnection::IpcConnection(QIODevice *socket, const QString &remoteAddress, IpcServer *server)
    : QObject(server), m_socket(socket), m_needsToken(true), m_server(server)
{
    m_peer.remoteAddress = remoteAddress;
    m_socket->setParent(this);
    m_window.start();
    auto *tcp = qobject_cast<QAbstractSocket *>(socket);
    m_disconnect = [tcp] {
        tcp->flush();
        tcp->disconnectFromHost();
    };
    m_bytesToWrite = [tcp] { return tcp->bytesToWrite(); };
    connect(m_socket, &QIODevice::readyRead, this, &IpcConnection::onReadyRead);
    connect(tcp, &QAbstractSocket::disconnected, this,
            [this] { close(QStringLiteral("client disconnected")); });
}

void IpcConnection::sendFrame(const QJsonObject &object)
{
    if (m_closing)
        return;
    if (m_bytesToWrite() > MaxUnsentBytes) {
        close(QStringLiteral("client is not reading its replies and events"));
        return;
    }
    m_socket->write(IpcFrameReader::encode(object));
}

void IpcConnection::sendError(qint64 id, const QString &code, const QString &message)
{
    QJsonObject frame{{"error", QJsonObject{{"code", code}, {"message", message}}}};
    if (id >= 0)
        frame.insert("id", id);
    sendFrame(frame);
}

void IpcConnection::close(const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_disconnect();
    emit closed(this, reason);
    deleteLater();
}

bool IpcConnection::admitRequest()
{
    if (m_window.elapsed() >= 1000) {
        m_window.restart();
        m_requestsInWindow = 0;
    }
    return ++m_requestsInWindow <= RequestsPerSecond;
}

void IpcConnection::onReadyRead()
{
    m_reader.append(m_socket->readAll());
    QJsonObject frame;
    while (!m_closing) {
        const auto status = m_reader.next(&frame);
        if (status == IpcFrameReader::Status::NeedMore)
            return;
        if (status == IpcFrameReader::Status::Error) {
            sendError(-1, ErrorCode::BadRequest, m_reader.errorString());
            close(QStringLiteral("bad frame: ") + m_reader.errorString());
            return;
        }
        handle(frame);
    }
}

void IpcConnection::handle(const QJsonObject &frame)
{
    const QJsonValue idValue = frame.value("id");
    if (!idValue.isDouble() || idValue.toDouble() < 0 ||
        idValue.toDouble() != static_cast<double>(idValue.toInteger())) {
        sendError(-1, ErrorCode::BadRequest,
                  QStringLiteral("every request needs a non-negative integer \"id\""));
        return;
    }
    const qint64 id = idValue.toInteger();
    if (!admitRequest()) {
        sendError(
            id, ErrorCode::RateLimited,
            QStringLiteral("more than %1 requests in a second; slow down").arg(RequestsPerSecond));
        return;
    }
    const QString method = frame.value("method").toString();
    if (method.isEmpty()) {
        sendError(id, ErrorCode::BadRequest, QStringLiteral("the request has no \"method\""));
        return;
    }
    const QJsonValue params = frame.value("params");
    if (!params.isUndefined() && !params.isObject()) {
        sendError(id, ErrorCode::InvalidParams, QStringLiteral("\"params\" must be an object"));
        return;
    }
    if (method == api::Method::Hello) {
        const int major = params.toObject().value("major").toInt(-1);
        const int minor = params.toObject().value("minor").toInt(0);
        if (major != ProtocolMajor) {
            sendError(id, ErrorCode::VersionMismatch,
                      QStringLiteral("this keywardd speaks admin protocol %1.%2; the client "
                                     "speaks %3.%4. Use a console and keywardctl of the same "
                                     "major version as the server.")
                          .arg(ProtocolMajor)
                          .arg(ProtocolMinor)
                          .arg(major)
                          .arg(minor));
            return;
        }
        if (m_needsToken) {
            const auto name = m_server->verifyToken(params.toObject().value("token").toString());
            if (!name) {
                sendError(id, ErrorCode::Forbidden,
                          QStringLiteral("a valid API token is needed; create one on the server "
                                         "with: keywardctl token create NAME"));
                emit m_server->clientRefused(
                    QStringLiteral("remote client %1 without a valid token")
                        .arg(m_peer.remoteAddress));
                close(QStringLiteral("no valid API token"));
                return;
            }
            m_peer.userName = *name;
            m_peer.authorized = true;
        }
        m_helloDone = true;
        sendFrame({{"id", id},
                   {"result", QJsonObject{{"major", ProtocolMajor},
                                          {"minor", ProtocolMinor},
                                          {"server", QStringLiteral("keywardd")},
                                          {"identity", m_peer.identity()}}}});
        return;
    }
    if (!m_helloDone) {
        sendError(id, ErrorCode::HelloRequired,
                  QStringLiteral("send \"hello\" with the protocol version first"));
        return;
    }
    if (method == api::Method::Subscribe) {
        m_subscribed = true;
        sendFrame({{"id", id}, {"result", QJsonObject{}}});
        return;
    }
    m_server->dispatch(this, IpcRequest{id, method, params.toObject(), m_peer});
}

} // namespace keyward::ipc
