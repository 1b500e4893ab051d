#pragma once

// The RADIUS numbers Keyward speaks: packet codes (RFC 2865, 2866), the standard
// attributes it sends or reads, and the Microsoft vendor attributes that carry
// MS-CHAPv2 and MPPE keys (RFC 2548, vendor 311).

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace keyward::radius {

enum class RadiusCode : std::uint8_t
{
    AccessRequest = 1,
    AccessAccept = 2,
    AccessReject = 3,
    AccountingRequest = 4,
    AccountingResponse = 5,
    AccessChallenge = 11,
    // Dynamic authorization (RFC 5176 §2.3).
    DisconnectRequest = 40,
    DisconnectAck = 41,
    DisconnectNak = 42,
    CoaRequest = 43,
    CoaAck = 44,
    CoaNak = 45,
};

namespace attr {
constexpr std::uint8_t UserName = 1;
constexpr std::uint8_t NasIpAddress = 4;
constexpr std::uint8_t NasPort = 5;
constexpr std::uint8_t ServiceType = 6;
constexpr std::uint8_t FramedProtocol = 7;
constexpr std::uint8_t FramedIpAddress = 8;
constexpr std::uint8_t ReplyMessage = 18;
constexpr std::uint8_t State = 24;
constexpr std::uint8_t Class = 25;
constexpr std::uint8_t VendorSpecific = 26;
constexpr std::uint8_t SessionTimeout = 27;
constexpr std::uint8_t IdleTimeout = 28;
constexpr std::uint8_t CalledStationId = 30;
constexpr std::uint8_t CallingStationId = 31;
constexpr std::uint8_t NasIdentifier = 32;
constexpr std::uint8_t ProxyState = 33;
// Accounting (RFC 2866 §5, RFC 2869 §5).
constexpr std::uint8_t AcctStatusType = 40;
constexpr std::uint8_t AcctDelayTime = 41;
constexpr std::uint8_t AcctInputOctets = 42;
constexpr std::uint8_t AcctOutputOctets = 43;
constexpr std::uint8_t AcctSessionId = 44;
constexpr std::uint8_t AcctAuthentic = 45;
constexpr std::uint8_t AcctSessionTime = 46;
constexpr std::uint8_t AcctInputPackets = 47;
constexpr std::uint8_t AcctOutputPackets = 48;
constexpr std::uint8_t AcctTerminateCause = 49;
constexpr std::uint8_t AcctInputGigawords = 52;
constexpr std::uint8_t AcctOutputGigawords = 53;
constexpr std::uint8_t EventTimestamp = 55;
constexpr std::uint8_t NasPortType = 61;
constexpr std::uint8_t MessageAuthenticator = 80;
constexpr std::uint8_t AcctInterimInterval = 85;
constexpr std::uint8_t ErrorCause = 101; // RFC 5176 §3.5

// Service-Type (RFC 2865 §5.6) that RFC 5176 §3.2 uses for a CoA-Request asking the NAS to
// fetch new authorization itself.
constexpr std::uint32_t ServiceTypeAuthorizeOnly = 17;

// Values
constexpr std::uint32_t ServiceTypeFramed = 2;
constexpr std::uint32_t FramedProtocolPpp = 1;
constexpr std::uint32_t NasPortTypeVirtual = 5;
constexpr std::uint32_t AcctAuthenticRadius = 1;
constexpr std::uint32_t AcctAuthenticLocal = 2;
} // namespace attr

// Microsoft vendor-specific attributes (RFC 2548).
namespace ms {
constexpr std::uint32_t VendorId = 311;
constexpr std::uint8_t ChapError = 2;
constexpr std::uint8_t ChapNtEncPw = 6;
constexpr std::uint8_t MppeEncryptionPolicy = 7;
constexpr std::uint8_t MppeEncryptionTypes = 8;
constexpr std::uint8_t ChapChallenge = 11;
constexpr std::uint8_t MppeSendKey = 16;
constexpr std::uint8_t MppeRecvKey = 17;
constexpr std::uint8_t Chap2Response = 25;
constexpr std::uint8_t Chap2Success = 26;
constexpr std::uint8_t Chap2Cpw = 27;

// MS-MPPE-Encryption-Policy values and MS-MPPE-Encryption-Types bits.
constexpr std::uint32_t PolicyAllowed = 1;
constexpr std::uint32_t PolicyRequired = 2;
constexpr std::uint32_t Types40 = 0x2;
constexpr std::uint32_t Types128 = 0x4;
constexpr std::uint32_t Types56 = 0x8;
} // namespace ms

// Cisco's vendor attribute (vendor 9, Cisco-AVPair, type 1, "name=value" text), which
// FreeRADIUS's dictionary.cisco already knows. Keyward reads one value of it: the
// convention Cisco's NASes use in a CoA-Request for "authenticate this session again"
// (subscriber:command=reauthenticate), which for PPTP is a fresh MS-CHAPv2 exchange and
// so new MPPE keys. RFC 5176 has no standard attribute for it.
namespace cisco {
constexpr std::uint32_t VendorId = 9;
constexpr std::uint8_t AvPair = 1;
constexpr std::string_view Reauthenticate = "subscriber:command=reauthenticate";
} // namespace cisco

// RFC 2865 §3: a packet is 20 to 4096 octets; an attribute's value at most 253.
constexpr std::size_t HeaderSize = 20;
constexpr std::size_t MaxPacketSize = 4096;
constexpr std::size_t MaxAttributeValue = 253;
constexpr std::size_t AuthenticatorSize = 16;
// RFC 2548 §2.3.3: an MS-CHAP-NT-Enc-PW carries at most 243 octets of the password.
constexpr std::size_t MaxNtEncPwChunk = 243;

} // namespace keyward::radius
