#pragma once

// One entry of the audit trail: who did what to which target, when, and how it
// ended. Details are a JSON object of non-secret facts (never a password, hash or
// key). `hash` chains the entry to the one before it: a SHA-256 for the entries
// written before the chain was keyed, an HMAC-SHA256 under the audit key after.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace keyward::core {

class AuditKey;

struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;  // Unix milliseconds
    QString actor;  // admin identity ("alice (uid 1000)") or "system"
    QString action; // "user.add", "session.revoke", ...
    QString target;
    QString outcome; // "ok" or what went wrong
    QJsonObject details;
    QByteArray previousHash;
    QByteArray hash;

    // SHA-256 over the previous hash and every field, each length-prefixed so no
    // two different entries serialise alike.
    QByteArray computeHash() const;
    // HMAC-SHA256 under the audit key over the same fields.
    QByteArray computeMac(const AuditKey &key) const;

private:
    QByteArray canonical() const;
};

} // namespace keyward::core
