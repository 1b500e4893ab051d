#pragma once

// The console's saved connection profiles, in its settings file: the local server
// always, plus any remote servers the admin added. Tokens are not here (TokenVault).

#include "client/ConnectionProfile.h"

#include <QList>

namespace keyward::console {

class ProfileStore
{
public:
    // The local profile first, then the remote ones by name.
    QList<ConnectionProfile> profiles() const;
    void saveRemote(const ConnectionProfile &profile);
    void removeRemote(const QString &name);
    // The profile used last, or the local one.
    ConnectionProfile current() const;
    void setCurrent(const ConnectionProfile &profile);
};

} // namespace keyward::console
