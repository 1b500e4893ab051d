#pragma once

// The TLS listener for remote consoles: a QSslServer that asks before it spends
// anything on a new connection. Each accepted socket is first offered to `admit`
// with its peer address (a refused one is closed before any TLS work); an admitted
// one holds its place until its socket is gone (`released` is called then), whether
// the handshake timed out, failed or the admin connection it became was closed. A
// handshake that has not finished within the handshake timeout is cut.

#include <QHostAddress>
#include <QSslServer>
#include <functional>

namespace keyward::ipc {

class IpcTlsServer : public QSslServer
{
    Q_OBJECT

public:
    using Admit = std::function<bool(const QHostAddress &peer)>;
    using Released = std::function<void(const QHostAddress &peer)>;

    IpcTlsServer(Admit admit, Released released, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    Admit m_admit;
    Released m_released;
    QObject m_releases; // the receiver of the sockets' destroyed()
};

} // namespace keyward::ipc
