#pragma once

// The daemon's side of one admin client: reads frames, enforces hello-first, its
// deadlines and a request rate, dispatches to the server's methods, and writes
// replies and events. A hostile client (oversized or malformed frames, floods, never
// reading, never saying hello) loses its own connection and nothing else.
//
// Deadlines: hello within helloMs of connecting (a failed hello closes at once);
// then, unless it subscribed to events, a connection that sends nothing for idleMs
// is closed. Bytes and frames are counted per second before any JSON is parsed;
// at most MaxRequestsInFlight requests wait for their answers, and at most
// MaxUnsentBytes wait to be sent.

#include "ipc/IpcFrameReader.h"
#include "ipc/IpcPeer.h"

#include <QElapsedTimer>
#include <QLocalSocket>
#include <QObject>
#include <QStringList>
#include <QTimer>
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
    // Counted before parsing: a bit above the request rate, so that requests over
    // the rate still get their rate-limited answer, and room for a maximum frame.
    static constexpr int FramesPerSecond = 400;
    static constexpr qint64 BytesPerSecond = 4 * 1024 * 1024;
    static constexpr int MaxRequestsInFlight = 64;
    // What Qt buffers from the socket before we read it.
    static constexpr qint64 ReadBufferSize = 256 * 1024;

    // A local client, authorized by its peer credentials already.
    IpcConnection(QLocalSocket *socket, IpcPeer peer, IpcServer *server);
    // A TLS client: its hello must carry a valid API token.
    IpcConnection(QIODevice *socket, const QString &remoteAddress, IpcServer *server);

    const IpcPeer &peer() const { return m_peer; }
    bool subscribed() const { return m_subscribed; }
    // Whether it gets this event (those sent on request only if it asked for them).
    bool wants(const QString &event) const;
    bool helloDone() const { return m_helloDone; }
    void sendFrame(const QJsonObject &object);
    void sendFrameText(const QByteArray &frame);
    // The answer to a request this connection dispatched.
    void sendReply(const QByteArray &frame);
    void sendError(qint64 id, const QString &code, const QString &message);
    void close(const QString &reason);

signals:
    void closed(keyward::ipc::IpcConnection *connection, const QString &reason);

private:
    void start();
    void onReadyRead();
    void handle(const QJsonObject &frame);
    void hello(qint64 id, const QJsonObject &params);
    bool admitRequest();
    void armIdleDeadline();

    QIODevice *m_socket;
    std::function<void()> m_disconnect;
    std::function<qint64()> m_bytesToWrite;
    bool m_needsToken = false;
    IpcPeer m_peer;
    IpcServer *m_server;
    IpcFrameReader m_reader;
    bool m_helloDone = false;
    bool m_subscribed = false;
    QStringList m_requestedEvents;
    bool m_closing = false;
    bool m_resumeArmed = false;
    int m_inFlight = 0;
    QElapsedTimer m_clock;
    QElapsedTimer m_window;
    int m_requestsInWindow = 0;
    QTimer m_deadline;
};

} // namespace keyward::ipc
