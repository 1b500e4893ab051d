#include "admin/ReportService.h"

#include "admin/AdminContext.h"
#include "admin/AuditedChange.h"
#include "api/AdminEvent.h"
#include "api/AdminMethod.h"
#include "api/BackupMessages.h"
#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/PolicyStore.h"
#include "core/ReportBuilder.h"
#include "core/ReportKey.h"
#include "core/ReportRenderer.h"
#include "core/ReportSignature.h"
#include "core/SettingsStore.h"
#include "ipc/MethodRegistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>

namespace keyward::admin {

Q_LOGGING_CATEGORY(lcReport, "keyward.report")

namespace {

const QString SettingsKey = QStringLiteral("reports");

QString extension(const QString &format)
{
    return format;
}

} // namespace

ReportService::ReportService(AdminContext &context, Settings settings, QObject *parent)
    : QObject(parent), m_context(context), m_settings(std::move(settings)),
      m_catalog(QDir(m_settings.stateDir).filePath(QStringLiteral("reports")), m_settings.retention)
{
    m_timer.setInterval(CheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { runDue(QDateTime::currentDateTimeUtc()); });
}

void ReportService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::ReportCreate, handler(this, &ReportService::create));
    registry.add(api::Method::ReportList, handler(this, &ReportService::list));
    registry.add(api::Method::ReportDownload, handler(this, &ReportService::download));
    registry.add(api::Method::ReportKey, handler(this, &ReportService::key));
    registry.add(api::Method::ReportSchedule, handler(this, &ReportService::schedule));
    registry.add(api::Method::ReportScheduleSet, handler(this, &ReportService::setSchedule));
}

void ReportService::startSchedule()
{
    // From the event loop: keywardd has dropped its privileges by then, so the reports
    // folder and the report key belong to the user it runs as.
    QTimer::singleShot(0, this, [this] { runDue(QDateTime::currentDateTimeUtc()); });
    m_timer.start();
}

Result<api::ReportSettings> ReportService::settings() const
{
    auto stored = m_context.settings.read(SettingsKey);
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return api::ReportSettings{};
    auto read = api::ReportSettings::fromJson(*stored);
    if (!read)
        return fail(ErrorKind::Internal, "the stored report settings: " + read.message());
    return read;
}

api::ReportSettings ReportService::withNextRuns(api::ReportSettings settings, const QDateTime &now)
{
    for (api::ScheduledReport &s : settings.schedule)
        s.nextRun = s.lastRun.isValid()
                        ? s.lastRun.addDays(s.everyDays)
                        : QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    return settings;
}

Result<api::ReportInfo> ReportService::createReport(const api::ReportCreateParams &params,
                                                    const QString &actor)
{
    auto reportSettings = settings();
    if (!reportSettings)
        return reportSettings.error();
    const QDateTime now =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    core::ReportBuilder::Options options;
    options.kind = params.kind;
    options.periodDays = params.periodDays;
    options.dormantDays = reportSettings->dormantDays;
    options.privilegedGroups = reportSettings->privilegedGroups;
    options.generatedBy = actor;
    auto data = core::ReportBuilder::gather(m_context.database, m_context.audit,
                                            m_context.policy.current(), options, now);
    if (!data)
        return data.error();
    auto key = core::ReportKey::loadOrCreate(
        QDir(m_settings.stateDir).filePath(QStringLiteral("report.key")));
    if (!key)
        return key.error();
    const QByteArray content = core::ReportRenderer::render(*data, params.format);
    auto line = core::ReportSignature::line(*key, content);
    if (!line)
        return line.error();
    const QByteArray file = core::ReportSignature::embed(params.format, content, *line);

    api::ReportInfo info;
    info.id = now.toString(QStringLiteral("yyyyMMdd'T'hhmmss'Z'")) + QLatin1Char('-') + params.kind;
    for (int n = 2; m_catalog.find(info.id); ++n)
        info.id = now.toString(QStringLiteral("yyyyMMdd'T'hhmmss'Z'")) + QLatin1Char('-') +
                  params.kind + QLatin1Char('-') + QString::number(n);
    info.file = QStringLiteral("keyward-%1.%2").arg(info.id, extension(params.format));
    info.kind = params.kind;
    info.format = params.format;
    info.periodDays = params.periodDays;
    info.created = now;
    info.createdBy = actor;
    info.size = file.size();
    info.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    info.keyId = key->keyId();
    QList<QPair<QString, QByteArray>> extra;
    if (core::ReportSignature::detached(params.format))
        extra.append(
            {info.file + QStringLiteral(".sig"), core::ReportSignature::detachedFile(*line)});
    auto added = m_catalog.add(info.toJson(), file, extra);
    if (!added)
        return added.error();
    return info;
}

