#include "ppp/PppOption.h"

#include "common/ByteReader.h"
#include "common/ByteWriter.h"

#include <string>

namespace keyward::protocol::ppp {

Result<std::vector<PppOption>> PppOption::decodeList(ByteView options)
{
    std::vector<PppOption> out;
    std::size_t pos = 0;
    while (pos < options.size()) {
        if (options.size() - pos < 2)
            return fail("option list ends with a lone octet (type " + std::to_string(options[pos]) +
                        ") at offset " + std::to_string(pos));
        std::uint8_t type = options[pos];
        std::uint8_t length = options[pos + 1];
        if (length < 2)
            return fail("option type " + std::to_string(type) + " has Length " +
                        std::to_string(length) + ", below the minimum of 2");
        if (length > options.size() - pos)
            return fail("option type " + std::to_string(type) + " Length " +
                        std::to_string(length) + " overruns the list (" +
                        std::to_string(options.size() - pos) + " octets left)");
        PppOption option;
        option.type = type;
        option.data.assign(options.begin() + static_cast<std::ptrdiff_t>(pos + 2),
                           options.begin() + static_cast<std::ptrdiff_t>(pos + length));
        out.push_back(std::move(option));
        pos += length;
    }
    return out;
}

Bytes PppOption::encodeList(const std::vector<PppOption> &options)
{
    Bytes out;
    ByteWriter writer(out);
    for (const PppOption &option : options) {
        if (option.data.size() > 253)
            continue;
        writer.u8(option.type);
        writer.u8(static_cast<std::uint8_t>(option.data.size() + 2));
        writer.bytes(option.data);
    }
    return out;
}

PppOption PppOption::u16(std::uint8_t type, std::uint16_t value)
{
    PppOption option{type, {}};
    ByteWriter(option.data).u16(value);
    return option;
}

PppOption PppOption::u32(std::uint8_t type, std::uint32_t value)
{
    PppOption option{type, {}};
    ByteWriter(option.data).u32(value);
    return option;
}

std::uint16_t PppOption::asU16() const
{
    ByteReader reader(data);
    return reader.u16();
}

std::uint32_t PppOption::asU32() const
{
    ByteReader reader(data);
    return reader.u32();
}

} // namespace keyward::protocol::ppp
