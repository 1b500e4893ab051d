#include "core/BackupContents.h"

#include <QtEndian>
#include <openssl/crypto.h>

namespace keyward::core {

namespace {

const QByteArray PackMagic = QByteArrayLiteral("KWPACK1\n");
constexpr int MaxFiles = 64;
constexpr int MaxNameLength = 255;

} // namespace

void BackupContents::wipe()
{
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (!it.value().isEmpty())
            OPENSSL_cleanse(it.value().data(), static_cast<size_t>(it.value().size()));
    }
    files.clear();
}

QByteArray BackupContents::pack() const
{
    QByteArray out = PackMagic;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QByteArray name = it.key().toUtf8();
        char header[2 + 8];
        qToBigEndian<quint16>(static_cast<quint16>(name.size()), header);
        qToBigEndian<quint64>(static_cast<quint64>(it.value().size()), header + 2);
        out.append(header, 2);
        out.append(name);
        out.append(header + 2, 8);
        out.append(it.value());
    }
    return out;
}

Result<BackupContents> BackupContents::unpack(const QByteArray &packed)
{
    const auto damaged = [](const char *why) {
        return fail(ErrorKind::Invalid,
                    std::string("the backup's contents are not a Keyward backup: ") + why);
    };
    if (!packed.startsWith(PackMagic))
        return damaged("no file list");
    BackupContents contents;
    qsizetype at = PackMagic.size();
    while (at < packed.size()) {
        if (contents.files.size() >= MaxFiles)
            return damaged("too many files");
        if (packed.size() - at < 2)
            return damaged("a file name is cut short");
        const quint16 nameLength = qFromBigEndian<quint16>(packed.constData() + at);
        at += 2;
        if (nameLength == 0 || nameLength > MaxNameLength || packed.size() - at < nameLength + 8)
            return damaged("a file name is cut short");
        const QString name = QString::fromUtf8(packed.mid(at, nameLength));
        at += nameLength;
        const quint64 length = qFromBigEndian<quint64>(packed.constData() + at);
        at += 8;
        if (length > quint64(packed.size() - at))
            return damaged("a file is cut short");
        if (name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.')))
            return damaged("a file name is not a plain name");
        contents.files.insert(name, packed.mid(at, static_cast<qsizetype>(length)));
        at += static_cast<qsizetype>(length);
    }
    return contents;
}

} // namespace keyward::core
