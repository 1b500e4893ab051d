#pragma once

// keywardd's side of keyward-capture: starts the program while keywardd still has
// its privileges (it must, since keywardd keeps none once it runs), hands it one end
// of a socket pair, and turns its frames into signals. The process lives as long as
// keywardd. libpcap runs in a worker that keyward-capture forks and replaces when it
// dies (CaptureSupervisor): a dead worker is an Error frame, failed(), and the next
// start works. If keyward-capture itself dies, keywardd cannot start it again (the
// privilege it needs is gone): died() says why, the capture in progress fails, and
// capture stays unavailable, with that reason, until keywardd is restarted.

#include "capture/live/CaptureFrameReader.h"
#include "capture/live/CaptureStartRequest.h"
#include "capture/live/CaptureStats.h"
#include "capture/live/CapturedPacket.h"
#include "common/Result.h"

#include <QObject>
#include <QString>
#include <memory>
#include <sys/types.h>
#include <vector>

class QSocketNotifier;

namespace keyward::capture::live {

class CaptureProcess : public QObject
{
    Q_OBJECT

public:
    explicit CaptureProcess(QObject *parent = nullptr);
    ~CaptureProcess() override;

    // Starts `program` (keyward-capture), which switches to `user` when not empty.
    // Needs CAP_NET_RAW: as root, or with it in the effective set (then raised into
    // the ambient set so that it passes the exec). Without it, the process is not
    // started, and the error says how to get it.
    Status launch(const QString &program, const QString &user);

    bool running() const { return m_pid > 0; }
    pid_t pid() const { return m_pid; }
    // Why capture is not available (not launched, or it died), or empty.
    QString unavailableReason() const { return m_unavailable; }

    // Asks for a capture; answered by started() or failed().
    Status start(const CaptureStartRequest &request);
    // Asks the capture to stop; answered by stopped().
    Status stop();

signals:
    void started(quint32 linkType);
    // A start refused (pcap's error: a bad filter is Invalid), or the capture broke.
    void failed(keyward::ErrorKind kind, const QString &message);
    void packets(const std::vector<keyward::capture::live::CapturedPacket> &packets);
    void statistics(const keyward::capture::live::CaptureStats &stats);
    void stopped(const keyward::capture::live::CaptureStats &stats);
    void died(const QString &reason);

private:
    void onReadable();
    void onEnded(const QString &why);
    Status send(CaptureMessage type, ByteView body);

    pid_t m_pid = -1;
    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    CaptureFrameReader m_reader;
    QString m_unavailable = QStringLiteral("the capture process was not started");
};

} // namespace keyward::capture::live
