#include "ipc/IpcConnection.h"

#include "api/AdminEvent.h"
#include "api/AdminMethod.h"
#include "ipc/IpcProtocol.h"
#include "ipc/IpcRequest.h"
#include "ipc/IpcServer.h"

#include <QAbstractSocket>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace keyward::ipc {

IpcConnection::IpcConnection(QLocalSocket *socket, IpcPeer peer, IpcServer *server)
    : QObject(server), m_socket(socket), m_peer(std::move(peer)), m_server(server)
{
    m_socket->setParent(this);
    socket->setReadBufferSize(ReadBufferSize);
    m_disconnect = [socket] {
        socket->flush();
        socket->disconnectFromServer();
    };
    m_bytesToWrite = [socket] { return socket->bytesToWrite(); };
    connect(socket, &QLocalSocket::disconnected, this,
            [this] { close(QStringLiteral("client disconnected")); });
    start();
}

IpcConnection::IpcConnection(QIODevice *socket, const QString &remoteAddress, IpcServer *server)
    : QObject(server), m_socket(socket), m_needsToken(true), m_server(server)
{
    m_peer.remoteAddress = remoteAddress;
    m_socket->setParent(this);
    auto *tcp = qobject_cast<QAbstractSocket *>(socket);
    tcp->setReadBufferSize(ReadBufferSize);
    m_disconnect = [tcp] {
        tcp->flush();
        tcp->disconnectFromHost();
    };
    m_bytesToWrite = [tcp] { return tcp->bytesToWrite(); };
    connect(tcp, &QAbstractSocket::disconnected, this,
            [this] { close(QStringLiteral("client disconnected")); });
    start();
}

void IpcConnection::start()
{
    m_clock.start();
    m_window.start();
    m_reader.setLimits({BytesPerSecond, FramesPerSecond});
    connect(m_socket, &QIODevice::readyRead, this, &IpcConnection::onReadyRead);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!m_helloDone) {
            m_server->noteRefusal(
                QStringLiteral("%1 did not say hello within %2 ms")
                    .arg(m_peer.remote() ? m_peer.remoteAddress : m_peer.identity())
                    .arg(m_server->deadlines().helloMs));
            close(QStringLiteral("no hello in time"));
        } else {
            close(QStringLiteral("idle"));
        }
    });
    m_deadline.start(m_server->deadlines().helloMs);
}

void IpcConnection::armIdleDeadline()
{
    if (m_subscribed)
        m_deadline.stop(); // a console waiting for events is not idle
    else
        m_deadline.start(m_server->deadlines().idleMs);
}

