#pragma once

// What the PAC and PNS sides of a PPTP control connection have in common (RFC 2637
// sections 2 and 4.1): the TCP stream cut into messages and decoded, the Echo
// keepalive, the Stop-Control-Connection exchange, and closing with a reason. The
// connection on top (its Handler) sees every other message and keeps its calls.
//
//   open() -> Handshake --established()--> Established --stop()--> Stopping --> Closed
//
// Once established the channel answers Echo-Requests, matches Echo-Replies and runs
// the Stop-Control-Connection exchange itself; while Stopping only that exchange and
// echoes matter, and anything else from the peer is ignored. A stream that cannot be
// framed or decoded ends the channel with a ProtocolError and a ControlClosed naming
// the reason; nothing is processed after that. What the decoder tolerates (reserved
// fields not zero, trailing octets) is reported as a ProtocolNotice each.
//
// Sans-I/O, like its owners: bytes and time in, takeOutgoing() and takeEvents() out.

#include "common/Bytes.h"
#include "common/Time.h"
#include "pptp/ControlEvent.h"
#include "pptp/ControlMessage.h"
#include "pptp/ControlStreamFramer.h"
#include "pptp/EchoKeepalive.h"

#include <string>
#include <vector>

namespace keyward::protocol::pptp {

class ControlChannel
{
public:
    // The connection on top of the channel.
    class Handler
    {
    public:
        virtual ~Handler() = default;
        // A message the channel does not handle itself: the handshake before
        // established(), call traffic after it.
        virtual void onMessage(const ControlMessage &message, Timestamp now) = 0;
        // The channel is closing for `reason`: report what ends with it (the calls).
        // ControlClosed is reported right after; the channel is already Closed, so
        // nothing sent or received from here on matters.
        virtual void onClosing(const std::string &reason, bool byPeer) = 0;
    };

    struct Config
    {
        // Who is at the other end, for reasons a log reader understands: "PNS" or "PAC".
        std::string peerName = "peer";
        Duration echoIdleInterval = std::chrono::seconds(60);
        Duration echoReplyTimeout = std::chrono::seconds(60);
        Duration stopReplyTimeout = std::chrono::seconds(10);
    };

    enum class State
    {
        Idle,
        Handshake,
        Established,
        Stopping,
        Closed
    };

    ControlChannel(Handler &handler, Config config);
    ControlChannel(const ControlChannel &) = delete;
    ControlChannel &operator=(const ControlChannel &) = delete;

    // The TCP connection is up. Unless established() is called by `deadline`, the
    // channel closes with `timeoutReason`.
    void open(Timestamp deadline, std::string timeoutReason);
    // The Start-Control-Connection handshake completed: the keepalive starts now.
    void established(Timestamp now);
    // Stops sending Echo-Requests (the owner is winding down); echoes are still answered.
    void stopKeepalive() { m_keepalive.stop(); }
    // Sends Stop-Control-Connection-Request and waits up to stopReplyTimeout for the
    // reply. Only from Established.
    void stop(StopReason reason, Timestamp now);

    void onBytes(ByteView data, Timestamp now);
    void onTimer(Timestamp now);
    // The handshake or stop deadline, or the keepalive's; NoDeadline when none runs.
    Timestamp nextDeadline() const;

    void send(const Bytes &bytes) { m_outgoing.push_back(bytes); }
    void report(ControlEvent event) { m_events.push_back(std::move(event)); }
    // The peer did something wrong that ends the connection: ProtocolError, then close.
    void fail(const std::string &reason);
    // Ends the connection (Handler::onClosing, then ControlClosed). Does nothing when
    // already closed.
    void close(const std::string &reason, bool byPeer);

    std::vector<Bytes> takeOutgoing();
    std::vector<ControlEvent> takeEvents();

    State state() const { return m_state; }
    bool isClosed() const { return m_state == State::Closed; }
    const Config &config() const { return m_config; }

    // "30.0 s": how reasons name a timeout.
    static std::string secondsText(Duration duration);

private:
    // Echo and Stop-Control-Connection traffic once established; true when handled.
    bool handleOwn(const ControlMessage &message);

    Handler &m_handler;
    Config m_config;
    State m_state = State::Idle;
    ControlStreamFramer m_framer;
    EchoKeepalive m_keepalive;
    Timestamp m_deadline = NoDeadline;
    std::string m_deadlineReason;
    std::vector<Bytes> m_outgoing;
    std::vector<ControlEvent> m_events;
};

} // namespace keyward::protocol::pptp
