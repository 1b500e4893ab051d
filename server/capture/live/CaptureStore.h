#pragma once

// The captures/ folder of keywardd's state directory: each capture is a description
// (capture-<id>.json, an api::CaptureInfo) and its ring of pcapng files
// (capture-<id>-<n>.pcapng), all mode 0600. Lists captures, finds their files,
// removes them, and applies the retention limit: captures older than the maximum
// age go, then the oldest until the folder is within its total size. The capture
// being written is never removed by retention.

#include "api/CaptureMessages.h"
#include "common/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace keyward::capture::live {

class CaptureStore
{
public:
    struct Retention
    {
        qint64 maxAgeSeconds = 30 * 86400;
        qint64 maxTotalBytes = 1024ll * 1024 * 1024;
    };

    explicit CaptureStore(QString directory) : m_directory(std::move(directory)) {}

    // Makes the folder (0700) when it is not there.
    Status prepare() const;
    const QString &directory() const { return m_directory; }
    int nextId() const;

    // Newest first; sizes and file counts as they are on disk now.
    QList<api::CaptureInfo> list() const;
    std::optional<api::CaptureInfo> find(int id) const;
    Status save(const api::CaptureInfo &info) const;
    // The capture's pcapng files, oldest first.
    QStringList files(int id) const;
    QString filePath(int id, int sequence) const;
    qint64 bytes(int id) const;
    Status remove(int id) const;
    // Removes what the limits do not allow (never `keepId`); the ids removed.
    QList<int> applyRetention(const Retention &limits, const QDateTime &now, int keepId) const;

private:
    QString m_directory;
};

} // namespace keyward::capture::live