void ReportService::runDue(const QDateTime &now)
{
    auto current = settings();
    if (!current) {
        qCWarning(lcReport).noquote()
            << "scheduled reports:" << QString::fromStdString(current.message());
        return;
    }
    api::ReportSettings next = *current;
    bool ran = false;
    for (api::ScheduledReport &s : next.schedule) {
        if (s.lastRun.isValid() && s.lastRun.addDays(s.everyDays) > now)
            continue;
        const QString actor = QStringLiteral("schedule:") + s.name;
        auto info = createReport({s.kind, s.format, s.periodDays}, actor);
        if (!info) {
            qCWarning(lcReport).noquote() << "the scheduled report" << s.name
                                          << "failed:" << QString::fromStdString(info.message());
            continue;
        }
        s.lastRun = info->created;
        ran = true;
        auto logged =
            AuditedChange(m_context, actor)
                .run(api::Method::ReportCreate, info->id,
                     {{"file", info->file}, {"sha256", info->sha256}, {"scheduled", true}}, [&] {
                         api::ReportSettings stored = next;
                         for (auto &r : stored.schedule)
                             r.nextRun = QDateTime();
                         return m_context.settings.write(SettingsKey, stored.toJson());
                     });
        if (!logged)
            qCWarning(lcReport).noquote()
                << "the scheduled report" << s.name << "was written but "
                << "not recorded:" << QString::fromStdString(logged.message());
        qCInfo(lcReport).noquote() << "scheduled report" << s.name << "written:" << info->file;
    }
    if (ran)
        m_context.publish(api::Event::ReportChanged, {});
}

void ReportService::create(const Request &request, const Responder &reply)
{
    auto params = api::ReportCreateParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    auto info = createReport(*params, request.peer.identity());
    if (!info)
        return reply.error(info.error());
    auto logged =
        AuditedChange(m_context, request.peer.identity())
            .record(api::Method::ReportCreate, info->id, QStringLiteral("ok"),
                    {{"file", info->file}, {"sha256", info->sha256}, {"keyId", info->keyId}});
    if (!logged)
        return reply.error(logged.error());
    reply.result(info->toJson());
}

void ReportService::list(const Request &, const Responder &reply)
{
    auto entries = m_catalog.list();
    if (!entries)
        return reply.error(entries.error());
    api::ReportList out;
    for (const QJsonObject &e : std::as_const(*entries)) {
        auto info = api::ReportInfo::fromJson(e);
        if (!info)
            return reply.error(
                fail(ErrorKind::Internal, "the report list is damaged: " + info.message()));
        out.reports << *info;
    }
    reply.result(out.toJson());
}

void ReportService::download(const Request &request, const Responder &reply)
{
    auto params = api::FileChunkParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    auto entry = m_catalog.find(params->id);
    if (!entry)
        return reply.error(entry.error());
    auto part = m_catalog.read(params->id, params->offset, api::FileChunk::MaxBytes);
    if (!part)
        return reply.error(part.error());
    api::FileChunk chunk;
    chunk.id = params->id;
    chunk.file = entry->value(QLatin1String("file")).toString();
    chunk.offset = params->offset;
    chunk.size = part->second;
    chunk.data = part->first;
    chunk.done = params->offset + part->first.size() >= part->second;
    if (chunk.done) {
        QFile sig(m_catalog.pathOf(chunk.file + QStringLiteral(".sig")));
        if (sig.open(QIODevice::ReadOnly))
            chunk.signature = QString::fromLatin1(sig.readAll());
    }
    reply.result(chunk.toJson());
}

void ReportService::key(const Request &, const Responder &reply)
{
    auto key = core::ReportKey::loadOrCreate(
        QDir(m_settings.stateDir).filePath(QStringLiteral("report.key")));
    if (!key)
        return reply.error(key.error());
    reply.result(api::ReportKeyInfo{key->keyId(), key->publicKeyPem()}.toJson());
}

void ReportService::schedule(const Request &, const Responder &reply)
{
    auto current = settings();
    if (!current)
        return reply.error(current.error());
    reply.result(withNextRuns(*current, QDateTime::currentDateTimeUtc()).toJson());
}

void ReportService::setSchedule(const Request &request, const Responder &reply)
{
    auto params = api::ReportSettings::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    auto current = settings();
    if (!current)
        return reply.error(current.error());
    // The last run of a report that stays in the schedule is keywardd's to keep.
    for (api::ScheduledReport &s : params->schedule) {
        s.lastRun = QDateTime();
        s.nextRun = QDateTime();
        for (const api::ScheduledReport &old : std::as_const(current->schedule)) {
            if (old.name == s.name)
                s.lastRun = old.lastRun;
        }
    }
    auto done =
        AuditedChange(m_context, request.peer.identity())
            .run(api::Method::ReportScheduleSet, QStringLiteral("reports"),
                 {{"reports", static_cast<int>(params->schedule.size())},
                  {"dormantDays", params->dormantDays},
                  {"privilegedGroups", QJsonArray::fromStringList(params->privilegedGroups)}},
                 [&] { return m_context.settings.write(SettingsKey, params->toJson()); });
    if (!done)
        return reply.error(done.error());
    reply.result(withNextRuns(*params, QDateTime::currentDateTimeUtc()).toJson());
    // A report added to the schedule is written now, then every everyDays.
    QTimer::singleShot(0, this, [this] { runDue(QDateTime::currentDateTimeUtc()); });
}

} // namespace keyward::admin
