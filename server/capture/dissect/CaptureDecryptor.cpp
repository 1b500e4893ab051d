#include "dissect/CaptureDecryptor.h"

#include "crypto/CryptoLibrary.h"
#include "dissect/DecryptionRun.h"
#include "file/PcapFileReader.h"
#include "file/PcapngWriter.h"
#include "mschapv2/MsChapV2Crypto.h"

#include <openssl/crypto.h>

namespace keyward::capture {

namespace {

// The NT hash of the password; the password bytes are wiped whatever happens.
Result<protocol::mschapv2::NtHash> hashAndWipe(const protocol::crypto::CryptoLibrary &library,
                                               QByteArray &password)
{
    protocol::mschapv2::MsChapV2Crypto crypto(library);
    auto hash = crypto.ntPasswordHash(std::string_view(password.constData(), password.size()));
    if (!password.isEmpty())
        OPENSSL_cleanse(password.data(), password.size());
    password.clear();
    if (!hash.ok())
        return fail(ErrorKind::Invalid, "the password cannot be used: " + hash.message());
    return hash;
}

} // namespace

CaptureDecryptor::CaptureDecryptor(std::shared_ptr<const protocol::crypto::CryptoLibrary> library)
    : m_library(std::move(library))
{}

Result<DecryptionSummary> CaptureDecryptor::decrypt(QIODevice &capture, const QString &user,
                                                    QByteArray &password, QIODevice &output)
{
    auto hash = hashAndWipe(*m_library, password);
    if (!hash.ok())
        return hash.error();
    PcapngWriter writer(&output);
    if (Status s = writer.writeSectionHeader(
            QStringLiteral("Keyward capture decrypt"),
            QStringLiteral("MPPE traffic of user %1, decrypted").arg(user));
        !s.ok())
        return s.error();
    DecryptionRun run(*m_library, user, *hash, writer);
    OPENSSL_cleanse(hash->data(), hash->size());
    Status written;
    const Status read = PcapFileReader::forEach(capture, [&](PacketRecord &&packet) {
        written = run.add(packet);
        return written.ok();
    });
    if (!written.ok())
        return written.error();
    if (!read.ok())
        return read.error();
    return run.finish();
}

Result<DecryptionSummary> CaptureDecryptor::decrypt(const QList<PacketRecord> &capture,
                                                    const QString &user, QByteArray &password,
                                                    QIODevice &output)
{
    auto hash = hashAndWipe(*m_library, password);
    if (!hash.ok())
        return hash.error();
    PcapngWriter writer(&output);
    if (Status s = writer.writeSectionHeader(
            QStringLiteral("Keyward capture decrypt"),
            QStringLiteral("MPPE traffic of user %1, decrypted").arg(user));
        !s.ok())
        return s.error();
    DecryptionRun run(*m_library, user, *hash, writer);
    OPENSSL_cleanse(hash->data(), hash->size());
    for (const PacketRecord &packet : capture)
        if (Status s = run.add(packet); !s.ok())
            return s.error();
    return run.finish();
}

} // namespace keyward::capture
