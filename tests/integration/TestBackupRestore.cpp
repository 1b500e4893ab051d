// Backups against a real keywardd with probe sign-ins: a backup made online, then a
// password reset and a new user; restoring the backup into the running server brings
// the old password back (the probe signs in with it) and the new user is gone, with
// the restore in the audit trail that still verifies. The same backup, downloaded with
// keywardctl and restored with `keywardd --restore` into a new state directory, gives
// a working server where the probe signs in with the old credentials. A wrong
// passphrase changes nothing. A backup file uploaded from the admin's side
// (`keywardctl backup upload`) is listed as uploaded and restores: into a new server
// with `keywardd --restore` from where the upload put it, and into the running one
// with `backup restore`; a file with one byte changed is refused, and so is a file
// over the size bound before any of it is accepted. Reports: keywardd writes a signed report that
// `keywardctl report verify` accepts with the server's key, and refuses once one byte
// changed.

#include "KeywardLab.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Password = QStringLiteral("Correct-horse-42");
const QString Passphrase = QStringLiteral("a passphrase for the office safe");

} // namespace

class TestBackupRestore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KEYWARD_LAB_SET_UP(m_lab); }

    void cleanup() { m_lab.reportIfFailed(); }

    void aBackupRestoredIntoTheRunningServerBringsTheOldCredentialsBack()
    {
        ServerUnderTest &server = m_lab.server();
        QVERIFY(server.addUser("alice", Password));
        QCOMPARE(server.probe("alice", Password, {"--count", "1"}).exitCode, 0);

        auto made = server.call("backup.create", {{"passphrase", Passphrase}});
        QVERIFY2(made.ok, qPrintable(made.errorMessage));
        QVERIFY2(made.result.value("verified").toBool(),
                 qPrintable(made.result.value("problem").toString()));
        QCOMPARE(made.result.value("users").toInt(), 1);
        m_backupId = made.result.value("id").toString();
        QVERIFY(!server.output().contains(Passphrase)); // never logged
        QFileInfo file(
            QDir(server.stateDir()).filePath("backups/" + made.result.value("file").toString()));
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions{});

        // After the backup: alice's password is reset, dave is added.
        QVERIFY(server.call("user.reset", {{"name", "alice"}}).ok);
        QVERIFY(server.addUser("dave", Password));
        QCOMPARE(server.probe("alice", Password).session().value("authCode").toInt(), 691);

        // A wrong passphrase changes nothing.
        auto wrong = server.call(
            "backup.restore",
            {{"id", m_backupId}, {"passphrase", "not the passphrase"}, {"confirm", true}});
        QVERIFY(!wrong.ok);
        QVERIFY2(wrong.errorMessage.contains("wrong passphrase"), qPrintable(wrong.errorMessage));
        QVERIFY(server.call("user.show", {{"name", "dave"}}).ok);
        // Without confirm nothing happens either.
        QVERIFY(
            !server.call("backup.restore", {{"id", m_backupId}, {"passphrase", Passphrase}}).ok);

        // With a session up, the restore ends it and says why.
        auto running = server.startProbe("dave", Password, {"--duration", "30"});
        QJsonArray sessions;
        QTRY_VERIFY_WITH_TIMEOUT(
            (sessions = server.call("session.list").result.value("sessions").toArray()).size() ==
                    1 &&
                sessions.at(0).toObject().value("state").toString() == "up",
            20000);
        auto restored = server.call(
            "backup.restore", {{"id", m_backupId}, {"passphrase", Passphrase}, {"confirm", true}});
        QVERIFY2(restored.ok, qPrintable(restored.errorMessage));
        QCOMPARE(restored.result.value("sessionsEnded").toInt(), 1);
        ServerUnderTest::finishProbe(*running, 30000);

        QCOMPARE(server.probe("alice", Password, {"--count", "1"}).exitCode, 0);
        auto dave = server.call("user.show", {{"name", "dave"}});
        QVERIFY(!dave.ok);
        QCOMPARE(dave.errorCode, QString("not-found"));
        auto verified = server.call("audit.verify");
        QVERIFY2(verified.result.value("intact").toBool(),
                 qPrintable(verified.result.value("problem").toString()));
        auto entries = server.call("audit.list", {{"action", "backup.restore"}});
        const QJsonArray list = entries.result.value("entries").toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject().value("target").toString(), m_backupId);
        QVERIFY(list[0].toObject().value("actor").toString().startsWith("root"));
    }

    void aBackupRestoredIntoANewStateDirectoryGivesAWorkingServer()
    {
        QVERIFY(!m_backupId.isEmpty());
        ServerUnderTest &server = m_lab.server();
        // keywardctl fetches the (still encrypted) file in parts.
        const QString saved = m_dir.filePath("office.kwbackup");
        auto download = m_lab.ctl({"backup", "download", m_backupId, "--output", saved});
        QVERIFY2(download.exitCode == 0, qPrintable(download.err));
        QVERIFY(download.out.contains("sha256"));

        // A new, empty server, stopped; then keywardd --restore into its state directory.
        QVERIFY(server.startFresh().isEmpty());
        QVERIFY(!server.call("user.show", {{"name", "alice"}}).ok);
        QCOMPARE(server.stop(), 0);
        const QStringList args{"--restore",       saved,          "--state-dir",
                               server.stateDir(), "--ipc-socket", server.socketPath()};
        QProcess wrong;
        wrong.start(ServerUnderTest::binary("keywardd"), args);
        wrong.write("not the passphrase\n");
        wrong.closeWriteChannel();
        QVERIFY(wrong.waitForFinished(60000));
        QCOMPARE(wrong.exitCode(), 1);
        QVERIFY(QString::fromUtf8(wrong.readAllStandardError()).contains("wrong passphrase"));

        QProcess restore;
        restore.start(ServerUnderTest::binary("keywardd"), args);
        restore.write(Passphrase.toUtf8() + "\n");
        restore.closeWriteChannel();
        QVERIFY(restore.waitForFinished(60000));
        const QString said =
            QString::fromUtf8(restore.readAllStandardOutput() + restore.readAllStandardError());
        QVERIFY2(restore.exitCode() == 0, qPrintable(said));
        QVERIFY2(said.contains("1 users"), qPrintable(said));
        QVERIFY(!said.contains(Passphrase));

        QVERIFY(server.start().isEmpty());
        auto probe = server.probe("alice", Password, {"--count", "1"});
        QVERIFY2(probe.exitCode == 0, qPrintable(probe.output));
        auto verified = server.call("audit.verify");
        QVERIFY2(verified.result.value("intact").toBool(),
                 qPrintable(verified.result.value("problem").toString()));
        auto entries = server.call("audit.list", {{"action", "backup.restore"}});
        QVERIFY(entries.result.value("entries")
                    .toArray()
                    .first()
                    .toObject()
                    .value("actor")
                    .toString()
                    .contains("--restore"));
    }

    void anUploadedBackupIsListedAndRestores()
    {
        const QString saved = m_dir.filePath("office.kwbackup");
        QVERIFY(QFile::exists(saved));
        QFile original(saved);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        original.close();
        ServerUnderTest &server = m_lab.server();

        // A new server (its own state directory and keys) takes the upload.
        QVERIFY(server.startFresh().isEmpty());
        auto upload = m_lab.ctl({"backup", "upload", saved});
        QVERIFY2(upload.exitCode == 0, qPrintable(upload.out + upload.err));
        const QRegularExpressionMatch id =
            QRegularExpression("as backup (\\S+) \\(").match(upload.out);
        QVERIFY2(id.hasMatch(), qPrintable(upload.out));
        auto listed = server.call("backup.list");
        const QJsonObject first = listed.result.value("backups").toArray().first().toObject();
        QCOMPARE(first.value("id").toString(), id.captured(1));
        QVERIFY(first.value("uploaded").toBool());
        QCOMPARE(first.value("uploadedFrom").toString(), QString("office.kwbackup"));
        QCOMPARE(first.value("size").toInteger(), qint64(bytes.size()));
        auto list = m_lab.ctl({"backup", "list"});
        QVERIFY2(list.out.contains(id.captured(1)) && list.out.contains("uploaded"),
                 qPrintable(list.out));
        auto audited = server.call("audit.list", {{"action", "backup.upload"}});
        QCOMPARE(
            audited.result.value("entries").toArray().first().toObject().value("target").toString(),
            id.captured(1));

        // The running server holds other keys: it says how to restore it instead...
        auto refused =
            server.call("backup.restore",
                        {{"id", id.captured(1)}, {"passphrase", Passphrase}, {"confirm", true}});
        QVERIFY(!refused.ok);
        QVERIFY2(refused.errorMessage.contains("keywardd --restore"),
                 qPrintable(refused.errorMessage));
        // ...which works from where the upload put it.
        const QString uploaded =
            QDir(server.stateDir()).filePath("backups/" + first.value("file").toString());
        QCOMPARE(server.stop(), 0);
        QProcess restore;
        restore.start(ServerUnderTest::binary("keywardd"),
                      {"--restore", uploaded, "--state-dir", server.stateDir(), "--ipc-socket",
                       server.socketPath()});
        restore.write(Passphrase.toUtf8() + "\n");
        restore.closeWriteChannel();
        QVERIFY(restore.waitForFinished(60000));
        QVERIFY2(restore.exitCode() == 0, qPrintable(restore.readAllStandardError()));
        QVERIFY(server.start().isEmpty());
        auto signedIn = server.probe("alice", Password, {"--count", "1"});
        QVERIFY2(signedIn.exitCode == 0, qPrintable(signedIn.output));

        // Into the running server: alice's password is reset, then the same file is
        // uploaded again and restored online; the old password signs in again.
        QVERIFY(server.call("user.reset", {{"name", "alice"}}).ok);
        QCOMPARE(server.probe("alice", Password).session().value("authCode").toInt(), 691);
        auto again = m_lab.ctl({"backup", "upload", saved});
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        const QString againId =
            QRegularExpression("as backup (\\S+) \\(").match(again.out).captured(1);
        auto online = m_lab.ctl({"backup", "restore", againId, "--passphrase-stdin", "--yes"},
                                Passphrase + "\n");
        QVERIFY2(online.exitCode == 0, qPrintable(online.out + online.err));
        signedIn = server.probe("alice", Password, {"--count", "1"});
        QVERIFY2(signedIn.exitCode == 0, qPrintable(signedIn.output));

        // One byte changed in the data: listed (only the passphrase reveals it), but
        // refused at restore, changing nothing.
        QByteArray changed = bytes;
        changed[changed.size() / 2] = static_cast<char>(changed[changed.size() / 2] ^ 0x01);
        const QString changedPath = m_dir.filePath("changed.kwbackup");
        QFile out(changedPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(changed);
        out.close();
        auto changedUpload = m_lab.ctl({"backup", "upload", changedPath});
        QVERIFY2(changedUpload.exitCode == 0, qPrintable(changedUpload.out + changedUpload.err));
        const QString changedId =
            QRegularExpression("as backup (\\S+) \\(").match(changedUpload.out).captured(1);
        auto damaged = server.call(
            "backup.restore", {{"id", changedId}, {"passphrase", Passphrase}, {"confirm", true}});
        QVERIFY(!damaged.ok);
        QVERIFY(server.call("user.show", {{"name", "alice"}}).ok);
        // One byte changed on the way (the hash announced is the original's): refused
        // at finish, and the partial file is gone.
        auto begun = server.call("backup.upload", {{"phase", "begin"},
                                                   {"file", "office.kwbackup"},
                                                   {"size", qint64(bytes.size())},
                                                   {"sha256", sha256(bytes)}});
        QVERIFY2(begun.ok, qPrintable(begun.errorMessage));
        const QString token = begun.result.value("upload").toString();
        auto part =
            server.call("backup.upload", {{"phase", "chunk"},
                                          {"upload", token},
                                          {"offset", 0},
                                          {"data", QString::fromLatin1(changed.toBase64())}});
        QVERIFY2(part.ok, qPrintable(part.errorMessage));
        auto finished = server.call("backup.upload", {{"phase", "finish"}, {"upload", token}});
        QVERIFY(!finished.ok);
        QVERIFY2(finished.errorMessage.contains("SHA-256"), qPrintable(finished.errorMessage));
        QVERIFY(partFiles().isEmpty());
        // A header that is not a backup's: refused at finish.
        QByteArray notBackup = bytes;
        notBackup[0] = 'X';
        begun = server.call("backup.upload", {{"phase", "begin"},
                                              {"size", qint64(notBackup.size())},
                                              {"sha256", sha256(notBackup)}});
        QVERIFY(begun.ok);
        QVERIFY(server
                    .call("backup.upload", {{"phase", "chunk"},
                                            {"upload", begun.result.value("upload").toString()},
                                            {"offset", 0},
                                            {"data", QString::fromLatin1(notBackup.toBase64())}})
                    .ok);
        finished =
            server.call("backup.upload",
                        {{"phase", "finish"}, {"upload", begun.result.value("upload").toString()}});
        QVERIFY(!finished.ok);
        QVERIFY2(finished.errorMessage.contains("not a Keyward backup"),
                 qPrintable(finished.errorMessage));
        QVERIFY(partFiles().isEmpty());
    }

    void anOversizeUploadIsRefusedBeforeAnyData()
    {
        ServerUnderTest &server = m_lab.server();
        const int before = server.call("backup.list").result.value("backups").toArray().size();
        auto begun = server.call("backup.upload", {{"phase", "begin"},
                                                   {"file", "huge.kwbackup"},
                                                   {"size", qint64(64) * 1024 * 1024 + 1},
                                                   {"sha256", QString(64, QChar('0'))}});
        QVERIFY(!begun.ok);
        QVERIFY2(begun.errorMessage.contains("at most 67108864 bytes"),
                 qPrintable(begun.errorMessage));
        QVERIFY(partFiles().isEmpty());
        // Nothing to send parts to.
        auto part = server.call(
            "backup.upload",
            {{"phase", "chunk"}, {"upload", "0000000000000000"}, {"offset", 0}, {"data", "AAAA"}});
        QVERIFY(!part.ok);
        QCOMPARE(server.call("backup.list").result.value("backups").toArray().size(), before);
    }

    void aSignedReportVerifiesAndOneChangedByteFails()
    {
        ServerUnderTest &server = m_lab.server();
        auto made =
            server.call("report.create", {{"kind", "full"}, {"format", "html"}, {"periodDays", 7}});
        QVERIFY2(made.ok, qPrintable(made.errorMessage));
        const QString saved = m_dir.filePath("report.html");
        auto download = m_lab.ctl(
            {"report", "download", made.result.value("id").toString(), "--output", saved});
        QVERIFY2(download.exitCode == 0, qPrintable(download.err));
        auto key = m_lab.ctl({"report", "key"});
        QVERIFY(key.out.startsWith("-----BEGIN PUBLIC KEY-----"));
        QFile pem(m_dir.filePath("report-key.pem"));
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(key.out.toLatin1());
        pem.close();
        auto ok = m_lab.ctl({"report", "verify", saved, "--key", pem.fileName()});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
        QVERIFY(ok.out.contains("report intact"));

        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("alice"));
        bytes.replace(bytes.indexOf("alice"), 1, "A");
        file.seek(0);
        file.write(bytes);
        file.close();
        auto changed = m_lab.ctl({"report", "verify", saved, "--key", pem.fileName()});
        QCOMPARE(changed.exitCode, 1);
        QVERIFY(changed.out.contains("REPORT NOT VALID"));
    }

    void aScheduledReportIsWrittenByKeywarddItself()
    {
        ServerUnderTest &server = m_lab.server();
        auto set =
            server.call("report.schedule.set",
                        {{"schedule", QJsonArray{QJsonObject{{"name", "quarterly account review"},
                                                             {"kind", "account-review"},
                                                             {"format", "pdf"},
                                                             {"everyDays", 91}}}}});
        QVERIFY2(set.ok, qPrintable(set.errorMessage));
        QTRY_VERIFY_WITH_TIMEOUT(
            server.call("report.list").result.value("reports").toArray().size() >= 1 &&
                server.call("report.list")
                        .result.value("reports")
                        .toArray()
                        .first()
                        .toObject()
                        .value("createdBy")
                        .toString() == "schedule:quarterly account review",
            20000);
        auto schedule = server.call("report.schedule");
        const QJsonObject entry = schedule.result.value("schedule").toArray().first().toObject();
        QVERIFY(!entry.value("lastRun").toString().isEmpty());
    }

private:
    static QString sha256(const QByteArray &bytes)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

    // Temporary upload files left in the backups folder.
    QStringList partFiles()
    {
        return QDir(QDir(m_lab.server().stateDir()).filePath("backups"))
            .entryList({"*.part"}, QDir::Files | QDir::Hidden);
    }

    KeywardLab m_lab;
    QTemporaryDir m_dir;
    QString m_backupId;
};

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "TestBackupRestore.moc"
