#pragma once

// The fifteen PPTP control messages of RFC 2637 section 2, one plain struct each, and
// ControlMessage, the variant a decoder returns. They are kept together on purpose:
// they are one closed family of value types (no behaviour beyond encode()), and the
// variant, the decoder and the encoders must always change together.
//
// Reserved fields are not stored: encode() writes zeros; the decoder tolerates a
// reserved field that is not zero and octets past a message's fixed layout (RFC 2637
// asks neither to be refused) and names each in `tolerated`. Text fields are NUL-padded 64-octet
// fields on the wire; longer text is truncated by encode().

#include "common/Bytes.h"
#include "common/Result.h"
#include "pptp/ControlCodes.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace keyward::protocol::pptp {

struct StartControlConnectionRequest
{
    static constexpr ControlType kType = ControlType::StartControlConnectionRequest;
    std::uint16_t protocolVersion = kProtocolVersion;
    std::uint32_t framingCapabilities = 0;
    std::uint32_t bearerCapabilities = 0;
    std::uint16_t maxChannels = 0;
    std::uint16_t firmwareRevision = 0;
    std::string hostName;
    std::string vendor;

    Bytes encode() const;
    bool operator==(const StartControlConnectionRequest &) const = default;
};

struct StartControlConnectionReply
{
    static constexpr ControlType kType = ControlType::StartControlConnectionReply;
    std::uint16_t protocolVersion = kProtocolVersion;
    SccrpResult resultCode = SccrpResult::Success;
    GeneralError errorCode = GeneralError::None;
    std::uint32_t framingCapabilities = 0;
    std::uint32_t bearerCapabilities = 0;
    std::uint16_t maxChannels = 0;
    std::uint16_t firmwareRevision = 0;
    std::string hostName;
    std::string vendor;

    Bytes encode() const;
    bool operator==(const StartControlConnectionReply &) const = default;
};

struct StopControlConnectionRequest
{
    static constexpr ControlType kType = ControlType::StopControlConnectionRequest;
    StopReason reason = StopReason::None;

    Bytes encode() const;
    bool operator==(const StopControlConnectionRequest &) const = default;
};

struct StopControlConnectionReply
{
    static constexpr ControlType kType = ControlType::StopControlConnectionReply;
    StopResult resultCode = StopResult::Ok;
    GeneralError errorCode = GeneralError::None;

    Bytes encode() const;
    bool operator==(const StopControlConnectionReply &) const = default;
};

struct EchoRequest
{
    static constexpr ControlType kType = ControlType::EchoRequest;
    std::uint32_t identifier = 0;

    Bytes encode() const;
    bool operator==(const EchoRequest &) const = default;
};

struct EchoReply
{
    static constexpr ControlType kType = ControlType::EchoReply;
    std::uint32_t identifier = 0;
    EchoResult resultCode = EchoResult::Ok;
    GeneralError errorCode = GeneralError::None;

    Bytes encode() const;
    bool operator==(const EchoReply &) const = default;
};

struct OutgoingCallRequest
{
    static constexpr ControlType kType = ControlType::OutgoingCallRequest;
    std::uint16_t callId = 0;
    std::uint16_t callSerialNumber = 0;
    std::uint32_t minimumBps = 0;
    std::uint32_t maximumBps = 0;
    std::uint32_t bearerType = 0;
    std::uint32_t framingType = 0;
    std::uint16_t receiveWindowSize = 0;
    std::uint16_t processingDelay = 0;
    std::uint16_t phoneNumberLength = 0;
    std::string phoneNumber;
    std::string subaddress;

    Bytes encode() const;
    bool operator==(const OutgoingCallRequest &) const = default;
};

struct OutgoingCallReply
{
    static constexpr ControlType kType = ControlType::OutgoingCallReply;
    std::uint16_t callId = 0;
    std::uint16_t peerCallId = 0;
    OcrpResult resultCode = OcrpResult::Connected;
    GeneralError errorCode = GeneralError::None;
    std::uint16_t causeCode = 0;
    std::uint32_t connectSpeed = 0;
    std::uint16_t receiveWindowSize = 0;
    std::uint16_t processingDelay = 0;
    std::uint32_t physicalChannelId = 0;

    Bytes encode() const;
    bool operator==(const OutgoingCallReply &) const = default;
};

