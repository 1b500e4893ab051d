#include "admin/CaptureService.h"

#include "admin/AdminContext.h"
#include "admin/AuditedChange.h"
#include "api/AdminEvent.h"
#include "api/AdminMethod.h"
#include "capture/live/CaptureProcess.h"
#include "dissect/CaptureAnalysis.h"
#include "dissect/PacketDissector.h"
#include "file/PcapFileReader.h"
#include "ipc/MethodRegistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QThreadPool>

namespace keyward::admin {

Q_LOGGING_CATEGORY(lcCapture, "keyward.capture")

namespace {

constexpr int FeedIntervalMs = 100;
constexpr int StopTimeoutMs = 5000;

QString target(int id)
{
    return QStringLiteral("capture %1").arg(id);
}

QJsonObject describe(const api::CaptureInfo &info)
{
    return {{"interface", info.interface}, {"filter", info.filter}, {"snaplen", info.snaplen}};
}

} // namespace

struct CaptureService::Active
{
    api::CaptureInfo info;
    std::unique_ptr<capture::live::CaptureRing> ring;
    std::optional<Responder> pendingStart;
    std::optional<Responder> pendingStop;
    QString actor;
    QString stopActor;
    api::CaptureStartParams params;
    bool running = false; // keyward-capture said Started
    std::deque<std::pair<qint64, capture::PacketRecord>> recent;
    QList<api::CapturePacketSummary> feed;
    int feedBudget = 0;
    bool feedChanged = false;
};

CaptureService::CaptureService(AdminContext &context, capture::live::CaptureProcess &process,
                               Settings settings, FeedWanted feedWanted, QObject *parent)
    : QObject(parent), m_context(context), m_process(process), m_settings(std::move(settings)),
      m_feedWanted(std::move(feedWanted)), m_store(m_settings.directory)
{
    using capture::live::CaptureProcess;
    connect(&m_process, &CaptureProcess::started, this, &CaptureService::onStarted);
    connect(&m_process, &CaptureProcess::failed, this, &CaptureService::onFailed);
    connect(&m_process, &CaptureProcess::packets, this, &CaptureService::onPackets);
    connect(&m_process, &CaptureProcess::statistics, this, &CaptureService::onStatistics);
    connect(&m_process, &CaptureProcess::stopped, this, &CaptureService::onStopped);
    connect(&m_process, &CaptureProcess::died, this, &CaptureService::onDied);
    m_feedTimer.setInterval(FeedIntervalMs);
    connect(&m_feedTimer, &QTimer::timeout, this, &CaptureService::flushFeed);
    m_retentionTimer.setInterval(3600 * 1000);
    connect(&m_retentionTimer, &QTimer::timeout, this, &CaptureService::applyRetention);
    m_stopDeadline.setSingleShot(true);
    connect(&m_stopDeadline, &QTimer::timeout, this, [this] {
        if (m_active)
            finish(api::CaptureInfo::Failed,
                   QStringLiteral("the capture process did not confirm the stop"));
    });
}

CaptureService::~CaptureService()
{
    if (m_active) {
        (void)m_process.stop();
        finish(api::CaptureInfo::Stopped, QStringLiteral("keywardd stopped"));
    }
}

void CaptureService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::CaptureStart, handler(this, &CaptureService::start));
    registry.add(api::Method::CaptureStop, handler(this, &CaptureService::stop));
    registry.add(api::Method::CaptureList, handler(this, &CaptureService::list));
    registry.add(api::Method::CaptureDownload, handler(this, &CaptureService::download));
    registry.add(api::Method::CaptureDelete, handler(this, &CaptureService::remove));
    registry.add(api::Method::CaptureAnalysis, handler(this, &CaptureService::analysis));
    registry.add(api::Method::CapturePacket, handler(this, &CaptureService::packet));
}

Status CaptureService::prepare()
{
    if (auto prepared = m_store.prepare(); !prepared)
        return prepared;
    // A capture that was running when keywardd ended is over.
    for (api::CaptureInfo info : m_store.list()) {
        if (info.state == api::CaptureInfo::Running) {
            info.state = api::CaptureInfo::Failed;
            info.error = QStringLiteral("keywardd ended during the capture");
            (void)m_store.save(info);
        }
    }
    applyRetention();
    m_retentionTimer.start();
    return {};
}

