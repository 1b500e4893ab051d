#pragma once

// One decryption pass over a capture for CaptureDecryptor: pairs each MS-CHAPv2
// Response of the user with the Challenge before it, verifies the NT-Response with
// the password hash, follows CCP to learn the MPPE strength and mode, and decrypts
// both directions of the verified calls, writing the IP packets. Private to the
// dissector library. Key material is wiped when the run ends.

#include "common/Result.h"
#include "dissect/CaptureDecryptor.h"
#include "file/PacketRecord.h"
#include "mppe/MppeDecryptor.h"
#include "mppe/MppeKeys.h"
#include "mschapv2/MsChapV2Crypto.h"

#include <QHash>
#include <QList>
#include <memory>

namespace keyward::capture {

class PcapngWriter;

class DecryptionRun
{
public:
    DecryptionRun(const protocol::crypto::CryptoLibrary &library, const QString &user,
                  const protocol::mschapv2::NtHash &passwordHash, PcapngWriter &writer);
    ~DecryptionRun();
    DecryptionRun(const DecryptionRun &) = delete;
    DecryptionRun &operator=(const DecryptionRun &) = delete;

    [[nodiscard]] Status add(const PacketRecord &packet);
    // The outcome once every packet was added.
    [[nodiscard]] Result<DecryptionSummary> finish();

private:
    struct Challenge
    {
        quint8 identifier = 0;
        protocol::mschapv2::Challenge value{};
        quint64 flow = 0; // the server -> client flow it came on
    };
    struct Session
    {
        int number = 0;
        quint64 toServerFlow = 0;
        quint64 toClientFlow = 0;
        std::array<std::uint8_t, 16> passwordHashHash{};
        protocol::mschapv2::NtResponse ntResponse{};
        bool ccpAgreed = false;
        protocol::mppe::MppeParameters parameters;
        std::unique_ptr<protocol::mppe::MppeDecryptor> toServer;
        std::unique_ptr<protocol::mppe::MppeDecryptor> toClient;
    };

    static quint64 flowKey(quint32 source, quint32 destination, quint16 callId);
    static quint64 pairKey(quint32 a, quint32 b) { return static_cast<quint64>(a) << 32 | b; }
    bool nameMatches(const QString &name) const;
    void response(const PacketRecord &packet, quint32 source, quint32 destination, quint64 flow,
                  const QByteArray &value, const QString &name, quint8 identifier);
    Status encrypted(Session &session, bool toServer, const PacketRecord &packet, QByteArray frame);

    const protocol::crypto::CryptoLibrary &m_library;
    protocol::mschapv2::MsChapV2Crypto m_crypto;
    QString m_user;
    protocol::mschapv2::NtHash m_passwordHash;
    PcapngWriter &m_writer;
    QHash<quint64, QList<Challenge>> m_challenges; // (server, client) -> recent challenges
    QList<std::shared_ptr<Session>> m_sessions;
    QHash<quint64, std::shared_ptr<Session>> m_flows; // flow -> its session
    QHash<quint64, bool> m_flowToServer;
    int m_responses = 0;
    int m_wrong = 0;
    DecryptionSummary m_summary;
};

} // namespace keyward::capture
