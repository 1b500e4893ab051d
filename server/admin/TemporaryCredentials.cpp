#include "admin/TemporaryCredentials.h"

#include "core/SettingsStore.h"

namespace keyward::admin {

namespace {
const QString SettingsKey = QStringLiteral("temporaryCredentials");
}

Result<TemporaryCredentials> TemporaryCredentials::load(const core::SettingsStore &settings)
{
    auto stored = settings.read(SettingsKey);
    if (!stored)
        return stored.error();
    TemporaryCredentials out;
    if (stored->isEmpty())
        return out;
    auto list = api::TemporaryCredentialList::fromJson(*stored);
    if (!list)
        return fail(ErrorKind::Internal, "the temporary credentials: " + list.message());
    out.m_list = *list;
    return out;
}

Status TemporaryCredentials::save(core::SettingsStore &settings) const
{
    return settings.write(SettingsKey, m_list.toJson());
}

void TemporaryCredentials::issue(const QString &name, qint64 issuedAt, qint64 expiresAt,
                                 const QString &by)
{
    remove(name);
    m_list.credentials.append({name, QDateTime::fromSecsSinceEpoch(issuedAt, Qt::UTC),
                               QDateTime::fromSecsSinceEpoch(expiresAt, Qt::UTC), by});
}

void TemporaryCredentials::remove(const QString &name)
{
    m_list.credentials.removeIf([&](const api::TemporaryCredential &c) {
        return c.name.compare(name, Qt::CaseInsensitive) == 0;
    });
}

bool TemporaryCredentials::unused(const api::TemporaryCredential &credential,
                                  const core::UserRecord &user)
{
    const qint64 issued = credential.issuedAt.toSecsSinceEpoch();
    return user.passwordChangedAt == issued && user.lastLoginAt < issued;
}

} // namespace keyward::admin
