#include "net/DataPlane.h"

#include "net/SystemError.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace keyward::net {

using protocol::Timestamp;

namespace {

Timestamp monotonicNow()
{
    return std::chrono::duration_cast<Timestamp>(
        std::chrono::steady_clock::now().time_since_epoch());
}

void wake(int fd)
{
    const std::uint64_t one = 1;
    (void)!::write(fd, &one, sizeof one);
}

void drain(int fd)
{
    std::uint64_t value = 0;
    (void)!::read(fd, &value, sizeof value);
}

constexpr int SweepIntervalMs = 20;

} // namespace

DataPlane::DataPlane(TunDevice tun, GreSocket gre, RouteBy routeBy)
    : m_routeBy(routeBy), m_tun(std::move(tun)), m_gre(std::move(gre)), m_pendingPerCall(65536, 0),
      m_byCall(65536)
{
    m_commandFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    m_noticeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    m_epollFd = ::epoll_create1(EPOLL_CLOEXEC);
}

DataPlane::~DataPlane()
{
    stop();
    for (int fd : {m_epollFd, m_commandFd, m_noticeFd}) {
        if (fd >= 0)
            ::close(fd);
    }
}

Status DataPlane::start()
{
    if (m_epollFd < 0 || m_commandFd < 0 || m_noticeFd < 0)
        return fail(systemError("cannot create the data plane's event descriptors"));
    for (int fd : {m_gre.fd(), m_tun.fd(), m_commandFd}) {
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.fd = fd;
        if (::epoll_ctl(m_epollFd, EPOLL_CTL_ADD, fd, &ev) < 0)
            return fail(systemError("cannot watch the data plane's descriptors"));
    }
    m_running = true;
    m_thread = std::thread([this] { run(); });
    return {};
}

void DataPlane::stop()
{
    if (!m_running.exchange(false))
        return;
    wake(m_commandFd);
    if (m_thread.joinable())
        m_thread.join();
}

void DataPlane::post(std::function<void(DataPlane &)> command)
{
    {
        std::lock_guard lock(m_commandMutex);
        m_commands.push_back(std::move(command));
    }
    wake(m_commandFd);
}

void DataPlane::runCommands()
{
    drain(m_commandFd);
    std::vector<std::function<void(DataPlane &)>> commands;
    {
        std::lock_guard lock(m_commandMutex);
        commands.swap(m_commands);
    }
    for (auto &command : commands)
        command(*this);
}

void DataPlane::addPath(std::uint32_t peerAddress, std::unique_ptr<TunnelPath> path)
{
    Entry &entry = m_byCall[path->callId()];
    if (entry.path && entry.tunnelAddress)
        m_byAddress.erase(entry.tunnelAddress);
    const std::uint16_t callId = path->callId();
    entry = Entry{peerAddress, 0, std::move(path), entry.touched, entry.due};
    notify({Notice::Kind::PathAdded, callId, 0, {}, {}});
}

void DataPlane::removePath(std::uint16_t callId)
{
    Entry &entry = m_byCall[callId];
    if (entry.path)
        notify({Notice::Kind::PathRemoved, callId, 0, {}, entry.path->counters()});
    if (entry.tunnelAddress)
        m_byAddress.erase(entry.tunnelAddress);
    entry = Entry{0, 0, nullptr, entry.touched, entry.due};
    std::lock_guard lock(m_statsMutex);
    m_published.erase(callId);
}

TunnelPath *DataPlane::path(std::uint16_t callId)
{
    return m_byCall[callId].path.get();
}

void DataPlane::setTunnelAddress(std::uint16_t callId, std::uint32_t address)
{
    Entry &entry = m_byCall[callId];
    if (!entry.path)
        return;
    if (entry.tunnelAddress)
        m_byAddress.erase(entry.tunnelAddress);
    entry.tunnelAddress = address;
    m_byAddress[address] = callId;
}

void DataPlane::enableMppe(std::uint16_t callId, protocol::mppe::MppeParameters parameters,
                           const Bytes &sendStartKey, const Bytes &receiveStartKey)
{
    Entry &entry = m_byCall[callId];
    if (!entry.path)
        return;
    for (const Bytes &ip :
         entry.path->enableMppe(parameters, sendStartKey, receiveStartKey, monotonicNow()))
        (void)m_tun.write(ip);
    watch(entry, callId);
}

void DataPlane::sendControl(std::uint16_t callId, std::uint16_t protocol, const Bytes &information)
{
    Entry &entry = m_byCall[callId];
    if (!entry.path)
        return;
    sendOne(entry.peerAddress, entry.path->wrapControl(protocol, information, monotonicNow()));
    watch(entry, callId);
}

