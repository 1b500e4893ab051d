// keyward-test-radius: a small RADIUS server for the integration tests, written from
// RFC 2865, RFC 2548, RFC 2759, RFC 3079 and RFC 3579 with OpenSSL alone (none of
// keywardd's RADIUS or MS-CHAPv2 code), so that it judges keywardd independently.
//
// It knows one user by NT hash. MS-CHAP2-Response: Accept with MS-CHAP2-Success and
// MS-MPPE-Send/Recv-Key for the right NT-Response, Reject with MS-CHAP-Error E=691
// otherwise, E=648 while the password is expired. MS-CHAP2-CPW with
// MS-CHAP-NT-Enc-PW: decrypts the new password with the old NT hash (RC4), checks the
// Encrypted-Hash and the NT-Response made with the new password, keeps the new hash
// and answers as for a sign-in.
//
// Options: --port N (on 127.0.0.1), --secret-file F, --user NAME, --nt-hash-file F (hex),
// --expired, --no-message-authenticator (answers without one), --die-after N (exits
// without answering when the Nth request arrives). It prints "ready" once listening,
// one line per request, never a password, hash or key.

#include <arpa/inet.h>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <netinet/in.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/provider.h>
#include <openssl/rand.h>
#include <optional>
#include <string>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

using Bytes = std::vector<std::uint8_t>;

constexpr std::uint32_t Microsoft = 311;
constexpr std::uint8_t MsChapError = 2, MsChapNtEncPw = 6, MsMppeEncryptionPolicy = 7,
                       MsMppeEncryptionTypes = 8, MsChapChallenge = 11, MsMppeSendKey = 16,
                       MsMppeRecvKey = 17, MsChap2Response = 25, MsChap2Success = 26,
                       MsChap2Cpw = 27;
constexpr std::uint8_t UserName = 1, VendorSpecific = 26, MessageAuthenticator = 80;

Bytes digest(const char *name, const std::vector<Bytes> &parts)
{
    EVP_MD *md = EVP_MD_fetch(nullptr, name, nullptr);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    Bytes out(EVP_MAX_MD_SIZE);
    unsigned int size = 0;
    if (!md || !ctx || !EVP_DigestInit_ex(ctx, md, nullptr)) {
        std::fprintf(stderr, "OpenSSL has no %s (is the legacy provider installed?)\n", name);
        std::exit(2);
    }
    for (const Bytes &part : parts)
        EVP_DigestUpdate(ctx, part.data(), part.size());
    EVP_DigestFinal_ex(ctx, out.data(), &size);
    EVP_MD_CTX_free(ctx);
    EVP_MD_free(md);
    out.resize(size);
    return out;
}

Bytes cipher(const char *name, const Bytes &key, const Bytes &data)
{
    EVP_CIPHER *c = EVP_CIPHER_fetch(nullptr, name, nullptr);
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    if (!c || !ctx || !EVP_EncryptInit_ex2(ctx, c, nullptr, nullptr, nullptr) ||
        !EVP_CIPHER_CTX_set_key_length(ctx, static_cast<int>(key.size())) ||
        !EVP_EncryptInit_ex2(ctx, nullptr, key.data(), nullptr, nullptr)) {
        std::fprintf(stderr, "OpenSSL has no %s (is the legacy provider installed?)\n", name);
        std::exit(2);
    }
    EVP_CIPHER_CTX_set_padding(ctx, 0);
    Bytes out(data.size() + 16);
    int n = 0, m = 0;
    EVP_EncryptUpdate(ctx, out.data(), &n, data.data(), static_cast<int>(data.size()));
    EVP_EncryptFinal_ex(ctx, out.data() + n, &m);
    out.resize(static_cast<std::size_t>(n + m));
    EVP_CIPHER_CTX_free(ctx);
    EVP_CIPHER_free(c);
    return out;
}

Bytes sub(const Bytes &b, std::size_t at, std::size_t size)
{
    return Bytes(b.begin() + static_cast<std::ptrdiff_t>(at),
                 b.begin() + static_cast<std::ptrdiff_t>(at + size));
}

Bytes text(const std::string &s)
{
    return Bytes(s.begin(), s.end());
}

