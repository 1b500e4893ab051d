#pragma once

// JSON text written straight into a buffer, for the replies whose size grows with the
// server (session.list with 10,000 sessions): building a QJsonObject per row and then
// serialising the whole document cost ten times what writing the text does.
//
// The output is compact RFC 8259 JSON in UTF-8, escaped as QJsonDocument escapes it
// (quote, backslash and control characters), so a reader cannot tell the two apart.
// Keys are the callers' own ASCII literals and are not escaped.
//
// Fields go in with field(key, value); a nested object with object(key, fill), where
// fill(writer) writes its fields. JsonObjectBuilder has the same two calls and builds a
// QJsonObject, so one function template can describe a message for both.

#include <QByteArray>
#include <QString>
#include <vector>

namespace keyward::api {

class JsonWriter
{
public:
    JsonWriter();

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The key of the next value in the current object.
    void key(const char *name);

    void value(const QString &text);
    void value(qint64 number);
    void value(int number) { value(static_cast<qint64>(number)); }
    void value(bool flag);
    // A value that is JSON text already.
    void rawValue(const QByteArray &json);

    template <typename T> void field(const char *name, const T &v)
    {
        key(name);
        value(v);
    }
    template <typename Fill> void object(const char *name, Fill fill)
    {
        key(name);
        beginObject();
        fill(*this);
        endObject();
    }

    // The text so far; the writer starts again empty.
    QByteArray take();
    void reserve(qsizetype bytes) { m_out.reserve(bytes); }

private:
    // Before a value: a comma when it is not the first in its array (an object's
    // comma comes with the key).
    void beforeValue();
    // A character below 0x80 that needs escaping, or a lone surrogate, as \uXXXX
    // where JSON has no shorter form.
    void appendEscaped(char32_t u);
    void appendUtf8(char32_t u);

    QByteArray m_out;
    // One entry per open object or array: true until its first member is written.
    std::vector<bool> m_first;
    bool m_afterKey = false;
};

} // namespace keyward::api
