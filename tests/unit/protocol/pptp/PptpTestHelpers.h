#pragma once

// Small helpers shared by the PPTP unit tests: hex building, string checks with
// readable failure output, and event filtering.

#include "common/Bytes.h"
#include "common/Time.h"

#include <QString>
#include <QTest>
#include <string>
#include <variant>
#include <vector>

namespace pptptest {

inline QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// Hex of a NUL-padded text field: the text's octets then zeros up to `size`.
inline std::string paddedHex(const std::string &text, std::size_t size)
{
    std::string hex = keyward::protocol::toHex(keyward::protocol::asBytes(text));
    hex.append((size - text.size()) * 2, '0');
    return hex;
}

// Hex with spaces allowed for readability.
inline keyward::protocol::Bytes hex(std::string text)
{
    std::string clean;
    for (char c : text)
        if (c != ' ')
            clean.push_back(c);
    bool ok = false;
    auto bytes = keyward::protocol::fromHex(clean, &ok);
    if (!ok)
        qFatal("bad hex in test: %s", clean.c_str());
    return bytes;
}

inline keyward::protocol::Timestamp at(double secondsValue)
{
    return keyward::protocol::Timestamp(static_cast<long long>(secondsValue * 1000));
}

template <typename T, typename Variant> std::vector<T> only(const std::vector<Variant> &items)
{
    std::vector<T> out;
    for (const auto &item : items)
        if (auto *p = std::get_if<T>(&item))
            out.push_back(*p);
    return out;
}

inline bool contains(const std::string &haystack, const std::string &needle)
{
    return haystack.find(needle) != std::string::npos;
}

} // namespace pptptest

// Fails the test with the actual message when `text` does not contain `needle`
// (each argument is evaluated once).
#define PPTP_VERIFY_CONTAINS(text, needle)                                                         \
    do {                                                                                           \
        const std::string pptpText_ = (text);                                                      \
        const std::string pptpNeedle_ = (needle);                                                  \
        QVERIFY2(pptptest::contains(pptpText_, pptpNeedle_),                                       \
                 qPrintable(QStringLiteral("\"%1\" does not contain \"%2\"")                       \
                                .arg(pptptest::q(pptpText_), pptptest::q(pptpNeedle_))));          \
    } while (false)
