// Feeds arbitrary control packets, timer ticks and administrative events into LCP,
// IPCP and CCP instances (server or client role). Nothing may crash, and every step
// must finish: the output of one step is bounded.

#include "common/Bytes.h"
#include "ppp/Ccp.h"
#include "ppp/Ipcp.h"
#include "ppp/Lcp.h"

#include <cstdlib>

using namespace keyward::protocol;
using namespace keyward::protocol::ppp;

namespace {

template <typename T> void drain(T &machine)
{
    // A single input may legitimately produce a handful of packets; hundreds means a loop.
    if (machine.takeOutgoing().size() > 16)
        std::abort();
    if (machine.takeEvents().size() > 32)
        std::abort();
}

template <typename T> void step(T &machine, std::uint8_t op, ByteView body, Timestamp now)
{
    switch (op & 0x07) {
    case 0:
    case 1:
    case 2:
        machine.receive(body, now);
        break;
    case 3:
        if (const Timestamp deadline = machine.nextDeadline(); deadline != NoDeadline)
            machine.onTimer(deadline);
        break;
    case 4:
        machine.close(now, "fuzz");
        break;
    case 5:
        machine.open(now);
        break;
    case 6:
        machine.down(now);
        break;
    case 7:
        machine.up(now);
        break;
    }
    drain(machine);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const PppRole role = (data[0] & 1) ? PppRole::Client : PppRole::Server;
    std::uint32_t seed = 1;

    Lcp::Config lcpConfig;
    lcpConfig.role = role;
    lcpConfig.random = [&seed] { return seed = seed * 1103515245u + 12345u; };
    lcpConfig.allowPap = (data[0] & 2) != 0;
    Lcp lcp(lcpConfig);

    Ccp::Config ccpConfig;
    ccpConfig.role = role;
    ccpConfig.policy.setStatefulAllowed((data[0] & 4) != 0);
    ccpConfig.policy.setAllowed(mppe::MppeStrength::Bits40, (data[0] & 8) != 0);
    Ccp ccp(ccpConfig);

    Ipcp::Config ipcpConfig;
    ipcpConfig.role = role;
    ipcpConfig.localAddress = role == PppRole::Server ? 0x0a000001 : 0;
    ipcpConfig.peerAddress = 0x0a000002;
    ipcpConfig.primaryDns = (data[0] & 16) ? 0x08080808 : 0;
    Ipcp ipcp(ipcpConfig);

    Timestamp now{0};
    for (auto *m : {static_cast<OptionAutomaton *>(&lcp), static_cast<OptionAutomaton *>(&ccp),
                    static_cast<OptionAutomaton *>(&ipcp)}) {
        m->open(now);
        m->up(now);
    }
    drain(lcp);
    drain(ccp);
    drain(ipcp);

    // Records: [op][len][len bytes]. op bits 3-4 pick the machine, 5-7 advance time.
    std::size_t pos = 1;
    while (pos + 2 <= size) {
        std::uint8_t op = data[pos];
        std::size_t len = data[pos + 1];
        pos += 2;
        if (len > size - pos)
            len = size - pos;
        ByteView body(data + pos, len);
        pos += len;
        now += Duration(500 * (op >> 5));
        switch ((op >> 3) & 3) {
        case 0:
        case 3:
            step(lcp, op, body, now);
            if ((op & 0xe7) == 0xe0)
                lcp.sendProtocolReject(0x8057, body);
            break;
        case 1:
            step(ccp, op, body, now);
            if ((op & 0xe7) == 0xe0)
                ccp.sendResetRequest();
            break;
        case 2:
            step(ipcp, op, body, now);
            break;
        }
        (void)lcp.agreed();
        (void)ccp.negotiated();
        (void)ipcp.agreed();
    }
    // Let every timer run out: it must end in a bounded number of ticks.
    for (int i = 0; i < 64; ++i) {
        bool any = false;
        for (auto *m : {static_cast<OptionAutomaton *>(&lcp), static_cast<OptionAutomaton *>(&ccp),
                        static_cast<OptionAutomaton *>(&ipcp)}) {
            if (const Timestamp deadline = m->nextDeadline(); deadline != NoDeadline) {
                if (m == &lcp)
                    lcp.onTimer(deadline);
                else
                    m->onTimer(deadline);
                any = true;
            }
        }
        drain(lcp);
        drain(ccp);
        drain(ipcp);
        if (!any)
            break;
    }
    return 0;
}
