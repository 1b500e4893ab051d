#include "pptp/ControlMessage.h"

#include "common/ByteReader.h"
#include "common/ByteWriter.h"

#include <cstdio>

namespace keyward::protocol::pptp {

namespace {

std::string hex32(std::uint32_t v)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08X", static_cast<unsigned>(v));
    return buf;
}

std::string hex16(std::uint16_t v)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%04X", static_cast<unsigned>(v));
    return buf;
}

// Starts a message: the 12-octet header with the fixed length of its type.
void writeHeader(ByteWriter &w, ControlType type)
{
    auto t = static_cast<std::uint16_t>(type);
    w.u16(static_cast<std::uint16_t>(controlMessageSize(t)));
    w.u16(kControlMessageType);
    w.u32(kMagicCookie);
    w.u16(t);
    w.u16(0); // Reserved0
}

template <typename Fn> Bytes build(ControlType type, Fn body)
{
    Bytes out;
    out.reserve(controlMessageSize(static_cast<std::uint16_t>(type)));
    ByteWriter w(out);
    writeHeader(w, type);
    body(w);
    return out;
}

template <typename E> std::uint8_t raw(E e)
{
    return static_cast<std::uint8_t>(e);
}

// Reads the body of one message (the header is already checked) and notes every
// reserved field that is not zero: RFC 2637 says a sender MUST set them to 0 but asks
// no receiver to refuse a message for them, so they are tolerated and named.
class BodyReader
{
public:
    BodyReader(ByteView body, std::string messageName, std::vector<std::string> *tolerated)
        : m_reader(body), m_name(std::move(messageName)), m_tolerated(tolerated)
    {}

    ByteReader &r() { return m_reader; }

    void reserved8(const char *field)
    {
        std::uint8_t v = m_reader.u8();
        if (v != 0)
            note(field, v);
    }
    void reserved16(const char *field)
    {
        std::uint16_t v = m_reader.u16();
        if (v != 0)
            note(field, v);
    }

    // The caller passes exactly the type's fixed layout, so reading cannot fail here.
    template <typename T> Result<ControlMessage> finish(T message)
    {
        if (m_reader.failed() || !m_reader.atEnd())
            return fail(m_name + " body does not match its fixed layout");
        return ControlMessage(std::move(message));
    }

private:
    void note(const char *field, std::uint16_t value)
    {
        if (m_tolerated)
            m_tolerated->push_back(m_name + " reserved field " + field + " is " + hex16(value) +
                                   ", should be 0; ignored");
    }

    ByteReader m_reader;
    std::string m_name;
    std::vector<std::string> *m_tolerated;
};

