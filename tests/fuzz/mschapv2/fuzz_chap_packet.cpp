// Fuzzes the MS-CHAPv2 CHAP decoder (round trip to the byte), the Success/Failure
// text parsers (format -> parse round trip) and the authenticator fed arbitrary
// packets and verdicts (the input picks the verdict, and an accepted one takes its
// S= text from the input). Never crashes; abort() on a round-trip mismatch.

#include "crypto/CryptoLibrary.h"
#include "mschapv2/MsChapV2Authenticator.h"
#include "mschapv2/MsChapV2Codec.h"

#include <cstdlib>
#include <memory>

using namespace keyward::protocol;
using namespace keyward::protocol::mschapv2;

namespace {

MsChapV2Verdict verdictFor(const std::uint8_t *data, std::size_t size)
{
    switch (size % 4) {
    case 0: {
        MsChapV2Accepted accepted;
        accepted.authenticatorResponse = "S=";
        for (std::size_t i = 0; i < 40 && i < size; ++i)
            accepted.authenticatorResponse.push_back(static_cast<char>(data[i]));
        accepted.keys.send.fill(0x22);
        return accepted;
    }
    case 1:
        return MsChapV2Refused{691, "fuzz", {}};
    case 2:
        return MsChapV2Refused{648, "fuzz", {}};
    default:
        return MsChapV2Refused{static_cast<std::uint32_t>(size), "fuzz", "fuzz"};
    }
}

void answer(MsChapV2Authenticator &auth, const std::uint8_t *data, std::size_t size, Timestamp now)
{
    for (const auto &event : auth.takeEvents()) {
        if (std::holds_alternative<MsChapV2CheckRequested>(event))
            auth.onVerdict(verdictFor(data, size), now);
    }
}

} // namespace

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

    // The authenticator must survive anything: any verdict, a verdict when none is
    // awaited, the same packet again (a duplicate), a Change-Password after E=648
    // and the verdict deadline.
    MsChapV2Authenticator auth(
        *lib, {}, [](std::span<std::uint8_t> out) { std::fill(out.begin(), out.end(), 0x5a); });
    Challenge c{};
    if (size > 1 && data[0] == static_cast<std::uint8_t>(ChapCode::CodeChangePassword)) {
        // Reach the change step first: a Response the backend answers with E=648,
        // then the input as the Change-Password that follows it.
        const auto id = static_cast<std::uint8_t>(data[1] - 1);
        auth.start(c, id, Timestamp(0));
        (void)auth.onPacket(MsChapV2Codec::encode(ChapResponsePacket{id, {}, {}, 0, "fuzz"}),
                            Timestamp(1));
        for (const auto &event : auth.takeEvents()) {
            if (std::holds_alternative<MsChapV2CheckRequested>(event))
                auth.onVerdict(MsChapV2Refused{648, "fuzz", {}}, Timestamp(1));
        }
    } else {
        auth.start(c, size > 1 ? data[1] : 0, Timestamp(0));
    }
    (void)auth.onPacket(input, Timestamp(2));
    answer(auth, data, size, Timestamp(3));
    (void)auth.onPacket(input, Timestamp(4));
    answer(auth, data, size, Timestamp(5));
    auth.onVerdict(MsChapV2Refused{}, Timestamp(6));
    auth.onTimer(Timestamp(100000));
    (void)auth.takeOutgoing();
    (void)auth.takeEvents();
    return 0;
}
