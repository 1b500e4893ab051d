#include "core/BackupSnapshot.h"

#include "core/AuditLog.h"
#include "core/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <openssl/crypto.h>

namespace keyward::core {

namespace {

Result<QByteArray> readIfPresent(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QByteArray();
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Unavailable,
                    "cannot read " + path.toStdString() + ": " + file.errorString().toStdString());
    return file.readAll();
}

Result<qint64> countRows(Database &database, const QString &table)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return fail(ErrorKind::Internal, "cannot count the rows of " + table.toStdString() + ": " +
                                             q.lastError().text().toStdString());
    return q.value(0).toLongLong();
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

} // namespace

QJsonObject BackupCounts::toJson() const
{
    return {{QStringLiteral("users"), users},
            {QStringLiteral("tokens"), tokens},
            {QStringLiteral("auditEntries"), auditEntries}};
}

BackupCounts BackupCounts::fromJson(const QJsonObject &json)
{
    return {json.value(QLatin1String("users")).toInteger(),
            json.value(QLatin1String("tokens")).toInteger(),
            json.value(QLatin1String("auditEntries")).toInteger()};
}

QString StateFiles::database() const
{
    return QDir(stateDir).filePath(QString::fromLatin1(BackupContents::Database));
}

QString StateFiles::credentialKey() const
{
    return QDir(stateDir).filePath(QString::fromLatin1(BackupContents::CredentialKey));
}

QString StateFiles::auditKey() const
{
    return QDir(stateDir).filePath(QString::fromLatin1(BackupContents::AuditKeyFile));
}

QString StateFiles::reportKey() const
{
    return QDir(stateDir).filePath(QString::fromLatin1(BackupContents::ReportKey));
}

Result<BackupCounts> BackupSnapshot::count(Database &database)
{
    auto users = countRows(database, QStringLiteral("users"));
    auto tokens = countRows(database, QStringLiteral("api_tokens"));
    auto audit = countRows(database, QStringLiteral("audit"));
    if (!users)
        return users.error();
    if (!tokens)
        return tokens.error();
    if (!audit)
        return audit.error();
    return BackupCounts{*users, *tokens, *audit};
}

