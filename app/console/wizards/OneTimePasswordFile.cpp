#include "wizards/OneTimePasswordFile.h"

#include <QFile>

namespace keyward::console {

QString OneTimePasswordFile::write(const QString &path,
                                   const QList<api::OneTimePassword> &passwords)
{
    if (path.isEmpty())
        return tr("No file was chosen for the one-time passwords.");
    QFile file(path);
    const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner;
    // Made 0600 before a byte is written, whatever the umask or an old file's mode.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, owner) ||
        !file.setPermissions(owner))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    QByteArray csv = "name,password\n";
    for (const api::OneTimePassword &p : passwords)
        csv += p.name.toUtf8() + ',' + p.password.toUtf8() + '\n';
    const bool written = file.write(csv) == csv.size() && file.flush();
    csv.fill('\0');
    if (!written)
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace keyward::console
