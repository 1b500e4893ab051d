#include "ipc/IpcClient.h"

#include "api/AdminMethod.h"
#include "ipc/IpcProtocol.h"

#include <QJsonArray>

namespace keyward::ipc {

IpcClient::IpcClient(QString clientName, QObject *parent)
    : QObject(parent), m_clientName(std::move(clientName))
{
    connect(&m_local, &QLocalSocket::connected, this, &IpcClient::onConnected);
    connect(&m_local, &QLocalSocket::readyRead, this, &IpcClient::onReadyRead);
    connect(&m_local, &QLocalSocket::disconnected, this, &IpcClient::onDisconnected);
    connect(&m_local, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError e) {
        if (m_state != State::Connecting)
            return;
        // Say what the admin can do about it, not what the socket layer saw.
        QString why;
        switch (e) {
        case QLocalSocket::ServerNotFoundError:
            why = QStringLiteral("keywardd is not running (there is no socket at %1)").arg(m_path);
            break;
        case QLocalSocket::ConnectionRefusedError:
            why = QStringLiteral("keywardd is not accepting connections at %1").arg(m_path);
            break;
        case QLocalSocket::SocketAccessError:
            why = QStringLiteral("no permission to use %1: the account must be root or in the "
                                 "keyward group")
                      .arg(m_path);
            break;
        default:
            why = QStringLiteral("cannot reach keywardd at %1: %2")
                      .arg(m_path, m_local.errorString());
            break;
        }
        emit connectionError(why);
        setState(State::Disconnected);
    });
    connect(&m_tls, &QSslSocket::encrypted, this, &IpcClient::onConnected);
    connect(&m_tls, &QSslSocket::readyRead, this, &IpcClient::onReadyRead);
    connect(&m_tls, &QSslSocket::disconnected, this, &IpcClient::onDisconnected);
    connect(&m_tls, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Self-signed is expected: the pinned fingerprint is what we trust.
        const QString seen = presentedFingerprint();
        if (seen.compare(m_fingerprint, Qt::CaseInsensitive) == 0)
            m_tls.ignoreSslErrors(errors);
        else
            refuseCertificate(seen);
    });
    connect(&m_tls, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_state == State::Connecting) {
            emit connectionError(
                QStringLiteral("cannot reach keywardd at %1: %2").arg(m_path, m_tls.errorString()));
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
    m_hello = {};
    m_device = &m_local;
    m_reader = IpcFrameReader(MaxReplyFrameSize);
    setState(State::Connecting);
    m_local.connectToServer(path);
}

void IpcClient::connectToTls(const QString &host, quint16 port, const QString &fingerprint,
                             const QString &token)
{
    m_path = QStringLiteral("%1:%2").arg(host).arg(port);
    m_hello = {};
    m_device = &m_tls;
    m_fingerprint = fingerprint;
    m_token = token;
    m_reader = IpcFrameReader(MaxReplyFrameSize);
    setState(State::Connecting);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_tls.connectToHostEncrypted(host, port);
}

void IpcClient::write(const QByteArray &bytes)
{
    m_device->write(bytes);
}

void IpcClient::disconnectFromServer()
{
    if (m_device == &m_local) {
        m_local.disconnectFromServer();
        if (m_local.state() == QLocalSocket::UnconnectedState)
            onDisconnected();
    } else {
        m_tls.disconnectFromHost();
        if (m_tls.state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    }
}

QString IpcClient::presentedFingerprint() const
{
    return QString::fromLatin1(
        m_tls.peerCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

void IpcClient::refuseCertificate(const QString &presented)
{
    emit certificateMismatch(m_fingerprint, presented);
    emit connectionError(QStringLiteral("keywardd at %1 presented certificate %2, not the pinned "
                                        "%3; refusing to connect (if the server's certificate "
                                        "was replaced, pin the new fingerprint)")
                             .arg(m_path, presented, m_fingerprint));
    // After a finished handshake only its last records can be waiting (nothing of ours
    // was written); let them go so the server sees the handshake end and then the
    // close. During the handshake (sslErrors) a flush would resume it: just abort.
    if (m_tls.isEncrypted())
        m_tls.flush();
    m_tls.abort();
    setState(State::Disconnected);
}

void IpcClient::onConnected()
{
    // A certificate that a trusted CA signed raises no sslErrors: the pin is checked
    // here too, before the token goes out.
    if (m_device == &m_tls) {
        const QString seen = presentedFingerprint();
        if (m_tls.peerCertificate().isNull() ||
            seen.compare(m_fingerprint, Qt::CaseInsensitive) != 0) {
            refuseCertificate(seen);
            return;
        }
    }
    setState(State::Handshaking);
    QJsonObject hello{{"major", ProtocolMajor}, {"minor", ProtocolMinor}, {"client", m_clientName}};
    if (m_device == &m_tls)
        hello.insert("token", m_token); // who we are to a remote keywardd
    send(
        m_nextId++, api::Method::Hello, hello,
        [this](const IpcReply &reply) {
            if (!reply.ok) {
                emit connectionError(reply.errorMessage);
                disconnectFromServer();
                return;
            }
            m_identity = reply.result.value("identity").toString();
            m_hello = reply.result;
            m_role = reply.result.value("role").toString();
            const QJsonValue methods = reply.result.value("methods");
            m_methodsKnown = methods.isArray();
            m_methods.clear();
            for (const QJsonValue &m : methods.toArray())
                m_methods << m.toString();
            setState(State::Ready);
            emit ready();
        },
        10000);
}

bool IpcClient::mayCall(const QString &method) const
{
    return !m_methodsKnown || m_methods.contains(method);
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
    write(IpcFrameReader::encode({{"id", id}, {"method", method}, {"params", params}}));
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
    m_reader.append(m_device->readAll());
    QJsonObject frame;
    for (;;) {
        const auto status = m_reader.next(&frame);
        if (status == IpcFrameReader::Status::NeedMore ||
            status == IpcFrameReader::Status::Throttled) // no limits here: never throttled
            return;
        if (status == IpcFrameReader::Status::Error) {
            emit connectionError(QStringLiteral("keywardd sent a bad frame: ") +
                                 m_reader.errorString());
            if (m_device == &m_local)
                m_local.abort();
            else
                m_tls.abort();
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
