#include "secrets/ProcessHardening.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace keyward::console {

QString ProcessHardening::forbidCoreDumps()
{
#ifdef Q_OS_LINUX
    const rlimit none{0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) != 0)
        return QStringLiteral("cannot set the core size limit to 0: %1")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return QStringLiteral("cannot make the process non-dumpable: %1")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    return {};
#else
    return QStringLiteral("core dumps are left to the operating system here");
#endif
}

} // namespace keyward::console
