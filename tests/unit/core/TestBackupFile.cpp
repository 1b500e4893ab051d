// The backup file format: what is sealed opens with the passphrase and only with it;
// a wrong passphrase is told apart from a damaged file; any one byte changed, and a
// file cut short anywhere, are refused and give nothing back.

#include "core/BackupFile.h"

#include <QTest>

using namespace keyward::core;

class TestBackupFile : public QObject
{
    Q_OBJECT

    // A cheap scrypt for the tests that open many variants; one test uses the default.
    const BackupFile::Kdf m_fast{12, 8, 1};
    const QByteArray m_passphrase = QByteArrayLiteral("correct horse battery staple");

    BackupContents sample() const
    {
        BackupContents c;
        c.files.insert(QStringLiteral("keyward.db"), QByteArray(3000, 'd'));
        c.files.insert(QStringLiteral("credentials.key"), QByteArray(32, '\x5a'));
        c.files.insert(QStringLiteral("manifest.json"), QByteArrayLiteral("{\"counts\":{}}"));
        return c;
    }

private slots:
    void roundTripsWithTheDefaultKdf()
    {
        auto sealed = BackupFile::seal(sample(), m_passphrase);
        QVERIFY2(sealed.ok(), sealed.message().c_str());
        QVERIFY(sealed->startsWith("KEYWARDB"));
        QCOMPARE(static_cast<int>(static_cast<unsigned char>(sealed->at(10))), 17); // log2 N
        // Neither the key nor the data is in the clear.
        QVERIFY(!sealed->contains(QByteArray(32, '\x5a')));
        QVERIFY(!sealed->contains(QByteArray(64, 'd')));
        auto opened = BackupFile::open(*sealed, m_passphrase);
        QVERIFY2(opened.ok(), opened.message().c_str());
        QCOMPARE(opened->files, sample().files);
    }

    void aWrongPassphraseIsSaidSoAndGivesNothing()
    {
        auto sealed = BackupFile::seal(sample(), m_passphrase, m_fast);
        QVERIFY(sealed.ok());
        auto opened = BackupFile::open(*sealed, QByteArrayLiteral("correct horse battery stapler"));
        QVERIFY(!opened.ok());
        QVERIFY(opened.kind() == keyward::ErrorKind::Forbidden);
        QVERIFY2(QString::fromStdString(opened.message()).contains("wrong passphrase"),
                 opened.message().c_str());
    }

    void anyFlippedByteIsRefused()
    {
        auto sealed = BackupFile::seal(sample(), m_passphrase, m_fast);
        QVERIFY(sealed.ok());
        // Every header byte, and bytes through the ciphertext and the tag.
        QList<qsizetype> positions;
        for (qsizetype i = 0; i < BackupFile::HeaderSize; ++i)
            positions << i;
        for (qsizetype i = BackupFile::HeaderSize; i < sealed->size(); i += 97)
            positions << i;
        for (qsizetype i = sealed->size() - BackupFile::TagSize; i < sealed->size(); ++i)
            positions << i;
        for (qsizetype at : positions) {
            QByteArray changed = *sealed;
            changed[at] = static_cast<char>(changed[at] ^ 0x01);
            auto opened = BackupFile::open(changed, m_passphrase);
            QVERIFY2(!opened.ok(), qPrintable(QString("byte %1 flipped, still opened").arg(at)));
        }
    }

    void aChangedCiphertextIsCalledDamagedNotAWrongPassphrase()
    {
        auto sealed = BackupFile::seal(sample(), m_passphrase, m_fast);
        QVERIFY(sealed.ok());
        QByteArray changed = *sealed;
        changed[BackupFile::HeaderSize + 5] =
            static_cast<char>(changed[BackupFile::HeaderSize + 5] ^ 0x80);
        auto opened = BackupFile::open(changed, m_passphrase);
        QVERIFY(!opened.ok());
        QVERIFY2(QString::fromStdString(opened.message()).contains("damaged"),
                 opened.message().c_str());
    }

    void aTruncatedFileIsRefused()
    {
        auto sealed = BackupFile::seal(sample(), m_passphrase, m_fast);
        QVERIFY(sealed.ok());
        for (qsizetype length : {qsizetype(0), qsizetype(8), qsizetype(BackupFile::HeaderSize),
                                 qsizetype(BackupFile::HeaderSize + 10), sealed->size() / 2,
                                 sealed->size() - BackupFile::TagSize, sealed->size() - 1}) {
            auto opened = BackupFile::open(sealed->left(length), m_passphrase);
            QVERIFY2(!opened.ok(),
                     qPrintable(QString("cut to %1 bytes, still opened").arg(length)));
        }
        // Bytes added at the end are refused too.
        QVERIFY(!BackupFile::open(*sealed + "x", m_passphrase).ok());
    }

    void aFileThatIsNoBackupIsNamedAsSuch()
    {
        auto opened = BackupFile::open(QByteArrayLiteral("SQLite format 3\0......"), m_passphrase);
        QVERIFY(!opened.ok());
        QVERIFY(QString::fromStdString(opened.message()).contains("not a Keyward backup"));
    }

    void aHostileKdfIsRefusedBeforeAnyWork()
    {
        auto sealed = BackupFile::seal(sample(), m_passphrase, m_fast);
        QVERIFY(sealed.ok());
        QByteArray hostile = *sealed;
        hostile[10] = 40; // 2^40 rounds of scrypt
        auto opened = BackupFile::open(hostile, m_passphrase);
        QVERIFY(!opened.ok());
        QVERIFY(QString::fromStdString(opened.message()).contains("out of bounds"));
    }

    void aShortPassphraseIsRefused()
    {
        auto sealed = BackupFile::seal(sample(), QByteArrayLiteral("short"), m_fast);
        QVERIFY(!sealed.ok());
        QVERIFY(QString::fromStdString(sealed.message()).contains("at least 10"));
    }
};

QTEST_GUILESS_MAIN(TestBackupFile)
#include "TestBackupFile.moc"
