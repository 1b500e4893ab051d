#include "api/JsonWriter.h"

#include <array>
#include <charconv>
#include <cstdio>
#include <utility>

namespace keyward::api {

namespace {

// A character JSON carries as it is: printable ASCII other than quote and backslash.
bool plain(char32_t u)
{
    return u >= 0x20 && u < 0x80 && u != '"' && u != '\\';
}

} // namespace

JsonWriter::JsonWriter() = default;

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out.append(',');
        m_first.back() = false;
    }
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    m_first.push_back(true);
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_first.pop_back();
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out.append('[');
    m_first.push_back(true);
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_first.pop_back();
}

void JsonWriter::key(const char *name)
{
    beforeValue(); // the comma in front of a member comes with its key
    m_out.append('"');
    m_out.append(name);
    m_out.append("\":", 2);
    m_afterKey = true;
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    m_out.append('"');
    const auto *c = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char32_t u = c[i];
        if (plain(u)) {
            // A run of characters written as they are goes in with one append.
            std::array<char, 64> run{};
            std::size_t length = 0;
            while (i < n && length < run.size() && plain(c[i]))
                run[length++] = static_cast<char>(c[i++]);
            m_out.append(run.data(), static_cast<qsizetype>(length));
            --i;
            continue;
        }
        if (u < 0x80) {
            appendEscaped(u);
            continue;
        }
        if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(c[i + 1])) {
            appendUtf8(QChar::surrogateToUcs4(c[i], c[i + 1]));
            ++i;
        } else if (QChar::isSurrogate(u)) {
            appendEscaped(u); // a lone half of a pair, as \uXXXX
        } else {
            appendUtf8(u);
        }
    }
    m_out.append('"');
}

void JsonWriter::appendEscaped(char32_t u)
{
    switch (u) {
    case '"':
        m_out.append("\\\"", 2);
        return;
    case '\\':
        m_out.append("\\\\", 2);
        return;
    case '\b':
        m_out.append("\\b", 2);
        return;
    case '\f':
        m_out.append("\\f", 2);
        return;
    case '\n':
        m_out.append("\\n", 2);
        return;
    case '\r':
        m_out.append("\\r", 2);
        return;
    case '\t':
        m_out.append("\\t", 2);
        return;
    default: {
        std::array<char, 8> escaped{};
        std::snprintf(escaped.data(), escaped.size(), "\\u%04x", static_cast<unsigned>(u));
        m_out.append(escaped.data(), 6);
    }
    }
}

void JsonWriter::appendUtf8(char32_t u)
{
    if (u < 0x800) {
        m_out.append(static_cast<char>(0xc0 | (u >> 6)));
    } else if (u < 0x10000) {
        m_out.append(static_cast<char>(0xe0 | (u >> 12)));
        m_out.append(static_cast<char>(0x80 | ((u >> 6) & 0x3f)));
    } else {
        m_out.append(static_cast<char>(0xf0 | (u >> 18)));
        m_out.append(static_cast<char>(0x80 | ((u >> 12) & 0x3f)));
        m_out.append(static_cast<char>(0x80 | ((u >> 6) & 0x3f)));
    }
    m_out.append(static_cast<char>(0x80 | (u & 0x3f)));
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    std::array<char, 24> digits{};
    const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), number).ptr;
    m_out.append(digits.data(), end - digits.data());
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    if (flag)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
}

void JsonWriter::rawValue(const QByteArray &json)
{
    beforeValue();
    m_out.append(json);
}

QByteArray JsonWriter::take()
{
    m_first.clear();
    m_afterKey = false;
    return std::exchange(m_out, {});
}

} // namespace keyward::api