void CaptureService::applyRetention()
{
    const QList<int> removed = m_store.applyRetention(
        m_settings.retention, QDateTime::currentDateTimeUtc(), m_active ? m_active->info.id : -1);
    for (int id : removed)
        qCInfo(lcCapture).noquote() << "retention removed" << target(id);
}

void CaptureService::start(const Request &request, const Responder &reply)
{
    auto params = api::CaptureStartParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    if (m_active)
        return reply.error(fail(ErrorKind::Conflict,
                                target(m_active->info.id).toStdString() +
                                    " is running; keywardd runs one capture at a time: stop it "
                                    "first"));
    if (!m_process.running())
        return reply.error(
            fail(ErrorKind::Unavailable, m_process.unavailableReason().toStdString()));
    capture::live::CaptureStartRequest command;
    command.interface = params->interface.toStdString();
    command.filter = params->filter.toStdString();
    command.snaplen = static_cast<std::uint32_t>(params->snaplen);
    if (auto checked = command.check(); !checked)
        return reply.error(checked.error());
    if (auto prepared = m_store.prepare(); !prepared)
        return reply.error(prepared.error());
    applyRetention();
    if (auto sent = m_process.start(command); !sent)
        return reply.error(sent.error());
    m_active = std::make_unique<Active>();
    m_active->params = *params;
    m_active->actor = request.peer.identity();
    m_active->pendingStart = reply;
    api::CaptureInfo &info = m_active->info;
    info.id = m_store.nextId();
    info.state = api::CaptureInfo::Running;
    info.interface = params->interface;
    info.filter = params->filter;
    info.snaplen = params->snaplen;
    info.startedBy = m_active->actor;
}

void CaptureService::onStarted(quint32 linkType)
{
    if (!m_active || !m_active->pendingStart)
        return;
    const Responder reply = *m_active->pendingStart;
    m_active->pendingStart.reset();
    m_active->running = true;
    // The first packets (a control connection's start) are in the feed too.
    m_active->feedBudget = std::max(1, m_settings.feedRate * FeedIntervalMs / 1000);
    api::CaptureInfo &info = m_active->info;
    info.linkType = linkType;
    info.started = QDateTime::currentDateTimeUtc();
    capture::live::CaptureRing::Limits limits = m_settings.ring;
    if (m_active->params.maxFileBytes > 0)
        limits.maxFileBytes = m_active->params.maxFileBytes;
    if (m_active->params.maxFiles > 0)
        limits.maxFiles = m_active->params.maxFiles;
    m_active->ring = std::make_unique<capture::live::CaptureRing>(
        m_store, info.id, linkType, static_cast<quint32>(info.snaplen), info.interface, limits);
    QJsonObject details = describe(info);
    details.insert("maxFileBytes", limits.maxFileBytes);
    details.insert("maxFiles", limits.maxFiles);
    auto done = AuditedChange(m_context, m_active->actor)
                    .run(api::Method::CaptureStart, target(info.id), details,
                         [&] { return m_store.save(info); });
    if (!done) {
        (void)m_process.stop();
        m_active->ring.reset();
        (void)m_store.remove(info.id);
        m_active.reset();
        return reply.error(done.error());
    }
    qCInfo(lcCapture).noquote() << target(info.id) << "started by" << info.startedBy << "on"
                                << info.interface << "filter" << info.filter;
    m_feedTimer.start();
    reply.result(info.toJson());
    m_context.publish(api::Event::CaptureChanged, info.toJson());
}

void CaptureService::onFailed(ErrorKind kind, const QString &message)
{
    if (!m_active)
        return;
    if (m_active->pendingStart) {
        // Refused: nothing was captured and nothing is kept, but the attempt is audited.
        const Responder reply = *m_active->pendingStart;
        QJsonObject details = describe(m_active->info);
        details.insert("error", message);
        (void)AuditedChange(m_context, m_active->actor)
            .record(api::Method::CaptureStart, target(m_active->info.id), QStringLiteral("failed"),
                    details);
        m_active.reset();
        return reply.error(fail(kind, message.toStdString()));
    }
    qCWarning(lcCapture).noquote() << target(m_active->info.id) << "failed:" << message;
    finish(api::CaptureInfo::Failed, message);
}

