#include "dissect/DecryptionRun.h"

#include "dissect/FieldText.h"
#include "dissect/IpChecksums.h"
#include "dissect/NetworkDecoder.h"
#include "dissect/PppDissector.h"
#include "file/LinkType.h"
#include "file/PcapngWriter.h"

#include <algorithm>
#include <openssl/crypto.h>

namespace keyward::capture {

namespace mppe = protocol::mppe;
namespace mschapv2 = protocol::mschapv2;

namespace {

constexpr quint32 MppeH = 0x01000000;
constexpr quint32 MppeL = 0x20;
constexpr quint32 MppeS = 0x40;
constexpr quint32 MppeM = 0x80;

} // namespace

DecryptionRun::DecryptionRun(const protocol::crypto::CryptoLibrary &library, const QString &user,
                             const mschapv2::NtHash &passwordHash, PcapngWriter &writer)
    : m_library(library), m_crypto(library), m_user(user), m_passwordHash(passwordHash),
      m_writer(writer)
{}

DecryptionRun::~DecryptionRun()
{
    OPENSSL_cleanse(m_passwordHash.data(), m_passwordHash.size());
    for (const auto &s : std::as_const(m_sessions))
        OPENSSL_cleanse(s->passwordHashHash.data(), s->passwordHashHash.size());
}

quint64 DecryptionRun::flowKey(quint32 source, quint32 destination, quint16 callId)
{
    // Source and destination folded: flows of one capture rarely collide, and the
    // call id keeps calls between the same two hosts apart.
    return (static_cast<quint64>(source) * 0x9e3779b1u) ^
           (static_cast<quint64>(destination) << 16) ^ callId ^
           (static_cast<quint64>(destination) << 40);
}

bool DecryptionRun::nameMatches(const QString &name) const
{
    if (name == m_user)
        return true;
    // DOMAIN\user: the domain is not part of the account.
    const qsizetype slash = name.lastIndexOf(QLatin1Char('\\'));
    return slash >= 0 && name.mid(slash + 1) == m_user;
}

Status DecryptionRun::add(const PacketRecord &packet)
{
    const PacketLayers layers = NetworkDecoder::decode(packet);
    if (layers.transport != PacketLayers::Transport::Gre || layers.payloadLength <= 0)
        return {};
    const quint64 flow = flowKey(layers.source, layers.destination, layers.greCallId);
    const auto *frame =
        reinterpret_cast<const uchar *>(packet.data.constData()) + layers.payloadOffset;
    auto session = m_flows.value(flow);
    if (session && session->ccpAgreed && layers.payloadLength >= 3) {
        // The fast path: MPPE data of a verified call.
        PppSummary s;
        PppDissector::dissect(frame, layers.payloadLength, -1, 0x81, s, nullptr, nullptr);
        if (s.valid && s.protocol == 0x00fd) {
            const bool toServer = m_flowToServer.value(flow);
            return encrypted(*session, toServer, packet,
                             QByteArray(reinterpret_cast<const char *>(frame) + s.payloadOffset,
                                        layers.payloadLength - s.payloadOffset));
        }
    }
    PppSummary s;
    PppDissector::dissect(frame, layers.payloadLength, -1, 0x81, s, nullptr, nullptr);
    if (!s.valid)
        return {};
    if (s.protocol == 0xc223 && s.code == 1 && s.chapValue.size() == 16) {
        Challenge c;
        c.identifier = static_cast<quint8>(s.identifier);
        std::copy_n(reinterpret_cast<const uchar *>(s.chapValue.constData()), 16, c.value.begin());
        c.flow = flow;
        QList<Challenge> &list = m_challenges[pairKey(layers.source, layers.destination)];
        list.append(c);
        if (list.size() > 8)
            list.removeFirst();
        return {};
    }
    if (s.protocol == 0xc223 && s.code == 2 && s.chapValue.size() == 49 &&
        nameMatches(s.chapName)) {
        response(packet, layers.source, layers.destination, flow, s.chapValue, s.chapName,
                 static_cast<quint8>(s.identifier));
        return {};
    }
    if (session && s.protocol == 0x80fd && s.code == 2) {
        for (const auto &[type, data] : s.options) {
            if (type != 18 || data.size() != 4)
                continue;
            const quint32 bits = FieldText::u32(reinterpret_cast<const uchar *>(data.constData()));
            mppe::MppeParameters p;
            p.strength = (bits & MppeS)   ? mppe::MppeStrength::Bits128
                         : (bits & MppeM) ? mppe::MppeStrength::Bits56
                                          : mppe::MppeStrength::Bits40;
            p.mode = (bits & MppeH) ? mppe::MppeMode::Stateless : mppe::MppeMode::Stateful;
            if (!(bits & (MppeS | MppeM | MppeL)))
                continue;
            if (!session->ccpAgreed || !(session->parameters == p)) {
                session->parameters = p;
                session->ccpAgreed = true;
                session->toServer.reset();
                session->toClient.reset();
            }
            m_summary.strength = QString::fromLatin1(mppe::toString(p.strength).data());
            m_summary.mode = QString::fromLatin1(mppe::toString(p.mode).data());
        }
    }
    return {};
}

void DecryptionRun::response(const PacketRecord &, quint32 source, quint32 destination,
                             quint64 flow, const QByteArray &value, const QString &name,
                             quint8 identifier)
{
    // The challenge came from the server (destination) to the client (source).
    const QList<Challenge> challenges = m_challenges.value(pairKey(destination, source));
    const Challenge *challenge = nullptr;
    for (auto it = challenges.crbegin(); it != challenges.crend(); ++it) {
        if (it->identifier == identifier) {
            challenge = &*it;
            break;
        }
    }
    if (!challenge)
        return;
    ++m_responses;
    const auto *v = reinterpret_cast<const uchar *>(value.constData());
    mschapv2::Challenge peerChallenge{};
    std::copy_n(v, 16, peerChallenge.begin());
    mschapv2::NtResponse received{};
    std::copy_n(v + 24, 24, received.begin());
    const QByteArray utf8Name = name.toUtf8();
    mschapv2::NtResponse expected = m_crypto.generateNtResponse(
        challenge->value, peerChallenge, std::string_view(utf8Name.constData(), utf8Name.size()),
        m_passwordHash);
    const bool match = CRYPTO_memcmp(expected.data(), received.data(), expected.size()) == 0;
    OPENSSL_cleanse(expected.data(), expected.size());
    if (!match) {
        ++m_wrong;
        return;
    }
    auto session = std::make_shared<Session>();
    session->number = static_cast<int>(m_sessions.size()) + 1;
    session->toServerFlow = flow;
    session->toClientFlow = challenge->flow;
    mschapv2::NtHash hashHash = m_crypto.hashNtPasswordHash(m_passwordHash);
    std::copy(hashHash.begin(), hashHash.end(), session->passwordHashHash.begin());
    OPENSSL_cleanse(hashHash.data(), hashHash.size());
    session->ntResponse = received;
    m_sessions.append(session);
    m_flows.insert(flow, session);
    m_flows.insert(challenge->flow, session);
    m_flowToServer.insert(flow, true);
    m_flowToServer.insert(challenge->flow, false);
    ++m_summary.sessions;
}

Status DecryptionRun::encrypted(Session &session, bool toServer, const PacketRecord &packet,
                                QByteArray frame)
{
    std::unique_ptr<mppe::MppeDecryptor> &decryptor =
        toServer ? session.toServer : session.toClient;
    if (!decryptor) {
        // The server's receive key decrypts what the client sends, its send key
        // what the server sends (RFC 3079 §3.4).
        mppe::MppeKeys keys(m_library, session.passwordHashHash, session.ntResponse,
                            mppe::MppeRole::Server, session.parameters.strength);
        decryptor = std::make_unique<mppe::MppeDecryptor>(
            m_library, toServer ? keys.receiveStartKey() : keys.sendStartKey(), session.parameters);
    }
    auto plain = decryptor->decryptInPlace(std::span<std::uint8_t>(
        reinterpret_cast<std::uint8_t *>(frame.data()), static_cast<std::size_t>(frame.size())));
    if (!plain.ok()) {
        ++m_summary.undecryptable;
        return {};
    }
    ++m_summary.decrypted;
    const std::span<std::uint8_t> p = *plain;
    if (p.empty())
        return {};
    int at = 0;
    quint16 protocol = 0;
    if (p[0] & 0x01) {
        protocol = p[0];
        at = 1;
    } else if (p.size() >= 2) {
        protocol = static_cast<quint16>(p[0] << 8 | p[1]);
        at = 2;
    }
    if (protocol != 0x0021 && protocol != 0x0057)
        return {};
    const uchar *ip = p.data() + at;
    const int length = static_cast<int>(p.size()) - at;
    QString comment;
    if (protocol == 0x0021) {
        const IpChecksums::Result r = IpChecksums::check(ip, length);
        if (r.header == IpChecksums::Verdict::Invalid) {
            ++m_summary.badIpChecksums;
            comment = QStringLiteral("IPv4 header checksum does not verify");
        }
        if (r.transport != IpChecksums::Verdict::NotChecked) {
            ++m_summary.checkedTransportChecksums;
            if (r.transport == IpChecksums::Verdict::Invalid) {
                ++m_summary.badTransportChecksums;
                comment = QStringLiteral("transport checksum does not verify");
            }
        }
    }
    PacketRecord out;
    out.timestampNs = packet.timestampNs;
    out.linkType = LinkType::Raw;
    out.data = QByteArray(reinterpret_cast<const char *>(ip), length);
    out.originalLength = static_cast<quint32>(length);
    ++m_summary.ipPackets;
    if (comment.isEmpty() &&
        (m_summary.ipPackets == 1 ||
         (toServer ? session.toServer : session.toClient)->lastCoherencyCount() == 0))
        comment = QStringLiteral("session %1, %2")
                      .arg(session.number)
                      .arg(toServer ? QStringLiteral("client to server")
                                    : QStringLiteral("server to client"));
    return m_writer.write(out, comment);
}

Result<DecryptionSummary> DecryptionRun::finish()
{
    if (m_responses == 0)
        return fail(
            ErrorKind::NotFound,
            QStringLiteral(
                "the capture holds no MS-CHAPv2 exchange (Challenge and Response) of user \"%1\"")
                .arg(m_user)
                .toStdString());
    if (m_summary.sessions == 0)
        return fail(
            ErrorKind::Forbidden,
            QStringLiteral(
                "wrong password: it does not verify the NT-Response of user \"%1\" in %2 MS-CHAPv2 "
                "exchange%3")
                .arg(m_user)
                .arg(m_wrong)
                .arg(m_wrong == 1 ? QString() : QStringLiteral("s"))
                .toStdString());
    return m_summary;
}

} // namespace keyward::capture
