#pragma once

// A connected, non-blocking TCP socket that keeps no buffer of its own on the read
// side and only what the kernel could not take on the write side. keywardd holds one
// per PPTP control connection, thousands at once: a QTcpSocket keeps a 16 KiB read
// block and a 32 KiB write block for its whole life once it has used them, which was
// most of what an idle session cost.
//
// Reading is the owner's: readable() says the kernel holds data (or the end of the
// stream), read() takes as much as the owner asks for. setReading(false) stops those
// notices while the owner does not want to read (its input budget is spent, its
// replies wait); the loop is level-triggered, so it would spin otherwise.
//
// write() hands the kernel what it takes at once and keeps the rest, in order, until
// the socket is writable again; flushed() says some of it went, and how much still
// waits. ended() comes once, from the event loop, when the peer closed the stream or
// it failed; reads and writes after that do nothing.

#include "common/Bytes.h"

#include <QObject>
#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

class QSocketNotifier;

namespace keyward::net {

class TcpStream : public QObject
{
    Q_OBJECT

public:
    // Takes over `descriptor`, a connected TCP socket, and makes it non-blocking.
    explicit TcpStream(int descriptor, QObject *parent = nullptr);
    ~TcpStream() override;
    TcpStream(const TcpStream &) = delete;
    TcpStream &operator=(const TcpStream &) = delete;

    int descriptor() const { return m_fd; }
    // The peer's IPv4 address in host byte order (0 when it is not IPv4).
    std::uint32_t peerAddress() const;

    // Reads at most `capacity` octets: how many, 0 when none are there now, -1 when
    // the stream has ended (ended() is on its way).
    std::int64_t read(std::uint8_t *data, std::int64_t capacity);
    void setReading(bool on);

    // Sends `messages` in order after whatever already waits.
    void write(const std::vector<protocol::Bytes> &messages);
    // Octets the kernel has not taken yet.
    std::int64_t pending() const { return m_pending; }

    // Gives the kernel what it takes of what waits, then ends our side (FIN).
    void close();
    // Drops whatever waits and closes at once.
    void abort();

signals:
    void readable();
    // Octets that waited went to the kernel; `stillPending` wait on.
    void flushed(std::int64_t stillPending);
    // byPeer: the peer closed its side; otherwise `reason` says what failed.
    void ended(const QString &reason, bool byPeer);

private:
    // Sends from the front of what waits until the kernel takes no more.
    void flush();
    void fail(const QString &reason, bool byPeer = false);
    void closeDescriptor();

    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
    std::vector<protocol::Bytes> m_waiting; // empty, with no storage, while nothing waits
    std::size_t m_sentOfFront = 0;          // octets of m_waiting.front() already sent
    std::int64_t m_pending = 0;
    bool m_ended = false;
};

} // namespace keyward::net
