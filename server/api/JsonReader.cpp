#include "api/JsonReader.h"

#include <cmath>
#include <limits>

namespace keyward::api {

QString JsonReader::describe(const QString &name, Problem problem)
{
    switch (problem) {
    case Missing:
        return QStringLiteral("the field '%1' is missing").arg(name);
    case NotAString:
        return QStringLiteral("the field '%1' must be a string").arg(name);
    case NotABool:
        return QStringLiteral("the field '%1' must be true or false").arg(name);
    case NotANumber:
        return QStringLiteral("the field '%1' must be a number").arg(name);
    case NotAWholeNumber:
        return QStringLiteral("the field '%1' must be a whole number").arg(name);
    case NotAList:
        return QStringLiteral("the field '%1' must be a list").arg(name);
    case NotAnObject:
        return QStringLiteral("the field '%1' must be an object").arg(name);
    case NotStrings:
        return QStringLiteral("the field '%1' must be a list of strings").arg(name);
    case NotIntegers:
        return QStringLiteral("the field '%1' must be a list of whole numbers").arg(name);
    case NotADate:
        break;
    }
    return QStringLiteral("the field '%1' must be a time in ISO 8601 form").arg(name);
}

QString JsonReader::itemName(QStringView key, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(key).arg(index);
}

void JsonReader::problemAt(const QString &name, Problem problem)
{
    if (!m_error)
        m_error = fail(ErrorKind::Invalid, describe(name, problem).toStdString());
}

void JsonReader::problem(QStringView key, Problem problem)
{
    problemAt(key.toString(), problem);
}

void JsonReader::nested(const QString &at, const Error &inner)
{
    if (!m_error)
        m_error = fail(ErrorKind::Invalid, at.toStdString() + ": " + inner.message);
}

void JsonReader::reject(QStringView key, const QString &why)
{
    if (!m_error)
        m_error = fail(ErrorKind::Invalid,
                       QStringLiteral("the field '%1' %2").arg(key, why).toStdString());
}

QString JsonReader::string(QStringView key)
{
    return string(key, field(key));
}

QString JsonReader::string(QStringView key, const QJsonValue &v)
{
    if (!v.isString()) {
        problem(key, v.isUndefined() ? Missing : NotAString);
        return {};
    }
    return v.toString();
}

bool JsonReader::boolean(QStringView key)
{
    return boolean(key, field(key));
}

bool JsonReader::boolean(QStringView key, const QJsonValue &v)
{
    if (!v.isBool()) {
        problem(key, v.isUndefined() ? Missing : NotABool);
        return false;
    }
    return v.toBool();
}

std::optional<qint64> JsonReader::wholeNumber(QStringView key, const QJsonValue &v)
{
    if (!v.isDouble()) {
        problem(key, v.isUndefined() ? Missing : NotANumber);
        return std::nullopt;
    }
    const double d = v.toDouble();
    // JSON numbers are doubles: whole numbers up to 2^53 are exact.
    if (d != std::trunc(d) || std::fabs(d) > 9007199254740992.0) {
        problem(key, NotAWholeNumber);
        return std::nullopt;
    }
    return v.toInteger();
}

qint64 JsonReader::integer64(QStringView key)
{
    return wholeNumber(key, field(key)).value_or(0);
}

int JsonReader::integer(QStringView key)
{
    return integer(key, field(key));
}

int JsonReader::integer(QStringView key, const QJsonValue &value)
{
    const auto v = wholeNumber(key, value);
    if (v && (*v < std::numeric_limits<int>::min() || *v > std::numeric_limits<int>::max())) {
        problem(key, NotAWholeNumber);
        return 0;
    }
    return static_cast<int>(v.value_or(0));
}

QStringList JsonReader::strings(QStringView key)
{
    return strings(key, field(key));
}

QStringList JsonReader::strings(QStringView key, const QJsonValue &v)
{
    if (!v.isArray()) {
        problem(key, v.isUndefined() ? Missing : NotStrings);
        return {};
    }
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString()) {
            problem(key, NotStrings);
            return {};
        }
        out << item.toString();
    }
    return out;
}

QList<int> JsonReader::integers(QStringView key)
{
    const QJsonValue v = field(key);
    if (!v.isArray()) {
        problem(key, v.isUndefined() ? Missing : NotIntegers);
        return {};
    }
    QList<int> out;
    for (const QJsonValue &item : v.toArray()) {
        const double d = item.toDouble(0.5);
        if (!item.isDouble() || d != std::trunc(d) || d < std::numeric_limits<int>::min() ||
            d > std::numeric_limits<int>::max()) {
            problem(key, NotIntegers);
            return {};
        }
        out << static_cast<int>(d);
    }
    return out;
}

QJsonObject JsonReader::object(QStringView key)
{
    const QJsonValue v = field(key);
    if (!v.isObject()) {
        problem(key, v.isUndefined() ? Missing : NotAnObject);
        return {};
    }
    return v.toObject();
}

QDateTime JsonReader::dateTime(QStringView key, bool emptyMeansNever)
{
    const QJsonValue v = field(key);
    if (!v.isString()) {
        problem(key, v.isUndefined() ? Missing : NotADate);
        return {};
    }
    const QString text = v.toString();
    if (text.isEmpty() && emptyMeansNever)
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        problem(key, NotADate);
        return {};
    }
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // keywardd's times are UTC, with or without the Z
    return t.toUTC();
}

std::optional<QString> JsonReader::optionalString(QStringView key)
{
    const QJsonValue v = field(key);
    if (v.isUndefined())
        return std::nullopt;
    return string(key, v);
}

std::optional<bool> JsonReader::optionalBoolean(QStringView key)
{
    const QJsonValue v = field(key);
    if (v.isUndefined())
        return std::nullopt;
    return boolean(key, v);
}

std::optional<int> JsonReader::optionalInteger(QStringView key)
{
    const QJsonValue v = field(key);
    if (v.isUndefined())
        return std::nullopt;
    return integer(key, v);
}

std::optional<qint64> JsonReader::optionalInteger64(QStringView key)
{
    const QJsonValue v = field(key);
    if (v.isUndefined())
        return std::nullopt;
    return wholeNumber(key, v).value_or(0);
}

std::optional<QStringList> JsonReader::optionalStrings(QStringView key)
{
    const QJsonValue v = field(key);
    if (v.isUndefined())
        return std::nullopt;
    return strings(key, v);
}

} // namespace keyward::api