std::string hex(const Bytes &b)
{
    static const char digits[] = "0123456789ABCDEF";
    std::string out;
    for (std::uint8_t v : b) {
        out += digits[v >> 4];
        out += digits[v & 15];
    }
    return out;
}

// RFC 2759 §8.6: DES with a 7-octet key spread over 8 (parity bits left as they are).
Bytes desEncrypt(const Bytes &clear, const Bytes &key7)
{
    Bytes key(8);
    key[0] = key7[0];
    for (int i = 1; i < 7; ++i)
        key[i] = static_cast<std::uint8_t>(key7[i - 1] << (8 - i) | key7[i] >> i);
    key[7] = static_cast<std::uint8_t>(key7[6] << 1);
    return cipher("DES-ECB", key, clear);
}

// RFC 2759 §8.2, §8.5.
Bytes challengeHash(const Bytes &peer, const Bytes &authenticator, const std::string &user)
{
    const std::size_t slash = user.find('\\');
    const std::string bare = slash == std::string::npos ? user : user.substr(slash + 1);
    return sub(digest("SHA1", {peer, authenticator, text(bare)}), 0, 8);
}

Bytes challengeResponse(const Bytes &challenge, const Bytes &ntHash)
{
    Bytes z = ntHash;
    z.resize(21, 0);
    Bytes out;
    for (int i = 0; i < 3; ++i) {
        const Bytes part = desEncrypt(challenge, sub(z, static_cast<std::size_t>(i) * 7, 7));
        out.insert(out.end(), part.begin(), part.end());
    }
    return out;
}

// RFC 2759 §8.7.
std::string authenticatorResponse(const Bytes &ntHash, const Bytes &ntResponse,
                                  const Bytes &challenge8)
{
    const Bytes magic1 = text("Magic server to client signing constant");
    const Bytes magic2 = text("Pad to make it do more than one iteration");
    const Bytes hashHash = digest("MD4", {ntHash});
    const Bytes d = digest("SHA1", {hashHash, ntResponse, magic1});
    return "S=" + hex(digest("SHA1", {d, challenge8, magic2}));
}

// RFC 3079 §3.4: the server's send and receive keys, 128-bit.
std::pair<Bytes, Bytes> mppeKeys(const Bytes &ntHash, const Bytes &ntResponse)
{
    const Bytes master = sub(
        digest("SHA1", {digest("MD4", {ntHash}), ntResponse, text("This is the MPPE Master Key")}),
        0, 16);
    const Bytes pad1(40, 0x00), pad2(40, 0xf2);
    const Bytes magic2 = text("On the client side, this is the send key; on the server side, "
                              "it is the receive key.");
    const Bytes magic3 = text("On the client side, this is the receive key; on the server side, "
                              "it is the send key.");
    return {sub(digest("SHA1", {master, pad1, magic3, pad2}), 0, 16),
            sub(digest("SHA1", {master, pad1, magic2, pad2}), 0, 16)};
}

// RFC 2548 §2.4.2: Salt, then the key's length, the key and padding, hidden with
// MD5(secret + request authenticator + salt) chained over 16-octet blocks.
Bytes hideKey(const Bytes &key, const Bytes &secret, const Bytes &requestAuth, std::uint8_t salt)
{
    const Bytes saltBytes{static_cast<std::uint8_t>(0x80 | salt), 0x5a};
    Bytes plain{static_cast<std::uint8_t>(key.size())};
    plain.insert(plain.end(), key.begin(), key.end());
    plain.resize((plain.size() + 15) / 16 * 16, 0);
    Bytes out = saltBytes;
    Bytes previous;
    for (std::size_t at = 0; at < plain.size(); at += 16) {
        const Bytes b = at == 0 ? digest("MD5", {secret, requestAuth, saltBytes})
                                : digest("MD5", {secret, previous});
        previous.clear();
        for (std::size_t i = 0; i < 16; ++i)
            previous.push_back(plain[at + i] ^ b[i]);
        out.insert(out.end(), previous.begin(), previous.end());
    }
    return out;
}

Bytes hmacMd5(const Bytes &key, const Bytes &data)
{
    Bytes out(16);
    unsigned int size = 16;
    HMAC(EVP_md5(), key.data(), static_cast<int>(key.size()), data.data(), data.size(), out.data(),
         &size);
    return out;
}

