#include "admin/WindowValidateService.h"

#include "admin/AdminContext.h"
#include "admin/AuditedChange.h"
#include "api/AdminMethod.h"
#include "core/AccountRules.h"
#include "core/CredentialStore.h"
#include "ipc/MethodRegistry.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>
#include <fcntl.h>
#include <unistd.h>

namespace keyward::admin {

Q_LOGGING_CATEGORY(lcValidate, "keyward.validate")

WindowValidateService::WindowValidateService(AdminContext &context, Settings settings,
                                             Result<net::GreReservedSocket> gre)
    : m_context(context), m_settings(std::move(settings))
{
    if (gre.ok())
        m_gre.emplace(std::move(gre).value());
    else
        m_noGre = QString::fromStdString(gre.message());
}

void WindowValidateService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::WindowValidate, handler(this, &WindowValidateService::validate));
}

api::ValidationCheck WindowValidateService::judge(const QString &name, bool expectUp,
                                                  const QByteArray &json, int exitCode,
                                                  const QString &failure)
{
    api::ValidationCheck check{name, false, {}};
    if (!failure.isEmpty()) {
        check.detail = failure;
        return check;
    }
    const QJsonObject report = QJsonDocument::fromJson(json).object();
    const QJsonObject session = report.value("results").toArray().first().toObject();
    if (session.isEmpty()) {
        check.detail =
            QStringLiteral("keyward-probe gave no report (exit status %1)").arg(exitCode);
        return check;
    }
    const bool up = session.value("up").toBool();
    const QString mppe = session.value("mppe").toString();
    const QString why = session.value("error").toString();
    if (expectUp) {
        check.passed = up && exitCode == 0 && mppe.startsWith(QLatin1String("128-bit"));
        check.detail = up ? QStringLiteral("session up with %1 MPPE").arg(mppe)
                          : QStringLiteral("no session: %1").arg(why.isEmpty() ? "unknown" : why);
    } else {
        check.passed = !up;
        check.detail = up ? QStringLiteral("a session came up with %1 MPPE: weak clients are "
                                           "still let in")
                                .arg(mppe)
                          : QStringLiteral("refused: %1").arg(why.isEmpty() ? "no session" : why);
    }
    return check;
}

void WindowValidateService::validate(const Request &request, const Responder &reply)
{
    if (m_running)
        return reply.error(fail(ErrorKind::Conflict, "a validation is already running; try "
                                                     "again once it has finished"));
    // keyward-probe gets keywardd's reserved raw GRE socket: it needs no privilege of
    // its own. Without one (keywardd was started without CAP_NET_RAW) the checks could
    // only fail, which would read as a broken server: say why instead.
    if (!m_gre)
        return reply.error(
            fail(ErrorKind::Unavailable,
                 ("keywardd has no raw GRE socket to lend keyward-probe (" + m_noGre +
                  "); start keywardd as root (it drops its privileges once started), or run "
                  "keyward-probe as root on the server instead (README: Change windows, step 6)")
                     .toStdString()));
    if (!QFileInfo(m_settings.probeProgram).isExecutable())
        return reply.error(
            fail(ErrorKind::Unavailable, ("keyward-probe was not found at " +
                                          m_settings.probeProgram + "; install it beside keywardd")
                                             .toStdString()));
    const QString actor = request.peer.identity();
    const QString account =
        QStringLiteral("kw-validate-%1")
            .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    auto password = core::AccountRules::generatePassword();
    if (!password)
        return reply.error(password.error());
    auto hash = core::AccountRules::hashPassword(m_context.crypto, *password);
    if (!hash)
        return reply.error(hash.error());
    auto created = AuditedChange(m_context, actor)
                       .run(api::Method::WindowValidate, account,
                            {{"step", "test account created"}}, [&]() -> Status {
                                auto id = m_context.credentials.addUser(
                                    account, *hash, QDateTime::currentSecsSinceEpoch(), false);
                                return id ? Status{} : Status{id.error()};
                            });
    if (!created)
        return reply.error(created.error());
    m_running = true;
    auto result = std::make_shared<api::ValidationResult>();
    result->account = account;
    const QString secret = *password;
    runProbe(account, secret, 128, QStringLiteral("128-bit session comes up"), true,
             [this, result, account, secret, actor, reply](api::ValidationCheck strong) {
                 result->checks.append(strong);
                 runProbe(account, secret, 40, QStringLiteral("40-bit-only attempt is refused"),
                          false, [this, result, account, actor, reply](api::ValidationCheck weak) {
                              result->checks.append(weak);
                              finish(actor, account, *result, reply);
                          });
             });
}

