#pragma once

// The one-time passwords a rotation handed out with an expiry, kept as one setting
// (never the passwords: names and times only). A credential is unused while the
// account still has the password it was given and has not signed in since.

#include "api/WindowStepMessages.h"
#include "common/Result.h"
#include "core/UserRecord.h"

#include <QDateTime>

namespace keyward::core {
class SettingsStore;
}

namespace keyward::admin {

class TemporaryCredentials
{
public:
    [[nodiscard]] static Result<TemporaryCredentials> load(const core::SettingsStore &settings);
    // Joins the caller's transaction.
    [[nodiscard]] Status save(core::SettingsStore &settings) const;

    // Replaces any earlier entry for the same user (names compare case-insensitively).
    void issue(const QString &name, qint64 issuedAt, qint64 expiresAt, const QString &by);
    void remove(const QString &name);
    const QList<api::TemporaryCredential> &all() const { return m_list.credentials; }
    api::TemporaryCredentialList toList() const { return m_list; }

    static bool unused(const api::TemporaryCredential &credential, const core::UserRecord &user);

private:
    api::TemporaryCredentialList m_list;
};

} // namespace keyward::admin
