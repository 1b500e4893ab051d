#include "signin/RadiusSignIn.h"

#include "core/PolicyStore.h"
#include "radius/RadiusMppeKey.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QTimer>
#include <chrono>
#include <openssl/crypto.h>

namespace keyward::signin {

Q_LOGGING_CATEGORY(lcRadiusSignIn, "keyward.signin.radius")

using namespace protocol::mschapv2;
using protocol::Bytes;
using protocol::ByteView;
namespace attr = radius::attr;
namespace ms = radius::ms;

namespace {

MsChapV2Verdict refused(std::uint32_t code, std::string reason, std::string userMessage = {})
{
    return MsChapV2Refused{code, std::move(reason), std::move(userMessage)};
}

std::string text(const Bytes &value)
{
    return std::string(value.begin(), value.end());
}

// The value of `key`= in an MS-CHAP text ("E=691 R=0 C=... V=3 M=text"): the first
// such field; M= runs to the end (its text may hold anything, " E=" too).
std::string field(const std::string &message, const std::string &key)
{
    const std::size_t textAt = message.rfind("M=", 0) == 0 ? 0 : message.find(" M=");
    const std::string head = textAt == std::string::npos ? message : message.substr(0, textAt);
    if (key == "M")
        return textAt == std::string::npos ? std::string()
                                           : message.substr(textAt + (textAt == 0 ? 2 : 3));
    std::size_t at = head.rfind(key + "=", 0) == 0 ? 0 : head.find(" " + key + "=");
    if (at == std::string::npos)
        return {};
    if (at > 0)
        ++at;
    const std::size_t start = at + key.size() + 1;
    return head.substr(start, head.find(' ', start) - start);
}

// A text from the server, bounded for the client's Failure or Success message.
std::string bounded(std::string text)
{
    if (text.size() > 200)
        text.resize(200);
    return text;
}

std::optional<int> seconds(const radius::RadiusPacket &packet, std::uint8_t type)
{
    auto value = packet.findU32(type);
    if (!value || *value == 0)
        return std::nullopt;
    return static_cast<int>(std::min<std::uint32_t>(*value, 1u << 30));
}

} // namespace

RadiusSignIn::RadiusSignIn(radius::RadiusClient &client, const core::PolicyStore &policy,
                           Options options, SourceThrottle::Limits throttle, QObject *parent)
    : SignInBackend(parent), m_client(client), m_policy(policy), m_options(std::move(options)),
      m_throttle(throttle)
{
    m_clock.start();
}

namespace {

// What every Access-Request of a sign-in carries besides its MS-CHAP attributes.
void addNasAttributes(radius::RadiusPacket &request, const QString &peerAddress,
                      const RadiusSignIn::Options &options)
{
    if (options.nasAddress)
        request.addU32(attr::NasIpAddress, options.nasAddress);
    if (!options.nasIdentifier.isEmpty())
        request.addText(attr::NasIdentifier, options.nasIdentifier.toUtf8().left(64).toStdString());
    request.addU32(attr::NasPortType, attr::NasPortTypeVirtual);
    request.addU32(attr::ServiceType, attr::ServiceTypeFramed);
    request.addU32(attr::FramedProtocol, attr::FramedProtocolPpp);
    request.addText(attr::CallingStationId, peerAddress.toStdString());
}

// At most this many calls wait between an E=648 and their Change-Password.
constexpr std::size_t MaxChangeServers = 1024;

} // namespace

radius::RadiusPacket RadiusSignIn::accessRequest(const MsChapV2ResponseCheck &check,
                                                 const QString &peerAddress, const Options &options)
{
    radius::RadiusPacket request;
    request.code = radius::RadiusCode::AccessRequest;
    request.addText(attr::UserName, check.user.substr(0, radius::MaxAttributeValue));
    request.addVendor(ms::VendorId, ms::ChapChallenge, check.authenticatorChallenge);
    // Ident, Flags, Peer-Challenge, 8 reserved octets, NT-Response (RFC 2548 §2.3.2).
    Bytes response{0, 0};
    response.insert(response.end(), check.peerChallenge.begin(), check.peerChallenge.end());
    response.insert(response.end(), 8, 0);
    response.insert(response.end(), check.ntResponse.begin(), check.ntResponse.end());
    request.addVendor(ms::VendorId, ms::Chap2Response, response);
    addNasAttributes(request, peerAddress, options);
    return request;
}

radius::RadiusPacket RadiusSignIn::changePasswordRequest(const MsChapV2PasswordChangeCheck &check,
                                                         const QString &peerAddress,
                                                         const Options &options)
{
    radius::RadiusPacket request;
    request.code = radius::RadiusCode::AccessRequest;
    request.addText(attr::UserName, check.user.substr(0, radius::MaxAttributeValue));
    // The challenge of the Failure that asked for the change: the new NT-Response
    // answers it.
    request.addVendor(ms::VendorId, ms::ChapChallenge, check.authenticatorChallenge);
    // Code 7, Ident, Encrypted-Hash, Peer-Challenge, 8 reserved octets, NT-Response,
    // Flags (RFC 2548 §2.3.5): 68 octets.
    Bytes cpw{7, 0};
    cpw.insert(cpw.end(), check.encryptedHash.begin(), check.encryptedHash.end());
    cpw.insert(cpw.end(), check.peerChallenge.begin(), check.peerChallenge.end());
    cpw.insert(cpw.end(), 8, 0);
    cpw.insert(cpw.end(), check.ntResponse.begin(), check.ntResponse.end());
    cpw.insert(cpw.end(), 2, 0);
    request.addVendor(ms::VendorId, ms::Chap2Cpw, cpw);
    // The 516-octet encrypted password in chunks of at most 243 octets: Code 6, Ident,
    // a two-octet sequence number from 1, the chunk (RFC 2548 §2.3.3).
    const std::size_t total = check.encryptedPassword.size();
    std::uint16_t sequence = 1;
    for (std::size_t at = 0; at < total; at += radius::MaxNtEncPwChunk, ++sequence) {
        const std::size_t size = std::min(radius::MaxNtEncPwChunk, total - at);
        Bytes chunk{6, 0, static_cast<std::uint8_t>(sequence >> 8),
                    static_cast<std::uint8_t>(sequence & 0xff)};
        chunk.insert(chunk.end(), check.encryptedPassword.begin() + static_cast<std::ptrdiff_t>(at),
                     check.encryptedPassword.begin() + static_cast<std::ptrdiff_t>(at + size));
        request.addVendor(ms::VendorId, ms::ChapNtEncPw, chunk);
    }
    addNasAttributes(request, peerAddress, options);
    return request;
}

void RadiusSignIn::rememberChangeServer(quint16 callId, int server)
{
    std::erase_if(m_changeServers, [callId](const auto &entry) { return entry.first == callId; });
    if (m_changeServers.size() >= MaxChangeServers)
        m_changeServers.erase(m_changeServers.begin());
    m_changeServers.emplace_back(callId, server);
}

int RadiusSignIn::takeChangeServer(quint16 callId)
{
    for (auto it = m_changeServers.begin(); it != m_changeServers.end(); ++it) {
        if (it->first == callId) {
            const int server = it->second;
            m_changeServers.erase(it);
            return server;
        }
    }
    return -1;
}

void RadiusSignIn::verify(const SignInRequest &request, Done done)
{
    const qint64 started = m_clock.elapsed();
    const bool change = std::holds_alternative<MsChapV2PasswordChangeCheck>(request.check);
    // Decided before the server is asked, so it is the same for right and wrong.
    const qint64 delay = change ? 0 : m_throttle.delayMs(request.peerAddress, started);
    radius::RadiusPacket packet =
        change ? changePasswordRequest(std::get<MsChapV2PasswordChangeCheck>(request.check),
                                       request.peerAddress, m_options)
               : accessRequest(std::get<MsChapV2ResponseCheck>(request.check), request.peerAddress,
                               m_options);
    const int firstServer = change ? takeChangeServer(request.callId) : -1;
    QPointer<RadiusSignIn> self(this);
    m_client.send(
        std::move(packet),
        [self, request, started, delay, change,
         done = std::move(done)](Result<radius::RadiusClient::Answer> result) mutable {
            if (!self)
                return;
            SignInGrant grant{self->name(), {}, {}, {}, {}, {}, {}, {}, {}};
            if (!result) {
                const QString why = QString::fromStdString(result.message());
                // A change asked for by RADIUS is RADIUS's: the local store never
                // changes a password in its place.
                if (self->m_fallback && !change) {
                    qCWarning(lcRadiusSignIn).noquote()
                        << "call" << request.callId << ":" << why
                        << "; every RADIUS server is down, so the local store judges";
                    self->m_fallback->verify(
                        request, [done = std::move(done)](const MsChapV2Verdict &verdict,
                                                          const SignInGrant &local) {
                            SignInGrant fallback = local;
                            fallback.backend = QStringLiteral("local (RADIUS down)");
                            done(verdict, fallback);
                        });
                    return;
                }
                qCWarning(lcRadiusSignIn).noquote()
                    << "call" << request.callId
                    << (change ? "password change refused (E=691):" : "refused (E=691):") << why;
                self->answer(request, started, delay, refused(691, result.message()), grant,
                             std::move(done));
                return;
            }
            grant.server = self->m_client.serverConfig(result->server).name();
            MsChapV2Verdict verdict =
                self->judge(*result, self->m_client.secret(result->server), &grant);
            if (const auto *no = std::get_if<MsChapV2Refused>(&verdict)) {
                if (!change && no->code == 648)
                    self->rememberChangeServer(request.callId, result->server);
                if (change && no->code == 709)
                    qCWarning(lcRadiusSignIn).noquote()
                        << "call" << request.callId << ": RADIUS server" << grant.server
                        << "does not allow password changes (E=709); with FreeRADIUS, set up "
                           "mschap's passchange section";
            } else if (change) {
                qCInfo(lcRadiusSignIn).noquote() << "call" << request.callId << ": RADIUS server"
                                                 << grant.server << "accepted the password change";
            }
            self->answer(request, started, delay, std::move(verdict), grant, std::move(done));
        },
        firstServer);
}

void RadiusSignIn::answer(const SignInRequest &request, qint64 startedMs, qint64 delayMs,
                          MsChapV2Verdict verdict, const SignInGrant &grant, Done done)
{
    // Only a server's refusal counts against the address: no answer is not the
    // client's failure.
    if (std::holds_alternative<MsChapV2Refused>(verdict) && !grant.server.isEmpty() &&
        std::holds_alternative<MsChapV2ResponseCheck>(request.check)) {
        const auto &user = std::get<MsChapV2ResponseCheck>(request.check).user;
        if (m_throttle.recordFailure(request.peerAddress, QString::fromStdString(user),
                                     m_clock.elapsed()))
            qCWarning(lcRadiusSignIn).noquote()
                << "password spray from" << request.peerAddress
                << ": failed RADIUS sign-ins for many user names; answers to it now wait";
    }
    const qint64 wait = std::max<qint64>(0, startedMs + delayMs - m_clock.elapsed());
    QTimer::singleShot(
        std::chrono::milliseconds(wait), this,
        [verdict = std::move(verdict), grant, done = std::move(done)]() mutable {
            done(verdict, grant);
            if (auto *accepted = std::get_if<MsChapV2Accepted>(&verdict)) {
                OPENSSL_cleanse(accepted->keys.send.data(), accepted->keys.send.size());
                OPENSSL_cleanse(accepted->keys.receive.data(), accepted->keys.receive.size());
            }
        });
}

MsChapV2Verdict RadiusSignIn::judge(const radius::RadiusClient::Answer &answer, ByteView secret,
                                    SignInGrant *grant) const
{
    const radius::RadiusPacket &packet = answer.packet;
    const QString server = grant->server;
    std::string reply;
    for (const Bytes &part : packet.findAll(attr::ReplyMessage))
        reply += text(part);
    grant->replyMessage = QString::fromStdString(reply);
    if (packet.code == radius::RadiusCode::AccessReject) {
        const auto error = packet.findVendor(ms::VendorId, ms::ChapError);
        const std::string message = error && error->size() > 1 ? text(*error).substr(1) : "";
        std::uint32_t code = 691;
        if (const std::string e = field(message, "E"); !e.empty()) {
            try {
                code = static_cast<std::uint32_t>(std::stoul(e));
            } catch (...) {
                code = 691;
            }
        }
        if (code < 646 || code > 709)
            code = 691;
        std::string userMessage = bounded(field(message, "M"));
        if (userMessage.empty())
            userMessage = bounded(reply);
        return refused(code,
                       "Access-Reject from RADIUS server " + server.toStdString() +
                           (message.empty() ? std::string(" without MS-CHAP-Error")
                                            : " (" + message.substr(0, 40) + ")"),
                       userMessage);
    }
    if (packet.code != radius::RadiusCode::AccessAccept)
        return refused(691, "RADIUS server " + server.toStdString() +
                                " sent an Access-Challenge, which MS-CHAPv2 cannot answer");
    const auto success = packet.findVendor(ms::VendorId, ms::Chap2Success);
    if (!success || success->size() < 43 || (*success)[1] != 'S' || (*success)[2] != '=')
        return refused(691, "Access-Accept from RADIUS server " + server.toStdString() +
                                " without a valid MS-CHAP2-Success");
    const std::string successText = text(*success).substr(1);
    MsChapV2Accepted accepted;
    accepted.authenticatorResponse = successText.substr(0, 42);
    for (char &c : accepted.authenticatorResponse)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    bool hex = true;
    protocol::fromHex(accepted.authenticatorResponse.substr(2), &hex);
    if (!hex)
        return refused(691, "Access-Accept from RADIUS server " + server.toStdString() +
                                " with a malformed S= value");
    accepted.message = bounded(field(successText, "M"));
    if (accepted.message.empty())
        accepted.message = bounded(reply);
    const auto sendKey = packet.findVendor(ms::VendorId, ms::MppeSendKey);
    const auto recvKey = packet.findVendor(ms::VendorId, ms::MppeRecvKey);
    if (!sendKey || !recvKey)
        return refused(691, "Access-Accept from RADIUS server " + server.toStdString() +
                                " without MS-MPPE-Send-Key and MS-MPPE-Recv-Key (set use_mppe "
                                "= yes in FreeRADIUS's mschap module)");
    auto send = radius::RadiusMppeKey::decrypt(*sendKey, secret, answer.requestAuthenticator);
    auto receive = radius::RadiusMppeKey::decrypt(*recvKey, secret, answer.requestAuthenticator);
    const bool keysOk = send && receive && send->size() >= 16 && receive->size() >= 16;
    if (keysOk) {
        std::copy_n(send->begin(), 16, accepted.keys.send.begin());
        std::copy_n(receive->begin(), 16, accepted.keys.receive.begin());
    }
    if (send)
        OPENSSL_cleanse(send->data(), send->size());
    if (receive)
        OPENSSL_cleanse(receive->data(), receive->size());
    if (!keysOk)
        return refused(691, "Access-Accept from RADIUS server " + server.toStdString() +
                                " with MPPE keys that do not decrypt to 16 octets");
    grant->sessionTimeoutSeconds = seconds(packet, attr::SessionTimeout);
    grant->idleTimeoutSeconds = seconds(packet, attr::IdleTimeout);
    grant->acctInterimSeconds = seconds(packet, attr::AcctInterimInterval);
    // 255.255.255.254: the NAS chooses; 255.255.255.255: the client chooses, which a
    // PPTP server does not let it do (keywardd chooses, and says so).
    if (auto framed = packet.findU32(attr::FramedIpAddress); framed && *framed == 0xffffffffu)
        qCInfo(lcRadiusSignIn).noquote()
            << "RADIUS server" << server
            << "lets the client choose its address (Framed-IP-Address 255.255.255.255); "
               "keywardd chooses it from the pool";
    else if (framed && *framed != 0xfffffffeu)
        grant->framedAddress = *framed;
    if (const Bytes *cls = packet.find(attr::Class))
        grant->radiusClass = QByteArray(reinterpret_cast<const char *>(cls->data()),
                                        static_cast<qsizetype>(cls->size()));
    grant->mppeTypes = mppeTypes(packet);
    return accepted;
}

std::optional<std::uint32_t> RadiusSignIn::mppeTypes(const radius::RadiusPacket &accept) const
{
    const core::Policy &policy = m_policy.current();
    const std::uint32_t local = (policy.allowMppe40 ? ms::Types40 : 0u) |
                                (policy.allowMppe56 ? ms::Types56 : 0u) |
                                (policy.allowMppe128 ? ms::Types128 : 0u);
    if (auto policyValue = accept.findVendor(ms::VendorId, ms::MppeEncryptionPolicy);
        policyValue && policyValue->size() == 4 && (*policyValue)[3] == ms::PolicyAllowed)
        qCInfo(lcRadiusSignIn) << "RADIUS allows sessions without MPPE; Keyward requires MPPE "
                                  "and keeps requiring it";
    const auto types = accept.findVendor(ms::VendorId, ms::MppeEncryptionTypes);
    if (!types || types->size() != 4)
        return std::nullopt;
    const std::uint32_t theirs = std::uint32_t((*types)[0]) << 24 |
                                 std::uint32_t((*types)[1]) << 16 |
                                 std::uint32_t((*types)[2]) << 8 | (*types)[3];
    const std::uint32_t both = theirs & local;
    if (both == 0) {
        qCInfo(lcRadiusSignIn).noquote()
            << QStringLiteral("RADIUS MS-MPPE-Encryption-Types 0x%1 allows none of the strengths "
                              "the local policy allows; the policy applies")
                   .arg(theirs, 0, 16);
        return std::nullopt;
    }
    return both == local ? std::nullopt : std::optional<std::uint32_t>(both);
}

} // namespace keyward::signin
