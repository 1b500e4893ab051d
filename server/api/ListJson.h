#pragma once

// A list of value types as a JSON array, each item by its toJson().

#include <QJsonArray>
#include <QList>

namespace keyward::api {

template <typename T> QJsonArray toJsonArray(const QList<T> &items)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(item.toJson());
    return out;
}

} // namespace keyward::api
