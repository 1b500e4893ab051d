#pragma once

// The console's side of the capture API: start and stop a capture on the server,
// list captures, fetch one packet's bytes, a capture's analysis or the whole
// capture (in chunks), and the live feed of packet summaries as signals. Models and
// the Captures page use it; it is the only console code that names the capture
// methods and events.

#include "api/CaptureMessages.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

namespace keyward::console {

class ServerConnection;

class CaptureClient : public QObject
{
    Q_OBJECT

public:
    // The largest capture the console downloads into memory.
    static constexpr qint64 MaxDownload = 512ll * 1024 * 1024;

    template <typename T> using Reply = std::function<void(const Result<T> &)>;

    explicit CaptureClient(ServerConnection *connection, QObject *parent = nullptr);

    void start(const api::CaptureStartParams &params, Reply<api::CaptureInfo> done);
    void stop(Reply<api::CaptureInfo> done);
    void list(Reply<api::CaptureListResult> done);
    void packet(int id, qint64 number, Reply<api::CapturePacketData> done);
    void analysis(int id, Reply<QJsonObject> done);
    void download(int id, Reply<QByteArray> done);
    // Whether this connection gets the live feed (admin role, a keywardd that has it).
    bool feedAvailable() const;

signals:
    void packetsArrived(const keyward::api::CapturePacketsEvent &event);
    void captureChanged(const keyward::api::CaptureInfo &info);

private:
    void onEvent(const QString &event, const QJsonObject &data);
    void downloadFrom(int id, qint64 offset, std::shared_ptr<QByteArray> data,
                      Reply<QByteArray> done);

    QPointer<ServerConnection> m_connection;
};

} // namespace keyward::console