Result<ControlMessage> decodeBody(ControlType type, BodyReader &b)
{
    ByteReader &r = b.r();
    switch (type) {
    case ControlType::StartControlConnectionRequest: {
        StartControlConnectionRequest m;
        m.protocolVersion = r.u16();
        b.reserved16("Reserved1");
        m.framingCapabilities = r.u32();
        m.bearerCapabilities = r.u32();
        m.maxChannels = r.u16();
        m.firmwareRevision = r.u16();
        m.hostName = r.fixedString(kTextFieldSize);
        m.vendor = r.fixedString(kTextFieldSize);
        return b.finish(std::move(m));
    }
    case ControlType::StartControlConnectionReply: {
        StartControlConnectionReply m;
        m.protocolVersion = r.u16();
        m.resultCode = static_cast<SccrpResult>(r.u8());
        m.errorCode = static_cast<GeneralError>(r.u8());
        m.framingCapabilities = r.u32();
        m.bearerCapabilities = r.u32();
        m.maxChannels = r.u16();
        m.firmwareRevision = r.u16();
        m.hostName = r.fixedString(kTextFieldSize);
        m.vendor = r.fixedString(kTextFieldSize);
        return b.finish(std::move(m));
    }
    case ControlType::StopControlConnectionRequest: {
        StopControlConnectionRequest m;
        m.reason = static_cast<StopReason>(r.u8());
        b.reserved8("Reserved1");
        b.reserved16("Reserved2");
        return b.finish(m);
    }
    case ControlType::StopControlConnectionReply: {
        StopControlConnectionReply m;
        m.resultCode = static_cast<StopResult>(r.u8());
        m.errorCode = static_cast<GeneralError>(r.u8());
        b.reserved16("Reserved1");
        return b.finish(m);
    }
    case ControlType::EchoRequest: {
        EchoRequest m;
        m.identifier = r.u32();
        return b.finish(m);
    }
    case ControlType::EchoReply: {
        EchoReply m;
        m.identifier = r.u32();
        m.resultCode = static_cast<EchoResult>(r.u8());
        m.errorCode = static_cast<GeneralError>(r.u8());
        b.reserved16("Reserved1");
        return b.finish(m);
    }
    case ControlType::OutgoingCallRequest: {
        OutgoingCallRequest m;
        m.callId = r.u16();
        m.callSerialNumber = r.u16();
        m.minimumBps = r.u32();
        m.maximumBps = r.u32();
        m.bearerType = r.u32();
        m.framingType = r.u32();
        m.receiveWindowSize = r.u16();
        m.processingDelay = r.u16();
        m.phoneNumberLength = r.u16();
        b.reserved16("Reserved1");
        m.phoneNumber = r.fixedString(kTextFieldSize);
        m.subaddress = r.fixedString(kTextFieldSize);
        return b.finish(std::move(m));
    }
    case ControlType::OutgoingCallReply: {
        OutgoingCallReply m;
        m.callId = r.u16();
        m.peerCallId = r.u16();
        m.resultCode = static_cast<OcrpResult>(r.u8());
        m.errorCode = static_cast<GeneralError>(r.u8());
        m.causeCode = r.u16();
        m.connectSpeed = r.u32();
        m.receiveWindowSize = r.u16();
        m.processingDelay = r.u16();
        m.physicalChannelId = r.u32();
        return b.finish(m);
    }
    case ControlType::IncomingCallRequest: {
        IncomingCallRequest m;
        m.callId = r.u16();
        m.callSerialNumber = r.u16();
        m.bearerType = r.u32();
        m.physicalChannelId = r.u32();
        m.dialedNumberLength = r.u16();
        m.dialingNumberLength = r.u16();
        m.dialedNumber = r.fixedString(kTextFieldSize);
        m.dialingNumber = r.fixedString(kTextFieldSize);
        m.subaddress = r.fixedString(kTextFieldSize);
        return b.finish(std::move(m));
    }
    case ControlType::IncomingCallReply: {
        IncomingCallReply m;
        m.callId = r.u16();
        m.peerCallId = r.u16();
        m.resultCode = static_cast<IcrpResult>(r.u8());
        m.errorCode = static_cast<GeneralError>(r.u8());
        m.receiveWindowSize = r.u16();
        m.transmitDelay = r.u16();
        b.reserved16("Reserved1");
        return b.finish(m);
    }
    case ControlType::IncomingCallConnected: {
        IncomingCallConnected m;
        m.peerCallId = r.u16();
        b.reserved16("Reserved1");
        m.connectSpeed = r.u32();
        m.receiveWindowSize = r.u16();
        m.transmitDelay = r.u16();
        m.framingType = r.u32();
        return b.finish(m);
    }
    case ControlType::CallClearRequest: {
        CallClearRequest m;
        m.callId = r.u16();
        b.reserved16("Reserved1");
        return b.finish(m);
    }
    case ControlType::CallDisconnectNotify: {
        CallDisconnectNotify m;
        m.callId = r.u16();
        m.resultCode = static_cast<CdnResult>(r.u8());
        m.errorCode = static_cast<GeneralError>(r.u8());
        m.causeCode = r.u16();
        b.reserved16("Reserved1");
        m.callStatistics = r.fixedString(kCallStatisticsSize);
        return b.finish(std::move(m));
    }
    case ControlType::WanErrorNotify: {
        WanErrorNotify m;
        m.peerCallId = r.u16();
        b.reserved16("Reserved1");
        m.crcErrors = r.u32();
        m.framingErrors = r.u32();
        m.hardwareOverruns = r.u32();
        m.bufferOverruns = r.u32();
        m.timeoutErrors = r.u32();
        m.alignmentErrors = r.u32();
        return b.finish(m);
    }
    case ControlType::SetLinkInfo: {
        SetLinkInfo m;
        m.peerCallId = r.u16();
        b.reserved16("Reserved1");
        m.sendAccm = r.u32();
        m.receiveAccm = r.u32();
        return b.finish(m);
    }
    }
    return fail("unknown PPTP control message " +
                controlTypeName(static_cast<std::uint16_t>(type)));
}

} // namespace

