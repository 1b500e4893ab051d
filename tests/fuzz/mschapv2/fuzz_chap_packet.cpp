// Fuzzes the MS-CHAPv2 CHAP decoder (round trip to the byte), the Success/Failure
// text parsers (format -> parse round trip) and the authenticator fed arbitrary
// packets. Never crashes; abort() on a round-trip mismatch.

#include "crypto/CryptoLibrary.h"
#include "mschapv2/MsChapV2Authenticator.h"
#include "mschapv2/MsChapV2Codec.h"

#include <cstdlib>
#include <memory>

using namespace keyward::protocol;
using namespace keyward::protocol::mschapv2;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static std::shared_ptr<const crypto::CryptoLibrary> lib = [] {
        auto loaded = crypto::CryptoLibrary::load();
        if (!loaded)
            std::abort();
        return loaded.value();
    }();
    ByteView input(data, size);

    auto decoded = MsChapV2Codec::decode(input);
    if (decoded) {
        Bytes again = MsChapV2Codec::encode(*decoded);
        std::size_t length = static_cast<std::size_t>(data[2] << 8 | data[3]);
        if (again.size() != length || !std::equal(again.begin(), again.end(), data))
            std::abort();
        if (auto *s = std::get_if<ChapSuccessPacket>(&*decoded)) {
            if (auto parsed = MsChapV2Codec::parseSuccess(s->message)) {
                auto back = MsChapV2Codec::parseSuccess(MsChapV2Codec::formatSuccess(*parsed));
                if (!back || !(*back == *parsed))
                    std::abort();
            }
        }
        if (auto *f = std::get_if<ChapFailurePacket>(&*decoded)) {
            if (auto parsed = MsChapV2Codec::parseFailure(f->message)) {
                auto back = MsChapV2Codec::parseFailure(MsChapV2Codec::formatFailure(*parsed));
                if (!back || !(*back == *parsed))
                    std::abort();
            }
        }
    }

    // The authenticator must survive anything, including an E=648 change step.
    MsChapV2Authenticator auth(
        *lib, {},
        [](std::string_view user) {
            MsChapV2Account a;
            a.state = user.empty() ? MsChapV2AccountState::UnknownUser
                                   : MsChapV2AccountState::PasswordExpired;
            a.ntHash.fill(0x11);
            return a;
        },
        {}, [](std::span<std::uint8_t> out) { std::fill(out.begin(), out.end(), 0x5a); });
    Challenge c{};
    auth.start(c, size > 1 ? data[1] : 0, Timestamp(0));
    (void)auth.onPacket(input, Timestamp(1));
    (void)auth.takeOutgoing();
    (void)auth.takeEvents();
    return 0;
}
