#include "daemon/DescriptorServer.h"

#include <unistd.h>

namespace keyward::daemon {

DescriptorServer::~DescriptorServer()
{
    for (int descriptor : m_accepted)
        ::close(descriptor);
}

std::vector<int> DescriptorServer::takeAccepted()
{
    return std::exchange(m_accepted, {});
}

void DescriptorServer::incomingConnection(qintptr descriptor)
{
    // QTcpServer emits newConnection right after this.
    m_accepted.push_back(static_cast<int>(descriptor));
}

} // namespace keyward::daemon
