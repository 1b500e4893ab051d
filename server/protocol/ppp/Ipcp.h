#pragma once

// IPCP (RFC 1332) with the DNS/NBNS options of RFC 1877, on OptionAutomaton.
// Server role: assign the peer's address (Nak its 0.0.0.0 with the one the caller
// gives us), announce our own, hand out DNS/NBNS when configured (Reject when not),
// Reject IP-Compression-Protocol (no VJ). Client role (keyward-probe): request
// 0.0.0.0 and DNS 0.0.0.0 and take the server's Naks.
// Addresses are IPv4 in host byte order (0xC0A80001 is 192.168.0.1); 0 = none.

#include "ppp/OptionAutomaton.h"
#include "ppp/OptionPolicy.h"
#include "ppp/PppProtocol.h"

#include <cstdint>
#include <string>

namespace keyward::protocol::ppp {

class Ipcp final : private OptionPolicy, public OptionAutomaton
{
public:
    enum OptionType : std::uint8_t
    {
        kOptIpAddresses = 1, // deprecated, rejected
        kOptIpCompression = 2,
        kOptIpAddress = 3,
        kOptPrimaryDns = 129,
        kOptPrimaryNbns = 130,
        kOptSecondaryDns = 131,
        kOptSecondaryNbns = 132,
    };

    struct Config
    {
        PppRole role = PppRole::Server;
        std::uint32_t localAddress = 0; // server: our address; client: usually 0
        std::uint32_t peerAddress = 0;  // server: the address we assign
        std::uint32_t primaryDns = 0;
        std::uint32_t secondaryDns = 0;
        std::uint32_t primaryNbns = 0;
        std::uint32_t secondaryNbns = 0;
        bool requestDns = true; // client: ask for DNS servers
        OptionAutomaton::Limits limits{};
    };

    struct Agreed
    {
        std::uint32_t localAddress = 0;
        std::uint32_t peerAddress = 0;
        std::uint32_t primaryDns = 0;
        std::uint32_t secondaryDns = 0;
        std::uint32_t primaryNbns = 0;
        std::uint32_t secondaryNbns = 0;
    };

    explicit Ipcp(Config config);

    const Agreed &agreed() const { return m_agreed; }
    // Server role: the address to assign, when it was not known at construction (it
    // is given after sign-in). Takes effect for requests examined from now on.
    void setPeerAddress(std::uint32_t address) { m_config.peerAddress = address; }
    static std::string addressToString(std::uint32_t address);

private:
    void resetNegotiation() override;
    std::vector<PppOption> buildRequest() override;
    Verdict examineRequest(const std::vector<PppOption> &request) override;
    void peerRequestAcked(const std::vector<PppOption> &options) override;
    void ourRequestAcked(const std::vector<PppOption> &options) override;
    Status ourRequestNaked(const std::vector<PppOption> &suggested) override;
    Status ourRequestRejected(const std::vector<PppOption> &rejected) override;
    Status beforeLayerUp(Timestamp now) override;

    std::uint32_t configuredServerValue(std::uint8_t type) const;

    Config m_config;
    Agreed m_agreed;
    // Client role: what our next request carries; unset = option dropped.
    std::optional<std::uint32_t> m_reqAddress;
    std::optional<std::uint32_t> m_reqPrimaryDns;
    std::optional<std::uint32_t> m_reqSecondaryDns;
};

} // namespace keyward::protocol::ppp
