#pragma once

// Live packet captures over the admin API (admin role, checked by the dispatch):
// start and stop one capture at a time through keyward-capture, the process that
// holds CAP_NET_RAW; write what it captures into a ring of pcapng files in the
// state directory (captures/, 0600) with a retention limit; list, download (in
// chunks), delete and analyse captures; and feed subscribed admin consoles a
// rate-limited stream of packet summaries (capture.packets), with what the rate
// left out counted. Packets are dissected here, in keywardd, which holds no
// capability. Every start, stop, delete and download is audited with who, when,
// the filter and the interface.

#include "admin/AdminService.h"
#include "api/CaptureMessages.h"
#include "capture/live/CaptureRing.h"
#include "capture/live/CaptureStats.h"
#include "capture/live/CaptureStore.h"
#include "capture/live/CapturedPacket.h"
#include "file/PacketRecord.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace keyward::capture::live {
class CaptureProcess;
}

namespace keyward::admin {

class CaptureService : public QObject, public AdminService
{
    Q_OBJECT

public:
    struct Settings
    {
        QString directory; // STATE-DIR/captures
        capture::live::CaptureRing::Limits ring;
        capture::live::CaptureStore::Retention retention;
        int feedRate = 1000;      // packet summaries a second to consoles
        int recentPackets = 4096; // kept in memory for capture.packet
    };
    // Whether a console would be sent capture.packets now.
    using FeedWanted = std::function<bool()>;

    CaptureService(AdminContext &context, capture::live::CaptureProcess &process, Settings settings,
                   FeedWanted feedWanted, QObject *parent = nullptr);
    ~CaptureService() override;

    void registerMethods(ipc::MethodRegistry &registry) override;
    // Makes the captures folder and applies retention (at start and every hour).
    Status prepare();

private:
    struct Active;

    void start(const Request &request, const Responder &reply);
    void stop(const Request &request, const Responder &reply);
    void list(const Request &request, const Responder &reply);
    void download(const Request &request, const Responder &reply);
    void remove(const Request &request, const Responder &reply);
    void analysis(const Request &request, const Responder &reply);
    void packet(const Request &request, const Responder &reply);

    void onStarted(quint32 linkType);
    void onFailed(ErrorKind kind, const QString &message);
    void onPackets(const std::vector<capture::live::CapturedPacket> &packets);
    void onStatistics(const capture::live::CaptureStats &stats);
    void onStopped(const capture::live::CaptureStats &stats);
    void onDied(const QString &reason);
    void flushFeed();
    // Ends the active capture: saved, audited, announced; answers a waiting stop.
    void finish(const QString &state, const QString &error);
    void applyRetention();
    std::optional<api::CaptureInfo> stoppedCapture(int id, const Responder &reply) const;

    AdminContext &m_context;
    capture::live::CaptureProcess &m_process;
    Settings m_settings;
    FeedWanted m_feedWanted;
    capture::live::CaptureStore m_store;
    std::unique_ptr<Active> m_active;
    QTimer m_feedTimer;
    QTimer m_retentionTimer;
    QTimer m_stopDeadline;
    bool m_analysing = false;
};

} // namespace keyward::admin
