#pragma once

// The one way an admin service changes state: the change and its audit entry in one
// transaction. If either fails, neither happens, and the caller gets the error (its
// kind decides the admin API's error code). Nothing is changed without a record of
// who did it.

#include "common/Result.h"

#include <QJsonObject>
#include <QString>
#include <functional>

namespace keyward::admin {

struct AdminContext;

class AuditedChange
{
public:
    AuditedChange(AdminContext &context, QString actor)
        : m_context(context), m_actor(std::move(actor))
    {}

    // Runs `change`, then appends (actor, action, target, "ok", details), in one
    // transaction.
    Status run(const QString &action, const QString &target, const QJsonObject &details,
               const std::function<Status()> &change);
    // The same, for a change whose details are known only once it has run: `change`
    // returns them.
    Status run(const QString &action, const QString &target,
               const std::function<Result<QJsonObject>()> &change);
    // An entry for something that has already happened or happens outside the
    // database (a session ended, a rekey's outcome), with its outcome.
    Status record(const QString &action, const QString &target, const QString &outcome,
                  const QJsonObject &details);

private:
    AdminContext &m_context;
    QString m_actor;
};

} // namespace keyward::admin
