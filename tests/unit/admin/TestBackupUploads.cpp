// The uploads of backup files (backup.upload's transfer part): a file over the bound
// is refused before any data; parts must come in order and from the admin who began;
// a wrong SHA-256 or header is refused at finish with the partial file removed; an
// upload that goes quiet, or whose admin's connection closes, is removed; a full disk
// gives a clear error, removes the partial file and touches nothing else.

#include "admin/BackupUploads.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using keyward::ErrorKind;
using keyward::admin::BackupUploads;

namespace {

// Something that starts like a backup: the KEYWARDB header (version 1, scrypt 2^17,
// r 8, p 1), then `size` bytes in all.
QByteArray backupLike(int size)
{
    QByteArray bytes(size, '\x5a');
    bytes.replace(0, 13, QByteArray("KEYWARDB\x01\x01\x11\x08\x01", 13));
    return bytes;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QStringList parts(const QString &dir)
{
    return QDir(dir).entryList({"*.part"}, QDir::Files | QDir::Hidden);
}

} // namespace

class TestBackupUploads : public QObject
{
    Q_OBJECT

private slots:
    void aWholeFileInPartsIsHandedOver()
    {
        QTemporaryDir dir;
        BackupUploads uploads(dir.path());
        const QByteArray bytes = backupLike(1000);
        auto begun =
            uploads.begin("root (uid 0)", "/home/ann/office.kwbackup", bytes.size(), sha256(bytes));
        QVERIFY2(begun.ok(), begun.message().c_str());
        QCOMPARE(parts(dir.path()).size(), 1);
        QCOMPARE(QFile(dir.filePath(parts(dir.path()).first())).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions{});
        QVERIFY(uploads.chunk("root (uid 0)", begun->upload, 0, bytes.left(600)).ok());
        // Out of order, or from another admin: refused.
        auto outOfOrder = uploads.chunk("root (uid 0)", begun->upload, 0, bytes.mid(600));
        QVERIFY(!outOfOrder.ok());
        QVERIFY(outOfOrder.message().find("out of order") != std::string::npos);
        QVERIFY(uploads.chunk("bob (uid 1001)", begun->upload, 600, bytes.mid(600)).kind() ==
                ErrorKind::NotFound);
        // Finishing early says what is missing.
        QVERIFY(uploads.finish("root (uid 0)", begun->upload).message().find("600 of the 1000") !=
                std::string::npos);
        auto state = uploads.chunk("root (uid 0)", begun->upload, 600, bytes.mid(600));
        QVERIFY(state.ok());
        QCOMPARE(state->received, qint64(1000));
        auto done = uploads.finish("root (uid 0)", begun->upload);
        QVERIFY2(done.ok(), done.message().c_str());
        QCOMPARE(done->bytes, bytes);
        QCOMPARE(done->from, QString("office.kwbackup"));
        QVERIFY(parts(dir.path()).isEmpty());
        QCOMPARE(uploads.count(), 0);
    }

    void tooLargeIsRefusedBeforeAnyData()
    {
        QTemporaryDir dir;
        BackupUploads uploads(dir.path());
        auto begun =
            uploads.begin("root (uid 0)", "huge", keyward::api::BackupUploadParams::MaxBytes + 1,
                          QString(64, '0'));
        QVERIFY(!begun.ok());
        QVERIFY2(begun.message().find("at most 67108864 bytes (64 MiB)") != std::string::npos,
                 begun.message().c_str());
        QVERIFY(parts(dir.path()).isEmpty());
        QCOMPARE(uploads.count(), 0);
    }

