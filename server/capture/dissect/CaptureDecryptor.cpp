#include "dissect/CaptureDecryptor.h"

namespace keyward::capture {

CaptureDecryptor::CaptureDecryptor(std::shared_ptr<const protocol::crypto::CryptoLibrary> library)
    : m_library(std::move(library))
{}

Result<DecryptionSummary> CaptureDecryptor::decrypt(QIODevice &, const QString &,
                                                    QByteArray &password, QIODevice &)
{
    password.fill('\0');
    return fail(ErrorKind::Internal, "not implemented");
}

Result<DecryptionSummary> CaptureDecryptor::decrypt(const QList<PacketRecord> &, const QString &,
                                                    QByteArray &password, QIODevice &)
{
    password.fill('\0');
    return fail(ErrorKind::Internal, "not implemented");
}

} // namespace keyward::capture
