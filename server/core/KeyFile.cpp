#include "core/KeyFile.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyward::core {

Status KeyFile::read(const QString &keyFilePath, std::span<std::uint8_t> key)
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
    ssize_t n = ::read(fd, key.data(), key.size());
    char extra = 0;
    ssize_t more = ::read(fd, &extra, 1);
    ::close(fd);
    if (n != static_cast<ssize_t>(key.size()) || more != 0) {
        OPENSSL_cleanse(key.data(), key.size());
        return fail(ErrorKind::Internal, "the key file " + path.toStdString() + " is not " +
                                             std::to_string(key.size()) +
                                             " bytes: it is damaged or not a Keyward key");
    }
    return {};
}

Status KeyFile::create(const QString &keyFilePath, std::span<std::uint8_t> key,
                       const std::string &purpose)
{
    const QByteArray path = QFile::encodeName(keyFilePath);
    if (RAND_bytes(key.data(), static_cast<int>(key.size())) != 1)
        return fail(ErrorKind::Internal,
                    "cannot generate a key for " + purpose + ": no randomness");
    const int fd =
        ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return fail(errno == EEXIST ? ErrorKind::Conflict : ErrorKind::Unavailable,
                    "cannot create the key file " + path.toStdString() + ": " +
                        std::strerror(errno));
    const bool written =
        ::write(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size()) && ::fsync(fd) == 0;
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
    return {};
}

} // namespace keyward::core
