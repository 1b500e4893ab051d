#include "client/ProfileStore.h"

#include <QSettings>
#include <algorithm>

namespace keyward::console {

namespace {
QList<ConnectionProfile> readRemotes(QSettings &s)
{
    QList<ConnectionProfile> list;
    const int n = s.beginReadArray(QStringLiteral("remoteServers"));
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        list << ConnectionProfile::load(s);
    }
    s.endArray();
    return list;
}

void writeRemotes(QSettings &s, const QList<ConnectionProfile> &list)
{
    s.beginWriteArray(QStringLiteral("remoteServers"), static_cast<int>(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        s.setArrayIndex(i);
        list[i].save(s);
    }
    s.endArray();
}
} // namespace

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QSettings s;
    QList<ConnectionProfile> remotes = readRemotes(s);
    std::sort(remotes.begin(), remotes.end(),
              [](const auto &a, const auto &b) { return a.name() < b.name(); });
    s.beginGroup(QStringLiteral("localServer"));
    QList<ConnectionProfile> all{ConnectionProfile::load(s)};
    s.endGroup();
    return all + remotes;
}

void ProfileStore::saveRemote(const ConnectionProfile &profile)
{
    QSettings s;
    QList<ConnectionProfile> list = readRemotes(s);
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const auto &p) { return p.name() == profile.name(); }),
               list.end());
    list << profile;
    writeRemotes(s, list);
}

void ProfileStore::removeRemote(const QString &name)
{
    QSettings s;
    QList<ConnectionProfile> list = readRemotes(s);
    list.erase(
        std::remove_if(list.begin(), list.end(), [&](const auto &p) { return p.name() == name; }),
        list.end());
    writeRemotes(s, list);
    // A server added later under the same name is not watched unasked.
    QStringList watched = s.value(QStringLiteral("watchedServers")).toStringList();
    watched.removeAll(name);
    s.setValue(QStringLiteral("watchedServers"), watched);
}

ConnectionProfile ProfileStore::current() const
{
    QSettings s;
    const QString name = s.value(QStringLiteral("currentServer")).toString();
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile &p : all) {
        if (p.isRemote() && p.name() == name)
            return p;
    }
    return all.first();
}

void ProfileStore::setCurrent(const ConnectionProfile &profile)
{
    QSettings s;
    if (!profile.isRemote()) {
        s.beginGroup(QStringLiteral("localServer"));
        profile.save(s);
        s.endGroup();
    }
    s.setValue(QStringLiteral("currentServer"), profile.isRemote() ? profile.name() : QString());
}

QList<ConnectionProfile> ProfileStore::watched() const
{
    QList<ConnectionProfile> list;
    for (const ConnectionProfile &p : profiles()) {
        if (isWatched(p))
            list << p;
    }
    return list;
}

bool ProfileStore::isWatched(const ConnectionProfile &profile) const
{
    return QSettings()
        .value(QStringLiteral("watchedServers"))
        .toStringList()
        .contains(profile.key());
}

void ProfileStore::setWatched(const ConnectionProfile &profile, bool watch)
{
    QSettings s;
    QStringList keys = s.value(QStringLiteral("watchedServers")).toStringList();
    keys.removeAll(profile.key());
    if (watch)
        keys << profile.key();
    s.setValue(QStringLiteral("watchedServers"), keys);
}

} // namespace keyward::console
