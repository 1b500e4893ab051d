// Tunnel throughput of the data path against this machine's raw ceiling, measured in
// the same run, in a network namespace of the benchmark's own.
//
// Both pipelines take the same 1400-octet IPv4 packets, arriving as GRE on a raw
// socket over loopback, and end with the plaintext written to a TUN device:
//   raw ceiling  recvmmsg batch -> RC4 over the payload (one EVP context, no
//                protocol logic) -> TUN write
//   keywardd     recvmmsg batch (GreSocket) -> TunnelPath: GRE decode + sequencing,
//                PPP, MPPE 128-bit decrypt with its key changes -> TUN write
// Only the receive-to-TUN part is timed (the sending that feeds both is not).
// Ratio = keywardd packets/s / raw packets/s, for stateless (the default, a key change
// per packet) and stateful MPPE. Goal: >= 0.75.

#include "crypto/CryptoLibrary.h"
#include "mppe/MppeKeys.h"
#include "net/GreSocket.h"
#include "net/TunDevice.h"
#include "session/TunnelPath.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <net/if.h>
#include <openssl/evp.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace keyward;
using namespace keyward::protocol;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::size_t IpSize = 1400;
constexpr int Batches = 1500;
constexpr std::size_t Batch = net::GreSocket::BatchSize;
constexpr std::uint32_t Loopback = 0x7f000001;

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
    if (!lib || !tun || !rx || !tx || !tun->configure(0x0a630001, 1500)) {
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

    // Pipelines: 0 raw ceiling, 1 keywardd stateless, 2 keywardd stateful.
    double secondsBy[3] = {0, 0, 0};
    std::size_t packetsBy[3] = {0, 0, 0};
    std::vector<std::uint8_t> buffer(2048);
    for (int round = 0; round < 3; ++round) {
        const int pathMode = round == 2 ? 2 : 1; // rounds 0-1 stateless, round 2 stateful
        const mppe::MppeParameters parameters{mppe::MppeStrength::Bits128,
                                              pathMode == 2 ? mppe::MppeMode::Stateful
                                                            : mppe::MppeMode::Stateless};
        // A fresh call each round (one round sends fewer packets than the window).
        // Separate senders, so the measured call sees an unbroken packet stream.
        session::TunnelPath client(**lib, 200, 100, 65535);
        (void)client.enableMppe(parameters, clientKeys.sendStartKey(), clientKeys.receiveStartKey(),
                                Timestamp{0});
        session::TunnelPath rawSender(**lib, 201, 101, 65535);
        (void)rawSender.enableMppe(parameters, clientKeys.sendStartKey(),
                                   clientKeys.receiveStartKey(), Timestamp{0});
        session::TunnelPath server(**lib, 100, 200, 65535);
        (void)server.enableMppe(parameters, serverKeys.sendStartKey(), serverKeys.receiveStartKey(),
                                Timestamp{0});
        for (int b = 0; b < Batches; ++b) {
            // Interleave raw and path batches, so other load on the machine hits both alike.
            const bool raw = b % 2 == 0;
            const int pipeline = raw ? 0 : pathMode;
            session::TunnelPath &sender = raw ? rawSender : client;
            // Feed one batch of real tunnel packets through loopback.
            for (std::size_t i = 0; i < Batch; ++i) {
                Bytes ip = ipPacket(i);
                std::copy(ip.begin(), ip.end(), buffer.begin() + session::TunnelPath::HeadRoom);
                auto gre = sender.wrapIp(buffer, ip.size(), Timestamp{0});
                auto &slot = tx->sendSlot(i);
                std::memcpy(slot.data.data(), gre.data(), gre.size());
                slot.peer = Loopback;
                slot.offset = 0;
                slot.length = gre.size();
            }
            tx->send(Batch);
            const auto start = Clock::now();
            std::size_t done = 0;
            while (done < Batch) {
                const int n = rx->receive();
                if (n <= 0)
                    break;
                for (int i = 0; i < n; ++i) {
                    auto &slot = rx->received(static_cast<std::size_t>(i));
                    auto gre = slot.gre();
                    if (raw) {
                        // GRE header (16 with seq+ack) + PPP (4) + MPPE header (2) + protocol (2)
                        const std::size_t skip = gre.size() > 24 + 20 ? gre.size() - IpSize : 0;
                        int len = 0;
                        EVP_EncryptUpdate(rc4, gre.data() + skip - 2, &len, gre.data() + skip - 2,
                                          static_cast<int>(gre.size() - skip + 2));
                        (void)tun->write(gre.subspan(skip));
                        ++packetsBy[0];
                    } else {
                        auto in = server.onGre(gre, Timestamp{0});
                        if (in.kind == session::TunnelPath::Inbound::Kind::Ip) {
                            (void)tun->write(in.bytes);
                            ++packetsBy[pipeline];
                        }
                    }
                }
                done += static_cast<std::size_t>(n);
            }
            secondsBy[pipeline] += std::chrono::duration<double>(Clock::now() - start).count();
        }
    }
    EVP_CIPHER_CTX_free(rc4);
    const char *names[3] = {"raw ceiling (recvmmsg + RC4 + TUN write)  ",
                            "keywardd, MPPE 128-bit stateless        ",
                            "keywardd, MPPE 128-bit stateful         "};
    double pps[3];
    std::printf("bench: data plane inbound, %zu-octet IPv4 packets arriving as GRE, to the TUN\n",
                IpSize);
    for (int i = 0; i < 3; ++i) {
        pps[i] = packetsBy[i] / secondsBy[i];
        std::printf("bench: %s %8.0f packets/s %7.1f Mbit/s (%zu packets)\n", names[i], pps[i],
                    pps[i] * IpSize * 8 / 1e6, packetsBy[i]);
    }
    std::printf("bench: tunnel throughput ratio stateless=%.2f stateful=%.2f (goal >= 0.75)\n",
                pps[1] / pps[0], pps[2] / pps[0]);
    return 0;
}
