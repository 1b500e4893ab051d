#pragma once

// PPP protocol numbers (RFC 1661 section 2, IANA "PPP DLL Protocol Numbers") and the
// rule every protocol number obeys: the low octet is odd and the high octet is even.

#include <cstdint>
#include <string_view>

namespace keyward::protocol::ppp {

inline constexpr std::uint16_t kProtocolIpv4 = 0x0021;
inline constexpr std::uint16_t kProtocolIpv6 = 0x0057;
inline constexpr std::uint16_t kProtocolCompressedDatagram = 0x00FD;
inline constexpr std::uint16_t kProtocolIpcp = 0x8021;
inline constexpr std::uint16_t kProtocolIpv6cp = 0x8057;
inline constexpr std::uint16_t kProtocolCcp = 0x80FD;
inline constexpr std::uint16_t kProtocolLcp = 0xC021;
inline constexpr std::uint16_t kProtocolPap = 0xC023;
inline constexpr std::uint16_t kProtocolLqr = 0xC025;
inline constexpr std::uint16_t kProtocolChap = 0xC223;
inline constexpr std::uint16_t kProtocolEap = 0xC227;

// CHAP algorithm octets carried in the LCP Authentication-Protocol option.
inline constexpr std::uint8_t kChapMd5 = 0x05;
inline constexpr std::uint8_t kChapMsV1 = 0x80;
inline constexpr std::uint8_t kChapMsV2 = 0x81;

// Which end of the link we are: the PPTP server (authenticator, assigns addresses)
// or a client such as keyward-probe.
enum class PppRole : std::uint8_t
{
    Server,
    Client
};

constexpr bool isValidProtocolNumber(std::uint16_t protocol)
{
    return (protocol & 0x0001) != 0 && (protocol & 0x0100) == 0;
}

// The protocols Keyward speaks over a PPTP call; anything else valid gets an LCP
// Protocol-Reject.
constexpr bool isSupportedProtocol(std::uint16_t protocol)
{
    switch (protocol) {
    case kProtocolLcp:
    case kProtocolChap:
    case kProtocolIpcp:
    case kProtocolCcp:
    case kProtocolIpv4:
    case kProtocolCompressedDatagram:
        return true;
    default:
        return false;
    }
}

constexpr std::string_view protocolName(std::uint16_t protocol)
{
    switch (protocol) {
    case kProtocolIpv4:
        return "IPv4";
    case kProtocolIpv6:
        return "IPv6";
    case kProtocolCompressedDatagram:
        return "compressed datagram";
    case kProtocolIpcp:
        return "IPCP";
    case kProtocolIpv6cp:
        return "IPV6CP";
    case kProtocolCcp:
        return "CCP";
    case kProtocolLcp:
        return "LCP";
    case kProtocolPap:
        return "PAP";
    case kProtocolLqr:
        return "LQR";
    case kProtocolChap:
        return "CHAP";
    case kProtocolEap:
        return "EAP";
    default:
        return "unknown protocol";
    }
}

} // namespace keyward::protocol::ppp
