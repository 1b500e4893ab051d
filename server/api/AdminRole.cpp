#include "api/AdminRole.h"

#include "api/AdminEvent.h"
#include "api/AdminMethod.h"

#include <QHash>
#include <algorithm>

namespace keyward::api {

namespace {

// The one table: the weakest role each method needs. Adding a method to the API
// means adding it here; a method missing here needs admin.
const QHash<QString, AdminRole> &table()
{
    static const QHash<QString, AdminRole> t{
        {Method::Hello, AdminRole::Auditor},
        {Method::Subscribe, AdminRole::Auditor},
        {Method::Status, AdminRole::Auditor},
        {Method::UserList, AdminRole::Auditor},
        {Method::UserShow, AdminRole::Auditor},
        {Method::UserExpiring, AdminRole::Auditor},
        {Method::SessionList, AdminRole::Auditor},
        {Method::SessionHistory, AdminRole::Auditor},
        {Method::PolicyGet, AdminRole::Auditor},
        {Method::AuditList, AdminRole::Auditor},
        {Method::AuditVerify, AdminRole::Auditor},
        {Method::WindowList, AdminRole::Auditor},
        {Method::WindowInventory, AdminRole::Auditor},
        {Method::WindowBaselinePreview, AdminRole::Auditor},
        {Method::WindowTemporary, AdminRole::Auditor},
        {Method::WindowNotice, AdminRole::Auditor},
        {Method::ReportList, AdminRole::Auditor},
        {Method::ReportDownload, AdminRole::Auditor},
        {Method::ReportKey, AdminRole::Auditor},
        {Method::ReportSchedule, AdminRole::Auditor},
        {Method::ReportCreate, AdminRole::Operator},
        {Method::SessionDisconnect, AdminRole::Operator},
        {Method::SessionRevoke, AdminRole::Operator},
        {Method::SessionRekey, AdminRole::Operator},
        {Method::UserReset, AdminRole::Operator},
        {Method::UserUnlock, AdminRole::Operator},
        {Method::UserEnable, AdminRole::Operator},
        {Method::UserDisable, AdminRole::Operator},
        {Method::UserAdd, AdminRole::Admin},
        {Method::UserDelete, AdminRole::Admin},
        {Method::UserGroups, AdminRole::Admin},
        {Method::UserImport, AdminRole::Admin},
        {Method::UserRotate, AdminRole::Admin},
        {Method::PolicySet, AdminRole::Admin},
        {Method::WindowPlan, AdminRole::Admin},
        {Method::WindowCancel, AdminRole::Admin},
        {Method::WindowBaselineApply, AdminRole::Admin},
        {Method::WindowCleanup, AdminRole::Admin},
        {Method::WindowValidate, AdminRole::Admin},
        {Method::WindowNoticeSet, AdminRole::Admin},
        {Method::CaptureStart, AdminRole::Admin},
        {Method::CaptureStop, AdminRole::Admin},
        {Method::CaptureList, AdminRole::Admin},
        {Method::CaptureDownload, AdminRole::Admin},
        {Method::CaptureDelete, AdminRole::Admin},
        {Method::CaptureAnalysis, AdminRole::Admin},
        {Method::CapturePacket, AdminRole::Admin},
        {Method::BackupCreate, AdminRole::Admin},
        {Method::BackupList, AdminRole::Admin},
        {Method::BackupDownload, AdminRole::Admin},
        {Method::BackupUpload, AdminRole::Admin},
        {Method::BackupDelete, AdminRole::Admin},
        {Method::BackupRestore, AdminRole::Admin},
        {Method::ReportScheduleSet, AdminRole::Admin},
        {Method::TokenCreate, AdminRole::Admin},
        {Method::TokenList, AdminRole::Admin},
        {Method::TokenRevoke, AdminRole::Admin},
    };
    return t;
}

} // namespace

QString roleName(AdminRole role)
{
    switch (role) {
    case AdminRole::Auditor:
        return QStringLiteral("auditor");
    case AdminRole::Operator:
        return QStringLiteral("operator");
    case AdminRole::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("auditor");
}

std::optional<AdminRole> roleFromName(const QString &name)
{
    for (AdminRole role : {AdminRole::Auditor, AdminRole::Operator, AdminRole::Admin}) {
        if (name == roleName(role))
            return role;
    }
    return std::nullopt;
}

QStringList roleNames()
{
    return {roleName(AdminRole::Auditor), roleName(AdminRole::Operator),
            roleName(AdminRole::Admin)};
}

AdminRole roleNeeded(const QString &method)
{
    return table().value(method, AdminRole::Admin);
}

AdminRole roleNeededForEvent(const QString &event)
{
    return event == Event::CapturePackets ? AdminRole::Admin : AdminRole::Auditor;
}

bool localOnly(const QString &method)
{
    return method.startsWith(QLatin1String("token."));
}

bool mayCall(AdminRole role, AdminChannel channel, const QString &method)
{
    if (channel == AdminChannel::Remote && localOnly(method))
        return false;
    return static_cast<int>(role) >= static_cast<int>(roleNeeded(method));
}

QStringList methodsFor(AdminRole role, AdminChannel channel)
{
    QStringList names;
    for (auto it = table().cbegin(); it != table().cend(); ++it) {
        if (mayCall(role, channel, it.key()))
            names << it.key();
    }
    std::sort(names.begin(), names.end());
    return names;
}

QString forbiddenMessage(AdminRole role, AdminChannel channel, const QString &method)
{
    if (channel == AdminChannel::Remote && localOnly(method))
        return QStringLiteral("%1 needs a local admin on the server itself (keywardctl there); "
                              "tokens are never managed over a remote connection, whatever "
                              "its role (this one is %2)")
            .arg(method, roleName(role));
    return QStringLiteral("%1 needs the %2 role; this connection has the %3 role")
        .arg(method, roleName(roleNeeded(method)), roleName(role));
}

} // namespace keyward::api
