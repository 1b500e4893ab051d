#pragma once

// Live packet captures on the server (admin role): capture.start, capture.stop,
// capture.list, capture.download (in chunks), capture.delete, capture.analysis,
// capture.packet; the events capture.changed (a capture started, stopped or failed)
// and capture.packets (batches of packet summaries, rate-limited, sent only to admin
// connections that ask for it in "subscribe").

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace keyward::api {

// The params of capture.start. Zero sizes take keywardd's settings.
struct CaptureStartParams
{
    static inline const QString DefaultFilter = QStringLiteral("tcp port 1723 or ip proto 47");
    QString filter = DefaultFilter;
    QString interface = QStringLiteral("any");
    int snaplen = 65535;
    qint64 maxFileBytes = 0;
    int maxFiles = 0;

    QJsonObject toJson() const;
    static Result<CaptureStartParams> fromJson(const QJsonObject &json);
    bool operator==(const CaptureStartParams &) const = default;
};

// Names one capture: the params of capture.stop (id optional: the running one),
// capture.delete, capture.analysis.
struct CaptureRef
{
    int id = 0;

    QJsonObject toJson() const;
    static Result<CaptureRef> fromJson(const QJsonObject &json);
    bool operator==(const CaptureRef &) const = default;
};

// One capture as capture.list and capture.changed show it.
struct CaptureInfo
{
    int id = 0;
    QString state; // "running", "stopped", "failed"
    QString interface;
    QString filter;
    int snaplen = 0;
    quint32 linkType = 0;
    QString startedBy;
    QDateTime started;
    QDateTime stopped; // null while running
    qint64 packets = 0;
    qint64 bytes = 0; // on disk, all files
    int files = 0;
    qint64 kernelDropped = 0;    // pcap_stats: the kernel had no room
    qint64 interfaceDropped = 0; // pcap_stats: the interface dropped
    qint64 feedDropped = 0;      // not sent to consoles, over the feed's rate
    qint64 ringDropped = 0;      // packets in files the ring removed
    QString error;               // why it failed

    static inline const QString Running = QStringLiteral("running");
    static inline const QString Stopped = QStringLiteral("stopped");
    static inline const QString Failed = QStringLiteral("failed");

    QJsonObject toJson() const;
    static Result<CaptureInfo> fromJson(const QJsonObject &json);
    bool operator==(const CaptureInfo &) const = default;
};

// The result of capture.list: the captures (newest first), whether keywardd can
// capture at all (and why not), and its limits.
struct CaptureListResult
{
    QList<CaptureInfo> captures;
    bool available = false;
    QString unavailableReason;
    qint64 maxFileBytes = 0;
    int maxFiles = 0;
    int feedRate = 0; // packet summaries per second to consoles

    QJsonObject toJson() const;
    static Result<CaptureListResult> fromJson(const QJsonObject &json);
};

// capture.download {id, offset}: one chunk of the capture as one pcapng stream (its
// ring files in order, each a pcapng section). Repeat with offset += data size until
// done.
struct CaptureDownloadParams
{
    int id = 0;
    qint64 offset = 0;

    QJsonObject toJson() const;
    static Result<CaptureDownloadParams> fromJson(const QJsonObject &json);
};

struct CaptureChunk
{
    static constexpr qint64 MaxChunk = 512 * 1024; // raw bytes; base64 on the wire
    int id = 0;
    qint64 offset = 0;
    qint64 size = 0; // of the whole download
    QByteArray data;
    bool done = false;

    QJsonObject toJson() const;
    static Result<CaptureChunk> fromJson(const QJsonObject &json);
};

// capture.packet {id, number}: the bytes of one packet (for the console's detail and
// hex views), from the running capture's recent packets or from its files.
struct CapturePacketParams
{
    int id = 0;
    qint64 number = 0; // 1-based, as in the feed

    QJsonObject toJson() const;
    static Result<CapturePacketParams> fromJson(const QJsonObject &json);
};

struct CapturePacketData
{
    int id = 0;
    qint64 number = 0;
    qint64 timestampNs = 0;
    quint32 originalLength = 0;
    quint32 linkType = 0;
    QByteArray data;

    QJsonObject toJson() const;
    static Result<CapturePacketData> fromJson(const QJsonObject &json);
};

// One row of the live packet list.
struct CapturePacketSummary
{
    qint64 number = 0;
    qint64 timestampNs = 0;
    QString source;
    QString destination;
    QString protocol;
    QString info;
    quint32 length = 0;

    QJsonObject toJson() const;
    static Result<CapturePacketSummary> fromJson(const QJsonObject &json);
};

// The capture.packets event: a batch of summaries and the counters so far.
struct CapturePacketsEvent
{
    int id = 0;
    QList<CapturePacketSummary> packets;
    qint64 received = 0;
    qint64 feedDropped = 0;
    qint64 kernelDropped = 0;

    QJsonObject toJson() const;
    static Result<CapturePacketsEvent> fromJson(const QJsonObject &json);
};

} // namespace keyward::api
