// Feeds arbitrary packets into an MPPE decryptor. Input: one octet selecting mode
// and strength, then packets as [length octet][bytes]. Never crashes.

#include "crypto/CryptoLibrary.h"
#include "mppe/MppeDecryptor.h"

#include <cstdlib>
#include <memory>

using namespace keyward::protocol;
using namespace keyward::protocol::mppe;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static std::shared_ptr<const crypto::CryptoLibrary> lib = [] {
        auto loaded = crypto::CryptoLibrary::load();
        if (!loaded)
            std::abort();
        return loaded.value();
    }();
    if (size < 1)
        return 0;
    MppeParameters params;
    params.mode = (data[0] & 1) ? MppeMode::Stateful : MppeMode::Stateless;
    params.strength = static_cast<MppeStrength>((data[0] >> 1) % 3);
    const std::uint8_t key[16] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    MppeDecryptor dec(*lib, ByteView(key, 16), params);
    Bytes out(300);
    std::size_t pos = 1;
    int packets = 0;
    while (pos < size && packets++ < 8) {
        std::size_t len = std::min<std::size_t>(data[pos], size - pos - 1);
        ++pos;
        Bytes packet(data + pos, data + pos + len);
        pos += len;
        if (packets % 2) {
            auto r = dec.decrypt(packet, out);
            if (r && *r > out.size())
                std::abort();
        } else {
            auto r = dec.decryptInPlace(packet);
            if (r && r->size() + 2 != packet.size())
                std::abort();
        }
        (void)dec.takeResetRequest();
    }
    return 0;
}