void CaptureService::onPackets(const std::vector<capture::live::CapturedPacket> &packets)
{
    if (!m_active || !m_active->running)
        return;
    Active &a = *m_active;
    const bool feed = m_feedWanted && m_feedWanted();
    for (const auto &p : packets) {
        capture::PacketRecord record;
        record.timestampNs = p.timestampNs;
        record.originalLength = p.originalLength;
        record.linkType = a.info.linkType;
        record.data = QByteArray(reinterpret_cast<const char *>(p.data.data()),
                                 static_cast<qsizetype>(p.data.size()));
        const qint64 number = ++a.info.packets;
        if (auto written = a.ring->write(record); !written) {
            finish(api::CaptureInfo::Failed, QString::fromStdString(written.message()));
            return;
        }
        if (feed) {
            if (a.feedBudget > 0) {
                --a.feedBudget;
                const capture::DissectedPacket d = capture::PacketDissector::dissect(record);
                a.feed.append({number, record.timestampNs, d.source, d.destination, d.protocol,
                               d.info, record.originalLength});
            } else {
                ++a.info.feedDropped;
            }
            a.feedChanged = true;
        }
        a.recent.emplace_back(number, std::move(record));
        while (a.recent.size() > static_cast<std::size_t>(m_settings.recentPackets))
            a.recent.pop_front();
    }
    a.info.ringDropped = a.ring->ringDropped();
}

void CaptureService::flushFeed()
{
    if (!m_active)
        return;
    Active &a = *m_active;
    if (a.feedChanged) {
        api::CapturePacketsEvent event;
        event.id = a.info.id;
        event.packets = std::move(a.feed);
        event.received = a.info.packets;
        event.feedDropped = a.info.feedDropped;
        event.kernelDropped = a.info.kernelDropped;
        a.feed.clear();
        a.feedChanged = false;
        m_context.publish(api::Event::CapturePackets, event.toJson());
    }
    a.feedBudget = std::max(1, m_settings.feedRate * FeedIntervalMs / 1000);
}

void CaptureService::onStatistics(const capture::live::CaptureStats &stats)
{
    if (!m_active)
        return;
    const qint64 dropped = static_cast<qint64>(stats.dropped);
    if (dropped != m_active->info.kernelDropped)
        m_active->feedChanged = true;
    m_active->info.kernelDropped = dropped;
    m_active->info.interfaceDropped = static_cast<qint64>(stats.interfaceDropped);
}

void CaptureService::onStopped(const capture::live::CaptureStats &stats)
{
    if (!m_active || m_active->pendingStart)
        return;
    onStatistics(stats);
    finish(m_active->info.error.isEmpty() ? api::CaptureInfo::Stopped : api::CaptureInfo::Failed,
           m_active->info.error);
}

void CaptureService::onDied(const QString &reason)
{
    qCWarning(lcCapture).noquote() << reason;
    if (!m_active)
        return;
    if (m_active->pendingStart) {
        const Responder reply = *m_active->pendingStart;
        m_active.reset();
        return reply.error(fail(ErrorKind::Unavailable, reason.toStdString()));
    }
    finish(api::CaptureInfo::Failed, reason);
}

void CaptureService::finish(const QString &state, const QString &error)
{
    m_stopDeadline.stop();
    flushFeed();
    m_feedTimer.stop();
    std::unique_ptr<Active> a = std::move(m_active);
    if (a->ring) {
        a->info.ringDropped = a->ring->ringDropped();
        a->ring->close();
    }
    api::CaptureInfo &info = a->info;
    info.state = state;
    info.error = error;
    info.stopped = QDateTime::currentDateTimeUtc();
    QJsonObject details = describe(info);
    details.insert("packets", info.packets);
    details.insert("kernelDropped", info.kernelDropped);
    if (!error.isEmpty())
        details.insert("error", error);
    const QString actor = a->pendingStop ? a->stopActor : QStringLiteral("keywardd");
    Status done = AuditedChange(m_context, actor)
                      .run(api::Method::CaptureStop, target(info.id), details,
                           [&] { return m_store.save(info); });
    if (!done)
        qCWarning(lcCapture).noquote() << target(info.id) << QString::fromStdString(done.message());
    qCInfo(lcCapture).noquote() << target(info.id) << state << "after" << info.packets << "packets,"
                                << info.kernelDropped << "dropped by the kernel";
    const api::CaptureInfo saved = m_store.find(info.id).value_or(info);
    if (a->pendingStop) {
        if (done)
            a->pendingStop->result(saved.toJson());
        else
            a->pendingStop->error(done.error());
    }
    m_context.publish(api::Event::CaptureChanged, saved.toJson());
    applyRetention();
}

