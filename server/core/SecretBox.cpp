#include "core/SecretBox.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyward::core {

namespace {
constexpr std::size_t NonceSize = 12;
constexpr std::size_t TagSize = 16;
} // namespace

Result<SecretBox> SecretBox::load(const QString &keyFilePath)
{
    const QByteArray path = QFile::encodeName(keyFilePath);
    int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0 && errno == ENOENT)
        return fail(ErrorKind::NotFound, "the key file " + path.toStdString() + " does not exist");
    if (fd < 0)
        return fail(ErrorKind::Unavailable,
                    "cannot read the key file " + path.toStdString() + ": " + std::strerror(errno));
    struct stat st
    {
    };
    if (::fstat(fd, &st) < 0 || (st.st_mode & 077) != 0) {
        ::close(fd);
        return fail(ErrorKind::Forbidden,
                    "the key file " + path.toStdString() +
                        " can be read by other users; it must be mode 0600 (chmod 600)");
    }
    SecretBox box;
    ssize_t n = ::read(fd, box.m_key.data(), KeySize);
    char extra = 0;
    ssize_t more = ::read(fd, &extra, 1);
    ::close(fd);
    if (n != static_cast<ssize_t>(KeySize) || more != 0)
        return fail(ErrorKind::Internal, "the key file " + path.toStdString() + " is not " +
                                             std::to_string(KeySize) +
                                             " bytes: it is damaged or not a Keyward key");
    return box;
}

Result<SecretBox> SecretBox::create(const QString &keyFilePath)
{
    const QByteArray path = QFile::encodeName(keyFilePath);
    SecretBox box;
    if (RAND_bytes(box.m_key.data(), KeySize) != 1)
        return fail(ErrorKind::Internal,
                    "cannot generate a key for the credential store: no randomness");
    const int fd =
        ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return fail(errno == EEXIST ? ErrorKind::Conflict : ErrorKind::Unavailable,
                    "cannot create the key file " + path.toStdString() + ": " +
                        std::strerror(errno));
    const bool written =
        ::write(fd, box.m_key.data(), KeySize) == static_cast<ssize_t>(KeySize) && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        // A short key file would be refused at the next start: leave none behind.
        ::unlink(path.constData());
        return fail(ErrorKind::Unavailable,
                    "cannot write the key file " + path.toStdString() + " (disk full?)");
    }
    // The new name is durable only once its directory is synced too.
    const QByteArray directory = QFile::encodeName(QFileInfo(keyFilePath).absolutePath());
    const int dirFd = ::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool synced = dirFd >= 0 && ::fsync(dirFd) == 0;
    const int syncError = errno;
    if (dirFd >= 0)
        ::close(dirFd);
    if (!synced) {
        ::unlink(path.constData());
        return fail(ErrorKind::Unavailable,
                    "cannot sync the directory " + directory.toStdString() +
                        " of the new key file: " + std::strerror(syncError));
    }
    return box;
}

SecretBox SecretBox::fromKey(const std::array<std::uint8_t, KeySize> &key)
{
    SecretBox box;
    box.m_key = key;
    return box;
}

SecretBox::~SecretBox()
{
    OPENSSL_cleanse(m_key.data(), m_key.size());
}

SecretBox::SecretBox(SecretBox &&other) noexcept : m_key(other.m_key)
{
    OPENSSL_cleanse(other.m_key.data(), other.m_key.size());
}

Bytes SecretBox::seal(ByteView plaintext, ByteView context) const
{
    Bytes out(NonceSize + plaintext.size() + TagSize);
    if (RAND_bytes(out.data(), NonceSize) != 1)
        throw std::runtime_error("no randomness for a nonce");
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    bool ok =
        ctx && EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, m_key.data(), out.data()) == 1 &&
        EVP_EncryptUpdate(ctx, nullptr, &len, context.data(), static_cast<int>(context.size())) ==
            1 &&
        EVP_EncryptUpdate(ctx, out.data() + NonceSize, &len, plaintext.data(),
                          static_cast<int>(plaintext.size())) == 1 &&
        EVP_EncryptFinal_ex(ctx, out.data() + NonceSize + len, &len) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, TagSize,
                            out.data() + NonceSize + plaintext.size()) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        throw std::runtime_error("AES-256-GCM seal failed");
    return out;
}

Result<Bytes> SecretBox::open(ByteView sealed, ByteView context) const
{
    if (sealed.size() < NonceSize + TagSize)
        return fail(ErrorKind::Internal, "sealed value is too short to hold a nonce and a tag");
    std::size_t textSize = sealed.size() - NonceSize - TagSize;
    Bytes out(textSize);
    Bytes tag(sealed.end() - TagSize, sealed.end());
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    bool ok =
        ctx &&
        EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, m_key.data(), sealed.data()) == 1 &&
        EVP_DecryptUpdate(ctx, nullptr, &len, context.data(), static_cast<int>(context.size())) ==
            1 &&
        EVP_DecryptUpdate(ctx, out.data(), &len, sealed.data() + NonceSize,
                          static_cast<int>(textSize)) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(ctx, out.data() + len, &len) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok) {
        OPENSSL_cleanse(out.data(), out.size());
        return fail(ErrorKind::Internal,
                    "sealed value does not open with this key (wrong key file, or the "
                    "value was altered or moved to another row)");
    }
    return out;
}

} // namespace keyward::core
