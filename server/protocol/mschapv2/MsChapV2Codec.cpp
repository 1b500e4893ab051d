#include "mschapv2/MsChapV2Codec.h"

#include "common/ByteReader.h"
#include "common/ByteWriter.h"

#include <algorithm>
#include <charconv>

namespace keyward::protocol::mschapv2 {

namespace {

constexpr std::size_t MaxChapLength = 0xffff;

std::string upperHex(ByteView bytes)
{
    std::string out = toHex(bytes);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return (c >= 'a' && c <= 'f') ? static_cast<char>(c - 32) : c; });
    return out;
}

template <std::size_t N> void copyInto(std::array<std::uint8_t, N> &dst, ByteView src)
{
    std::copy_n(src.begin(), N, dst.begin());
}

void header(ByteWriter &w, ChapCode code, std::uint8_t identifier)
{
    w.u8(static_cast<std::uint8_t>(code));
    w.u8(identifier);
    w.u16(0); // patched below
}

std::string_view fitted(std::string_view text, std::size_t used)
{
    return text.substr(0, std::min(text.size(), MaxChapLength - used));
}

bool parseDecimal(std::string_view text, std::uint32_t &out)
{
    if (text.empty() || text.size() > 10)
        return false;
    std::uint64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (value > 0xffffffffu)
        return false;
    out = static_cast<std::uint32_t>(value);
    return true;
}

} // namespace

Bytes MsChapV2Codec::encode(const ChapPacket &packet)
{
    Bytes out;
    ByteWriter w(out);
    std::visit(
        [&](const auto &p) {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, ChapChallengePacket>) {
                header(w, ChapCode::CodeChallenge, p.identifier);
                w.u8(ChallengeValueSize);
                w.bytes(p.challenge);
                w.bytes(asBytes(fitted(p.name, w.size())));
            } else if constexpr (std::is_same_v<T, ChapResponsePacket>) {
                header(w, ChapCode::CodeResponse, p.identifier);
                w.u8(ResponseValueSize);
                w.bytes(p.peerChallenge);
                w.zeros(8);
                w.bytes(p.ntResponse);
                w.u8(p.flags);
                w.bytes(asBytes(fitted(p.name, w.size())));
            } else if constexpr (std::is_same_v<T, ChapSuccessPacket>) {
                header(w, ChapCode::CodeSuccess, p.identifier);
                w.bytes(asBytes(fitted(p.message, w.size())));
            } else if constexpr (std::is_same_v<T, ChapFailurePacket>) {
                header(w, ChapCode::CodeFailure, p.identifier);
                w.bytes(asBytes(fitted(p.message, w.size())));
            } else {
                header(w, ChapCode::CodeChangePassword, p.identifier);
                w.bytes(p.encryptedPassword);
                w.bytes(p.encryptedHash);
                w.bytes(p.peerChallenge);
                w.zeros(8);
                w.bytes(p.ntResponse);
                w.u16(p.flags);
            }
        },
        packet);
    w.patchU16(2, static_cast<std::uint16_t>(out.size()));
    return out;
}

Result<ChapPacket> MsChapV2Codec::decode(ByteView data)
{
    if (data.size() < HeaderLength)
        return fail("CHAP packet too short for its header (" + std::to_string(data.size()) +
                    " octets, need 4)");
    ByteReader head(data);
    std::uint8_t code = head.u8();
    std::uint8_t identifier = head.u8();
    std::uint16_t length = head.u16();
    if (length < HeaderLength)
        return fail("CHAP Length field " + std::to_string(length) + " is below the 4-octet header");
    if (length > data.size())
        return fail("CHAP Length field " + std::to_string(length) + " exceeds the " +
                    std::to_string(data.size()) + " octets received");
    ByteReader r(data.subspan(HeaderLength, length - HeaderLength));

    switch (static_cast<ChapCode>(code)) {
    case ChapCode::CodeChallenge: {
        std::uint8_t valueSize = r.u8();
        if (r.failed())
            return fail("CHAP Challenge has no Value-Size octet");
        if (valueSize != ChallengeValueSize)
            return fail("MS-CHAPv2 Challenge Value-Size is " + std::to_string(valueSize) +
                        ", must be 16");
        ByteView value = r.bytes(ChallengeValueSize);
        if (r.failed())
            return fail("CHAP Challenge is shorter than its 16-octet value");
        ChapChallengePacket p;
        p.identifier = identifier;
        copyInto(p.challenge, value);
        ByteView name = r.rest();
        p.name.assign(name.begin(), name.end());
        return ChapPacket(std::move(p));
    }
    case ChapCode::CodeResponse: {
        std::uint8_t valueSize = r.u8();
        if (r.failed())
            return fail("CHAP Response has no Value-Size octet");
        if (valueSize != ResponseValueSize)
            return fail("MS-CHAPv2 Response Value-Size is " + std::to_string(valueSize) +
                        ", must be 49");
        ByteView peer = r.bytes(16);
        ByteView reserved = r.bytes(8);
        ByteView nt = r.bytes(24);
        std::uint8_t flags = r.u8();
        if (r.failed())
            return fail("CHAP Response is shorter than its 49-octet value");
        if (std::any_of(reserved.begin(), reserved.end(), [](std::uint8_t b) { return b != 0; }))
            return fail("MS-CHAPv2 Response reserved octets are not zero");
        ChapResponsePacket p;
        p.identifier = identifier;
        copyInto(p.peerChallenge, peer);
        copyInto(p.ntResponse, nt);
        p.flags = flags;
        ByteView name = r.rest();
        p.name.assign(name.begin(), name.end());
        return ChapPacket(std::move(p));
    }
    case ChapCode::CodeSuccess: {
        ByteView text = r.rest();
        return ChapPacket(ChapSuccessPacket{identifier, std::string(text.begin(), text.end())});
    }
    case ChapCode::CodeFailure: {
        ByteView text = r.rest();
        return ChapPacket(ChapFailurePacket{identifier, std::string(text.begin(), text.end())});
    }
    case ChapCode::CodeChangePassword: {
        if (length != ChangePasswordLength)
            return fail("MS-CHAPv2 Change-Password Length is " + std::to_string(length) +
                        ", must be 586");
        ChapChangePasswordPacket p;
        p.identifier = identifier;
        copyInto(p.encryptedPassword, r.bytes(516));
        copyInto(p.encryptedHash, r.bytes(16));
        copyInto(p.peerChallenge, r.bytes(16));
        ByteView reserved = r.bytes(8);
        copyInto(p.ntResponse, r.bytes(24));
        p.flags = r.u16();
        if (std::any_of(reserved.begin(), reserved.end(), [](std::uint8_t b) { return b != 0; }))
            return fail("MS-CHAPv2 Change-Password reserved octets are not zero");
        return ChapPacket(std::move(p));
    }
    }
    return fail("CHAP code " + std::to_string(code) +
                " is not used by MS-CHAPv2 (expected 1, 2, 3, 4 or 7)");
}

