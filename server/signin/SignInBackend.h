#pragma once

// Where a PPP session's sign-in is judged. The session asks and goes on serving its
// event loop; the backend answers once, later, with a verdict: success with the
// MS-CHAPv2 authenticator response and the MPPE master keys, or a refusal with its
// E= code. The local credential store is one backend (it knows NT hashes); a RADIUS
// backend gets MS-CHAP2-Success and MS-MPPE-Send/Recv-Key (RFC 2548) from its server
// and answers the same way. The session does not know which one answered.

#include "mschapv2/MsChapV2SignIn.h"
#include "signin/SignInGrant.h"
#include "signin/SignInRequest.h"

#include <QObject>
#include <QString>
#include <functional>

namespace keyward::signin {

class SignInBackend : public QObject
{
    Q_OBJECT

public:
    // The verdict, and what the backend grants with it (its name, the limits its
    // server set; see SignInGrant).
    using Done = std::function<void(const protocol::mschapv2::MsChapV2Verdict &verdict,
                                    const SignInGrant &grant)>;

    using QObject::QObject;
    ~SignInBackend() override = default;

    // "local", "radius": shown with each session.
    virtual QString name() const = 0;
    // Judges the request and calls `done` exactly once, never before verify() returns
    // (so a caller may call it from inside its own event handling). The caller keeps
    // its own deadline: a backend that does not answer in time costs the client a
    // refusal, not the server a hang.
    virtual void verify(const SignInRequest &request, Done done) = 0;

signals:
    // An account was locked after too many failed sign-ins.
    void lockedOut(const QString &user, int failures, const QString &address);
};

} // namespace keyward::signin
