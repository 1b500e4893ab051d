#pragma once

// The framed messages between keywardd and keyward-capture, the small process that
// keeps CAP_NET_RAW and is the only code that opens a live libpcap capture. One
// frame is a header of five bytes, then the body:
//
//   type (1 byte) | body length (4 bytes, big-endian) | body
//
// A body is at most MaxBody bytes; the reader refuses a longer one before it waits
// for it, so a peer cannot make the other side buffer without bound. The bodies are
// plain binary (CaptureStartRequest, CapturedPacket, CaptureStats; text for errors):
// keyward-capture parses nothing but these.

#include "common/ByteReader.h"
#include "common/ByteWriter.h"
#include "common/Bytes.h"
#include "common/Result.h"

#include <cstdint>
#include <string>

namespace keyward::capture::live {

using protocol::ByteReader;
using protocol::Bytes;
using protocol::ByteView;
using protocol::ByteWriter;

enum class CaptureMessage : std::uint8_t
{
    // keywardd -> keyward-capture
    Start = 1,    // CaptureStartRequest
    Stop = 2,     // empty
                  // keyward-capture -> keywardd
    Started = 16, // u32 link type of the capture
    Error = 17,   // an ErrorKind (1 byte), then UTF-8 text (pcap's own message, verbatim)
    Packet = 18,  // CapturedPacket
    Stats = 19,   // CaptureStats
    Stopped = 20, // CaptureStats, the last ones
};

struct CaptureFrame
{
    static constexpr std::size_t HeaderSize = 5;
    // A packet of the largest snaplen (262144) with its own header fits.
    static constexpr std::size_t MaxBody = 262144 + 64;

    CaptureMessage type = CaptureMessage::Error;
    Bytes body;

    // Whether `type` is one this protocol has.
    static bool known(std::uint8_t type);
    // The whole frame; the body must not be longer than MaxBody.
    static Bytes encode(CaptureMessage type, ByteView body);
    static Bytes encodeText(CaptureMessage type, const std::string &text);
    // An Error frame's body: the kind, then the text.
    static Bytes errorBody(ErrorKind kind, const std::string &text);
    // An Error frame's kind and text (Internal for an empty body or unknown kind).
    static Error error(ByteView body);
    std::string text() const { return std::string(body.begin(), body.end()); }
};

} // namespace keyward::capture::live