void WindowValidateService::runProbe(const QString &user, const QString &password, int mppeBits,
                                     const QString &name, bool expectUp,
                                     std::function<void(api::ValidationCheck)> done)
{
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    auto finished = std::make_shared<bool>(false);
    auto complete = [this, process, finished, name, expectUp, done](const QString &failure) {
        if (*finished)
            return;
        *finished = true;
        // The probe is gone (or never started): nobody reads the socket any more.
        if (auto reserved = m_gre->reclaim(); !reserved)
            qCWarning(lcValidate).noquote() << QString::fromStdString(reserved.message());
        const QByteArray out = process->readAllStandardOutput();
        const QString err = QString::fromUtf8(process->readAllStandardError()).trimmed();
        QString why = failure;
        if (why.isEmpty() && out.trimmed().isEmpty() && !err.isEmpty())
            why = err.section(QLatin1Char('\n'), -1);
        done(judge(name, expectUp, out, process->exitCode(), why));
        process->deleteLater();
    };
    connect(process, &QProcess::finished, this, [complete] { complete({}); });
    connect(process, &QProcess::errorOccurred, this, [complete, process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            complete(QStringLiteral("keyward-probe did not start: %1").arg(process->errorString()));
    });
    // A probe that hangs past its own timeout is stopped; the check fails.
    QTimer::singleShot((m_settings.timeoutSeconds + 10) * 1000, process, [process] {
        if (process->state() != QProcess::NotRunning)
            process->kill();
    });
    // The reserved socket becomes the probe's descriptor 3, in the child only: it stays
    // close-on-exec here, so no other child of keywardd inherits it.
    const int gre = m_gre->fd();
    process->setChildProcessModifier([gre] {
        if (gre == 3)
            ::fcntl(3, F_SETFD, 0);
        else
            ::dup2(gre, 3); // the copy is not close-on-exec
    });
    process->start(m_settings.probeProgram,
                   {QStringLiteral("--server"), m_settings.serverAddress, QStringLiteral("--port"),
                    QString::number(m_settings.port), QStringLiteral("--user"), user,
                    QStringLiteral("--password-stdin"), QStringLiteral("--mppe"),
                    QString::number(mppeBits), QStringLiteral("--timeout"),
                    QString::number(m_settings.timeoutSeconds), QStringLiteral("--settle"),
                    QStringLiteral("0"), QStringLiteral("--gre-fd"), QStringLiteral("3"),
                    QStringLiteral("--json")});
    // The password goes on stdin only: never on a command line others can read.
    process->write(password.toUtf8() + '\n');
    process->closeWriteChannel();
}

void WindowValidateService::finish(const QString &actor, const QString &account,
                                   api::ValidationResult result, const Responder &reply)
{
    m_running = false;
    result.passed = !result.checks.isEmpty();
    QJsonArray checks;
    for (const api::ValidationCheck &c : std::as_const(result.checks)) {
        result.passed = result.passed && c.passed;
        checks.append(c.toJson());
    }
    auto removed =
        AuditedChange(m_context, actor)
            .run(api::Method::WindowValidate, account,
                 {{"step", "test account deleted"}, {"passed", result.passed}, {"checks", checks}},
                 [&] { return m_context.credentials.deleteUser(account); });
    if (!removed)
        return reply.error(removed.error());
    reply.result(result.toJson());
}

} // namespace keyward::admin
