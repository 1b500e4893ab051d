#include "mppe/MppeEncryptor.h"

#include "mppe/MppeHeader.h"

#include <cstring>

namespace keyward::protocol::mppe {

MppeEncryptor::MppeEncryptor(const crypto::CryptoLibrary &library, ByteView sendStartKey,
                             MppeParameters parameters)
    : m_parameters(parameters), m_keys(library, sendStartKey, parameters.strength, parameters.mode)
{}

std::uint8_t MppeEncryptor::prepare()
{
    std::uint8_t flags = MppeHeader::EncryptedBit;
    if (m_parameters.mode == MppeMode::Stateless) {
        m_keys.changeKey();
        flags |= MppeHeader::FlushedBit;
    } else if (MppeHeader::isFlagPacket(m_nextCount) || m_flushNext) {
        // One key change even when a Reset-Request falls on a flag packet.
        m_keys.changeKey();
        flags |= MppeHeader::FlushedBit;
    }
    m_flushNext = false;
    return flags;
}

Result<std::size_t> MppeEncryptor::encrypt(ByteView plaintext, std::span<std::uint8_t> out)
{
    if (plaintext.empty())
        return fail("MPPE: nothing to encrypt (no PPP protocol field)");
    if (out.size() < plaintext.size() + MppeHeader::Length)
        return fail("MPPE: output buffer too small for the encrypted packet");
    std::uint8_t flags = prepare();
    MppeHeader::write(out.data(), flags, m_nextCount);
    m_keys.apply(plaintext, out.data() + MppeHeader::Length);
    m_nextCount = static_cast<std::uint16_t>((m_nextCount + 1) & MppeHeader::CountMask);
    return plaintext.size() + MppeHeader::Length;
}

Status MppeEncryptor::encryptInPlace(std::span<std::uint8_t> packet)
{
    if (packet.size() <= MppeHeader::Length)
        return fail("MPPE: nothing to encrypt (no PPP protocol field)");
    std::uint8_t flags = prepare();
    MppeHeader::write(packet.data(), flags, m_nextCount);
    auto body = packet.subspan(MppeHeader::Length);
    m_keys.apply(body, body.data());
    m_nextCount = static_cast<std::uint16_t>((m_nextCount + 1) & MppeHeader::CountMask);
    return {};
}

} // namespace keyward::protocol::mppe
