#include "runtime/Ipv4Address.h"

namespace keyward::runtime {

QString formatAddress(std::uint32_t hostOrder)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(hostOrder >> 24)
        .arg((hostOrder >> 16) & 0xff)
        .arg((hostOrder >> 8) & 0xff)
        .arg(hostOrder & 0xff);
}

std::optional<std::uint32_t> parseAddress(QStringView text)
{
    text = text.trimmed();
    std::uint32_t address = 0;
    qsizetype pos = 0;
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (pos >= text.size() || text[pos] != u'.')
                return std::nullopt;
            ++pos;
        }
        const qsizetype start = pos;
        std::uint32_t value = 0;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9' && pos - start < 3) {
            value = value * 10 + static_cast<std::uint32_t>(text[pos].unicode() - u'0');
            ++pos;
        }
        const qsizetype digits = pos - start;
        if (digits == 0 || value > 255 || (digits > 1 && text[start] == u'0'))
            return std::nullopt;
        address = address << 8 | value;
    }
    if (pos != text.size())
        return std::nullopt;
    return address;
}

} // namespace keyward::runtime
