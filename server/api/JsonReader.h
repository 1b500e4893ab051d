#pragma once

// Reads the fields of one admin API object and remembers the first one that is missing
// or of the wrong type, by name ("users[2]: the field 'name' is missing"). The value
// types' fromJson() read every field with it and then ask it for the verdict:
//
//     JsonReader r(json);
//     UserRef ref;
//     ref.name = r.string(u"name");
//     return r.finish(std::move(ref));
//
// A reader never throws and never stops early: after a problem it returns defaults,
// and finish() turns the first problem into an ErrorKind::Invalid error.

#include "common/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace keyward::api {

class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object) : m_object(object) {}

    // Required fields: missing or mistyped is a problem.
    QString string(QStringView key);
    bool boolean(QStringView key);
    int integer(QStringView key);
    qint64 integer64(QStringView key);
    QStringList strings(QStringView key);
    QList<int> integers(QStringView key);
    QJsonObject object(QStringView key);
    // A UTC time in ISO 8601 ("2026-11-27T10:00:00Z", milliseconds allowed). With
    // `emptyMeansNever`, an empty string is a null QDateTime (keywardd sends "" for a
    // time that never was, such as the last login of a new user).
    QDateTime dateTime(QStringView key, bool emptyMeansNever = false);

    // Optional fields: absent is fine (nullopt or the fallback), mistyped is a problem.
    std::optional<QString> optionalString(QStringView key);
    std::optional<bool> optionalBoolean(QStringView key);
    std::optional<int> optionalInteger(QStringView key);
    std::optional<qint64> optionalInteger64(QStringView key);
    std::optional<QStringList> optionalStrings(QStringView key);

    // A required list of objects, each read with T::fromJson(const QJsonObject &).
    template <typename T> QList<T> list(QStringView key)
    {
        QList<T> out;
        const QJsonValue value = field(key);
        if (!value.isArray()) {
            problem(key, value.isUndefined() ? Missing : NotAList);
            return out;
        }
        const QJsonArray array = value.toArray();
        out.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue element = array.at(i);
            if (!element.isObject()) {
                problemAt(itemName(key, i), NotAnObject);
                return out;
            }
            auto item = T::fromJson(element.toObject());
            if (!item) {
                nested(itemName(key, i), item.error());
                return out;
            }
            out.append(std::move(item).value());
        }
        return out;
    }

    // A required object read with T::fromJson.
    template <typename T> T nestedObject(QStringView key)
    {
        const QJsonValue value = field(key);
        if (!value.isObject()) {
            problem(key, value.isUndefined() ? Missing : NotAnObject);
            return T{};
        }
        auto item = T::fromJson(value.toObject());
        if (!item) {
            nested(key.toString(), item.error());
            return T{};
        }
        return std::move(item).value();
    }

    // A required object whose every value is an object read with T::fromJson.
    template <typename T> QMap<QString, T> map(QStringView key)
    {
        QMap<QString, T> out;
        const QJsonValue value = field(key);
        if (!value.isObject()) {
            problem(key, value.isUndefined() ? Missing : NotAnObject);
            return out;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString at = QStringLiteral("%1.%2").arg(key, it.key());
            if (!it.value().isObject()) {
                problemAt(at, NotAnObject);
                return out;
            }
            auto item = T::fromJson(it.value().toObject());
            if (!item) {
                nested(at, item.error());
                return out;
            }
            out.insert(it.key(), std::move(item).value());
        }
        return out;
    }

    bool ok() const { return !m_error.has_value(); }
    // Records a problem the caller found itself (a value out of its set).
    void reject(QStringView key, const QString &why);

    template <typename T> Result<T> finish(T value) const
    {
        if (m_error)
            return *m_error;
        return Result<T>(std::move(value));
    }

private:
    enum Problem
    {
        Missing,
        NotAString,
        NotABool,
        NotANumber,
        NotAWholeNumber,
        NotAList,
        NotAnObject,
        NotStrings,
        NotIntegers,
        NotADate
    };
    static QString describe(const QString &name, Problem problem);
    QString string(QStringView key, const QJsonValue &value);
    bool boolean(QStringView key, const QJsonValue &value);
    int integer(QStringView key, const QJsonValue &value);
    QStringList strings(QStringView key, const QJsonValue &value);
    static QString itemName(QStringView key, qsizetype index);
    QJsonValue field(QStringView key) const { return m_object.value(key); }
    void problem(QStringView key, Problem problem);
    void problemAt(const QString &name, Problem problem);
    void nested(const QString &at, const Error &inner);
    std::optional<qint64> wholeNumber(QStringView key, const QJsonValue &value);

    QJsonObject m_object;
    std::optional<Error> m_error;
};

} // namespace keyward::api
