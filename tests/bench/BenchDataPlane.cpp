// Tunnel throughput of the data path in both directions against this machine's raw
// ceiling, measured in the same run, in a network namespace of the benchmark's own.
//
// Inbound (GRE to TUN): 1400-octet IPv4 packets arrive as GRE on a raw socket over
// loopback and end as plaintext IPv4 written to a TUN device.
//   raw ceiling  recvmmsg batch -> RC4 over the payload (one EVP context, no protocol
//                logic) -> TUN write of the same IPv4 packet
//   keywardd     recvmmsg batch (GreSocket) -> TunnelPath: GRE decode + sequencing,
//                PPP, MPPE 128-bit decrypt with its key changes -> TUN write
// Outbound (TUN to GRE): the kernel routes UDP datagrams into the TUN device; they are
// read in batches and leave as GRE through sendmmsg to loopback.
//   raw ceiling  TUN read batch -> RC4 over the packet in place (one EVP context) and a
//                fixed 24-octet header in front -> sendmmsg
//   keywardd     TUN read batch -> TunnelPath::wrapIp: MPPE 128-bit encrypt with its key
//                changes, PPP, GRE numbering and acks -> sendmmsg
// Both pipelines of a direction hand the kernel the same packets (the raw ceiling's
// inbound packets are valid IPv4 too, so the kernel does the same work with them).
// Only the pipeline is timed, not the sending that feeds it; raw and keywardd batches
// are interleaved so other load on the machine hits both alike.
// Ratio = keywardd packets/s / raw packets/s, per direction, for stateless (the
// default, a key change per packet) and stateful MPPE. Goal: >= 0.75 each.

#include "crypto/CryptoLibrary.h"
#include "mppe/MppeKeys.h"
#include "net/GreSocket.h"
#include "net/TunDevice.h"
#include "session/TunnelPath.h"

#include <arpa/inet.h>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <net/if.h>
#include <netinet/in.h>
#include <openssl/evp.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace keyward;
using namespace keyward::protocol;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::size_t IpSize = 1400;
constexpr int Batches = 1500; // per direction and mode; half raw, half keywardd
constexpr std::size_t Batch = net::GreSocket::BatchSize;
constexpr std::uint32_t Loopback = 0x7f000001;
constexpr std::uint32_t TunAddress = 0x0a630001; // 10.99.0.1/24 on the TUN
constexpr std::uint32_t Beyond = 0x0a630009;     // 10.99.0.9: routed into the TUN

bool loopbackUp()
{
    int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    ifreq ifr{};
    std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
    bool ok = fd >= 0 && ::ioctl(fd, SIOCGIFFLAGS, &ifr) == 0 &&
              (ifr.ifr_flags |= IFF_UP, ::ioctl(fd, SIOCSIFFLAGS, &ifr) == 0);
    if (fd >= 0)
        ::close(fd);
    return ok;
}

Bytes ipPacket(std::size_t n)
{
    Bytes p(IpSize, 0);
    p[0] = 0x45;
    p[2] = IpSize >> 8;
    p[3] = IpSize & 0xff;
    p[8] = 64;
    p[9] = 17;
    const std::uint8_t src[4] = {10, 99, 0, 2}, dst[4] = {10, 99, 0, 9}; // not local: dropped
    std::memcpy(&p[12], src, 4);
    std::memcpy(&p[16], dst, 4);
    for (std::size_t i = 20; i < IpSize; ++i)
        p[i] = static_cast<std::uint8_t>(n + i);
    return p;
}

struct Result
{
    double seconds = 0;
    std::size_t packets = 0;
    double rate() const { return seconds > 0 ? packets / seconds : 0; }
};

struct Bench
{
    const crypto::CryptoLibrary &lib;
    net::TunDevice &tun;
    net::GreSocket &rx;
    net::GreSocket &tx;
    int udp;
    EVP_CIPHER_CTX *rc4;
    mppe::MppeKeys &serverKeys;
    mppe::MppeKeys &clientKeys;

    void drain(net::GreSocket &socket)
    {
        while (socket.receive() > 0) {
        }
    }

