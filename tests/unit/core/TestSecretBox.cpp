// NT hashes at rest: sealed with AES-256-GCM under a key file only the daemon reads.
// Loading and creating the key are separate: a missing key file is an error (never a
// new key), and a new key never replaces a file that exists.

#include "core/SecretBox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace keyward::core;
using keyward::protocol::asBytes;
using keyward::protocol::Bytes;

class TestSecretBox : public QObject
{
    Q_OBJECT

private slots:
    void keyFileIsCreatedPrivateAndReused()
    {
        QTemporaryDir dir;
        QString path = dir.filePath("store.key");
        auto first = SecretBox::create(path);
        QVERIFY2(first.ok(), first.ok() ? "" : first.message().c_str());
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QCOMPARE(QFileInfo(path).size(), qint64(SecretBox::KeySize));

        Bytes sealed = first->seal(asBytes("0123456789abcdef"), asBytes("alice"));
        auto second = SecretBox::load(path);
        QVERIFY(second.ok());
        auto opened = second->open(sealed, asBytes("alice"));
        QVERIFY(opened.ok());
        QCOMPARE(std::string(opened->begin(), opened->end()), std::string("0123456789abcdef"));
    }

    void aMissingKeyFileIsAnErrorNotANewKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("credentials.key");
        auto missing = SecretBox::load(path);
        QVERIFY(!missing.ok());
        QVERIFY(missing.kind() == keyward::ErrorKind::NotFound);
        QVERIFY2(missing.message().find(path.toStdString()) != std::string::npos,
                 missing.message().c_str());
        QVERIFY(!QFile::exists(path)); // loading made nothing
    }

    void anExistingKeyFileIsNeverReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("credentials.key");
        auto first = SecretBox::create(path);
        QVERIFY(first.ok());
        const Bytes sealed = first->seal(asBytes("0123456789abcdef"), asBytes("alice"));
        auto again = SecretBox::create(path);
        QVERIFY(!again.ok());
        QVERIFY(again.kind() == keyward::ErrorKind::Conflict);
        // The first key still opens what it sealed.
        auto loaded = SecretBox::load(path);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->open(sealed, asBytes("alice")).ok());
    }

    void sealedValueIsBoundToItsContextAndKey()
    {
        std::array<std::uint8_t, 32> k1{}, k2{};
        k2[0] = 1;
        SecretBox a = SecretBox::fromKey(k1);
        SecretBox b = SecretBox::fromKey(k2);
        Bytes sealed = a.seal(asBytes("secret-nt-hash!!"), asBytes("alice"));
        QVERIFY(sealed.size() == 12 + 16 + 16);
        QVERIFY(std::search(sealed.begin(), sealed.end(), asBytes("secret").begin(),
                            asBytes("secret").end()) == sealed.end());
        QVERIFY(!a.open(sealed, asBytes("bob")).ok());
        QVERIFY(!b.open(sealed, asBytes("alice")).ok());
        Bytes tampered = sealed;
        tampered[14] ^= 1;
        auto bad = a.open(tampered, asBytes("alice"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.message().find("altered") != std::string::npos);
        QVERIFY(!a.open(Bytes(10), asBytes("alice")).ok());
        // Two seals of the same value differ (fresh nonce each time).
        QVERIFY(a.seal(asBytes("x"), asBytes("c")) != a.seal(asBytes("x"), asBytes("c")));
    }

    void readableOrDamagedKeyFilesAreRefused()
    {
        QTemporaryDir dir;
        QString path = dir.filePath("open.key");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(32, 'k'));
        f.close();
        ::chmod(QFile::encodeName(path).constData(), 0644);
        auto loaded = SecretBox::load(path);
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.message().find("0600") != std::string::npos);

        ::chmod(QFile::encodeName(path).constData(), 0600);
        QVERIFY(f.open(QIODevice::Append));
        f.write("x");
        f.close();
        auto damaged = SecretBox::load(path);
        QVERIFY(!damaged.ok());
        QVERIFY(damaged.message().find("32 bytes") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestSecretBox)
#include "TestSecretBox.moc"