Result<ControlMessage> decodeControlMessage(ByteView data, std::vector<std::string> *tolerated)
{
    if (data.size() < kHeaderSize)
        return fail("PPTP control message too short: " + std::to_string(data.size()) +
                    " octets, a header needs " + std::to_string(kHeaderSize));
    ByteReader r(data);
    const std::uint16_t length = r.u16();
    const std::uint16_t pptpType = r.u16();
    const std::uint32_t cookie = r.u32();
    const std::uint16_t type = r.u16();
    const std::uint16_t reserved0 = r.u16();

    if (length != data.size())
        return fail("PPTP length field " + std::to_string(length) + " does not match the " +
                    std::to_string(data.size()) + " octets received");
    if (pptpType != kControlMessageType)
        return fail("PPTP message type " + std::to_string(pptpType) +
                    " is not a control message (expected 1)");
    // RFC 2637 section 1.4: losing synchronisation with the stream must close it.
    if (cookie != kMagicCookie)
        return fail("bad magic cookie " + hex32(cookie) + ", expected " + hex32(kMagicCookie));
    const std::size_t expected = controlMessageSize(type);
    if (expected == 0)
        return fail("unknown PPTP control message type " + std::to_string(type));
    const std::string name = controlTypeName(type);
    if (length < expected)
        return fail(name + " length " + std::to_string(length) + ", expected " +
                    std::to_string(expected));
    if (reserved0 != 0 && tolerated)
        tolerated->push_back(name + " reserved field Reserved0 is " + hex16(reserved0) +
                             ", should be 0; ignored");
    // The length field keeps the stream in step, so octets past the fixed layout
    // (a longer message from a later revision, or padding) are skipped.
    if (length > expected && tolerated)
        tolerated->push_back(name + " has " + std::to_string(length - expected) +
                             " octet(s) past its " + std::to_string(expected) +
                             "-octet layout; ignored");

    BodyReader body(data.subspan(kHeaderSize, expected - kHeaderSize), name, tolerated);
    return decodeBody(static_cast<ControlType>(type), body);
}

Bytes encodeControlMessage(const ControlMessage &message)
{
    return std::visit([](const auto &m) { return m.encode(); }, message);
}

ControlType controlTypeOf(const ControlMessage &message)
{
    return std::visit([](const auto &m) { return std::decay_t<decltype(m)>::kType; }, message);
}

Bytes StartControlConnectionRequest::encode() const
{
    return build(kType, [this](ByteWriter &w) {
        w.u16(protocolVersion);
        w.u16(0);
        w.u32(framingCapabilities);
        w.u32(bearerCapabilities);
        w.u16(maxChannels);
        w.u16(firmwareRevision);
        w.fixedString(hostName, kTextFieldSize);
        w.fixedString(vendor, kTextFieldSize);
    });
}

Bytes StartControlConnectionReply::encode() const
{
    return build(kType, [this](ByteWriter &w) {
        w.u16(protocolVersion);
        w.u8(raw(resultCode));
        w.u8(raw(errorCode));
        w.u32(framingCapabilities);
        w.u32(bearerCapabilities);
        w.u16(maxChannels);
        w.u16(firmwareRevision);
        w.fixedString(hostName, kTextFieldSize);
        w.fixedString(vendor, kTextFieldSize);
    });
}