struct Request
{
    std::uint8_t code = 0, identifier = 0;
    Bytes authenticator;
    std::string user;
    std::map<std::uint8_t, Bytes> ms;       // first of each Microsoft attribute
    std::map<std::uint16_t, Bytes> ntEncPw; // sequence -> chunk
    bool messageAuthenticatorOk = false;
};

std::optional<Request> parse(const Bytes &wire, const Bytes &secret)
{
    if (wire.size() < 20)
        return std::nullopt;
    const std::size_t length = std::size_t(wire[2]) << 8 | wire[3];
    if (length < 20 || length > wire.size())
        return std::nullopt;
    Request r;
    r.code = wire[0];
    r.identifier = wire[1];
    r.authenticator = sub(wire, 4, 16);
    std::size_t maAt = 0;
    for (std::size_t at = 20; at + 2 <= length;) {
        const std::uint8_t type = wire[at], size = wire[at + 1];
        if (size < 2 || at + size > length)
            return std::nullopt;
        const Bytes value = sub(wire, at + 2, size - 2u);
        if (type == UserName)
            r.user.assign(value.begin(), value.end());
        if (type == MessageAuthenticator && value.size() == 16)
            maAt = at + 2;
        if (type == VendorSpecific && value.size() >= 6 && value[0] == 0 && value[1] == 0 &&
            (std::uint32_t(value[2]) << 8 | value[3]) == Microsoft) {
            for (std::size_t v = 4; v + 2 <= value.size();) {
                const std::uint8_t vt = value[v], vl = value[v + 1];
                if (vl < 2 || v + vl > value.size())
                    return std::nullopt;
                const Bytes data = sub(value, v + 2, vl - 2u);
                if (vt == MsChapNtEncPw && data.size() >= 4)
                    r.ntEncPw[static_cast<std::uint16_t>(data[2] << 8 | data[3])] =
                        sub(data, 4, data.size() - 4);
                else
                    r.ms.emplace(vt, data);
                v += vl;
            }
        }
        at += size;
    }
    if (maAt) {
        Bytes copy = sub(wire, 0, length);
        const Bytes got = sub(copy, maAt, 16);
        std::fill_n(copy.begin() + static_cast<std::ptrdiff_t>(maAt), 16, 0);
        r.messageAuthenticatorOk = hmacMd5(secret, copy) == got;
    }
    return r;
}

struct Answer
{
    std::uint8_t code = 3;
    std::vector<std::pair<std::uint8_t, Bytes>> ms; // Microsoft attributes
};

Bytes encode(const Answer &answer, const Request &request, const Bytes &secret,
             bool messageAuthenticator)
{
    Bytes attrs;
    for (const auto &[type, value] : answer.ms) {
        attrs.push_back(VendorSpecific);
        attrs.push_back(static_cast<std::uint8_t>(value.size() + 8));
        attrs.insert(attrs.end(),
                     {0, 0, 1, 0x37, type, static_cast<std::uint8_t>(value.size() + 2)});
        attrs.insert(attrs.end(), value.begin(), value.end());
    }
    std::size_t maAt = 0;
    if (messageAuthenticator) {
        maAt = 20 + attrs.size() + 2;
        attrs.push_back(MessageAuthenticator);
        attrs.push_back(18);
        attrs.insert(attrs.end(), 16, 0);
    }
    const std::size_t length = 20 + attrs.size();
    Bytes packet{answer.code, request.identifier, static_cast<std::uint8_t>(length >> 8),
                 static_cast<std::uint8_t>(length & 0xff)};
    packet.insert(packet.end(), request.authenticator.begin(), request.authenticator.end());
    packet.insert(packet.end(), attrs.begin(), attrs.end());
    if (maAt) {
        const Bytes mac = hmacMd5(secret, packet);
        std::copy(mac.begin(), mac.end(), packet.begin() + static_cast<std::ptrdiff_t>(maAt));
    }
    const Bytes response = digest("MD5", {packet, secret});
    std::copy(response.begin(), response.end(), packet.begin() + 4);
    return packet;
}

