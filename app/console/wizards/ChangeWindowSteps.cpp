#include "wizards/ChangeWindowSteps.h"

#include "api/AdminMethod.h"
#include "client/ServerConnection.h"
#include "ipc/IpcProtocol.h"

namespace keyward::console {

ChangeWindowSteps::ChangeWindowSteps(ServerConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{}

ErrorKind ChangeWindowSteps::kindOf(const QString &code)
{
    namespace C = ipc::ErrorCode;
    if (code == C::InvalidParams)
        return ErrorKind::Invalid;
    if (code == C::NotFound)
        return ErrorKind::NotFound;
    if (code == C::Conflict)
        return ErrorKind::Conflict;
    if (code == C::Forbidden)
        return ErrorKind::Forbidden;
    if (code == C::Unavailable || code == C::Timeout || code == C::Disconnected)
        return ErrorKind::Unavailable;
    return ErrorKind::Internal;
}

template <typename T>
void ChangeWindowSteps::call(const QString &method, const QJsonObject &params, Reply<T> done,
                             bool changes, int timeoutMs)
{
    if (!m_connection)
        return done(fail(ErrorKind::Unavailable, tr("Not connected to a server.").toStdString()));
    QPointer<ChangeWindowSteps> self(this);
    m_connection->call(
        method, params,
        [self, changes, done = std::move(done)](const ipc::IpcReply &r) {
            if (!r.ok)
                return done(fail(kindOf(r.errorCode), r.errorMessage.toStdString()));
            auto reply = T::fromJson(r.result);
            if (!reply)
                return done(
                    fail(ErrorKind::Internal, tr("The server's answer was not understood: %1")
                                                  .arg(QString::fromStdString(reply.message()))
                                                  .toStdString()));
            if (changes && self)
                emit self->changed();
            done(reply);
        },
        timeoutMs);
}

void ChangeWindowSteps::inventory(Reply<api::WindowInventory> done)
{
    call(api::Method::WindowInventory, {}, std::move(done), false, 30000);
}

void ChangeWindowSteps::createBackup(const QString &passphrase, Reply<api::BackupInfo> done)
{
    // scrypt, the snapshot and the scratch restore take a few seconds on a small box.
    call(api::Method::BackupCreate, api::BackupCreateParams{passphrase}.toJson(), std::move(done),
         true, 120000);
}

void ChangeWindowSteps::restoreBackup(const QString &id, const QString &passphrase,
                                      const QString &reason, Reply<api::BackupRestored> done)
{
    api::BackupRestoreParams params{id, passphrase, true, reason};
    call(api::Method::BackupRestore, params.toJson(), std::move(done), true, 120000);
}

void ChangeWindowSteps::notice(const api::WindowNoticeParams &params, Reply<api::NoticeText> done)
{
    call(api::Method::WindowNotice, params.toJson(), std::move(done), false, 10000);
}

void ChangeWindowSteps::setNoticeTemplate(const api::NoticeTemplate &notice,
                                          Reply<api::NoticeTemplate> done)
{
    call(api::Method::WindowNoticeSet, notice.toJson(), std::move(done), true, 10000);
}

void ChangeWindowSteps::baseline(bool apply, Reply<api::BaselineResult> done)
{
    call(apply ? api::Method::WindowBaselineApply : api::Method::WindowBaselinePreview,
         api::BaselineParams{}.toJson(), std::move(done), apply, 30000);
}

void ChangeWindowSteps::validate(Reply<api::ValidationResult> done)
{
    // Two probe runs against the server's own address.
    call(api::Method::WindowValidate, {}, std::move(done), true, 240000);
}

void ChangeWindowSteps::temporary(Reply<api::TemporaryCredentialList> done)
{
    call(api::Method::WindowTemporary, {}, std::move(done), false, 10000);
}

void ChangeWindowSteps::cleanup(const api::WindowCleanupParams &params,
                                Reply<api::WindowCleanupResult> done)
{
    call(api::Method::WindowCleanup, params.toJson(), std::move(done), true, 30000);
}

void ChangeWindowSteps::createReport(const api::ReportCreateParams &params,
                                     Reply<api::ReportInfo> done)
{
    call(api::Method::ReportCreate, params.toJson(), std::move(done), true, 60000);
}

} // namespace keyward::console