    void aChangedByteOrAForeignHeaderIsRefusedAtFinish()
    {
        QTemporaryDir dir;
        BackupUploads uploads(dir.path());
        const QByteArray bytes = backupLike(500);
        QByteArray changed = bytes;
        changed[300] = 'x';
        auto begun = uploads.begin("root (uid 0)", "a", bytes.size(), sha256(bytes));
        QVERIFY(uploads.chunk("root (uid 0)", begun->upload, 0, changed).ok());
        auto done = uploads.finish("root (uid 0)", begun->upload);
        QVERIFY(!done.ok());
        QVERIFY2(done.message().find("SHA-256") != std::string::npos, done.message().c_str());
        QVERIFY(parts(dir.path()).isEmpty());

        QByteArray foreign = bytes;
        foreign[0] = 'X';
        begun = uploads.begin("root (uid 0)", "b", foreign.size(), sha256(foreign));
        QVERIFY(uploads.chunk("root (uid 0)", begun->upload, 0, foreign).ok());
        done = uploads.finish("root (uid 0)", begun->upload);
        QVERIFY(!done.ok());
        QVERIFY2(done.message().find("not a Keyward backup") != std::string::npos,
                 done.message().c_str());
        QVERIFY(parts(dir.path()).isEmpty());
    }

    void aQuietOrClosedUploadIsRemoved()
    {
        QTemporaryDir dir;
        BackupUploads uploads(dir.path(), 1);
        const QByteArray bytes = backupLike(500);
        auto quiet = uploads.begin("root (uid 0)", "a", bytes.size(), sha256(bytes));
        QVERIFY(quiet.ok());
        QTRY_COMPARE_WITH_TIMEOUT(uploads.count(), 0, 5000);
        QVERIFY(parts(dir.path()).isEmpty());

        BackupUploads others(dir.path());
        auto ann = others.begin("ann (uid 1000)", "a", bytes.size(), sha256(bytes));
        auto bob = others.begin("bob (uid 1001)", "b", bytes.size(), sha256(bytes));
        QVERIFY(ann.ok() && bob.ok());
        others.abandon("ann (uid 1000)");
        QCOMPARE(others.count(), 1);
        QCOMPARE(parts(dir.path()).size(), 1);
        QVERIFY(others.chunk("bob (uid 1001)", bob->upload, 0, bytes).ok());
        QVERIFY(others.chunk("ann (uid 1000)", ann->upload, 0, bytes).kind() ==
                ErrorKind::NotFound);
    }

    // On a small tmpfs of its own (a private mount namespace: needs root).
    void aFullDiskRemovesThePartialFileAndNothingElse()
    {
        if (::geteuid() != 0)
            QSKIP("needs root for a small tmpfs of its own");
        QTemporaryDir dir;
        if (::unshare(CLONE_NEWNS) != 0 ||
            ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 ||
            ::mount("tmpfs", QFile::encodeName(dir.path()).constData(), "tmpfs", 0,
                    "size=256k,mode=0700") != 0)
            QSKIP("cannot mount a tmpfs in a private mount namespace");
        const QString backups = dir.filePath("backups");
        QVERIFY(QDir().mkpath(backups));
        BackupUploads uploads(backups);
        const QByteArray bytes = backupLike(200 * 1024);
        auto begun = uploads.begin("root (uid 0)", "a", bytes.size(), sha256(bytes));
        QVERIFY2(begun.ok(), begun.message().c_str());
        // Something else takes the room meanwhile.
        QFile other(dir.filePath("database.sqlite"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(QByteArray(150 * 1024, 'd'));
        QVERIFY(other.flush());
        other.close();
        keyward::Result<keyward::api::BackupUploadState> state = begun.value();
        for (qint64 at = 0; at < bytes.size() && state.ok(); at += 64 * 1024)
            state = uploads.chunk("root (uid 0)", begun->upload, at, bytes.mid(at, 64 * 1024));
        QVERIFY(!state.ok());
        QVERIFY(state.kind() == ErrorKind::Unavailable);
        QVERIFY2(state.message().find("is the disk full?") != std::string::npos &&
                     state.message().find("partial file was removed") != std::string::npos,
                 state.message().c_str());
        QVERIFY(parts(backups).isEmpty());
        QCOMPARE(uploads.count(), 0);
        QCOMPARE(QFileInfo(other.fileName()).size(), qint64(150 * 1024));
        ::umount2(QFile::encodeName(dir.path()).constData(), MNT_DETACH);
    }
};

QTEST_GUILESS_MAIN(TestBackupUploads)
#include "TestBackupUploads.moc"