void CaptureService::stop(const Request &request, const Responder &reply)
{
    if (!m_active || !m_active->running)
        return reply.error(fail(ErrorKind::NotFound, "no capture is running"));
    if (request.params.contains(QLatin1String("id"))) {
        auto ref = api::CaptureRef::fromJson(request.params);
        if (!ref)
            return reply.error(ref.error());
        if (ref->id != m_active->info.id)
            return reply.error(
                fail(ErrorKind::NotFound, target(ref->id).toStdString() + " is not running"));
    }
    if (m_active->pendingStop)
        return reply.error(fail(ErrorKind::Conflict, "the capture is already stopping"));
    m_active->pendingStop = reply;
    m_active->stopActor = request.peer.identity();
    if (auto sent = m_process.stop(); !sent)
        return finish(api::CaptureInfo::Failed, QString::fromStdString(sent.message()));
    m_stopDeadline.start(StopTimeoutMs);
}

void CaptureService::list(const Request &, const Responder &reply)
{
    api::CaptureListResult result;
    result.captures = m_store.list();
    if (m_active && m_active->running) {
        // The running capture's counters are live, not those last saved.
        for (auto &c : result.captures) {
            if (c.id == m_active->info.id) {
                const int files = c.files;
                const qint64 bytes = c.bytes;
                c = m_active->info;
                c.files = files;
                c.bytes = bytes;
            }
        }
    }
    result.available = m_process.running();
    result.unavailableReason = m_process.unavailableReason();
    result.maxFileBytes = m_settings.ring.maxFileBytes;
    result.maxFiles = m_settings.ring.maxFiles;
    result.feedRate = m_settings.feedRate;
    reply.result(result.toJson());
}

std::optional<api::CaptureInfo> CaptureService::stoppedCapture(int id, const Responder &reply) const
{
    if (m_active && m_active->info.id == id) {
        reply.error(fail(ErrorKind::Conflict,
                         target(id).toStdString() + " is still running: stop it first"));
        return std::nullopt;
    }
    auto info = m_store.find(id);
    if (!info)
        reply.error(fail(ErrorKind::NotFound, "there is no " + target(id).toStdString()));
    return info;
}

void CaptureService::download(const Request &request, const Responder &reply)
{
    auto params = api::CaptureDownloadParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    auto info = stoppedCapture(params->id, reply);
    if (!info)
        return;
    const QStringList files = m_store.files(info->id);
    qint64 size = 0;
    QList<qint64> sizes;
    for (const QString &path : files) {
        sizes << QFileInfo(path).size();
        size += sizes.last();
    }
    if (params->offset > size)
        return reply.error(fail(ErrorKind::Invalid, "offset " + std::to_string(params->offset) +
                                                        " is past the end (" +
                                                        std::to_string(size) + " bytes)"));
    api::CaptureChunk chunk;
    chunk.id = info->id;
    chunk.offset = params->offset;
    chunk.size = size;
    qint64 skip = params->offset;
    for (int i = 0; i < files.size() && chunk.data.size() < api::CaptureChunk::MaxChunk; ++i) {
        if (skip >= sizes[i]) {
            skip -= sizes[i];
            continue;
        }
        QFile file(files[i]);
        if (!file.open(QIODevice::ReadOnly) || !file.seek(skip))
            return reply.error(
                fail(ErrorKind::Unavailable, "cannot read " + files[i].toStdString()));
        chunk.data += file.read(api::CaptureChunk::MaxChunk - chunk.data.size());
        skip = 0;
    }
    chunk.done = chunk.offset + chunk.data.size() >= size;
    if (params->offset == 0) {
        // One entry per download, at its first chunk.
        QJsonObject details = describe(*info);
        details.insert("bytes", size);
        auto done = AuditedChange(m_context, request.peer.identity())
                        .run(api::Method::CaptureDownload, target(info->id), details,
                             [] { return Status{}; });
        if (!done)
            return reply.error(done.error());
    }
    reply.result(chunk.toJson());
}

