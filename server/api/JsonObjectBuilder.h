#pragma once

// A QJsonObject built with JsonWriter's field() and object() calls, so that one
// function template describes a message both as a QJsonObject and as JSON text.

#include <QJsonObject>
#include <QString>

namespace keyward::api {

class JsonObjectBuilder
{
public:
    template <typename T> void field(const char *name, const T &v)
    {
        m_object.insert(QLatin1String(name), v);
    }
    template <typename Fill> void object(const char *name, Fill fill)
    {
        JsonObjectBuilder inner;
        fill(inner);
        m_object.insert(QLatin1String(name), inner.m_object);
    }

    QJsonObject take() { return std::move(m_object); }

private:
    QJsonObject m_object;
};

} // namespace keyward::api