struct IncomingCallRequest
{
    static constexpr ControlType kType = ControlType::IncomingCallRequest;
    std::uint16_t callId = 0;
    std::uint16_t callSerialNumber = 0;
    std::uint32_t bearerType = 0;
    std::uint32_t physicalChannelId = 0;
    std::uint16_t dialedNumberLength = 0;
    std::uint16_t dialingNumberLength = 0;
    std::string dialedNumber;
    std::string dialingNumber;
    std::string subaddress;

    Bytes encode() const;
    bool operator==(const IncomingCallRequest &) const = default;
};

struct IncomingCallReply
{
    static constexpr ControlType kType = ControlType::IncomingCallReply;
    std::uint16_t callId = 0;
    std::uint16_t peerCallId = 0;
    IcrpResult resultCode = IcrpResult::Connect;
    GeneralError errorCode = GeneralError::None;
    std::uint16_t receiveWindowSize = 0;
    std::uint16_t transmitDelay = 0;

    Bytes encode() const;
    bool operator==(const IncomingCallReply &) const = default;
};

struct IncomingCallConnected
{
    static constexpr ControlType kType = ControlType::IncomingCallConnected;
    std::uint16_t peerCallId = 0;
    std::uint32_t connectSpeed = 0;
    std::uint16_t receiveWindowSize = 0;
    std::uint16_t transmitDelay = 0;
    std::uint32_t framingType = 0;

    Bytes encode() const;
    bool operator==(const IncomingCallConnected &) const = default;
};

struct CallClearRequest
{
    static constexpr ControlType kType = ControlType::CallClearRequest;
    std::uint16_t callId = 0; // the PNS's call id

    Bytes encode() const;
    bool operator==(const CallClearRequest &) const = default;
};

struct CallDisconnectNotify
{
    static constexpr ControlType kType = ControlType::CallDisconnectNotify;
    std::uint16_t callId = 0; // the PAC's call id
    CdnResult resultCode = CdnResult::Request;
    GeneralError errorCode = GeneralError::None;
    std::uint16_t causeCode = 0;
    std::string callStatistics; // up to 128 octets of vendor text

    Bytes encode() const;
    bool operator==(const CallDisconnectNotify &) const = default;
};

struct WanErrorNotify
{
    static constexpr ControlType kType = ControlType::WanErrorNotify;
    std::uint16_t peerCallId = 0;
    std::uint32_t crcErrors = 0;
    std::uint32_t framingErrors = 0;
    std::uint32_t hardwareOverruns = 0;
    std::uint32_t bufferOverruns = 0;
    std::uint32_t timeoutErrors = 0;
    std::uint32_t alignmentErrors = 0;

    Bytes encode() const;
    bool operator==(const WanErrorNotify &) const = default;
};

struct SetLinkInfo
{
    static constexpr ControlType kType = ControlType::SetLinkInfo;
    std::uint16_t peerCallId = 0; // the PAC's call id
    std::uint32_t sendAccm = 0xffffffff;
    std::uint32_t receiveAccm = 0xffffffff;

    Bytes encode() const;
    bool operator==(const SetLinkInfo &) const = default;
};

using ControlMessage =
    std::variant<StartControlConnectionRequest, StartControlConnectionReply,
                 StopControlConnectionRequest, StopControlConnectionReply, EchoRequest, EchoReply,
                 OutgoingCallRequest, OutgoingCallReply, IncomingCallRequest, IncomingCallReply,
                 IncomingCallConnected, CallClearRequest, CallDisconnectNotify, WanErrorNotify,
                 SetLinkInfo>;

// Decodes exactly one control message that fills `data`. Checked in this order, each
// failure naming what was wrong: at least a header, length field == buffer size, PPTP
// message type == 1, magic cookie, known control type, length at least that type's
// fixed size. What is tolerated instead (reserved fields not zero, octets past the
// fixed layout, which are skipped) is appended to `tolerated` when given, one line each.
Result<ControlMessage> decodeControlMessage(ByteView data,
                                            std::vector<std::string> *tolerated = nullptr);

Bytes encodeControlMessage(const ControlMessage &message);
ControlType controlTypeOf(const ControlMessage &message);

} // namespace keyward::protocol::pptp
