#include "dissect/ClientInventory.h"

namespace keyward::capture {

ClientIdentity ClientInventory::classify(const ClientEvidence &)
{
    return {};
}

void ClientInventory::addLcpOptions(ClientEvidence &, const QList<std::pair<quint8, QByteArray>> &,
                                    bool)
{}

void ClientInventory::addMppeOption(ClientEvidence &evidence, quint32 bits)
{
    evidence.mppeOptionSeen = true;
    evidence.mppeBitsOffered |= bits;
}

} // namespace keyward::capture