void IpcConnection::sendFrame(const QJsonObject &object)
{
    sendFrameText(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void IpcConnection::sendFrameText(const QByteArray &frame)
{
    if (m_closing)
        return;
    if (m_bytesToWrite() > MaxUnsentBytes) {
        close(QStringLiteral("client is not reading its replies and events"));
        return;
    }
    // The length, then the text as it is: a large reply is copied once, into the
    // socket's buffer.
    m_socket->write(IpcFrameReader::lengthPrefix(frame.size()));
    m_socket->write(frame);
}

bool IpcConnection::wants(const QString &event) const
{
    return m_subscribed &&
           (m_requestedEvents.contains(event) || !api::Event::onRequest().contains(event));
}

void IpcConnection::sendReply(const QByteArray &frame)
{
    if (m_inFlight > 0)
        --m_inFlight;
    sendFrameText(frame);
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
    m_deadline.stop();
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
    if (m_closing)
        return;
    const qint64 room = m_reader.room(m_clock.elapsed());
    if (room > 0 && m_socket->bytesAvailable() > 0)
        m_reader.append(m_socket->read(std::min<qint64>(room, m_socket->bytesAvailable())));
    QJsonObject frame;
    bool throttled = false;
    while (!m_closing) {
        const auto status = m_reader.next(&frame, m_clock.elapsed());
        if (status == IpcFrameReader::Status::NeedMore)
            break;
        if (status == IpcFrameReader::Status::Throttled) {
            throttled = true;
            break;
        }
        if (status == IpcFrameReader::Status::Error) {
            sendError(-1, ErrorCode::BadRequest, m_reader.errorString());
            close(QStringLiteral("bad frame: ") + m_reader.errorString());
            return;
        }
        handle(frame);
    }
    // Over this second's bytes or frames: read on in the next second. Meanwhile the
    // socket's bounded read buffer fills and the kernel pushes back on the sender.
    if (!m_closing && !m_resumeArmed && (throttled || m_socket->bytesAvailable() > 0)) {
        m_resumeArmed = true;
        QTimer::singleShot(m_reader.msUntilNextSecond(m_clock.elapsed()), this, [this] {
            m_resumeArmed = false;
            onReadyRead();
        });
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
        hello(id, params.toObject());
        return;
    }
    if (!m_helloDone) {
        sendError(id, ErrorCode::HelloRequired,
                  QStringLiteral("send \"hello\" with the protocol version first"));
        return;
    }
    if (m_peer.expiresAt != 0 && QDateTime::currentSecsSinceEpoch() >= m_peer.expiresAt) {
        sendError(id, ErrorCode::Forbidden,
                  QStringLiteral("API token '%1' has expired").arg(m_peer.userName));
        close(QStringLiteral("API token expired"));
        return;
    }
    armIdleDeadline();
    if (method == api::Method::Subscribe) {
        m_subscribed = true;
        m_deadline.stop();
        // The events sent only on request: those of the list that keywardd has.
        m_requestedEvents.clear();
        for (const QJsonValue &e : params.toObject().value("events").toArray()) {
            if (api::Event::onRequest().contains(e.toString()) &&
                !m_requestedEvents.contains(e.toString()) &&
                static_cast<int>(m_peer.role) >=
                    static_cast<int>(api::roleNeededForEvent(e.toString())))
                m_requestedEvents << e.toString();
        }
        sendFrame(
            {{"id", id},
             {"result", QJsonObject{{"events", QJsonArray::fromStringList(m_requestedEvents)}}}});
        return;
    }
    if (m_inFlight >= MaxRequestsInFlight) {
        sendError(id, ErrorCode::RateLimited,
                  QStringLiteral("%1 requests are already waiting for their answers; wait for "
                                 "them first")
                      .arg(MaxRequestsInFlight));
        return;
    }
    ++m_inFlight;
    m_server->dispatch(this, IpcRequest{id, method, params.toObject(), m_peer});
}

void IpcConnection::hello(qint64 id, const QJsonObject &params)
{
    const int major = params.value("major").toInt(-1);
    const int minor = params.value("minor").toInt(0);
    if (major != ProtocolMajor) {
        sendError(id, ErrorCode::VersionMismatch,
                  QStringLiteral("this keywardd speaks admin protocol %1.%2; the client "
                                 "speaks %3.%4. Use a console and keywardctl of the same "
                                 "major version as the server.")
                      .arg(ProtocolMajor)
                      .arg(ProtocolMinor)
                      .arg(major)
                      .arg(minor));
        if (!m_helloDone)
            close(QStringLiteral("hello failed: protocol version %1").arg(major));
        return;
    }
    if (m_needsToken) {
        const api::TokenGrant grant =
            m_server->verifyToken(params.value("token").toString(), m_peer.remoteAddress);
        if (!grant.granted()) {
            sendError(id, ErrorCode::Forbidden, grant.refusal());
            emit m_server->tokenRefused(grant.name, m_peer.remoteAddress, grant.refusal());
            m_server->noteRefusal(
                QStringLiteral("remote client %1: %2").arg(m_peer.remoteAddress, grant.refusal()));
            close(QStringLiteral("no valid API token"));
            return;
        }
        const bool first = !m_helloDone;
        m_peer.userName = grant.name;
        m_peer.role = grant.role;
        m_peer.expiresAt = grant.expiresAt;
        m_peer.authorized = true;
        if (first)
            emit m_server->tokenSignedIn(grant.name, m_peer.remoteAddress, grant.role);
    }
    m_helloDone = true;
    armIdleDeadline();
    sendFrame({{"id", id},
               {"result", QJsonObject{{"major", ProtocolMajor},
                                      {"minor", ProtocolMinor},
                                      {"server", QStringLiteral("keywardd")},
                                      {"identity", m_peer.identity()},
                                      {"role", api::roleName(m_peer.role)},
                                      {"methods", QJsonArray::fromStringList(api::methodsFor(
                                                      m_peer.role, m_peer.channel()))}}}});
}

} // namespace keyward::ipc
