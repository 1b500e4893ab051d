// A remote console trusts the pinned certificate fingerprint and nothing else. A
// TLS inspection proxy presents a certificate that a CA the client trusts signed
// for the right address; the pin must still refuse it, after the handshake and
// before a byte is sent, so the API token never reaches it. The test makes such a
// CA and leaf for 127.0.0.1 with OpenSSL, trusts the CA in the client, and serves
// the leaf from a plain TLS server that records every byte it gets.
//
// The console shows both fingerprints and waits for the admin to trust the new
// one; after that the old pin's token is not offered and the admin is asked.
// keywardctl's --remote mode uses the same IpcClient and is checked too.

#include "client/ConnectionProfile.h"
#include "client/ProfileStore.h"
#include "client/ServerConnection.h"
#include "ipc/IpcClient.h"
#include "views/CertificateChangedDialog.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace keyward::console;

namespace {

template <typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

struct Issued
{
    PkeyPtr key;
    X509Ptr cert;
};

bool addExtension(X509 *issuer, X509 *subject, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, subject, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(subject, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A certificate for `commonName`, signed by `issuer` (itself when null).
Issued issue(const char *commonName, const Issued *issuer, long serial)
{
    Issued out{PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")), X509Ptr(X509_new())};
    X509 *cert = out.cert.get();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), 24L * 3600);
    X509_set_pubkey(cert, out.key.get());
    X509_NAME_add_entry_by_txt(X509_get_subject_name(cert), "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
    X509 *signer = issuer ? issuer->cert.get() : cert;
    X509_set_issuer_name(cert, X509_get_subject_name(signer));
    bool ok = addExtension(signer, cert, NID_subject_key_identifier, "hash");
    if (issuer) {
        ok = ok && addExtension(signer, cert, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(signer, cert, NID_key_usage, "critical,digitalSignature") &&
             addExtension(signer, cert, NID_ext_key_usage, "serverAuth") &&
             addExtension(signer, cert, NID_subject_alt_name, "IP:127.0.0.1") &&
             addExtension(signer, cert, NID_authority_key_identifier, "keyid:always");
    } else {
        ok = ok && addExtension(signer, cert, NID_basic_constraints, "critical,CA:TRUE") &&
             addExtension(signer, cert, NID_key_usage, "critical,keyCertSign,cRLSign");
    }
    EVP_PKEY *signingKey = issuer ? issuer->key.get() : out.key.get();
    if (!ok || X509_sign(cert, signingKey, EVP_sha256()) == 0)
        out.cert.reset();
    return out;
}

QByteArray pemOf(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(n));
}

QByteArray pemOf(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(n));
}

QString fingerprintOf(const QSslCertificate &cert)
{
    return QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace

class TestPinnedConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KeywardTest"));
        const Issued ca = issue("Keyward test CA", nullptr, 1);
        QVERIFY(ca.cert);
        const Issued leaf = issue("127.0.0.1", &ca, 2);
        QVERIFY(leaf.cert);
        m_ca = QSslCertificate(pemOf(ca.cert.get()));
        m_leaf = QSslCertificate(pemOf(leaf.cert.get()));
        m_leafKey = QSslKey(pemOf(leaf.key.get()), QSsl::Ec);
        QVERIFY(!m_ca.isNull() && !m_leaf.isNull() && !m_leafKey.isNull());

        // The client trusts the CA, as a machine behind an inspection proxy does.
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificate(m_ca);
        QSslConfiguration::setDefaultConfiguration(trusting);

        QSslConfiguration serving = QSslConfiguration::defaultConfiguration();
        serving.setLocalCertificate(m_leaf);
        serving.setPrivateKey(m_leafKey);
        serving.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(serving);
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }

    void init()
    {
        QSettings().clear();
        m_accepted.clear();
        m_received.clear();
    }

    void cleanup()
    {
        for (QSslSocket *s : std::as_const(m_accepted))
            s->deleteLater();
        m_accepted.clear();
    }

    // Without this the tests below would prove nothing: the CA really is trusted,
    // so no sslErrors handler ever runs for this certificate.
    void theCaIsTrustedAndTheLeafIsValidFor127001()
    {
        QSslSocket plain;
        QSignalSpy errors(&plain, &QSslSocket::sslErrors);
        QSignalSpy encrypted(&plain, &QSslSocket::encrypted);
        plain.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.serverPort());
        QTRY_COMPARE_WITH_TIMEOUT(encrypted.count(), 1, 10000);
        QCOMPARE(errors.count(), 0);
        QCOMPARE(fingerprintOf(plain.peerCertificate()), fingerprintOf(m_leaf));
        plain.disconnectFromHost();
        QVERIFY(takeConnection());
    }

    void theConsoleRefusesACaSignedCertificateThatIsNotPinned()
    {
        ServerConnection connection;
        const ConnectionProfile profile = ConnectionProfile::remote(
            "office", "127.0.0.1", m_server.serverPort(), fingerprintOf(m_ca));
        QVERIFY(profile.problem().isEmpty());
        connection.open(profile, QStringLiteral("kw_secret_token"), false);

        QVERIFY2(takeConnection(), "the TLS handshake did not complete");
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ServerConnection::State::CertificateChanged,
                                  10000);
        QCOMPARE(connection.presentedFingerprint(), fingerprintOf(m_leaf));
        QVERIFY2(connection.statusText().contains("different certificate"),
                 qPrintable(connection.statusText()));
        QVERIFY(waitUntilClosed());
        QVERIFY2(m_received.isEmpty(), "the console sent bytes to an unpinned certificate");