void DataPlane::watch(Entry &entry, std::uint16_t callId)
{
    if (entry.due || !entry.path || entry.path->nextDeadline() == protocol::NoDeadline)
        return;
    entry.due = true;
    m_due.push_back(callId);
}

void DataPlane::sendOne(std::uint32_t peer, protocol::ByteView packet)
{
    (void)m_gre.sendOne(peer, packet);
}

std::vector<DataPlane::Notice> DataPlane::takeNotices()
{
    drain(m_noticeFd);
    std::lock_guard lock(m_noticeMutex);
    for (const Notice &notice : m_notices)
        m_pendingPerCall[notice.callId] = 0;
    return std::exchange(m_notices, {});
}

bool DataPlane::notify(Notice notice)
{
    {
        std::lock_guard lock(m_noticeMutex);
        if (notice.kind != Notice::Kind::PathAdded && notice.kind != Notice::Kind::PathRemoved) {
            std::uint16_t &pending = m_pendingPerCall[notice.callId];
            if (m_notices.size() >= MaxPendingNotices || pending >= MaxPendingNoticesPerCall) {
                ++m_drops.notices;
                return false;
            }
            ++pending;
        }
        m_notices.push_back(std::move(notice));
    }
    wake(m_noticeFd);
    return true;
}

std::unordered_map<std::uint16_t, TunnelCounters> DataPlane::counters() const
{
    std::lock_guard lock(m_statsMutex);
    return m_published;
}

std::optional<TunnelCounters> DataPlane::counters(std::uint16_t callId) const
{
    std::lock_guard lock(m_statsMutex);
    const auto it = m_published.find(callId);
    if (it == m_published.end())
        return std::nullopt;
    return it->second;
}

DataPlane::Drops DataPlane::drops() const
{
    std::lock_guard lock(m_statsMutex);
    return m_publishedDrops;
}

void DataPlane::run()
{
    epoll_event events[8];
    Timestamp lastSweep = monotonicNow();
    while (m_running) {
        const int n = ::epoll_wait(m_epollFd, events, 8, SweepIntervalMs);
        const Timestamp now = monotonicNow();
        // Commands first: a packet that is ready at the same moment may depend on
        // one (a session's address posted just before its first packet was sent).
        for (int i = 0; i < n; ++i) {
            if (events[i].data.fd == m_commandFd)
                runCommands();
        }
        for (int i = 0; i < n; ++i) {
            const int fd = events[i].data.fd;
            if (fd == m_gre.fd())
                onGreReadable(now);
            else if (fd == m_tun.fd())
                onTunReadable(now);
        }
        // After the TUN, so that packets read in this round carried the acks owed.
        flushTouched(now);
        if ((now - lastSweep).count() >= SweepIntervalMs) {
            sweep(now);
            lastSweep = now;
        }
    }
}

void DataPlane::onGreReadable(Timestamp now)
{
    for (int round = 0; round < 8; ++round) {
        const int n = m_gre.receive();
        if (n <= 0)
            break;
        for (int i = 0; i < n; ++i) {
            auto &slot = m_gre.received(static_cast<std::size_t>(i));
            auto gre = slot.gre();
            if (gre.size() < 8) {
                ++m_drops.malformed;
                continue;
            }
            const std::uint16_t callId = static_cast<std::uint16_t>(gre[6] << 8 | gre[7]);
            Entry *entry = &m_byCall[callId];
            if (!entry->path) {
                runCommands(); // a path added a moment ago, behind this batch
                entry = &m_byCall[callId];
            }
            if (!entry->path) {
                ++m_drops.unknownCall;
                continue;
            }
            if (entry->peerAddress != slot.peer) {
                ++m_drops.wrongPeer;
                continue;
            }
            const auto in = entry->path->onGre(gre, now);
            switch (in.kind) {
            case TunnelPath::Inbound::Kind::Ip:
                if (m_tun.write(in.bytes) < 0)
                    ++m_drops.noRoute;
                break;
            case TunnelPath::Inbound::Kind::Control:
                notify({Notice::Kind::ControlFrame,
                        callId,
                        in.protocol,
                        Bytes(in.bytes.begin(), in.bytes.end()),
                        {}});
                break;
            case TunnelPath::Inbound::Kind::Drop:
            case TunnelPath::Inbound::Kind::Nothing:
                break;
            }
            if (entry->path->takeResetRequest())
                notify({Notice::Kind::ResetRequest, callId, 0, {}, {}});
            if (entry->path->takeResynchronised())
                notify({Notice::Kind::Resynchronised, callId, 0, {}, {}});
            if (!entry->touched) {
                entry->touched = true;
                m_touched.push_back(callId);
            }
        }
        if (static_cast<std::size_t>(n) < GreSocket::BatchSize)
            break;
    }
}

