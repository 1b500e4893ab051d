#include "core/BackupFile.h"

#include <array>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace keyward::core {

namespace {

const QByteArray Magic = QByteArrayLiteral("KEYWARDB");
constexpr quint8 FormatVersion = 1;
constexpr quint8 KdfScrypt = 1;
constexpr int SaltSize = 16;
constexpr int CheckSize = 16;
constexpr int NonceSize = 12;
constexpr int SaltAt = 13;
constexpr int CheckAt = SaltAt + SaltSize;
constexpr int NonceAt = CheckAt + CheckSize;
static_assert(NonceAt + NonceSize == BackupFile::HeaderSize);
// What a header may ask of the machine that opens it: a hostile file cannot make
// scrypt take gigabytes.
constexpr int MaxLog2N = 20;
constexpr int MaxR = 16;
constexpr int MaxP = 4;
constexpr quint64 MaxScryptMemory = 1100ull * 1024 * 1024;

struct DerivedKeys
{
    std::array<unsigned char, 64> bytes{};
    ~DerivedKeys() { OPENSSL_cleanse(bytes.data(), bytes.size()); }
    const unsigned char *aesKey() const { return bytes.data(); }
    const unsigned char *checkKey() const { return bytes.data() + 32; }
};

Status derive(const QByteArray &passphrase, const unsigned char *salt, BackupFile::Kdf kdf,
              DerivedKeys &keys)
{
    if (EVP_PBE_scrypt(passphrase.constData(), static_cast<size_t>(passphrase.size()), salt,
                       SaltSize, quint64(1) << kdf.log2N, static_cast<quint64>(kdf.r),
                       static_cast<quint64>(kdf.p), MaxScryptMemory, keys.bytes.data(),
                       keys.bytes.size()) != 1)
        return fail(ErrorKind::Internal,
                    "cannot derive the backup key from the passphrase (scrypt failed: "
                    "not enough memory?)");
    return {};
}

QByteArray check(const DerivedKeys &keys)
{
    static const char label[] = "keyward backup check";
    std::array<unsigned char, sizeof label - 1 + 32> input{};
    std::copy(label, label + sizeof label - 1, input.begin());
    std::copy(keys.checkKey(), keys.checkKey() + 32, input.begin() + sizeof label - 1);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_Digest(input.data(), input.size(), digest, &size, EVP_sha256(), nullptr);
    OPENSSL_cleanse(input.data(), input.size());
    return QByteArray(reinterpret_cast<const char *>(digest), CheckSize);
}

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

} // namespace

Status BackupFile::checkPassphrase(const QByteArray &passphrase)
{
    if (QString::fromUtf8(passphrase).size() < MinPassphraseLength)
        return fail(ErrorKind::Invalid, "the backup passphrase must have at least " +
                                            std::to_string(MinPassphraseLength) +
                                            " characters: it protects every key of the server");
    return {};
}

Result<QByteArray> BackupFile::seal(const BackupContents &contents, const QByteArray &passphrase)
{
    return seal(contents, passphrase, Kdf{});
}

Result<QByteArray> BackupFile::seal(const BackupContents &contents, const QByteArray &passphrase,
                                    Kdf kdf)
{
    if (auto ok = checkPassphrase(passphrase); !ok)
        return ok.error();
    QByteArray header(HeaderSize, '\0');
    auto *h = reinterpret_cast<unsigned char *>(header.data());
    std::copy(Magic.cbegin(), Magic.cend(), header.begin());
    h[8] = FormatVersion;
    h[9] = KdfScrypt;
    h[10] = static_cast<unsigned char>(kdf.log2N);
    h[11] = static_cast<unsigned char>(kdf.r);
    h[12] = static_cast<unsigned char>(kdf.p);
    if (RAND_bytes(h + SaltAt, SaltSize) != 1 || RAND_bytes(h + NonceAt, NonceSize) != 1)
        return fail(ErrorKind::Internal, "cannot make a backup: no randomness");
    DerivedKeys keys;
    if (auto derived = derive(passphrase, h + SaltAt, kdf, keys); !derived)
        return derived.error();
    const QByteArray checkValue = check(keys);
    std::copy(checkValue.cbegin(), checkValue.cend(), header.begin() + CheckAt);

    QByteArray plain = contents.pack();
    QByteArray out = header;
    out.resize(HeaderSize + plain.size() + TagSize);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    int total = 0;
    const bool ok =
        ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1 &&
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, keys.aesKey(), h + NonceAt) == 1 &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, h, HeaderSize) == 1 &&
        EVP_EncryptUpdate(ctx.get(), o + HeaderSize, &len,
                          reinterpret_cast<const unsigned char *>(plain.constData()),
                          static_cast<int>(plain.size())) == 1 &&
        (total = len, EVP_EncryptFinal_ex(ctx.get(), o + HeaderSize + total, &len) == 1) &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize,
                            o + HeaderSize + plain.size()) == 1;
    OPENSSL_cleanse(plain.data(), static_cast<size_t>(plain.size()));
    if (!ok)
        return fail(ErrorKind::Internal, "cannot encrypt the backup (OpenSSL AES-256-GCM failed)");
    return out;
}

Result<BackupContents> BackupFile::open(const QByteArray &file, const QByteArray &passphrase)
{
    if (!file.startsWith(Magic))
        return fail(ErrorKind::Invalid, "this is not a Keyward backup file (no KEYWARDB header)");
    if (file.size() < HeaderSize + TagSize)
        return fail(ErrorKind::Invalid, "the backup file is cut short (truncated): it cannot be "
                                        "restored; use another copy");
    const auto *h = reinterpret_cast<const unsigned char *>(file.constData());
    if (h[8] != FormatVersion)
        return fail(ErrorKind::Invalid, "the backup file has format version " +
                                            std::to_string(h[8]) +
                                            "; this keywardd reads version 1 (use the newer "
                                            "keywardd that made it)");
    const Kdf kdf{h[10], h[11], h[12]};
    if (h[9] != KdfScrypt || kdf.log2N < 10 || kdf.log2N > MaxLog2N || kdf.r < 1 || kdf.r > MaxR ||
        kdf.p < 1 || kdf.p > MaxP)
        return fail(ErrorKind::Invalid, "the backup file's header is damaged (its key derivation "
                                        "parameters are out of bounds): nothing was restored");
    DerivedKeys keys;
    if (auto derived = derive(passphrase, h + SaltAt, kdf, keys); !derived)
        return derived.error();
    const QByteArray checkValue = check(keys);
    if (CRYPTO_memcmp(checkValue.constData(), h + CheckAt, CheckSize) != 0)
        return fail(ErrorKind::Forbidden, "wrong passphrase for this backup (or its header is "
                                          "damaged): nothing was restored");
    const qsizetype cipherSize = file.size() - HeaderSize - TagSize;
    QByteArray plain(cipherSize, '\0');
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray tag = file.right(TagSize);
    int len = 0;
    const bool set =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, keys.aesKey(), h + NonceAt) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, h, HeaderSize) == 1 &&
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &len,
                          h + HeaderSize, static_cast<int>(cipherSize)) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1;
    const bool authentic =
        set && EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + len,
                                   &len) == 1;
    if (!authentic) {
        OPENSSL_cleanse(plain.data(), static_cast<size_t>(plain.size()));
        return fail(ErrorKind::Invalid,
                    "the backup file is damaged, truncated or was changed (its authentication "
                    "failed): nothing was restored; use another copy");
    }
    auto contents = BackupContents::unpack(plain);
    OPENSSL_cleanse(plain.data(), static_cast<size_t>(plain.size()));
    return contents;
}

} // namespace keyward::core
