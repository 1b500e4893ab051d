#pragma once

// One sign-in as a backend sees it: the MS-CHAPv2 exchange to judge (a Response, or a
// Change-Password after E=648) and where it comes from. It carries key material
// (the NT-Response): it stays in the server process, never in a log or an event.

#include "mschapv2/MsChapV2SignIn.h"

#include <QString>

namespace keyward::signin {

struct SignInRequest
{
    protocol::mschapv2::MsChapV2Check check;
    QString peerAddress; // the client's address, for lockout and the audit trail
    quint16 callId = 0;  // our call id, for the log
};

} // namespace keyward::signin
