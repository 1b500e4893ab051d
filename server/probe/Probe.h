#pragma once

// keyward-probe's shared parts: the crypto library, one TUN device with an address
// per session, the raw GRE socket and the data plane (routing by source address),
// and the sessions themselves.

#include "crypto/CryptoLibrary.h"
#include "net/DataPlane.h"
#include "probe/ProbeOptions.h"
#include "probe/ProbeReport.h"

#include <QHash>
#include <QObject>
#include <QSocketNotifier>
#include <memory>
#include <mutex>

namespace keyward::probe {

class ProbeSession;

class Probe : public QObject
{
    Q_OBJECT

public:
    explicit Probe(ProbeOptions options);
    ~Probe() override;

    bool start(QString *error);
    const ProbeOptions &options() const { return m_options; }
    const protocol::crypto::CryptoLibrary &crypto() const { return *m_crypto; }
    net::DataPlane &dataPlane() { return *m_dataPlane; }
    quint32 serverAddress() const { return m_serverAddress; }
    // Gives the TUN device the session's tunnel address and a route to the server's.
    Status addTunnelAddress(quint32 local, quint32 server);
    void fillRandom(std::span<std::uint8_t> out) const;
    // Call ids start at a random point, so probes running side by side on one host
    // (each sees every GRE packet on its raw socket) do not take each other's calls.
    quint16 callIdFor(int index) const
    {
        return static_cast<quint16>((m_callIdBase + static_cast<quint32>(index)) % 65535 + 1);
    }

    // Reads the call's data-path counters on the data thread (in order with the
    // commands posted before it) and keeps them for the session's report.
    void captureTraffic(quint16 callId);
    // Ends every session in order (LCP terminate, Call-Clear, Stop); a session not yet
    // up fails with the reason.
    void stop(const QString &reason);

    QList<ProbeReport> reports() const { return m_reports; }
    // 0: every session came up and every counted ping was answered.
    int exitCode() const;

signals:
    // A session's tunnel answers (or had its settle time): with --tun, the moment a
    // script may start sending through `device`.
    void tunnelReady(const QString &device, const QString &localAddress,
                     const QString &serverAddress);
    void finished();

private:
    void onNotices();
    // Every session has ended: once the data thread has run what they posted, the
    // reports get their traffic figures and finished() is emitted.
    void onAllSessionsEnded();
    void onDrained();

    ProbeOptions m_options;
    std::shared_ptr<const protocol::crypto::CryptoLibrary> m_crypto;
    std::unique_ptr<net::DataPlane> m_dataPlane;
    std::unique_ptr<QSocketNotifier> m_notifier;
    quint32 m_serverAddress = 0;
    int m_addresses = 0;
    QSet<quint32> m_routes;
    QHash<quint16, ProbeSession *> m_sessions;
    quint32 m_callIdBase = 0;
    QList<ProbeReport> m_reports;
    int m_running = 0;
    std::mutex m_trafficMutex; // m_traffic is written on the data thread
    QHash<quint16, ProbeTraffic> m_traffic;
};

} // namespace keyward::probe