Result<BackupContents> BackupSnapshot::take(Database &database, const StateFiles &files,
                                            const QJsonObject &config, qint64 nowMs)
{
    BackupContents contents;
    // The anchors first: every entry they name is in the snapshot taken after them.
    auto anchors = readIfPresent(files.anchorFile);
    if (!anchors)
        return anchors.error();
    const QString snapshot =
        QDir(files.stateDir)
            .filePath(QStringLiteral(".snapshot-%1.db")
                          .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    auto counts = count(database);
    if (!counts)
        return counts.error();
    {
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(snapshot);
        if (!q.exec()) {
            QFile::remove(snapshot);
            return fail(ErrorKind::Unavailable,
                        "cannot take a snapshot of the database (disk full?): " +
                            sqlError(q).toStdString());
        }
    }
    QFile snapshotFile(snapshot);
    if (!snapshotFile.open(QIODevice::ReadOnly)) {
        QFile::remove(snapshot);
        return fail(ErrorKind::Unavailable,
                    "cannot read the database snapshot " + snapshot.toStdString());
    }
    contents.files.insert(QString::fromLatin1(BackupContents::Database), snapshotFile.readAll());
    snapshotFile.close();
    QFile::remove(snapshot);

    const std::pair<const char *, QString> keys[] = {
        {BackupContents::CredentialKey, files.credentialKey()},
        {BackupContents::AuditKeyFile, files.auditKey()},
        {BackupContents::ReportKey, files.reportKey()},
    };
    for (const auto &[name, path] : keys) {
        auto bytes = readIfPresent(path);
        if (!bytes) {
            contents.wipe();
            return bytes.error();
        }
        if (!bytes->isEmpty())
            contents.files.insert(QString::fromLatin1(name), *bytes);
    }
    if (!anchors->isEmpty())
        contents.files.insert(QString::fromLatin1(BackupContents::AuditAnchors), *anchors);
    contents.files.insert(QString::fromLatin1(BackupContents::Config),
                          QJsonDocument(config).toJson(QJsonDocument::Indented));
    const QJsonObject manifest{
        {QStringLiteral("created"),
         QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("schemaVersion"), database.schemaVersion()},
        {QStringLiteral("counts"), counts->toJson()},
        {QStringLiteral("keywardVersion"), QCoreApplication::applicationVersion()}};
    contents.files.insert(QString::fromLatin1(BackupContents::Manifest),
                          QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    return contents;
}

Status BackupSnapshot::writePrivate(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Unavailable,
                    "cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorKind::Unavailable, "cannot write " + path.toStdString() + " (disk full?)");
    return {};
}

BackupCheck BackupSnapshot::check(const BackupContents &contents, const QString &scratchDir)
{
    BackupCheck result;
    const QString dbName = QString::fromLatin1(BackupContents::Database);
    if (!contents.files.contains(dbName) ||
        !contents.files.contains(QString::fromLatin1(BackupContents::CredentialKey))) {
        result.problem = QStringLiteral("the backup holds no database or no credential key");
        return result;
    }
    StateFiles scratch{scratchDir, QDir(scratchDir).filePath(QStringLiteral("audit.anchors"))};
    for (auto it = contents.files.cbegin(); it != contents.files.cend(); ++it) {
        if (auto written = writePrivate(QDir(scratchDir).filePath(it.key()), it.value());
            !written) {
            result.problem = QString::fromStdString(written.message());
            return result;
        }
    }
    const QJsonObject manifest =
        QJsonDocument::fromJson(contents.files.value(QString::fromLatin1(BackupContents::Manifest)))
            .object();
    const BackupCounts expected =
        BackupCounts::fromJson(manifest.value(QLatin1String("counts")).toObject());
    auto database = Database::open(scratch.database());
    if (!database) {
        result.problem = QStringLiteral("the restored database does not open: %1")
                             .arg(QString::fromStdString(database.message()));
        return result;
    }
    {
        auto audit = AuditLog::open(**database, scratch.auditKey(), scratch.anchorFile);
        if (!audit) {
            result.problem = QStringLiteral("the restored audit chain does not open: %1")
                                 .arg(QString::fromStdString(audit.message()));
            return result;
        }
        auto counts = count(**database);
        if (!counts) {
            result.problem = QString::fromStdString(counts.message());
            return result;
        }
        result.counts = *counts;
        const AuditVerification verification = (*audit)->verify();
        result.chainIntact = verification.intact;
        if (auto head = (*audit)->head(); head && head->id > 0)
            result.headHash = QString::fromLatin1(head->hash.toHex());
        if (!verification.intact)
            result.problem = QStringLiteral("the restored audit chain does not verify: %1")
                                 .arg(verification.problem);
        else if (result.counts != expected)
            result.problem =
                QStringLiteral("the restored copy holds %1 users, %2 tokens and %3 audit entries; "
                               "the snapshot had %4, %5 and %6")
                    .arg(result.counts.users)
                    .arg(result.counts.tokens)
                    .arg(result.counts.auditEntries)
                    .arg(expected.users)
                    .arg(expected.tokens)
                    .arg(expected.auditEntries);
    }
    return result;
}

Status BackupSnapshot::install(const BackupContents &contents, const StateFiles &files,
                               const std::function<Status(Database &, const StateFiles &)> &record,
                               qint64 nowMs)
{
    QDir state(files.stateDir);
    if (!state.mkpath(QStringLiteral(".")))
        return fail(ErrorKind::Unavailable,
                    "cannot create the state directory " + files.stateDir.toStdString());
    QFile::setPermissions(files.stateDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString stamp =
        QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("yyyyMMddThhmmss"));
    const QString keep = state.filePath(QStringLiteral("before-restore-") + stamp);
    // What is replaced: kept, not deleted, so a mistaken restore can be undone by hand.
    struct Target
    {
        QString name;
        QString path;
    };
    const QList<Target> targets{
        {QString::fromLatin1(BackupContents::Database), files.database()},
        {QString::fromLatin1(BackupContents::CredentialKey), files.credentialKey()},
        {QString::fromLatin1(BackupContents::AuditKeyFile), files.auditKey()},
        {QString::fromLatin1(BackupContents::ReportKey), files.reportKey()},
        {QString::fromLatin1(BackupContents::AuditAnchors), files.anchorFile},
    };
    bool kept = false;
    for (const Target &t : targets) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (!suffix.isEmpty() && t.path != files.database())
                continue;
            const QString path = t.path + suffix;
            if (!QFile::exists(path))
                continue;
            if (!kept && !QDir().mkpath(keep))
                return fail(ErrorKind::Unavailable, "cannot create " + keep.toStdString());
            kept = true;
            if (!QFile::rename(path, QDir(keep).filePath(QFileInfo(path).fileName())))
                return fail(ErrorKind::Unavailable, "cannot move " + path.toStdString() +
                                                        " aside to " + keep.toStdString() +
                                                        "; nothing was restored");
        }
    }
    for (const Target &t : targets) {
        if (!contents.files.contains(t.name))
            continue;
        if (auto written = writePrivate(t.path, contents.files.value(t.name)); !written)
            return fail(written.kind(),
                        written.message() + "; the files it replaced are in " + keep.toStdString());
    }
    auto database = Database::open(files.database());
    if (!database)
        return database.error();
    return record(**database, files);
}

Status BackupSnapshot::replaceDatabase(Database &database, const QString &restoredPath,
                                       const std::function<Status()> &then)
{
    {
        // Brings the copy to this keywardd's schema (an older backup migrates).
        auto restored = Database::open(restoredPath);
        if (!restored)
            return restored.error();
    }
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS restored"));
    q.addBindValue(restoredPath);
    if (!q.exec())
        return fail(ErrorKind::Internal,
                    "cannot open the restored database: " + sqlError(q).toStdString());
    auto swapped = database.transaction([&]() -> Status {
        QSqlQuery s(db);
        if (!s.exec(QStringLiteral("PRAGMA defer_foreign_keys=ON")))
            return fail(ErrorKind::Internal, sqlError(s).toStdString());
        QStringList tables;
        if (!s.exec(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type='table' AND "
                                   "name NOT LIKE 'sqlite_%' ORDER BY rowid")))
            return fail(ErrorKind::Internal, sqlError(s).toStdString());
        while (s.next())
            tables << s.value(0).toString();
        if (s.exec(
                QStringLiteral("SELECT 1 FROM main.sqlite_master WHERE name='sqlite_sequence'")) &&
            s.next())
            tables << QStringLiteral("sqlite_sequence");
        // Children first when emptying, parents first when filling.
        for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
            if (!s.exec(QStringLiteral("DELETE FROM main.\"%1\"").arg(*it)))
                return fail(ErrorKind::Internal,
                            "cannot empty " + it->toStdString() + ": " + sqlError(s).toStdString());
        }
        for (const QString &table : std::as_const(tables)) {
            if (!s.exec(QStringLiteral("INSERT INTO main.\"%1\" SELECT * FROM restored.\"%1\"")
                            .arg(table)))
                return fail(ErrorKind::Internal, "cannot restore " + table.toStdString() + ": " +
                                                     sqlError(s).toStdString());
        }
        return then();
    });
    QSqlQuery detach(db);
    detach.exec(QStringLiteral("DETACH DATABASE restored"));
    return swapped;
}

} // namespace keyward::core
