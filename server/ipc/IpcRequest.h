#pragma once

// One admin API request as a method handler sees it, with a responder that sends
// exactly one reply — now or later — and does nothing if the client has gone.

#include "common/Result.h"
#include "ipc/IpcPeer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>

namespace keyward::api {
class JsonWriter;
}

namespace keyward::ipc {

class IpcResponder
{
public:
    // Where the reply frame goes, as its compact JSON text; the IPC server gives one
    // that does nothing once the client has gone, a test gives one that keeps the frame.
    using Sink = std::function<void(const QByteArray &frame)>;

    IpcResponder(Sink sink, qint64 id);
    void result(const QJsonObject &result = {}) const;
    // A result written straight into the reply's text by `fill` (which writes one JSON
    // value): large replies without a QJsonObject or a copy in between.
    void resultWritten(const std::function<void(api::JsonWriter &out)> &fill) const;
    void error(const QString &code, const QString &message) const;
    // An error value: its kind gives the error code (see errorCodeFor), its message
    // the text.
    void error(const Error &error) const;

private:
    Sink m_sink;
    qint64 m_id;
    std::shared_ptr<bool> m_answered;
};

struct IpcRequest
{
    qint64 id = 0;
    QString method;
    QJsonObject params;
    IpcPeer peer;
};

} // namespace keyward::ipc
