#include "ipc/LocalEndpoint.h"

#include <QtGlobal>

namespace keyward::ipc {

QString LocalEndpoint::defaultPath()
{
#ifdef Q_OS_WIN
    return QStringLiteral("keywardd");
#else
    return QStringLiteral("/run/keyward/keywardd.sock");
#endif
}

bool LocalEndpoint::serverRunsHere()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

} // namespace keyward::ipc
