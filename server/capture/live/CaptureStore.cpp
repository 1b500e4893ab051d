#include "capture/live/CaptureStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <algorithm>

namespace keyward::capture::live {

namespace {

const QRegularExpression &infoName()
{
    static const QRegularExpression re(QStringLiteral("^capture-(\\d{1,9})\\.json$"));
    return re;
}

} // namespace

Status CaptureStore::prepare() const
{
    if (!QDir().mkpath(m_directory))
        return fail(ErrorKind::Unavailable,
                    "cannot create the captures folder " + m_directory.toStdString());
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

int CaptureStore::nextId() const
{
    int last = 0;
    const QStringList names =
        QDir(m_directory).entryList({QStringLiteral("capture-*")}, QDir::Files);
    static const QRegularExpression any(QStringLiteral("^capture-(\\d{1,9})[-.]"));
    for (const QString &name : names) {
        const auto m = any.match(name);
        if (m.hasMatch())
            last = std::max(last, m.captured(1).toInt());
    }
    return last + 1;
}

QList<api::CaptureInfo> CaptureStore::list() const
{
    QList<api::CaptureInfo> out;
    const QStringList names =
        QDir(m_directory).entryList({QStringLiteral("capture-*.json")}, QDir::Files);
    for (const QString &name : names) {
        const auto m = infoName().match(name);
        if (!m.hasMatch())
            continue;
        if (auto info = find(m.captured(1).toInt()))
            out.append(*info);
    }
    std::sort(out.begin(), out.end(),
              [](const api::CaptureInfo &a, const api::CaptureInfo &b) { return a.id > b.id; });
    return out;
}

std::optional<api::CaptureInfo> CaptureStore::find(int id) const
{
    QFile file(QDir(m_directory).filePath(QStringLiteral("capture-%1.json").arg(id)));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 65536)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    auto info = api::CaptureInfo::fromJson(doc.object());
    if (!info || info->id != id)
        return std::nullopt;
    info->files = static_cast<int>(files(id).size());
    info->bytes = bytes(id);
    return *info;
}

Status CaptureStore::save(const api::CaptureInfo &info) const
{
    QSaveFile file(QDir(m_directory).filePath(QStringLiteral("capture-%1.json").arg(info.id)));
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Unavailable, "cannot write " + file.fileName().toStdString() + ": " +
                                                file.errorString().toStdString());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(info.toJson()).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return fail(ErrorKind::Unavailable, "cannot write " + file.fileName().toStdString() + ": " +
                                                file.errorString().toStdString());
    return {};
}

QStringList CaptureStore::files(int id) const
{
    const QDir dir(m_directory);
    QStringList names =
        dir.entryList({QStringLiteral("capture-%1-*.pcapng").arg(id)}, QDir::Files, QDir::Name);
    QStringList out;
    for (const QString &name : std::as_const(names))
        out << dir.filePath(name);
    return out;
}

QString CaptureStore::filePath(int id, int sequence) const
{
    return QDir(m_directory)
        .filePath(QStringLiteral("capture-%1-%2.pcapng").arg(id).arg(sequence, 6, 10, QChar('0')));
}

qint64 CaptureStore::bytes(int id) const
{
    qint64 total = 0;
    for (const QString &path : files(id))
        total += QFileInfo(path).size();
    return total;
}

Status CaptureStore::remove(int id) const
{
    for (const QString &path : files(id)) {
        if (!QFile::remove(path))
            return fail(ErrorKind::Unavailable, "cannot remove " + path.toStdString());
    }
    QFile::remove(QDir(m_directory).filePath(QStringLiteral("capture-%1.json").arg(id)));
    return {};
}

QList<int> CaptureStore::applyRetention(const Retention &limits, const QDateTime &now,
                                        int keepId) const
{
    QList<int> removed;
    QList<api::CaptureInfo> captures = list(); // newest first
    qint64 total = 0;
    for (const auto &c : std::as_const(captures))
        total += c.bytes;
    // Oldest first.
    for (auto it = captures.crbegin(); it != captures.crend(); ++it) {
        if (it->id == keepId)
            continue;
        const QDateTime ended = it->stopped.isValid() ? it->stopped : it->started;
        const bool tooOld =
            limits.maxAgeSeconds > 0 && ended.isValid() && ended.secsTo(now) > limits.maxAgeSeconds;
        const bool tooBig = limits.maxTotalBytes > 0 && total > limits.maxTotalBytes;
        if (!tooOld && !tooBig)
            continue;
        if (remove(it->id)) {
            total -= it->bytes;
            removed << it->id;
        }
    }
    return removed;
}

} // namespace keyward::capture::live
