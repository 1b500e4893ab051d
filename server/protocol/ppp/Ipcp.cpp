#include "ppp/Ipcp.h"

#include <algorithm>

namespace keyward::protocol::ppp {

Ipcp::Ipcp(Config config)
    : OptionPolicy(), OptionAutomaton(*this, kProtocolIpcp, "IPCP", config.limits),
      m_config(std::move(config))
{
    resetNegotiation();
}

std::string Ipcp::addressToString(std::uint32_t a)
{
    return std::to_string(a >> 24) + "." + std::to_string((a >> 16) & 0xff) + "." +
           std::to_string((a >> 8) & 0xff) + "." + std::to_string(a & 0xff);
}

std::uint32_t Ipcp::configuredServerValue(std::uint8_t type) const
{
    switch (type) {
    case kOptPrimaryDns:
        return m_config.primaryDns;
    case kOptSecondaryDns:
        return m_config.secondaryDns;
    case kOptPrimaryNbns:
        return m_config.primaryNbns;
    case kOptSecondaryNbns:
        return m_config.secondaryNbns;
    default:
        return 0;
    }
}

void Ipcp::resetNegotiation()
{
    m_agreed = Agreed{};
    if (m_config.role == PppRole::Server) {
        m_reqAddress = m_config.localAddress;
        m_reqPrimaryDns.reset();
        m_reqSecondaryDns.reset();
    } else {
        m_reqAddress = m_config.localAddress;
        if (m_config.requestDns) {
            m_reqPrimaryDns = 0;
            m_reqSecondaryDns = 0;
        } else {
            m_reqPrimaryDns.reset();
            m_reqSecondaryDns.reset();
        }
    }
}

std::vector<PppOption> Ipcp::buildRequest()
{
    std::vector<PppOption> options;
    if (m_reqAddress && (m_config.role == PppRole::Client || *m_reqAddress != 0))
        options.push_back(PppOption::u32(kOptIpAddress, *m_reqAddress));
    if (m_reqPrimaryDns)
        options.push_back(PppOption::u32(kOptPrimaryDns, *m_reqPrimaryDns));
    if (m_reqSecondaryDns)
        options.push_back(PppOption::u32(kOptSecondaryDns, *m_reqSecondaryDns));
    return options;
}

OptionPolicy::Verdict Ipcp::examineRequest(const std::vector<PppOption> &request)
{
    Verdict verdict;
    const bool server = m_config.role == PppRole::Server;
    bool sawAddress = false;
    for (const PppOption &option : request) {
        const bool fourOctets = option.data.size() == 4;
        switch (option.type) {
        case kOptIpAddress: {
            if (!fourOctets) {
                verdict.rejects.push_back(option);
                break;
            }
            sawAddress = true;
            std::uint32_t requested = option.asU32();
            if (server) {
                if (m_config.peerAddress != 0 && requested != m_config.peerAddress)
                    verdict.naks.push_back(PppOption::u32(kOptIpAddress, m_config.peerAddress));
                else if (m_config.peerAddress == 0 && requested == 0)
                    verdict.fatal = "no IPv4 address to assign to the client";
            } else if (requested == 0) {
                // The server must tell us its address; we have none to suggest.
                verdict.rejects.push_back(option);
            }
            break;
        }
        case kOptPrimaryDns:
        case kOptSecondaryDns:
        case kOptPrimaryNbns:
        case kOptSecondaryNbns: {
            std::uint32_t ours = server ? configuredServerValue(option.type) : 0;
            if (!fourOctets || ours == 0)
                verdict.rejects.push_back(option);
            else if (option.asU32() != ours)
                verdict.naks.push_back(PppOption::u32(option.type, ours));
            break;
        }
        default: // IP-Compression-Protocol (VJ), IP-Addresses, mobile IPv4, unknown
            verdict.rejects.push_back(option);
            break;
        }
        if (!verdict.fatal.empty())
            return verdict;
    }
    // A client that does not ask for an address still gets told which one it has.
    if (server && !sawAddress && m_config.peerAddress != 0)
        verdict.naks.push_back(PppOption::u32(kOptIpAddress, m_config.peerAddress));
    return verdict;
}

void Ipcp::peerRequestAcked(const std::vector<PppOption> &options)
{
    for (const PppOption &option : options) {
        std::uint32_t value = option.asU32();
        switch (option.type) {
        case kOptIpAddress:
            m_agreed.peerAddress = value;
            break;
        case kOptPrimaryDns:
            m_agreed.primaryDns = value;
            break;
        case kOptSecondaryDns:
            m_agreed.secondaryDns = value;
            break;
        case kOptPrimaryNbns:
            m_agreed.primaryNbns = value;
            break;
        case kOptSecondaryNbns:
            m_agreed.secondaryNbns = value;
            break;
        default:
            break;
        }
    }
}

void Ipcp::ourRequestAcked(const std::vector<PppOption> &options)
{
    for (const PppOption &option : options) {
        std::uint32_t value = option.asU32();
        if (option.type == kOptIpAddress)
            m_agreed.localAddress = value;
        else if (option.type == kOptPrimaryDns)
            m_agreed.primaryDns = value;
        else if (option.type == kOptSecondaryDns)
            m_agreed.secondaryDns = value;
    }
}

Status Ipcp::ourRequestNaked(const std::vector<PppOption> &suggested)
{
    for (const PppOption &option : suggested) {
        if (option.data.size() != 4)
            continue;
        std::uint32_t value = option.asU32();
        switch (option.type) {
        case kOptIpAddress:
            // The server keeps its configured address; a client takes what it is given.
            if (m_config.role == PppRole::Client && value != 0)
                m_reqAddress = value;
            break;
        case kOptPrimaryDns:
            if (m_reqPrimaryDns)
                m_reqPrimaryDns = value;
            break;
        case kOptSecondaryDns:
            if (m_reqSecondaryDns)
                m_reqSecondaryDns = value;
            break;
        default:
            break;
        }
    }
    return {};
}

Status Ipcp::ourRequestRejected(const std::vector<PppOption> &rejected)
{
    for (const PppOption &option : rejected) {
        switch (option.type) {
        case kOptIpAddress:
            if (m_config.role == PppRole::Client && m_reqAddress.value_or(0) == 0)
                return fail("server refused to assign us an IPv4 address");
            m_reqAddress.reset();
            break;
        case kOptPrimaryDns:
            m_reqPrimaryDns.reset();
            break;
        case kOptSecondaryDns:
            m_reqSecondaryDns.reset();
            break;
        default:
            break;
        }
    }
    return {};
}

Status Ipcp::beforeLayerUp(Timestamp)
{
    if (m_config.role == PppRole::Server) {
        if (m_agreed.localAddress == 0)
            m_agreed.localAddress = m_config.localAddress;
        if (m_agreed.peerAddress == 0)
            return fail("client did not accept an IPv4 address");
    } else if (m_agreed.localAddress == 0) {
        return fail("server did not assign us an IPv4 address");
    }
    return {};
}

} // namespace keyward::protocol::ppp
