#include "core/ReportSignature.h"

#include "core/ReportKey.h"

#include <QCryptographicHash>
#include <QList>
#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace keyward::core {

namespace {

const QByteArray Marker = QByteArrayLiteral("keyward-signature v1 ed25519 ");
const QByteArray Domain = QByteArrayLiteral("keyward report v1\n");
const QByteArray HtmlPrefix = QByteArrayLiteral("<!-- ");
const QByteArray HtmlSuffix = QByteArrayLiteral(" -->\n");
const QByteArray PdfPrefix = QByteArrayLiteral("%");
const QByteArray PlainSuffix = QByteArrayLiteral("\n");

struct ParsedLine
{
    QByteArray publicKey;
    QByteArray signature;
};

Result<ParsedLine> parseLine(const QByteArray &line)
{
    const auto bad = fail(ErrorKind::Invalid, "the report's signature line is damaged or changed");
    if (!line.startsWith(Marker))
        return bad;
    const QList<QByteArray> fields = line.mid(Marker.size()).split(' ');
    if (fields.size() != 2 || !fields[0].startsWith("key=") || !fields[1].startsWith("sig="))
        return bad;
    auto key =
        QByteArray::fromBase64Encoding(fields[0].mid(4), QByteArray::AbortOnBase64DecodingErrors);
    auto sig =
        QByteArray::fromBase64Encoding(fields[1].mid(4), QByteArray::AbortOnBase64DecodingErrors);
    if (!key || !sig || key.decoded.size() != 32 || sig.decoded.size() != 64 ||
        key.decoded.toBase64() != fields[0].mid(4) || sig.decoded.toBase64() != fields[1].mid(4))
        return bad;
    return ParsedLine{key.decoded, sig.decoded};
}

bool ed25519Verify(const QByteArray &publicKey, const QByteArray &signature,
                   const QByteArray &message)
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                    reinterpret_cast<const unsigned char *>(publicKey.constData()),
                                    static_cast<size_t>(publicKey.size())),
        &EVP_PKEY_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    return key && ctx &&
           EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(),
                            reinterpret_cast<const unsigned char *>(signature.constData()),
                            static_cast<size_t>(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()),
                            static_cast<size_t>(message.size())) == 1;
}

} // namespace

bool ReportSignature::detached(const QString &format)
{
    return format == QLatin1String("csv");
}

Result<QByteArray> ReportSignature::line(const ReportKey &key, const QByteArray &content)
{
    auto signature = key.sign(Domain + content);
    if (!signature)
        return signature.error();
    return Marker + "key=" + key.publicKey().toBase64() + " sig=" + signature->toBase64();
}

QByteArray ReportSignature::embed(const QString &format, const QByteArray &content,
                                  const QByteArray &line)
{
    if (format == QLatin1String("html"))
        return content + HtmlPrefix + line + HtmlSuffix;
    if (format == QLatin1String("pdf"))
        return content + PdfPrefix + line + PlainSuffix;
    return content;
}

QByteArray ReportSignature::detachedFile(const QByteArray &line)
{
    return line + PlainSuffix;
}

Result<ReportSignature::Verified> ReportSignature::verify(const QByteArray &file,
                                                          const QByteArray &detachedSignature,
                                                          const QByteArray &expectedKey)
{
    QByteArray content;
    QByteArray line;
    if (!detachedSignature.isEmpty()) {
        if (!detachedSignature.endsWith(PlainSuffix) || detachedSignature.count('\n') != 1)
            return fail(ErrorKind::Invalid, "the signature file is damaged or changed");
        content = file;
        line = detachedSignature.chopped(1);
    } else {
        const qsizetype marker = file.lastIndexOf(Marker);
        if (marker < 0)
            return fail(ErrorKind::NotFound,
                        "the file carries no Keyward signature (a CSV report's signature is "
                        "in FILE.sig beside it)");
        const qsizetype lineStart = file.lastIndexOf('\n', marker) + 1;
        const QByteArray prefix = file.mid(lineStart, marker - lineStart);
        const QByteArray suffix = prefix == HtmlPrefix ? HtmlSuffix : PlainSuffix;
        if ((prefix != HtmlPrefix && prefix != PdfPrefix) || !file.endsWith(suffix))
            return fail(ErrorKind::Invalid, "the report's signature line is damaged, or something "
                                            "was added after it");
        content = file.left(lineStart);
        line = file.mid(marker, file.size() - suffix.size() - marker);
        if (line.contains('\n'))
            return fail(ErrorKind::Invalid, "the report's signature line is damaged, or "
                                            "something was added after it");
    }
    auto parsed = parseLine(line);
    if (!parsed)
        return parsed.error();
    if (!expectedKey.isEmpty() && parsed->publicKey != expectedKey)
        return fail(ErrorKind::Forbidden,
                    "the report was signed by key " + keyIdOf(parsed->publicKey).toStdString() +
                        ", not by the expected key " + keyIdOf(expectedKey).toStdString());
    if (!ed25519Verify(parsed->publicKey, parsed->signature, Domain + content))
        return fail(ErrorKind::Invalid,
                    "the signature does not match: the report was changed after it was signed");
    return Verified{parsed->publicKey, keyIdOf(parsed->publicKey)};
}

Result<QByteArray> ReportSignature::publicKeyFromPem(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), &BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr, &EVP_PKEY_free);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_ED25519)
        return fail(ErrorKind::Invalid,
                    "not an Ed25519 public key in PEM (use `keywardctl report key` to get it)");
    QByteArray raw(32, '\0');
    size_t length = 32;
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(raw.data()),
                                    &length) != 1 ||
        length != 32)
        return fail(ErrorKind::Invalid, "cannot read the Ed25519 public key");
    return raw;
}

QString ReportSignature::keyIdOf(const QByteArray &publicKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace keyward::core
