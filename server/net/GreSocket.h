#pragma once

// The raw IPPROTO_GRE socket of the data plane. The kernel hands us whole IPv4
// datagrams (header included) on receive and builds the IPv4 header on send. Both
// directions move batches with recvmmsg/sendmmsg over preallocated buffers, so the
// hot path makes one syscall per batch and no allocation.

#include "common/Result.h"

#include <array>
#include <cstdint>
#include <span>
#include <sys/socket.h>
#include <vector>

struct mmsghdr;

namespace keyward::net {

class GreSocket
{
public:
    static constexpr std::size_t BatchSize = 32;
    static constexpr std::size_t SlotSize = 2048;

    struct Slot
    {
        std::uint32_t peer = 0; // IPv4, host byte order
        std::size_t length = 0; // GRE bytes in data (after the IPv4 header on receive)
        std::size_t offset = 0; // where the GRE bytes start inside data
        std::array<std::uint8_t, SlotSize> data{};

        std::span<const std::uint8_t> gre() const { return {data.data() + offset, length}; }
        std::span<std::uint8_t> gre() { return {data.data() + offset, length}; }
        std::span<std::uint8_t> writable() { return {data.data(), data.size()}; }
    };

    // bindAddress in host byte order; 0 = any.
    static Result<GreSocket> open(std::uint32_t bindAddress);
    // Takes over `fd`, a raw IPPROTO_GRE socket opened by someone who had CAP_NET_RAW
    // (keywardd lends keyward-probe one for validation): refuses, saying what it is, a
    // descriptor that is not an IPv4 raw GRE socket; detaches any socket filter (the
    // lender keeps one that drops everything while the socket is unused) and makes the
    // descriptor non-blocking and close-on-exec. The socket is used as it is bound.
    static Result<GreSocket> adopt(int fd);

    GreSocket(GreSocket &&other) noexcept;
    GreSocket &operator=(GreSocket &&other) = delete;
    ~GreSocket();

    int fd() const { return m_fd; }

    // Receives up to BatchSize datagrams into the receive slots and returns how many
    // hold a GRE packet; datagrams that are not well-formed IPv4/GRE are counted in
    // malformed() and skipped. Returns -1 on a socket error (errno set).
    int receive();
    const Slot &received(std::size_t i) const { return m_rx[i]; }
    Slot &received(std::size_t i) { return m_rx[i]; }
    std::uint64_t malformed() const { return m_malformed; }

    // Send slots: fill peer, data and length (offset 0), then send(count).
    Slot &sendSlot(std::size_t i) { return m_tx[i]; }
    // Sends the first count send slots; returns how many the kernel took, -1 on error.
    int send(std::size_t count);
    // Sends one packet on its own, leaving the send slots alone (control frames, acks).
    bool sendOne(std::uint32_t peer, std::span<const std::uint8_t> packet);

private:
    explicit GreSocket(int fd);
    void prepare();

    int m_fd = -1;
    std::vector<Slot> m_rx;
    std::vector<Slot> m_tx;
    std::vector<mmsghdr> m_rxHeaders;
    std::vector<mmsghdr> m_txHeaders;
    std::vector<struct iovec> m_rxIov;
    std::vector<struct iovec> m_txIov;
    std::vector<struct sockaddr_storage> m_rxAddr;
    std::vector<struct sockaddr_storage> m_txAddr;
    std::uint64_t m_malformed = 0;
};

} // namespace keyward::net
