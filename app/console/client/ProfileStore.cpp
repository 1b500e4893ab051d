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

} // namespace keyward::console