void CaptureService::remove(const Request &request, const Responder &reply)
{
    auto ref = api::CaptureRef::fromJson(request.params);
    if (!ref)
        return reply.error(ref.error());
    auto info = stoppedCapture(ref->id, reply);
    if (!info)
        return;
    QJsonObject details = describe(*info);
    details.insert("packets", info->packets);
    auto done = AuditedChange(m_context, request.peer.identity())
                    .run(api::Method::CaptureDelete, target(info->id), details,
                         [&] { return m_store.remove(info->id); });
    if (!done)
        return reply.error(done.error());
    reply.result(ref->toJson());
}

void CaptureService::analysis(const Request &request, const Responder &reply)
{
    auto ref = api::CaptureRef::fromJson(request.params);
    if (!ref)
        return reply.error(ref.error());
    auto info = stoppedCapture(ref->id, reply);
    if (!info)
        return;
    if (m_analysing)
        return reply.error(
            fail(ErrorKind::Conflict, "another capture is being analysed; try again in a moment"));
    m_analysing = true;
    // Off the event loop: a ring of files takes seconds to dissect.
    const QStringList files = m_store.files(info->id);
    const int id = info->id;
    QPointer<CaptureService> self(this);
    QThreadPool::globalInstance()->start([self, files, id, reply] {
        capture::CaptureAnalysis analysis;
        QString error;
        for (const QString &path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                error = QStringLiteral("cannot read %1").arg(path);
                break;
            }
            auto read = capture::PcapFileReader::forEach(file, [&](capture::PacketRecord &&p) {
                analysis.add(p);
                return true;
            });
            if (!read) {
                error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(),
                                                     QString::fromStdString(read.message()));
                break;
            }
        }
        QJsonObject result{{"id", id}, {"analysis", analysis.toJson()}};
        QMetaObject::invokeMethod(
            qApp,
            [self, reply, result, error] {
                if (self)
                    self->m_analysing = false;
                if (!error.isEmpty())
                    return reply.error(fail(ErrorKind::Invalid, error.toStdString()));
                reply.result(result);
            },
            Qt::QueuedConnection);
    });
}

void CaptureService::packet(const Request &request, const Responder &reply)
{
    auto params = api::CapturePacketParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    auto answer = [&](qint64 number, const capture::PacketRecord &p) {
        api::CapturePacketData data;
        data.id = params->id;
        data.number = number;
        data.timestampNs = p.timestampNs;
        data.originalLength = p.originalLength;
        data.linkType = p.linkType;
        data.data = p.data;
        reply.result(data.toJson());
    };
    if (m_active && m_active->info.id == params->id) {
        for (const auto &[number, record] : m_active->recent) {
            if (number == params->number)
                return answer(number, record);
        }
        return reply.error(fail(ErrorKind::NotFound,
                                "packet " + std::to_string(params->number) +
                                    " is no longer kept in memory; stop the capture to read it "
                                    "from its files"));
    }
    auto info = m_store.find(params->id);
    if (!info)
        return reply.error(
            fail(ErrorKind::NotFound, "there is no " + target(params->id).toStdString()));
    // Files the ring removed took their packets' numbers with them.
    qint64 number = info->ringDropped;
    std::optional<capture::PacketRecord> found;
    for (const QString &path : m_store.files(info->id)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            break;
        (void)capture::PcapFileReader::forEach(file, [&](capture::PacketRecord &&p) {
            if (++number == params->number) {
                found = std::move(p);
                return false;
            }
            return true;
        });
        if (found)
            return answer(params->number, *found);
    }
    reply.error(fail(ErrorKind::NotFound, "packet " + std::to_string(params->number) +
                                              " is not in " + target(params->id).toStdString()));
}

} // namespace keyward::admin
