#include "mppe/MppeDecryptor.h"

#include "mppe/MppeHeader.h"

#include <string>

namespace keyward::protocol::mppe {

MppeDecryptor::MppeDecryptor(const crypto::CryptoLibrary &library, ByteView receiveStartKey,
                             MppeParameters parameters)
    : m_parameters(parameters),
      m_keys(library, receiveStartKey, parameters.strength, parameters.mode)
{}

Status MppeDecryptor::admit(const std::uint8_t *header, std::size_t size)
{
    if (size <= MppeHeader::Length)
        return fail("MPPE packet of " + std::to_string(size) +
                    " octets is too short (header and at least one octet needed)");
    std::uint8_t flags = MppeHeader::flags(header);
    std::uint16_t count = MppeHeader::count(header);
    if (!(flags & MppeHeader::EncryptedBit))
        return fail("MPPE packet " + std::to_string(count) +
                    " is not encrypted (D bit clear) but encryption is required");
    if (flags & MppeHeader::CompressedBit)
        return fail("MPPE packet " + std::to_string(count) +
                    " is MPPC-compressed (C bit) but compression was not negotiated");
    const bool flushed = flags & MppeHeader::FlushedBit;

    if (m_parameters.mode == MppeMode::Stateful)
        return admitStateful(count, flushed);

    std::uint16_t jump = MppeHeader::distance(m_lastCount, count);
    if (jump == 0)
        return fail("MPPE packet " + std::to_string(count) + " dropped: duplicate");
    if (jump > MaxForwardJump)
        return fail("MPPE packet " + std::to_string(count) + " dropped: arrived late (last was " +
                    std::to_string(m_lastCount) + ")");
    for (std::uint16_t i = 0; i < jump; ++i)
        m_keys.changeKey();
    m_lastCount = count;
    return {};
}

Status MppeDecryptor::admitStateful(std::uint16_t count, bool flushed)
{
    std::uint16_t jump = MppeHeader::distance(m_lastCount, count);
    if (jump == 0 || jump > MaxForwardJump)
        return fail("MPPE packet " + std::to_string(count) +
                    " dropped: duplicate or late (last was " + std::to_string(m_lastCount) + ")");
    if (MppeHeader::isFlagPacket(count) && !flushed)
        return fail("MPPE packet " + std::to_string(count) +
                    " dropped: a flag packet without the flushed bit");
    if (m_discarding) {
        if (!flushed)
            return fail("MPPE packet " + std::to_string(count) +
                        " dropped: waiting for a flushed packet after packet loss");
        resync(count);
        m_discarding = false;
        m_resynchronised = true;
        return {};
    }
    if (jump == 1) {
        if (flushed)
            m_keys.changeKey(); // a flag packet, or the answer to a Reset-Request
        m_lastCount = count;
        return {};
    }
    // Packets were lost. A flushed packet lets us resynchronise at once.
    if (flushed) {
        resync(count);
        return {};
    }
    m_discarding = true;
    m_resetRequest = true;
    std::string reason = "MPPE packet " + std::to_string(count) +
                         " dropped: " + std::to_string(jump - 1) + " packet(s) lost after " +
                         std::to_string(m_lastCount) + "; CCP Reset-Request needed";
    return fail(std::move(reason));
}

void MppeDecryptor::resync(std::uint16_t count)
{
    // One key change for every flag packet the sender passed before this one, then one
    // for this flushed packet itself (its sender changed the key before sending it).
    for (std::uint16_t c = static_cast<std::uint16_t>((m_lastCount + 1) & MppeHeader::CountMask);
         c != count; c = static_cast<std::uint16_t>((c + 1) & MppeHeader::CountMask)) {
        if (MppeHeader::isFlagPacket(c))
            m_keys.changeKey();
    }
    m_keys.changeKey();
    m_lastCount = count;
}

Result<std::size_t> MppeDecryptor::decrypt(ByteView packet, std::span<std::uint8_t> out)
{
    if (packet.size() > MppeHeader::Length && out.size() < packet.size() - MppeHeader::Length)
        return fail("MPPE: output buffer too small for the decrypted packet");
    Status admitted = admit(packet.data(), packet.size());
    if (!admitted)
        return admitted.error();
    ByteView body = packet.subspan(MppeHeader::Length);
    m_keys.apply(body, out.data());
    return body.size();
}

Result<std::span<std::uint8_t>> MppeDecryptor::decryptInPlace(std::span<std::uint8_t> packet)
{
    Status admitted = admit(packet.data(), packet.size());
    if (!admitted)
        return admitted.error();
    auto body = packet.subspan(MppeHeader::Length);
    m_keys.apply(body, body.data());
    return body;
}

} // namespace keyward::protocol::mppe
