#include "ipc/IpcRequest.h"

#include "api/JsonWriter.h"
#include "ipc/IpcProtocol.h"

#include <QJsonDocument>

namespace keyward::ipc {

IpcResponder::IpcResponder(Sink sink, qint64 id)
    : m_sink(std::move(sink)), m_id(id), m_answered(std::make_shared<bool>(false))
{}

void IpcResponder::result(const QJsonObject &result) const
{
    if (*m_answered || !m_sink)
        return;
    *m_answered = true;
    m_sink(QJsonDocument(QJsonObject{{"id", m_id}, {"result", result}})
               .toJson(QJsonDocument::Compact));
}

void IpcResponder::resultWritten(const std::function<void(api::JsonWriter &out)> &fill) const
{
    if (*m_answered || !m_sink)
        return;
    *m_answered = true;
    api::JsonWriter out;
    out.beginObject();
    out.field("id", m_id);
    out.key("result");
    fill(out);
    out.endObject();
    m_sink(out.take());
}

void IpcResponder::error(const QString &code, const QString &message) const
{
    if (*m_answered || !m_sink)
        return;
    *m_answered = true;
    m_sink(QJsonDocument(QJsonObject{{"id", m_id},
                                     {"error", QJsonObject{{"code", code}, {"message", message}}}})
               .toJson(QJsonDocument::Compact));
}

void IpcResponder::error(const Error &error) const
{
    this->error(errorCodeFor(error.kind), QString::fromStdString(error.message));
}

} // namespace keyward::ipc
