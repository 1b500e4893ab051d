#pragma once

// Who came in and who was kept out of the admin API, in the audit trail: remote
// token sign-ins (token name, address, role) and their refusals (the token's name
// when it is one of ours, the address, why), and calls refused for the caller's
// role. A flood cannot fill the trail: past a handful of entries a minute of each
// kind, the rest are counted and the count goes into the next entry written.
// Never a token.

#include "api/AdminRole.h"
#include "ipc/RateWindow.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace keyward::admin {

struct AdminContext;

class AccessAudit : public QObject
{
    Q_OBJECT

public:
    // Entries of each kind per minute; the rest are counted.
    static constexpr int SignInsPerMinute = 30;
    static constexpr int RefusalsPerMinute = 10;
    static constexpr int DenialsPerMinute = 20;

    // Audit actions.
    static inline const QString SignIn = QStringLiteral("admin.signin");
    static inline const QString Denied = QStringLiteral("admin.denied");

    explicit AccessAudit(AdminContext &context, QObject *parent = nullptr);

    void tokenSignedIn(const QString &name, const QString &address, keyward::api::AdminRole role);
    void tokenRefused(const QString &name, const QString &address, const QString &why);
    void callDenied(const QString &identity, const QString &method, keyward::api::AdminRole role,
                    const QString &why);

private:
    void write(ipc::RateWindow &window, const QString &actor, const QString &action,
               const QString &target, const QString &outcome, QJsonObject details);

    AdminContext &m_context;
    QElapsedTimer m_clock;
    ipc::RateWindow m_signIns{SignInsPerMinute, 60000};
    ipc::RateWindow m_refusals{RefusalsPerMinute, 60000};
    ipc::RateWindow m_denials{DenialsPerMinute, 60000};
};

} // namespace keyward::admin