std::string MsChapV2Codec::formatSuccess(const MsChapV2SuccessMessage &message)
{
    std::string out = message.authenticatorResponse;
    out += " M=";
    out += message.message;
    return out;
}

Result<MsChapV2SuccessMessage> MsChapV2Codec::parseSuccess(std::string_view text)
{
    if (text.size() < MsChapV2Crypto::AuthenticatorResponseLength || text.substr(0, 2) != "S=")
        return fail("MS-CHAPv2 Success message does not start with S= and 40 hex digits");
    std::string_view hex = text.substr(2, 40);
    bool ok = false;
    (void)fromHex(hex, &ok);
    if (!ok)
        return fail("MS-CHAPv2 Success authenticator response is not 40 hex digits");
    MsChapV2SuccessMessage out;
    out.authenticatorResponse = std::string(text.substr(0, 42));
    std::string_view rest = text.substr(42);
    if (rest.empty())
        return out; // Windows RRAS sends no M= field
    if (rest.substr(0, 3) != " M=")
        return fail("MS-CHAPv2 Success message has unexpected text after the authenticator "
                    "response (expected \" M=\")");
    out.message = std::string(rest.substr(3));
    return out;
}

std::string MsChapV2Codec::formatFailure(const MsChapV2FailureMessage &message)
{
    std::string out = "E=" + std::to_string(message.error) + " R=" + (message.retry ? "1" : "0");
    if (message.challenge)
        out += " C=" + upperHex(*message.challenge);
    out += " V=" + std::to_string(message.version);
    out += " M=" + message.message;
    return out;
}

Result<MsChapV2FailureMessage> MsChapV2Codec::parseFailure(std::string_view text)
{
    MsChapV2FailureMessage out;
    out.version = 0;
    bool haveError = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (text[pos] == ' ') {
            ++pos;
            continue;
        }
        if (text.substr(pos, 2) == "M=") {
            out.message = std::string(text.substr(pos + 2));
            break;
        }
        std::size_t end = text.find(' ', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view token = text.substr(pos, end - pos);
        pos = end;
        if (token.size() < 2 || token[1] != '=')
            return fail("MS-CHAPv2 Failure message has a malformed field \"" +
                        std::string(token.substr(0, 16)) + "\"");
        std::string_view value = token.substr(2);
        switch (token[0]) {
        case 'E':
            if (!parseDecimal(value, out.error))
                return fail("MS-CHAPv2 Failure E= is not a decimal number");
            haveError = true;
            break;
        case 'R':
            if (value != "0" && value != "1")
                return fail("MS-CHAPv2 Failure R= must be 0 or 1");
            out.retry = value == "1";
            break;
        case 'C': {
            bool ok = false;
            Bytes challenge = fromHex(value, &ok);
            if (!ok || challenge.size() != 16)
                return fail("MS-CHAPv2 Failure C= is not 32 hex digits");
            Challenge c{};
            std::copy(challenge.begin(), challenge.end(), c.begin());
            out.challenge = c;
            break;
        }
        case 'V':
            if (!parseDecimal(value, out.version))
                return fail("MS-CHAPv2 Failure V= is not a decimal number");
            break;
        default:
            break; // unknown fields are ignored
        }
    }
    if (!haveError)
        return fail("MS-CHAPv2 Failure message has no E= error code");
    return out;
}

} // namespace keyward::protocol::mschapv2
