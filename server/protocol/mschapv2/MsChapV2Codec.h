#pragma once

// Encodes and decodes MS-CHAPv2 CHAP packets and their Success/Failure texts.
// Decoders check every length before reading and reject malformed input with a
// reason; octets beyond the CHAP Length field are link padding and ignored
// (RFC 1994 §4).

#include "common/Bytes.h"
#include "common/Result.h"
#include "mschapv2/MsChapV2Messages.h"
#include "mschapv2/MsChapV2Packet.h"

#include <string>
#include <string_view>

namespace keyward::protocol::mschapv2 {

class MsChapV2Codec
{
public:
    static constexpr std::size_t HeaderLength = 4;
    static constexpr std::uint8_t ChallengeValueSize = 16;
    static constexpr std::uint8_t ResponseValueSize = 49;
    static constexpr std::size_t ChangePasswordLength = 586;
    // A CHAP packet's Length is 16 bits, but names beyond this are refused.
    static constexpr std::size_t MaxNameLength = 255;

    static Bytes encode(const ChapPacket &packet);
    static Result<ChapPacket> decode(ByteView data);

    static std::string formatSuccess(const MsChapV2SuccessMessage &message);
    static Result<MsChapV2SuccessMessage> parseSuccess(std::string_view text);
    static std::string formatFailure(const MsChapV2FailureMessage &message);
    static Result<MsChapV2FailureMessage> parseFailure(std::string_view text);
};

} // namespace keyward::protocol::mschapv2
