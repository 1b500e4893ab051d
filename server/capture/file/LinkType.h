#pragma once

// The pcap link-layer types Keyward reads (tcpdump.org LINKTYPE_* values).

#include <QtGlobal>

namespace keyward::capture::LinkType {

inline constexpr quint32 Null = 0;        // BSD loopback: 4-byte address family, host order
inline constexpr quint32 Ethernet = 1;    // Ethernet II, with 802.1Q / 802.1ad tags
inline constexpr quint32 RawOld = 12;     // raw IP (OpenBSD's DLT_RAW number)
inline constexpr quint32 Raw = 101;       // raw IPv4 or IPv6
inline constexpr quint32 Loop = 108;      // OpenBSD loopback: family in network order
inline constexpr quint32 LinuxSll = 113;  // Linux cooked capture v1 (tshark -i any, older)
inline constexpr quint32 Ipv4 = 228;      // raw IPv4 only
inline constexpr quint32 LinuxSll2 = 276; // Linux cooked capture v2 (tshark -i any)

} // namespace keyward::capture::LinkType
