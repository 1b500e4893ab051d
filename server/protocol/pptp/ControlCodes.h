#pragma once

// The numbers RFC 2637 assigns in PPTP control messages: message types, result codes
// per message, the general error codes and the stop reasons, each with text a log
// reader understands.

#include <cstddef>
#include <cstdint>
#include <string>

namespace keyward::protocol::pptp {

// PPTP Message Type in the header: 1 = control message, 2 = management (never used).
inline constexpr std::uint16_t kControlMessageType = 1;
inline constexpr std::uint32_t kMagicCookie = 0x1A2B3C4D;
inline constexpr std::uint16_t kProtocolVersion = 0x0100; // 1.0
inline constexpr std::size_t kHeaderSize = 12;
// The largest control message (Incoming-Call-Request, 220 octets).
inline constexpr std::size_t kMaxControlMessageSize = 220;
// Host name, vendor, phone number, subaddress: fixed 64-octet fields.
inline constexpr std::size_t kTextFieldSize = 64;
inline constexpr std::size_t kCallStatisticsSize = 128;

enum class ControlType : std::uint16_t
{
    StartControlConnectionRequest = 1,
    StartControlConnectionReply = 2,
    StopControlConnectionRequest = 3,
    StopControlConnectionReply = 4,
    EchoRequest = 5,
    EchoReply = 6,
    OutgoingCallRequest = 7,
    OutgoingCallReply = 8,
    IncomingCallRequest = 9,
    IncomingCallReply = 10,
    IncomingCallConnected = 11,
    CallClearRequest = 12,
    CallDisconnectNotify = 13,
    WanErrorNotify = 14,
    SetLinkInfo = 15,
};

// Short names as used in logs and in the RFC: "SCCRQ", "OCRP", ... ("type 42" if unknown).
std::string controlTypeName(std::uint16_t type);
inline std::string controlTypeName(ControlType type)
{
    return controlTypeName(static_cast<std::uint16_t>(type));
}
// Exact size of each message type, 0 for an unknown type.
std::size_t controlMessageSize(std::uint16_t type);

// Framing and bearer capability / type bits (SCCRQ, SCCRP, OCRQ, ICCN).
inline constexpr std::uint32_t kFramingAsync = 1;
inline constexpr std::uint32_t kFramingSync = 2;
inline constexpr std::uint32_t kBearerAnalog = 1;
inline constexpr std::uint32_t kBearerDigital = 2;

// General error codes carried next to a result code of "general error" (section 2.16).
enum class GeneralError : std::uint8_t
{
    None = 0,
    NotConnected = 1,
    BadFormat = 2,
    BadValue = 3,
    NoResource = 4,
    BadCallId = 5,
    PacError = 6,
};
std::string errorText(GeneralError code);

// Start-Control-Connection-Reply result codes.
enum class SccrpResult : std::uint8_t
{
    Success = 1,
    GeneralError = 2,
    ChannelExists = 3,
    NotAuthorized = 4,
    VersionNotSupported = 5,
};
std::string resultText(SccrpResult code);

// Stop-Control-Connection-Request reasons.
enum class StopReason : std::uint8_t
{
    None = 1,
    StopProtocol = 2,
    LocalShutdown = 3,
};
std::string reasonText(StopReason reason);

// Stop-Control-Connection-Reply and Echo-Reply result codes (same two values).
enum class StopResult : std::uint8_t
{
    Ok = 1,
    GeneralError = 2,
};
std::string resultText(StopResult code);
enum class EchoResult : std::uint8_t
{
    Ok = 1,
    GeneralError = 2,
};
std::string resultText(EchoResult code);

// Outgoing-Call-Reply result codes.
enum class OcrpResult : std::uint8_t
{
    Connected = 1,
    GeneralError = 2,
    NoCarrier = 3,
    Busy = 4,
    NoDialTone = 5,
    TimeOut = 6,
    DoNotAccept = 7,
};
std::string resultText(OcrpResult code);

// Incoming-Call-Reply result codes.
enum class IcrpResult : std::uint8_t
{
    Connect = 1,
    GeneralError = 2,
    DoNotAccept = 3,
};
std::string resultText(IcrpResult code);

// Call-Disconnect-Notify result codes.
enum class CdnResult : std::uint8_t
{
    LostCarrier = 1,
    GeneralError = 2,
    AdminShutdown = 3,
    Request = 4,
};
std::string resultText(CdnResult code);

} // namespace keyward::protocol::pptp
