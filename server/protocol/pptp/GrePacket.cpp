#include "pptp/GrePacket.h"

#include "common/ByteReader.h"
#include "common/ByteWriter.h"

#include <cstdio>

namespace keyward::protocol::pptp {

namespace {

constexpr std::uint8_t kChecksumBit = 0x80;
constexpr std::uint8_t kRoutingBit = 0x40;
constexpr std::uint8_t kKeyBit = 0x20;
constexpr std::uint8_t kSequenceBit = 0x10;
constexpr std::uint8_t kStrictRouteBit = 0x08;
constexpr std::uint8_t kRecursionMask = 0x07;
constexpr std::uint8_t kAckBit = 0x80;
constexpr std::uint8_t kFlagsMask = 0x78;
constexpr std::uint8_t kVersionMask = 0x07;

std::string hex16(std::uint16_t v)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%04X", static_cast<unsigned>(v));
    return buf;
}

} // namespace

Result<GrePacket> GrePacket::decode(ByteView data)
{
    if (data.size() < kBaseHeaderSize)
        return fail("GRE packet too short: " + std::to_string(data.size()) +
                    " octets, the header needs " + std::to_string(kBaseHeaderSize));
    ByteReader r(data);
    const std::uint8_t bits = r.u8();
    const std::uint8_t flagsVersion = r.u8();
    const std::uint16_t protocol = r.u16();

    const unsigned version = flagsVersion & kVersionMask;
    if (version != kVersion)
        return fail("GRE version " + std::to_string(version) + ", enhanced GRE (PPTP) needs 1");
    if (protocol != kProtocolPpp)
        return fail("GRE protocol type " + hex16(protocol) + ", expected 0x880B (PPP)");
    if (bits & kChecksumBit)
        return fail("GRE checksum-present bit (C) set, must be 0 in enhanced GRE");
    if (bits & kRoutingBit)
        return fail("GRE routing-present bit (R) set, must be 0 in enhanced GRE");
    if (!(bits & kKeyBit))
        return fail("GRE key-present bit (K) not set, enhanced GRE needs the key");
    if (bits & kStrictRouteBit)
        return fail("GRE strict source route bit (s) set, must be 0 in enhanced GRE");
    if (bits & kRecursionMask)
        return fail("GRE recursion control " + std::to_string(bits & kRecursionMask) +
                    ", must be 0 in enhanced GRE");
    if (flagsVersion & kFlagsMask)
        return fail("GRE reserved flags " + std::to_string((flagsVersion & kFlagsMask) >> 3) +
                    ", must be 0");

    GrePacket packet;
    const std::uint16_t payloadLength = r.u16();
    packet.callId = r.u16();
    const bool hasSequence = bits & kSequenceBit;
    const bool hasAck = flagsVersion & kAckBit;
    const std::size_t header = kBaseHeaderSize + (hasSequence ? 4 : 0) + (hasAck ? 4 : 0);
    if (data.size() < header)
        return fail("GRE packet too short: " + std::to_string(data.size()) +
                    " octets, its header with " + (hasSequence ? "sequence " : "") +
                    (hasAck ? "acknowledgment " : "") + "needs " + std::to_string(header));
    if (hasSequence)
        packet.sequence = r.u32();
    if (hasAck)
        packet.acknowledgment = r.u32();
    if (payloadLength != r.remaining())
        return fail("GRE payload length field " + std::to_string(payloadLength) + " but " +
                    std::to_string(r.remaining()) + " octets follow the header");
    if (payloadLength > 0 && !hasSequence)
        return fail("GRE packet carries a payload without a sequence number (S bit clear)");
    if (!hasSequence && !hasAck)
        return fail("GRE packet has neither a sequence number nor an acknowledgment");
    packet.payload = r.rest();
    return packet;
}

Status GrePacket::appendTo(Bytes &out) const
{
    if (payload.size() > kMaxPayload)
        return fail("GRE payload of " + std::to_string(payload.size()) +
                    " octets does not fit the 16-bit length field");
    if (!payload.empty() && !sequence)
        return fail("GRE payload needs a sequence number");
    if (!sequence && !acknowledgment)
        return fail("GRE packet needs a sequence number or an acknowledgment");
    ByteWriter w(out);
    w.u8(static_cast<std::uint8_t>(kKeyBit | (sequence ? kSequenceBit : 0)));
    w.u8(static_cast<std::uint8_t>((acknowledgment ? kAckBit : 0) | kVersion));
    w.u16(kProtocolPpp);
    w.u16(static_cast<std::uint16_t>(payload.size()));
    w.u16(callId);
    if (sequence)
        w.u32(*sequence);
    if (acknowledgment)
        w.u32(*acknowledgment);
    w.bytes(payload);
    return {};
}

Result<Bytes> GrePacket::encode() const
{
    Bytes out;
    out.reserve(headerSize() + payload.size());
    if (auto status = appendTo(out); !status)
        return status.error();
    return out;
}

} // namespace keyward::protocol::pptp
