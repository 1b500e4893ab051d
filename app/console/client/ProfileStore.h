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
    // The saved profiles the admin watches besides the current one (the console
    // stays connected to each), in the order of profiles().
    QList<ConnectionProfile> watched() const;
    bool isWatched(const ConnectionProfile &profile) const;
    void setWatched(const ConnectionProfile &profile, bool watch);
};

} // namespace keyward::console
