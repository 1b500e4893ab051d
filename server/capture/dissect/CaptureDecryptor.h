#pragma once

// Decrypts the MPPE traffic of one user's sessions in a capture with that user's
// password, given for this call only: the password is wiped before decrypt()
// returns and is never stored or logged. For each call whose MS-CHAPv2 Response
// names the user, the NT-Response is verified first (a wrong password is an error
// of its own, ErrorKind::Forbidden); then the MPPE keys are derived (RFC 3079, the
// protocol core's code), both directions are decrypted (stateless or stateful, as
// CCP agreed), IPv4 header checksums (and TCP/UDP checksums of whole packets) are
// checked, and the IP packets are written as pcapng (raw IP link type).

#include "common/Result.h"
#include "file/PacketRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>

class QIODevice;

namespace keyward::protocol::crypto {
class CryptoLibrary;
}

namespace keyward::capture {

struct DecryptionSummary
{
    int sessions = 0;           // calls of the user whose keys verified
    quint64 decrypted = 0;      // PPP frames decrypted
    quint64 ipPackets = 0;      // IPv4/IPv6 packets written
    quint64 undecryptable = 0;  // MPPE packets dropped (lost, reordered, bad header)
    quint64 badIpChecksums = 0; // IPv4 header checksums that did not verify
    quint64 badTransportChecksums = 0;
    quint64 checkedTransportChecksums = 0;
    QString strength; // "128-bit", ...
    QString mode;     // "stateless" or "stateful"
};

class CaptureDecryptor
{
public:
    explicit CaptureDecryptor(std::shared_ptr<const protocol::crypto::CryptoLibrary> library);

    // capture: a pcap or pcapng file; output: where the pcapng goes. The password
    // (UTF-8) is overwritten with zeros before this returns, whatever the outcome.
    [[nodiscard]] Result<DecryptionSummary> decrypt(QIODevice &capture, const QString &user,
                                                    QByteArray &password, QIODevice &output);
    [[nodiscard]] Result<DecryptionSummary> decrypt(const QList<PacketRecord> &capture,
                                                    const QString &user, QByteArray &password,
                                                    QIODevice &output);

private:
    std::shared_ptr<const protocol::crypto::CryptoLibrary> m_library;
};

} // namespace keyward::capture
