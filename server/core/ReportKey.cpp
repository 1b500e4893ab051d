#include "core/ReportKey.h"

#include "core/KeyFile.h"
#include "core/ReportSignature.h"

#include <array>
#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace keyward::core {

Result<ReportKey> ReportKey::loadOrCreate(const QString &keyFilePath)
{
    std::array<std::uint8_t, 32> seed{};
    Status read = KeyFile::read(keyFilePath, seed);
    if (!read && read.kind() == ErrorKind::NotFound)
        read = KeyFile::create(keyFilePath, seed, "signing reports");
    if (!read)
        return read.error();
    EVP_PKEY *key =
        EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed.data(), seed.size());
    OPENSSL_cleanse(seed.data(), seed.size());
    if (!key)
        return fail(ErrorKind::Internal, "OpenSSL cannot make an Ed25519 key (is it OpenSSL 3?)");
    ReportKey k;
    k.m_key.reset(key, &EVP_PKEY_free);
    return k;
}

Result<QByteArray> ReportKey::sign(const QByteArray &message) const
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray signature(64, '\0');
    size_t length = static_cast<size_t>(signature.size());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       static_cast<size_t>(message.size())) != 1)
        return fail(ErrorKind::Internal, "cannot sign the report (OpenSSL Ed25519 failed)");
    signature.resize(static_cast<qsizetype>(length));
    return signature;
}

QByteArray ReportKey::publicKey() const
{
    QByteArray raw(32, '\0');
    size_t length = static_cast<size_t>(raw.size());
    if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char *>(raw.data()),
                                    &length) != 1)
        return {};
    raw.resize(static_cast<qsizetype>(length));
    return raw;
}

QString ReportKey::publicKeyPem() const
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromLatin1(data, static_cast<qsizetype>(size));
}

QString ReportKey::keyId() const
{
    return ReportSignature::keyIdOf(publicKey());
}

} // namespace keyward::core
