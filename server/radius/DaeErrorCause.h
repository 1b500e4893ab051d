#pragma once

// The Error-Cause values (RFC 5176 §3.5) that Keyward puts in a Disconnect-NAK or a
// CoA-NAK, and their names for logs and the audit trail.

#include <cstdint>
#include <string_view>

namespace keyward::radius {

enum class DaeErrorCause : std::uint32_t
{
    UnsupportedAttribute = 401,      // an attribute Keyward does not act on
    MissingAttribute = 402,          // no session identification attribute
    NasIdentificationMismatch = 403, // NAS-IP-Address or NAS-Identifier not ours
    InvalidRequest = 404,            // nothing to change, or an attribute given twice
    UnsupportedService = 405,        // Service-Type other than what Keyward does
    InvalidAttributeValue = 407,     // an attribute of the wrong length or value
    SessionContextNotFound = 503,    // no live session matches
    ResourcesUnavailable = 506,      // the request could not be recorded: nothing done
};

constexpr std::string_view toString(DaeErrorCause cause)
{
    switch (cause) {
    case DaeErrorCause::UnsupportedAttribute:
        return "Unsupported-Attribute";
    case DaeErrorCause::MissingAttribute:
        return "Missing-Attribute";
    case DaeErrorCause::NasIdentificationMismatch:
        return "NAS-Identification-Mismatch";
    case DaeErrorCause::InvalidRequest:
        return "Invalid-Request";
    case DaeErrorCause::UnsupportedService:
        return "Unsupported-Service";
    case DaeErrorCause::InvalidAttributeValue:
        return "Invalid-Attribute-Value";
    case DaeErrorCause::SessionContextNotFound:
        return "Session-Context-Not-Found";
    case DaeErrorCause::ResourcesUnavailable:
        return "Resources-Unavailable";
    }
    return "Unknown";
}

} // namespace keyward::radius
