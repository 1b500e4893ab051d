#pragma once

// The data plane: its own thread, one epoll loop over the raw GRE socket, the TUN
// device and a command eventfd. It moves IPv4 between the TUN and the sessions'
// tunnels (session::TunnelPath: GRE sequencing, PPP framing, MPPE) in batches, and
// hands PPP control frames up to the control plane.
//
// The control plane talks to it only through post() (commands run on the data
// thread, in order) and takeNotices() (control frames and CCP reset requests, with
// noticeFd() becoming readable when there are some). Peers feed the notices, so they
// are bounded: at most MaxPendingNotices waiting in all and MaxPendingNoticesPerCall
// for one call; beyond that control frames and reset requests are dropped (counted in
// Drops::notices) and PPP's retransmissions recover. PathAdded and PathRemoved are never
// dropped: PathAdded tells the control plane that GRE for the call is now taken (the server
// holds its Outgoing-Call-Reply until then, so the client's first frame is not lost). Counters
// are published every StatsInterval for the admin API to read without stopping traffic.
//
// GRE flow (see pptp::GreSequencer for the rule): a packet from the TUN that finds
// its call's send window full waits in that call's queue (TunnelPath::QueueLimit);
// the queue moves when an ack arrives (right after the GRE batch that carried it)
// or, when no ack comes, on the sweep timer once GreSequencer::WindowTimeout has
// passed. Acks we owe ride on the next packet out; after each GRE batch, and on the
// sweep, an ack-only packet goes to every call that owes one that is due. The sweep
// visits only the calls that have such a deadline (m_due): idle sessions cost the data
// thread nothing, which with 10,000 of them was a tenth of a core.

#include "net/GreSocket.h"
#include "net/TunDevice.h"
#include "session/TunnelPath.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

namespace keyward::net {

using protocol::Bytes;
using protocol::session::TunnelCounters;
using protocol::session::TunnelPath;

class DataPlane
{
public:
    static constexpr int StatsIntervalMs = 250;
    static constexpr std::size_t MaxPendingNotices = 4096;
    static constexpr std::uint16_t MaxPendingNoticesPerCall = 32;

    struct Notice
    {
        // PathRemoved carries the call's final counters.
        enum class Kind
        {
            ControlFrame,
            ResetRequest,
            Resynchronised, // the decryptor got the flushed packet it asked for
            PathAdded,      // the call's GRE is taken from now on
            PathRemoved
        };
        Kind kind = Kind::ControlFrame;
        std::uint16_t callId = 0;
        std::uint16_t protocol = 0;
        Bytes information;
        TunnelCounters counters;
    };

    struct Drops
    {
        std::uint64_t unknownCall = 0; // GRE for no session of ours
        std::uint64_t wrongPeer = 0;   // GRE for a session, from another address
        std::uint64_t noRoute = 0;     // TUN packet for no session's address
        std::uint64_t malformed = 0;   // not IPv4/GRE at all
        std::uint64_t notices = 0;     // control frames the control plane had no room for
        std::uint64_t sendFailed = 0;  // GRE packets the socket refused (its buffer was full)
    };

    // Which address of an IPv4 packet read from the TUN picks its session: the
    // server routes by destination (the client's tunnel address), a client (the
    // probe, with many sessions on one TUN) by source (its own tunnel address).
    enum class RouteBy
    {
        Destination,
        Source
    };

    DataPlane(TunDevice tun, GreSocket gre, RouteBy routeBy = RouteBy::Destination);
    ~DataPlane();
    DataPlane(const DataPlane &) = delete;
    DataPlane &operator=(const DataPlane &) = delete;

    Status start();
    void stop();
    TunDevice &tun() { return m_tun; }

    // Runs `command` on the data thread.
    void post(std::function<void(DataPlane &)> command);

    // --- data-thread side (call from posted commands) ---
    void addPath(std::uint32_t peerAddress, std::unique_ptr<TunnelPath> path);
    void removePath(std::uint16_t callId);
    TunnelPath *path(std::uint16_t callId);
    void setTunnelAddress(std::uint16_t callId, std::uint32_t address);
    // Starts MPPE on a call and delivers what arrived just before the keys did.
    void enableMppe(std::uint16_t callId, protocol::mppe::MppeParameters parameters,
                    const Bytes &sendStartKey, const Bytes &receiveStartKey);
    void sendControl(std::uint16_t callId, std::uint16_t protocol, const Bytes &information);

    // --- control-plane side ---
    int noticeFd() const { return m_noticeFd; }
    bool running() const { return m_running; }
    std::vector<Notice> takeNotices();
    std::unordered_map<std::uint16_t, TunnelCounters> counters() const;
    // One call's counters as last published (nothing before its first publication).
    // A session's own checks use this: copying every call's counters for each of
    // them would cost keywardd the square of the number of sessions.
    std::optional<TunnelCounters> counters(std::uint16_t callId) const;
    Drops drops() const;

private:
    struct Entry
    {
        std::uint32_t peerAddress = 0;
        std::uint32_t tunnelAddress = 0;
        std::unique_ptr<TunnelPath> path;
        bool touched = false; // in m_touched: acks or queued packets may be due
        bool due = false;     // in m_due (kept across a path's removal: so is the id)
    };

    void run();
    void runCommands();
    void onGreReadable(protocol::Timestamp now);
    void onTunReadable(protocol::Timestamp now);
    void sweep(protocol::Timestamp now);
    // Sends what the calls that received GRE in this round may now send: queued
    // packets the window has room for (an ack came), then any ack-only packet due.
    void flushTouched(protocol::Timestamp now);
    void flush(Entry &entry, protocol::Timestamp now);
    // Puts the call in m_due when it has a deadline (an ack owed, packets queued).
    void watch(Entry &entry, std::uint16_t callId);
    void sendSlots(std::size_t count);
    // Queues a notice for the control plane; false when it was dropped (bounds).
    bool notify(Notice notice);
    void sendOne(std::uint32_t peer, protocol::ByteView packet);

    RouteBy m_routeBy;
    TunDevice m_tun;
    GreSocket m_gre;
    int m_epollFd = -1;
    int m_commandFd = -1;
    int m_noticeFd = -1;
    std::thread m_thread;
    std::atomic<bool> m_running{false};

    std::mutex m_commandMutex;
    std::vector<std::function<void(DataPlane &)>> m_commands;

    mutable std::mutex m_noticeMutex;
    std::vector<Notice> m_notices;
    std::vector<std::uint16_t> m_pendingPerCall; // notices waiting, by call id

    mutable std::mutex m_statsMutex;
    std::unordered_map<std::uint16_t, TunnelCounters> m_published;
    Drops m_publishedDrops;

    // Data-thread state.
    std::vector<Entry> m_byCall; // indexed by our call id
    std::unordered_map<std::uint32_t, std::uint16_t> m_byAddress;
    std::vector<std::uint16_t> m_touched;
    std::vector<std::uint16_t> m_due; // calls with a deadline, for the sweep
    Drops m_drops;
    protocol::Timestamp m_lastPublish{0};
};

} // namespace keyward::net
