#include "ipc/TlsIdentity.h"

#include <QDir>
#include <QFile>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

namespace keyward::ipc {

namespace {

template <typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(n));
}

bool makeSelfSigned(QByteArray *certPem, QByteArray *keyPem)
{
    PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    X509Ptr cert(X509_new());
    if (!key || !cert)
        return false;
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_set_version(cert.get(), 2);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("keywardd"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return false;
    BioPtr certBio(BIO_new(BIO_s_mem())), keyBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(certBio.get(), cert.get()) ||
        !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return false;
    *certPem = bioBytes(certBio.get());
    *keyPem = bioBytes(keyBio.get());
    return true;
}

} // namespace

QString TlsIdentity::fingerprintOf(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

Result<TlsIdentity> TlsIdentity::loadOrCreate(const QString &directory)
{
    const QString certPath = QDir(directory).filePath(QStringLiteral("tls-cert.pem"));
    const QString keyPath = QDir(directory).filePath(QStringLiteral("tls-key.pem"));
    if (!QFile::exists(certPath) || !QFile::exists(keyPath)) {
        QByteArray certPem, keyPem;
        if (!makeSelfSigned(&certPem, &keyPem))
            return fail(ErrorKind::Internal, "cannot make a TLS certificate (OpenSSL failed)");
        QFile keyFile(keyPath), certFile(certPath);
        if (!keyFile.open(QIODevice::WriteOnly) ||
            !keyFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
            keyFile.write(keyPem) != keyPem.size() || !certFile.open(QIODevice::WriteOnly) ||
            certFile.write(certPem) != certPem.size())
            return fail(ErrorKind::Unavailable,
                        "cannot write the TLS certificate to " + directory.toStdString());
    }
    QFile certFile(certPath), keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Unavailable,
                    "cannot read the TLS certificate in " + directory.toStdString());
    TlsIdentity identity;
    identity.m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    identity.m_key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (identity.m_certificate.isNull() || identity.m_key.isNull())
        return fail(ErrorKind::Invalid,
                    "the TLS certificate or key in " + directory.toStdString() +
                        " is damaged; remove tls-*.pem to make new ones (consoles must then pin "
                        "the new fingerprint)");
    return identity;
}

} // namespace keyward::ipc