        // It does not try again by itself.
        QTest::qWait(1500);
        QCOMPARE(connection.state(), ServerConnection::State::CertificateChanged);
        QVERIFY(!m_server.hasPendingConnections());
    }

    void keywardctlsClientRefusesItToo()
    {
        keyward::ipc::IpcClient client(QStringLiteral("keywardctl"));
        QSignalSpy errors(&client, &keyward::ipc::IpcClient::connectionError);
        QSignalSpy mismatch(&client, &keyward::ipc::IpcClient::certificateMismatch);
        client.connectToTls(QStringLiteral("127.0.0.1"), m_server.serverPort(), fingerprintOf(m_ca),
                            QStringLiteral("kw_secret_token"));
        QVERIFY2(takeConnection(), "the TLS handshake did not complete");
        QTRY_COMPARE(client.state(), keyward::ipc::IpcClient::State::Disconnected);
        QVERIFY(!errors.isEmpty());
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(fingerprintOf(m_leaf)) && message.contains(fingerprintOf(m_ca)),
                 qPrintable(message));
        QCOMPARE(mismatch.count(), 1);
        QVERIFY(waitUntilClosed());
        QVERIFY2(m_received.isEmpty(), "keywardctl sent bytes to an unpinned certificate");
    }

    void thePinnedCertificateIsTalkedTo()
    {
        keyward::ipc::IpcClient client(QStringLiteral("keywardctl"));
        client.connectToTls(QStringLiteral("127.0.0.1"), m_server.serverPort(),
                            fingerprintOf(m_leaf).toLower(), QStringLiteral("kw_secret_token"));
        QVERIFY(takeConnection());
        QTRY_VERIFY_WITH_TIMEOUT(m_received.contains("\"hello\""), 10000);
        QCOMPARE(client.state(), keyward::ipc::IpcClient::State::Handshaking);
        client.disconnectFromServer();
    }

    void theAdminSeesBothFingerprintsAndRepinsExplicitly()
    {
        const ConnectionProfile profile = ConnectionProfile::remote(
            "office", "127.0.0.1", m_server.serverPort(), fingerprintOf(m_ca));
        ProfileStore store;
        store.saveRemote(profile);
        store.setCurrent(profile);

        MainWindow window;
        window.show();
        window.connection()->open(profile, QStringLiteral("kw_secret_token"), false);
        QVERIFY(takeConnection());
        QTRY_VERIFY_WITH_TIMEOUT(window.certificateDialog() != nullptr, 10000);
        CertificateChangedDialog *dialog = window.certificateDialog();
        const QString shown = dialog->findChild<QLabel *>("fingerprints")->text();
        QVERIFY2(shown.contains(fingerprintOf(m_ca)) && shown.contains(fingerprintOf(m_leaf)),
                 qPrintable(shown));
        QVERIFY(waitUntilClosed());
        QVERIFY(m_received.isEmpty());
        // Still pinned to the old certificate until the admin says otherwise.
        QCOMPARE(ProfileStore().current().fingerprint(), fingerprintOf(m_ca));

        dialog->trustButton()->click();
        QCOMPARE(ProfileStore().current().fingerprint(), fingerprintOf(m_leaf));
        // The token typed for the old pin is not carried over: the console asks again.
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), ServerConnection::State::NeedsToken,
                                  10000);
        QVERIFY(!m_server.hasPendingConnections());
        QVERIFY(m_received.isEmpty());

        window.connection()->provideToken(QStringLiteral("kw_secret_token"), false);
        QVERIFY(takeConnection());
        QTRY_VERIFY_WITH_TIMEOUT(m_received.contains("kw_secret_token"), 10000);
        window.connection()->close();
    }

private:
    // The server side of the next connection, once its handshake is done.
    bool takeConnection()
    {
        if (!QTest::qWaitFor([this] { return m_server.hasPendingConnections(); }, 10000))
            return false;
        auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
        if (!socket || !socket->isEncrypted())
            return false;
        m_accepted << socket;
        m_received += socket->readAll();
        connect(socket, &QSslSocket::readyRead, this,
                [this, socket] { m_received += socket->readAll(); });
        return true;
    }

    bool waitUntilClosed()
    {
        QSslSocket *socket = m_accepted.last();
        const bool closed = QTest::qWaitFor(
            [socket] { return socket->state() == QAbstractSocket::UnconnectedState; }, 10000);
        m_received += socket->readAll();
        return closed;
    }

    QSslCertificate m_ca;
    QSslCertificate m_leaf;
    QSslKey m_leafKey;
    QSslServer m_server;
    QList<QSslSocket *> m_accepted;
    QByteArray m_received;
};

QTEST_MAIN(TestPinnedConnection)
#include "TestPinnedConnection.moc"
