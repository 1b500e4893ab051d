#include "ipc/IpcClient.h"

#include "ipc/IpcProtocol.h"

namespace keyward::ipc {

IpcClient::IpcClient(QString clientName, QObject *parent)
    : QObject(parent), m_clientName(std::move(clientName))
{
    connect(&m_socket, &QLocalSocket::connected, this, &IpcClient::onConnected);
    connect(&m_socket, &QLocalSocket::readyRead, this, &IpcClient::onReadyRead);
    connect(&m_socket, &QLocalSocket::disconnected, this, &IpcClient::onDisconnected);
    connect(&m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
        if (m_state == State::Connecting) {
            emit connectionError(QStringLiteral("cannot reach keywardd at %1: %2")
                                     .arg(m_path, m_socket.errorString()));
            setState(State::Disconnected);
        }
    });
}

IpcClient::~IpcClient()
{
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending)
        delete p.timer;
}

void IpcClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void IpcClient::connectTo(const QString &path)
{
    m_path = path;
    m_reader = IpcFrameReader();
    setState(State::Connecting);
    m_socket.connectToServer(path);
}

void IpcClient::disconnectFromServer()
{
    m_socket.disconnectFromServer();
    if (m_socket.state() == QLocalSocket::UnconnectedState)
        onDisconnected();
}

void IpcClient::onConnected()
{
    setState(State::Handshaking);
    send(
        m_nextId++, QStringLiteral("hello"),
        {{"major", ProtocolMajor}, {"minor", ProtocolMinor}, {"client", m_clientName}},
        [this](const IpcReply &reply) {
            if (!reply.ok) {
                emit connectionError(reply.errorMessage);
                m_socket.disconnectFromServer();
                return;
            }
            m_identity = reply.result.value("identity").toString();
            setState(State::Ready);
            emit ready();
        },
        10000);
}

void IpcClient::call(const QString &method, const QJsonObject &params, Callback callback,
                     int timeoutMs)
{
    if (m_state != State::Ready) {
        callback(IpcReply::failure(ErrorCode::Disconnected,
                                   QStringLiteral("not connected to keywardd")));
        return;
    }
    send(m_nextId++, method, params, std::move(callback), timeoutMs);
}

void IpcClient::send(qint64 id, const QString &method, const QJsonObject &params, Callback callback,
                     int timeoutMs)
{
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id, method, timeoutMs] {
        finish(id, IpcReply::failure(ErrorCode::Timeout,
                                     QStringLiteral("keywardd did not answer '%1' within %2 s")
                                         .arg(method)
                                         .arg(timeoutMs / 1000.0)));
    });
    m_pending.insert(id, Pending{std::move(callback), timer});
    timer->start(timeoutMs);
    m_socket.write(IpcFrameReader::encode({{"id", id}, {"method", method}, {"params", params}}));
}

void IpcClient::finish(qint64 id, const IpcReply &reply)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // late reply after a timeout
    Pending pending = it.value();
    m_pending.erase(it);
    pending.timer->deleteLater();
    pending.callback(reply);
}

void IpcClient::onReadyRead()
{
    m_reader.append(m_socket.readAll());
    QJsonObject frame;
    for (;;) {
        const auto status = m_reader.next(&frame);
        if (status == IpcFrameReader::Status::NeedMore)
            return;
        if (status == IpcFrameReader::Status::Error) {
            emit connectionError(QStringLiteral("keywardd sent a bad frame: ") +
                                 m_reader.errorString());
            m_socket.abort();
            onDisconnected();
            return;
        }
        if (frame.contains("event")) {
            emit eventReceived(frame.value("event").toString(), frame.value("data").toObject());
            continue;
        }
        const QJsonObject error = frame.value("error").toObject();
        if (!frame.contains("id")) {
            // A refusal before any request (e.g. not in the keyward group).
            emit connectionError(error.value("message").toString());
            continue;
        }
        const qint64 id = frame.value("id").toInteger();
        if (frame.contains("error"))
            finish(id, IpcReply::failure(error.value("code").toString(),
                                         error.value("message").toString()));
        else
            finish(id, IpcReply{true, frame.value("result").toObject(), {}, {}});
    }
}

void IpcClient::onDisconnected()
{
    if (m_state == State::Disconnected && m_pending.isEmpty())
        return;
    setState(State::Disconnected);
    failAll(ErrorCode::Disconnected, QStringLiteral("the connection to keywardd was lost"));
}

void IpcClient::failAll(const QString &code, const QString &message)
{
    const auto ids = m_pending.keys();
    for (qint64 id : ids)
        finish(id, IpcReply::failure(code, message));
}

} // namespace keyward::ipc