struct Account
{
    std::string user;
    Bytes ntHash;
    bool expired = false;
};

Answer reject(std::uint8_t ident, const std::string &error)
{
    Bytes value{ident};
    const Bytes t = text(error + " R=0 C=" + std::string(32, '0') + " V=3");
    value.insert(value.end(), t.begin(), t.end());
    return {3, {{MsChapError, value}}};
}

Answer accept(std::uint8_t ident, const Bytes &ntHash, const Bytes &ntResponse,
              const Bytes &challenge8, const Request &request, const Bytes &secret)
{
    Bytes success{ident};
    const Bytes s = text(authenticatorResponse(ntHash, ntResponse, challenge8));
    success.insert(success.end(), s.begin(), s.end());
    const auto [send, receive] = mppeKeys(ntHash, ntResponse);
    return {2,
            {{MsChap2Success, success},
             {MsMppeEncryptionPolicy, Bytes{0, 0, 0, 2}},
             {MsMppeEncryptionTypes, Bytes{0, 0, 0, 4}},
             {MsMppeSendKey, hideKey(send, secret, request.authenticator, 1)},
             {MsMppeRecvKey, hideKey(receive, secret, request.authenticator, 2)}}};
}

// One Access-Request; `what` says what was done, for the log line.
Answer judge(const Request &r, Account &account, const Bytes &secret, std::string *what)
{
    const auto challenge = r.ms.find(MsChapChallenge);
    if (r.user != account.user || challenge == r.ms.end() || challenge->second.size() != 16) {
        *what = "unknown user or no MS-CHAP-Challenge: E=691";
        return reject(0, "E=691");
    }
    if (const auto response = r.ms.find(MsChap2Response);
        response != r.ms.end() && response->second.size() == 50) {
        const Bytes &v = response->second;
        const Bytes peer = sub(v, 2, 16), nt = sub(v, 26, 24);
        const Bytes ch = challengeHash(peer, challenge->second, r.user);
        if (challengeResponse(ch, account.ntHash) != nt) {
            *what = "wrong NT-Response: E=691";
            return reject(v[0], "E=691");
        }
        if (account.expired) {
            *what = "password expired: E=648";
            return reject(v[0], "E=648");
        }
        *what = "accepted";
        return accept(v[0], account.ntHash, nt, ch, r, secret);
    }
    const auto cpw = r.ms.find(MsChap2Cpw);
    if (cpw == r.ms.end() || cpw->second.size() != 68 || cpw->second[0] != 7) {
        *what = "neither MS-CHAP2-Response nor MS-CHAP2-CPW: E=691";
        return reject(0, "E=691");
    }
    const Bytes &v = cpw->second;
    Bytes block;
    for (std::uint16_t seq = 1; r.ntEncPw.count(seq); ++seq)
        block.insert(block.end(), r.ntEncPw.at(seq).begin(), r.ntEncPw.at(seq).end());
    if (block.size() != 516) {
        *what = "MS-CHAP-NT-Enc-PW chunks do not make 516 octets: E=709";
        return reject(v[1], "E=709");
    }
    // RFC 2759 §8.9: the block is RC4 under the old NT hash; the password (UTF-16LE)
    // ends at octet 512, its length in octets is the last four (little-endian).
    const Bytes clear = cipher("RC4", account.ntHash, block);
    const std::uint32_t size =
        clear[512] | clear[513] << 8 | clear[514] << 16 | std::uint32_t(clear[515]) << 24;
    if (size == 0 || size > 512) {
        *what = "the new password does not decrypt with the old hash: E=691";
        return reject(v[1], "E=691");
    }
    const Bytes newHash = digest("MD4", {sub(clear, 512 - size, size)});
    // RFC 2759 §8.12: the old hash encrypted with the new one.
    Bytes encryptedHash = desEncrypt(sub(account.ntHash, 0, 8), sub(newHash, 0, 7));
    const Bytes second = desEncrypt(sub(account.ntHash, 8, 8), sub(newHash, 7, 7));
    encryptedHash.insert(encryptedHash.end(), second.begin(), second.end());
    if (encryptedHash != sub(v, 2, 16)) {
        *what = "Encrypted-Hash does not match the old password: E=691";
        return reject(v[1], "E=691");
    }
    const Bytes peer = sub(v, 18, 16), nt = sub(v, 42, 24);
    const Bytes ch = challengeHash(peer, challenge->second, r.user);
    if (challengeResponse(ch, newHash) != nt) {
        *what = "NT-Response does not match the new password: E=691";
        return reject(v[1], "E=691");
    }
    account.ntHash = newHash;
    account.expired = false;
    *what = "password changed, accepted";
    return accept(v[1], newHash, nt, ch, r, secret);
}

