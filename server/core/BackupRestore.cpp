#include "core/BackupRestore.h"

#include "core/AuditLog.h"
#include "core/BackupFile.h"
#include "core/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <openssl/crypto.h>

namespace keyward::core {

Result<BackupRestore::Outcome>
BackupRestore::offline(const QString &backupFile, QByteArray &passphrase, const StateFiles &files,
                       const QString &ipcSocket, const QString &actor)
{
    struct Wipe
    {
        QByteArray &bytes;
        ~Wipe()
        {
            if (!bytes.isEmpty())
                OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
            bytes.clear();
        }
    } wipePassphrase{passphrase};

    QLocalSocket probe;
    probe.connectToServer(ipcSocket);
    if (probe.waitForConnected(500))
        return fail(ErrorKind::Conflict,
                    "keywardd is running (it answers on " + ipcSocket.toStdString() +
                        "): stop it first, or restore into the running server with "
                        "`keywardctl backup restore`");
    QFile input(backupFile);
    if (!input.open(QIODevice::ReadOnly))
        return fail(ErrorKind::NotFound, "cannot read the backup " + backupFile.toStdString() +
                                             ": " + input.errorString().toStdString());
    const QByteArray sealed = input.readAll();
    auto contents = BackupFile::open(sealed, passphrase);
    if (!contents)
        return contents.error();
    struct Wiper
    {
        BackupContents &c;
        ~Wiper() { c.wipe(); }
    } wiper{*contents};

    Outcome outcome;
    {
        QTemporaryDir scratch(QDir::temp().filePath(QStringLiteral("keyward-restore-XXXXXX")));
        if (!scratch.isValid())
            return fail(ErrorKind::Unavailable, "cannot make a scratch directory to check the "
                                                "backup in");
        const BackupCheck check = BackupSnapshot::check(*contents, scratch.path());
        if (!check.verified())
            return fail(ErrorKind::Invalid,
                        "the backup does not restore cleanly: " + check.problem.toStdString() +
                            "; nothing was changed");
        outcome.counts = check.counts;
    }
    const QJsonObject manifest =
        QJsonDocument::fromJson(
            contents->files.value(QString::fromLatin1(BackupContents::Manifest)))
            .object();
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(sealed, QCryptographicHash::Sha256).toHex());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto installed = BackupSnapshot::install(
        *contents, files,
        [&](Database &database, const StateFiles &restored) -> Status {
            auto audit = AuditLog::open(database, restored.auditKey(), restored.anchorFile);
            if (!audit)
                return audit.error();
            auto logged = (*audit)->append(actor, QStringLiteral("backup.restore"),
                                           QFileInfo(backupFile).fileName(), QStringLiteral("ok"),
                                           {{"file", QFileInfo(backupFile).fileName()},
                                            {"sha256", sha256},
                                            {"created", manifest.value(QLatin1String("created"))},
                                            {"via", "keywardd --restore"}},
                                           now);
            return logged ? Status{} : Status{logged.error()};
        },
        now);
    if (!installed)
        return installed.error();
    outcome.counts.auditEntries += 1;
    const QString stamp =
        QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(QStringLiteral("yyyyMMddThhmmss"));
    const QString kept = QDir(files.stateDir).filePath(QStringLiteral("before-restore-") + stamp);
    if (QFileInfo::exists(kept))
        outcome.keptIn = kept;
    return outcome;
}

} // namespace keyward::core