    // GRE to TUN: returns {raw, keywardd}.
    std::pair<Result, Result> inbound(mppe::MppeMode mode)
    {
        const mppe::MppeParameters parameters{mppe::MppeStrength::Bits128, mode};
        session::TunnelPath client(lib, 200, 100, 65535);
        (void)client.enableMppe(parameters, clientKeys.sendStartKey(), clientKeys.receiveStartKey(),
                                Timestamp{0});
        session::TunnelPath rawSender(lib, 201, 101, 65535);
        session::TunnelPath server(lib, 100, 200, 65535);
        (void)server.enableMppe(parameters, serverKeys.sendStartKey(), serverKeys.receiveStartKey(),
                                Timestamp{0});
        std::vector<std::uint8_t> buffer(2048), scratch(2048);
        Result raw, path;
        for (int b = 0; b < Batches; ++b) {
            const bool isRaw = b % 2 == 0;
            for (std::size_t i = 0; i < Batch; ++i) {
                Bytes ip = ipPacket(i);
                auto &slot = tx.sendSlot(i);
                if (isRaw) {
                    // Plain IPv4 in PPP in GRE: the raw receiver runs RC4 over it but
                    // writes the IPv4 packet itself, as keywardd does after decrypting.
                    Bytes gre = rawSender.wrapControl(0x0021, ip, Timestamp{0});
                    std::memcpy(slot.data.data(), gre.data(), gre.size());
                    slot.length = gre.size();
                } else {
                    std::copy(ip.begin(), ip.end(), buffer.begin() + session::TunnelPath::HeadRoom);
                    auto gre = client.wrapIp(buffer, ip.size(), Timestamp{0});
                    std::memcpy(slot.data.data(), gre.data(), gre.size());
                    slot.length = gre.size();
                }
                slot.peer = Loopback;
                slot.offset = 0;
            }
            tx.send(Batch);
            Result &r = isRaw ? raw : path;
            const auto start = Clock::now();
            std::size_t done = 0;
            while (done < Batch) {
                const int n = rx.receive();
                if (n <= 0)
                    break;
                for (int i = 0; i < n; ++i) {
                    auto gre = rx.received(static_cast<std::size_t>(i)).gre();
                    if (isRaw) {
                        if (gre.size() < IpSize)
                            continue;
                        const auto ip = gre.subspan(gre.size() - IpSize);
                        int len = 0;
                        EVP_EncryptUpdate(rc4, scratch.data(), &len, ip.data() - 2,
                                          static_cast<int>(IpSize + 2));
                        (void)tun.write(ip);
                        ++r.packets;
                    } else {
                        auto in = server.onGre(gre, Timestamp{0});
                        if (in.kind == session::TunnelPath::Inbound::Kind::Ip) {
                            (void)tun.write(in.bytes);
                            ++r.packets;
                        }
                    }
                }
                done += static_cast<std::size_t>(n);
            }
            r.seconds += std::chrono::duration<double>(Clock::now() - start).count();
            drain(tx); // the sender's socket sees the loopback traffic too
        }
        return {raw, path};
    }

    // TUN to GRE: returns {raw, keywardd}.
    std::pair<Result, Result> outbound(mppe::MppeMode mode)
    {
        const mppe::MppeParameters parameters{mppe::MppeStrength::Bits128, mode};
        session::TunnelPath server(lib, 100, 200, 65535);
        (void)server.enableMppe(parameters, serverKeys.sendStartKey(), serverKeys.receiveStartKey(),
                                Timestamp{0});
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(9);
        to.sin_addr.s_addr = htonl(Beyond);
        std::vector<std::uint8_t> payload(IpSize - 28, 0x5a);
        Result raw, path;
        for (int b = 0; b < Batches; ++b) {
            const bool isRaw = b % 2 == 0;
            for (std::size_t i = 0; i < Batch; ++i)
                (void)::sendto(udp, payload.data(), payload.size(), 0,
                               reinterpret_cast<sockaddr *>(&to), sizeof to);
            Result &r = isRaw ? raw : path;
            const auto start = Clock::now();
            std::size_t ready = 0;
            while (ready < Batch) {
                auto &slot = tx.sendSlot(ready);
                auto buffer = slot.writable();
                const long got = tun.read(buffer.subspan(
                    session::TunnelPath::HeadRoom, buffer.size() - session::TunnelPath::HeadRoom));
                if (got <= 0)
                    break;
                std::uint8_t *ip = buffer.data() + session::TunnelPath::HeadRoom;
                std::span<const std::uint8_t> gre;
                if (isRaw) {
                    int len = 0;
                    EVP_EncryptUpdate(rc4, ip - 2, &len, ip - 2, static_cast<int>(got + 2));
                    std::memset(buffer.data(), 0x30, session::TunnelPath::HeadRoom);
                    gre = {buffer.data(), session::TunnelPath::HeadRoom + std::size_t(got)};
                } else {
                    gre = server.wrapIp(buffer, static_cast<std::size_t>(got), Timestamp{0});
                    if (gre.empty())
                        continue;
                }
                slot.peer = Loopback;
                slot.offset = static_cast<std::size_t>(gre.data() - buffer.data());
                slot.length = gre.size();
                ++ready;
            }
            if (ready > 0)
                tx.send(ready);
            r.packets += ready;
            r.seconds += std::chrono::duration<double>(Clock::now() - start).count();
            drain(rx);
            drain(tx);
        }
        return {raw, path};
    }
};

