#include "ipc/IpcTlsServer.h"

#include <QPointer>
#include <QSslSocket>
#include <QTimer>
#include <sys/socket.h>
#include <unistd.h>

namespace keyward::ipc {

namespace {

QHostAddress peerOf(qintptr descriptor)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(static_cast<int>(descriptor), reinterpret_cast<sockaddr *>(&address),
                      &length) < 0)
        return {};
    QHostAddress peer(reinterpret_cast<const sockaddr *>(&address));
    bool v4 = false;
    const quint32 ip = peer.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip) : peer;
}

} // namespace

IpcTlsServer::IpcTlsServer(Admit admit, Released released, QObject *parent)
    : QSslServer(parent), m_admit(std::move(admit)), m_released(std::move(released))
{}

void IpcTlsServer::incomingConnection(qintptr descriptor)
{
    const QHostAddress peer = peerOf(descriptor);
    if (peer.isNull() || !m_admit(peer)) {
        ::close(static_cast<int>(descriptor));
        return;
    }
    QSslServer::incomingConnection(descriptor);
    // QSslServer made a QSslSocket of it (a child of ours), unless it could not.
    QSslSocket *socket = nullptr;
    const auto children = findChildren<QSslSocket *>(Qt::FindDirectChildrenOnly);
    for (QSslSocket *child : children) {
        if (child->socketDescriptor() == descriptor) {
            socket = child;
            break;
        }
    }
    if (!socket) {
        m_released(peer);
        return;
    }
    // The place is held until the socket is gone, wherever it is by then. Not
    // connected with this server as the receiver: QSslServer drops every connection
    // from a socket to itself once the handshake is done.
    Released released = m_released;
    connect(socket, &QObject::destroyed, &m_releases, [released, peer] { released(peer); });
    // QSslServer cuts a slow handshake; this makes sure of it whatever Qt's version does.
    QPointer<QSslSocket> guarded(socket);
    QTimer::singleShot(handshakeTimeout() + 500, socket, [guarded] {
        if (guarded && !guarded->isEncrypted()) {
            guarded->abort();
            guarded->deleteLater();
        }
    });
}

} // namespace keyward::ipc
