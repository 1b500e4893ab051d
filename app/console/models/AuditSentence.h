#pragma once

// An audit entry as a sentence an admin reads: "root reset bob's password; bob must
// change it at the next sign-in". Every action keywardd records has a sentence of its
// own, written from the actor, the target and the details the server sends (which
// never hold a secret); an action this console does not know still reads as a
// sentence ("root did user.frobnicate to bob"), never as raw JSON.

#include "api/AuditMessages.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace keyward::console {

class AuditSentence
{
    Q_DECLARE_TR_FUNCTIONS(AuditSentence)

public:
    // The sentence for one entry, translated.
    static QString of(const api::AuditEntry &entry);
    // The actions that have a sentence of their own (the one list of them).
    static QStringList knownActions();
    // Who did it, as a person reads it: "root (uid 0)" is root, "user:bob" is bob,
    // "token laptop from 192.0.2.7" is the API token 'laptop' (from 192.0.2.7).
    static QString actorName(const QString &actor);
};

} // namespace keyward::console
