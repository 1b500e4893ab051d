#pragma once

// Passwords travel as UTF-8 inside Keyward; MS-CHAPv2 hashes them as UTF-16LE
// ("Unicode" in RFC 2759). This converts both ways and rejects malformed text
// instead of guessing.

#include "common/Bytes.h"
#include "common/Result.h"

#include <string>
#include <string_view>

namespace keyward::protocol::mschapv2 {

class MsChapV2PasswordEncoding
{
public:
    // RFC 2759 §8.9: at most 256 Unicode characters (UTF-16 code units).
    static constexpr std::size_t MaxPasswordUnits = 256;

    // UTF-8 -> UTF-16LE. Fails on invalid UTF-8 (overlong forms, surrogates,
    // truncated sequences) and on more than MaxPasswordUnits code units.
    static Result<Bytes> utf8ToUtf16Le(std::string_view utf8);

    // UTF-16LE -> UTF-8. Fails on odd length and on unpaired surrogates.
    static Result<std::string> utf16LeToUtf8(ByteView utf16le);
};

} // namespace keyward::protocol::mschapv2
