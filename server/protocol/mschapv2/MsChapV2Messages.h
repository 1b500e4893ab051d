#pragma once

// The text bodies of MS-CHAPv2 Success and Failure packets (RFC 2759 §5, §6),
// parsed into fields. Formatting and parsing live in MsChapV2Codec.

#include "mschapv2/MsChapV2Crypto.h"

#include <cstdint>
#include <optional>
#include <string>

namespace keyward::protocol::mschapv2 {

// RFC 2759 §6 error codes.
enum class MsChapV2Error : std::uint32_t
{
    RestrictedLogonHours = 646,
    AccountDisabled = 647,
    PasswordExpired = 648,
    NoDialinPermission = 649,
    AuthenticationFailure = 691,
    ChangingPassword = 709,
};

struct MsChapV2SuccessMessage
{
    std::string authenticatorResponse; // "S=" + 40 hex digits
    std::string message;               // M= text, may be empty
    bool operator==(const MsChapV2SuccessMessage &) const = default;
};

struct MsChapV2FailureMessage
{
    std::uint32_t error = 0;
    bool retry = false;
    std::optional<Challenge> challenge; // C=, absent in some implementations
    std::uint32_t version = 3;
    std::string message; // M= text, may be empty
    bool operator==(const MsChapV2FailureMessage &) const = default;
};

} // namespace keyward::protocol::mschapv2
