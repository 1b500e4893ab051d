#pragma once

// What a PppSession reports to its owner. None of these carries a password; the
// check in PppSignInRequested goes to the sign-in backend and the MPPE start keys
// in PppMppeReady to the data plane, and nowhere else (never a log, never an IPC
// event).

#include "common/Bytes.h"
#include "mppe/MppeParameters.h"
#include "mschapv2/MsChapV2SignIn.h"

#include <cstdint>
#include <string>
#include <variant>

namespace keyward::protocol::session {

// Server: the peer proved its password. Client: the server accepted us (and proved
// itself with the S= response).
struct PppAuthenticated
{
    std::string user;
};

struct PppAuthFailed
{
    std::string user;
    std::uint32_t code = 0; // RFC 2759 E= value, 0 for timeouts and local causes
    std::string reason;
    bool final = false;
};

// Server: the peer answered our Challenge (or sent Change-Password). Ask the
// sign-in backend and hand its verdict to PppSession::onSignInVerdict(); the
// session waits without blocking, up to its verdict timeout.
struct PppSignInRequested
{
    mschapv2::MsChapV2Check check;
};

// CCP opened: the data plane can start MPPE with these keys. Comes again after a
// rekey or an LCP renegotiation, with new keys.
struct PppMppeReady
{
    mppe::MppeParameters parameters;
    Bytes sendStartKey;
    Bytes receiveStartKey;
    // The peer's LCP MRU: no IPv4 packet longer than this is sent to it (MPPE's own
    // octets not counted, as Windows and pppd do).
    std::uint16_t peerMru = 1500;
};

// IPCP opened: addresses in host byte order.
struct PppNetworkUp
{
    std::uint32_t localAddress = 0;
    std::uint32_t peerAddress = 0;
    std::uint32_t primaryDns = 0;
    std::uint32_t secondaryDns = 0;
};

// The peer sent a CCP Reset-Request: flush our encryptor's next packet.
struct PppPeerResetRequest
{
};

// A line for the session log (negotiated values, refusals, what the peer did wrong).
struct PppLog
{
    std::string message;
};

// LCP finished: the session is over; close the call.
struct PppEnded
{
    std::string reason;
    bool byPeer = false;
};

using PppSessionEvent =
    std::variant<PppAuthenticated, PppAuthFailed, PppSignInRequested, PppMppeReady, PppNetworkUp,
                 PppPeerResetRequest, PppLog, PppEnded>;

} // namespace keyward::protocol::session
