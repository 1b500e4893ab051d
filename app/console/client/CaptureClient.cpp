#include "client/CaptureClient.h"

#include "api/AdminEvent.h"
#include "api/AdminMethod.h"
#include "client/ServerConnection.h"

namespace keyward::console {

namespace {

template <typename T> ServerConnection::Callback reader(CaptureClient::Reply<T> done)
{
    return [done = std::move(done)](const ipc::IpcReply &reply) {
        if (!reply.ok)
            return done(fail(ErrorKind::Unavailable, reply.errorMessage.toStdString()));
        done(T::fromJson(reply.result));
    };
}

} // namespace

CaptureClient::CaptureClient(ServerConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{
    connect(connection, &ServerConnection::eventReceived, this, &CaptureClient::onEvent);
}

bool CaptureClient::feedAvailable() const
{
    return m_connection && m_connection->receives(api::Event::CapturePackets);
}

void CaptureClient::onEvent(const QString &event, const QJsonObject &data)
{
    if (event == api::Event::CapturePackets) {
        if (auto e = api::CapturePacketsEvent::fromJson(data))
            emit packetsArrived(*e);
    } else if (event == api::Event::CaptureChanged) {
        if (auto info = api::CaptureInfo::fromJson(data))
            emit captureChanged(*info);
    }
}

void CaptureClient::start(const api::CaptureStartParams &params, Reply<api::CaptureInfo> done)
{
    if (m_connection)
        m_connection->call(api::Method::CaptureStart, params.toJson(), reader(std::move(done)));
}

void CaptureClient::stop(Reply<api::CaptureInfo> done)
{
    if (m_connection)
        m_connection->call(api::Method::CaptureStop, {}, reader(std::move(done)));
}

void CaptureClient::list(Reply<api::CaptureListResult> done)
{
    if (m_connection)
        m_connection->call(api::Method::CaptureList, {}, reader(std::move(done)));
}

void CaptureClient::packet(int id, qint64 number, Reply<api::CapturePacketData> done)
{
    if (m_connection)
        m_connection->call(api::Method::CapturePacket,
                           api::CapturePacketParams{id, number}.toJson(), reader(std::move(done)));
}

void CaptureClient::analysis(int id, Reply<QJsonObject> done)
{
    if (!m_connection)
        return;
    m_connection->call(
        api::Method::CaptureAnalysis, api::CaptureRef{id}.toJson(),
        [done = std::move(done)](const ipc::IpcReply &reply) {
            if (!reply.ok)
                return done(fail(ErrorKind::Unavailable, reply.errorMessage.toStdString()));
            done(reply.result.value(QStringLiteral("analysis")).toObject());
        },
        120000);
}

void CaptureClient::download(int id, Reply<QByteArray> done)
{
    downloadFrom(id, 0, std::make_shared<QByteArray>(), std::move(done));
}

void CaptureClient::downloadFrom(int id, qint64 offset, std::shared_ptr<QByteArray> data,
                                 Reply<QByteArray> done)
{
    if (!m_connection)
        return;
    QPointer<CaptureClient> self(this);
    m_connection->call(
        api::Method::CaptureDownload, api::CaptureDownloadParams{id, offset}.toJson(),
        [self, id, data, done](const ipc::IpcReply &reply) {
            if (!reply.ok)
                return done(fail(ErrorKind::Unavailable, reply.errorMessage.toStdString()));
            auto chunk = api::CaptureChunk::fromJson(reply.result);
            if (!chunk)
                return done(chunk.error());
            if (chunk->size > MaxDownload)
                return done(fail(ErrorKind::Unavailable,
                                 "the capture is too large to open here; download "
                                 "it with keywardctl capture download"));
            data->append(chunk->data);
            if (chunk->done || chunk->data.isEmpty() || !self)
                return done(*data);
            self->downloadFrom(id, data->size(), data, done);
        });
}

} // namespace keyward::console
