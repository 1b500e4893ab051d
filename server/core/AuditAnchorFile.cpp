#include "core/AuditAnchorFile.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace keyward::core {

namespace {
const QByteArray Marker = QByteArrayLiteral("keyward-audit-anchor");
constexpr qint64 MaxFileSize = 64 * 1024 * 1024; // far beyond a century of anchors

bool syncDirectory(const QString &file)
{
    const QByteArray directory = QFile::encodeName(QFileInfo(file).absolutePath());
    const int fd = ::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    return synced;
}
} // namespace

QByteArray AuditAnchorFile::format(const AuditAnchor &a)
{
    return Marker + " at=" +
           QDateTime::fromMSecsSinceEpoch(a.writtenAt, Qt::UTC)
               .toString(Qt::ISODateWithMs)
               .toLatin1() +
           " entry=" + QByteArray::number(a.id) + " hash=" + a.hash.toHex() +
           " keyed-from=" + QByteArray::number(a.keyedFrom) + '\n';
}

AuditAnchor AuditAnchorFile::parse(const QByteArray &line, int lineNumber)
{
    AuditAnchor a;
    a.line = lineNumber;
    const QList<QByteArray> words = line.trimmed().split(' ');
    if (words.size() != 5 || words[0] != Marker)
        return a;
    auto value = [&](int i, const QByteArray &key) -> QByteArray {
        return words[i].startsWith(key + '=') ? words[i].mid(key.size() + 1) : QByteArray();
    };
    const QDateTime at =
        QDateTime::fromString(QString::fromLatin1(value(1, "at")), Qt::ISODateWithMs);
    bool idOk = false;
    bool keyedOk = false;
    a.id = value(2, "entry").toLongLong(&idOk);
    const QByteArray hex = value(3, "hash");
    a.hash = QByteArray::fromHex(hex);
    a.keyedFrom = value(4, "keyed-from").toLongLong(&keyedOk);
    a.writtenAt = at.isValid() ? at.toMSecsSinceEpoch() : 0;
    a.valid = at.isValid() && idOk && a.id > 0 && keyedOk && a.keyedFrom >= 0 && hex.size() == 64 &&
              a.hash.size() == 32;
    return a;
}

Status AuditAnchorFile::append(const AuditAnchor &anchor) const
{
    const QByteArray path = QFile::encodeName(m_path);
    const bool existed = QFileInfo::exists(m_path);
    const int fd =
        ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return fail(ErrorKind::Unavailable, "cannot open the audit anchor file " +
                                                path.toStdString() + ": " + std::strerror(errno));
    const QByteArray line = format(anchor);
    const bool written =
        ::write(fd, line.constData(), static_cast<std::size_t>(line.size())) == line.size() &&
        ::fsync(fd) == 0;
    const int writeError = errno;
    ::close(fd);
    if (!written)
        return fail(ErrorKind::Unavailable, "cannot write the audit anchor file " +
                                                path.toStdString() + ": " +
                                                std::strerror(writeError));
    if (!existed && !syncDirectory(m_path))
        return fail(ErrorKind::Unavailable,
                    "cannot sync the directory of the new audit anchor file " + path.toStdString());
    return {};
}

Result<QList<AuditAnchor>> AuditAnchorFile::read() const
{
    QFile file(m_path);
    if (!file.exists())
        return QList<AuditAnchor>{};
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Unavailable, "cannot read the audit anchor file " +
                                                m_path.toStdString() + ": " +
                                                file.errorString().toStdString());
    if (file.size() > MaxFileSize)
        return fail(ErrorKind::Unavailable, "the audit anchor file " + m_path.toStdString() +
                                                " is larger than 64 MiB: it is not Keyward's");
    QList<AuditAnchor> anchors;
    int number = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++number;
        if (line.trimmed().isEmpty())
            continue;
        anchors.append(parse(line, number));
    }
    return anchors;
}

} // namespace keyward::core