void report(const char *direction, const char *mode, const std::pair<Result, Result> &r)
{
    std::printf("bench: %-8s %-9s raw ceiling %8.0f packets/s %7.1f Mbit/s | keywardd %8.0f "
                "packets/s %7.1f Mbit/s (%zu packets)\n",
                direction, mode, r.first.rate(), r.first.rate() * IpSize * 8 / 1e6, r.second.rate(),
                r.second.rate() * IpSize * 8 / 1e6, r.second.packets);
}

double ratio(const std::pair<Result, Result> &r)
{
    return r.first.rate() > 0 ? r.second.rate() / r.first.rate() : 0;
}

} // namespace

int main()
{
    if (::geteuid() != 0 || ::unshare(CLONE_NEWNET) != 0 || !loopbackUp()) {
        std::printf("bench: data plane: skipped: needs root to make a network namespace\n");
        return 0;
    }
    auto lib = crypto::CryptoLibrary::load();
    auto tun = net::TunDevice::open("kwb%d");
    auto rx = net::GreSocket::open(Loopback);
    auto tx = net::GreSocket::open(0);
    const int udp = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (!lib || !tun || !rx || !tx || udp < 0 || !tun->configure(TunAddress, 1500, 24)) {
        std::fprintf(stderr, "bench: cannot set up the namespace\n");
        return 1;
    }
    // The client's side encrypts; the server's side is measured.
    Bytes hh(16, 0x5a), nt(24, 0xa5);
    mppe::MppeKeys serverKeys(**lib, hh, nt, mppe::MppeRole::Server, mppe::MppeStrength::Bits128);
    mppe::MppeKeys clientKeys(**lib, hh, nt, mppe::MppeRole::Client, mppe::MppeStrength::Bits128);
    EVP_CIPHER_CTX *rc4 = EVP_CIPHER_CTX_new();
    const unsigned char key[16] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    EVP_EncryptInit_ex2(rc4, (**lib).rc4(), key, nullptr, nullptr);

    Bench bench{**lib, *tun, *rx, *tx, udp, rc4, serverKeys, clientKeys};
    const auto inStateless = bench.inbound(mppe::MppeMode::Stateless);
    const auto inStateful = bench.inbound(mppe::MppeMode::Stateful);
    const auto outStateless = bench.outbound(mppe::MppeMode::Stateless);
    const auto outStateful = bench.outbound(mppe::MppeMode::Stateful);
    EVP_CIPHER_CTX_free(rc4);
    ::close(udp);

    std::printf("bench: data plane, %zu-octet IPv4 packets, MPPE 128-bit; raw ceiling = batch "
                "I/O + one RC4 pass, no protocol\n",
                IpSize);
    report("inbound", "stateless", inStateless);
    report("inbound", "stateful", inStateful);
    report("outbound", "stateless", outStateless);
    report("outbound", "stateful", outStateful);
    std::printf("bench: tunnel throughput ratio inbound stateless=%.2f stateful=%.2f outbound "
                "stateless=%.2f stateful=%.2f (goal >= 0.75)\n",
                ratio(inStateless), ratio(inStateful), ratio(outStateless), ratio(outStateful));
    return 0;
}
