#include "core/AuditKey.h"

#include "core/KeyFile.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdexcept>

namespace keyward::core {

Result<AuditKey> AuditKey::load(const QString &keyFilePath)
{
    AuditKey key;
    if (auto read = KeyFile::read(keyFilePath, key.m_key); !read)
        return read.error();
    return key;
}

Result<AuditKey> AuditKey::create(const QString &keyFilePath)
{
    AuditKey key;
    if (auto created = KeyFile::create(keyFilePath, key.m_key, "the audit trail"); !created)
        return created.error();
    return key;
}

AuditKey AuditKey::fromKey(const std::array<std::uint8_t, KeySize> &key)
{
    AuditKey k;
    k.m_key = key;
    return k;
}

AuditKey::~AuditKey()
{
    OPENSSL_cleanse(m_key.data(), m_key.size());
}

AuditKey::AuditKey(AuditKey &&other) noexcept : m_key(other.m_key)
{
    OPENSSL_cleanse(other.m_key.data(), other.m_key.size());
}

AuditKey &AuditKey::operator=(AuditKey &&other) noexcept
{
    if (this != &other) {
        m_key = other.m_key;
        OPENSSL_cleanse(other.m_key.data(), other.m_key.size());
    }
    return *this;
}

QByteArray AuditKey::mac(const QByteArray &data) const
{
    QByteArray out(EVP_MAX_MD_SIZE, '\0');
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), m_key.data(), static_cast<int>(m_key.size()),
              reinterpret_cast<const unsigned char *>(data.constData()),
              static_cast<std::size_t>(data.size()), reinterpret_cast<unsigned char *>(out.data()),
              &length))
        throw std::runtime_error("HMAC-SHA256 failed");
    out.resize(static_cast<qsizetype>(length));
    return out;
}

QByteArray AuditKey::id() const
{
    return mac(QByteArrayLiteral("keyward audit key id")).left(8);
}

} // namespace keyward::core
