#pragma once

// The daemon's side of one admin client: reads frames, enforces hello-first and a
// request rate, dispatches to the server's methods, and writes replies and events.
// A hostile client (oversized or malformed frames, floods, never reading) loses its
// own connection and nothing else.

#include "ipc/IpcFrameReader.h"
#include "ipc/IpcPeer.h"

#include <QElapsedTimer>
#include <QLocalSocket>
#include <QObject>
#include <functional>

namespace keyward::ipc {

class IpcServer;

class IpcConnection : public QObject
{
    Q_OBJECT

public:
    // A console that stops reading is dropped once this much is waiting for it;
    // room for a few session lists of the largest servers.
    static constexpr qint64 MaxUnsentBytes = 32 * 1024 * 1024;
    static constexpr int RequestsPerSecond = 200;

    // A local client, authorized by its peer credentials already.
    IpcConnection(QLocalSocket *socket, IpcPeer peer, IpcServer *server);
    // A TLS client: its hello must carry a valid API token.
    IpcConnection(QIODevice *socket, const QString &remoteAddress, IpcServer *server);

    const IpcPeer &peer() const { return m_peer; }
    bool subscribed() const { return m_subscribed; }
    void sendFrame(const QJsonObject &object);
    void sendError(qint64 id, const QString &code, const QString &message);
    void close(const QString &reason);

signals:
    void closed(IpcConnection *connection, const QString &reason);

private:
    void onReadyRead();
    void handle(const QJsonObject &frame);
    bool admitRequest();

    QIODevice *m_socket;
    std::function<void()> m_disconnect;
    std::function<qint64()> m_bytesToWrite;
    bool m_needsToken = false;
    IpcPeer m_peer;
    IpcServer *m_server;
    IpcFrameReader m_reader;
    bool m_helloDone = false;
    bool m_subscribed = false;
    bool m_closing = false;
    QElapsedTimer m_window;
    int m_requestsInWindow = 0;
};

} // namespace keyward::ipc
