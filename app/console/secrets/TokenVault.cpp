#include "secrets/TokenVault.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace keyward::console {

namespace {

TokenVault::Answer answerFor(const QKeychain::Job &job)
{
    TokenVault::Answer a;
    switch (job.error()) {
    case QKeychain::NoError:
        a.outcome = TokenVault::Outcome::Ok;
        break;
    case QKeychain::EntryNotFound:
        a.outcome = TokenVault::Outcome::NotFound;
        a.message = TokenVault::tr("No token is saved in the keychain for this server.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        a.outcome = TokenVault::Outcome::Unavailable;
        a.message = TokenVault::tr("No keychain is available on this computer (on Linux, a "
                                   "Secret Service such as GNOME Keyring or KWallet must be "
                                   "running). You can enter the token for this session only.");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        a.outcome = TokenVault::Outcome::Unavailable;
        a.message = TokenVault::tr("The keychain is locked or refused access. Unlock it and try "
                                   "again, or enter the token for this session only.");
        break;
    case QKeychain::OtherError:
        // Typically no session bus or keyring daemon at all.
        a.outcome = TokenVault::Outcome::Unavailable;
        a.message = TokenVault::tr("The keychain could not be used (%1). You can enter the "
                                   "token for this session only.")
                        .arg(job.errorString());
        break;
    default:
        a.outcome = TokenVault::Outcome::Failed;
        a.message = TokenVault::tr("The keychain reported an error: %1").arg(job.errorString());
        break;
    }
    return a;
}

// Runs a job and hands its answer to `done` exactly once; the job deletes itself.
void run(QKeychain::Job *job, const QString &key, TokenVault::Callback done,
         std::function<void(QKeychain::Job *, TokenVault::Answer &)> extract = {})
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done), extract = std::move(extract)](QKeychain::Job *j) {
                         TokenVault::Answer a = answerFor(*j);
                         if (a.outcome == TokenVault::Outcome::Ok && extract)
                             extract(j, a);
                         done(a);
                     });
    job->start();
}

} // namespace

TokenVault::TokenVault(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{}

void TokenVault::store(const QString &key, const QString &token, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(token);
    run(job, key, std::move(done));
}

void TokenVault::read(const QString &key, Callback done)
{
    run(new QKeychain::ReadPasswordJob(m_service, this), key, std::move(done),
        [](QKeychain::Job *j, Answer &a) {
            a.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        });
}

void TokenVault::remove(const QString &key, Callback done)
{
    run(new QKeychain::DeletePasswordJob(m_service, this), key, std::move(done));
}

} // namespace keyward::console