std::optional<Bytes> fromHex(const std::string &s)
{
    if (s.size() % 2)
        return std::nullopt;
    Bytes out;
    for (std::size_t i = 0; i < s.size(); i += 2) {
        try {
            out.push_back(static_cast<std::uint8_t>(std::stoul(s.substr(i, 2), nullptr, 16)));
        } catch (...) {
            return std::nullopt;
        }
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    int port = 0, dieAfter = 0;
    bool messageAuthenticator = true;
    Account account;
    std::string secretFile;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a != "--expired" && a != "--no-message-authenticator" && i + 1 >= argc) {
            std::fprintf(stderr, "%s needs a value\n", a.c_str());
            return 2;
        }
        if (a == "--port")
            port = std::atoi(argv[++i]);
        else if (a == "--secret-file")
            secretFile = argv[++i];
        else if (a == "--user")
            account.user = argv[++i];
        else if (a == "--nt-hash-file") {
            std::string hexHash;
            std::ifstream(argv[++i]) >> hexHash;
            account.ntHash = fromHex(hexHash).value_or(Bytes{});
        } else if (a == "--expired")
            account.expired = true;
        else if (a == "--no-message-authenticator")
            messageAuthenticator = false;
        else if (a == "--die-after")
            dieAfter = std::atoi(argv[++i]);
        else {
            std::fprintf(stderr, "unknown option %s\n", a.c_str());
            return 2;
        }
    }
    std::string secretText;
    std::ifstream(secretFile) >> secretText;
    if (port <= 0 || secretText.empty() || account.user.empty() || account.ntHash.size() != 16) {
        std::fprintf(stderr, "usage: keyward-test-radius --port N --secret-file F --user NAME "
                             "--nt-hash-file F [--expired] [--no-message-authenticator] "
                             "[--die-after N]\n");
        return 2;
    }
    if (!OSSL_PROVIDER_load(nullptr, "legacy") || !OSSL_PROVIDER_load(nullptr, "default")) {
        std::fprintf(stderr, "OpenSSL's legacy provider (MD4, DES, RC4) is missing\n");
        return 2;
    }
    const Bytes secret = text(secretText);
    const int fd = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        std::perror("bind");
        return 2;
    }
    std::printf("ready on 127.0.0.1:%d\n", port);
    std::fflush(stdout);
    int received = 0;
    for (;;) {
        Bytes wire(4096);
        sockaddr_in from{};
        socklen_t fromSize = sizeof from;
        const ssize_t n = recvfrom(fd, wire.data(), wire.size(), 0,
                                   reinterpret_cast<sockaddr *>(&from), &fromSize);
        if (n <= 0)
            continue;
        wire.resize(static_cast<std::size_t>(n));
        ++received;
        if (dieAfter > 0 && received >= dieAfter) {
            std::printf("request %d received: exiting without an answer\n", received);
            std::fflush(stdout);
            _exit(0);
        }
        const auto request = parse(wire, secret);
        if (!request || request->code != 1) {
            std::printf("request %d: not an Access-Request, dropped\n", received);
            std::fflush(stdout);
            continue;
        }
        if (!request->messageAuthenticatorOk) {
            std::printf("request %d: no valid Message-Authenticator, dropped\n", received);
            std::fflush(stdout);
            continue;
        }
        std::string what;
        const Answer answer = judge(*request, account, secret, &what);
        const Bytes reply = encode(answer, *request, secret, messageAuthenticator);
        sendto(fd, reply.data(), reply.size(), 0, reinterpret_cast<sockaddr *>(&from), fromSize);
        std::printf("request %d for %s: %s\n", received, request->user.c_str(), what.c_str());
        std::fflush(stdout);
    }
}
