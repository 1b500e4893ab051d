#include "probe/ControlRetransmits.h"

#include "ppp/PppProtocol.h"

#include <QStringList>
#include <algorithm>

namespace keyward::probe {

using namespace protocol::ppp;

namespace {

QString nameOf(std::uint16_t protocol)
{
    const std::string_view name = protocolName(protocol);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

constexpr std::uint8_t ConfigureRequest = 1;
constexpr std::uint8_t TerminateRequest = 5;
constexpr std::uint8_t ChapChallenge = 1;
constexpr std::uint8_t ChapResponse = 2;
constexpr std::size_t HeaderSize = 4; // code, identifier, length

bool isRequest(std::uint16_t protocol, std::uint8_t code)
{
    switch (protocol) {
    case kProtocolLcp:
    case kProtocolIpcp:
    case kProtocolCcp:
        return code == ConfigureRequest || code == TerminateRequest;
    case kProtocolChap:
        return code == ChapChallenge || code == ChapResponse;
    default:
        return false;
    }
}

} // namespace

void ControlRetransmits::onSent(std::uint16_t protocol, protocol::ByteView information)
{
    note(Side::Ours, protocol, information);
}

void ControlRetransmits::onReceived(std::uint16_t protocol, protocol::ByteView information)
{
    note(Side::Server, protocol, information);
}

void ControlRetransmits::note(Side side, std::uint16_t protocol, protocol::ByteView information)
{
    if (information.size() < HeaderSize || !isRequest(protocol, information[0]))
        return;
    const std::uint8_t code = information[0];
    // The length field bounds the packet; what follows it is padding.
    const std::size_t length =
        std::clamp<std::size_t>(static_cast<std::size_t>(information[2] << 8 | information[3]),
                                HeaderSize, information.size());
    protocol::Bytes data(information.begin() + HeaderSize, information.begin() + length);
    if (protocol == kProtocolChap && code == ChapChallenge) {
        auto it = m_last.find({side, protocol, code});
        if (it == m_last.end() || it->second != data) {
            // A new authentication: the layers above negotiate again from scratch.
            std::erase_if(m_last, [](const auto &entry) {
                return std::get<1>(entry.first) != kProtocolChap &&
                       std::get<1>(entry.first) != kProtocolLcp;
            });
            std::erase_if(m_last, [](const auto &entry) {
                return std::get<1>(entry.first) == kProtocolChap &&
                       std::get<2>(entry.first) == ChapResponse;
            });
        }
    }
    auto [it, inserted] = m_last.try_emplace({side, protocol, code}, data);
    if (inserted)
        return;
    if (it->second != data) {
        it->second = std::move(data);
        return;
    }
    ++m_byProtocol[{side, protocol}];
    ++(side == Side::Ours ? m_ours : m_servers);
}

QString ControlRetransmits::describe(Side side) const
{
    QStringList parts;
    for (const auto &[key, count] : m_byProtocol) {
        if (key.first == side)
            parts << QStringLiteral("%1 %2").arg(nameOf(key.second)).arg(count);
    }
    return parts.join(QStringLiteral(", "));
}

QJsonObject ControlRetransmits::toJson() const
{
    QJsonObject ours, servers;
    for (const auto &[key, count] : m_byProtocol)
        (key.first == Side::Ours ? ours : servers).insert(nameOf(key.second), count);
    return QJsonObject{{"ours", m_ours},
                       {"server", m_servers},
                       {"oursByProtocol", ours},
                       {"serverByProtocol", servers}};
}

} // namespace keyward::probe
