#pragma once

// The RFC 3079 §3.4 constants (Magic1..3) and the SHA padding of §3.3.

#include "common/Bytes.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace keyward::protocol::mppe {

class MppeMagic
{
public:
    static constexpr std::string_view Magic1 = "This is the MPPE Master Key";
    static constexpr std::string_view Magic2 =
        "On the client side, this is the send key; on the server side, it is the receive key.";
    static constexpr std::string_view Magic3 =
        "On the client side, this is the receive key; on the server side, it is the send key.";

    static ByteView shsPad1()
    {
        static constexpr std::array<std::uint8_t, 40> pad{}; // 40 x 0x00
        return pad;
    }
    static ByteView shsPad2()
    {
        static constexpr std::array<std::uint8_t, 40> pad = [] {
            std::array<std::uint8_t, 40> p{};
            for (auto &b : p)
                b = 0xf2;
            return p;
        }();
        return pad;
    }
};

} // namespace keyward::protocol::mppe