void DataPlane::onTunReadable(Timestamp now)
{
    for (int round = 0; round < 8; ++round) {
        std::size_t ready = 0;
        std::size_t reads = 0;
        while (reads < GreSocket::BatchSize) {
            auto &slot = m_gre.sendSlot(ready);
            auto buffer = slot.writable();
            const long got = m_tun.read(
                buffer.subspan(TunnelPath::HeadRoom, buffer.size() - TunnelPath::HeadRoom));
            if (got <= 0)
                break;
            ++reads;
            const std::uint8_t *ip = buffer.data() + TunnelPath::HeadRoom;
            if (got < 20 || (ip[0] >> 4) != 4) {
                continue; // IPv6 or junk from the kernel: not carried
            }
            const std::uint8_t *a = ip + (m_routeBy == RouteBy::Destination ? 16 : 12);
            const std::uint32_t key = static_cast<std::uint32_t>(a[0]) << 24 |
                                      static_cast<std::uint32_t>(a[1]) << 16 |
                                      static_cast<std::uint32_t>(a[2]) << 8 | a[3];
            auto it = m_byAddress.find(key);
            if (it == m_byAddress.end()) {
                // The session may have been given this address a moment ago by a
                // command still waiting behind this batch: run the commands, look again.
                runCommands();
                it = m_byAddress.find(key);
            }
            if (it == m_byAddress.end()) {
                ++m_drops.noRoute;
                continue;
            }
            Entry &entry = m_byCall[it->second];
            const auto packet = entry.path->wrapIp(buffer, static_cast<std::size_t>(got), now);
            if (packet.empty()) {
                watch(entry, it->second); // queued behind a full window
                continue;
            }
            slot.peer = entry.peerAddress;
            slot.offset = static_cast<std::size_t>(packet.data() - buffer.data());
            slot.length = packet.size();
            ++ready;
        }
        if (ready > 0)
            sendSlots(ready);
        if (reads < GreSocket::BatchSize)
            break;
    }
}

void DataPlane::sendSlots(std::size_t count)
{
    const int sent = m_gre.send(count);
    if (sent < static_cast<int>(count))
        m_drops.sendFailed += count - static_cast<std::size_t>(std::max(sent, 0));
}

void DataPlane::flush(Entry &entry, Timestamp now)
{
    TunnelPath &path = *entry.path;
    while (path.queuedPackets() > 0) {
        std::size_t ready = 0;
        while (ready < GreSocket::BatchSize) {
            auto &slot = m_gre.sendSlot(ready);
            const auto packet = path.takeQueued(slot.writable(), now);
            if (packet.empty())
                break;
            slot.peer = entry.peerAddress;
            slot.offset = static_cast<std::size_t>(packet.data() - slot.writable().data());
            slot.length = packet.size();
            ++ready;
        }
        if (ready == 0)
            break; // the window is still full, or the packets failed to encrypt
        sendSlots(ready);
    }
    Bytes ack = path.takeAckOnly(now);
    if (!ack.empty())
        sendOne(entry.peerAddress, ack);
}

void DataPlane::flushTouched(Timestamp now)
{
    for (std::uint16_t callId : m_touched) {
        Entry &entry = m_byCall[callId];
        entry.touched = false;
        if (entry.path) {
            flush(entry, now);
            watch(entry, callId);
        }
    }
    m_touched.clear();
}

void DataPlane::sweep(Timestamp now)
{
    std::size_t kept = 0;
    for (const std::uint16_t callId : m_due) {
        Entry &entry = m_byCall[callId];
        if (entry.path) {
            if (entry.path->nextDeadline() <= now)
                flush(entry, now);
            if (entry.path->nextDeadline() != protocol::NoDeadline) {
                m_due[kept++] = callId;
                continue;
            }
        }
        entry.due = false;
    }
    m_due.resize(kept);
    if ((now - m_lastPublish).count() >= StatsIntervalMs) {
        m_lastPublish = now;
        // In place: a removed path's counters are erased by removePath.
        std::lock_guard lock(m_statsMutex);
        for (const Entry &entry : m_byCall) {
            if (entry.path)
                m_published[entry.path->callId()] = entry.path->counters();
        }
        m_drops.malformed = m_gre.malformed();
        m_publishedDrops = m_drops;
    }
}

} // namespace keyward::net
