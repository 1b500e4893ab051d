#include "mschapv2/MsChapV2PasswordEncoding.h"

#include <cstdint>

namespace keyward::protocol::mschapv2 {

namespace {

void putUnit(Bytes &out, std::uint32_t unit)
{
    out.push_back(static_cast<std::uint8_t>(unit & 0xff));
    out.push_back(static_cast<std::uint8_t>(unit >> 8));
}

void putUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xc0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xe0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    } else {
        out.push_back(static_cast<char>(0xf0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    }
}

} // namespace

Result<Bytes> MsChapV2PasswordEncoding::utf8ToUtf16Le(std::string_view utf8)
{
    Bytes out;
    out.reserve(utf8.size() * 2);
    std::size_t i = 0;
    while (i < utf8.size()) {
        auto b0 = static_cast<std::uint8_t>(utf8[i]);
        std::uint32_t cp = 0;
        std::size_t len = 0;
        std::uint32_t min = 0;
        if (b0 < 0x80) {
            cp = b0;
            len = 1;
        } else if ((b0 & 0xe0) == 0xc0) {
            cp = b0 & 0x1f;
            len = 2;
            min = 0x80;
        } else if ((b0 & 0xf0) == 0xe0) {
            cp = b0 & 0x0f;
            len = 3;
            min = 0x800;
        } else if ((b0 & 0xf8) == 0xf0) {
            cp = b0 & 0x07;
            len = 4;
            min = 0x10000;
        } else {
            return fail("password is not valid UTF-8 (bad lead octet at offset " +
                        std::to_string(i) + ")");
        }
        if (utf8.size() - i < len)
            return fail("password is not valid UTF-8 (truncated sequence at the end)");
        for (std::size_t k = 1; k < len; ++k) {
            auto b = static_cast<std::uint8_t>(utf8[i + k]);
            if ((b & 0xc0) != 0x80)
                return fail("password is not valid UTF-8 (bad continuation octet at offset " +
                            std::to_string(i + k) + ")");
            cp = cp << 6 | (b & 0x3f);
        }
        if (len > 1 && cp < min)
            return fail("password is not valid UTF-8 (overlong encoding)");
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return fail("password is not valid UTF-8 (code point out of range)");
        if (cp >= 0x10000) {
            cp -= 0x10000;
            putUnit(out, 0xd800 | (cp >> 10));
            putUnit(out, 0xdc00 | (cp & 0x3ff));
        } else {
            putUnit(out, cp);
        }
        if (out.size() > MaxPasswordUnits * 2)
            return fail("password is longer than 256 characters (RFC 2759 limit)");
        i += len;
    }
    return out;
}

Result<std::string> MsChapV2PasswordEncoding::utf16LeToUtf8(ByteView utf16le)
{
    if (utf16le.size() % 2 != 0)
        return fail("UTF-16 text has an odd number of octets");
    std::string out;
    out.reserve(utf16le.size());
    std::size_t n = utf16le.size() / 2;
    auto unitAt = [&](std::size_t k) -> std::uint32_t {
        return static_cast<std::uint32_t>(utf16le[2 * k] | utf16le[2 * k + 1] << 8);
    };
    for (std::size_t k = 0; k < n; ++k) {
        std::uint32_t u = unitAt(k);
        if (u >= 0xd800 && u <= 0xdbff) {
            if (k + 1 >= n)
                return fail("UTF-16 text ends inside a surrogate pair");
            std::uint32_t low = unitAt(k + 1);
            if (low < 0xdc00 || low > 0xdfff)
                return fail("UTF-16 text has an unpaired high surrogate");
            putUtf8(out, 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00));
            ++k;
        } else if (u >= 0xdc00 && u <= 0xdfff) {
            return fail("UTF-16 text has an unpaired low surrogate");
        } else {
            putUtf8(out, u);
        }
    }
    return out;
}

} // namespace keyward::protocol::mschapv2
