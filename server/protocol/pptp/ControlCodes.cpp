#include "pptp/ControlCodes.h"

namespace keyward::protocol::pptp {

namespace {

std::string unknown(const char *what, unsigned value)
{
    return std::string("unknown ") + what + " " + std::to_string(value);
}

} // namespace

std::string controlTypeName(std::uint16_t type)
{
    switch (type) {
    case 1:
        return "SCCRQ";
    case 2:
        return "SCCRP";
    case 3:
        return "StopCCRQ";
    case 4:
        return "StopCCRP";
    case 5:
        return "Echo-Request";
    case 6:
        return "Echo-Reply";
    case 7:
        return "OCRQ";
    case 8:
        return "OCRP";
    case 9:
        return "ICRQ";
    case 10:
        return "ICRP";
    case 11:
        return "ICCN";
    case 12:
        return "CCRQ";
    case 13:
        return "CDN";
    case 14:
        return "WEN";
    case 15:
        return "SLI";
    default:
        return "type " + std::to_string(type);
    }
}

std::size_t controlMessageSize(std::uint16_t type)
{
    switch (type) {
    case 1: // SCCRQ
    case 2: // SCCRP
        return 156;
    case 3: // StopCCRQ
    case 4: // StopCCRP
    case 5: // Echo-Request
        return 16;
    case 6: // Echo-Reply
        return 20;
    case 7: // OCRQ
        return 168;
    case 8: // OCRP
        return 32;
    case 9: // ICRQ
        return 220;
    case 10: // ICRP
        return 24;
    case 11: // ICCN
        return 28;
    case 12: // CCRQ
        return 16;
    case 13: // CDN
        return 148;
    case 14: // WEN
        return 40;
    case 15: // SLI
        return 24;
    default:
        return 0;
    }
}

std::string errorText(GeneralError code)
{
    switch (code) {
    case GeneralError::None:
        return "no general error";
    case GeneralError::NotConnected:
        return "not connected: no control connection exists yet";
    case GeneralError::BadFormat:
        return "bad format: length wrong or magic cookie wrong";
    case GeneralError::BadValue:
        return "bad value: a field was out of range or a reserved field was not zero";
    case GeneralError::NoResource:
        return "no resource: insufficient resources to handle the command";
    case GeneralError::BadCallId:
        return "bad call id: the call id is invalid in this context";
    case GeneralError::PacError:
        return "PAC error: a generic vendor-specific error occurred in the PAC";
    }
    return unknown("general error code", static_cast<unsigned>(code));
}

std::string resultText(SccrpResult code)
{
    switch (code) {
    case SccrpResult::Success:
        return "successful channel establishment";
    case SccrpResult::GeneralError:
        return "general error";
    case SccrpResult::ChannelExists:
        return "command channel already exists";
    case SccrpResult::NotAuthorized:
        return "requester is not authorized to establish a command channel";
    case SccrpResult::VersionNotSupported:
        return "protocol version of the requester is not supported";
    }
    return unknown("SCCRP result code", static_cast<unsigned>(code));
}

std::string reasonText(StopReason reason)
{
    switch (reason) {
    case StopReason::None:
        return "general request to clear the control connection";
    case StopReason::StopProtocol:
        return "cannot support the peer's protocol version";
    case StopReason::LocalShutdown:
        return "requester is being shut down";
    }
    return unknown("stop reason", static_cast<unsigned>(reason));
}

std::string resultText(StopResult code)
{
    switch (code) {
    case StopResult::Ok:
        return "control connection closed";
    case StopResult::GeneralError:
        return "control connection not closed: general error";
    }
    return unknown("StopCCRP result code", static_cast<unsigned>(code));
}

std::string resultText(EchoResult code)
{
    switch (code) {
    case EchoResult::Ok:
        return "echo reply is valid";
    case EchoResult::GeneralError:
        return "general error";
    }
    return unknown("Echo-Reply result code", static_cast<unsigned>(code));
}

std::string resultText(OcrpResult code)
{
    switch (code) {
    case OcrpResult::Connected:
        return "call established with no errors";
    case OcrpResult::GeneralError:
        return "outgoing call not established: general error";
    case OcrpResult::NoCarrier:
        return "outgoing call failed: no carrier detected";
    case OcrpResult::Busy:
        return "outgoing call failed: busy signal detected";
    case OcrpResult::NoDialTone:
        return "outgoing call failed: no dial tone";
    case OcrpResult::TimeOut:
        return "outgoing call not established within the time allotted by the PAC";
    case OcrpResult::DoNotAccept:
        return "outgoing call not placed for administrative reasons";
    }
    return unknown("OCRP result code", static_cast<unsigned>(code));
}

std::string resultText(IcrpResult code)
{
    switch (code) {
    case IcrpResult::Connect:
        return "the PAC should answer the incoming call";
    case IcrpResult::GeneralError:
        return "incoming call should not be established: general error";
    case IcrpResult::DoNotAccept:
        return "the PAC should not accept the incoming call";
    }
    return unknown("ICRP result code", static_cast<unsigned>(code));
}

std::string resultText(CdnResult code)
{
    switch (code) {
    case CdnResult::LostCarrier:
        return "call disconnected due to loss of carrier";
    case CdnResult::GeneralError:
        return "call disconnected: general error";
    case CdnResult::AdminShutdown:
        return "call disconnected for administrative reasons";
    case CdnResult::Request:
        return "call disconnected due to receipt of a Call-Clear-Request";
    }
    return unknown("CDN result code", static_cast<unsigned>(code));
}

} // namespace keyward::protocol::pptp
