#pragma once

// IPv4 addresses as keywardd and keyward-probe keep them: a 32-bit number in host
// byte order, written as a dotted quad. Qt Core only, so the probe needs no part of
// the daemon for it.

#include <QString>
#include <QStringView>
#include <cstdint>
#include <optional>

namespace keyward::runtime {

// "192.0.2.1" for 0xc0000201.
QString formatAddress(std::uint32_t hostOrder);

// Exactly four decimal parts 0-255 separated by dots (surrounding blanks are allowed).
// Short forms ("10.1"), leading zeros (octal or decimal?), names and IPv6 are refused.
std::optional<std::uint32_t> parseAddress(QStringView text);

} // namespace keyward::runtime
