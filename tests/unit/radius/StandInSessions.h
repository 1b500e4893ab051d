#pragma once

// A stand-in for keywardd's session registry in the RFC 5176 tests: live sessions as
// values, and a record of what was ended, rekeyed and limited.

#include "admin/SessionControl.h"

#include <QList>
#include <QStringList>

class StandInSessions : public keyward::admin::SessionControl
{
public:
    QList<keyward::core::LiveSession> live;
    QStringList ended; // "ID REASON by ACTOR"
    QList<quint16> rekeyed;
    QList<RekeyDone> rekeyDone;
    QStringList limits; // "ID SESSION IDLE ACTOR"

    QList<keyward::core::LiveSession> sessions() const override { return live; }
    int count() const override { return static_cast<int>(live.size()); }
    std::optional<keyward::core::LiveSession> session(quint16 id) const override
    {
        for (const auto &s : live)
            if (s.id == id)
                return s;
        return std::nullopt;
    }
    bool end(quint16 id, const QString &reason, const QString &actor) override
    {
        for (int i = 0; i < live.size(); ++i) {
            if (live[i].id == id) {
                live.removeAt(i);
                ended << QStringLiteral("%1 %2 by %3").arg(id).arg(reason, actor);
                return true;
            }
        }
        return false;
    }
    int endSessionsOf(const QString &, const QString &, const QString &) override { return 0; }
    bool rekey(quint16 id, RekeyDone done) override
    {
        rekeyed << id;
        rekeyDone << std::move(done);
        return true;
    }
    std::optional<Limits> changeLimits(quint16 id, std::optional<int> sessionSeconds,
                                       std::optional<int> idleSeconds,
                                       const QString &actor) override
    {
        limits << QStringLiteral("%1 %2 %3 %4")
                      .arg(id)
                      .arg(sessionSeconds.value_or(-1))
                      .arg(idleSeconds.value_or(-1))
                      .arg(actor);
        return Limits{sessionSeconds.value_or(100), idleSeconds.value_or(100)};
    }
};