Bytes StopControlConnectionRequest::encode() const
{
    return build(kType, [this](ByteWriter &w) {
        w.u8(raw(reason));
        w.u8(0);
        w.u16(0);
    });
}

Bytes StopControlConnectionReply::encode() const
{
    return build(kType, [this](ByteWriter &w) {
        w.u8(raw(resultCode));
        w.u8(raw(errorCode));
        w.u16(0);
    });
}

Bytes EchoRequest::encode() const
{
    return build(kType, [this](ByteWriter &w) { w.u32(identifier); });
}

Bytes EchoReply::encode() const
{
    return build(kType, [this](ByteWriter &w) {
        w.u32(identifier);
        w.u8(raw(resultCode));
        w.u8(raw(errorCode));
        w.u16(0);
    });
}

Bytes OutgoingCallRequest::encode() const
{
    return build(kType, [this](ByteWriter &w) {
        w.u16(callId);
        w.u16(callSerialNumber);
        w.u32(minimumBps);
        w.u32(maximumBps);
        w.u32(bearerType);
        w.u32(framingType);
        w.u16(receiveWindowSize);
        w.u16(processingDelay);
        w.u16(phoneNumberLength);
        w.u16(0);
        w.fixedString(phoneNumber, kTextFieldSize);
        w.fixedString(subaddress, kTextFieldSize);
    });
}

Bytes OutgoingCallReply::encode() const
{
    return build(kType, [this](ByteWriter &w) {
        w.u16(callId);
        w.u16(peerCallId);
        w.u8(raw(resultCode));
        w.u8(raw(errorCode));
        w.u16(causeCode);
        w.u32(connectSpeed);
        w.u16(receiveWindowSize);
        w.u16(processingDelay);
        w.u32(physicalChannelId);
    });
}

Bytes IncomingCallRequest::encode() const
{
    return build(kType, [this](ByteWriter &w) {
        w.u16(callId);
        w.u16(callSerialNumber);
        w.u32(bearerType);
        w.u32(physicalChannelId);
        w.u16(dialedNumberLength);
        w.u16(dialingNumberLength);
        w.fixedString(dialedNumber, kTextFieldSize);
        w.fixedString(dialingNumber, kTextFieldSize);
        w.fixedString(subaddress, kTextFieldSize);
    });
}

Bytes IncomingCallReply::encode() const
{
    return build(kType, [this](ByteWriter &w) {
        w.u16(callId);
        w.u16(peerCallId);
        w.u8(raw(resultCode));
        w.u8(raw(errorCode));
        w.u16(receiveWindowSize);
        w.u16(transmitDelay);
        w.u16(0);
    });
}

Bytes IncomingCallConnected::encode() const
{
    return build(kType, [this](ByteWriter &w) {
        w.u16(peerCallId);
        w.u16(0);
        w.u32(connectSpeed);
        w.u16(receiveWindowSize);
        w.u16(transmitDelay);
        w.u32(framingType);
    });
}

Bytes CallClearRequest::encode() const
{
    return build(kType, [this](ByteWriter &w) {
        w.u16(callId);
        w.u16(0);
    });
}

Bytes CallDisconnectNotify::encode() const
{
    return build(kType, [this](ByteWriter &w) {
        w.u16(callId);
        w.u8(raw(resultCode));
        w.u8(raw(errorCode));
        w.u16(causeCode);
        w.u16(0);
        w.fixedString(callStatistics, kCallStatisticsSize);
    });
}

Bytes WanErrorNotify::encode() const
{
    return build(kType, [this](ByteWriter &w) {
        w.u16(peerCallId);
        w.u16(0);
        w.u32(crcErrors);
        w.u32(framingErrors);
        w.u32(hardwareOverruns);
        w.u32(bufferOverruns);
        w.u32(timeoutErrors);
        w.u32(alignmentErrors);
    });
}

Bytes SetLinkInfo::encode() const
{
    return build(kType, [this](ByteWriter &w) {
        w.u16(peerCallId);
        w.u16(0);
        w.u32(sendAccm);
        w.u32(receiveAccm);
    });
}

} // namespace keyward::protocol::pptp
